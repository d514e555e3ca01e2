"""Exceptions raised by the foitrack library.

Every error the library expects to meet is a FoitrackError whose message names the
file (when there is one) and the reason, ready to print as a single line.
"""

from __future__ import annotations


class FoitrackError(Exception):
    """Base class: a problem foitrack can explain in one line."""


class UnreadableFile(FoitrackError):
    """A file could not be read: corrupt, truncated, empty or of an unknown format."""


class UnsupportedFormat(UnreadableFile):
    """A file whose format foitrack does not read."""


class EncryptedFile(UnreadableFile):
    """A password-protected file that cannot be opened without its password."""


class UnknownAuthority(FoitrackError):
    """A body name that matches nothing in the gazetteer with confidence."""


class DatabaseError(FoitrackError):
    """The database cannot be opened, upgraded or written."""

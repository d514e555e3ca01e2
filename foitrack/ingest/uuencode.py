"""Find uuencoded files in a mail body ("begin 644 name.doc" ... "end"), as old mail systems send them.

`split_uuencoded(text)` returns the body with each block replaced by one line naming the
file, and the decoded files. A block that does not decode is left in the text as it was
(it is then ordinary text, and a warning says so).
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass

MAX_FILES = 100

# "begin 644 reply.doc" (mode: three or four octal digits, then the file name)
UU_BEGIN = re.compile(r"begin[ \t]+[0-7]{3,4}[ \t]+(?P<name>\S.*)")


@dataclass(frozen=True)
class UuFile:
    """One uuencoded file found in a text."""

    name: str
    data: bytes


def split_uuencoded(text: str) -> tuple[str, list[UuFile], list[str]]:
    """(text without the blocks, the files decoded, warnings); text unchanged when there are none.

    One pass over the lines: a block runs from its "begin" line to the first "end" line, and
    is given up at the first line that cannot be uuencoded data (so the work is linear).

    >>> body, files, _ = split_uuencoded("See below.\\nbegin 644 a.txt\\n#86)C\\n`\\nend\\nBye")
    >>> body, files[0].name, files[0].data
    ('See below.\\n[uuencoded file a.txt, 3 bytes, read as an attachment]\\nBye', 'a.txt', b'abc')
    """
    if "begin " not in text:
        return text, [], []
    lines = text.split("\n")
    out: list[str] = []
    files: list[UuFile] = []
    warnings: list[str] = []
    index = 0
    while index < len(lines):
        begin = UU_BEGIN.fullmatch(lines[index])
        end = _block_end(lines, index + 1) if begin else None
        if begin is None or end is None:
            out.append(lines[index])
            index += 1
            continue
        name = begin.group("name").rstrip()
        data = _decode(lines[index + 1 : end])
        if len(files) >= MAX_FILES or data is None:
            reason = f"more than {MAX_FILES} uuencoded files" if data is not None else "it could not be decoded"
            warnings.append(f"uuencoded file {name} left in the text: {reason}")
            out.extend(lines[index : end + 1])
        else:
            files.append(UuFile(name, data))
            out.append(f"[uuencoded file {name}, {len(data):,} bytes, read as an attachment]")
        index = end + 1
    return "\n".join(out), files, warnings


def _block_end(lines: list[str], start: int) -> int | None:
    """The index of the "end" line closing a block whose data starts at `start`, if any."""
    for index in range(start, len(lines)):
        line = lines[index].rstrip()
        if line == "end":
            return index
        if line and not _is_data_line(line):
            return None
    return None


def _is_data_line(line: str) -> bool:
    """A line uuencoding could have written: characters from space to backquote only."""
    return len(line) <= 100 and all(" " <= char <= "`" for char in line)


def _decode(body: list[str]) -> bytes | None:
    chunks: list[bytes] = []
    for line in body:
        if not line.strip() or line.strip() == "`":
            continue
        raw = line.encode("ascii")
        promised = (((raw[0] - 32) & 63) + 2) // 3 * 4
        if len(raw) - 1 < promised // 2:  # a2b_uu pads a cut line with zeros: refuse, do not invent bytes
            return None
        try:
            chunks.append(binascii.a2b_uu(raw))
        except binascii.Error:
            try:  # some encoders pad badly: decode the length the first byte promises
                length = ((raw[0] - 32) & 63) * 4 // 3 + 3
                chunks.append(binascii.a2b_uu(raw[:length]))
            except binascii.Error:
                return None
    return b"".join(chunks)

"""Single key presses from a terminal, with termios/tty raw mode: no TUI framework.

Works over ssh and in any terminal that sends plain bytes. A key is read from the file
descriptor directly (never through Python's buffered stdin), so a key pressed ahead is
not lost between reads. Ctrl-C and Ctrl-D read as "quit"; escape sequences (arrow keys)
are read whole and returned as "escape" so they never act as letters.
"""

from __future__ import annotations

import os
import select
import sys
import termios
import tty
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from foitrack.errors import FoitrackError

CTRL_C, CTRL_D, ESC = "\x03", "\x04", "\x1b"
ENTER = ("\r", "\n")
BACKSPACE = ("\x7f", "\x08")


def require_terminal() -> int:
    """The file descriptor of the terminal on stdin; FoitrackError when stdin is not one."""
    try:
        fd = sys.stdin.fileno()
    except (OSError, ValueError):  # io.UnsupportedOperation is both: stdin is not a file at all
        fd = -1
    if fd < 0 or not os.isatty(fd):
        raise FoitrackError("review needs a terminal to read key presses (run it in a terminal, or over ssh -t)")
    return fd


@contextmanager
def raw_mode(fd: int) -> Iterator[None]:
    """Key presses arrive one at a time, unechoed, until the block ends (even on an error)."""
    saved = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd)
        attributes = termios.tcgetattr(fd)
        attributes[3] &= ~termios.ISIG  # Ctrl-C is a key here: it quits, and what was saved stays saved
        termios.tcsetattr(fd, termios.TCSANOW, attributes)
        yield
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


def _read_char(fd: int) -> str:
    data = os.read(fd, 1)
    if not data:
        return CTRL_D
    while True:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            if len(data) >= 4:
                return "?"
            data += os.read(fd, 1)


def read_key(fd: int) -> str:
    """One key: a character, "quit" for Ctrl-C/Ctrl-D, "enter", "escape" for ESC and arrow keys."""
    char = _read_char(fd)
    if char in (CTRL_C, CTRL_D):
        return "quit"
    if char in ENTER:
        return "enter"
    if char == ESC:
        while select.select([fd], [], [], 0.05)[0]:
            os.read(fd, 1)
        return "escape"
    return char


def read_line(fd: int, echo: Callable[[str], None]) -> str | None:
    """A line typed in raw mode, echoed through `echo`; None when the person presses ESC or Ctrl-C."""
    typed: list[str] = []
    while True:
        key = read_key(fd)
        if key in ("quit", "escape"):
            return None
        if key == "enter":
            return "".join(typed)
        if key in BACKSPACE:
            if typed:
                typed.pop()
                echo("\b \b")
        elif key.isprintable():
            typed.append(key)
            echo(key)

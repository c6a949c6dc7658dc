"""Read a lesson file's TOML safely: a regular file, at most ``MAX_BYTES``, UTF-8 text, valid TOML."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from ..safe_files import UnsafeFileError, read_regular_file
from .model import LessonError

MAX_BYTES = 256 * 1024
"""A lesson is a few pages of text; anything larger is not a lesson (and is not read into memory)."""


def read_lesson_table(path: str | Path) -> dict[str, Any]:
    """The TOML table of the lesson file at ``path``; LessonError naming the problem otherwise."""
    raw = _read_bytes(Path(path))
    if not raw.strip():
        raise LessonError(path, "the file is empty")
    if b"\0" in raw:
        raise LessonError(path, "a binary file, not a lesson (lessons are TOML text)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LessonError(path, f"not UTF-8 text (byte {exc.start})") from None
    try:
        return tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        raise LessonError(path, f"not valid TOML: {exc} (is the file truncated?)") from None
    except RecursionError:
        raise LessonError(path, "not valid TOML: nested too deeply") from None


def _read_bytes(path: Path) -> bytes:
    """The file's bytes through the one safe reader (regular files only, never blocking, bounded)."""
    try:
        return read_regular_file(path, MAX_BYTES)
    except UnsafeFileError as exc:
        reason = exc.reason
        if reason.startswith("the file is too large"):
            reason = f"too large for a lesson (at most {MAX_BYTES:,} bytes)"
        elif reason in ("no such file",) or reason.startswith("cannot be read"):
            reason = f"cannot read it: {reason}"
        raise LessonError(path, reason) from None

"""Reading and writing files safely: the one place every file NN Studio opens goes through.

Reading (:func:`read_regular_file`, :func:`open_regular_file`)
    Only a regular file is read, after symlinks are followed: a named pipe, a device
    (``/dev/zero``), a directory or a socket is refused with :class:`UnsafeFileError`
    ("… is not a regular file (a named pipe)") *before* anything blocks — the file is opened
    with ``O_NONBLOCK`` and checked with ``fstat`` on the open descriptor. Every read has a size
    limit, checked against the size the file announces and again while reading (a file that
    grows, or a stream that never ends, stops at the limit: :func:`read_limited`).
Writing (:func:`write_atomically`)
    A symlink is resolved and its *target* is replaced; the new content goes to a hidden
    temporary file beside it (``.NAME.xxxxxxxx.tmp``), is flushed and fsynced, then renamed over
    the target, so a reader sees the old file or the new one, never half of one. A device, a pipe,
    a socket or a directory is refused (nothing is written). A full disk is "no space left on
    NAME" (:class:`FileWriteError`, ``errno`` ENOSPC); any other failure names the file too. The
    previous file can be kept as ``NAME.bak`` (``backup=True``). Hidden temporary files left by
    a killed writer are removed at the next write into the same folder (:func:`remove_stale_temporaries`).

Both error types are ``ValueError`` subclasses with one-line messages meant for people; the CLI
prints them and exits with status 2.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import stat
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

READ_CHUNK = 1 << 20
"""Bytes read at a time."""

STALE_SECONDS = 60.0
"""A hidden temporary file older than this is a leftover of a killed writer."""

_TEMP_NAME = re.compile(r"^\..+\.[0-9a-f]{8}\.tmp$")


class UnsafeFileError(ValueError):
    """A file that cannot be read as asked: not a regular file, too large, missing, unreadable.

    The message is ``"PATH: REASON"``; ``reason`` alone is for callers with their own prefix."""

    def __init__(self, path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = str(path), reason


class FileWriteError(ValueError):
    """A file that cannot be written: ``"cannot write PATH: REASON"`` (``"no space left on the
    device"`` for a full disk); ``errno`` is the OS error number when there is one."""

    def __init__(self, path, reason: str, errno_: int | None = None):
        super().__init__(f"cannot write {path}: {reason}")
        self.path, self.reason, self.errno = str(path), reason, errno_


# -- reading ---------------------------------------------------------------------------------------
def kind_of(mode: int) -> str:
    """What a file is, in words, from its ``st_mode``: ``"a named pipe"``, ``"a directory"``, …"""
    for test, name in ((stat.S_ISREG, "a regular file"), (stat.S_ISDIR, "a directory"),
                       (stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def _not_regular(path, mode: int) -> UnsafeFileError:
    return UnsafeFileError(path, f"is not a regular file ({kind_of(mode)})")


def check_regular(path) -> os.stat_result:
    """``os.stat`` of ``path`` (symlinks followed), or :class:`UnsafeFileError` when it is missing,
    unreadable or not a regular file. Never opens the file, so it never blocks."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise UnsafeFileError(path, "no such file") from None
    except OSError as exc:
        raise UnsafeFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(info.st_mode):
        raise _not_regular(path, info.st_mode)
    return info


def _too_large(path, size: float, limit: int) -> UnsafeFileError:
    return UnsafeFileError(path, f"the file is too large ({size / 1e6:,.1f} MB; "
                                 f"the limit is {limit / 1e6:,.0f} MB)")


def open_regular_file(path, limit: int):
    """A binary file object on the regular file at ``path`` of at most ``limit`` bytes.

    Refuses pipes, devices, directories and sockets without blocking (``O_NONBLOCK`` open, then
    ``fstat`` on the descriptor), and files whose size is over ``limit``. The caller reads at
    most ``limit`` bytes (see :func:`read_limited`) in case the file grows.
    """
    check_regular(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise UnsafeFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # swapped for something else since check_regular
            raise _not_regular(path, info.st_mode)
        if info.st_size > limit:
            raise _too_large(path, info.st_size, limit)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(chunks: Iterable[bytes], limit: int, name) -> bytes:
    """Join ``chunks`` (an iterator of bytes, possibly never-ending) up to ``limit`` bytes; one
    byte more is :class:`UnsafeFileError` — so an endless stream stops after ``limit`` bytes."""
    parts, total = [], 0
    for chunk in chunks:
        total += len(chunk)
        if total > limit:
            raise UnsafeFileError(name, f"the file is too large (more than the limit of "
                                        f"{limit / 1e6:,.0f} MB)")
        parts.append(chunk)
    return b"".join(parts)


def iter_chunks(fh, size: int = READ_CHUNK) -> Iterator[bytes]:
    """The bytes of a binary file object, ``size`` at a time."""
    while chunk := fh.read(size):
        yield chunk


def read_regular_file(path, limit: int) -> bytes:
    """All bytes of the regular file at ``path``, refused past ``limit`` bytes (see module doc)."""
    with open_regular_file(path, limit) as fh:
        try:
            return read_limited(iter_chunks(fh), limit, path)
        except OSError as exc:
            raise UnsafeFileError(path, f"cannot be read ({exc.strerror or exc})") from None


# -- writing ---------------------------------------------------------------------------------------
def write_target(path) -> Path:
    """Where writing ``path`` really goes: symlinks resolved. A device, pipe, socket or directory
    there is :class:`FileWriteError`; a missing folder too."""
    path = Path(path)
    target = Path(os.path.realpath(path))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise FileWriteError(path, str(exc.strerror or exc), exc.errno) from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise FileWriteError(path, f"it is not a regular file ({kind_of(info.st_mode)})")
    if not target.parent.is_dir():
        raise FileWriteError(path, f"no such folder {target.parent}")
    return target


def write_error(path, exc: OSError) -> FileWriteError:
    """The one-line error for a failed write of ``path``: ENOSPC is "no space left on …"."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return FileWriteError(path, "no space left on the device (the previous file is unchanged)", exc.errno)
    return FileWriteError(path, str(exc.strerror or exc), exc.errno)


def write_atomically(path, data: bytes, backup: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically (see module doc); returns the file really written.

    The new file keeps the permission bits of the one it replaces (else 0o666 less the umask).
    With ``backup`` the previous file is first copied to ``NAME.bak`` (itself atomically).
    """
    target = write_target(path)
    remove_stale_temporaries(target.parent)
    tmp = _temporary_beside(target)
    try:
        _write_synced(tmp, data, _mode_of(target))
        if backup and target.exists():
            _backup(target, target.with_name(target.name + ".bak"))
        os.replace(tmp, target)
        _sync_folder(target.parent)
    except OSError as exc:
        _remove_quietly(tmp)
        raise write_error(path, exc) from None
    except BaseException:
        _remove_quietly(tmp)
        raise
    return target


def write_text_atomically(path, text: str, backup: bool = False) -> Path:
    """:func:`write_atomically` for UTF-8 text."""
    return write_atomically(path, text.encode("utf-8"), backup)


def remove_stale_temporaries(folder, older_than: float = STALE_SECONDS) -> list[Path]:
    """Remove hidden ``.NAME.xxxxxxxx.tmp`` files older than ``older_than`` seconds in ``folder``
    (left by a writer that was killed); returns those removed. Best effort, never raises."""
    removed = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP_NAME.match(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > older_than:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def _temporary_beside(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")


def _mode_of(path: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666


def _write_synced(tmp: Path, data: bytes, mode: int) -> None:
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        fh = os.fdopen(fd, "wb")
    except OSError:
        os.close(fd)
        raise
    with fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _backup(path: Path, bak: Path) -> None:
    """Copy ``path`` to ``bak`` through a temporary file (a failed copy leaves no half backup)."""
    tmp = _temporary_beside(bak)
    try:
        shutil.copy2(path, tmp)
        os.replace(tmp, bak)
    except OSError:
        _remove_quietly(tmp)
        raise


def _sync_folder(folder: Path) -> None:
    """fsync the folder so the rename itself is durable (POSIX; best effort elsewhere)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass

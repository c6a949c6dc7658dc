"""Autosave every minute to the data folder, and recovery after a crash.

Each running window writes ``autosave/session-<pid>-<n>.nnet`` plus a ``.json`` note (original path,
time). A clean exit deletes both. At the next start, notes whose process is gone are offered for
recovery.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from .settings import data_dir

INTERVAL_MS = 60_000
_counter = iter(range(1, 1_000_000))


@dataclass
class Recoverable:
    network_path: Path
    note_path: Path
    original_path: str | None
    saved_at: float
    title: str


def autosave_dir() -> Path:
    path = data_dir() / "autosave"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


class Autosaver(QObject):
    """Writes the document when it has unsaved changes, every ``interval_ms``."""

    def __init__(self, window, interval_ms: int = INTERVAL_MS):
        super().__init__(window)
        self.window = window
        stem = f"session-{os.getpid()}-{next(_counter)}"
        self.network_path = autosave_dir() / f"{stem}.nnet"
        self.note_path = autosave_dir() / f"{stem}.json"
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.autosave)
        self.last_error: str | None = None

    def start(self) -> None:
        self.timer.start()

    def autosave(self, force: bool = False) -> bool:
        """Write the document now if it has unsaved changes (or ``force``); False on failure."""
        if not force and not self.window.is_modified():
            return True
        from nnstudio.io import netfile
        from nnstudio.io.safe_files import write_text_atomically

        doc = self.window.document
        try:
            netfile.save(doc.to_file(), self.network_path)
            note = {"pid": os.getpid(), "original_path": doc.path, "saved_at": time.time(), "title": doc.title}
            write_text_atomically(self.note_path, json.dumps(note))
            backup = self.network_path.with_name(self.network_path.name + ".bak")
            if backup.exists():
                backup.unlink()
        except (OSError, ValueError) as exc:
            self.last_error = str(exc)
            return False
        return True

    def discard(self) -> None:
        """Forget this session's autosave (after a save or a clean exit)."""
        for path in (self.network_path, self.note_path):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                pass


def find_recoverable() -> list[Recoverable]:
    """Autosaves left behind by sessions that are no longer running, newest first."""
    found = []
    for note in autosave_dir().glob("session-*.json"):
        try:
            data = json.loads(note.read_text(encoding="utf-8"))
            pid = int(data.get("pid", -1))
        except (OSError, ValueError, TypeError):
            continue
        network = note.with_suffix(".nnet")
        if _alive(pid) or not network.exists():
            continue
        found.append(Recoverable(network, note, data.get("original_path"), float(data.get("saved_at", 0)),
                                 str(data.get("title", network.name))))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def remove(rec: Recoverable) -> None:
    for path in (rec.network_path, rec.note_path):
        try:
            path.unlink()
        except OSError:
            pass

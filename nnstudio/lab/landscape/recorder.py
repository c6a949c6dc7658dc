"""Recording the training trajectory: parameter snapshots the training panel writes into the document.

While the main window trains, the training controller writes its latest weights into the document
(``parameters`` events with ``source="train"``, at most ~30 per second). Each one is kept here, so
the landscape can show the path training took and follow it live. Structural edits and new files
clear the record; at most ``LIMIT`` snapshots are kept (every other one is dropped when full).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal

LIMIT = 2000


class TrajectoryRecorder(QObject):
    """``snapshots`` is a list of flat parameter copies; ``recorded`` fires on each new one."""

    recorded = Signal()
    cleared = Signal()

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.snapshots: list[np.ndarray] = []
        self._baseline = doc.network.params.copy()
        self._unsubscribe = doc.subscribe(self._on_event, kinds=["parameters", "structure", "reset"])

    def _on_event(self, event) -> None:
        params = self.doc.network.params
        if event.kind in ("structure", "reset") or (event.detail or {}).get("mask"):
            self._baseline = params.copy()
            self.clear()
            return
        if (event.detail or {}).get("source") != "train":
            self._baseline = params.copy()  # an edit: training will start from here
            return
        if self.snapshots and self.snapshots[-1].shape != params.shape:
            self.snapshots.clear()
        if not self.snapshots and self._baseline.shape == params.shape:
            self.snapshots.append(self._baseline)  # the weights before the first live write
        if not self.snapshots or not np.array_equal(self.snapshots[-1], params):
            self.snapshots.append(params.copy())
        if len(self.snapshots) > LIMIT:
            self.snapshots = self.snapshots[::2]
        self.recorded.emit()

    def trajectory(self) -> np.ndarray | None:
        """The snapshots as a (T, P) array, or None with fewer than 2."""
        return np.array(self.snapshots) if len(self.snapshots) >= 2 else None

    def clear(self) -> None:
        if self.snapshots:
            self.snapshots = []
            self.cleared.emit()

    def detach(self) -> None:
        self._unsubscribe()

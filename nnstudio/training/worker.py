"""The training worker: runs an engine ``Trainer`` on a copy of the network in a QThread.

It trains in short chunks of mini-batches (the chunk length adapts so that one chunk lasts about
``CHUNK_SECONDS``), and between chunks it checks the stop flag, applies live setting changes,
evaluates now and then (appending a history row), and publishes a frozen :class:`Snapshot` at most
``1 / SNAPSHOT_SECONDS`` times per second. It never touches a widget; the GUI polls
:meth:`TrainingWorker.latest` from its single redraw timer.
"""

from __future__ import annotations

import math
import threading
import time
import traceback
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from nnstudio.engine.training import DIVERGED, Progress

from .history import History, row_from_progress

CHUNK_SECONDS = 0.004
SNAPSHOT_SECONDS = 1 / 30
EVAL_SECONDS = 0.02
RUN, EPOCH = "run", "epoch"


@dataclass(frozen=True)
class Snapshot:
    """What the GUI draws: copied parameters and plain numbers (never a live array)."""

    seq: int
    params: np.ndarray
    epoch: int
    step: int
    progress: Progress | None
    history_len: int
    steps_per_second: float
    status: str = "running"      # running, paused, done, diverged, error
    message: str = ""


class Control:
    """Requests from the GUI to the worker, safe across threads."""

    def __init__(self):
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._pending: dict = {}

    def request_stop(self) -> None:
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def change(self, **settings) -> None:
        """Queue live changes: ``learning_rate``, ``regularization=(kind, rate)``, ``dropout``,
        ``epoch_limit`` (None = until stopped)."""
        with self._lock:
            self._pending.update(settings)

    def take(self) -> dict:
        with self._lock:
            pending, self._pending = self._pending, {}
        return pending


class TrainingWorker(QObject):
    """Trains until stopped, diverged, the epoch limit, or (mode ``epoch``) the end of one epoch.

    ``finished`` carries the final snapshot; errors end the run with status ``error``.
    """

    finished = Signal(object)

    def __init__(self, trainer, history: History, control: Control, mode: str = RUN,
                 epoch_limit: int | None = None, yield_gil: bool = True):
        super().__init__()
        self.trainer = trainer
        self.history = history
        self.control = control
        self.mode = mode
        self.epoch_limit = epoch_limit
        self.yield_gil = yield_gil
        self.chunk = 8
        self.progress: Progress | None = None
        self.final: Snapshot | None = None
        self._latest: Snapshot | None = None
        self._seq = 0
        self._rate = 0.0
        self.done = threading.Event()

    # -- read from the GUI thread ------------------------------------------------------------
    def latest(self) -> Snapshot | None:
        """The newest snapshot (the GUI keeps only this one)."""
        return self._latest

    # -- the loop (worker thread) ------------------------------------------------------------
    @Slot()
    def run(self) -> None:
        try:
            self._run()
        finally:
            self.done.set()

    def _run(self) -> None:
        status, message = "paused", ""
        try:
            status = self._loop()
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, never raised in the thread
            status, message = "error", f"{type(exc).__name__}: {exc}"
            traceback.print_exc()
        try:
            if status != "error" and (self.progress is None or self.progress.step != self.trainer.step):
                self._evaluate()
                if self.progress.status == DIVERGED:
                    status = "diverged"
        except Exception as exc:  # noqa: BLE001
            status, message = "error", f"{type(exc).__name__}: {exc}"
        self.final = self._publish(status, message)
        self.finished.emit(self.final)

    def _loop(self) -> str:
        tr, control = self.trainer, self.control
        now = time.perf_counter()
        last_snap = last_eval = now
        snap_step = tr.step
        while True:
            if control.stopping:
                return "paused"
            self._apply(control.take())
            if self.epoch_limit is not None and tr.epoch >= self.epoch_limit:
                return "done"
            epoch_before = tr.epoch
            t0 = time.perf_counter()
            tr.train_steps(self.chunk)
            now = time.perf_counter()
            self._adapt(now - t0)
            ended = tr.epoch != epoch_before
            due = now - last_eval >= EVAL_SECONDS * max(1.0, len(self.history) / 1000)
            limit = self.epoch_limit is not None and tr.epoch >= self.epoch_limit
            if ended and (due or self.mode == EPOCH or limit):
                self._evaluate()
                last_eval = now
                if self.progress.status == DIVERGED:
                    return "diverged"
            if self.mode == EPOCH and ended:
                return "paused"
            if now - last_snap >= SNAPSHOT_SECONDS:
                if not np.isfinite(tr.net.params).all():
                    self._evaluate()
                    return "diverged"
                self._rate = (tr.step - snap_step) / (now - last_snap)
                snap_step, last_snap = tr.step, now
                self._publish("running")
            if self.yield_gil:
                time.sleep(0)  # let the GUI thread take the GIL between chunks

    def _adapt(self, elapsed: float) -> None:
        """Scale the chunk so that it lasts about CHUNK_SECONDS."""
        if elapsed <= 0:
            self.chunk = min(self.chunk * 2, 4096)
            return
        target = self.chunk * CHUNK_SECONDS / elapsed
        self.chunk = int(min(max(1, 0.5 * self.chunk + 0.5 * target), 4096))

    def _apply(self, pending: dict) -> None:
        tr = self.trainer
        if "learning_rate" in pending:
            tr.set_learning_rate(pending["learning_rate"])
        if "regularization" in pending:
            tr.set_regularization(*pending["regularization"])
        if "dropout" in pending:
            tr.set_dropout(pending["dropout"])
        if "epoch_limit" in pending:
            self.epoch_limit = pending["epoch_limit"]

    def _evaluate(self) -> None:
        self.progress = self.trainer.evaluate()
        if math.isfinite(self.progress.train_loss) or not self.history.rows or \
                math.isfinite(self.history.rows[-1][2]):
            self.history.append(row_from_progress(self.progress))

    def _publish(self, status: str, message: str = "") -> Snapshot:
        self._seq += 1
        tr = self.trainer
        snap = Snapshot(self._seq, tr.net.params.copy(), tr.epoch, tr.step, self.progress, len(self.history),
                        self._rate, status, message)
        self._latest = snap
        return snap

"""The worker on a QThread: it drives a run and keeps the newest frozen :class:`Snapshot` for the GUI.

``RemoteWorker`` relays a run of the engine process (see ``engine_process``): it forwards pause and
live setting changes, turns the process's messages into snapshots and appends their history rows.
``LocalWorker`` is the fallback when no process can be started: it runs the same ``RunLoop`` in the
thread itself. Neither touches a widget; the GUI polls :meth:`latest` from its single redraw timer.
"""

from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from nnstudio.engine.training import Progress

from .engine_process import EngineError, last_good_of
from .history import History
from .loop import RUN, LiveChange, RunLoop

POLL_SECONDS = 0.01


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
    good: tuple | None = None    # after a divergence: the engine's last good (params, epoch, step)


class Control:
    """Requests from the GUI to the worker, safe across threads.

    Parking (in-thread fallback only): training in a thread competes with the GUI for the GIL, so for
    each frame the GUI parks the worker (:meth:`park` returns once it waits at a chunk boundary),
    draws alone, and lets it go (:meth:`unpark`).
    """

    def __init__(self):
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._pending: LiveChange | None = None
        self._park = False
        self._parked = threading.Event()
        self._resume = threading.Event()

    def request_stop(self) -> None:
        self._stop.set()
        self.unpark()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def change(self, change: LiveChange) -> None:
        """Queue a live change (it replaces one not yet taken: each holds the whole settings)."""
        with self._lock:
            self._pending = change

    def take(self) -> LiveChange | None:
        with self._lock:
            pending, self._pending = self._pending, None
        return pending

    def poll(self):
        """``(stop, change)`` for a RunLoop."""
        self.park_point()
        return self.stopping, self.take()

    def park(self, timeout: float = 0.02) -> bool:
        self._resume.clear()
        self._parked.clear()
        self._park = True
        return self._parked.wait(timeout)

    def unpark(self) -> None:
        self._park = False
        self._resume.set()

    def park_point(self, limit: float = 0.5) -> None:
        if self._park:
            self._parked.set()
            self._resume.wait(limit)


class _Worker(QObject):
    """Common part: ``finished(Snapshot)``, ``latest()``, ``final``, ``done``."""

    finished = Signal(object)

    def __init__(self, history: History, control: Control, mode: str = RUN, epoch_limit: int | None = None):
        super().__init__()
        self.history = history
        self.control = control
        self.mode = mode
        self.epoch_limit = epoch_limit
        self.final: Snapshot | None = None
        self.done = threading.Event()
        self._latest: Snapshot | None = None
        self._seq = 0

    def latest(self) -> Snapshot | None:
        """The newest snapshot (the GUI keeps only this one)."""
        return self._latest

    def _snapshot(self, status, epoch, step, params, progress, rate, message="", good=None) -> Snapshot:
        self._seq += 1
        snap = Snapshot(self._seq, params, int(epoch), int(step), progress, len(self.history), float(rate),
                        status, message, good)
        self._latest = snap
        return snap

    @Slot()
    def run(self) -> None:
        try:
            self.final = self._run()
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, never raised in the thread
            traceback.print_exc()
            last = self._latest
            self.final = self._snapshot("error", last.epoch if last else 0, last.step if last else 0,
                                        last.params if last else np.zeros(0), last.progress if last else None,
                                        0.0, f"{type(exc).__name__}: {exc}")
        finally:
            self.control._parked.set()  # a GUI waiting in park() must not wait for a finished worker
            self.done.set()
        self.finished.emit(self.final)


class RemoteWorker(_Worker):
    """Relays one run of the engine process."""

    def __init__(self, engine, history: History, control: Control, mode: str = RUN,
                 epoch_limit: int | None = None):
        super().__init__(history, control, mode, epoch_limit)
        self.engine = engine

    def _run(self) -> Snapshot:
        engine, control = self.engine, self.control
        engine.send(("run", self.mode, self.epoch_limit, len(self.history)))
        asked = False
        while True:
            if control.stopping and not asked:
                engine.send(("pause",))
                asked = True
            change = control.take()
            if change is not None:
                engine.send(("live", change))
            if not engine.conn.poll(POLL_SECONDS):
                if not engine.alive:
                    raise EngineError("the training process ended unexpectedly")
                continue
            kind, status, epoch, step, params, progress, rows, rate, message, good = engine.conn.recv()
            for row in rows:
                self.history.append(row)
            snap = self._snapshot(status, epoch, step, params, progress, rate, message, good)
            if kind == "final":
                return snap


class LocalWorker(_Worker):
    """Runs the loop in this thread (the fallback without an engine process)."""

    def __init__(self, trainer, history: History, control: Control, mode: str = RUN,
                 epoch_limit: int | None = None):
        super().__init__(history, control, mode, epoch_limit)
        self.trainer = trainer

    def _run(self) -> Snapshot:
        tr = self.trainer

        def publish(status, loop):
            self._snapshot(status, tr.epoch, tr.step, tr.net.params.copy(), loop.progress, loop.rate)

        loop = RunLoop(tr, self.mode, self.epoch_limit, len(self.history), publish, self.history.append,
                       self.control.poll)
        status = loop.run()
        return self._snapshot(status, tr.epoch, tr.step, tr.net.params.copy(), loop.progress, loop.rate,
                              loop.note, last_good_of(tr, status))

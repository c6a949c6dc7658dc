"""One run on its own ``QThread``: the worker (relaying the engine process, or training in the thread
itself when there is no process) and the ``Control`` the GUI talks to it through."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import contextmanager

from PySide6.QtCore import Qt, QThread

from . import threads
from .history import History
from .loop import LiveChange
from .remote import RemoteTrainer
from .worker import Control, LocalWorker, RemoteWorker, Snapshot


class RunThread:
    """Starts at once; ``on_finished(final)`` is called (queued, on the GUI thread) when the run
    ends by itself."""

    def __init__(self, trainer, history: History, mode: str, epoch_limit: int | None,
                 on_finished: Callable[[Snapshot], None], first_change: LiveChange | None = None):
        self.control = Control()
        if first_change is not None:
            self.control.change(first_change)    # e.g. the speed limit, taken before the first step
        if isinstance(trainer, RemoteTrainer):
            self.worker = RemoteWorker(trainer.engine, history, self.control, mode, epoch_limit)
        else:
            self.worker = LocalWorker(trainer, history, self.control, mode, epoch_limit)
        self.thread = QThread()
        self.thread.setObjectName("training")
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(on_finished, Qt.ConnectionType.QueuedConnection)
        threads.register(self.thread)
        self.thread.start()

    @property
    def in_thread(self) -> bool:
        """True when the training itself runs in this process (the fallback)."""
        return isinstance(self.worker, LocalWorker)

    def latest(self) -> Snapshot | None:
        return self.worker.latest()

    def change(self, change: LiveChange) -> None:
        self.control.change(change)

    def owns(self, final: Snapshot) -> bool:
        return self.worker.final is final

    def stop(self, timeout: float) -> bool:
        """Ask the run to stop and wait for the thread; False when it did not stop in time."""
        self.control.request_stop()
        deadline = time.perf_counter() + timeout
        stopped = self.worker.done.wait(timeout)
        self.thread.quit()
        return self.thread.wait(max(1, int((deadline - time.perf_counter()) * 1000))) and stopped

    def join(self) -> None:
        """After the run finished by itself: end the thread."""
        self.thread.quit()
        self.thread.wait(2000)

    @contextmanager
    def parked(self):
        """In-thread training only: park the worker at a chunk boundary while the GUI draws a frame
        alone (training in a thread competes with the GUI for the GIL). Yields True when parked."""
        control = self.control if self.in_thread else None
        parked = control is not None and control.park()
        try:
            yield parked
        finally:
            if control is not None:
                control.unpark()

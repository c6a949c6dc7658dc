"""Background work for the lab: functions run on a small thread pool, results polled by a QTimer.

The GUI thread never blocks: ``TaskRunner.submit`` returns at once, a 40 ms timer (running only
while something is pending) collects finished futures and calls back in the GUI thread. A newer
task with the same key supersedes the older one (its cancel event is set, its result dropped).
Functions receive a ``TaskContext`` with a ``cancel_event`` and a ``report(done, total)`` method.
"""

from __future__ import annotations

import concurrent.futures as cf
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer

POLL_MS = 40


@dataclass
class TaskContext:
    """What a background function can see: a cancel flag and a progress slot."""

    cancel_event: threading.Event = field(default_factory=threading.Event)
    progress: tuple[int, int] = (0, 0)

    def report(self, done: int, total: int) -> None:
        self.progress = (int(done), int(total))

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


@dataclass
class _Task:
    future: cf.Future
    context: TaskContext
    on_done: Callable
    on_error: Callable | None
    on_progress: Callable | None


class TaskRunner(QObject):
    """Runs ``fn(context)`` off the GUI thread; ``on_done(result)`` / ``on_error(message)`` in it."""

    def __init__(self, parent=None, threads: int = 2):
        super().__init__(parent)
        self._pool = cf.ThreadPoolExecutor(max_workers=threads, thread_name_prefix="lab")
        self._tasks: dict[str, _Task] = {}
        self._pollers: list[Callable[[], bool]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._closed = False

    def submit(self, key: str, fn: Callable[[TaskContext], object], on_done: Callable,
               on_error: Callable | None = None, on_progress: Callable | None = None) -> TaskContext:
        """Start ``fn`` in the background (cancelling the running task of the same ``key``)."""
        if self._closed:
            raise RuntimeError("the lab's task runner was shut down")
        self.cancel(key)
        context = TaskContext()
        future = self._pool.submit(fn, context)
        self._tasks[key] = _Task(future, context, on_done, on_error, on_progress)
        self._timer.start()
        return context

    def add_poller(self, poll: Callable[[], bool]) -> None:
        """Call ``poll()`` on every tick until it returns False (used for process sweeps)."""
        self._pollers.append(poll)
        self._timer.start()

    def busy(self, key: str | None = None) -> bool:
        if key is None:
            return bool(self._tasks) or bool(self._pollers)
        return key in self._tasks

    def cancel(self, key: str | None = None) -> None:
        """Cancel one task (or all); its callbacks will not be called."""
        keys = list(self._tasks) if key is None else [key]
        for k in keys:
            task = self._tasks.pop(k, None)
            if task is not None:
                task.context.cancel_event.set()
                task.future.cancel()

    def shutdown(self, timeout: float = 5.0) -> None:
        """Cancel everything and wait (bounded) for the threads to end."""
        self._closed = True
        self.cancel()
        self._pollers.clear()
        self._timer.stop()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _poll(self) -> None:
        for key, task in list(self._tasks.items()):
            if task.future.done():
                if self._tasks.get(key) is task:
                    del self._tasks[key]
                self._deliver(task)
            elif task.on_progress is not None:
                task.on_progress(*task.context.progress)
        self._pollers = [poll for poll in self._pollers if poll()]
        if not self._tasks and not self._pollers:
            self._timer.stop()

    @staticmethod
    def _deliver(task: _Task) -> None:
        if task.future.cancelled():
            return
        exc = task.future.exception()
        if exc is None:
            task.on_done(task.future.result())
        elif task.on_error is not None:
            task.on_error(str(exc) or type(exc).__name__)

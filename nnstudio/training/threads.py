"""A registry of the training threads, so shutdown and tests can check that none is left running."""

from __future__ import annotations

import weakref

_threads: weakref.WeakSet = weakref.WeakSet()


def register(thread) -> None:
    _threads.add(thread)


def running() -> list:
    """Training QThreads that are still running."""
    alive = []
    for t in list(_threads):
        try:
            if t.isRunning():
                alive.append(t)
        except RuntimeError:  # the C++ object is gone
            pass
    return alive

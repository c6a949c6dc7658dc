"""The shared pool of worker *processes* (both cores, no GIL contention with a GUI thread), created
lazily once per application and reused (``shutdown_pool`` ends it), with cancel flags the workers
read between epochs.

The pool uses the "forkserver" start method where available (else "spawn"): workers never inherit
a running Qt application's state. Cancel flags: slot ``task_id % CANCEL_SLOTS`` of a shared array
holds the id of a cancelled group of tasks; one more slot, set to 1, stops every task (when the
pool shuts down).
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing as mp
import threading
import time

START_METHODS = ("forkserver", "spawn")
"""Process start methods in order of preference (never "fork": unsafe with Qt threads)."""
CANCEL_SLOTS = 64
PRELOAD = ("nnstudio.engine.lr_sweep", "nnstudio.parallel.sweep")
"""Modules the fork server imports once, so that workers start with NumPy and the engine loaded."""

_lock = threading.Lock()
_pool: cf.ProcessPoolExecutor | None = None
_pool_workers = 0
_cancel_flags = None


# -- the worker side --------------------------------------------------------------------------------
_worker_flags = None


def _init_worker(flags) -> None:
    global _worker_flags
    _worker_flags = flags


def cancelled_in_worker(task_id: int) -> bool:
    """In a worker: has the group ``task_id`` been cancelled (or the pool shut down)?"""
    flags = _worker_flags
    return flags is not None and (flags[CANCEL_SLOTS] == 1 or flags[task_id % CANCEL_SLOTS] == task_id)


def _ping(delay: float = 0.0) -> int:
    time.sleep(delay)
    return 0


# -- the parent side --------------------------------------------------------------------------------
def _context():
    methods = mp.get_all_start_methods()
    method = next(m for m in START_METHODS if m in methods)
    ctx = mp.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(list(PRELOAD))
    return ctx


def get_pool(max_workers: int = 2) -> cf.ProcessPoolExecutor:
    """The shared worker pool, created on first use (or re-created with another size)."""
    global _pool, _pool_workers, _cancel_flags
    with _lock:
        if _pool is not None and _pool_workers != max_workers:
            _stop(_pool, _cancel_flags, wait=False)
            _pool = None
        if _pool is None:
            ctx = _context()
            _cancel_flags = ctx.Array("q", CANCEL_SLOTS + 1, lock=False)
            _pool = cf.ProcessPoolExecutor(max_workers, mp_context=ctx, initializer=_init_worker,
                                           initargs=(_cancel_flags,))
            _pool_workers = max_workers
        return _pool


def current_pool() -> cf.ProcessPoolExecutor | None:
    """The pool if one is running (None after ``shutdown_pool``)."""
    return _pool


def cancel_flags():
    """The shared cancel flags of the current pool (for ``cancel``)."""
    return _cancel_flags


def cancel(flags, task_id: int) -> None:
    """Ask the running tasks of group ``task_id`` to stop (they check between epochs)."""
    if flags is not None:
        flags[task_id % CANCEL_SLOTS] = task_id


def warm_up_pool(max_workers: int = 2, timeout: float | None = 30.0) -> None:
    """Start all workers now (e.g. while the app shows its window), so the first task is fast."""
    pool = get_pool(max_workers)
    futures = [pool.submit(_ping, 0.05) for _ in range(max_workers)]
    cf.wait(futures, timeout=timeout)


def shutdown_pool(wait: bool = True) -> None:
    """End the worker processes (call when the application quits): queued tasks are dropped,
    running ones stop at their next check. A later task starts a new pool."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
        flags = _cancel_flags
    if pool is not None:
        _stop(pool, flags, wait)


def _stop(pool, flags, wait: bool) -> None:
    if flags is not None:
        flags[CANCEL_SLOTS] = 1
    pool.shutdown(wait=wait, cancel_futures=True)


def discard_broken_pool(pool) -> None:
    """Forget ``pool`` after a worker died (the next task starts a new one)."""
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)

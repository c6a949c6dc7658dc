"""Learning-rate sweeps in worker processes: one engine job (``nnstudio.engine.lr_sweep``) per
learning rate, on the shared pool (``pool.py``), with a handle a GUI polls and cancels.

``max_workers=0`` runs the jobs in the calling thread (tests, scripts without processes).
"""

from __future__ import annotations

import concurrent.futures as cf
import itertools
import time
from concurrent.futures.process import BrokenProcessPool

from nnstudio.engine.lr_sweep import (
    CANCELLED,
    DEFAULT_DIVERGENCE_FACTOR,
    ERROR,
    SweepJob,
    SweepResult,
    prepare_jobs,
    run_job,
    run_jobs,
)
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, TrainingSettings

from . import pool as pool_mod
from .pool import get_pool, shutdown_pool, warm_up_pool

__all__ = ["SweepHandle", "get_pool", "run_sweep", "shutdown_pool", "start_sweep", "warm_up_pool"]

_sweep_ids = itertools.count(1)


def _worker_run(job: SweepJob) -> SweepResult:
    """The pool's task (top level, so it pickles by name): the job, stopping when cancelled."""
    return run_job(job, lambda: pool_mod.cancelled_in_worker(job.sweep_id))


class SweepHandle:
    """A sweep in progress, for a GUI: ``poll()`` from a timer, ``cancel()`` from a button.

    ``results`` is aligned with ``learning_rates`` (None until that run has finished).
    """

    def __init__(self, learning_rates, sweep_id: int, futures=None, pool=None):
        self.learning_rates = list(learning_rates)
        self.sweep_id = sweep_id
        self.results: list[SweepResult | None] = [None] * len(self.learning_rates)
        self.started = time.perf_counter()
        self.finished_at: float | None = None
        self._futures = futures or {}
        self._pool = pool
        self._flags = pool_mod.cancel_flags() if pool is not None else None
        self.cancelled = False

    @property
    def done(self) -> bool:
        return all(r is not None for r in self.results)

    @property
    def progress(self) -> tuple[int, int]:
        """(finished runs, total runs)."""
        return sum(r is not None for r in self.results), len(self.results)

    @property
    def elapsed(self) -> float:
        """Wall time of the whole sweep so far (or until it finished)."""
        end = self.finished_at if self.finished_at is not None else time.perf_counter()
        return end - self.started

    def poll(self) -> list[SweepResult]:
        """Collect runs that finished since the last call (never blocks)."""
        new = []
        for index, future in list(self._futures.items()):
            if future.done():
                del self._futures[index]
                new.append(self._store(index, self._result_of(index, future)))
        self._check_finished()
        return new

    def wait(self, timeout: float | None = None) -> list[SweepResult | None]:
        """Block until every run has finished (or ``timeout`` s); returns ``results``."""
        if self._futures:
            cf.wait(list(self._futures.values()), timeout=timeout)
        self.poll()
        return self.results

    def wait_next(self, timeout: float | None = None) -> list[SweepResult]:
        """Block until at least one more run finishes (or ``timeout``); returns the new ones."""
        if self._futures:
            cf.wait(list(self._futures.values()), timeout=timeout, return_when=cf.FIRST_COMPLETED)
        return self.poll()

    def cancel(self) -> None:
        """Stop the sweep: queued runs are dropped, running ones stop after their current epoch
        and report what they did (status ``cancelled``)."""
        self.cancelled = True
        pool_mod.cancel(self._flags, self.sweep_id)
        for future in self._futures.values():
            future.cancel()

    def _result_of(self, index: int, future) -> SweepResult:
        lr = self.learning_rates[index]
        if future.cancelled():
            return SweepResult.empty(lr, CANCELLED)
        exc = future.exception()
        if exc is not None:
            if isinstance(exc, BrokenProcessPool) and self._pool is not None:
                pool_mod.discard_broken_pool(self._pool)
            return SweepResult.empty(lr, ERROR, f"{type(exc).__name__}: {exc}")
        return future.result()

    def _store(self, index: int, result: SweepResult) -> SweepResult:
        self.results[index] = result
        return result

    def _check_finished(self) -> None:
        if self.finished_at is None and self.done:
            self.finished_at = time.perf_counter()


def start_sweep(network: Network, data: TrainData, settings: TrainingSettings, learning_rates=None,
                epochs: int | None = None, max_workers: int = 2,
                divergence_factor: float | None = DEFAULT_DIVERGENCE_FACTOR) -> SweepHandle:
    """Submit one run per learning rate to the worker pool and return at once.

    ``max_workers=0`` runs everything in the calling thread before returning (the handle is then
    already done). The network and data are copied into the jobs; the caller's objects are never
    touched.
    """
    sweep_id = next(_sweep_ids)
    lrs, jobs = prepare_jobs(network, data, settings, learning_rates, epochs, divergence_factor, sweep_id)
    if max_workers <= 0:
        handle = SweepHandle(lrs, sweep_id)
        handle.results = run_jobs(jobs)
        handle._check_finished()
        return handle
    pool = pool_mod.get_pool(max_workers)
    futures = {index: pool.submit(_worker_run, job) for index, job in enumerate(jobs)}
    return SweepHandle(lrs, sweep_id, futures, pool)


def run_sweep(network: Network, data: TrainData, settings: TrainingSettings, learning_rates=None,
              epochs: int | None = None, max_workers: int = 2, progress_callback=None, cancel_event=None,
              divergence_factor: float | None = DEFAULT_DIVERGENCE_FACTOR) -> list[SweepResult]:
    """Run the sweep and wait for it; results in the order of ``learning_rates``.

    ``progress_callback(finished, total, result)`` is called (in this thread) as runs finish; a
    set ``cancel_event`` (anything with ``is_set()``) cancels the rest (``SweepHandle.cancel``).
    """
    if max_workers <= 0:
        _, jobs = prepare_jobs(network, data, settings, learning_rates, epochs, divergence_factor)
        return run_jobs(jobs, progress_callback, cancel_event.is_set if cancel_event is not None else None)
    handle = start_sweep(network, data, settings, learning_rates, epochs, max_workers, divergence_factor)
    finished = 0
    try:
        while not handle.done:
            if cancel_event is not None and cancel_event.is_set():
                handle.cancel()
            for result in handle.wait_next(timeout=0.05):
                finished += 1
                if progress_callback is not None:
                    progress_callback(finished, len(handle.results), result)
    except BaseException:
        handle.cancel()
        raise
    return list(handle.results)

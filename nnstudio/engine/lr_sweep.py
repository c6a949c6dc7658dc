"""Learning-rate sweep: train one network with K learning rates side by side, in background processes.

Every run starts from the same initial weights, data, settings and shuffling seed; only the
learning rate differs, so the curves show what the learning rate alone does. Runs go to a pool
of worker *processes* (both cores, no GIL contention with a GUI thread), created lazily once per
application and reused (``shutdown_pool`` ends it). The pool uses the "forkserver" start method
where available (else "spawn"): workers never inherit a running Qt application's state.

Jobs and results cross the process boundary as plain dicts of NumPy arrays and numbers. Each
run records per-epoch train/test loss and accuracy (epoch 0 = before training), its final
weights and its wall time. A run is *diverged* when its loss or weights stop being finite (the
Trainer's status) or when its training loss exceeds ``divergence_factor`` × the initial loss;
it then stops early. Neither case raises.

``max_workers=0`` runs the jobs in the calling process (tests, scripts without processes).
"""

from __future__ import annotations

import concurrent.futures as cf
import itertools
import math
import multiprocessing as mp
import os
import threading
import time
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

import numpy as np

from .network import Network
from .training import DIVERGED, TrainData, Trainer, TrainingSettings

DEFAULT_DIVERGENCE_FACTOR = 4.0
"""A run whose training loss exceeds this multiple of its initial loss is diverged."""
START_METHODS = ("forkserver", "spawn")
"""Process start methods in order of preference (never "fork": unsafe with Qt threads)."""
CANCEL_SLOTS = 64
"""Shared cancel flags: slot ``id % 64`` holds the id of a cancelled sweep; one more slot, set to 1,
stops every run (when the pool shuts down)."""

DONE, DIVERGED_STATUS, CANCELLED, ERROR = "done", "diverged", "cancelled", "error"


# -- results -------------------------------------------------------------------------------------

@dataclass
class SweepResult:
    """One learning rate's run. Curves are indexed by ``epochs`` (0 = before training); test
    curves are NaN without a test set, accuracies NaN for regression. ``wall_time`` and
    ``cpu_time`` are the run's own (in its worker), ``process`` the worker's pid."""

    learning_rate: float
    epochs: np.ndarray
    train_loss: np.ndarray
    test_loss: np.ndarray
    train_accuracy: np.ndarray
    test_accuracy: np.ndarray
    status: str = DONE
    diverged: bool = False
    reason: str = ""
    wall_time: float = 0.0
    cpu_time: float = 0.0
    process: int = 0
    steps: int = 0
    final_params: np.ndarray | None = None
    error: str | None = None

    @property
    def label(self) -> str:
        return f"η = {self.learning_rate:g}"

    @property
    def final_train_loss(self) -> float:
        return _last(self.train_loss)

    @property
    def final_test_loss(self) -> float:
        return _last(self.test_loss)

    @property
    def final_train_accuracy(self) -> float:
        return _last(self.train_accuracy)

    @property
    def final_test_accuracy(self) -> float:
        return _last(self.test_accuracy)

    @classmethod
    def from_dict(cls, d: dict) -> SweepResult:
        arrays = {k: np.asarray(d.get(k, []), dtype=np.int64 if k == "epochs" else np.float64)
                  for k in ("epochs", "train_loss", "test_loss", "train_accuracy", "test_accuracy")}
        return cls(float(d["learning_rate"]), **arrays, status=d.get("status", DONE),
                   diverged=bool(d.get("diverged", False)), reason=d.get("reason", ""),
                   wall_time=float(d.get("wall_time", 0.0)), cpu_time=float(d.get("cpu_time", 0.0)),
                   process=int(d.get("process", 0)), steps=int(d.get("steps", 0)),
                   final_params=d.get("final_params"), error=d.get("error"))

    @classmethod
    def empty(cls, learning_rate: float, status: str, error: str | None = None) -> SweepResult:
        return cls.from_dict({"learning_rate": learning_rate, "status": status, "error": error,
                              "reason": error or status})


def _last(values: np.ndarray) -> float:
    return float(values[-1]) if len(values) else math.nan


SUMMARY_COLUMNS = ("learning_rate", "train_loss", "test_loss", "train_accuracy", "test_accuracy",
                   "epochs", "diverged", "status", "time")


def summary_table(results) -> list[dict]:
    """One row per run (keys ``SUMMARY_COLUMNS``): final figures, epochs run, diverged, time (s)."""
    return [{"learning_rate": r.learning_rate, "train_loss": r.final_train_loss,
             "test_loss": r.final_test_loss, "train_accuracy": r.final_train_accuracy,
             "test_accuracy": r.final_test_accuracy, "epochs": int(r.epochs[-1]) if len(r.epochs) else 0,
             "diverged": r.diverged, "status": r.status, "time": r.wall_time} for r in results]


def format_summary(results) -> str:
    """``summary_table`` as aligned text (for the CLI and benchmarks)."""
    lines = [f"{'lr':>10} {'train loss':>11} {'test loss':>10} {'train acc':>9} {'test acc':>9} "
             f"{'epochs':>6} {'status':>9} {'time s':>7}"]
    for row in summary_table(results):
        lines.append(f"{row['learning_rate']:>10.4g} {row['train_loss']:>11.4g} {row['test_loss']:>10.4g} "
                     f"{row['train_accuracy']:>9.3f} {row['test_accuracy']:>9.3f} {row['epochs']:>6d} "
                     f"{row['status']:>9} {row['time']:>7.3f}")
    return "\n".join(lines)


def best_result(results) -> SweepResult | None:
    """The finished, non-diverged run with the lowest final test loss (train loss without a test set)."""
    def key(r):
        loss = r.final_test_loss if math.isfinite(r.final_test_loss) else r.final_train_loss
        return loss if math.isfinite(loss) else math.inf
    ok = [r for r in results if r.status == DONE and not r.diverged]
    return min(ok, key=key) if ok else None


def default_learning_rates(k: int = 6, low: float = 1e-3, high: float = 1.0) -> list[float]:
    """k log-spaced learning rates from ``low`` to ``high``: η_i = low·(high/low)^(i/(k−1)),
    rounded to 3 significant digits (so they print cleanly)."""
    if k < 1 or not (0 < low <= high):
        raise ValueError(f"need k ≥ 1 and 0 < low ≤ high, got k={k}, low={low}, high={high}")
    if k == 1:
        return [float(low)]
    return [float(f"{v:.3g}") for v in np.logspace(math.log10(low), math.log10(high), k)]


# -- one run (runs in a worker process, or inline) -----------------------------------------------

def network_spec(net: Network) -> dict:
    """A picklable description of ``net`` (plain arrays; ``Network`` holds views that pickle apart)."""
    return {"sizes": list(net.sizes), "activations": list(net.activations), "loss": net.loss,
            "dtype": net.dtype.str, "params": net.params.copy(),
            "masks": [None if m is None else m.copy() for m in net.masks[1:]],
            "use_bias": list(net.use_bias)}


def network_from_spec(spec: dict) -> Network:
    """The network described by ``network_spec``, with bit-identical parameters."""
    net = Network(spec["sizes"], spec["activations"], spec["loss"], masks=spec["masks"],
                  dtype=np.dtype(spec["dtype"]), use_bias=spec["use_bias"])
    net.set_parameters(spec["params"])
    return net


def train_curves(net: Network, data: TrainData, settings: TrainingSettings, epochs: int,
                 divergence_factor: float | None = DEFAULT_DIVERGENCE_FACTOR, should_stop=None) -> dict:
    """Train ``net`` in place for ``epochs``; per-epoch curves as a plain dict (see ``SweepResult``).

    Stops early when diverged (non-finite, or train loss > factor × initial loss) or when
    ``should_stop()`` returns True (status ``cancelled``).
    """
    t0, cpu0 = time.perf_counter(), time.process_time()
    trainer = Trainer(net, data, settings)
    curves = {k: [] for k in ("epochs", "train_loss", "test_loss", "train_accuracy", "test_accuracy")}
    first = trainer.evaluate()
    _record(curves, first)
    limit = math.inf if divergence_factor is None else divergence_factor * max(first.train_loss, 1e-12)
    stop = should_stop or _never
    if first.status == DIVERGED:
        status, reason = DIVERGED_STATUS, "the initial loss is not finite"
    elif epochs > 0 and stop():
        status, reason = CANCELLED, "cancelled"
    else:
        status, reason = DONE, ""
        for progress in trainer.run(epochs) if epochs > 0 else ():
            _record(curves, progress)
            status, reason = _divergence(progress, limit, divergence_factor)
            if status == DIVERGED_STATUS:
                break
            if progress.epoch < epochs and stop():
                status, reason = CANCELLED, "cancelled"
                break
    return {"learning_rate": settings.learning_rate, **curves, "status": status,
            "diverged": status == DIVERGED_STATUS, "reason": reason, "steps": trainer.step,
            "wall_time": time.perf_counter() - t0, "cpu_time": time.process_time() - cpu0,
            "process": os.getpid(), "final_params": net.params.copy(), "error": None}


def _never() -> bool:
    return False


def _divergence(progress, limit: float, factor) -> tuple[str, str]:
    if progress.status == DIVERGED:
        return DIVERGED_STATUS, "the loss or a weight is no longer finite"
    if progress.train_loss > limit:
        return DIVERGED_STATUS, f"the training loss exceeded {factor:g}× its initial value"
    return DONE, ""


def _record(curves: dict, progress) -> None:
    curves["epochs"].append(progress.epoch)
    curves["train_loss"].append(progress.train_loss)
    curves["test_loss"].append(math.nan if progress.test_loss is None else progress.test_loss)
    curves["train_accuracy"].append(progress.metrics.get("accuracy", math.nan))
    curves["test_accuracy"].append(progress.test_metrics.get("accuracy", math.nan))


def make_job(network: Network, data: TrainData, settings: TrainingSettings, learning_rate: float,
             epochs: int, divergence_factor, sweep_id: int = 0) -> dict:
    """The picklable description of one run."""
    s = settings.to_dict()
    s["learning_rate"] = float(learning_rate)
    return {"network": network_spec(network),
            "data": {"X_train": data.X_train, "Y_train": data.Y_train, "X_test": data.X_test,
                     "Y_test": data.Y_test, "task": data.task},
            "settings": s, "epochs": int(epochs), "divergence_factor": divergence_factor,
            "sweep_id": sweep_id}


def run_job(job: dict, should_stop=None) -> dict:
    """Run one job dict (``make_job``) and return the result dict; errors become an ``error`` result."""
    try:
        return train_curves(network_from_spec(job["network"]), TrainData(**job["data"]),
                            TrainingSettings.from_dict(job["settings"]), job["epochs"],
                            job["divergence_factor"], should_stop)
    except Exception as exc:  # reported to the caller as a result, never lost in a worker
        return {"learning_rate": job["settings"]["learning_rate"], "status": ERROR,
                "reason": f"{type(exc).__name__}: {exc}", "error": f"{type(exc).__name__}: {exc}"}


# -- the worker-process side ---------------------------------------------------------------------

_worker_cancel_flags = None


def _init_worker(flags) -> None:
    global _worker_cancel_flags
    _worker_cancel_flags = flags


def _worker_run(job: dict) -> dict:
    """The pool's task (top level, so it pickles by name)."""
    sweep_id = job["sweep_id"]
    flags = _worker_cancel_flags

    def cancelled() -> bool:
        return flags is not None and (flags[CANCEL_SLOTS] == 1 or flags[sweep_id % CANCEL_SLOTS] == sweep_id)
    return run_job(job, cancelled)


def _worker_ping(delay: float = 0.0) -> int:
    time.sleep(delay)
    return 0


# -- the pool (parent side) ----------------------------------------------------------------------

_pool_lock = threading.Lock()
_pool: cf.ProcessPoolExecutor | None = None
_pool_workers = 0
_cancel_flags = None
_sweep_ids = itertools.count(1)


def _context():
    methods = mp.get_all_start_methods()
    method = next(m for m in START_METHODS if m in methods)
    ctx = mp.get_context(method)
    if method == "forkserver":
        # workers fork from a server that has already imported NumPy and the engine
        ctx.set_forkserver_preload([__name__])
    return ctx


def get_pool(max_workers: int = 2) -> cf.ProcessPoolExecutor:
    """The shared worker pool, created on first use (or re-created with another size)."""
    global _pool, _pool_workers, _cancel_flags
    with _pool_lock:
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


def warm_up_pool(max_workers: int = 2, timeout: float | None = 30.0) -> None:
    """Start all workers now (e.g. while the app shows its window), so the first sweep is fast."""
    pool = get_pool(max_workers)
    futures = [pool.submit(_worker_ping, 0.05) for _ in range(max_workers)]
    cf.wait(futures, timeout=timeout)


def shutdown_pool(wait: bool = True) -> None:
    """End the worker processes (call when the application quits): queued runs are dropped,
    running ones stop after their current epoch. A later sweep starts a new pool."""
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
        flags = _cancel_flags
    if pool is not None:
        _stop(pool, flags, wait)


def _stop(pool, flags, wait: bool) -> None:
    if flags is not None:
        flags[CANCEL_SLOTS] = 1
    pool.shutdown(wait=wait, cancel_futures=True)


def _discard_broken_pool(pool) -> None:
    global _pool
    with _pool_lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


# -- sweeps --------------------------------------------------------------------------------------

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
        self._flags = _cancel_flags if pool is not None else None
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
        if self._flags is not None:
            self._flags[self.sweep_id % CANCEL_SLOTS] = self.sweep_id
        for future in self._futures.values():
            future.cancel()

    def _result_of(self, index: int, future) -> SweepResult:
        lr = self.learning_rates[index]
        if future.cancelled():
            return SweepResult.empty(lr, CANCELLED)
        exc = future.exception()
        if exc is not None:
            if isinstance(exc, BrokenProcessPool) and self._pool is not None:
                _discard_broken_pool(self._pool)
            return SweepResult.empty(lr, ERROR, f"{type(exc).__name__}: {exc}")
        return SweepResult.from_dict(future.result())

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
    lrs, jobs, sweep_id = _prepare(network, data, settings, learning_rates, epochs, divergence_factor)
    if max_workers <= 0:
        handle = SweepHandle(lrs, sweep_id)
        handle.results = _run_inline(jobs, None, None)
        handle._check_finished()
        return handle
    pool = get_pool(max_workers)
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
        _, jobs, _ = _prepare(network, data, settings, learning_rates, epochs, divergence_factor)
        return _run_inline(jobs, progress_callback, cancel_event)
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


def _prepare(network, data, settings, learning_rates, epochs, divergence_factor):
    """Checked learning rates, one job per rate, and a fresh sweep id."""
    lrs = default_learning_rates() if learning_rates is None else [float(v) for v in learning_rates]
    if not lrs:
        raise ValueError("give at least one learning rate")
    for v in lrs:
        if not (math.isfinite(v) and v >= 0):
            raise ValueError(f"learning rates must be finite numbers ≥ 0, got {v}")
    settings.validate()
    epochs = int(settings.epochs if epochs is None else epochs)
    sweep_id = next(_sweep_ids)
    jobs = [make_job(network, data, settings, lr, epochs, divergence_factor, sweep_id) for lr in lrs]
    return lrs, jobs, sweep_id


def _run_inline(jobs, progress_callback, cancel_event) -> list[SweepResult]:
    """Run the jobs one after the other in this thread."""
    def stop() -> bool:
        return cancel_event is not None and cancel_event.is_set()
    results = []
    for job in jobs:
        lr = job["settings"]["learning_rate"]
        result = SweepResult.empty(lr, CANCELLED) if stop() else SweepResult.from_dict(run_job(job, stop))
        results.append(result)
        if progress_callback is not None:
            progress_callback(len(results), len(jobs), result)
    return results

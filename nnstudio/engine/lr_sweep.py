"""Learning-rate sweep, the computation: train one network with K learning rates side by side.

Every run starts from the same initial weights, data, settings and shuffling seed; only the
learning rate differs, so the curves show what the learning rate alone does. This module holds
one run (``run_job``) and the results; ``nnstudio.parallel.sweep`` runs the jobs in worker
processes (pools, threads and cancellation live there, not in the engine).

Jobs (:class:`SweepJob`: the network, data and settings themselves) and results
(:class:`SweepResult`) cross the process boundary by pickling. Each run records per-epoch
train/test loss and accuracy (epoch 0 = before training), its final
weights and its wall time. A run is *diverged* when its loss or weights stop being finite (the
Trainer's status) or when its training loss exceeds ``divergence_factor`` × the initial loss;
it then stops early. Neither case raises.
"""

from __future__ import annotations

import math
import os
import time
from dataclasses import dataclass, replace

import numpy as np

from nnstudio.engine.text import translate

from .network import Network
from .training import DIVERGED, TrainData, Trainer, TrainingSettings

DEFAULT_DIVERGENCE_FACTOR = 4.0
"""A run whose training loss exceeds this multiple of its initial loss is diverged."""

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
    def empty(cls, learning_rate: float, status: str, error: str | None = None) -> SweepResult:
        """A run that did not train (cancelled before it started, or failed)."""
        no_ints, none = np.zeros(0, dtype=np.int64), np.zeros(0)
        return cls(float(learning_rate), no_ints, none, none.copy(), none.copy(), none.copy(), status=status,
                   reason=error or status, error=error)


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
        raise ValueError(translate("engine", "need k ≥ 1 and 0 < low ≤ high, got k={k}, low={low}, high={high}").format(
            k=k, low=low, high=high))
    if k == 1:
        return [float(low)]
    return [float(f"{v:.3g}") for v in np.logspace(math.log10(low), math.log10(high), k)]


# -- one run (runs in a worker process, or inline) -----------------------------------------------

@dataclass(frozen=True)
class SweepJob:
    """One run of a sweep: train ``network`` (a copy) on ``data`` with ``settings`` (whose learning
    rate is the run's) for ``epochs``; ``sweep_id`` names the sweep for cancellation."""

    network: Network
    data: TrainData
    settings: TrainingSettings
    epochs: int
    divergence_factor: float | None = DEFAULT_DIVERGENCE_FACTOR
    sweep_id: int = 0

    @property
    def learning_rate(self) -> float:
        return self.settings.learning_rate


def train_curves(net: Network, data: TrainData, settings: TrainingSettings, epochs: int,
                 divergence_factor: float | None = DEFAULT_DIVERGENCE_FACTOR, should_stop=None) -> SweepResult:
    """Train ``net`` in place for ``epochs``; its per-epoch curves.

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
    arrays = {k: np.asarray(v, dtype=np.int64 if k == "epochs" else np.float64) for k, v in curves.items()}
    return SweepResult(settings.learning_rate, **arrays, status=status, diverged=status == DIVERGED_STATUS,
                       reason=reason, steps=trainer.step, wall_time=time.perf_counter() - t0,
                       cpu_time=time.process_time() - cpu0, process=os.getpid(), final_params=net.params.copy())


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
             epochs: int, divergence_factor, sweep_id: int = 0) -> SweepJob:
    """The run of one learning rate (copies of the network and settings)."""
    return SweepJob(network.copy(), data, replace(settings, learning_rate=float(learning_rate)), int(epochs),
                    divergence_factor, sweep_id)


def run_job(job: SweepJob, should_stop=None) -> SweepResult:
    """Run one job on a copy of its network; errors become an ``error`` result (never raised)."""
    try:
        return train_curves(job.network.copy(), job.data, job.settings, job.epochs, job.divergence_factor,
                            should_stop)
    except Exception as exc:  # reported to the caller as a result, never lost in a worker
        return SweepResult.empty(job.learning_rate, ERROR, f"{type(exc).__name__}: {exc}")


def prepare_jobs(network: Network, data: TrainData, settings: TrainingSettings, learning_rates=None,
                 epochs: int | None = None, divergence_factor: float | None = DEFAULT_DIVERGENCE_FACTOR,
                 sweep_id: int = 0) -> tuple[list[float], list[SweepJob]]:
    """Checked learning rates (default: ``default_learning_rates()``) and one job per rate."""
    lrs = default_learning_rates() if learning_rates is None else [float(v) for v in learning_rates]
    if not lrs:
        raise ValueError(translate("engine", "give at least one learning rate"))
    for v in lrs:
        if not (math.isfinite(v) and v >= 0):
            raise ValueError(translate("engine", "learning rates must be finite numbers ≥ 0, got {v}").format(v=v))
    settings.validate()
    epochs = int(settings.epochs if epochs is None else epochs)
    return lrs, [make_job(network, data, settings, lr, epochs, divergence_factor, sweep_id) for lr in lrs]


def run_jobs(jobs, progress_callback=None, should_stop=None) -> list[SweepResult]:
    """Run the jobs one after the other in this thread; ``should_stop()`` cancels the rest."""
    stop = should_stop or _never
    results = []
    for job in jobs:
        result = SweepResult.empty(job.learning_rate, CANCELLED) if stop() else run_job(job, stop)
        results.append(result)
        if progress_callback is not None:
            progress_callback(len(results), len(jobs), result)
    return results

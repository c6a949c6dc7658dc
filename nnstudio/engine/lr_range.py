"""The learning-rate range test (L. N. Smith 2017, "Cyclical learning rates for training neural networks").

Train for ``steps`` mini-batches while the learning rate grows exponentially from ``start`` to
``end``:  η_k = start · (end/start)^(k/(steps−1)),  k = 0 … steps−1.
Each step records the mini-batch loss ℓ_k (computed in that step's forward pass, before its
update) and an exponentially smoothed loss with bias correction (β = 0.98):
    m_k = β·m_{k−1} + (1 − β)·ℓ_k,  m_{−1} = 0;    ŝ_k = m_k / (1 − β^(k+1)).
The test stops early when ŝ_k > 4 × min_{i≤k} ŝ_i, or when the loss is no longer finite.

Suggested learning rate (``SUGGESTION_RULE``): η_edge / 10, where η_edge is the largest rate,
at or past the smoothed minimum, before the smoothed loss climbs 10 % above that minimum — the
edge where training starts to blow up (Smith's upper bound), backed off tenfold as in the usual
"minimum / 10" rule. Unlike "minimum / 10" or "steepest slope", it stays sensible when the loss
is flat until it explodes (XOR from small weights: the plateau's minimum is noise). The first
tenth of the points are ignored (the average rests on a few batches there). The minimum's rate
and the steepest-descent rate are reported too.

The test runs on a private copy of the network with its own Trainer and optimiser: the network
passed in (weights, masks) is never modified, so it is "restored" bit for bit by construction,
and any live Trainer's optimiser state is untouched.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from .network import Network
from .text import QT_TRANSLATE_NOOP, translate
from .training import TrainData, Trainer, TrainingSettings

SMOOTHING = 0.98
STOP_FACTOR = 4.0
TOLERANCE = 0.10
SUGGESTION_RULE = QT_TRANSLATE_NOOP("engine", "one tenth of the largest learning rate, past the smoothed minimum, "
                                              "before the smoothed loss climbs 10 % above that minimum")


@dataclass
class RangeTestResult:
    """``lrs``, ``losses``, ``smoothed`` cover the steps actually run (same length)."""

    lrs: np.ndarray
    losses: np.ndarray
    smoothed: np.ndarray
    suggestion: float
    stopped_early: bool
    edge_lr: float = math.nan
    min_loss_lr: float = math.nan
    steepest_lr: float = math.nan
    rule: str = SUGGESTION_RULE

    @property
    def steps(self) -> int:
        return len(self.lrs)


def range_learning_rates(start: float, end: float, steps: int) -> np.ndarray:
    """η_k = start · (end/start)^(k/(steps−1)), k = 0 … steps−1 (geometric, ``start`` to ``end``)."""
    if not (0 < start < end and math.isfinite(end)):
        raise ValueError(translate("engine", "need 0 < start < end, got start={start}, end={end}").format(
            start=start, end=end))
    if steps < 2:
        raise ValueError(translate("engine", "need at least 2 steps, got {steps}").format(steps=steps))
    return start * (end / start) ** (np.arange(steps) / (steps - 1))


def smooth(losses, beta: float = SMOOTHING) -> np.ndarray:
    """Bias-corrected exponential moving average: m_k = β·m_{k−1} + (1 − β)·ℓ_k, ŝ_k = m_k/(1 − β^(k+1))."""
    out = np.empty(len(losses))
    m = 0.0
    for k, loss in enumerate(losses):
        m = beta * m + (1.0 - beta) * loss
        out[k] = m / (1.0 - beta ** (k + 1))
    return out


def lr_range_test(network: Network, data: TrainData, settings: TrainingSettings, start: float = 1e-6,
                  end: float = 10.0, steps: int = 100, beta: float = SMOOTHING,
                  stop_factor: float = STOP_FACTOR) -> RangeTestResult:
    """Run the range test from the network's current weights with ``settings`` (optimiser,
    batch size, seed, regularisation); the learning rate is overridden step by step."""
    lrs = range_learning_rates(start, end, int(steps))
    trainer = Trainer(network.copy(), data, replace(settings, learning_rate=float(lrs[0])))
    losses, smoothed, best, stopped = [], [], math.inf, False
    m = 0.0
    for k, lr in enumerate(lrs):
        loss = _batch_step(trainer, float(lr))
        m = beta * m + (1.0 - beta) * loss
        s = m / (1.0 - beta ** (k + 1))
        losses.append(loss)
        smoothed.append(s)
        if not math.isfinite(s) or (k > 0 and s > stop_factor * best):
            stopped = k < len(lrs) - 1
            break
        best = min(best, s)
    lrs = lrs[:len(losses)]
    suggestion, edge, min_lr, steepest = suggest(lrs, np.asarray(smoothed))
    return RangeTestResult(lrs, np.asarray(losses), np.asarray(smoothed), suggestion, stopped,
                           edge, min_lr, steepest)


def _batch_step(trainer: Trainer, lr: float) -> float:
    """One update at learning rate ``lr``; returns the mini-batch loss of its forward pass."""
    trainer.apply(replace(trainer.settings, learning_rate=float(lr)))
    ws, xb, yb = trainer._next_batch()
    trainer.apply_step(ws, xb, yb)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        return ws.loss_value(yb)


def suggest(lrs: np.ndarray, smoothed: np.ndarray, tolerance: float = TOLERANCE,
            skip: int | None = None) -> tuple[float, float, float, float]:
    """(suggestion, edge lr, min-loss lr, steepest lr) by ``SUGGESTION_RULE``.

    The first ``skip`` points (default max(1, n/10)), where the bias-corrected average still
    rests on a few batches, are ignored. k_min = argmin ŝ_k; the edge is the last k ≥ k_min
    before ŝ first exceeds (1 + tolerance)·ŝ_kmin; suggestion = η_edge / 10. The steepest lr is
    η at the most negative slope dŝ/d(log η) before k_min (nan if the loss never falls).
    """
    n = len(smoothed)
    skip = max(1, n // 10) if skip is None else skip
    skip = min(skip, n - 1)
    finite = np.isfinite(smoothed)
    finite[:skip] = False
    if not finite.any():
        return float(lrs[0]) / 10.0, math.nan, math.nan, math.nan
    idx = np.flatnonzero(finite)
    k_min = int(idx[np.argmin(smoothed[idx])])
    best = smoothed[k_min]
    above = np.flatnonzero(~(smoothed[k_min:] <= (1.0 + tolerance) * best))
    k_edge = k_min + (int(above[0]) - 1 if above.size else n - 1 - k_min)
    steepest = math.nan
    if k_min - skip >= 2:
        part = slice(skip, k_min + 1)
        slope = np.gradient(smoothed[part], np.log(lrs[part]))
        k = int(np.argmin(slope))
        if slope[k] < 0:
            steepest = float(lrs[skip + k])
    return float(lrs[k_edge]) / 10.0, float(lrs[k_edge]), float(lrs[k_min]), steepest

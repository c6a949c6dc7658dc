"""Noticing that training diverges, and keeping the last good parameters to go back to.

The rule, checked at every evaluation of the training loss ``L`` (after an epoch, or whenever the
app evaluates), with ``L₀`` the training loss before the first update of the run:

* **not finite** — ``L`` or any parameter is NaN or ±∞;
* **exploding weights** — some ``|θᵢ| > MAX_ABS_PARAM`` (10⁸; trained networks stay far below);
* **exploding loss** — ``L > max(LOSS_FACTOR · L₀, L₀ + LOSS_MARGIN)`` (10·L₀, and at least 1
  above it, so a nearly perfect start does not count small wobbles) for ``PATIENCE`` (3)
  evaluations in a row; one spike that comes back down is not divergence.

An evaluation that breaks none of these is *good*: the monitor copies the parameters then, so
:attr:`DivergenceMonitor.last_good` always holds the newest parameters that were healthy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

MAX_ABS_PARAM = 1e8
LOSS_FACTOR = 10.0
LOSS_MARGIN = 1.0
PATIENCE = 3

NOT_FINITE, EXPLODING_WEIGHTS, EXPLODING_LOSS = "not finite", "exploding weights", "exploding loss"


@dataclass(frozen=True)
class Divergence:
    """Why and when a run diverged. ``reason`` is one of ``"not finite"``, ``"exploding weights"``,
    ``"exploding loss"``; ``detail`` says it in words; ``loss`` is the training loss then."""

    reason: str
    detail: str
    epoch: int
    step: int
    loss: float
    start_loss: float

    def message(self, learning_rate: float | None = None) -> str:
        """``diverged at epoch N (loss …): lower the learning rate …`` — one line for people."""
        now = f" (now {learning_rate:g})" if learning_rate is not None else ""
        return (f"diverged at epoch {self.epoch} (loss {_number(self.loss)}): lower the learning rate{now}; "
                f"{self.detail}")


@dataclass(frozen=True)
class GoodState:
    """A copy of the parameters at the last healthy evaluation, and when it was."""

    params: np.ndarray
    epoch: int
    step: int
    loss: float


def _number(x: float) -> str:
    return f"{x:.3g}" if math.isfinite(x) else str(x)


class DivergenceMonitor:
    """Applies the module's rule to successive evaluations of one run."""

    def __init__(self, start_loss: float):
        self.start_loss = float(start_loss)
        self.over = 0
        self.last_good: GoodState | None = None
        self.divergence: Divergence | None = None

    @property
    def loss_limit(self) -> float:
        """The loss above which an evaluation counts towards "exploding loss"."""
        return max(LOSS_FACTOR * self.start_loss, self.start_loss + LOSS_MARGIN)

    def check(self, loss: float, params: np.ndarray, epoch: int, step: int) -> Divergence | None:
        """Judge one evaluation; returns (and remembers) the Divergence, or None when healthy.
        Once diverged, it stays diverged."""
        if self.divergence is not None:
            return self.divergence
        largest = float(np.max(np.abs(params))) if params.size else 0.0
        if not (math.isfinite(loss) and math.isfinite(largest)):
            what = "the loss" if not math.isfinite(loss) else "a weight"
            return self._diverged(NOT_FINITE, f"{what} became NaN or infinite", epoch, step, loss)
        if largest > MAX_ABS_PARAM:
            return self._diverged(EXPLODING_WEIGHTS, f"a weight reached {largest:.3g} "
                                  f"(beyond ±{MAX_ABS_PARAM:.0e})", epoch, step, loss)
        if math.isfinite(self.start_loss) and loss > self.loss_limit:
            self.over += 1
            if self.over >= PATIENCE:
                return self._diverged(EXPLODING_LOSS, f"the loss stayed above {self.loss_limit:.3g} "
                                      f"(10 × its start, {_number(self.start_loss)}) for {PATIENCE} "
                                      "evaluations", epoch, step, loss)
            return None
        self.over = 0
        self._keep(params, epoch, step, loss)
        return None

    def _keep(self, params: np.ndarray, epoch: int, step: int, loss: float) -> None:
        if self.last_good is None or self.last_good.params.shape != params.shape:
            buffer = params.copy()
        else:
            buffer = self.last_good.params
            np.copyto(buffer, params)
        self.last_good = GoodState(buffer, epoch, step, float(loss))

    def _diverged(self, reason: str, detail: str, epoch: int, step: int, loss: float) -> Divergence:
        self.divergence = Divergence(reason, detail, epoch, step, float(loss), self.start_loss)
        return self.divergence

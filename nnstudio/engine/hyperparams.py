"""Hyper-parameter declarations: each optimiser, loss and activation lists its own once (numpy-ml's
``hyperparameters`` idea), and panels, the Lab and tooltips build their rows and texts from them."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .text import translate


@dataclass(frozen=True)
class HyperParameter:
    """One hyper-parameter: ``name`` (the keyword), ``default``, the ``symbol`` and ``formula`` it
    appears in, a one-line ``description``, and its valid range ``minimum`` ≤ v (< ``below``)."""

    name: str
    default: float | bool
    symbol: str
    formula: str
    description: str
    minimum: float | None = None
    below: float | None = None

    @property
    def tooltip(self) -> str:
        """``μ: how much of the previous step is kept — v ← μ·v + g``."""
        description = translate("engine", self.description)
        return f"{self.symbol}: {description} — {self.formula}" if self.formula else f"{self.symbol}: {description}"

    @property
    def upper(self) -> float | None:
        """The largest value a field should offer (just under ``below``), or None."""
        return None if self.below is None else self.below - 1e-4 * max(1.0, abs(self.below))

    def check(self, value):
        """``value`` converted (bool or float), or ValueError naming this parameter."""
        if isinstance(self.default, bool):
            return bool(value)
        value = float(value)
        low, below = self.minimum, self.below
        if not math.isfinite(value) or (low is not None and value < low) or (below is not None and value >= below):
            bound = f"in [{low:g}, {below:g})" if below is not None else f"≥ {low:g}"
            raise ValueError(f"{self.name} must be {bound}, got {value:g}")
        return value


def defaults(params) -> dict:
    """``{name: default}`` of a sequence of HyperParameter, in order."""
    return {p.name: p.default for p in params}

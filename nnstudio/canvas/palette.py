"""Colours of the canvas: a colour-blind-safe diverging palette (blue positive, orange negative).

Weak connections are drawn in colours pre-blended with the background instead of with alpha:
opaque lines rasterise about ten times faster, which keeps 10⁵ connections responsive.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QColor

N_BUCKETS = 6  # magnitude classes per sign


@dataclass(frozen=True)
class Theme:
    name: str
    background: QColor
    grid: QColor
    text: QColor
    muted_text: QColor
    neuron_fill: QColor
    neuron_outline: QColor
    selection: QColor
    positive: QColor
    negative: QColor
    zero: QColor
    band: QColor
    badge_fill: QColor


LIGHT = Theme(
    name="light",
    background=QColor("#fbfbfd"), grid=QColor("#eceff4"), text=QColor("#1f2430"),
    muted_text=QColor("#6b7280"), neuron_fill=QColor("#ffffff"), neuron_outline=QColor("#4b5563"),
    selection=QColor("#7c3aed"), positive=QColor("#2166ac"), negative=QColor("#e66101"),
    zero=QColor("#b8bec8"), band=QColor(124, 58, 237, 28), badge_fill=QColor(255, 255, 255, 235),
)

DARK = Theme(
    name="dark",
    background=QColor("#1e2127"), grid=QColor("#2a2e36"), text=QColor("#e6e9ef"),
    muted_text=QColor("#9aa3b2"), neuron_fill=QColor("#2b3038"), neuron_outline=QColor("#aab2c0"),
    selection=QColor("#c4a5ff"), positive=QColor("#5aa9e6"), negative=QColor("#ff9440"),
    zero=QColor("#5b6270"), band=QColor(196, 165, 255, 36), badge_fill=QColor(30, 33, 39, 235),
)

THEMES = {"light": LIGHT, "dark": DARK}


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """The colour a·(1−t) + b·t (opaque)."""
    t = float(min(max(t, 0.0), 1.0))
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def bucket_strength(k: int) -> float:
    """Relative magnitude (0…1] represented by bucket ``k``."""
    return (k + 1) / N_BUCKETS


def bucket_colours(theme: Theme) -> tuple[list[QColor], list[QColor]]:
    """Per-bucket colours for positive and negative values, weak ones blended into the background."""
    pos = [mix(theme.background, theme.positive, 0.22 + 0.78 * bucket_strength(k)) for k in range(N_BUCKETS)]
    neg = [mix(theme.background, theme.negative, 0.22 + 0.78 * bucket_strength(k)) for k in range(N_BUCKETS)]
    return pos, neg


def bucket_widths(max_width: float = 5.0, min_width: float = 0.6) -> list[float]:
    return [min_width + (max_width - min_width) * bucket_strength(k) ** 1.5 for k in range(N_BUCKETS)]


def buckets(values: np.ndarray, scale: float) -> np.ndarray:
    """Magnitude class 0 … N_BUCKETS−1 of each value relative to ``scale``."""
    if scale <= 0 or not np.isfinite(scale):
        return np.zeros(values.shape, dtype=np.int64)
    rel = np.abs(values) / scale
    return np.minimum((rel * N_BUCKETS).astype(np.int64), N_BUCKETS - 1)


def value_colour(theme: Theme, value: float, scale: float = 1.0) -> QColor:
    """A fill for a signed value: white/surface at 0, blue positive, orange negative."""
    if not np.isfinite(value):
        return QColor(theme.zero)
    t = float(np.tanh(abs(value) / scale)) if scale > 0 else 0.0
    return mix(theme.neuron_fill, theme.positive if value >= 0 else theme.negative, 0.1 + 0.9 * t)


def readable_text_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    lum = 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF()
    return QColor("#111111") if lum > 0.55 else QColor("#ffffff")

"""Colours of the training views: the canvas's diverging palette (orange negative/class 0, blue
positive/class 1) as lookup tables, a categorical palette, and array → QImage conversion."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage

NEGATIVE = (230, 97, 1)      # #e66101, as the canvas
POSITIVE = (33, 102, 172)    # #2166ac
MIDDLE = (247, 247, 247)
CLASS_COLORS = [(230, 97, 1), (33, 102, 172), (0, 158, 115), (204, 121, 167), (240, 200, 30),
                (86, 180, 233), (213, 94, 0), (120, 120, 120)]
"""Class colours: classes 0 and 1 as the binary heat map, then Okabe-Ito colours."""
TRAIN_PEN = QColor(40, 44, 52)
TEST_PEN = QColor(255, 255, 255)


def class_color(k: int) -> tuple[int, int, int]:
    return CLASS_COLORS[k % len(CLASS_COLORS)]


def diverging_lut(n: int = 256) -> np.ndarray:
    """``(n, 4)`` uint8: orange → light grey → blue."""
    t = np.linspace(-1.0, 1.0, n)[:, None]
    neg, mid, pos = (np.array(c, dtype=float) for c in (NEGATIVE, MIDDLE, POSITIVE))
    rgb = np.where(t < 0, mid + (neg - mid) * (-t), mid + (pos - mid) * t)
    return np.column_stack([rgb.round().astype(np.uint8), np.full(n, 255, np.uint8)])


LUT = diverging_lut()


def to_unit(values: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """Values mapped linearly to [0, 1] (clipped; NaN → 0.5)."""
    span = hi - lo if hi > lo else 1.0
    out = np.clip((np.nan_to_num(values, nan=(lo + hi) / 2) - lo) / span, 0.0, 1.0)
    return out


def rgba_from_unit(u: np.ndarray, discrete: bool = False) -> np.ndarray:
    """Colours of values in [0, 1] through the diverging table (``discrete``: two colours)."""
    u = np.clip(np.nan_to_num(np.asarray(u, dtype=float), nan=0.5), 0.0, 1.0)  # e.g. an identity output
    if discrete:
        u = np.where(u >= 0.5, 0.85, 0.15)
    return LUT[(u * (len(LUT) - 1)).round().astype(np.int64)]


def rgba_classes(probabilities: np.ndarray, discrete: bool = False) -> np.ndarray:
    """Colours for multi-class outputs ``(n, k)``: the winning class's colour, paler when unsure."""
    probabilities = np.nan_to_num(np.asarray(probabilities, dtype=float), nan=0.0, posinf=1.0, neginf=0.0)
    winner = probabilities.argmax(axis=1)
    palette = np.array([class_color(k) for k in range(probabilities.shape[1])], dtype=float)
    colour = palette[winner]
    if discrete:
        strength = np.full(len(winner), 0.7)
    else:
        k = probabilities.shape[1]
        top = probabilities.max(axis=1)
        strength = 0.15 + 0.85 * np.clip((top - 1.0 / k) / (1.0 - 1.0 / k), 0, 1)
    rgb = np.array(MIDDLE, dtype=float) + (colour - np.array(MIDDLE, dtype=float)) * strength[:, None]
    return np.column_stack([rgb.round().astype(np.uint8), np.full(len(rgb), 255, np.uint8)])


def qimage(rgba: np.ndarray) -> QImage:
    """An ``(h, w, 4)`` uint8 array as a QImage (row 0 at the top), copied."""
    rgba = np.ascontiguousarray(rgba, dtype=np.uint8)
    h, w = rgba.shape[:2]
    return QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()

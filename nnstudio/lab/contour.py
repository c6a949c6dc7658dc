"""A filled contour map for pyqtgraph: an ImageItem coloured by value plus iso-lines on top.

Values are shown on a log scale (log10 of 1 + value − minimum), so deep narrow valleys (Rosenbrock,
a diverging loss) and gentle slopes are visible in one picture; non-finite values are drawn as the
highest colour. Iso-lines (``pg.IsocurveItem``, pyqtgraph's marching squares) are at evenly spaced
levels of that scale. The grid is indexed ``values[ix, iy]`` (x along the first axis).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from .style import ISO_PEN, surface_colormap

LEVELS = 14


class ContourMap:
    """Owns the image and iso-line items of one plot; ``set_grid`` replaces what they show."""

    def __init__(self, plot: pg.PlotWidget, levels: int = LEVELS):
        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setLookupTable(surface_colormap().getLookupTable(nPts=256))
        self.image.setZValue(-20)
        plot.addItem(self.image)
        self.isocurves = []
        for _ in range(levels):
            iso = pg.IsocurveItem(pen=ISO_PEN)
            iso.setParentItem(self.image)
            self.isocurves.append(iso)
        self.shape: tuple[int, int] | None = None
        self.raw: np.ndarray | None = None
        self.xs = self.ys = None

    def set_grid(self, xs, ys, values) -> None:
        """Show ``values[ix, iy]`` at ``xs[ix]``, ``ys[iy]`` (evenly spaced)."""
        xs, ys = np.asarray(xs, float), np.asarray(ys, float)
        self.raw, self.xs, self.ys = np.asarray(values, float), xs, ys
        shown = display_values(self.raw)
        lo, hi = float(np.nanmin(shown)), float(np.nanmax(shown))
        if not hi > lo:
            hi = lo + 1.0
        self.image.setImage(shown, levels=(lo, hi), autoLevels=False)
        dx = (xs[-1] - xs[0]) / max(len(xs) - 1, 1)
        dy = (ys[-1] - ys[0]) / max(len(ys) - 1, 1)
        self.image.setRect(QRectF(xs[0] - dx / 2, ys[0] - dy / 2, dx * len(xs), dy * len(ys)))
        self.shape = shown.shape
        for k, iso in enumerate(self.isocurves):
            iso.setData(shown, level=lo + (hi - lo) * (k + 0.5) / len(self.isocurves))

    def value_at(self, x: float, y: float) -> float | None:
        """The grid value nearest to (x, y), or None outside the grid."""
        if self.raw is None or not (self.xs[0] <= x <= self.xs[-1] and self.ys[0] <= y <= self.ys[-1]):
            return None
        ix = int(np.abs(self.xs - x).argmin())
        iy = int(np.abs(self.ys - y).argmin())
        return float(self.raw[ix, iy])

    def clear(self) -> None:
        self.image.clear()
        for iso in self.isocurves:
            iso.setData(None)
        self.shape = self.raw = None


def display_values(values: np.ndarray) -> np.ndarray:
    """log10(1 + v − min v) with non-finite values set to the largest finite one (colour only)."""
    finite = np.isfinite(values)
    if not finite.any():
        return np.zeros_like(values)
    lo, hi = values[finite].min(), values[finite].max()
    filled = np.where(finite, values, hi)
    return np.log10(1.0 + (filled - lo))

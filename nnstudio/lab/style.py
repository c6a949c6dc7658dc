"""Shared look of the lab's plots: colours, plot factory, number formatting."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont

from nnstudio.io.numbers import fmt, list_separator

PATH_COLORS = [(0, 90, 181), (213, 60, 0), (0, 140, 90), (150, 60, 170), (200, 140, 0), (60, 60, 60),
               (0, 160, 200), (190, 40, 110)]
"""One strong colour per path or curve (readable on the light surface colours)."""
SURFACE_COLORS = [(49, 104, 142), (110, 170, 200), (200, 226, 236), (250, 248, 230), (253, 205, 150),
                  (240, 140, 80)]
"""Low → high values of a surface: deep blue valleys, pale plateaus, orange heights."""
ISO_PEN = pg.mkPen((60, 60, 60, 110), width=1)
CURRENT_COLOR = (220, 20, 60)


def path_color(k: int) -> QColor:
    return QColor(*PATH_COLORS[k % len(PATH_COLORS)])


def surface_colormap() -> pg.ColorMap:
    return pg.ColorMap(np.linspace(0.0, 1.0, len(SURFACE_COLORS)), [QColor(*c) for c in SURFACE_COLORS])


def make_plot(x_label: str, y_label: str, title: str = "") -> pg.PlotWidget:
    """A white plot with labelled axes, a light grid and readable fonts."""
    plot = pg.PlotWidget(background="w")
    item = plot.getPlotItem()
    font = QFont()
    font.setPointSize(9)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen((80, 80, 80)))
        axis.setTextPen(pg.mkPen((40, 40, 40)))
        axis.setTickFont(font)
        axis.enableAutoSIPrefix(False)
    set_labels(plot, x_label, y_label)
    if title:
        item.setTitle(title, color="#222", size="11pt")
    item.showGrid(x=True, y=True, alpha=0.15)
    item.setMenuEnabled(False)
    item.hideButtons()
    return plot


def set_labels(plot: pg.PlotWidget, x_label: str, y_label: str) -> None:
    style = {"color": "#222", "font-size": "10pt"}
    plot.getPlotItem().setLabel("bottom", x_label, **style)
    plot.getPlotItem().setLabel("left", y_label, **style)


def add_legend(plot: pg.PlotWidget, offset=(-10, 10)) -> pg.LegendItem:
    """A legend in the top-right corner on a translucent white box."""
    legend = plot.getPlotItem().addLegend(offset=offset, labelTextColor="#222", labelTextSize="9pt",
                                          brush=pg.mkBrush(255, 255, 255, 215), pen=pg.mkPen((150, 150, 150)))
    return legend


MISSING = "—"  # a number the lab could not compute (NaN, diverged)


def fmt_point(point) -> str:
    """``(1.5, −2)`` or ``1.5`` for one coordinate."""
    values = [fmt(float(v), 4, MISSING) for v in np.atleast_1d(point)]
    return values[0] if len(values) == 1 else "(" + list_separator().join(values) + ")"

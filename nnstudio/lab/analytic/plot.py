"""The analytic plot: the curve f(x) or the contour map of f(x, y), with one arrowed path per run.

Paths are cut where they leave the plotted box (the last segment ends on the edge, pointing out),
so a diverging run is shown as an arrow leaving the picture with a label, never as garbage.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nnstudio.engine.gd import AnalyticFunction, GDResult
from nnstudio.io.numbers import fmt
from nnstudio.widgets.i18n import translate

from ..arrows import ArrowPath
from ..contour import ContourMap
from ..style import add_legend, fmt_point, make_plot, path_color

CURVE_POINTS = 600
GRID_POINTS = 160


@dataclass
class Box:
    """The plotted rectangle, in data coordinates."""

    x0: float
    x1: float
    y0: float
    y1: float

    def contains(self, x, y):
        return (self.x0 <= x) & (x <= self.x1) & (self.y0 <= y) & (y <= self.y1)


def clip_path(xs: np.ndarray, ys: np.ndarray, box: Box) -> tuple[np.ndarray, np.ndarray, int | None]:
    """The path up to where it first leaves ``box``; that last segment is shortened to end on the
    edge. Returns (xs, ys, index of the first point outside, or None)."""
    inside = box.contains(xs, ys)
    if inside.all() or not inside[0]:
        return (xs, ys, None) if inside.all() else (xs[:0], ys[:0], 0)
    k = int(np.argmin(inside))
    (xa, ya), (xb, yb) = (xs[k - 1], ys[k - 1]), (xs[k], ys[k])
    t = 1.0
    for lo, hi, a, b in ((box.x0, box.x1, xa, xb), (box.y0, box.y1, ya, yb)):
        if b > hi:
            t = min(t, (hi - a) / (b - a))
        elif b < lo:
            t = min(t, (lo - a) / (b - a))
    edge = (xa + t * (xb - xa), ya + t * (yb - ya))
    return np.append(xs[:k], edge[0]), np.append(ys[:k], edge[1]), k


def path_coordinates(function: AnalyticFunction, result: GDResult) -> tuple[np.ndarray, np.ndarray]:
    """Plot coordinates of a run: (x_k, f(x_k)) for f(x), (x_k, y_k) for f(x, y)."""
    points = result.points
    if function.dims == 1:
        return points[:, 0], result.values
    return points[:, 0], points[:, 1]


def run_summary(result: GDResult) -> str:
    """``η = 0.3: x = 0.5, f = 0.75 after 20 steps`` or ``η = 1.5: diverged at step 18``."""
    head = f"η = {fmt(result.lr, 6)}"
    if result.diverged:
        return translate("Lab", "{head}: diverged at step {step}").format(head=head, step=result.stopped_at)
    final = result.final
    steps = final.step
    return translate("Lab", "{head}: {point}, f = {value} after %n step(s)", None, steps).format(
        head=head, point=_point_text(final.point), value=fmt(final.value, 4))


def legend_text(result: GDResult) -> str:
    """A short legend entry: ``η = 0.3`` or ``η = 1.5 (diverged)``."""
    head = f"η = {fmt(result.lr, 6)}"
    return translate("Lab", "{head} (diverged)").format(head=head) if result.diverged else head


def _point_text(point) -> str:
    return f"x = {fmt(point[0], 4)}" if len(point) == 1 else f"(x, y) = {fmt_point(point)}"


class _PathItems:
    """The items of one run: dots, arrows and a label at the end."""

    def __init__(self, plot: pg.PlotWidget, legend: pg.LegendItem, k: int, result: GDResult):
        color = path_color(k)
        self.result = result
        self.arrows = ArrowPath(color)
        self.dots = pg.ScatterPlotItem(size=7, pen=pg.mkPen("w", width=1), brush=pg.mkBrush(color))
        self.label = pg.TextItem(color=color, fill=pg.mkBrush(255, 255, 255, 200))
        for item in (self.arrows, self.dots, self.label):
            plot.addItem(item)
        self.arrows.setZValue(10)
        self.dots.setZValue(11)
        self.label.setZValue(12)
        legend.addItem(self.dots, legend_text(result))

    def remove(self, plot: pg.PlotWidget) -> None:
        for item in (self.arrows, self.dots, self.label):
            plot.removeItem(item)


class AnalyticPlot(QWidget):
    """Shows a function and runs on it; ``startMoved(point)`` when the start marker is dragged."""

    startMoved = Signal(tuple)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.function: AnalyticFunction | None = None
        self.box: Box | None = None
        self.plot = make_plot("x", "f(x)")
        self.legend = add_legend(self.plot)
        self.contour = ContourMap(self.plot)
        self.curve = self.plot.plot(pen=pg.mkPen((70, 70, 70), width=2))
        self.minima = pg.ScatterPlotItem(symbol="star", size=13, pen=pg.mkPen((40, 40, 40)),
                                         brush=pg.mkBrush(255, 255, 255))
        self.minima.setZValue(5)
        self.plot.addItem(self.minima)
        self.start = pg.TargetItem(size=16, symbol="o", pen=pg.mkPen((20, 20, 20), width=2),
                                   brush=pg.mkBrush(255, 255, 255, 160), label=translate("Lab", "start"),
                                   labelOpts={"color": "#222", "offset": (8, -8)})
        self.start.setZValue(20)
        self.start.setToolTip(translate("Lab", "Drag to move the start point"))
        self.plot.addItem(self.start)
        self.paths: list[_PathItems] = []
        self.readout = QLabel(" ")
        self.readout.setStyleSheet("color: #444;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.readout)
        self._placing = False
        self.start.sigPositionChanged.connect(self._start_dragged)
        self.plot.scene().sigMouseMoved.connect(self._hover)

    # -- the function ---------------------------------------------------------------------------
    def set_function(self, function: AnalyticFunction, start) -> None:
        """Draw f over its domain (widened to include ``start``) and place the start marker."""
        self.function = function
        (x0, x1) = _widen(function.domain[0], start[0])
        if function.dims == 1:
            xs = np.linspace(x0, x1, CURVE_POINTS)
            with np.errstate(all="ignore"):
                ys = np.asarray(function(xs), dtype=float) * np.ones_like(xs)
            finite = ys[np.isfinite(ys)]
            lo, hi = (finite.min(), finite.max()) if finite.size else (-1.0, 1.0)
            pad = 0.08 * (hi - lo or 1.0)
            self.box = Box(x0, x1, lo - pad, hi + pad)
            self.curve.setData(xs, np.where(np.isfinite(ys), ys, np.nan), connect="finite")
            self.contour.clear()
            self.plot.getPlotItem().setLabel("left", "f(x)")
        else:
            (y0, y1) = _widen(function.domain[1], start[1])
            self.box = Box(x0, x1, y0, y1)
            xs, ys = np.linspace(x0, x1, GRID_POINTS), np.linspace(y0, y1, GRID_POINTS)
            gx, gy = np.meshgrid(xs, ys, indexing="ij")
            with np.errstate(all="ignore"):
                values = np.asarray(function(gx, gy), dtype=float) * np.ones_like(gx)
            self.contour.set_grid(xs, ys, values)
            self.curve.setData([], [])
            self.plot.getPlotItem().setLabel("left", "y")
        minima = np.array(function.minima, dtype=float).reshape(-1, function.dims)
        if function.dims == 1 and len(minima):
            self.minima.setData(minima[:, 0], [function.value(m) for m in minima])
        elif len(minima):
            self.minima.setData(minima[:, 0], minima[:, 1])
        else:
            self.minima.setData([], [])
        self.place_start(start)
        self.plot.setRange(xRange=(self.box.x0, self.box.x1), yRange=(self.box.y0, self.box.y1), padding=0.02)
        self.plot.getPlotItem().setTitle(translate("engine", function.title), color="#222", size="11pt")

    def place_start(self, start) -> None:
        if self.function is None:
            return
        y = self.function.value(start) if self.function.dims == 1 else start[1]
        self._placing = True
        self.start.setPos(float(start[0]), float(y) if np.isfinite(y) else 0.0)
        self._placing = False

    # -- the runs -------------------------------------------------------------------------------
    def set_runs(self, results: list[GDResult], visible: int | None = None) -> None:
        """Show ``results`` (one path each), each up to step ``visible`` (all when None)."""
        for items in self.paths:
            items.remove(self.plot)
        self.legend.clear()
        self.paths = [_PathItems(self.plot, self.legend, k, r) for k, r in enumerate(results)]
        self.legend.setVisible(bool(self.paths))
        self.show_steps(visible)

    def show_steps(self, visible: int | None) -> None:
        """Reveal each path up to step ``visible`` (the animation calls this every tick)."""
        for items in self.paths:
            self._draw(items, visible)

    def _draw(self, items: _PathItems, visible: int | None) -> None:
        result = items.result
        count = len(result.rows) if visible is None else min(visible + 1, len(result.rows))
        xs, ys = path_coordinates(self.function, result)
        xs, ys, cut = clip_path(xs[:count], ys[:count], self.box)
        dots = len(xs) if cut is None else cut
        sizes = np.full(dots, 7.0)
        if dots:
            sizes[-1] = 11.0
        items.dots.setData(xs[:dots], ys[:dots], size=sizes)
        items.arrows.setData(xs, ys)
        reached_end = visible is None or visible >= result.steps or count < visible + 1
        text = ""
        if cut is not None:
            text = translate("Lab", "η = {lr}: leaves the plot at step {step}").format(lr=fmt(result.lr, 6), step=cut)
        if result.diverged and reached_end:
            text = (text + translate("Lab", ", diverges at step {step}").format(step=result.stopped_at) if text
                    else translate("Lab", "η = {lr}: diverged at step {step}").format(lr=fmt(result.lr, 6),
                                                                                   step=result.stopped_at))
        items.label.setText(text)
        items.label.setVisible(bool(text) and len(xs) > 0)
        if text and len(xs):
            self._place_label(items.label, xs[-1], ys[-1])

    def _place_label(self, label: pg.TextItem, x: float, y: float) -> None:
        box = self.box
        right = x > (box.x0 + box.x1) / 2
        top = y > (box.y0 + box.y1) / 2
        label.setAnchor((1.0 if right else 0.0, 0.0 if top else 1.0))
        label.setPos(x, y)

    def point_counts(self) -> list[int]:
        """How many dots each path shows (for tests)."""
        return [len(items.dots.data) for items in self.paths]

    # -- interaction ----------------------------------------------------------------------------
    def _start_dragged(self, *_args) -> None:
        if self._placing or self.function is None:
            return
        pos = self.start.pos()
        point = (pos.x(),) if self.function.dims == 1 else (pos.x(), pos.y())
        if self.function.dims == 1:
            self.place_start(point)
        self.startMoved.emit(point)

    def _hover(self, scene_pos) -> None:
        if self.function is None or not self.plot.sceneBoundingRect().contains(scene_pos):
            return
        p = self.plot.getPlotItem().vb.mapSceneToView(scene_pos)
        if self.function.dims == 1:
            value = self.function.value((p.x(),))
            self.readout.setText(f"x = {fmt(p.x(), 4)}    f(x) = {fmt(value, 5)}")
        else:
            value = self.function.value((p.x(), p.y()))
            self.readout.setText(f"x = {fmt(p.x(), 4)}    y = {fmt(p.y(), 4)}    f(x, y) = {fmt(value, 5)}")


def _widen(domain: tuple[float, float], start: float) -> tuple[float, float]:
    """The domain, stretched to include the start point with a margin."""
    lo, hi = domain
    span = hi - lo
    if start < lo:
        lo = start - 0.1 * span
    elif start > hi:
        hi = start + 0.1 * span
    return float(lo), float(hi)

"""Plots of the landscape tab: the loss over a plane with the trajectory, and the 1-D slice."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nnstudio.engine.landscape import Landscape
from nnstudio.io.numbers import fmt
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from ..arrows import ArrowPath
from ..contour import ContourMap
from ..style import CURRENT_COLOR, add_legend, fmt_point, make_plot, set_labels
from .jobs import Slice

TRAJECTORY_COLOR = (25, 25, 25)
KIND_TITLES = {"weights": QT_TRANSLATE_NOOP("Lab", "two chosen weights"),
               "random": QT_TRANSLATE_NOOP("Lab", "two random filter-normalised directions"),
               "pca": QT_TRANSLATE_NOOP("Lab", "the two principal directions of the trajectory"),
               "custom": QT_TRANSLATE_NOOP("Lab", "a fixed plane (following training)")}


def plane_offsets(landscape: Landscape) -> tuple[float, float]:
    """For a weight-pair plane, the current values of the two weights (so axes read real weight
    values); (0, 0) for other planes, whose axes are distances along the directions."""
    if landscape.kind != "weights":
        return 0.0, 0.0
    return (float(landscape.origin[int(np.argmax(landscape.d1))]),
            float(landscape.origin[int(np.argmax(landscape.d2))]))


class LandscapePlot(QWidget):
    """A contour map of the loss with the projected trajectory, its start and the current point."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = make_plot("α", "β")
        self.legend = add_legend(self.plot)
        self.contour = ContourMap(self.plot)
        self.path = ArrowPath(pg.mkColor(TRAJECTORY_COLOR), width=1.5)
        self.path.setZValue(10)
        self.dots = pg.ScatterPlotItem(size=3, pen=None, brush=pg.mkBrush(*TRAJECTORY_COLOR))
        self.dots.setZValue(11)
        self.start = pg.ScatterPlotItem(symbol="s", size=11, pen=pg.mkPen(TRAJECTORY_COLOR, width=2),
                                        brush=pg.mkBrush(255, 255, 255))
        self.current = pg.ScatterPlotItem(symbol="star", size=18, pen=pg.mkPen("w", width=1),
                                          brush=pg.mkBrush(*CURRENT_COLOR))
        for z, item in enumerate((self.start, self.current), start=12):
            item.setZValue(z)
        for item in (self.path, self.dots, self.start, self.current):
            self.plot.addItem(item)
        self.legend.addItem(self.dots, translate("Lab", "training trajectory"))
        self.legend.addItem(self.start, translate("Lab", "start of training"))
        self.legend.addItem(self.current, translate("Lab", "current weights"))
        self.legend.hide()
        self.plot.getPlotItem().setTitle(translate("Lab", "Press “Compute landscape” to draw the training loss "
                                                          "around the current "
                                         "weights"), color="#666", size="10pt")
        self.offsets = (0.0, 0.0)
        self.readout = QLabel(" ")
        self.readout.setStyleSheet("color: #444;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.readout)
        self.plot.scene().sigMouseMoved.connect(self._hover)

    def show_landscape(self, landscape: Landscape, labels: tuple[str, str], title: str) -> None:
        ox, oy = self.offsets = plane_offsets(landscape)
        xs, ys = landscape.alphas + ox, landscape.betas + oy
        self.contour.set_grid(xs, ys, landscape.losses)
        coords = landscape.trajectory
        if coords is not None and len(coords):
            self.path.setData(coords[:, 0] + ox, coords[:, 1] + oy)
            self.dots.setData(coords[:, 0] + ox, coords[:, 1] + oy)
            self.start.setData([coords[0, 0] + ox], [coords[0, 1] + oy])
        else:
            for item in (self.dots, self.start):
                item.setData([], [])
            self.path.setData([], [])
        self.current.setData([ox], [oy])
        self.legend.show()
        set_labels(self.plot, *labels)
        self.plot.getPlotItem().setTitle(title, color="#222", size="10pt")
        self.plot.setRange(xRange=(xs[0], xs[-1]), yRange=(ys[0], ys[-1]), padding=0.0)

    def _hover(self, scene_pos) -> None:
        if self.contour.raw is None or not self.plot.sceneBoundingRect().contains(scene_pos):
            return
        p = self.plot.getPlotItem().vb.mapSceneToView(scene_pos)
        value = self.contour.value_at(p.x(), p.y())
        if value is not None:
            self.readout.setText(translate("Lab", "{point}:  training loss ≈ {loss}").format(
                point=fmt_point((p.x(), p.y())), loss=fmt(value, 5)))


class SlicePlot(QWidget):
    """Loss against one parameter (all others at their current values), with its training steps."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = make_plot(translate("Lab", "weight value"), translate("Lab", "training loss"))
        self.legend = add_legend(self.plot)
        self.curve = self.plot.plot(pen=pg.mkPen((60, 60, 60), width=2), name=translate("Lab", "loss, other weights "
                                                                                               "fixed"))
        self.path = ArrowPath(pg.mkColor(0, 90, 181), width=1.4)
        self.path.setZValue(10)
        self.steps = pg.ScatterPlotItem(size=6, pen=None, brush=pg.mkBrush(0, 90, 181, 160))
        self.steps.setZValue(11)
        self.current = pg.ScatterPlotItem(symbol="star", size=16, pen=pg.mkPen("w"),
                                          brush=pg.mkBrush(*CURRENT_COLOR))
        self.current.setZValue(12)
        self.real = self.plot.plot(pen=pg.mkPen((0, 90, 181, 110), width=1.5, style=pg.QtCore.Qt.PenStyle.DotLine),
                                   name=translate("Lab", "real loss at each training step"))
        self.line = pg.InfiniteLine(angle=90, pen=pg.mkPen(CURRENT_COLOR, style=pg.QtCore.Qt.PenStyle.DashLine))
        for item in (self.path, self.steps, self.current, self.line):
            self.plot.addItem(item)
        self.legend.addItem(self.steps, translate("Lab", "values during training"))
        self.legend.addItem(self.current, translate("Lab", "current value"))
        self.legend.hide()
        self.line.hide()
        self.plot.getPlotItem().setTitle(translate("Lab", "Pick a weight and press “Draw slice”"),
                                         color="#666", size="10pt")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def show_slice(self, s: Slice) -> None:
        finite = np.isfinite(s.losses)
        self.curve.setData(s.values, np.where(finite, s.losses, np.nan), connect="finite")
        self.path.setData(s.steps, s.step_losses)
        self.steps.setData(s.steps, s.step_losses)
        self.real.setData(s.steps, s.path_losses)
        self.current.setData([s.current], [s.current_loss])
        self.line.setValue(s.current)
        self.line.show()
        self.legend.show()
        set_labels(self.plot, s.label, translate("Lab", "training loss"))
        title = translate("Lab", "Loss along {weight}, every other weight fixed at its current value")
        self.plot.getPlotItem().setTitle(title.format(weight=s.label), color="#222", size="10pt")
        self.plot.enableAutoRange()

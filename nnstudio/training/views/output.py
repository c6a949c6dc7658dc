"""The network's output: the decision boundary or regression surface over the input plane with the
data points (2-D inputs), the fitted curve (1-D regression), or predicted against actual values."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from nnstudio.widgets.i18n import translate

from ..colors import LUT, TEST_PEN, TRAIN_PEN, class_color, rgba_classes, rgba_from_unit, to_unit
from .common import make_plot

MAX_POINTS = 2000
CURVE_POINTS = 240


def _brushes(colors):
    cache = {}
    out = []
    for c in map(tuple, colors):
        b = cache.get(c)
        if b is None:
            b = cache[c] = pg.mkBrush(*c)
        out.append(b)
    return out


class OutputView(QWidget):
    """Chooses the drawing from the data: plane, curve or predicted-vs-actual."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = make_plot("x1", "x2")
        self.plot.setToolTip(translate("Training", "What the network outputs. Colour: the output over the input "
                                                   "plane (orange = class 0 "
                             "or low, blue = class 1 or high). Dots: training data; dots with a white ring: test data. "
                             "Click a dot to show that sample's activations on the canvas."))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.plot.addItem(self.image)
        self.train_points = pg.ScatterPlotItem(size=6, pen=pg.mkPen(TRAIN_PEN, width=0.8))
        self.test_points = pg.ScatterPlotItem(size=7, pen=pg.mkPen(TEST_PEN, width=1.6), symbol="o")
        self.curve = pg.PlotDataItem(pen=pg.mkPen("#7c3aed", width=2.5))
        self.diagonal = pg.PlotDataItem(pen=pg.mkPen("#9aa3b2", width=1, style=Qt.PenStyle.DashLine))
        self.chosen = _Marker(size=16, pen=pg.mkPen("#7c3aed", width=2.5), brush=None)
        for item in (self.train_points, self.test_points, self.curve, self.diagonal, self.chosen):
            self.plot.addItem(item)
        self.train_points.sigClicked.connect(lambda _item, pts, _ev: self._choose("train", pts))
        self.test_points.sigClicked.connect(lambda _item, pts, _ev: self._choose("test", pts))
        self.show_test = QCheckBox(translate("Training", "Show test data"))
        self.show_test.setChecked(True)
        self.show_test.setToolTip(translate("Training", "Draw the test points (held out from training) with a white "
                                                        "ring."))
        self.discrete = QCheckBox(translate("Training", "Discretise output"))
        self.discrete.setToolTip(translate("Training", "Colour each place by the class the network picks (or by "
                                                       "bands of value), "
                                 "instead of a smooth shade of its confidence."))
        self.show_test.toggled.connect(lambda on: self.test_points.setVisible(on and self._mode != "curve-none"))
        self.discrete.toggled.connect(lambda _: self._request())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #6b7280; padding: 20px;")
        self.stack = QStackedLayout()
        self.host = SquareHost(self.plot)
        self.stack.addWidget(self.host)
        self.stack.addWidget(self.message)
        bar = QHBoxLayout()
        bar.addWidget(self.show_test)
        bar.addWidget(self.discrete)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.stack, 1)
        layout.addLayout(bar)
        self._data = None
        self._mode = None
        self._pending = False
        self.ctl = None

    def _choose(self, part: str, points) -> None:
        """Show the clicked sample's activations in the canvas (the document's preview input)."""
        if self.ctl is None or not len(points) or self._data is None:
            return
        ds = self._data.dataset
        i = int(points[0].index())
        if self._mode == "scatter":
            part = "test" if len(ds.X_test) else "train"
        X = ds.X_train if part == "train" else ds.X_test
        if i >= len(X) or X.shape[1] != self.ctl.doc.network.n_inputs:
            return
        self.ctl.doc.set_preview_input(X[i])
        pos = points[0].pos()
        self.chosen.setData([pos.x()], [pos.y()])
        text = (translate("Training", "The canvas shows the activations of training sample {n}.") if part == "train"
                else translate("Training", "The canvas shows the activations of test sample {n}."))
        self.ctl.message.emit(text.format(n=i + 1))
        self.ctl.sampleChosen.emit(part, i)

    def _request(self) -> None:
        if self.ctl is not None:
            self.update_view(self.ctl, None, force=True)

    # -- updates ----------------------------------------------------------------------------------
    def update_view(self, ctl, field, force: bool = False) -> None:
        self.ctl = ctl
        data, net = ctl.data, ctl.doc.network
        if data is None or data.n_inputs != net.n_inputs:
            self._show_message(ctl.data_error or "The data does not fit the network's inputs.")
            return
        if data is not self._data:
            self._set_data(data)
        if self._mode == "plane":
            if field is None:
                field = ctl.plane_field()
            if field is not None:
                self._draw_plane(field, data)
        elif self._mode == "curve":
            self._draw_curve(net, data)
        elif self._mode == "scatter":
            self._draw_predicted(net, data)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentIndex(1)
        self._data = None

    def _set_data(self, data) -> None:
        self._data = data
        self.chosen.setData([], [])
        ds = data.dataset
        classification = ds.task == "classification"
        if data.planar:
            self._mode = "plane"
        elif data.points_train is not None and data.points_train.shape[1] == 1 and not classification:
            self._mode = "curve"
        elif not classification:
            self._mode = "scatter"
        else:
            self._mode = None
            self._show_message(translate("Training", "The output plane needs two inputs; this data has {inputs}. The "
                                                     "Metrics tab shows how well each class is recognised.").format(
                inputs=data.n_inputs))
            return
        self.stack.setCurrentIndex(0)
        self.image.setVisible(self._mode == "plane")
        self.curve.setVisible(self._mode == "curve")
        self.diagonal.setVisible(self._mode == "scatter")
        self.discrete.setEnabled(self._mode == "plane")
        names = data.features if data.plane_features is None else ["x1", "x2"]
        item = self.plot.getPlotItem()
        square = self._mode == "plane" and data.same_units
        item.setAspectLocked(square)
        self.host.set_square(square)
        if self._mode == "plane":
            item.setLabel("bottom", names[0])
            item.setLabel("left", names[1])
            self._set_points(data, classification)
        elif self._mode == "curve":
            item.setLabel("bottom", names[0])
            item.setLabel("left", ds.target_names[0] if ds.target_names else "y")
            y_train, y_test = ds.y_train.reshape(-1), ds.y_test.reshape(-1)
            self.train_points.setData(x=data.points_train[:, 0], y=y_train, brush=pg.mkBrush("#2166ac"))
            self.test_points.setData(x=data.points_test[:, 0], y=y_test, brush=pg.mkBrush("#e66101"))
            self.plot.setRange(xRange=_span(data.points_train[:, 0]), yRange=_span(np.r_[y_train, y_test]))
        else:
            item.setLabel("bottom", translate("Training", "actual"))
            item.setLabel("left", translate("Training", "predicted"))
            self.plot.setToolTip(translate("Training", "Predicted against actual {target} for the test rows (training "
                                                       "rows without a test set); on the dashed line the prediction "
                                                       "is exact.").format(
                target=ds.target_names[0] if ds.target_names else "y"))
        self.test_points.setVisible(self.show_test.isChecked())

    def _set_points(self, data, classification) -> None:
        ds = data.dataset
        for item, pts, y in ((self.train_points, data.points_train, ds.y_train),
                             (self.test_points, data.points_test, ds.y_test)):
            pts, y = pts[:MAX_POINTS], y[:MAX_POINTS]
            if classification:
                colors = [class_color(int(k)) for k in y]
            else:
                v = np.asarray(y, dtype=float).reshape(len(y), -1)[:, 0]
                m = float(np.abs(np.r_[ds.y_train.reshape(-1), ds.y_test.reshape(-1)]).max() or 1.0)
                colors = [tuple(c[:3]) for c in LUT[(to_unit(v, -m, m) * 255).round().astype(int)]]
            item.setData(x=pts[:, 0], y=pts[:, 1], brush=_brushes(colors))
        x0, x1, y0, y1 = _bounds_of(data)
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def _draw_plane(self, field, data) -> None:
        out = field.a[-1]
        discrete = self.discrete.isChecked()
        if data.task == "classification":
            rgba = rgba_from_unit(out[:, 0], discrete) if out.shape[1] == 1 else rgba_classes(out, discrete)
        else:
            ds = data.dataset
            m = float(np.abs(np.r_[ds.y_train.reshape(-1), ds.y_test.reshape(-1)]).max() or 1.0)
            u = to_unit(out[:, 0], -m, m)
            if discrete:
                u = (np.floor(u * 8) + 0.5) / 8
            rgba = rgba_from_unit(u)
        r = field.resolution
        self.image.setImage(rgba.reshape(r, r, 4), autoLevels=False)
        x0, x1, y0, y1 = field.bounds
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))

    def _draw_curve(self, net, data) -> None:
        lo, hi = _span(np.r_[data.points_train[:, 0], data.points_test[:, 0]])
        xs = np.linspace(lo, hi, CURVE_POINTS)
        ys = net.forward(data.inputs_from_points(xs[:, None]))[:, 0]
        self.curve.setData(xs, np.where(np.isfinite(ys), ys, np.nan), connect="finite")

    def _draw_predicted(self, net, data) -> None:
        ds = data.dataset
        X, y = (ds.X_test, ds.y_test) if len(ds.X_test) else (ds.X_train, ds.y_train)
        X, y = X[:MAX_POINTS], np.asarray(y[:MAX_POINTS], dtype=float).reshape(-1, net.n_outputs)[:, 0]
        pred = net.forward(X)[:, 0]
        ok = np.isfinite(pred)
        self.train_points.setData(x=y[ok], y=pred[ok], brush=pg.mkBrush(33, 102, 172, 120), pen=None, size=4)
        self.test_points.setData(x=[], y=[])
        lo, hi = _span(y)
        self.diagonal.setData([lo, hi], [lo, hi])


def _span(values, pad: float = 0.05) -> tuple[float, float]:
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    if values.size == 0:
        return -1.0, 1.0
    lo, hi = float(values.min()), float(values.max())
    margin = (hi - lo) * pad or 1.0
    return lo - margin, hi + margin


def _bounds_of(data):
    from ..plane import plane_box

    return plane_box(data)


class SquareHost(QWidget):
    """Holds a plot and, when ``square``, sizes it so that its data area is the largest square that
    fits (the axes outside it), centred; otherwise the plot fills the host."""

    def __init__(self, plot: pg.PlotWidget, parent=None):
        super().__init__(parent)
        self.plot = plot
        plot.setParent(self)
        self.square = False

    def set_square(self, square: bool) -> None:
        self.square = bool(square)
        self._place()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def data_rect(self):
        """The plot's data area in this widget's coordinates."""
        box = self.plot.getPlotItem().getViewBox()
        scene_rect = box.sceneBoundingRect()
        return self.plot.mapFromScene(scene_rect).boundingRect().translated(self.plot.pos())

    def _place(self) -> None:
        w, h = self.width(), self.height()
        if not self.square:
            self.plot.setGeometry(0, 0, w, h)
            return
        item = self.plot.getPlotItem()
        extra_w = item.getAxis("left").width() + 12
        extra_h = item.getAxis("bottom").height() + 12
        side = max(40, min(w - extra_w, h - extra_h))
        pw, ph = min(w, side + extra_w), min(h, side + extra_h)
        self.plot.setGeometry((w - pw) // 2, (h - ph) // 2, pw, ph)


class _Marker(pg.ScatterPlotItem):
    """The ring around the chosen point: drawn on top, but clicks go through to the point under it."""

    def mouseClickEvent(self, ev) -> None:
        ev.ignore()

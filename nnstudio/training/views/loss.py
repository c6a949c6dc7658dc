"""Loss (train/test, penalty) and accuracy against epoch, with kept runs overlaid; the epoch of the
best test loss is marked and the read-out gives the generalisation gap (test − train loss)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nnstudio.io.numbers import fmt, localize, percent
from nnstudio.widgets.i18n import translate

from ..history import COLUMNS, History
from .common import make_layout, nice_range, style_plot

TRAIN_COLOR, TEST_COLOR = "#2166ac", "#e66101"
PENALTY_COLOR, TOTAL_COLOR = "#6b7280", "#7c3aed"
KEPT_COLORS = ["#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#666666"]


class HistoryArrays:
    """NumPy columns of a History, extended incrementally as rows arrive."""

    def __init__(self):
        self._source = None
        self.n = 0
        self.data = np.empty((0, len(COLUMNS)))

    def update(self, history: History) -> bool:
        """Catch up with ``history``; True when something changed."""
        rows = history.rows
        n = len(rows)
        if history is not self._source or n < self.n:
            self._source, self.n = history, 0
            self.data = np.empty((max(64, n * 2), len(COLUMNS)))
            changed = True
        else:
            changed = n != self.n
        if n > self.n:
            if n > len(self.data):
                grown = np.empty((n * 2, len(COLUMNS)))
                grown[: self.n] = self.data[: self.n]
                self.data = grown
            self.data[self.n:n] = np.array(rows[self.n:n], dtype=float).reshape(-1, len(COLUMNS))
            self.n = n
        return changed

    def column(self, name: str) -> np.ndarray:
        return self.data[: self.n, COLUMNS.index(name)]


def _positive(x: np.ndarray, y: np.ndarray, log: bool):
    """Points a (log) plot can show: finite, and positive on a log axis."""
    keep = np.isfinite(y) & np.isfinite(x)
    if log:
        keep &= y > 0
    return x[keep], y[keep]


class LossView(QWidget):
    """Two linked plots (loss, accuracy or R²) in one view, a log-y toggle and a hover read-out.

    Axis ranges are managed here in coarse "nice" steps, so the axes are re-rendered only when a range
    really changes (pyqtgraph's per-frame auto-range costs a re-render of both axes every frame). A user
    pan/zoom switches that off for the plot; its "A" button switches it back on.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.arrays = HistoryArrays()
        self.kept: list = []
        self._kept_items: list = []
        self.view = make_layout()
        self.loss_plot = self.view.addPlot(row=0, col=0)
        self.acc_plot = self.view.addPlot(row=1, col=0)
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.view.ci.layout.setRowStretchFactor(1, 2)
        style_plot(self.loss_plot, "", translate("Training", "loss"))
        style_plot(self.acc_plot, translate("Training", "epoch"), translate("Training", "accuracy"))
        self.acc_plot.setXLink(self.loss_plot)
        self.view.setToolTip(translate("Training", "Loss on the training set (blue) and the test set (orange) after "
                                                   "each evaluation, "
                             "and below the accuracy (or R²). The diamond marks the best test loss; the read-out "
                             "gives the gap test − train loss, which grows when the network overfits. Thin lines: "
                             "kept runs. Drag to pan, wheel to zoom; right-click to save as PNG or CSV."))
        for plot in (self.loss_plot, self.acc_plot):
            plot.vb.disableAutoRange()
            plot.vb.sigRangeChangedManually.connect(lambda *_a, p=plot: self._managed.discard(p))
            plot.vb.sigStateChanged.connect(self._maybe_manage)
        self._managed = {self.loss_plot, self.acc_plot}
        self._ranges: dict = {}
        self.curves = {
            "train_loss": self._curve(self.loss_plot, TRAIN_COLOR, "train"),
            "test_loss": self._curve(self.loss_plot, TEST_COLOR, "test"),
            "penalty": self._curve(self.loss_plot, PENALTY_COLOR, "L1/L2 penalty", Qt.PenStyle.DotLine),
            "total": self._curve(self.loss_plot, TOTAL_COLOR, "data + penalty", Qt.PenStyle.DashLine),
            "accuracy": self._curve(self.acc_plot, TRAIN_COLOR, "train"),
            "test_accuracy": self._curve(self.acc_plot, TEST_COLOR, "test"),
        }
        self.best_line = pg.InfiniteLine(angle=90, movable=False,
                                         pen=pg.mkPen(TEST_COLOR, width=1, style=Qt.PenStyle.DotLine))
        self.best_dot = pg.ScatterPlotItem(size=9, symbol="d", pen=pg.mkPen(TEST_COLOR), brush=pg.mkBrush(TEST_COLOR))
        for item in (self.best_line, self.best_dot):
            item.setVisible(False)
            self.loss_plot.addItem(item, ignoreBounds=True)
        self.best_epoch: float | None = None
        self.log_y = QCheckBox(translate("Training", "Log scale"))
        self.log_y.setToolTip(translate("Training", "Show the loss on a logarithmic axis: small losses stay visible."))
        self.log_y.toggled.connect(self._set_log)
        self.readout = QLabel(" ")
        self.readout.setToolTip(translate("Training", "The latest values; move the mouse over the plot to read them "
                                                      "at an epoch."))
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.readout.setWordWrap(True)  # a long read-out (longer still in French) must not widen the window
        self.readout.setStyleSheet("color: #374151;")
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        bar = self.bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 4, 0)
        bar.addWidget(self.legend, 1)
        bar.addWidget(self.log_y)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.readout)
        self._hovering = False
        self._acc_shown = True
        self._task = None
        self._penalty_on = None
        self._update_legend()
        self.view.scene().sigMouseMoved.connect(self._hover)
        self.view.csv_writer = self.write_csv

    def write_csv(self, path: str) -> None:
        """The whole training history (every column), one row per evaluation."""
        import csv
        import io

        from nnstudio.io.safe_files import write_text_atomically

        a = self.arrays
        text = io.StringIO(newline="")
        out = csv.writer(text)
        out.writerow(COLUMNS)
        for row in a.data[: a.n]:
            out.writerow(["" if not np.isfinite(v) else f"{v:.10g}" for v in row])
        write_text_atomically(path, text.getvalue())

    def _update_legend(self) -> None:
        def key(color, text, dash=False):
            line = "╍╍" if dash else "━━"
            return f'<span style="color:{color}">{line}</span>&nbsp;{text}'

        parts = [key(TRAIN_COLOR, translate("Training", "train")), key(TEST_COLOR, translate("Training", "test")),
                 f'<span style="color:{TEST_COLOR}">◆</span>&nbsp;' + translate("Training", "best test")]
        if self._penalty_on:
            parts += [key(PENALTY_COLOR, translate("Training", "penalty"), True),
                      key(TOTAL_COLOR, translate("Training", "data + penalty"), True)]
        if self.kept:
            parts.append('<span style="color:#6b7280">thin: kept runs</span>')
        self.legend.setText(translate("Training", "&nbsp;&nbsp; ").join(parts))

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)
        self._hovering = False

    def resizeEvent(self, event) -> None:
        """Hide the accuracy plot when there is no room for two readable plots (the read-out and the
        Metrics tab still give the accuracy)."""
        super().resizeEvent(event)
        show = self.height() >= 250
        if show != self._acc_shown:
            self._acc_shown = show
            if show:
                self.view.addItem(self.acc_plot, row=1, col=0)
                self.acc_plot.setXLink(self.loss_plot)
            else:
                self.acc_plot.setXLink(None)  # a linked view outside the layout would skew the x range
                self.view.removeItem(self.acc_plot)
            self._ranges.clear()
            self.acc_plot.setVisible(show)
            self.loss_plot.setLabel("bottom", "" if show else translate("Training", "epoch"))

    @staticmethod
    def _curve(plot, color, name, style=Qt.PenStyle.SolidLine):
        item = plot.plot([], [], pen=pg.mkPen(color, width=2, style=style), name=name)
        item.setClipToView(True)
        item.setDownsampling(auto=True, method="peak")
        return item

    # -- updates ------------------------------------------------------------------------------
    def update_view(self, ctl) -> None:
        task = ctl.data.task if ctl.data is not None else None
        if task != self._task:
            self._task = task
            self.acc_plot.setLabel("left", "R²" if task == "regression" else translate("Training", "accuracy"))
        penalty_on = ctl.doc.training.regularization != "none" and ctl.doc.training.regularization_rate > 0
        if self.arrays.update(ctl.history) or penalty_on != self._penalty_on:
            if penalty_on != self._penalty_on:
                self._penalty_on = penalty_on
                self._update_legend()
            if self.arrays.n == 0:
                self._start_over()
            self._redraw()
            if not self._hovering and self.arrays.n:
                self.readout.setText(readout_text(self.arrays, self.arrays.n - 1, self._task))

    def _start_over(self) -> None:
        """An empty history (a Reset, a new network): no read-out, and the axes back to their start
        (also those the user had zoomed)."""
        self.readout.setText(" ")
        self._managed = {self.loss_plot, self.acc_plot}
        self._ranges.clear()
        self._set_range(self.loss_plot, (0.0, 10.0), (0.0, 1.0))

    def _redraw(self) -> None:
        log = self.log_y.isChecked()
        a = self.arrays
        x = a.column("epoch")
        cols = {c: a.column(c) for c in ("train_loss", "test_loss", "penalty", "accuracy", "test_accuracy")}
        cols["total"] = cols["train_loss"] + np.nan_to_num(cols["penalty"])
        for name, curve in self.curves.items():
            show = self._penalty_on or name not in ("penalty", "total")
            curve.setVisible(show)
            if show:
                curve.setData(*_positive(x, cols[name], log and name in ("train_loss", "test_loss",
                                                                         "penalty", "total")))
        self.curves["test_loss"].setVisible(bool(np.isfinite(cols["test_loss"]).any()))
        self.curves["test_accuracy"].setVisible(bool(np.isfinite(cols["test_accuracy"]).any()))
        self._mark_best(x, cols["test_loss"], log)
        self._manage_ranges(x, cols, log)

    def _mark_best(self, x, test_loss, log) -> None:
        """A diamond and a dotted line at the epoch of the lowest test loss (where early stopping
        would go back to); hidden without a test loss."""
        i = best_test_index(test_loss)
        self.best_epoch = None if i is None else float(x[i])
        for item in (self.best_line, self.best_dot):
            item.setVisible(i is not None)
        if i is None:
            return
        y = float(np.log10(test_loss[i])) if log and test_loss[i] > 0 else float(test_loss[i])
        self.best_line.setValue(self.best_epoch)
        self.best_dot.setData([self.best_epoch], [y])
        self.best_dot.setToolTip(translate("Training", "best test loss {loss} at epoch {epoch}").format(
            loss=fmt(test_loss[i]), epoch=f"{self.best_epoch:g}"))

    def _manage_ranges(self, x, cols, log) -> None:
        """Set ranges in coarse steps (see the class docstring)."""
        finite_x = x[np.isfinite(x)]
        x_hi = nice_range(0.0, float(finite_x.max()) if finite_x.size else 1.0, minimum_span=10)[1]
        loss_keys = ["train_loss", "test_loss"] + (["penalty", "total"] if self._penalty_on else [])
        losses = np.concatenate([cols[k] for k in loss_keys])
        losses = losses[np.isfinite(losses) & ((losses > 0) if log else True)]
        if losses.size:
            if log:
                lo, hi = np.floor(np.log10(losses.min())), np.ceil(np.log10(losses.max()))
                y = (float(lo), float(max(hi, lo + 1)))
            else:
                y = nice_range(0.0, float(losses.max()))
            self._set_range(self.loss_plot, (0.0, x_hi), y)
        acc = np.concatenate([cols["accuracy"], cols["test_accuracy"]])
        acc = acc[np.isfinite(acc)]
        acc_lo = 0.0 if self._task != "regression" or not acc.size else max(-1.0, min(0.0, float(acc.min())))
        self._set_range(self.acc_plot, (0.0, x_hi), (acc_lo, 1.02))

    def _set_range(self, plot, x, y) -> None:
        if plot not in self._managed or self._ranges.get(plot) == (x, y):
            return
        self._ranges[plot] = (x, y)
        plot.vb.setRange(xRange=x, yRange=y, padding=0.02)

    def _maybe_manage(self) -> None:
        """pyqtgraph's "A" button turns auto-range on: take the plot back under our cheaper management."""
        for plot in (self.loss_plot, self.acc_plot):
            if plot.vb.autoRangeEnabled()[0] or plot.vb.autoRangeEnabled()[1]:
                plot.vb.disableAutoRange()
                self._managed.add(plot)
                self._ranges.pop(plot, None)
                self._redraw()

    def _set_log(self, on: bool) -> None:
        self.loss_plot.setLogMode(y=on)
        self._ranges.pop(self.loss_plot, None)
        self._managed.add(self.loss_plot)
        self._redraw()
        self._draw_kept()

    # -- kept runs --------------------------------------------------------------------------------
    def set_kept(self, runs: list) -> None:
        self.kept = runs
        self._update_legend()
        self._draw_kept()

    def _draw_kept(self) -> None:
        for plot, item in self._kept_items:
            plot.removeItem(item)
        self._kept_items = []
        log = self.log_y.isChecked()
        for i, run in enumerate(self.kept):
            color = KEPT_COLORS[i % len(KEPT_COLORS)]
            x = np.asarray(run.history.get("epoch", []), dtype=float)
            for plot, key, style in ((self.loss_plot, "train_loss", Qt.PenStyle.SolidLine),
                                     (self.loss_plot, "test_loss", Qt.PenStyle.DashLine),
                                     (self.acc_plot, "accuracy", Qt.PenStyle.SolidLine)):
                y = np.asarray(run.history.get(key, []), dtype=float)
                if len(y) != len(x) or not np.isfinite(y).any():
                    continue
                item = plot.plot(*_positive(x, y, log and plot is self.loss_plot),
                                 pen=pg.mkPen(color, width=1.2, style=style))
                item.setZValue(-1)
                self._kept_items.append((plot, item))

    # -- hover read-out ---------------------------------------------------------------------------
    def _hover(self, pos) -> None:
        a = self.arrays
        plot = next((p for p in (self.loss_plot, self.acc_plot) if p.sceneBoundingRect().contains(pos)), None)
        self._hovering = plot is not None
        if a.n == 0 or plot is None:
            return
        x = plot.getPlotItem().vb.mapSceneToView(pos).x()
        epochs = a.column("epoch")
        i = int(np.clip(np.searchsorted(epochs, x), 0, a.n - 1))
        if i > 0 and abs(epochs[i - 1] - x) < abs(epochs[i] - x):
            i -= 1
        self.readout.setText(readout_text(a, i, self._task))


def best_test_index(test_loss: np.ndarray) -> int | None:
    """The row of the lowest finite test loss (the first of equal ones), or None."""
    finite = np.isfinite(test_loss)
    if not finite.any():
        return None
    return int(np.argmin(np.where(finite, test_loss, np.inf)))


def readout_text(a: HistoryArrays, i: int, task) -> str:
    """"epoch 120 · train loss 0.0312 · test loss 0.0401 · gap +0.0089 · train accuracy 98.6 % · test
    accuracy 97.1 %" (R² for regression); the gap
    is the generalisation gap, test − train loss (large and growing: overfitting)."""
    def val(name):
        return a.column(name)[i]

    parts = [translate("Training", "epoch {n}").format(n=f"{val('epoch'):g}"),
             translate("Training", "train loss {value}").format(value=fmt(val("train_loss")))]
    if np.isfinite(val("test_loss")):
        parts.append(translate("Training", "test loss {value}").format(value=fmt(val("test_loss"))))
        if np.isfinite(val("train_loss")):
            gap = val("test_loss") - val("train_loss")
            parts.append(translate("Training", "gap (test − train) {value}").format(
                value=("+" if gap >= 0 else "") + fmt(gap)))
    if np.isfinite(val("penalty")) and val("penalty") > 0:
        parts.append(translate("Training", "penalty {value}").format(value=fmt(val("penalty"))))
    for column, part in (("accuracy", "train"), ("test_accuracy", "test")):
        if not np.isfinite(val(column)):
            continue
        if task == "regression":
            text = (translate("Training", "train R² {value}") if part == "train"
                    else translate("Training", "test R² {value}")).format(value=localize(f"{val(column):.3f}"))
        else:
            text = (translate("Training", "train accuracy {value}") if part == "train"
                    else translate("Training", "test accuracy {value}")).format(value=percent(val(column)))
        parts.append(text)
    return " · ".join(parts)

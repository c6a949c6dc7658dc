"""Views of a sweep: overlaid loss curves with labels, and the summary table."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from nnstudio.engine.lr_sweep import SweepResult, summary_table
from nnstudio.io.numbers import fmt, localize, percent
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from ..style import MISSING, make_plot, path_color

CURVES = {"train_loss": QT_TRANSLATE_NOOP("Lab", "training loss"),
          "test_loss": QT_TRANSLATE_NOOP("Lab", "test loss"),
          "train_accuracy": QT_TRANSLATE_NOOP("Lab", "training accuracy"),
          "test_accuracy": QT_TRANSLATE_NOOP("Lab", "test accuracy")}
COLUMNS = ["η", QT_TRANSLATE_NOOP("Lab", "train loss"), QT_TRANSLATE_NOOP("Lab", "test loss"),
           QT_TRANSLATE_NOOP("Lab", "train acc."), QT_TRANSLATE_NOOP("Lab", "test acc."),
           QT_TRANSLATE_NOOP("Lab", "epochs"),
           QT_TRANSLATE_NOOP("Lab", "outcome"), QT_TRANSLATE_NOOP("Lab", "time (s)")]
STATUS = {"done": QT_TRANSLATE_NOOP("Lab", "done"), "diverged": QT_TRANSLATE_NOOP("Lab", "diverged"),
          "cancelled": QT_TRANSLATE_NOOP("Lab", "cancelled"), "error": QT_TRANSLATE_NOOP("Lab", "error"),
          "running": QT_TRANSLATE_NOOP("Lab", "running…")}


def status_text(status: str) -> str:
    return translate("Lab", STATUS[status]) if status in STATUS else status


def curve_label(result: SweepResult) -> str:
    if result.diverged:
        epoch = int(result.epochs[-1]) if len(result.epochs) else 0
        return translate("Lab", "{label}: diverged at epoch {epoch}").format(label=localize(result.label), epoch=epoch)
    if result.status != "done":
        return f"{localize(result.label)}: {status_text(result.status)}"
    return localize(result.label)


class SweepCurves:
    """One labelled curve per learning rate (indexed like the sweep's list), created as results arrive;
    the label sits at the curve's end, with ✕ for a run that diverged."""

    def __init__(self):
        self.widget = make_plot(translate("Lab", "epoch"), translate("Lab", "training loss"))
        self.curves: dict[int, pg.PlotDataItem] = {}
        self.labels: dict[int, pg.TextItem] = {}
        self.log = False
        self.ends: dict[int, pg.PlotDataItem] = {}
        self.quantity = "train_loss"
        self.results: dict[int, SweepResult] = {}

    def clear(self) -> None:
        for item in (*self.curves.values(), *self.ends.values(), *self.labels.values()):
            self.widget.removeItem(item)
        self.curves, self.ends, self.labels, self.results = {}, {}, {}, {}

    def add(self, index: int, result: SweepResult) -> None:
        self.results[index] = result
        self._draw(index)

    def set_quantity(self, key: str) -> None:
        self.quantity = key
        self.widget.getPlotItem().setLabel("left", translate("Lab", CURVES[key]))
        for index in list(self.results):
            self._draw(index)

    def set_log(self, log: bool) -> None:
        self.log = log
        self.widget.getPlotItem().setLogMode(y=log)
        for index in list(self.results):
            self._draw(index)

    def _draw(self, index: int) -> None:
        result = self.results[index]
        values = np.asarray(getattr(result, self.quantity), dtype=float)
        epochs = np.asarray(result.epochs, dtype=float)
        color = path_color(index)
        values = np.where(np.isfinite(values), values, np.nan)
        if index not in self.curves:
            pen = pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine if result.diverged else Qt.PenStyle.SolidLine)
            self.curves[index] = self.widget.plot(pen=pen)
            self.ends[index] = self.widget.plot(pen=None, symbol="x" if result.diverged else "o", symbolSize=10,
                                                symbolPen=pg.mkPen(color, width=2), symbolBrush=pg.mkBrush(color))
            self.labels[index] = pg.TextItem(curve_label(result), color=color, fill=pg.mkBrush(255, 255, 255, 190),
                                             anchor=(0, 0.5) if result.diverged else (1, 1))
            self.widget.addItem(self.labels[index])
        self.curves[index].setData(epochs, values, connect="finite")
        finite = np.flatnonzero(np.isfinite(values) & ((values > 0) | (not self.log)))
        self.labels[index].setVisible(bool(finite.size))
        if finite.size:
            x, y = epochs[finite[-1]], values[finite[-1]]
            self.ends[index].setData([x], [y])
            self.labels[index].setPos(x, math.log10(y) if self.log else y)  # text items are not log-mapped



class SummaryTable(QTableWidget):
    """Final figures per learning rate (engine ``summary_table``); row r is the sweep's r-th rate."""

    def __init__(self, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([translate("Lab", c) for c in COLUMNS])
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setDefaultSectionSize(22)
        self.learning_rates: list[float] = []

    def start(self, learning_rates) -> None:
        self.learning_rates = list(learning_rates)
        self.setRowCount(len(self.learning_rates))
        for r, lr in enumerate(self.learning_rates):
            self._set_row(r, [fmt(lr, 6), "", "", "", "", "", status_text("running"), ""])

    def add(self, index: int, result: SweepResult) -> None:
        row = summary_table([result])[0]
        outcome = status_text("diverged" if row["diverged"] else row["status"])
        self._set_row(index, [fmt(row["learning_rate"], 6), fmt(row["train_loss"], 4, MISSING),
                              fmt(row["test_loss"], 4, MISSING),
                              _percent(row["train_accuracy"]), _percent(row["test_accuracy"]), str(row["epochs"]),
                              outcome, localize(f"{row['time']:.2f}")])
        if row["diverged"] or row["status"] != "done":
            for c in range(self.columnCount()):
                self.item(index, c).setForeground(QBrush(QColor(150, 30, 30)))

    def _set_row(self, r: int, texts) -> None:
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0:
                item.setForeground(QBrush(path_color(r)))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.setItem(r, c, item)

    def selected_rate(self) -> float | None:
        rows = self.selectionModel().selectedRows()
        return self.learning_rates[rows[0].row()] if rows else None

    def finished_rows(self) -> int:
        running = status_text("running")
        return sum(1 for r in range(self.rowCount()) if self.item(r, 6) and self.item(r, 6).text() != running)


def _percent(value: float) -> str:
    return MISSING if value is None else percent(value, missing=MISSING)

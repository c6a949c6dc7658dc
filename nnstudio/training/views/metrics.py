"""Metrics of the current network: one table with the confusion matrix and per-class precision,
recall and F1 (classification), or MSE/MAE/R² on the training and test sets (regression)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnstudio.io.numbers import fmt, localize, percent
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

MAX_CLASSES_SHOWN = 12
SCORE_BACKGROUND = QColor("#f3f4f6")
TIP = QT_TRANSLATE_NOOP("Training", "Left: the confusion matrix — row = true class, column = predicted class; the "
                                    "diagonal counts correct answers. Right: precision (of the samples predicted as "
                                    "the class, the share that are it), recall (of the samples of the class, the "
                                    "share found) and F1 (their harmonic mean).")


def _item(text: str) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return it


def class_names(data, output_labels) -> list[str]:
    """The data's class names; for built-in data (named "class 0", "class 1", …) the network's output
    neuron labels when there is one output per class (the names the canvas shows)."""
    names = [str(n) for n in data.dataset.target_names]
    generic = names == [f"class {i}" for i in range(len(names))]
    if generic and output_labels and len(output_labels) == len(names):
        return [str(n) for n in output_labels]
    return [translate("Training", "class {i}").format(i=i) for i in range(len(names))] if generic else names


class MetricsView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.which = QButtonGroup(self)
        self.on_train = QRadioButton(translate("Training", "Training set"))
        self.on_test = QRadioButton(translate("Training", "Test set"))
        self.on_test.setChecked(True)
        for b in (self.on_train, self.on_test):
            self.which.addButton(b)
            b.toggled.connect(lambda _on: self._redraw())
        self.on_train.setToolTip(translate("Training", "Metrics on the data the network learns from."))
        self.on_test.setToolTip(translate("Training", "Metrics on held-out data: how well the network generalises."))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        bar = QHBoxLayout()
        bar.addWidget(self.on_train)
        bar.addWidget(self.on_test)
        bar.addSpacing(12)
        bar.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._progress = None
        self._names = []
        self._task = None

    def update_view(self, ctl) -> None:
        self._progress = ctl.progress
        data = ctl.data
        self._task = data.task if data is not None else None
        self._names = class_names(data, ctl.doc.labels[-1]) if data is not None else []
        self.on_test.setEnabled(self._progress is not None and self._progress.test_loss is not None)
        self._redraw()

    def _redraw(self) -> None:
        p = self._progress
        if p is None:
            self.summary.setText(translate("Training", "No metrics: load data that fits the network."))
            self.table.setVisible(False)
            return
        self.table.setVisible(True)
        if self._task == "regression":
            self.summary.setText(translate("Training", "Loss: training {train}").format(train=fmt(p.train_loss))
                                 + (translate("Training", ", test {test}").format(test=fmt(p.test_loss))
                                    if p.test_loss is not None else ""))
            self._fill_regression(p)
            return
        test = self.on_test.isChecked() and p.test_loss is not None
        m = p.test_metrics if test else p.metrics
        loss = p.test_loss if test else p.train_loss
        if "confusion_matrix" not in m:
            self.summary.setText(translate("Training", "Loss {loss} (no metrics: the outputs are not finite)").format(
                loss=fmt(loss)))
            self.table.setVisible(False)
            return
        self.summary.setText(translate("Training", "Accuracy {accuracy}   ·   loss {loss}").format(
            accuracy=percent(m["accuracy"]), loss=fmt(loss)))
        self._fill_classification(m)

    def _class_names(self, k: int) -> list[str]:
        names = self._names if len(self._names) == k else [translate("Training", "class {i}").format(i=i)
                                                           for i in range(k)]
        return [str(n) for n in names]

    def _fill_classification(self, m) -> None:
        matrix = m["confusion_matrix"]
        k = min(len(matrix), MAX_CLASSES_SHOWN)
        names = self._class_names(len(matrix))[:k]
        t = self.table
        t.setToolTip(translate("Training", TIP))
        t.setRowCount(k)
        t.setColumnCount(k + 3)
        t.setHorizontalHeaderLabels([f"→ {n}" for n in names] + [translate("Training", "precision"),
                                                                 translate("Training", "recall"), "F1"])
        t.setVerticalHeaderLabels(names)
        peak = max(1, max(max(row[:k]) for row in matrix[:k]))
        for r in range(k):
            for c in range(k):
                v = matrix[r][c]
                it = _item(str(v))
                base = QColor(33, 102, 172) if r == c else QColor(230, 97, 1)
                if v:
                    it.setBackground(QBrush(QColor(base.red(), base.green(), base.blue(), int(30 + 150 * v / peak))))
                t.setItem(r, c, it)
            for c, key in enumerate(("precision", "recall", "f1")):
                it = _item(localize(f"{m[key][r]:.3f}"))
                it.setBackground(QBrush(SCORE_BACKGROUND))
                t.setItem(r, k + c, it)

    def _fill_regression(self, p) -> None:
        t = self.table
        t.setToolTip(translate("Training", "MSE: mean squared error; MAE: mean absolute error; R²: the share of the "
                                           "targets' variance the network explains (1 is perfect, 0 is no better "
                                           "than the mean)."))
        t.setRowCount(3)
        t.setColumnCount(2)
        t.setHorizontalHeaderLabels([translate("Training", "training"), translate("Training", "test")])
        t.setVerticalHeaderLabels(["MSE", "MAE", "R²"])
        for c, m in enumerate((p.metrics, p.test_metrics)):
            for r, key in enumerate(("mse", "mae", "r2")):
                t.setItem(r, c, _item(fmt(m[key]) if key in m else "–"))

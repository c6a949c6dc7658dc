"""Metrics of the current network: confusion matrix and per-class precision/recall/F1, or MSE/MAE/R²."""

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

MAX_CLASSES_SHOWN = 12


def _table(tip: str) -> QTableWidget:
    t = QTableWidget()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    t.setToolTip(tip)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


def _item(text: str, align=Qt.AlignmentFlag.AlignCenter) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setTextAlignment(align)
    return it


class MetricsView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.which = QButtonGroup(self)
        self.on_train = QRadioButton("Training set")
        self.on_test = QRadioButton("Test set")
        self.on_test.setChecked(True)
        for b in (self.on_train, self.on_test):
            self.which.addButton(b)
            b.toggled.connect(lambda _on: self._redraw())
        self.on_train.setToolTip("Metrics on the data the network learns from.")
        self.on_test.setToolTip("Metrics on held-out data: how well the network generalises.")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.confusion = _table("Confusion matrix: row = true class, column = predicted class. "
                                "The diagonal counts correct answers.")
        self.per_class = _table("Precision: of the samples predicted as a class, the share that are it. "
                                "Recall: of the samples of a class, the share found. F1: their harmonic mean.")
        self.confusion_title = QLabel("Confusion matrix (rows: true class, columns: predicted)")
        bar = QHBoxLayout()
        bar.addWidget(self.on_train)
        bar.addWidget(self.on_test)
        bar.addStretch(1)
        tables = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.confusion_title)
        left.addWidget(self.confusion)
        tables.addLayout(left, 1)
        tables.addWidget(self.per_class, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addLayout(tables, 1)
        self._progress = None
        self._names = []
        self._task = None

    def update_view(self, ctl) -> None:
        self._progress = ctl.progress
        data = ctl.data
        self._task = data.task if data is not None else None
        self._names = list(data.dataset.target_names) if data is not None else []
        has_test = self._progress is not None and self._progress.test_loss is not None
        self.on_test.setEnabled(has_test)
        self._redraw()

    def _redraw(self) -> None:
        p = self._progress
        if p is None:
            self.summary.setText("No metrics: load data that fits the network.")
            self.confusion.setVisible(False)
            self.per_class.setVisible(False)
            self.confusion_title.setVisible(False)
            return
        test = self.on_test.isChecked() and p.test_loss is not None
        m = p.test_metrics if test else p.metrics
        loss = p.test_loss if test else p.train_loss
        where = "test" if test else "training"
        if self._task == "regression":
            self.confusion.setVisible(False)
            self.confusion_title.setVisible(False)
            self.per_class.setVisible(True)
            self._fill_regression(p)
            self.summary.setText(f"Loss on the {where} set: {loss:.4g}")
            return
        if "confusion_matrix" not in m:
            self.summary.setText(f"Loss on the {where} set: {loss:.4g} (no metrics: the outputs are not finite)")
            return
        self.summary.setText(f"Accuracy on the {where} set: {100 * m['accuracy']:.1f} %  ·  loss {loss:.4g}")
        self.confusion.setVisible(True)
        self.confusion_title.setVisible(True)
        self.per_class.setVisible(True)
        self._fill_confusion(m["confusion_matrix"])
        self._fill_per_class(m)

    def _class_names(self, k: int) -> list[str]:
        names = self._names if len(self._names) == k else [f"class {i}" for i in range(k)]
        return [str(n) for n in names]

    def _fill_confusion(self, matrix) -> None:
        k = min(len(matrix), MAX_CLASSES_SHOWN)
        names = self._class_names(len(matrix))[:k]
        t = self.confusion
        t.setRowCount(k)
        t.setColumnCount(k)
        t.setHorizontalHeaderLabels(names)
        t.setVerticalHeaderLabels(names)
        peak = max(1, max(max(row[:k]) for row in matrix[:k]))
        for r in range(k):
            for c in range(k):
                v = matrix[r][c]
                it = _item(str(v))
                strength = v / peak
                base = QColor(33, 102, 172) if r == c else QColor(230, 97, 1)
                it.setBackground(QBrush(QColor(base.red(), base.green(), base.blue(), int(30 + 150 * strength))
                                        if v else QColor("#ffffff")))
                t.setItem(r, c, it)

    def _fill_per_class(self, m) -> None:
        k = min(len(m["precision"]), MAX_CLASSES_SHOWN)
        names = self._class_names(len(m["precision"]))[:k]
        t = self.per_class
        t.setRowCount(k)
        t.setColumnCount(3)
        t.setHorizontalHeaderLabels(["precision", "recall", "F1"])
        t.setVerticalHeaderLabels(names)
        for r in range(k):
            for c, key in enumerate(("precision", "recall", "f1")):
                t.setItem(r, c, _item(f"{m[key][r]:.3f}"))

    def _fill_regression(self, p) -> None:
        t = self.per_class
        t.setRowCount(3)
        t.setColumnCount(2)
        t.setHorizontalHeaderLabels(["training", "test"])
        t.setVerticalHeaderLabels(["MSE", "MAE", "R²"])
        for c, m in enumerate((p.metrics, p.test_metrics)):
            for r, key in enumerate(("mse", "mae", "r2")):
                t.setItem(r, c, _item(f"{m[key]:.4g}" if key in m else "–"))

"""Compare runs: "Keep this run" freezes the current curves with a label of their settings; kept
runs are overlaid on the loss plot and listed with their final numbers."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnstudio.io.numbers import fmt, percent
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from .loss import KEPT_COLORS

HEADERS = [QT_TRANSLATE_NOOP("Training", "run"), QT_TRANSLATE_NOOP("Training", "epochs"),
           QT_TRANSLATE_NOOP("Training", "train loss"), QT_TRANSLATE_NOOP("Training", "test loss"),
           QT_TRANSLATE_NOOP("Training", "train acc. / R²"), QT_TRANSLATE_NOOP("Training", "test acc. / R²")]


@dataclass(frozen=True)
class KeptRun:
    label: str
    history: dict
    task: str = "classification"

    def final(self, key: str) -> float:
        values = [v for v in self.history.get(key, []) if isinstance(v, float) and math.isfinite(v)]
        return values[-1] if values else math.nan


def settings_label(ctl) -> str:
    """A short description of what made a run: network, data, optimiser and its settings."""
    s, net = ctl.doc.training, ctl.doc.network
    parts = ["-".join(map(str, net.sizes)), f"{s.optimizer} lr {s.learning_rate:g}", f"batch {s.batch_size}"]
    if s.optimizer in ("sgd", "rmsprop") and s.momentum:
        parts.append(f"momentum {s.momentum:g}" + (" (Nesterov)" if s.nesterov else ""))
    if s.regularization != "none" and s.regularization_rate:
        parts.append(f"{s.regularization.upper()} {s.regularization_rate:g}")
    if s.dropout:
        parts.append(f"dropout {s.dropout:g}")
    if ctl.doc.dataset:
        parts.append(str(ctl.doc.dataset.get("name")))
    return ", ".join(parts)


def _fmt(v: float, as_percent: bool = False) -> str:
    return percent(v) if as_percent else fmt(v, 4, missing="–") if math.isfinite(v) else "–"


class RunsView(QWidget):
    """The table of kept runs; ``changed(list[KeptRun])`` when runs are kept or removed."""

    changed = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.runs: list[KeptRun] = []
        self.ctl = None
        self.keep_button = QPushButton(translate("Training", "Keep this run"))
        self.keep_button.setToolTip(translate("Training", "Freeze the current curves with a label of their "
                                                          "settings, to compare them "
                                    "with the next runs (drawn thin on the loss plot)."))
        self.remove_button = QPushButton(translate("Training", "Remove"))
        self.remove_button.setToolTip(translate("Training", "Forget the selected kept runs."))
        self.clear_button = QPushButton(translate("Training", "Clear all"))
        self.clear_button.setToolTip(translate("Training", "Forget every kept run."))
        self.keep_button.clicked.connect(self.keep)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([translate("Training", h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(translate("Training", "Final numbers of the kept runs: the last evaluation of each."))
        bar = QHBoxLayout()
        for b in (self.keep_button, self.remove_button, self.clear_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def update_view(self, ctl) -> None:
        self.ctl = ctl
        self.keep_button.setEnabled(len(ctl.history) > 0)

    def keep(self) -> KeptRun | None:
        ctl = self.ctl
        if ctl is None or not len(ctl.history):
            return None
        task = ctl.data.task if ctl.data is not None else "classification"
        run = KeptRun(f"#{len(self.runs) + 1} {settings_label(ctl)}", ctl.history.to_dict(), task)
        self.runs.append(run)
        self._fill()
        return run

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows:
            del self.runs[r]
        self._fill()

    def clear(self) -> None:
        self.runs = []
        self._fill()

    def _fill(self) -> None:
        t = self.table
        t.setRowCount(len(self.runs))
        for r, run in enumerate(self.runs):
            values = [run.label, _fmt(run.final("epoch")), _fmt(run.final("train_loss")),
                      _fmt(run.final("test_loss")), _fmt(run.final("accuracy"), run.task != "regression"),
                      _fmt(run.final("test_accuracy"), run.task != "regression")]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(run.label)
                if c == 0:  # the colour of its curves on the loss plot
                    item.setForeground(QColor(KEPT_COLORS[r % len(KEPT_COLORS)]))
                t.setItem(r, c, item)
        self.changed.emit(list(self.runs))

"""The sweep: K learning rates trained side by side in worker processes, polled without blocking."""

from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
)

from nnstudio.document.data import problem_of
from nnstudio.engine.lr_sweep import default_learning_rates
from nnstudio.io.numbers import fmt, format_values, localize
from nnstudio.parallel.sweep import start_sweep
from nnstudio.widgets.i18n import translate
from nnstudio.widgets.number_entry import NumberEntry

from ..widgets import MessageLabel, parse_numbers
from .sweep_views import CURVES, SummaryTable, SweepCurves


class SweepPanel(QGroupBox):
    """Run a sweep from the document's weights, data and settings; ``adoptRequested(lr)`` on a click."""

    adoptRequested = Signal(float)

    def __init__(self, doc, tasks, parent=None):
        super().__init__(translate("Lab", "Learning-rate sweep: same start, same data, same shuffling; only η differs"),
                         parent)
        self.doc = doc
        self.tasks = tasks
        self.handle = None
        self._make_widgets()
        self._layout()

    def _make_widgets(self) -> None:
        self.rates = QLineEdit(format_values(default_learning_rates()))
        self.rates.setToolTip(translate("Lab", "The learning rates to compare, separated by commas"))
        self.count = QSpinBox()
        self.count.setRange(1, 12)
        self.count.setValue(6)
        self.low = NumberEntry(1e-3, 0.0, tip=translate("Lab", "smallest η"))
        self.high = NumberEntry(1.0, 0.0, tip=translate("Lab", "largest η"))
        for w in (self.low, self.high):
            w.setMaximumWidth(70)
        self.spaced = QPushButton(translate("Lab", "Log-spaced"))
        self.spaced.setToolTip(translate("Lab", "Fill the list with K learning rates evenly spaced on a log scale"))
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 100000)
        self.epochs.setValue(min(int(self.doc.training.epochs), 100) or 100)
        self.workers = QSpinBox()
        self.workers.setRange(1, max(2, os.cpu_count() or 2))
        self.workers.setValue(min(2, os.cpu_count() or 2))
        self.workers.setToolTip(translate("Lab", "Worker processes running the learning rates in parallel"))
        self.run_button = QPushButton(translate("Lab", "Run sweep"))
        self.cancel_button = QPushButton(translate("Lab", "Cancel"))
        self.cancel_button.setEnabled(False)
        self.status = QLabel("")
        self.quantity = QComboBox()
        for key, text in CURVES.items():
            self.quantity.addItem(translate("Lab", text), key)
        self.log = QCheckBox(translate("Lab", "log scale"))
        self.log.setChecked(True)
        self.curves = SweepCurves()
        self.curves.set_log(True)
        self.table = SummaryTable()
        self.adopt_button = QPushButton(translate("Lab", "Use the selected η for training"))
        self.adopt_button.setEnabled(False)
        self.adopt_button.setToolTip(translate("Lab", "Set the document's learning rate (undoable); double-clicking "
                                                      "a row does the same"))
        self.message = MessageLabel()
        self.spaced.clicked.connect(self._fill_log_spaced)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.quantity.currentIndexChanged.connect(lambda: self.curves.set_quantity(self.quantity.currentData()))
        self.log.toggled.connect(self.curves.set_log)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda r, _c: self.adoptRequested.emit(self.table.learning_rates[r]))
        self.adopt_button.clicked.connect(self._adopt_selected)

    def _layout(self) -> None:
        box = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("Lab", "η list")))
        row.addWidget(self.rates, 1)
        box.addLayout(row)
        row = QHBoxLayout()
        for w in (QLabel("K"), self.count, QLabel(translate("Lab", "from")), self.low, QLabel(translate("Lab", "to")),
                  self.high, self.spaced):
            row.addWidget(w)
        row.addStretch(1)
        box.addLayout(row)
        row = QHBoxLayout()
        for w in (QLabel(translate("Lab", "epochs")), self.epochs, QLabel(translate("Lab", "processes")), self.workers,
                  self.run_button, self.cancel_button):
            row.addWidget(w)
        row.addWidget(self.status, 1)
        box.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("Lab", "show")))
        row.addWidget(self.quantity)
        row.addWidget(self.log)
        row.addStretch(1)
        box.addLayout(row)
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.curves.widget)
        split.addWidget(self.table)
        split.setSizes([330, 170])
        box.addWidget(split, 1)
        row = QHBoxLayout()
        row.addWidget(self.adopt_button)
        row.addWidget(self.message, 1)
        box.addLayout(row)

    # -- running --------------------------------------------------------------------------------
    def _fill_log_spaced(self) -> None:
        try:
            values = default_learning_rates(self.count.value(), self.low.value(), self.high.value())
        except ValueError as exc:
            self.message.show_error(str(exc))
            return
        self.rates.setText(format_values(values))

    def run(self) -> None:
        """Start the sweep (processes are started off the GUI thread; results are polled)."""
        try:
            lrs = parse_numbers(self.rates.text())
            problem = problem_of(self.doc)
        except ValueError as exc:
            self.message.show_error(translate("Lab", "Cannot run the sweep: {error}.").format(error=exc))
            return
        epochs, workers = self.epochs.value(), self.workers.value()
        self.message.clear_message()
        self.curves.clear()
        self.table.start(lrs)
        self._running(True)
        self.status.setText(translate("Lab", "starting worker processes…"))

        def start(context):
            handle = start_sweep(problem.network, problem.data, problem.settings, lrs, epochs, workers)
            if context.cancelled:  # cancelled while the processes were starting
                handle.cancel()
            return handle

        self.tasks.submit("sweep-start", start, self._started, self._failed)

    def _started(self, handle) -> None:
        self.handle = handle
        self.tasks.add_poller(self._poll)

    def _poll(self) -> bool:
        handle = self.handle
        if handle is None:
            return False
        for result in handle.poll():
            index = next(i for i, r in enumerate(handle.results) if r is result)
            self.curves.add(index, result)
            self.table.add(index, result)
        done, total = handle.progress
        self.status.setText(localize(translate("Lab", "{done} of {total} runs done · {time} s").format(
            done=done, total=total, time=f"{handle.elapsed:.1f}")))
        if handle.done:
            self._running(False)
            self.handle = None
            return False
        return True

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.status.setText(translate("Lab", "cancelling…"))
        else:
            self.tasks.cancel("sweep-start")
            self._running(False)

    def _failed(self, message: str) -> None:
        self._running(False)
        self.message.show_error(translate("Lab", "The sweep failed: {error}").format(error=message))

    def _running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    # -- adopting -------------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        lr = self.table.selected_rate()
        self.adopt_button.setEnabled(lr is not None)
        if lr is not None:
            self.adopt_button.setText(translate("Lab", "Use η = {lr} for training").format(lr=fmt(lr, 6)))

    def _adopt_selected(self) -> None:
        lr = self.table.selected_rate()
        if lr is not None:
            self.adoptRequested.emit(lr)

    def shutdown(self) -> None:
        """Cancel a running sweep for good (the poller stops on its next tick)."""
        if self.handle is not None:
            self.handle.cancel()
            self.handle = None
        self._running(False)

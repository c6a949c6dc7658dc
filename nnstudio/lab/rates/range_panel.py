"""The learning-rate range test (Smith 2017): loss against an exponentially growing η, on a log axis."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from nnstudio.document.data import problem_of
from nnstudio.engine.lr_range import RangeTestResult, lr_range_test
from nnstudio.io.numbers import fmt
from nnstudio.widgets.i18n import translate
from nnstudio.widgets.number_entry import NumberEntry

from ..style import CURRENT_COLOR, add_legend, make_plot
from ..widgets import MessageLabel


class RangeTestPanel(QGroupBox):
    """Runs the engine's range test in the background; ``adoptRequested(lr)`` applies the suggestion."""

    adoptRequested = Signal(float)

    def __init__(self, doc, tasks, parent=None):
        super().__init__(translate("Lab", "Learning-rate range test: η grows from tiny to huge over a few batches"),
                         parent)
        self.doc = doc
        self.tasks = tasks
        self.result: RangeTestResult | None = None
        self.start_lr = NumberEntry(1e-6, 0.0, tip=translate("Lab", "first learning rate"))
        self.end_lr = NumberEntry(10.0, 0.0, tip=translate("Lab", "last learning rate"))
        for w in (self.start_lr, self.end_lr):
            w.setMaximumWidth(70)
        self.steps = QSpinBox()
        self.steps.setRange(10, 5000)
        self.steps.setValue(100)
        self.steps.setToolTip(translate("Lab", "Mini-batches in the test (η grows exponentially over them)"))
        self.run_button = QPushButton(translate("Lab", "Run range test"))
        self.apply_button = QPushButton(translate("Lab", "Use the suggested η"))
        self.apply_button.setEnabled(False)
        self.summary = QLabel(translate("Lab", "The network's weights are not changed: the test trains a copy."))
        self.summary.setWordWrap(True)
        self.message = MessageLabel()
        self.plot = make_plot(translate("Lab", "learning rate η (log scale)"), translate("Lab", "mini-batch loss"))
        self.plot.getPlotItem().setLogMode(x=True)
        self.legend = add_legend(self.plot, offset=(10, 10))
        self.raw = self.plot.plot(pen=pg.mkPen((150, 150, 150), width=1), name=translate("Lab", "loss of each batch"))
        self.smooth = self.plot.plot(pen=pg.mkPen((0, 90, 181), width=2.5), name=translate("Lab", "smoothed loss"))
        label_opts = {"position": 0.12, "color": CURRENT_COLOR, "fill": (255, 255, 255, 210),
                      "anchors": [(1.02, 0.5), (1.02, 0.5)]}  # the text sits left of the line
        self.marker = pg.InfiniteLine(angle=90, pen=pg.mkPen(CURRENT_COLOR, width=2, style=Qt.PenStyle.DashLine),
                                      label="", labelOpts=label_opts)
        self.marker.hide()
        self.plot.addItem(self.marker)
        self._layout()
        self.run_button.clicked.connect(self.run)
        self.apply_button.clicked.connect(lambda: self.result and self.adoptRequested.emit(self.result.suggestion))

    def _layout(self) -> None:
        box = QVBoxLayout(self)
        row = QHBoxLayout()
        for w in (QLabel(translate("Lab", "from η =")), self.start_lr, QLabel(translate("Lab", "to")), self.end_lr,
                  QLabel(translate("Lab", "over")), self.steps, QLabel(translate("Lab", "batches")), self.run_button):
            row.addWidget(w)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.plot, 1)
        box.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.apply_button)
        row.addWidget(self.message, 1)
        box.addLayout(row)

    def run(self) -> None:
        try:
            problem = problem_of(self.doc)
        except ValueError as exc:
            self.message.show_error(translate("Lab", "Cannot run the test: {error}.").format(error=exc))
            return
        start, end, steps = self.start_lr.value(), self.end_lr.value(), self.steps.value()
        self.message.clear_message()
        self.run_button.setEnabled(False)
        self.summary.setText(translate("Lab", "Running…"))
        self.tasks.submit("range", lambda ctx: lr_range_test(problem.network, problem.data, problem.settings,
                                                              start, end, steps),
                          self._done, self._failed)

    def _done(self, result: RangeTestResult) -> None:
        self.result = result
        self.run_button.setEnabled(True)
        self.raw.setData(result.lrs, result.losses, connect="finite")
        self.smooth.setData(result.lrs, result.smoothed, connect="finite")
        ok = math.isfinite(result.suggestion) and result.suggestion > 0
        self.marker.setVisible(ok)
        self.apply_button.setEnabled(ok)
        if ok:
            self.marker.setValue(math.log10(result.suggestion))
            suggestion = fmt(result.suggestion, 3)
            self.marker.label.setFormat(translate("Lab", "suggested η = {lr}").format(lr=suggestion))
            self.apply_button.setText(translate("Lab", "Use the suggested η = {lr}").format(lr=suggestion))
        stop = (translate("Lab", "stopped early: the loss blew up") if result.stopped_early
                else translate("Lab", "ran to the end"))
        batches = result.steps
        self.summary.setText(translate("Lab", "%n batch(es), {stop}. Suggestion: {rule} (edge η = {edge}, lowest loss "
                                              "at η = {lowest}).", None, batches).format(
            stop=stop, rule=translate("engine", result.rule), edge=fmt(result.edge_lr, 3),
            lowest=fmt(result.min_loss_lr, 3)))
        self.plot.enableAutoRange()

    def _failed(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.message.show_error(translate("Lab", "The range test failed: {error}").format(error=message))

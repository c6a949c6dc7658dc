"""The plots dock: the loss plot beside (or above) tabs for output, neuron maps, metrics, weights and
kept runs. Only visible views are redrawn; hidden ones catch up when shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from .loss import LossView
from .metrics import MetricsView
from .neurons import NeuronGrid
from .output import OutputView
from .runs import RunsView
from .weights import WeightsView


class PlotsPanel(QWidget):
    def __init__(self, ctl, parent=None):
        super().__init__(parent)
        self.ctl = ctl
        self.loss = LossView()
        self.output = OutputView()
        self.neurons = NeuronGrid()
        self.metrics = MetricsView()
        self.weights = WeightsView()
        self.runs = RunsView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for widget, title, tip in (
                (self.output, "Output", "The network's output over the input plane with the data points"),
                (self.neurons, "Neurons", "What each neuron computes over the input plane"),
                (self.metrics, "Metrics", "Confusion matrix and per-class scores, or regression errors"),
                (self.weights, "Weights", "Histogram of each layer's weights"),
                (self.runs, "Runs", "Kept runs to compare with the current one")):
            i = self.tabs.addTab(widget, title)
            self.tabs.setTabToolTip(i, tip)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.loss)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.splitter)
        self.runs.changed.connect(self.loss.set_kept)
        self.tabs.currentChanged.connect(lambda _i: self.redraw())
        ctl.refresh.connect(self.redraw)
        self._orientation = None

    def resizeEvent(self, event) -> None:
        """Side by side in a wide dock, stacked in a tall one."""
        super().resizeEvent(event)
        wide = self.width() > 1.4 * self.height()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self._orientation:
            self._orientation = orientation
            self.splitter.setOrientation(orientation)
            if wide:  # the output plane wants a square: give it about the height, the loss the rest
                right = int(min(self.width() * 0.6, max(self.width() * 0.4, self.height() * 1.3)))
                self.splitter.setSizes([self.width() - right, right])
            else:
                self.splitter.setSizes([int(self.height() * 0.45), int(self.height() * 0.55)])

    def redraw(self) -> None:
        ctl = self.ctl
        if self.loss.isVisible():
            self.loss.update_view(ctl)
        current = self.tabs.currentWidget()
        if not self.isVisible():
            return
        if current is self.output:
            self.output.update_view(ctl, ctl.plane_field())
        elif current is self.neurons:
            self.neurons.update_view(ctl, ctl.plane_field())
        elif current is self.metrics:
            self.metrics.update_view(ctl)
        elif current is self.weights:
            self.weights.update_view(ctl)
        elif current is self.runs:
            self.runs.update_view(ctl)
        if self.runs.ctl is None:
            self.runs.ctl = ctl

"""The plots dock: the loss plot beside (or above) tabs for output, neuron maps, metrics, weights and
kept runs. Only visible views are redrawn; hidden ones catch up when shown."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget

from nnstudio.widgets.i18n import translate

from .common import export_csv, export_png, save_widget_png
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
                (self.output, translate("Training", "Output"),
                 translate("Training", "The network's output over the input plane with the data points")),
                (self.neurons, translate("Training", "Neurons"),
                 translate("Training", "What each neuron computes over the input plane")),
                (self.metrics, translate("Training", "Metrics"),
                 translate("Training", "Confusion matrix and per-class scores, or regression errors")),
                (self.weights, translate("Training", "Weights"), translate("Training",
                                                                           "Histogram of each layer's weights")),
                (self.runs, translate("Training", "Runs"), translate("Training",
                                                                     "Kept runs to compare with the current one"))):
            i = self.tabs.addTab(widget, title)
            self.tabs.setTabToolTip(i, tip)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.loss)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.splitter)
        self.loss.bar.addWidget(self._save_button())
        self.runs.changed.connect(self.loss.set_kept)
        self.tabs.currentChanged.connect(lambda _i: self.redraw())
        ctl.refresh.connect(self.redraw)
        self._orientation = None
        self._data = None
        self._broken: set = set()

    def _save_button(self) -> QToolButton:
        """"Save ▾": the loss plot and the history, the current view (PNG/CSV; no SVG, broken on Qt 6.11)."""
        button = QToolButton()
        button.setText(translate("Training", "Save"))
        button.setToolTip(translate("Training", "Save the plots as PNG images or their data as CSV (also on "
                                                "right-click in a plot)"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setAutoRaise(True)
        menu = QMenu(button)
        menu.addAction(translate("Training", "Loss plot as PNG…"), lambda: export_png(self.loss.view))
        menu.addAction(translate("Training", "Training history as CSV…"), lambda: export_csv(self.loss.view))
        menu.addSeparator()
        self.save_view_png = menu.addAction(translate("Training", "Current view as PNG…"), self._save_view_png)
        self.save_view_csv = menu.addAction(translate("Training", "Current view's data as CSV…"), self._save_view_csv)
        menu.aboutToShow.connect(self._update_save_menu)
        button.setMenu(menu)
        return button

    def _current_plot(self):
        return {self.output: self.output.plot, self.weights: self.weights.plot}.get(self.tabs.currentWidget())

    def _update_save_menu(self) -> None:
        plot = self._current_plot()
        self.save_view_csv.setEnabled(plot is not None)
        self.save_view_png.setText(translate("Training", "{view} view as PNG…").format(
            view=self.tabs.tabText(self.tabs.currentIndex())))

    def _save_view_png(self) -> None:
        plot = self._current_plot()
        if plot is not None:
            export_png(plot)
        else:
            save_widget_png(self.tabs.currentWidget())

    def _save_view_csv(self) -> None:
        plot = self._current_plot()
        if plot is not None:
            export_csv(plot)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt virtual
        """A panel hidden while the data changed (a folded dock, a window not shown yet) draws on showing."""
        super().showEvent(event)
        self.redraw()

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
        """Redraw the loss plot and the visible tab (a view that fails is logged once and skipped until
        the data changes, so a bug cannot raise an error on every frame)."""
        ctl = self.ctl
        if self.runs.ctl is None:
            self.runs.ctl = ctl
        if ctl.data is not self._data:
            self._data, self._broken = ctl.data, set()
        if self.loss.isVisible():
            self._guarded(self.loss, lambda: self.loss.update_view(ctl))
        if not self.isVisible():
            return
        current = self.tabs.currentWidget()
        if current in (self.output, self.neurons):
            self._guarded(current, lambda: current.update_view(ctl, ctl.plane_field()))
        else:
            self._guarded(current, lambda: current.update_view(ctl))

    def _guarded(self, view, draw) -> None:
        if view in self._broken:
            return
        try:
            draw()
        except Exception:  # noqa: BLE001 - logged; the other views keep working
            self._broken.add(view)
            logging.getLogger(__name__).exception("the %s view failed and is paused until the data changes",
                                                  type(view).__name__)

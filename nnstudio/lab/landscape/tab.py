"""The landscape tab: choose a plane, compute the loss over it in the background, follow training."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nnstudio.document.data import problem_of
from nnstudio.io.numbers import localize
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from ..widgets import MessageLabel, spin
from .jobs import PlaneRequest, compute_plane, compute_slice, train_trajectory
from .picker import WeightPicker
from .plot import KIND_TITLES, LandscapePlot, SlicePlot
from .recorder import TrajectoryRecorder

KINDS = {"weights": QT_TRANSLATE_NOOP("Lab", "Two weights"),
         "random": QT_TRANSLATE_NOOP("Lab", "Random directions (filter-normalised)"),
         "pca": QT_TRANSLATE_NOOP("Lab", "Principal directions of the trajectory (PCA)")}
FOLLOW_MS = 400


class LandscapeTab(QWidget):
    """The loss around the current weights over a plane, with the training trajectory on it."""

    def __init__(self, doc, tasks, canvas=None, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.tasks = tasks
        self.recorder = TrajectoryRecorder(doc, self)
        self.own = None          # (network, trajectory) from "Train a copy", or None
        self.landscape = None
        self._plane = None       # (labels, title) of the plane being followed
        self.surface = LandscapePlot()
        self.slice_plot = SlicePlot()
        self._make_controls(canvas)
        self._layout()
        self.follow_timer = QTimer(self)
        self.follow_timer.setSingleShot(True)
        self.follow_timer.setInterval(FOLLOW_MS)
        self.follow_timer.timeout.connect(self._follow)
        self.recorder.recorded.connect(self._recorded)
        self.recorder.cleared.connect(self._update_trajectory_caption)
        self._unsubscribe = doc.subscribe(self._structure_changed, kinds=["structure", "reset"])
        self._kind_chosen()
        self._update_trajectory_caption()

    # -- controls -------------------------------------------------------------------------------
    def _make_controls(self, canvas) -> None:
        self.kind = QComboBox()
        for key, text in KINDS.items():
            self.kind.addItem(translate("Lab", text), key)
        self.kind.setCurrentIndex(self.kind.findData("random"))
        self.first = WeightPicker(self.doc, canvas)
        self.second = WeightPicker(self.doc, canvas)
        if self.second.source.count() > 1:
            self.second.source.setCurrentIndex(1)
        self.seed = QSpinBox()
        self.seed.setRange(0, 10**6)
        self.seed.setToolTip(translate("Lab", "Seed of the random directions: the same seed gives the same plane"))
        self.variance = QLabel()
        self.resolution = QSpinBox()
        self.resolution.setRange(5, 151)
        self.resolution.setValue(41)
        self.resolution.setSuffix(" × 41")
        self.resolution.valueChanged.connect(lambda v: self.resolution.setSuffix(f" × {v}"))
        self.resolution.setToolTip(translate("Lab", "Grid points per axis (the loss is computed at resolution² "
                                                    "points)"))
        self.span = spin(0.0, 0.0, 1000.0, 2, 0.25, translate("Lab", "Half-width of the plane around the current "
                                                                     "weights (0 = auto)"))
        self.span.setSpecialValueText(translate("Lab", "auto"))
        self.compute_button = QPushButton(translate("Lab", "Compute landscape"))
        self.cancel_button = QPushButton(translate("Lab", "Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.follow = QCheckBox(translate("Lab", "Follow training live (same plane)"))
        self.follow.setToolTip(translate("Lab", "Redraw around the new weights while the main window trains"))
        self.trajectory_caption = QLabel()
        self.trajectory_caption.setWordWrap(True)
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 5000)
        self.epochs.setValue(50)
        self.train_button = QPushButton(translate("Lab", "Train a copy"))
        self.train_button.setToolTip(translate("Lab", "Train a copy of the network (the document is not changed) "
                                                      "and record its path"))
        self.clear_button = QPushButton(translate("Lab", "Clear"))
        self.slice_picker = WeightPicker(self.doc, canvas)
        self.slice_span = spin(2.0, 0.01, 1000.0, 2, 0.5, translate("Lab", "How far either side of the current value"))
        self.slice_button = QPushButton(translate("Lab", "Draw slice"))
        self.message = MessageLabel()
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.compute_button.clicked.connect(self.compute)
        self.cancel_button.clicked.connect(self.cancel)
        self.train_button.clicked.connect(self.train_copy)
        self.clear_button.clicked.connect(self.clear_trajectory)
        self.slice_button.clicked.connect(self.compute_slice)

    def _layout(self) -> None:
        plane = QGroupBox(translate("Lab", "Plane through the weights"))
        form = QFormLayout(plane)
        form.addRow(self.kind)
        self.first_row, self.second_row = QLabel(translate("Lab", "1st weight")), QLabel(translate("Lab", "2nd weight"))
        form.addRow(self.first_row, self.first)
        form.addRow(self.second_row, self.second)
        self.seed_row = QLabel(translate("Lab", "seed"))
        form.addRow(self.seed_row, self.seed)
        form.addRow(self.variance)
        form.addRow(translate("Lab", "grid"), self.resolution)
        form.addRow(translate("Lab", "span ±"), self.span)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compute_button, 2)
        buttons.addWidget(self.cancel_button, 1)
        form.addRow(buttons)
        form.addRow(self.progress)
        form.addRow(self.follow)
        trajectory = QGroupBox(translate("Lab", "Training trajectory"))
        box = QVBoxLayout(trajectory)
        box.addWidget(self.trajectory_caption)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("Lab", "epochs")))
        row.addWidget(self.epochs)
        row.addWidget(self.train_button)
        row.addWidget(self.clear_button)
        box.addLayout(row)
        slice_box = QGroupBox(translate("Lab", "1-D slice: the loss along one weight"))
        form2 = QFormLayout(slice_box)
        form2.addRow(self.slice_picker)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(translate("Lab", "span ±")))
        row2.addWidget(self.slice_span)
        row2.addWidget(self.slice_button)
        form2.addRow(row2)
        controls = QWidget()
        column = QVBoxLayout(controls)
        for w in (plane, trajectory, slice_box, self.message):
            column.addWidget(w)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(controls)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(400)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        plots = QSplitter(Qt.Orientation.Vertical)
        plots.addWidget(self.surface)
        plots.addWidget(self.slice_plot)
        plots.setSizes([520, 280])
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(scroll)
        main.addWidget(plots)
        main.setStretchFactor(1, 1)
        main.setSizes([410, 790])
        QHBoxLayout(self).addWidget(main)

    def _kind_chosen(self, *_args) -> None:
        kind = self.kind.currentData()
        for w in (self.first, self.second, self.first_row, self.second_row):
            w.setVisible(kind == "weights")
        self.seed.setVisible(kind == "random")
        self.seed_row.setVisible(kind == "random")
        self.variance.setVisible(kind == "pca")
        self.variance.setText("")

    # -- trajectory -----------------------------------------------------------------------------
    def trajectory_source(self):
        """(network, trajectory or None, caption): the copy trained here, else the recorded run."""
        if self.own is not None:
            net, trajectory = self.own
            return net, trajectory, translate(
                "Lab", "Trained copy: {snapshots} snapshots over {epochs} epochs. The plot is centred on the copy's "
                       "final weights; the document is unchanged.").format(snapshots=len(trajectory),
                                                                          epochs=self._own_epochs)
        trajectory = self.recorder.trajectory()
        if trajectory is not None and trajectory.shape[1] != self.doc.network.params.size:
            trajectory = None
        caption = (translate("Lab", "Recorded from the main window's training: {snapshots} snapshots.").format(
                       snapshots=len(trajectory)) if trajectory is not None
                   else translate("Lab", "No trajectory yet: train in the main window (it is recorded here), or "
                                         "train a copy."))
        return None, trajectory, caption

    def _update_trajectory_caption(self) -> None:
        self.trajectory_caption.setText(self.trajectory_source()[2])

    def train_copy(self) -> None:
        try:
            problem = problem_of(self.doc)
        except ValueError as exc:
            self.message.show_error(translate("Lab", "Cannot train: {error}.").format(error=exc))
            return
        epochs = self.epochs.value()
        self.message.show_hint(translate("Lab", "Training a copy for %n epoch(s)…", None, epochs))
        self._busy(True)
        self.tasks.submit("landscape", lambda ctx: train_trajectory(problem, epochs, ctx),
                          lambda result: self._trained(result, epochs), self._failed, self._progress)

    def _trained(self, result, epochs: int) -> None:
        self._own_epochs = epochs
        self.own = result
        self._busy(False)
        self.message.clear_message()
        self._update_trajectory_caption()
        self.compute()
        self.compute_slice()

    def clear_trajectory(self) -> None:
        self.own = None
        self.recorder.clear()
        self._update_trajectory_caption()

    def _recorded(self) -> None:
        self.own = None  # live training takes over from a copy trained here
        self._update_trajectory_caption()
        if self.follow.isChecked() and self.landscape is not None and not self.follow_timer.isActive():
            self.follow_timer.start()

    # -- computing ------------------------------------------------------------------------------
    def _request(self, kind: str | None = None, directions=None) -> PlaneRequest:
        problem = problem_of(self.doc)
        net, trajectory, _ = self.trajectory_source()
        net = net if net is not None else problem.network
        kind = kind or self.kind.currentData()
        if kind == "pca" and trajectory is None:
            raise ValueError("the principal directions need a trajectory: train first (here or in the main window)")
        span = self.span.value() or None
        if kind == "custom" and self.landscape is not None:
            span = float(self.landscape.alphas[-1])
        weights = (self.first.address(), self.second.address()) if kind == "weights" else None
        return PlaneRequest(net, problem.data.X_train, problem.data.Y_train, kind, self.resolution.value(), span,
                            weights, trajectory, directions, self.seed.value())

    def compute(self) -> None:
        """Start computing the landscape for the chosen plane (returns at once)."""
        try:
            request = self._request()
        except ValueError as exc:
            self.message.show_error(translate("Lab", "Cannot compute the landscape: {error}.").format(error=exc))
            return
        self._plane = None
        self._start(request)

    def _start(self, request: PlaneRequest) -> None:
        self.message.clear_message()
        self._busy(True)
        self.tasks.submit("landscape", lambda ctx: compute_plane(request, ctx), self._computed, self._failed,
                          self._progress)

    def _computed(self, landscape) -> None:
        self._busy(False)
        self.landscape = landscape
        if self._plane is None:
            labels = landscape.labels
            if landscape.kind == "weights":
                labels = tuple(translate("Lab", "{weight} (its value)").format(weight=name) for name in labels)
            plane = translate("Lab", KIND_TITLES[landscape.kind])
            title = translate("Lab", "Training loss over {plane}").format(plane=plane)
            self._plane = (labels, title)
            if landscape.explained_variance is not None:
                r = landscape.explained_variance
                text = translate("Lab", "PC1 explains {pc1} of the trajectory's variance, PC2 {pc2}")
                self.variance.setText(localize(text.format(pc1=f"{r[0]:.1%}", pc2=f"{r[1]:.1%}")))
        self.surface.show_landscape(landscape, *self._plane)
        if landscape.trajectory is not None and landscape.kind in ("random", "weights"):
            self.message.show_hint(translate("Lab", "The trajectory is projected onto this plane. Training moves "
                                                    "many weights at once, so the principal-directions (PCA) plane "
                                                    "follows it most closely."))

    def _follow(self) -> None:
        if self.landscape is None or self.tasks.busy("landscape"):
            if self.follow.isChecked():
                self.follow_timer.start()
            return
        try:
            request = self._request("custom", (self.landscape.d1, self.landscape.d2))
        except ValueError:
            return
        self._start(request)
        if self.slice_plot.legend.isVisible():
            self.compute_slice()

    def compute_slice(self) -> None:
        try:
            problem = problem_of(self.doc)
            net, trajectory, _ = self.trajectory_source()
            net = net if net is not None else problem.network
            address = self.slice_picker.address()
            name = self.slice_picker.label()
            span = self.slice_span.value()
        except ValueError as exc:
            self.message.show_error(translate("Lab", "Cannot draw the slice: {error}.").format(error=exc))
            return
        X, Y = problem.data.X_train, problem.data.Y_train
        self.tasks.submit("slice", lambda ctx: compute_slice(net, X, Y, address, trajectory, span),
                          lambda s: self.slice_plot.show_slice(dataclasses.replace(s, label=name)), self._failed)

    def cancel(self) -> None:
        self.tasks.cancel("landscape")
        self._busy(False)
        self.message.show_hint(translate("Lab", "Cancelled."))

    # -- state ----------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.compute_button.setEnabled(not busy)
        self.train_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setRange(0, 1 if not busy else 0)
        self.progress.setValue(0)

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.message.show_error(translate("Lab", "Failed: {error}").format(error=message))

    def _structure_changed(self, _event) -> None:
        self.own = None
        self.landscape = None  # its directions no longer fit the network
        for picker in (self.first, self.second, self.slice_picker):
            picker.refresh()
        self._update_trajectory_caption()

    def detach(self) -> None:
        self._unsubscribe()
        self.recorder.detach()

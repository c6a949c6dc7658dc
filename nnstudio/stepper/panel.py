"""The step-through panel: navigation, what is happening now, the sample, the explanation, the matrices.

It shows the controller's state and passes the canvas selection to the explanation pane; it never
computes a number (the captions, explanations and matrices come from the core).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nnstudio.io.numbers import fmt, list_separator
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from .explain_pane import ExplanationPane, default_item
from .matrix_view import matrix_view
from .matrix_widget import MatrixViewWidget
from .nav_bar import NavBar, kind_colour
from .sample_box import SampleBox
from .steps import LOSS, UPDATE

INTRO = QT_TRANSLATE_NOOP("Stepper", "<b>Step through one training step with the real numbers.</b> Choose a "
                                    "sample and a learning rate on the left, then press <b>Start</b> (or the "
                                    "toolbar's Step through). Keys: → next, ← previous, Home restart, End to the "
                                    "end, P play/pause.")


class StepperPanel(QWidget):
    """The dock's content. ``canvas`` is optional (its selection chooses what is explained)."""

    def __init__(self, controller, canvas=None, parent=None):
        super().__init__(parent)
        self.ctl, self.canvas = controller, canvas
        self.selected: tuple | None = None
        self.start_button = QPushButton(translate("Stepper", "Start"))
        self.start_button.setCheckable(True)
        self.start_button.setToolTip(translate("Stepper", "Enter or leave step-through (F8)"))
        self.start_button.clicked.connect(self._start_clicked)
        self.nav = NavBar(controller)
        self.gradient_box = QCheckBox(translate("Stepper", "Gradient view"))
        self.gradient_box.setToolTip(translate("Stepper", "Outside step-through, colour every connection by ∂L/∂w "
                                                          "for the chosen sample"))
        self.title = QLabel()
        self.title.setObjectName("stepTitle")
        self.sample_line = QLabel()
        self.sample_line.setObjectName("hint")
        self.sample_line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        font = self.caption.font()
        font.setPixelSize(14)
        self.caption.setFont(font)
        self.canvas_note = QLabel()
        self.canvas_note.setObjectName("hint")
        self.canvas_note.setVisible(False)
        self.again_button = QPushButton(translate("Stepper", "Again with the new weights"))
        self.again_button.setToolTip(translate("Stepper", "Keep this update and step through the same sample again"))
        self.again_button.clicked.connect(lambda: controller.new_pass(next_sample=False))
        self.next_sample_button = QPushButton(translate("Stepper", "Next sample"))
        self.next_sample_button.setToolTip(translate("Stepper", "Keep this update and step through the next rows of "
                                                                "the data"))
        self.next_sample_button.clicked.connect(lambda: controller.new_pass(next_sample=True))
        self.samples = SampleBox(controller)
        self.explanation = ExplanationPane()
        self.matrices = MatrixViewWidget()
        self._build_layout()
        controller.stepChanged.connect(self.sync)
        controller.activeChanged.connect(lambda _a: self.sync())
        controller.inputChanged.connect(self._sync_sample_line)
        controller.samplesChanged.connect(self._sync_sample_line)
        if canvas is not None:
            canvas.selectionChangedTo.connect(self.set_selection)
        self.sync()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.start_button)
        top.addWidget(self.nav, 1)
        top.addWidget(QLabel("η"))
        top.addWidget(self.samples.lr_spin)
        top.addWidget(self.samples.eta_note)
        top.addSpacing(6)
        top.addWidget(self.gradient_box)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addSpacing(12)
        heading.addWidget(self.sample_line, 1)
        caption = QHBoxLayout()
        caption.addWidget(self.caption, 1)
        caption.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignTop)
        caption.addWidget(self.next_sample_button, 0, Qt.AlignmentFlag.AlignTop)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.samples)
        self.splitter.addWidget(self.explanation)
        self.splitter.addWidget(self.matrices)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([270, 500, 630])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(heading)
        layout.addLayout(caption)
        layout.addWidget(self.canvas_note)
        layout.addWidget(self.splitter, 1)

    def set_canvas_note(self, note: str) -> None:
        """A hint about the canvas (e.g. only the selected neuron's connections are labelled)."""
        self.canvas_note.setText(note)
        self.canvas_note.setVisible(bool(note))

    # -- showing --------------------------------------------------------------------------------
    def sync(self) -> None:
        st = self.ctl.st
        self.start_button.setChecked(st is not None)
        self.start_button.setText(translate("Stepper", "Stop") if st is not None else translate("Stepper", "Start"))
        at_update = st is not None and st.current.kind == UPDATE
        self.again_button.setVisible(at_update)
        self.next_sample_button.setVisible(at_update and self.ctl.source == "data")
        self._sync_sample_line()
        if st is None:
            self.title.setText("")
            self.caption.setText(translate("Stepper", INTRO))
            self.explanation.show_item(None, None)
            self.matrices.set_view(None)
            return
        step = st.current
        colour = kind_colour(step.kind, self)
        loss = f" · L = {fmt(step.loss)}" if step.kind == LOSS else ""
        counter = translate("Stepper", "Step {n} of {total}").format(n=step.index + 1, total=len(st))
        self.title.setText(f"<span style='font-size:17px; font-weight:bold; color:{colour}'>"
                           f"{counter} · {html.escape(step.title)}{loss}</span>")
        caption = html.escape(step.caption)
        if step.kind == UPDATE and self.ctl.update_applied:
            caption += translate("Stepper", " <i>The network now has these new weights — one edit you can undo "
                                            "(← goes back and undoes it).</i>")
        self.caption.setText(caption)
        self._explain()
        self.matrices.set_view(matrix_view(st))

    def _sync_sample_line(self) -> None:
        try:
            X, Y, what = self.ctl.inputs()
        except ValueError as exc:
            self.sample_line.setText(str(exc))
            return
        lr = f"η = {fmt(self.ctl.learning_rate)}"
        if self.ctl.eta_override is not None:
            lr += f" (this step only; the network's η = {fmt(self.ctl.network_learning_rate)})"
        if len(X) == 1:
            xs, ys = short_values(X[0]), short_values(Y[0])
            line = translate("Stepper", "Sample: {what} · x = ({xs}) · target y = ({ys}) · {lr}")
            self.sample_line.setText(line.format(what=what, xs=xs, ys=ys, lr=lr))
        else:
            self.sample_line.setText(translate("Stepper", "Mini-batch: {what} ({size} samples) · {lr}").format(
                what=what, size=len(X), lr=lr))

    def set_selection(self, kind: str, ids: list) -> None:
        """The canvas selection: a neuron or a connection is explained, anything else clears it."""
        self.selected = tuple(ids[0]) if kind in ("neuron", "connection") and ids else None
        self._explain()

    def _explain(self) -> None:
        st = self.ctl.st
        if st is None:
            return
        item, chosen = self.selected, True
        if item is None or not _valid(st, item):
            item, chosen = default_item(st, st.current), False
        self.explanation.show_item(st, item, chosen)

    def _start_clicked(self, on: bool) -> None:
        if on:
            if not self.ctl.enter():
                self.start_button.setChecked(False)
        else:
            self.ctl.leave()


def short_values(values, limit: int = 6) -> str:
    """``0.5, −0.3, …`` — the first few of many values (the label must not widen the window)."""
    shown = list_separator().join(fmt(v) for v in values[:limit])
    more = translate("Stepper", "… ({count} values)").format(count=len(values))
    return shown + (list_separator() + more if len(values) > limit else "")


def _valid(st, item) -> bool:
    sizes = st.network.sizes
    l, j = item[0], item[1]
    if not (0 <= l < len(sizes) and 0 <= j < sizes[l]):
        return False
    return len(item) == 2 or (l >= 1 and 0 <= item[2] < sizes[l - 1])

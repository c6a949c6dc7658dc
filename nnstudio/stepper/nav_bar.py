"""Navigation: restart / previous / next / to the end / play with a speed, and the strip of steps
that shows the order of the pass (forward 1 … L, loss, backward L … 1, update) with the current one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QStyle,
    QToolButton,
    QWidget,
)

from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from .steps import BACKWARD, FORWARD, LOSS, UPDATE

KIND_COLOURS = {FORWARD: "#2166ac", LOSS: "#7c3aed", BACKWARD: "#e66101", UPDATE: "#1a7f37"}
DARK_KIND_COLOURS = {FORWARD: "#5aa9e6", LOSS: "#b794f6", BACKWARD: "#ff9440", UPDATE: "#4ac26b"}


def kind_colour(kind: str, widget) -> str:
    """The colour of a kind of step, lighter on a dark palette."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return (DARK_KIND_COLOURS if dark else KIND_COLOURS)[kind]
KIND_NAMES = {FORWARD: QT_TRANSLATE_NOOP("Stepper", "Forward"), LOSS: QT_TRANSLATE_NOOP("Stepper", "Loss"),
              BACKWARD: QT_TRANSLATE_NOOP("Stepper", "Backward"), UPDATE: QT_TRANSLATE_NOOP("Stepper", "Update")}
SPEEDS_MS = (3000, 2000, 1400, 1000, 700, 450, 250)   # slider positions, slow → fast


def short_title(step) -> str:
    """The label of a step in the strip, e.g. "Forward 1", "Loss", "Backward 2", "Update"."""
    name = translate("Stepper", KIND_NAMES[step.kind]) if step.kind in KIND_NAMES else step.kind.capitalize()
    if step.kind in (FORWARD, BACKWARD):
        return f"{name} {step.layer}"
    return name


class NavBar(QWidget):
    """Buttons calling the controller; the strip is rebuilt when the stepper changes."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.ctl = controller
        SP = QStyle.StandardPixmap
        self.restart_button = self._tool(SP.SP_MediaSkipBackward, translate("Stepper", "Restart (Home)"),
                                          controller.restart)
        self.prev_button = self._tool(SP.SP_MediaSeekBackward, translate("Stepper", "Previous step (←)"),
                                       controller.previous)
        self.next_button = self._tool(SP.SP_MediaSeekForward, translate("Stepper", "Next step (→)"), controller.next)
        self.end_button = self._tool(SP.SP_MediaSkipForward, translate("Stepper", "Run to the end (End)"),
                                      controller.to_end)
        self.play_button = QPushButton(translate("Stepper", "Play"))
        self.play_button.setIcon(self.style().standardIcon(SP.SP_MediaPlay))
        self.play_button.setToolTip(translate("Stepper", "Play the steps one after the other (P)"))
        self.play_button.setCheckable(True)
        self.play_button.clicked.connect(lambda on: controller.play() if on else controller.pause())
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(0, len(SPEEDS_MS) - 1)
        self.speed.setValue(2)
        self.speed.setFixedWidth(90)
        self.speed.setToolTip(translate("Stepper", "Playing speed"))
        self.speed.valueChanged.connect(lambda v: controller.set_interval(SPEEDS_MS[v]))
        controller.set_interval(SPEEDS_MS[self.speed.value()])
        self.counter = QLabel()
        self.counter.setMinimumWidth(82)
        self.strip = QWidget()
        self._strip_layout = QHBoxLayout(self.strip)
        self._strip_layout.setContentsMargins(0, 0, 0, 0)
        self._strip_layout.setSpacing(2)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: list[QPushButton] = []
        self._strip_of = None
        scroll = QScrollArea()
        scroll.setWidget(self.strip)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedHeight(34)
        self._scroll = scroll
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.restart_button, self.prev_button, self.next_button, self.end_button):
            layout.addWidget(w)
        layout.addWidget(self.play_button)
        layout.addWidget(QLabel(translate("Stepper", "speed")))
        layout.addWidget(self.speed)
        layout.addWidget(self.counter)
        layout.addWidget(scroll, 1)
        controller.stepChanged.connect(self.sync)
        controller.activeChanged.connect(lambda _a: self.sync())
        controller.playingChanged.connect(self.play_button.setChecked)
        controller.playingChanged.connect(self._playing_changed)
        self.sync()

    def _playing_changed(self, on: bool) -> None:
        self.play_button.setText(translate("Stepper", "Pause") if on else translate("Stepper", "Play"))
        icon = QStyle.StandardPixmap.SP_MediaPause if on else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))

    def _tool(self, icon, tip: str, slot) -> QToolButton:
        b = QToolButton()
        b.setIcon(self.style().standardIcon(icon))
        b.setToolTip(tip)
        b.setMinimumWidth(30)
        b.clicked.connect(slot)
        return b

    def sync(self) -> None:
        st = self.ctl.st
        for w in (self.restart_button, self.prev_button, self.next_button, self.end_button, self.play_button):
            w.setEnabled(st is not None)
        if st is None:
            self.counter.setText("")
            self._rebuild_strip(None)
            return
        self.prev_button.setEnabled(not st.at_start)
        self.restart_button.setEnabled(not st.at_start)
        self.next_button.setEnabled(not st.at_end)
        self.end_button.setEnabled(not st.at_end)
        self.counter.setText(translate("Stepper", "Step {n} of {total}").format(n=st.index + 1, total=len(st)))
        if self._strip_of is not st:
            self._rebuild_strip(st)
        for k, b in enumerate(self._buttons):
            b.setChecked(k == st.index)
            b.setEnabled(True)
        if self._buttons:
            self._scroll.ensureWidgetVisible(self._buttons[st.index])

    def _rebuild_strip(self, st) -> None:
        self._strip_of = st
        for b in self._buttons:
            self._group.removeButton(b)
        self._buttons = []
        while self._strip_layout.count():
            item = self._strip_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        if st is None:
            return
        for k in range(len(st)):
            step = st.step(k)
            if k:
                arrow = QLabel("›")
                arrow.setObjectName("hint")
                self._strip_layout.addWidget(arrow)
            b = QPushButton(f"{k + 1} {short_title(step)}")
            b.setCheckable(True)
            b.setToolTip(step.title)
            colour = kind_colour(step.kind, self)
            checked_text = "white" if colour in KIND_COLOURS.values() else "#1e2127"
            b.setStyleSheet(f"QPushButton {{ color: {colour}; padding: 3px 7px; font-weight: bold; }}"
                            f"QPushButton:checked {{ background: {colour}; color: {checked_text}; }}")
            b.clicked.connect(lambda _c=False, k=k: self.ctl.go_to(k))
            self._group.addButton(b)
            self._strip_layout.addWidget(b)
            self._buttons.append(b)
        self._strip_layout.addStretch(1)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt virtual
        if event.type() == QEvent.Type.PaletteChange and self._strip_of is not None:
            self._rebuild_strip(self._strip_of)   # the theme changed: recolour the strip
            self.sync()
        super().changeEvent(event)

    def step_labels(self) -> list[str]:
        return [b.text() for b in self._buttons]

"""Play/Pause, Step one batch, Step one epoch, Stop, Reset; the counters and the run's state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QStyle, QToolButton, QVBoxLayout, QWidget

from nnstudio.widgets.i18n import translate

from ..controller import DIVERGED_STATE, ERROR, RUNNING


def _button(text: str, icon, tip: str) -> QToolButton:
    b = QToolButton()
    b.setText(text)
    b.setIcon(icon)
    b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    b.setToolTip(tip)
    b.setAutoRaise(True)
    b.setMinimumWidth(54)
    return b


class RunBar(QWidget):
    def __init__(self, ctl, parent=None):
        super().__init__(parent)
        self.ctl = ctl
        st = self.style()
        self.icons = {"play": st.standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
                      "pause": st.standardIcon(QStyle.StandardPixmap.SP_MediaPause)}
        self.play = _button(translate("Training", "Play"), self.icons["play"],
                            translate("Training", "Start or pause training (Space)"))
        self.step = _button(translate("Training", "Step"), st.standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward),
                            translate("Training", "Train on one mini-batch: exactly one update of the weights"))
        self.epoch = _button(translate("Training", "Epoch"), st.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward),
                             translate("Training", "Train until the end of the current epoch (one pass over the "
                                                   "training data)"))
        self.stop = _button(translate("Training", "Stop"), st.standardIcon(QStyle.StandardPixmap.SP_MediaStop),
                            translate("Training", "End the run: keep the weights; the next Play starts a fresh "
                                                  "optimiser"))
        self.reset = _button(translate("Training", "Reset"), st.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                             translate("Training", "Re-initialise the weights with the initialiser and seed, and "
                                                   "clear the history (undoable)"))
        self.play.clicked.connect(ctl.toggle)
        self.step.clicked.connect(ctl.step_batch)
        self.epoch.clicked.connect(ctl.step_epoch)
        self.stop.clicked.connect(ctl.stop)
        self.reset.clicked.connect(ctl.reset)
        self.counters = QLabel()
        self.counters.setToolTip(translate("Training", "Epochs (passes over the training data), steps (weight "
                                                       "updates) and the "
                                 "training speed"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.fit = QLabel()
        self.fit.setWordWrap(True)
        self.fit.setStyleSheet("background: #fff4e5; border: 1px solid #f0c890; border-radius: 3px; padding: 4px;")
        self.adapt = QPushButton(translate("Training", "Adapt the network to the data"))
        self.adapt.setToolTip(translate("Training", "Resize the input/output layers (and set the output activation "
                                                    "and loss) so that "
                              "the network fits the data; one undo step"))
        buttons = QGridLayout()
        buttons.setSpacing(2)
        for i, b in enumerate((self.play, self.step, self.epoch, self.stop, self.reset)):
            buttons.addWidget(b, 0, i)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.counters)
        layout.addWidget(self.status)
        layout.addWidget(self.fit)
        layout.addWidget(self.adapt)
        ctl.stateChanged.connect(lambda _s: self.sync())
        ctl.refresh.connect(self.update_counters)
        ctl.dataChanged.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        ctl = self.ctl
        running = ctl.state == RUNNING
        self.play.setText(translate("Training", "Pause") if running else translate("Training", "Play"))
        self.play.setIcon(self.icons["pause" if running else "play"])
        text, style = ctl.status_text if ctl.state != RUNNING else "", ""
        if ctl.state == DIVERGED_STATE:
            style = "color: #b42318; font-weight: 600;"
        elif ctl.state == ERROR:
            style = "color: #b42318;"
        self.status.setText(text)
        self.status.setStyleSheet(style)
        self.status.setVisible(bool(text))
        problem = ctl.fit_problem()
        self.fit.setText(translate("Training",
                                   "Cannot train yet: {problem}.").format(problem=problem) if problem else "")
        self.fit.setVisible(bool(problem))
        self.adapt.setVisible(bool(problem) and ctl.data is not None)
        for b in (self.step, self.epoch):
            b.setEnabled(not problem)
        self.play.setEnabled(not problem or running)
        self.update_counters()

    def update_counters(self) -> None:
        ctl = self.ctl
        tr = ctl.trainer
        epoch, step = (tr.epoch, tr.step) if tr is not None else (ctl.epoch, ctl.step)
        speed = (translate("Training", "   ·   {speed} steps/s").format(speed=f"{ctl.steps_per_second:.0f}")
                 if ctl.state == RUNNING else "")
        self.counters.setText(translate("Training", "Epoch {epoch}   ·   Step {step}").format(epoch=epoch, step=step)
                              + speed)

"""Play/Pause, Step one batch, Step one epoch, Stop, Reset; the speed (slow motion … full speed), the
counters, the seed Reset uses, and the run's state (a banner when the loss diverges)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnstudio.widgets.flow_layout import FlowLayout
from nnstudio.widgets.i18n import translate

from ..controller import DIVERGED_STATE, ERROR, RUNNING

#: The speed control's positions: steps per second (None: full speed). The views redraw ~30 times a
#: second, so 30 steps/s is one step per frame: each weight update can be watched.
SPEEDS = (30, 90, 300, 1000, 3000, 10000, None)


def speed_text(rate) -> str:
    if rate is None:
        return translate("Training", "full speed")
    if rate <= 30:
        return translate("Training", "slow motion: 1 step per frame")
    frames = rate // 30
    return translate("Training", "%n step(s) per frame ({rate} steps/s)", None, frames).format(rate=rate)


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
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setPageStep(1)
        self.speed.setValue(SPEEDS.index(ctl.max_rate) if ctl.max_rate in SPEEDS else len(SPEEDS) - 1)
        self.speed.setToolTip(translate("Training", "How fast training runs: from slow motion (one weight update "
                                                    "per frame: watch the "
                              "boundary move and the weights change colour) to full speed"))
        self.speed_label = QLabel()
        self.speed_label.setMinimumWidth(10)
        self.speed.valueChanged.connect(self._speed_changed)
        self.lock_seed = QCheckBox(translate("Training", "lock seed"))
        self.lock_seed.setToolTip(translate("Training", "Reset draws fresh weights with the next seed; locked, it "
                                                        "reuses this seed"))
        self.lock_seed.toggled.connect(lambda on: setattr(ctl, "lock_seed", bool(on)))
        self.seed_label = QLabel()
        self.banner = QFrame()
        self.banner.setObjectName("divergenceBanner")
        self.banner.setStyleSheet("#divergenceBanner { background: #fde8e8; border: 1px solid #f0a3a3; "
                                  "border-radius: 4px; }")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setStyleSheet("color: #8a1c1c; font-weight: 600;")
        self.back = QPushButton(translate("Training", "Back to the last good weights"))
        self.back.setToolTip(translate("Training", "Put back the weights of the last evaluation before the loss "
                                                   "blew up (one undo step)"))
        self.back.clicked.connect(ctl.back_to_last_good)
        banner = QVBoxLayout(self.banner)
        banner.setContentsMargins(6, 4, 6, 4)
        banner.addWidget(self.banner_text)
        banner.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        self.adapt = QPushButton(translate("Training", "Adapt the network to the data"))
        self.adapt.setToolTip(translate("Training", "Resize the input/output layers (and set the output activation "
                                                    "and loss) so that "
                              "the network fits the data; one undo step"))
        buttons = FlowLayout(spacing=2)          # wraps in a narrow dock
        for b in (self.play, self.step, self.epoch, self.stop, self.reset):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        speed = QHBoxLayout()
        speed.addWidget(QLabel(translate("Training", "Speed")))
        speed.addWidget(self.speed, 1)
        layout.addLayout(speed)
        layout.addWidget(self.speed_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.counters)
        seed = FlowLayout()
        seed.addWidget(self.seed_label)
        seed.addWidget(self.lock_seed)
        layout.addLayout(seed)
        layout.addWidget(self.status)
        layout.addWidget(self.fit)
        layout.addWidget(self.adapt)
        ctl.stateChanged.connect(lambda _s: self.sync())
        ctl.refresh.connect(self.update_counters)
        ctl.dataChanged.connect(self.sync)
        ctl.doc.subscribe(lambda _e: self.sync(), ["settings", "reset"])
        self.speed_label.setText(speed_text(ctl.max_rate))
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
        diverged = ctl.state == DIVERGED_STATE and bool(ctl.divergence)
        self.banner.setVisible(diverged)
        self.banner_text.setText(ctl.divergence if diverged else "")
        self.back.setEnabled(diverged and ctl.last_good is not None)
        if diverged:
            text = ""
        self.status.setText(text)
        self.status.setStyleSheet(style)
        self.status.setVisible(bool(text))
        self.seed_label.setText(translate("Training", "Weights seed {seed}").format(seed=int(ctl.doc.training.seed)))
        self.lock_seed.setChecked(ctl.lock_seed)
        problem = ctl.fit_problem()
        self.fit.setText(translate("Training",
                                   "Cannot train yet: {problem}.").format(problem=problem) if problem else "")
        self.fit.setVisible(bool(problem))
        self.adapt.setVisible(bool(problem) and ctl.data is not None)
        for b in (self.step, self.epoch):
            b.setEnabled(not problem)
        self.play.setEnabled(not problem or running)
        self.update_counters()

    def _speed_changed(self, index: int) -> None:
        rate = SPEEDS[index]
        self.ctl.set_speed(rate)
        self.speed_label.setText(speed_text(rate))

    def update_counters(self) -> None:
        ctl = self.ctl
        tr = ctl.trainer
        epoch, step = (tr.epoch, tr.step) if tr is not None else (ctl.epoch, ctl.step)
        speed = (translate("Training", "   ·   {speed} steps/s").format(speed=f"{ctl.steps_per_second:.0f}")
                 if ctl.state == RUNNING else "")
        self.counters.setText(translate("Training", "Epoch {epoch}   ·   Step {step}").format(epoch=epoch, step=step)
                              + speed)

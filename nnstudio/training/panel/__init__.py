"""The training dock: run controls and counters, then foldable sections: settings, data, and the
rarely changed settings (folded at first), so that the essentials fit a 1280×720 screen without
scrolling. The controls wrap, so the panel fits any dock width without a horizontal scroll."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from nnstudio.widgets.i18n import translate
from nnstudio.widgets.section import Section

from .data_box import DataBox
from .run_bar import RunBar
from .settings_box import SettingsBox


class TrainingPanel(QScrollArea):
    def __init__(self, ctl, parent=None):
        super().__init__(parent)
        self.ctl = ctl
        self.run_bar = RunBar(ctl)
        self.data_box = DataBox(ctl)
        self.settings_box = SettingsBox(ctl)
        self.run_bar.adapt.clicked.connect(self.data_box.adapt_network)
        self.sections = {}
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.run_bar)
        for key, title, box in (("settings", translate("Training", "Settings"), self.settings_box),
                                ("data", translate("Training", "Data"), self.data_box)):
            box.setTitle("")
            box.setFlat(True)
            self.sections[key] = section = Section(title, box)
            layout.addWidget(section)
        self.settings_box.more.setContentsMargins(self.settings_box.contentsMargins())
        self.sections["more"] = section = Section(translate("Training", "More settings"),
                                                 self.settings_box.more, folded=True)
        layout.addWidget(section)
        layout.addStretch(1)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(240)


def add_play_shortcut(window, ctl) -> QShortcut:
    """Space toggles Play/Pause anywhere in ``window``, except in text fields (they take the Space
    themselves, as does the canvas: a tap there toggles too, a hold + drag pans)."""
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Space), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(ctl.toggle)
    return shortcut

"""TensorFlow-Playground input feature toggles for 2-D data (x1, x2, x1², x2², x1·x2, sin x1, sin x2)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QToolButton, QWidget

from nnstudio.io.dataset_block import FEATURE_TIPS, FEATURES
from nnstudio.widgets.i18n import translate


class FeatureToggles(QWidget):
    """Checkable buttons; ``changed(list[str])`` with the new selection (never empty)."""

    changed = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.buttons = {}
        for i, name in enumerate(FEATURES):
            b = QToolButton()
            b.setText(name)
            b.setCheckable(True)
            b.setMinimumWidth(44)
            tip = translate("Training", FEATURE_TIPS[name])
            b.setToolTip(translate("Training", "Input feature {name}: {tip}. Toggling it adds or removes an input "
                                               "neuron (undoable).").format(name=name, tip=tip))
            b.toggled.connect(self._toggled)
            self.buttons[name] = b
            layout.addWidget(b, i // 4, i % 4)
        self._syncing = False

    def set_selection(self, names) -> None:
        self._syncing = True
        for name, b in self.buttons.items():
            b.setChecked(name in names)
        self._syncing = False

    def selection(self) -> list[str]:
        return [n for n, b in self.buttons.items() if b.isChecked()]

    def _toggled(self, _on: bool) -> None:
        if self._syncing:
            return
        chosen = self.selection()
        if not chosen:  # at least one input
            sender = self.sender()
            self._syncing = True
            sender.setChecked(True)
            self._syncing = False
            return
        self.changed.emit(chosen)

"""A log-scale slider coupled to an exact number field."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSlider, QWidget

from nnstudio.widgets.number_entry import NumberEntry


class LogSlider(QWidget):
    """A slider over ``[lo, hi]`` on a log scale plus an exact field; ``valueChanged(float)``."""

    valueChanged = Signal(float)
    STEPS = 1000

    def __init__(self, lo: float, hi: float, parent=None):
        super().__init__(parent)
        self.lo, self.hi = math.log10(lo), math.log10(hi)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, self.STEPS)
        self.field = NumberEntry(0.0, 0.0, 1e6)
        self.field.setMaximumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.field)
        self.slider.valueChanged.connect(self._slid)
        self.field.valueEdited.connect(self._typed)

    def value(self) -> float:
        return self.field.value()

    def set_value(self, value: float) -> None:
        self.field.set_value(value)
        self.slider.blockSignals(True)
        self.slider.setValue(self._position(value))
        self.slider.blockSignals(False)

    def _position(self, value: float) -> int:
        if value <= 0:
            return 0
        t = (math.log10(value) - self.lo) / (self.hi - self.lo)
        return int(round(min(max(t, 0.0), 1.0) * self.STEPS))

    def _slid(self, pos: int) -> None:
        v = 10 ** (self.lo + (self.hi - self.lo) * pos / self.STEPS)
        v = float(f"{v:.2g}")  # round to 2 significant digits: 0.0031, 0.3, 1.5
        self.field.set_value(v)
        self.valueChanged.emit(v)

    def _typed(self, v: float) -> None:
        self.set_value(v)
        self.valueChanged.emit(v)

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt name
        super().setToolTip(text)
        self.slider.setToolTip(text)
        self.field.setToolTip(text)

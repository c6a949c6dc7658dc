"""Small input widgets: an exact number field and a log-scale slider coupled to it."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSlider, QWidget


class FloatField(QLineEdit):
    """A line edit for one float (accepts 0.003 or 3e-3); ``valueEdited(float)`` on Enter/focus out."""

    valueEdited = Signal(float)

    def __init__(self, minimum: float = 0.0, maximum: float = 1e9, parent=None):
        super().__init__(parent)
        validator = QDoubleValidator(minimum, maximum, 12, self)
        validator.setNotation(QDoubleValidator.Notation.ScientificNotation)
        self.setValidator(validator)
        self.setMaximumWidth(90)
        self._value = 0.0
        self.editingFinished.connect(self._finished)

    def value(self) -> float:
        return self._value

    def set_value(self, value: float) -> None:
        self._value = float(value)
        self.setText(f"{value:.6g}")

    def _finished(self) -> None:
        try:
            v = float(self.text().replace(",", "."))
        except ValueError:
            self.set_value(self._value)
            return
        if math.isfinite(v) and v != self._value:
            self._value = v
            self.valueEdited.emit(v)


class LogSlider(QWidget):
    """A slider over ``[lo, hi]`` on a log scale plus an exact field; ``valueChanged(float)``."""

    valueChanged = Signal(float)
    STEPS = 1000

    def __init__(self, lo: float, hi: float, parent=None):
        super().__init__(parent)
        self.lo, self.hi = math.log10(lo), math.log10(hi)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, self.STEPS)
        self.field = FloatField(0.0, 1e6)
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

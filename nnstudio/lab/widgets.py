"""Small shared widgets and helpers: number spin boxes, an error label, a list-of-numbers parser."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QLineEdit


def spin(value: float, low: float, high: float, decimals: int = 4, step: float = 0.1,
         tip: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setValue(value)
    box.setKeyboardTracking(False)
    if tip:
        box.setToolTip(tip)
    return box


class MessageLabel(QLabel):
    """A word-wrapped label for errors (red) and hints (grey); hidden when empty."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, "#b00020")

    def show_hint(self, text: str) -> None:
        self._show(text, "#555")

    def _show(self, text: str, color: str) -> None:
        self.setStyleSheet(f"color: {color};")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def parse_numbers(text: str, what: str = "learning rate", positive: bool = False) -> list[float]:
    """``"0.01, 0.1 1e-3"`` → [0.01, 0.1, 0.001]; raises ValueError naming the bad entry."""
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    if not parts:
        raise ValueError(f"give at least one {what}")
    values = []
    for part in parts:
        try:
            value = float(part)
        except ValueError:
            raise ValueError(f"'{part.strip()}' is not a number") from None
        if not math.isfinite(value) or value < 0 or (positive and value == 0):
            bound = "> 0" if positive else "≥ 0"
            raise ValueError(f"each {what} must be a finite number {bound}, got {part.strip()}")
        values.append(value)
    return values


def format_numbers(values) -> str:
    return ", ".join(f"{v:g}" for v in values)


class FloatEdit(QLineEdit):
    """A line edit for numbers of any size (``1e-8``), with ``value()`` and ``valueChanged``."""

    valueChanged = Signal(float)

    def __init__(self, value: float, tip: str = "", parent=None):
        super().__init__(f"{value:g}", parent)
        self._value = float(value)
        self.setValidator(QDoubleValidator(self))
        if tip:
            self.setToolTip(tip)
        self.editingFinished.connect(self._finished)

    def value(self) -> float:
        return self._value

    def setValue(self, value: float) -> None:
        self._value = float(value)
        self.setText(f"{value:g}")

    def _finished(self) -> None:
        try:
            value = float(self.text())
        except ValueError:
            self.setText(f"{self._value:g}")
            return
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

"""Small shared widgets and helpers: number spin boxes, an error label, a list-of-numbers parser."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QLineEdit

from nnstudio.document.numbers import localize, localize_list, parse_float, split_numbers
from nnstudio.widgets.i18n import translate


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


def parse_numbers(text: str, what: str | None = None, positive: bool = False) -> list[float]:
    """``"0.01, 0.1 1e-3"`` → [0.01, 0.1, 0.001]; raises ValueError naming the bad entry.

    Numbers are separated by ``;``, by a comma followed by a space, or by spaces; in French (decimal
    comma) ``"0,01 ; 0,1"`` and ``"0,5"`` read as decimals, in English a bare comma also separates."""
    what = what or translate("Lab", "learning rate")
    parts = split_numbers(text)
    if not parts:
        raise ValueError(translate("Lab", "give at least one {what}").format(what=what))
    values = []
    for part in parts:
        try:
            value = parse_float(part)
        except ValueError:
            raise ValueError(translate("Lab", "'{text}' is not a number").format(text=part.strip())) from None
        if not math.isfinite(value) or value < 0 or (positive and value == 0):
            bound = "> 0" if positive else "≥ 0"
            raise ValueError(translate("Lab", "each {what} must be a finite number {bound}, got {text}").format(
                what=what, bound=bound, text=part.strip()))
        values.append(value)
    return values


def format_numbers(values) -> str:
    """``0.01, 0.1`` (French: ``0,01 ; 0,1``), which ``parse_numbers`` reads back."""
    return localize_list(f"{v:g}" for v in values)


class FloatEdit(QLineEdit):
    """A line edit for numbers of any size (``1e-8``), with ``value()`` and ``valueChanged``."""

    valueChanged = Signal(float)

    def __init__(self, value: float, tip: str = "", parent=None):
        super().__init__(localize(f"{value:g}"), parent)
        self._value = float(value)
        self.setValidator(QDoubleValidator(self))
        if tip:
            self.setToolTip(tip)
        self.editingFinished.connect(self._finished)

    def value(self) -> float:
        return self._value

    def setValue(self, value: float) -> None:
        self._value = float(value)
        self.setText(localize(f"{value:g}"))

    def _finished(self) -> None:
        try:
            value = parse_float(self.text())
        except ValueError:
            self.setText(localize(f"{self._value:g}"))
            return
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

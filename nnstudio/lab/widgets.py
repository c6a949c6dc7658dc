"""Small widgets and helpers of the lab: number spin boxes, an error label, a list of learning rates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLabel

from nnstudio.io.numbers import fmt, parse_values
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
    """``"0.01, 0.1 1e-3"`` → [0.01, 0.1, 0.001]; raises ValueError naming the bad entry."""
    what = what or translate("Lab", "learning rate")
    values = parse_values(text, what=what).tolist()
    for value in values:
        if value < 0 or (positive and value == 0):
            bound = "> 0" if positive else "≥ 0"
            raise ValueError(translate("Lab", "each {what} must be a finite number {bound}, got {text}").format(
                what=what, bound=bound, text=fmt(value, 6)))
    return values

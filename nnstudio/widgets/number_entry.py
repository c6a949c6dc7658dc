"""The one numeric entry field of the app: a line edit holding one finite float."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit

from nnstudio.io.numbers import entry_text, parse_entry


class NumberEntry(QLineEdit):
    """Accepts ``0.003``, ``3e-3``, ``−2`` or ``0,5``. When editing finishes with a new valid value it
    emits ``valueEdited(float)``; a typo or a value outside ``[minimum, maximum]`` emits ``rejected(message)``
    and the field shows its value again. ``digits=None`` shows the exact value, else that many significant
    digits. ``typing`` is True between the first keystroke and the end of editing."""

    valueEdited = Signal(float)
    rejected = Signal(str)

    def __init__(self, value: float = 0.0, minimum: float = -math.inf, maximum: float = math.inf,
                 digits: int | None = 6, tip: str = "", parent=None):
        super().__init__(parent)
        self.minimum, self.maximum, self.digits = minimum, maximum, digits
        self.typing = False
        self._value = float(value)
        self.setText(entry_text(self._value, digits))
        if tip:
            self.setToolTip(tip)
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._finished)

    def value(self) -> float:
        return self._value

    def set_value(self, value: float) -> None:
        self._value = float(value)
        self.setText(entry_text(self._value, self.digits))

    def _edited(self, _text: str) -> None:
        self.typing = True

    def _finished(self) -> None:
        self.typing = False
        try:
            value = parse_entry(self.text())
        except ValueError as exc:
            message = str(exc)
            self._reject(message[:1].upper() + message[1:])
            return
        if not self.minimum <= value <= self.maximum:
            self._reject(f"Type a number from {self.minimum:g} to {self.maximum:g}")
            return
        if value != self._value:
            self._value = value
            self.valueEdited.emit(value)

    def _reject(self, message: str) -> None:
        self.set_value(self._value)
        self.rejected.emit(message)

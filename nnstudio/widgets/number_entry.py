"""The one numeric entry field of the app: a line edit holding one finite float."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit

from nnstudio.io.numbers import entry_text, fmt, parse_entry
from nnstudio.widgets.i18n import translate


class NumberEntry(QLineEdit):
    """Accepts ``0.003``, ``3e-3``, ``−2`` or ``0,5``. When editing finishes with a new valid value it
    emits ``valueEdited(float)``; a typo or a value outside ``[minimum, maximum]`` emits ``rejected(message)``
    and the field shows its value again. ``digits=None`` shows the exact value, else that many significant
    digits; with ``exact_on_focus`` the exact value replaces them while the field has the focus (for
    editing) and is in the tooltip. ``typing`` is True between the first keystroke and the end of editing."""

    valueEdited = Signal(float)
    rejected = Signal(str)

    def __init__(self, value: float = 0.0, minimum: float = -math.inf, maximum: float = math.inf,
                 digits: int | None = 6, tip: str = "", parent=None, exact_on_focus: bool = False):
        super().__init__(parent)
        self.minimum, self.maximum, self.digits = minimum, maximum, digits
        self.exact_on_focus = exact_on_focus
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
        self.setText(self._shown())

    def _shown(self) -> str:
        exact = self.exact_on_focus and self.hasFocus()
        return entry_text(self._value, None if exact else self.digits)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt virtual
        if self.exact_on_focus:
            self.setText(entry_text(self._value, None))
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt virtual
        super().focusOutEvent(event)          # finishes the edit first
        if self.exact_on_focus:
            self.setText(self._shown())

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
            self._reject(translate("NumberEntry", "Type a number from {low} to {high}").format(
                low=fmt(self.minimum, 6), high=fmt(self.maximum, 6)))
            return
        if value != self._value:
            self._value = value
            self.valueEdited.emit(value)

    def _reject(self, message: str) -> None:
        self.set_value(self._value)
        self.rejected.emit(message)

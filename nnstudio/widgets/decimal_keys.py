"""In French every numeric field accepts ``0,5`` and ``0.5``: the '.' key types the decimal comma.

Qt's spin boxes and ``QDoubleValidator`` follow the default ``QLocale``: in French they show and
accept only the comma. ``DecimalKeyFilter``, installed once on the application, turns a '.' typed
into a decimal-number field (a ``QDoubleSpinBox``, or a line edit with a ``QDoubleValidator``)
into the locale's decimal separator, so both spellings work in every field, present and future.
Pasted text is normalised by the fields that parse with ``document.numbers.parse_float``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QDoubleValidator, QKeyEvent
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QLineEdit


def is_decimal_field(widget) -> bool:
    from .number_entry import NumberEntry

    if isinstance(widget, QDoubleSpinBox | NumberEntry):
        return True
    if isinstance(widget, QLineEdit):
        if isinstance(widget.validator(), QDoubleValidator):
            return True
        return isinstance(widget.parent(), QDoubleSpinBox)
    return False


class DecimalKeyFilter(QObject):
    """Replaces the '.' key by the locale's decimal separator in decimal-number fields."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt name
        if event.type() != QEvent.Type.KeyPress or event.text() != ".":
            return False
        point = QLocale().decimalPoint()
        if point == "." or not is_decimal_field(obj):
            return False
        replacement = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Comma, event.modifiers(), point)
        QApplication.sendEvent(obj, replacement)
        return True


def install_decimal_keys(app: QApplication) -> DecimalKeyFilter:
    keys = DecimalKeyFilter(app)
    app.installEventFilter(keys)
    return keys

"""Translation helpers for modules without a QObject (``pyside6-lupdate`` reads their calls).

``translate("lab.analytic.tab", "Run")`` is ``QCoreApplication.translate``: the French text when the
French catalogue is installed (``app/i18n.py``), the English source otherwise. Plurals use ``%n``:
``translate(ctx, "%n epoch(s)", None, n)``. ``QT_TRANSLATE_NOOP(ctx, text)`` marks a text defined
before the translators are installed (a module constant) for ``translate(ctx, text)`` at display time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text

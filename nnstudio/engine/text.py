"""Translating texts from Qt-free code: the engine's marks and the step-through's explanations.

``QT_TRANSLATE_NOOP("engine", "Four minima…")`` returns the text unchanged (the CLI and files keep
the English); ``pyside6-lupdate`` finds the call by its name and adds the text to the catalogue,
and the interface shows ``translate("engine", text)``.

``translate(context, text, None, n)`` is ``QCoreApplication.translate`` once the interface has
called ``set_translator`` (``app/i18n.py`` does at start-up); before that, and in the CLI, it returns
the English source with ``%n`` replaced by ``n`` and "(s)" resolved ("1 epoch", "2 epochs"). This keeps
the stepper's core free of Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_hook: dict[str, Callable | None] = {"translate": None}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def set_translator(function: Callable | None) -> None:
    """``function(context, text, disambiguation, n)``, e.g. ``QCoreApplication.translate``; None: English."""
    _hook["translate"] = function


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    function = _hook["translate"]
    if function is not None:
        return function(context, text, disambiguation, n)
    if n < 0:
        return text
    # English without a catalogue: "%n epoch(s)" → "1 epoch" / "2 epochs" (update.py's rule for nnstudio_en)
    return re.sub(r"\((e?s)\)", "" if n == 1 else r"\1", text).replace("%n", str(n))

"""Marks the engine's English texts that the interface shows translated (the engine stays Qt-free).

``QT_TRANSLATE_NOOP("engine", "Four minima…")`` returns the text unchanged, so the CLI and files keep
the English; ``pyside6-lupdate`` finds the call by its name and adds the text to the catalogue, and
the interface shows ``QCoreApplication.translate("engine", text)``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text

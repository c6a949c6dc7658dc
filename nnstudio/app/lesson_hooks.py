"""The window's own named actions for lessons, and the canvas's: ``app.open_example`` and ``network.*``."""

from __future__ import annotations

from pathlib import Path

from nnstudio.canvas import lesson_hooks as canvas_hooks
from nnstudio.io.lessons.locate import example_file
from nnstudio.widgets.i18n import translate


def register(window) -> None:
    """Register ``app.open_example`` (opening goes through the window: it asks to save unsaved work first)
    and the canvas's ``network.*`` names on ``window.hooks``."""

    def open_example(name: str) -> None:
        path = Path(name) if Path(name).is_file() else example_file(name)
        if path is None:
            raise ValueError(f"no example network {name!r}")
        if not window.open_file(str(path), as_template=True, ask=True):
            raise ValueError(translate("MainWindow", "{name} was not opened").format(name=path.name))

    window.hooks.register_action("app.open_example", open_example)
    canvas_hooks.register(window.hooks, window.document, window.undo_stack, window.canvas)

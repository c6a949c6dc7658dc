"""``ui.highlight``, ``ui.hide`` and ``ui.show_all``: controls found by the object names the panels give
them (the catalogue's CONTROLS), in any of the application's windows."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

HIGHLIGHT_MS = 2500
HIGHLIGHT_STYLE = '*[lessonHighlight="true"] { border: 3px solid #f59e0b; border-radius: 4px; }'
"""Only the highlighted widget carries the property, so its children keep their own look."""


def find_control(name: str, root: QWidget | None = None) -> QWidget | None:
    """The widget named ``name`` in ``root`` (the main window) or in another open window (the Lab);
    None when absent. Closed windows are not searched."""
    tops = [root] if root is not None else []
    tops += [top for top in QApplication.topLevelWidgets() if top is not root and top.isVisible()]
    for top in tops:
        if top.objectName() == name:
            return top
        found = top.findChild(QWidget, name)
        if found is not None:
            return found
    return None


class Controls:
    """Highlights and hides controls for lessons; ``show_all`` undoes every ``hide``."""

    def __init__(self, root: QWidget | None = None):
        self.root = root
        self.hidden: list[QWidget] = []

    def highlight(self, control: str) -> None:
        widget = find_control(control, self.root)
        if widget is None:
            raise ValueError(f"the control {control!r} is not on screen (open its window first)")
        _reveal(widget)
        before = widget.styleSheet()
        widget.setProperty("lessonHighlight", True)
        widget.setStyleSheet(before + HIGHLIGHT_STYLE)

        def restore() -> None:
            widget.setProperty("lessonHighlight", False)
            widget.setStyleSheet(before)

        QTimer.singleShot(HIGHLIGHT_MS, widget, restore)

    def hide(self, controls: list[str]) -> None:
        for name in controls:
            widget = find_control(name, self.root)
            if widget is not None and widget.isVisibleTo(widget.window()):
                widget.hide()
                self.hidden.append(widget)

    def show_all(self) -> None:
        for widget in self.hidden:
            widget.show()
        self.hidden.clear()

    def register(self, hooks) -> None:
        hooks.register_action("ui.highlight", self.highlight)
        hooks.register_action("ui.hide", self.hide)
        hooks.register_action("ui.show_all", self.show_all)


def _reveal(widget: QWidget) -> None:
    """Show and raise the dock or window holding ``widget``."""
    parent = widget
    while parent is not None:
        if isinstance(parent, QDockWidget):
            parent.show()
            parent.raise_()
            break
        parent = parent.parentWidget()
    window = widget.window()
    if window is not None and not window.isVisible():
        window.show()

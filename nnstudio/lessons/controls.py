"""``ui.highlight``, ``ui.hide`` and ``ui.show_all``: controls found by the object names the panels give
them (the catalogue's CONTROLS), in any of the application's windows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from nnstudio.widgets.section import Section

HIGHLIGHT_MS = 2500
HIGHLIGHT_COLOUR = "#f59e0b"
HIGHLIGHT_WIDTH = 3


class HighlightFrame(QWidget):
    """A border drawn over a control, on top of its children: it shows on every kind of widget (a plain
    QWidget such as the canvas's ignores a style sheet's border), leaves the control's own look alone, and
    lets the mouse through."""

    def __init__(self, target: QWidget):
        super().__init__(target)
        self.setObjectName("lessonHighlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        target.installEventFilter(self)
        self._follow(target)
        self.show()

    def _follow(self, target: QWidget) -> None:
        self.setGeometry(target.rect())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.ChildAdded, QEvent.Type.Show):
            self._follow(watched)
        return False

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(HIGHLIGHT_COLOUR), HIGHLIGHT_WIDTH))
        half = HIGHLIGHT_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
        painter.end()


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
        for old in widget.findChildren(HighlightFrame, options=Qt.FindChildOption.FindDirectChildrenOnly):
            old.deleteLater()
        frame = HighlightFrame(widget)
        QTimer.singleShot(HIGHLIGHT_MS, frame, frame.deleteLater)

    def hide(self, controls: list[str]) -> None:
        for name in controls:
            widget = find_control(name, self.root)
            if widget is not None and not widget.isHidden():    # shown, or in a folded section
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
    """Unfold the sections holding ``widget``; show and raise the dock or window holding it."""
    parent = widget
    while parent is not None:
        if isinstance(parent, Section) and parent.folded:
            parent.set_unfolded(True)
        if isinstance(parent, QDockWidget):
            parent.show()
            parent.raise_()
            break
        parent = parent.parentWidget()
    window = widget.window()
    if window is not None and not window.isVisible():
        window.show()

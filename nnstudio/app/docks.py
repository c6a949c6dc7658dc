"""The window's docks, keyed by a stable id ("inspector", "training", "plots", …), never by their title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QScrollArea

from nnstudio.widgets.i18n import translate

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
FEATURES = (QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable)


def placeholder(text: str) -> QLabel:
    """A centred grey note holding a dock's place until its panel installs."""
    label = QLabel(text)
    label.setObjectName("placeholder")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


class Docks:
    """Creates, fills and sizes the docks of ``window``; ``docks[dock_id]`` is the QDockWidget."""

    def __init__(self, window: QMainWindow):
        self.window = window
        self.docks: dict[str, QDockWidget] = {}
        self.menu: QMenu | None = None  # View ▸ Panels: one show/hide entry per dock

    def add(self, dock_id: str, title: str, widget, area=RIGHT, tab_with: str | None = None) -> QDockWidget:
        """Put ``widget`` in the dock ``dock_id`` (replacing a placeholder), or in a new dock titled
        ``title`` (translated in the context "Docks": mark it ``QT_TRANSLATE_NOOP("Docks", …)``), tabbed with
        the dock ``tab_with`` when there is one."""
        dock = self.docks.get(dock_id)
        if dock is not None:
            old = dock.widget()
            dock.setWidget(widget)
            if old is not None and old is not widget:
                old.deleteLater()
            dock.setWindowTitle(translate("Docks", title))
            return dock
        dock = QDockWidget(translate("Docks", title), self.window)
        dock.setObjectName(f"dock-{dock_id}")  # the key of the saved window state
        dock.setWidget(widget)
        dock.setFeatures(FEATURES)
        self.window.addDockWidget(area, dock)
        self.docks[dock_id] = dock
        if self.menu is not None:
            self.menu.addAction(dock.toggleViewAction())
        partner = self.docks.get(tab_with) if tab_with else None
        if partner is not None and partner is not dock:
            self.window.tabifyDockWidget(partner, dock)
        return dock

    def fill_menu(self, menu: QMenu) -> None:
        """List every dock (now and later) in ``menu``."""
        self.menu = menu
        for dock in self.docks.values():
            menu.addAction(dock.toggleViewAction())

    def default_sizes(self) -> None:
        """A layout where the canvas dominates and the panels are wide enough to read."""
        w = self.window
        # the right-hand panels run down to the status bar (the plots sit under the canvas only), so the
        # Training panel is tall enough for its essentials
        w.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        right = [d for d in self.docks.values() if w.dockWidgetArea(d) == RIGHT]
        if right:
            w.resizeDocks(right, [380] * len(right), Qt.Orientation.Horizontal)
        if "inspector" in self.docks and "training" in self.docks:
            w.resizeDocks([self.docks["inspector"], self.docks["training"]], [170, 700], Qt.Orientation.Vertical)
        bottom = [d for d in w.findChildren(QDockWidget) if w.dockWidgetArea(d) == BOTTOM and not d.isFloating()]
        if bottom:
            w.resizeDocks(bottom[:1], [250], Qt.Orientation.Vertical)
        if "plots" in self.docks:
            self.docks["plots"].raise_()  # the loss curve first; other tabs one click away


def _content_width(widget) -> int:
    """The width a dock's content needs to show its rows whole (longer texts, e.g. in French, need more):
    a scroll area's inner widget's minimum width plus the vertical scroll bar."""
    if isinstance(widget, QScrollArea) and widget.widget() is not None:
        return widget.widget().minimumSizeHint().width() + widget.verticalScrollBar().sizeHint().width() + 4
    return widget.minimumSizeHint().width() if widget is not None else 0

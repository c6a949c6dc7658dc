"""A minimal ``PanelHost`` for testing one panel without the main window: docks, menus, a toolbar, no canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow

from nnstudio.document.host import NamedHooks, PanelHost

AREAS = {"left": Qt.DockWidgetArea.LeftDockWidgetArea, "right": Qt.DockWidgetArea.RightDockWidgetArea,
         "bottom": Qt.DockWidgetArea.BottomDockWidgetArea, "top": Qt.DockWidgetArea.TopDockWidgetArea}


class BareHost(QMainWindow):
    def __init__(self, document, canvas=None):
        super().__init__()
        self.document, self.undo_stack, self.hooks, self.canvas = document, QUndoStack(self), NamedHooks(), canvas
        self.docks: dict[str, QDockWidget] = {}
        self.menus: dict = {}
        self.messages: list[str] = []
        self._toolbar = self.addToolBar("tools")
        assert isinstance(self, PanelHost)

    def show_status(self, message: str, ms: int = 6000) -> None:
        self.messages.append(message)
        self.statusBar().showMessage(message, ms)

    def add_dock(self, dock_id, title, widget, area="right", tab_with=None):
        dock = self.docks[dock_id] = QDockWidget(title, self)
        dock.setObjectName(f"dock-{dock_id}")
        dock.setWidget(widget)
        self.addDockWidget(AREAS[area], dock)
        if tab_with in self.docks:
            self.tabifyDockWidget(self.docks[tab_with], dock)
        return dock

    def show_dock(self, dock_id, min_height=0) -> None:
        self.docks[dock_id].show()

    def menu(self, name):
        if name not in self.menus:
            self.menus[name] = self.menuBar().addMenu(name.title())
        return self.menus[name]

    def toolbar(self):
        return self._toolbar

    def widget(self):
        return self


def installed(host, parts) -> None:
    """Name the training panel's parts on the host as the tests read them."""
    host.training, host.training_panel, host.plots_panel = parts.controller, parts.panel, parts.plots

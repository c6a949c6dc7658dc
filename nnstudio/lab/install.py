"""Hooking the lab into the host window: Lab ▸ Gradient-descent lab… opens the lab window."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from nnstudio.widgets.i18n import translate

from . import lesson_hooks


class LabEntry:
    """The Lab menu's action and the lab window it opens (created on first use, then shared)."""

    def __init__(self, host):
        self.host = host
        self.window = None  # the LabWindow once opened
        self.action = QAction(translate("Lab", "&Gradient-descent lab…"), host.widget())
        self.action.setShortcut("Ctrl+Shift+G")
        self.action.setStatusTip(translate("Lab", "Gradient descent on functions, the network's loss landscape, "
                                                  "learning-rate sweeps"))
        self.action.triggered.connect(self.open)

    def open(self):
        """Show (creating it the first time) the lab window; it shares the host's document, undo stack and
        canvas (for picking weights) and is shut down when the application quits."""
        from .window import LabWindow

        if self.window is None:
            host = self.host
            self.window = LabWindow(host.document, host.undo_stack, host.canvas)
            app = QApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.window.shutdown)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window


def install(host) -> LabEntry:
    """Add Lab ▸ Gradient-descent lab… (Ctrl+Shift+G) to the host's menus."""
    entry = LabEntry(host)
    host.menu("lab").addAction(entry.action)
    lesson_hooks.register(host.hooks, entry)
    return entry

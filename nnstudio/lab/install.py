"""Hooking the lab into the main window: a "Lab" menu that opens the lab window."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from nnstudio.widgets.i18n import translate


def install(window):
    """Add Lab ▸ Gradient-descent lab… (Ctrl+Shift+G) to ``window``; returns the action.

    The lab window is created on first use, shares ``window.document`` and ``window.undo_stack``
    (and ``window.canvas`` for picking weights), and is shut down when the application quits.
    """
    from .window import LabWindow

    bar = window.menuBar()
    menu = QMenu(translate("Lab", "&Lab"), window)
    help_menu = next((a for a in bar.actions() if a.text().replace("&", "") == "Help"), None)
    if help_menu is not None:
        bar.insertMenu(help_menu, menu)  # Lab comes before Help
    else:
        bar.addMenu(menu)
    action = QAction(translate("Lab", "&Gradient-descent lab…"), window)
    action.setShortcut("Ctrl+Shift+G")
    action.setStatusTip(translate("Lab", "Gradient descent on functions, the network's loss landscape, "
                                         "learning-rate sweeps"))
    menu.addAction(action)
    state = {"lab": None}

    def open_lab():
        lab = state["lab"]
        if lab is None:
            lab = state["lab"] = LabWindow(window.document, window.undo_stack, getattr(window, "canvas", None))
            window.lab_window = lab
            app = QApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(lab.shutdown)
        lab.show()
        lab.raise_()
        lab.activateWindow()

    action.triggered.connect(open_lab)
    window.lab_action = action
    window.open_lab = open_lab
    return action

"""The main window: the canvas in the centre, the panels' docks around it; the ``PanelHost`` of the panels.

Its jobs live in their own modules: ``actions`` (actions, menus, toolbar), ``docks`` (docks by id),
``files`` (open, save, recover, export), ``network_edits`` (Network menu dialogs), ``panels``
(installing the panels), ``preferences`` (what is remembered between sessions).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from nnstudio.canvas import NetworkCanvas
from nnstudio.document import NetworkDocument
from nnstudio.document.host import NamedHooks
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from . import dialogs
from .actions import build_actions, build_menus, build_toolbar, menu_for
from .autosave import Autosaver
from .crash import CrashHandler
from .docks import BOTTOM, RIGHT, Docks, placeholder
from .files import DocumentFiles
from .icons import themed_icon
from .inspector import Inspector
from .lesson_hooks import register as register_lesson_hooks
from .network_edits import NetworkEdits
from .panels import install_panels
from .preferences import restore_preferences, save_preferences
from .settings import app_settings
from .theme import apply_theme

APP_NAME = "NN Studio"
UNDO_LIMIT = 300  # steps kept; a big network's training commands hold two copies of its weights
AREAS = {"left": Qt.DockWidgetArea.LeftDockWidgetArea, "right": RIGHT, "bottom": BOTTOM,
         "top": Qt.DockWidgetArea.TopDockWidgetArea}


class MainWindow(DocumentFiles, NetworkEdits, QMainWindow):
    """Owns the document, its undo stack, the canvas, the docks and the actions; ``panels[name]`` is what
    each panel's ``install(host)`` returned ("training", "stepper", "lab")."""

    def __init__(self, settings=None, autosave_interval_ms: int | None = None, panels: bool = True):
        super().__init__()
        self.settings = settings if settings is not None else app_settings()
        self.document = NetworkDocument()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.hooks = NamedHooks()
        self.canvas = NetworkCanvas(self.document, self.undo_stack, self)
        self.controller = self.canvas.controller
        self.controller.edit_layer = self.edit_layer
        self.setCentralWidget(self.canvas)
        self.setWindowIcon(themed_icon("app"))
        self.setAcceptDrops(True)
        self.canvas.view.setAcceptDrops(False)
        self.canvas.view.viewport().setAcceptDrops(False)
        self.docks = Docks(self)
        self.inspector = Inspector(self)
        self.docks.add("inspector", QT_TRANSLATE_NOOP("Docks", "Inspector"), self.inspector, RIGHT)
        self.docks.add("training", QT_TRANSLATE_NOOP("Docks", "Training"),
                       placeholder(translate("MainWindow", "The training panel will appear here.")), RIGHT)
        self.docks.add("plots", QT_TRANSLATE_NOOP("Docks", "Plots"),
                       placeholder(translate("MainWindow", "Loss and accuracy plots will appear here.")), BOTTOM)
        build_actions(self)
        self.menus = build_menus(self)
        self.main_toolbar = build_toolbar(self)
        self._summary = QLabel()
        self.statusBar().addPermanentWidget(self._summary)
        self.canvas.statusMessage.connect(self.show_status)
        self.undo_stack.cleanChanged.connect(self.update_title)
        self.undo_stack.indexChanged.connect(self.update_title)
        self.document.subscribe(self._on_document_event)
        self.autosaver = Autosaver(self, autosave_interval_ms or 60_000)
        self.crash_handler = CrashHandler(self)
        self.interactive = True   # False: messages go to stderr instead of dialogs (screenshots)
        self.ask_save_choice = self._ask_save_choice   # replaceable (tests)
        self.ask_save_path = self._ask_save_path
        self.panels: dict[str, object] = {}
        self.panel_errors: dict[str, str] = {}
        register_lesson_hooks(self)
        if panels:
            self.install_panels()
        self.docks.default_sizes()
        restore_preferences(self)
        self.update_title()
        self._update_status_summary()

    def install_panels(self) -> None:
        """Install the training, step-through and lab panels (a failing one is named in the status bar)."""
        self.panels, self.panel_errors = install_panels(self)
        if self.panel_errors:
            self.show_status(translate("MainWindow",
                                       "Some panels could not be loaded: ") + ", ".join(self.panel_errors), 15000)

    # -- the PanelHost interface (nnstudio.document.host) -----------------------------------------
    def show_status(self, message: str, ms: int = 6000) -> None:
        self.statusBar().showMessage(message, ms)

    def add_dock(self, dock_id: str, title: str, widget, area: str = "right", tab_with: str | None = None):
        return self.docks.add(dock_id, title, widget, AREAS[area], tab_with)

    def show_dock(self, dock_id: str, min_height: int = 0) -> None:
        dock = self.docks.docks[dock_id]
        dock.show()
        dock.raise_()
        if dock.height() < min_height:
            self.resizeDocks([dock], [min(min_height, int(self.height() * 0.5))], Qt.Orientation.Vertical)

    def menu(self, name: str):
        return menu_for(self, self.menus, name)

    def toolbar(self):
        return self.main_toolbar

    def widget(self):
        return self

    # -- state and title ------------------------------------------------------------------------
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean() or self.document.dirty

    def update_title(self, *_args) -> None:
        self.setWindowTitle(f"{self.document.title}[*] — {APP_NAME}")
        self.setWindowModified(self.is_modified())

    def warn(self, title: str, message: str) -> None:
        """Tell the user about a problem (a dialog, or stderr when not interactive)."""
        if self.interactive:
            QMessageBox.warning(self, title, message)
        else:
            print(f"{title}: {message}", file=sys.stderr)

    def _on_document_event(self, event) -> None:
        if event.kind in ("reset", "structure", "activation", "path", "meta"):
            self._update_status_summary()
        if event.kind in ("history", "path", "reset"):
            self.update_title()

    def _update_status_summary(self) -> None:
        net = self.document.network
        count = int(net.n_parameters)
        self._summary.setText(translate("MainWindow", "{sizes}  ·  %n parameter(s)  ·  loss {loss}", None,
                                        count).format(sizes="–".join(map(str, net.sizes)), loss=net.loss))

    # -- view and help --------------------------------------------------------------------------
    def set_theme(self, name: str) -> None:
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, name)
        self.canvas.set_theme(name)
        for action, icon in self.icons.items():
            action.setIcon(themed_icon(icon, name))
        (self.act_dark if name == "dark" else self.act_light).setChecked(True)
        self.settings.setValue("theme", name)

    def show_tour(self) -> None:
        dialogs.TextDialog(translate("MainWindow", "A short tour"), dialogs.tour_html(), self).exec()

    def show_shortcuts(self) -> None:
        dialogs.TextDialog(translate("MainWindow", "Keyboard shortcuts"), dialogs.shortcuts_html(), self).exec()

    def show_about(self) -> None:
        from nnstudio import __version__ as version

        QMessageBox.about(self, translate("MainWindow", "About NN Studio"),
                          f"<h3>NN Studio {version}</h3>" + translate(
                              "MainWindow", "<p>A visual simulator of neural networks: build a network, watch it "
                                            "learn, step through the maths.</p><p>Python, NumPy, PySide6 and "
                                            "pyqtgraph.</p>"))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt virtual
        if not self.maybe_save():
            event.ignore()
            return
        save_preferences(self)
        self.autosaver.timer.stop()
        self.autosaver.discard()
        self.crash_handler.uninstall()
        self.canvas.scene.detach()
        event.accept()

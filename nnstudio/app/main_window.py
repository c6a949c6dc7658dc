"""The main window: the canvas in the centre, docks around it, menus, toolbar, files and settings."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
)

from nnstudio.canvas import NetworkCanvas
from nnstudio.document import NetworkDocument
from nnstudio.resources import example_files, example_path, icon_path

from . import dialogs
from .autosave import Autosaver, find_recoverable, remove
from .crash import CrashHandler
from .inspector import Inspector
from .settings import add_recent_file, app_settings, read_bool, recent_files
from .theme import apply_theme

APP_NAME = "NN Studio"
UNDO_LIMIT = 300  # steps kept; a big network's training commands hold two copies of its weights
FILE_FILTER = "Network files (*.nnet);;All files (*)"


ICON_COLOURS = {"light": "#5b6472", "dark": "#c3c9d3"}
DISABLED_ICON_COLOURS = {"light": "#c2c7cf", "dark": "#565c66"}  # clearly dimmer than the normal strokes


def _icon(name: str, theme: str = "light") -> QIcon:
    """An icon from resources/icons, its strokes recoloured for the theme, with its own dimmed
    version for disabled actions (Qt's generated one is hard to tell apart on the dark theme)."""
    path = icon_path(name)
    try:
        svg = path.read_text(encoding="utf-8")
    except OSError:
        return QIcon()
    icon = QIcon()
    for mode, colours in ((QIcon.Mode.Normal, ICON_COLOURS), (QIcon.Mode.Disabled, DISABLED_ICON_COLOURS)):
        pixmap = QPixmap()
        text = svg.replace(ICON_COLOURS["light"], colours.get(theme, colours["light"]))
        if not pixmap.loadFromData(text.encode("utf-8"), "SVG"):
            return QIcon(str(path))
        icon.addPixmap(pixmap, mode)
    return icon


class MainWindow(QMainWindow):
    """Owns the document, its undo stack, the canvas, the docks and the actions.

    Other panels use ``window.document``, ``window.undo_stack``, ``window.canvas``,
    ``window.controller`` and ``window.add_dock(title, widget, area)`` (which fills the "Training"
    and "Plots" placeholders when given those titles).
    """

    def __init__(self, settings=None, autosave_interval_ms: int | None = None, panels: bool = True):
        super().__init__()
        self.settings = settings if settings is not None else app_settings()
        self.document = NetworkDocument()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.canvas = NetworkCanvas(self.document, self.undo_stack, self)
        self.controller = self.canvas.controller
        self.controller.edit_layer = self.edit_layer
        self.setCentralWidget(self.canvas)
        self.setWindowIcon(_icon("app"))
        self.setAcceptDrops(True)
        self.canvas.view.setAcceptDrops(False)
        self.canvas.view.viewport().setAcceptDrops(False)
        self.docks: dict[str, QDockWidget] = {}
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._status = QLabel()
        self.statusBar().addPermanentWidget(self._status)
        self.canvas.statusMessage.connect(self.show_status)
        self.undo_stack.cleanChanged.connect(self.update_title)
        self.undo_stack.indexChanged.connect(self.update_title)
        self.document.subscribe(self._on_document_event)
        self.autosaver = Autosaver(self, autosave_interval_ms or 60_000)
        self.crash_handler = CrashHandler(self)
        self.interactive = True   # False: messages go to stderr instead of dialogs (screenshots)
        self.ask_save_choice = self._ask_save_choice   # replaceable (tests)
        self.ask_save_path = self._ask_save_path
        self.panel_errors: dict[str, str] = {}
        if panels:
            self.install_panels()
        self.default_dock_sizes()
        self._restore_preferences()
        self.update_title()
        self._update_status_summary()

    # -- docks ----------------------------------------------------------------------------------
    def _build_docks(self) -> None:
        self.inspector = Inspector(self)
        self.add_dock("Inspector", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea)
        self.add_dock("Training", self._placeholder("The training panel will appear here."),
                      Qt.DockWidgetArea.RightDockWidgetArea)
        self.add_dock("Plots", self._placeholder("Loss and accuracy plots will appear here."),
                      Qt.DockWidgetArea.BottomDockWidgetArea)

    @staticmethod
    def _placeholder(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("placeholder")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def add_dock(self, title: str, widget, area=Qt.DockWidgetArea.RightDockWidgetArea) -> QDockWidget:
        """Put ``widget`` in the dock called ``title`` (replacing a placeholder), or in a new dock."""
        dock = self.docks.get(title)
        if dock is not None:
            old = dock.widget()
            dock.setWidget(widget)
            if old is not None and old is not widget:
                old.deleteLater()
            return dock
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{title.lower().replace(' ', '-')}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        self.docks[title] = dock
        if hasattr(self, "view_menu"):
            self.docks_menu.addAction(dock.toggleViewAction())
        return dock

    def default_dock_sizes(self) -> None:
        """A layout where the canvas dominates and the panels are wide enough to read."""
        right = [d for t, d in self.docks.items() if self.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]
        if right:
            self.resizeDocks(right, [400] * len(right), Qt.Orientation.Horizontal)
        if "Inspector" in self.docks and "Training" in self.docks:
            self.resizeDocks([self.docks["Inspector"], self.docks["Training"]], [230, 600], Qt.Orientation.Vertical)
        bottom = [d for d in self.findChildren(QDockWidget)
                  if self.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea and not d.isFloating()]
        if bottom:
            self.resizeDocks(bottom[:1], [250], Qt.Orientation.Vertical)
        if "Plots" in self.docks:
            self.docks["Plots"].raise_()  # the loss curve first; other tabs one click away

    def install_panels(self) -> None:
        """Let the training, step-through and lab packages add their docks and menus.

        A panel that fails to load is skipped (and named in the status bar); the editor still works.
        """
        import importlib
        import logging

        for name, attr in (("training", "training"), ("stepper", None), ("lab", "lab_action")):
            try:
                module = importlib.import_module(f"nnstudio.{name}.install")
                result = module.install(self)
            except Exception as exc:  # noqa: BLE001 - a broken panel must not stop the editor
                logging.getLogger(__name__).exception("the %s panel could not be installed", name)
                self.panel_errors[name] = f"{type(exc).__name__}: {exc}"
                continue
            if attr is not None:
                setattr(self, attr, result)
        if self.panel_errors:
            self.show_status("Some panels could not be loaded: " + ", ".join(self.panel_errors), 15000)

    # -- actions --------------------------------------------------------------------------------
    def _action(self, text, slot=None, shortcut=None, icon=None, tip=None, checkable=False) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(_icon(icon))
            self._icons[action] = icon
        if shortcut is not None:
            if isinstance(shortcut, list | tuple):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(lambda checked=False: slot(checked) if checkable else slot())
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self._icons: dict[QAction, str] = {}
        self.act_new = self._action("&New from Template…", self.new_from_template, K.New, "new",
                                    "Start from one of the built-in example networks")
        self.act_open = self._action("&Open…", self.open_dialog, K.Open, "open", "Open a network file")
        self.act_save = self._action("&Save", self.save, K.Save, "save", "Save the network")
        self.act_save_as = self._action("Save &As…", self.save_as, K.SaveAs)
        self.act_export_png = self._action("Canvas as &PNG…", lambda: self.export_canvas("png"))
        self.act_export_svg = self._action("Canvas as &SVG…", lambda: self.export_canvas("svg"))
        self.act_quit = self._action("&Quit", self.close, K.Quit)
        self.act_undo = self.undo_stack.createUndoAction(self, "&Undo")
        self.act_undo.setShortcuts(QKeySequence.keyBindings(K.Undo))
        self.act_undo.setIcon(_icon("undo"))
        self._icons[self.act_undo] = "undo"
        self.act_redo = self.undo_stack.createRedoAction(self, "&Redo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_redo.setIcon(_icon("redo"))
        self._icons[self.act_redo] = "redo"
        self.act_delete = self._action("&Delete", self.controller.delete_selection,
                                       [QKeySequence.StandardKey.Delete, "Backspace"], "delete",
                                       "Delete the selected neurons, connection or layer")
        self.act_select_all = self._action("Select &All", self.canvas.scene.select_all_neurons, K.SelectAll)
        self.act_zoom_in = self._action("Zoom &In", self.canvas.zoom_in, ["Ctrl++", "Ctrl+="], "zoom-in")
        self.act_zoom_out = self._action("Zoom &Out", self.canvas.zoom_out, "Ctrl+-", "zoom-out")
        self.act_fit = self._action("&Fit to Window", self.canvas.fit, "Ctrl+0", "fit", "Show the whole network")
        self.act_weights = self._action("Show &Weight Values", self.canvas.set_show_weights, "Ctrl+W",
                                        checkable=True)
        self.canvas.weights_box.toggled.connect(self.act_weights.setChecked)
        self.act_biases = self._action("Show &Biases", self.canvas.set_show_biases, "Ctrl+B", checkable=True)
        self.act_biases.setChecked(True)
        self.theme_group = QActionGroup(self)
        self.act_light = self._action("&Light", lambda: self.set_theme("light"), checkable=True)
        self.act_dark = self._action("&Dark", lambda: self.set_theme("dark"), checkable=True)
        for a in (self.act_light, self.act_dark):
            self.theme_group.addAction(a)
        self.act_light.setChecked(True)
        self.act_add_layer = self._action("Add &Layer…", self.add_layer_dialog, "Ctrl+L", "add-layer",
                                          "Insert a layer of neurons")
        self.act_add_neuron = self._action("Add &Neuron", self.add_neuron, "Ctrl+Shift+N", "add-neuron",
                                           "Add a neuron to the selected layer")
        self.act_activation = self._action("Set &Activation…", self.activation_dialog, None, None,
                                           "Choose a layer's activation function")
        self.act_randomise = self._action("&Randomise Weights…", self.randomise_dialog, None, "randomise",
                                          "Draw new weights with an initialiser and a seed")
        self.act_relayout = self._action("Re-&layout", self.controller.relayout, "Ctrl+R", "relayout",
                                         "Arrange the neurons in tidy columns")
        self.act_connect = self._action("&Connect Tool", self.canvas.set_connect_mode, "C", "connect",
                                        "Drag from a neuron to a neuron of the next layer to connect them",
                                        checkable=True)
        self.act_tour = self._action("A Short &Tour", self.show_tour)
        self.act_shortcuts = self._action("&Keyboard Shortcuts", self.show_shortcuts, K.HelpContents)
        self.act_about = self._action("&About NN Studio", self.show_about)
        for a in (self.act_undo, self.act_redo, self.act_delete, self.act_select_all, self.act_connect):
            self.addAction(a)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu("&File")
        m.addAction(self.act_new)
        m.addAction(self.act_open)
        self.recent_menu = m.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        m.addSeparator()
        m.addAction(self.act_save)
        m.addAction(self.act_save_as)
        export = m.addMenu("&Export")
        export.addAction(self.act_export_png)
        export.addAction(self.act_export_svg)
        m.addSeparator()
        m.addAction(self.act_quit)
        m = bar.addMenu("&Edit")
        for a in (self.act_undo, self.act_redo, None, self.act_delete, self.act_select_all):
            m.addSeparator() if a is None else m.addAction(a)
        m = self.view_menu = bar.addMenu("&View")
        for a in (self.act_zoom_in, self.act_zoom_out, self.act_fit, None, self.act_weights, self.act_biases):
            m.addSeparator() if a is None else m.addAction(a)
        theme = m.addMenu("&Theme")
        theme.addAction(self.act_light)
        theme.addAction(self.act_dark)
        self.docks_menu = m.addMenu("&Panels")
        for dock in self.docks.values():
            self.docks_menu.addAction(dock.toggleViewAction())
        m = bar.addMenu("&Network")
        for a in (self.act_add_layer, self.act_add_neuron, self.act_activation, self.act_randomise, None,
                  self.act_connect, self.act_relayout):
            m.addSeparator() if a is None else m.addAction(a)
        m = bar.addMenu("&Help")
        for a in (self.act_tour, self.act_shortcuts, None, self.act_about):
            m.addSeparator() if a is None else m.addAction(a)

    def _build_toolbar(self) -> None:
        tb = QToolBar("Main toolbar", self)
        tb.setObjectName("toolbar-main")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for a in (self.act_new, self.act_open, self.act_save, None, self.act_undo, self.act_redo, None,
                  self.act_add_layer, self.act_add_neuron, self.act_delete, self.act_connect, self.act_randomise,
                  self.act_relayout, None, self.act_zoom_in, self.act_zoom_out, self.act_fit):
            tb.addSeparator() if a is None else tb.addAction(a)
        self.addToolBar(tb)
        self.toolbar = tb

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
            import sys

            print(f"{title}: {message}", file=sys.stderr)

    def show_status(self, message: str, ms: int = 6000) -> None:
        self.statusBar().showMessage(message, ms)

    def _on_document_event(self, event) -> None:
        if event.kind in ("reset", "structure", "activation", "path", "meta"):
            self._update_status_summary()
        if event.kind in ("history", "path", "reset"):
            self.update_title()

    def _update_status_summary(self) -> None:
        net = self.document.network
        self._status.setText(f"{'–'.join(map(str, net.sizes))}  ·  {net.params.size:,} parameters  ·  "
                             f"loss {net.loss}")

    # -- files ----------------------------------------------------------------------------------
    def open_example(self, name: str = "xor.nnet") -> bool:
        """Open a built-in example as an untitled copy (so Save asks where)."""
        path = example_path(name)
        if not path.exists():
            files = example_files()
            if not files:
                self.show_status("No example networks found; showing a small default network")
                return False
            path = files[0]
        return self.open_file(str(path), as_template=True, ask=False)

    def open_file(self, path: str, as_template: bool = False, ask: bool = True) -> bool:
        """Open ``path``; a bad file shows the loader's message and keeps the current network."""
        from nnstudio.io import netfile

        if ask and not self.maybe_save():
            return False
        try:
            nf = netfile.load(path)
        except (ValueError, OSError) as exc:
            self.warn("Could not open the network", str(exc))
            self.show_status(f"Could not open {Path(path).name}")
            return False
        self.document.load_file(nf, None if as_template else str(Path(path).resolve()))
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.autosaver.discard()
        if not as_template:
            add_recent_file(self.settings, path)
        self.update_title()
        self.canvas.fit()
        self.show_status(f"Opened {Path(path).name}")
        return True

    def open_dialog(self) -> None:
        folder = str(Path(self.document.path).parent) if self.document.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Open network", folder, FILE_FILTER)
        if path:
            self.open_file(path)

    def new_from_template(self) -> None:
        """The template gallery (examples with pictures, an empty network, a CSV file)."""
        from .template_gallery import TemplateGallery, start_from

        gallery = TemplateGallery(self)
        self.template_gallery = gallery            # tests drive it
        if gallery.exec() and gallery.chosen is not None and self.maybe_save():
            start_from(self, gallery.chosen)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files(self.settings)
        if not files:
            a = self.recent_menu.addAction("(none)")
            a.setEnabled(False)
            return
        for f in files:
            action = self.recent_menu.addAction(Path(f).name)
            action.setToolTip(f)
            action.triggered.connect(lambda _c=False, f=f: self.open_file(f))

    def save(self) -> bool:
        if not self.document.path:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        path = self.ask_save_path()
        if not path:
            return False
        if not path.endswith(".nnet"):
            path += ".nnet"
        return self._save_to(path)

    def _ask_save_path(self) -> str | None:
        start = self.document.path or str(Path.home() / f"{(self.document.name or 'network').replace(' ', '-')}.nnet")
        path, _ = QFileDialog.getSaveFileName(self, "Save network", start, FILE_FILTER)
        return path or None

    def _save_to(self, path: str) -> bool:
        try:
            self.document.save(path)
        except (ValueError, OSError) as exc:
            self.warn("Could not save", str(exc))
            return False
        self.undo_stack.setClean()
        self.autosaver.discard()
        add_recent_file(self.settings, path)
        self.update_title()
        self.show_status(f"Saved {Path(path).name}")
        return True

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True to go on."""
        if not self.is_modified():
            return True
        choice = self.ask_save_choice()
        if choice == QMessageBox.StandardButton.Save:
            return self.save()
        return choice == QMessageBox.StandardButton.Discard

    def _ask_save_choice(self):
        return QMessageBox.question(
            self, "Unsaved changes", f"Save the changes to {self.document.title} before closing it?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def export_canvas(self, kind: str) -> None:
        stem = Path(self.document.path).stem if self.document.path else (self.document.name or "network")
        path, _ = QFileDialog.getSaveFileName(self, f"Export canvas as {kind.upper()}",
                                              str(Path.home() / f"{stem}.{kind}"),
                                              f"{kind.upper()} image (*.{kind})")
        if not path:
            return
        ok = self.canvas.export_png(path) if kind == "png" else self.canvas.export_svg(path)
        self.show_status(f"Exported {Path(path).name}" if ok else f"Could not write {path}")

    # -- recovery -------------------------------------------------------------------------------
    def offer_recovery(self, ask=None) -> bool:
        """Offer the newest autosave a crashed session left behind; True when one was recovered."""
        from nnstudio.io import netfile

        found = find_recoverable()
        if not found:
            return False
        rec = found[0]
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(rec.saved_at))
        ask = ask or (lambda text: QMessageBox.question(
            self, "Recover unsaved work?", text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes)
        recovered = False
        if ask(f"NN Studio did not close properly last time. Recover “{rec.title}”, autosaved {when}?"):
            try:
                nf = netfile.load(rec.network_path)
            except (ValueError, OSError) as exc:
                self.warn("Could not recover", str(exc))
            else:
                self.document.load_file(nf, rec.original_path)
                self.undo_stack.clear()
                self.document.dirty = True  # recovered work is unsaved until the user saves it
                self.update_title()
                self.canvas.fit()
                self.show_status("Recovered the autosaved network: save it to keep it")
                recovered = True
        for r in found:
            remove(r)
        return recovered

    # -- network menu ---------------------------------------------------------------------------
    def add_layer_dialog(self) -> None:
        layer = self.controller.selected_layer()
        dlg = dialogs.AddLayerDialog(self.document, layer, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            index, size, activation = dlg.values()
            if self.controller.add_layer(index, size, activation):
                self.canvas.fit()

    def add_neuron(self) -> None:
        layer = self.controller.selected_layer()
        if layer is None:
            self.show_status("Select a layer (click its title) or a neuron first")
            return
        self.controller.add_neuron(layer)

    def activation_dialog(self, layer: int | None = None) -> None:
        layer = self.controller.selected_layer() if layer is None else layer
        dlg = dialogs.ActivationDialog(self.document, layer, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.controller.set_activation(*dlg.values())

    def edit_layer(self, layer: int) -> None:
        """Double-click on a layer title: choose its activation (the input layer has none)."""
        if layer == 0:
            self.show_status("The input layer passes the features on unchanged; it has no activation")
            return
        self.activation_dialog(layer)

    def randomise_dialog(self) -> None:
        dlg = dialogs.RandomiseDialog(self.document.training.seed, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            init, seed = dlg.values()
            self.controller.randomise(init, seed)

    # -- view and help --------------------------------------------------------------------------
    def set_theme(self, name: str) -> None:
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, name)
        self.canvas.set_theme(name)
        for action, icon in self._icons.items():
            action.setIcon(_icon(icon, name))
        (self.act_dark if name == "dark" else self.act_light).setChecked(True)
        self.settings.setValue("theme", name)

    def show_tour(self) -> None:
        dialogs.TextDialog("A short tour", dialogs.TOUR_HTML, self).exec()

    def show_shortcuts(self) -> None:
        dialogs.TextDialog("Keyboard shortcuts", dialogs.shortcuts_html(), self).exec()

    def show_about(self) -> None:
        from nnstudio import __version__ as version

        QMessageBox.about(self, "About NN Studio",
                          f"<h3>NN Studio {version}</h3><p>A visual simulator of neural networks: build a network, "
                          "watch it learn, step through the maths.</p><p>Python, NumPy, PySide6 and pyqtgraph.</p>")

    # -- settings -------------------------------------------------------------------------------
    def _restore_preferences(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        state = s.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(state)
        self.act_weights.setChecked(read_bool(s, "show_weights", False))
        self.canvas.set_show_weights(self.act_weights.isChecked())
        self.act_biases.setChecked(read_bool(s, "show_biases", True))
        self.canvas.set_show_biases(self.act_biases.isChecked())
        theme = str(s.value("theme", "light"))
        if theme == "dark":
            self.set_theme("dark")

    def save_preferences(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("show_weights", self.act_weights.isChecked())
        s.setValue("show_biases", self.act_biases.isChecked())
        s.sync()

    # -- Qt virtuals ----------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.save_preferences()
        self.autosaver.timer.stop()
        self.autosaver.discard()
        self.crash_handler.uninstall()
        self.canvas.scene.detach()
        event.accept()

    def dragEnterEvent(self, event) -> None:
        if _dropped_network(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        path = _dropped_network(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.open_file(path)


def _dropped_network(mime) -> str | None:
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".nnet"):
            return url.toLocalFile()
    return None

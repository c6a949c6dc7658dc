"""The window's actions, its menus (keyed by id: "file", "edit", "view", "network", "help", …) and toolbar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from .i18n import fill_language_menu
from .icons import themed_icon

MENU_TITLES = {"file": QT_TRANSLATE_NOOP("Menus", "&File"), "edit": QT_TRANSLATE_NOOP("Menus", "&Edit"),
               "view": QT_TRANSLATE_NOOP("Menus", "&View"), "network": QT_TRANSLATE_NOOP("Menus", "&Network"),
               "train": QT_TRANSLATE_NOOP("Menus", "&Train"), "lab": QT_TRANSLATE_NOOP("Menus", "&Lab"),
               "help": QT_TRANSLATE_NOOP("Menus", "&Help")}


def make_action(window, text, slot=None, shortcut=None, icon=None, tip=None, checkable=False) -> QAction:
    """A QAction of ``window``; an ``icon`` name is remembered in ``window.icons`` for theme changes."""
    action = QAction(text, window)
    if icon:
        action.setIcon(themed_icon(icon))
        window.icons[action] = icon
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


def build_actions(w) -> None:
    """The ``w.act_*`` actions of the main window ``w`` (its canvas, controller and slots exist)."""
    K = QKeySequence.StandardKey
    act = lambda *a, **k: make_action(w, *a, **k)  # noqa: E731
    w.icons = {}
    w.act_new = act(translate("MainWindow", "&New from Template…"), w.new_from_template, K.New, "new",
                    translate("MainWindow", "Start from one of the built-in example networks"))
    w.act_open = act(translate("MainWindow", "&Open…"), w.open_dialog, K.Open, "open",
                     translate("MainWindow", "Open a network file"))
    w.act_save = act(translate("MainWindow", "&Save"), w.save, K.Save, "save",
                     translate("MainWindow", "Save the network"))
    w.act_save_as = act(translate("MainWindow", "Save &As…"), w.save_as, K.SaveAs)
    w.act_export_png = act(translate("MainWindow", "Canvas as &PNG…"), lambda: w.export_canvas("png"))
    w.act_export_svg = act(translate("MainWindow", "Canvas as &SVG…"), lambda: w.export_canvas("svg"))
    w.act_quit = act(translate("MainWindow", "&Quit"), w.close, K.Quit)
    w.act_undo = w.undo_stack.createUndoAction(w, translate("MainWindow", "&Undo"))
    w.act_undo.setShortcuts(QKeySequence.keyBindings(K.Undo))
    w.act_redo = w.undo_stack.createRedoAction(w, translate("MainWindow", "&Redo"))
    w.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action, icon in ((w.act_undo, "undo"), (w.act_redo, "redo")):
        action.setIcon(themed_icon(icon))
        w.icons[action] = icon
    w.act_delete = act(translate("MainWindow", "&Delete"), w.controller.delete_selection, [K.Delete, "Backspace"],
                       "delete", translate("MainWindow", "Delete the selected neurons, connection or layer"))
    w.act_select_all = act(translate("MainWindow", "Select &All"), w.canvas.scene.select_all_neurons, K.SelectAll)
    w.act_zoom_in = act(translate("MainWindow", "Zoom &In"), w.canvas.zoom_in, ["Ctrl++", "Ctrl+="], "zoom-in")
    w.act_zoom_out = act(translate("MainWindow", "Zoom &Out"), w.canvas.zoom_out, "Ctrl+-", "zoom-out")
    w.act_fit = act(translate("MainWindow", "&Fit to Window"), w.canvas.fit, "Ctrl+0", "fit",
                    translate("MainWindow", "Show the whole network"))
    w.act_weights = act(translate("MainWindow", "Show &Weight Values"), w.canvas.set_show_weights, "Ctrl+W",
                        checkable=True)
    w.canvas.weights_box.toggled.connect(w.act_weights.setChecked)
    w.act_biases = act(translate("MainWindow", "Show &Biases"), w.canvas.set_show_biases, "Ctrl+B", checkable=True)
    w.act_biases.setChecked(True)
    w.theme_group = QActionGroup(w)
    w.act_light = act(translate("MainWindow", "&Light"), lambda: w.set_theme("light"), checkable=True)
    w.act_dark = act(translate("MainWindow", "&Dark"), lambda: w.set_theme("dark"), checkable=True)
    for a in (w.act_light, w.act_dark):
        w.theme_group.addAction(a)
    w.act_light.setChecked(True)
    w.act_add_layer = act(translate("MainWindow", "Add &Layer…"), w.add_layer_dialog, "Ctrl+L", "add-layer",
                          translate("MainWindow", "Insert a layer of neurons"))
    w.act_add_neuron = act(translate("MainWindow", "Add &Neuron"), w.add_neuron, "Ctrl+Shift+N", "add-neuron",
                           translate("MainWindow", "Add a neuron to the selected layer"))
    w.act_activation = act(translate("MainWindow", "Set &Activation…"), w.activation_dialog, None, None,
                           translate("MainWindow", "Choose a layer's activation function"))
    w.act_randomise = act(translate("MainWindow", "&Randomise Weights…"), w.randomise_dialog, None, "randomise",
                          translate("MainWindow", "Draw new weights with an initialiser and a seed"))
    w.act_relayout = act(translate("MainWindow", "Re-&layout"), w.controller.relayout, "Ctrl+R", "relayout",
                         translate("MainWindow", "Arrange the neurons in tidy columns"))
    w.act_connect = act(translate("MainWindow", "&Connect Tool"), w.canvas.set_connect_mode, "C", "connect",
                        translate("MainWindow",
                                  "Drag from a neuron to a neuron of the next layer to connect them"), checkable=True)
    w.act_tour = act(translate("MainWindow", "A Short &Tour"), w.show_tour)
    w.act_shortcuts = act(translate("MainWindow", "&Keyboard Shortcuts"), w.show_shortcuts, K.HelpContents)
    w.act_about = act(translate("MainWindow", "&About NN Studio"), w.show_about)
    for a in (w.act_undo, w.act_redo, w.act_delete, w.act_select_all, w.act_connect):
        w.addAction(a)


def _fill(menu: QMenu, actions) -> None:
    for a in actions:
        menu.addSeparator() if a is None else menu.addAction(a)


def build_menus(w) -> dict[str, QMenu]:
    """The menu bar of ``w``; returns its menus by id."""
    bar = w.menuBar()
    menus = {key: bar.addMenu(translate("Menus", MENU_TITLES[key]))
             for key in ("file", "edit", "view", "network", "help")}
    m = menus["file"]
    _fill(m, (w.act_new, w.act_open))
    w.recent_menu = m.addMenu(translate("MainWindow", "Open &Recent"))
    w.recent_menu.aboutToShow.connect(w.fill_recent_menu)
    _fill(m, (None, w.act_save, w.act_save_as))
    export = m.addMenu(translate("MainWindow", "&Export"))
    _fill(export, (w.act_export_png, w.act_export_svg))
    _fill(m, (None, w.act_quit))
    _fill(menus["edit"], (w.act_undo, w.act_redo, None, w.act_delete, w.act_select_all))
    m = menus["view"]
    _fill(m, (w.act_zoom_in, w.act_zoom_out, w.act_fit, None, w.act_weights, w.act_biases))
    _fill(m.addMenu(translate("MainWindow", "&Theme")), (w.act_light, w.act_dark))
    fill_language_menu(w, m.addMenu(translate("MainWindow", "L&anguage")))
    w.docks.fill_menu(m.addMenu(translate("MainWindow", "&Panels")))
    _fill(menus["network"], (w.act_add_layer, w.act_add_neuron, w.act_activation, w.act_randomise, None,
                             w.act_connect, w.act_relayout))
    _fill(menus["help"], (w.act_tour, w.act_shortcuts, None, w.act_about))
    return menus


def menu_for(w, menus: dict[str, QMenu], key: str) -> QMenu:
    """The menu ``key`` of ``w``, created (before Help) when absent."""
    if key not in menus:
        menu = QMenu(translate("Menus", MENU_TITLES[key]) if key in MENU_TITLES else key.title(), w)
        help_menu = menus.get("help")
        if help_menu is not None:
            w.menuBar().insertMenu(help_menu.menuAction(), menu)
        else:
            w.menuBar().addMenu(menu)
        menus[key] = menu
    return menus[key]


def build_toolbar(w) -> QToolBar:
    tb = QToolBar(translate("MainWindow", "Main toolbar"), w)
    tb.setObjectName("toolbar-main")
    tb.setMovable(False)
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    _fill(tb, (w.act_new, w.act_open, w.act_save, None, w.act_undo, w.act_redo, None, w.act_add_layer,
               w.act_add_neuron, w.act_delete, w.act_connect, w.act_randomise, w.act_relayout, None,
               w.act_zoom_in, w.act_zoom_out, w.act_fit))
    w.addToolBar(tb)
    return tb

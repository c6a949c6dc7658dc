"""Put the step-through into a main window.

Usage (once, after the window has built its document, undo stack, canvas and toolbar)::

    from nnstudio.stepper.install import install
    install(window)

Adds a checkable toolbar action "Step through" (F8), a "Step-through" dock (tabbed with the plots
when there is a "Plots" dock), a "Gradient View" toggle in the View menu, and the keys → ← Home
End P (active only during step-through). Sets ``window.stepper`` (the ``StepController``),
``window.stepper_panel``, ``window.stepper_canvas_link``, ``window.stepper_action`` and
``window.gradient_view_action``. When the window has a training panel (``window.training``), a click
on a data point of its output plot chooses the sample. Needs ``document`` and ``undo_stack``; the
rest degrades gracefully.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget

from nnstudio.app.status import connect_status
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from .canvas_link import CanvasLink
from .controller import StepController
from .panel import StepperPanel

DOCK_TITLE = QT_TRANSLATE_NOOP("Docks", "Step-through")  # the window's key; shown translated
DOCK_HEIGHT = 370
KEYS = ((QT_TRANSLATE_NOOP("Stepper", "Next step"), Qt.Key.Key_Right, "next"),
        (QT_TRANSLATE_NOOP("Stepper", "Previous step"), Qt.Key.Key_Left, "previous"),
        (QT_TRANSLATE_NOOP("Stepper", "Restart"), Qt.Key.Key_Home, "restart"),
        (QT_TRANSLATE_NOOP("Stepper", "Run to the end"), Qt.Key.Key_End, "to_end"),
        (QT_TRANSLATE_NOOP("Stepper", "Play / pause"), Qt.Key.Key_P, "toggle_play"))


def _dock(window, widget) -> QDockWidget:
    area = Qt.DockWidgetArea.BottomDockWidgetArea
    if hasattr(window, "add_dock"):
        dock = window.add_dock(DOCK_TITLE, widget, area)
    else:
        dock = QDockWidget(translate("Docks", DOCK_TITLE), window)
        dock.setObjectName("dock-step-through")
        dock.setWidget(widget)
        window.addDockWidget(area, dock)
    plots = getattr(window, "docks", {}).get("Plots")
    if plots is not None and plots is not dock:
        window.tabifyDockWidget(plots, dock)
    return dock


def _show_dock(window, dock) -> None:
    """Show and raise the dock, tall enough for the explanation and the matrices."""
    dock.show()
    dock.raise_()
    if hasattr(window, "resizeDocks") and dock.height() < DOCK_HEIGHT:
        window.resizeDocks([dock], [min(DOCK_HEIGHT, int(window.height() * 0.5))], Qt.Orientation.Vertical)


def _key_actions(window, ctl) -> list[QAction]:
    """→ ← Home End P as window shortcuts, enabled only while stepping (text fields keep their keys)."""
    actions = []
    for text, key, method in KEYS:
        action = QAction(translate("Stepper", text), window)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setEnabled(False)
        action.triggered.connect(getattr(ctl, method))
        window.addAction(action)
        actions.append(action)
    ctl.activeChanged.connect(lambda on: [a.setEnabled(on) for a in actions])
    return actions


def _toggle_action(window, ctl, dock) -> QAction:
    action = QAction(translate("Stepper", "Step through"), window)
    action.setCheckable(True)
    action.setShortcut(QKeySequence("F8"))
    tip = translate("Stepper", "Step through one sample's forward pass, loss, backward pass and update, with the "
                               "numbers (F8)")
    action.setToolTip(tip)
    action.setStatusTip(tip)

    def toggled(on: bool) -> None:
        if on:
            _show_dock(window, dock)
            if not ctl.enter():
                action.setChecked(False)
        else:
            ctl.leave()

    action.toggled.connect(toggled)

    def active_changed(on: bool) -> None:
        if action.isChecked() != on:
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
        if on:
            _show_dock(window, dock)

    ctl.activeChanged.connect(active_changed)
    toolbar = getattr(window, "toolbar", None)
    if toolbar is not None:
        toolbar.addSeparator()
        toolbar.addAction(action)
        button = toolbar.widgetForAction(action)
        if button is not None:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.addAction(action)
    return action


def _gradient_action(window, panel, link) -> QAction:
    action = QAction(translate("Stepper", "&Gradient View (∂L/∂w)"), window)
    action.setCheckable(True)
    action.setStatusTip(translate("Stepper", "Colour each connection by ∂L/∂w for the step-through's sample, also "
                                             "outside step-through"))
    action.toggled.connect(panel.gradient_box.setChecked)
    panel.gradient_box.toggled.connect(action.setChecked)
    if link is not None:
        panel.gradient_box.toggled.connect(link.set_gradient_view)
    menu = getattr(window, "view_menu", None)
    if menu is not None:
        menu.addSeparator()
        menu.addAction(action)
    return action


def _follow_data_clicks(window, ctl) -> None:
    """A click on a data point in the training plots chooses that sample while stepping through:
    a training row as its table row, a test row as typed values (input and target)."""
    training = getattr(window, "training", None)
    if training is None or not hasattr(training, "sampleChosen"):
        return

    def chosen(part: str, row: int) -> None:
        if not ctl.active:
            return
        samples = ctl.samples
        if part == "train" and samples is not None and row < len(samples):
            ctl.use_rows(row)
            return
        data = getattr(training, "data", None)
        if data is None or row >= len(data.dataset.X_test):
            return
        ds, n_outputs = data.dataset, ctl.doc.network.n_outputs
        try:
            y = ds.targets(ds.y_test[row:row + 1], n_outputs)[0]
        except ValueError as exc:
            ctl.message.emit(translate("Stepper", "Step-through: {error}").format(error=exc))
            return
        ctl.use_typed(ds.X_test[row], y)

    training.sampleChosen.connect(chosen)


def install(window) -> StepController:
    """Create the controller, the dock, the canvas link and the actions; returns the controller
    (the existing one when the window already has a step-through)."""
    if getattr(window, "stepper", None) is not None:
        return window.stepper
    ctl = StepController(window.document, window.undo_stack, parent=window)
    canvas = getattr(window, "canvas", None)
    panel = StepperPanel(ctl, canvas)
    link = CanvasLink(ctl, canvas, parent=window) if canvas is not None else None
    if link is not None:
        link.noteChanged.connect(panel.set_canvas_note)
    dock = _dock(window, panel)
    window.stepper, window.stepper_panel, window.stepper_canvas_link = ctl, panel, link
    window.stepper_action = _toggle_action(window, ctl, dock)
    window.gradient_view_action = _gradient_action(window, panel, link)
    window.stepper_key_actions = _key_actions(window, ctl)
    _follow_data_clicks(window, ctl)
    connect_status(window, ctl.message)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(ctl.pause)
    return ctl

"""Put the step-through into the host window.

``install(host)`` (``host``: a ``nnstudio.document.host.PanelHost``) adds a checkable toolbar action
"Step through" (F8), a "step-through" dock (tabbed with the "plots" dock when there is one), a "Gradient
View" toggle in the View menu, and the keys → ← Home End P (active only during step-through). When a
panel announces ``training.sample_chosen`` (a click on a data point of the training plots), that sample
is chosen. Returns the ``StepperParts``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from nnstudio.io.dataset_block import block_or_default, load
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from . import lesson_hooks
from .canvas_link import CanvasLink
from .controller import StepController
from .panel import StepperPanel

DOCK_ID, DOCK_TITLE = "step-through", QT_TRANSLATE_NOOP("Docks", "Step-through")  # shown translated
SAMPLE_CHOSEN = "training.sample_chosen"  # announced by the training plots
DOCK_HEIGHT = 370
KEYS = ((QT_TRANSLATE_NOOP("Stepper", "Next step"), Qt.Key.Key_Right, "next"),
        (QT_TRANSLATE_NOOP("Stepper", "Previous step"), Qt.Key.Key_Left, "previous"),
        (QT_TRANSLATE_NOOP("Stepper", "Restart"), Qt.Key.Key_Home, "restart"),
        (QT_TRANSLATE_NOOP("Stepper", "Run to the end"), Qt.Key.Key_End, "to_end"),
        (QT_TRANSLATE_NOOP("Stepper", "Play / pause"), Qt.Key.Key_P, "toggle_play"))


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


def _toggle_action(host, ctl) -> QAction:
    window = host.widget()
    action = QAction(translate("Stepper", "Step through"), window)
    action.setCheckable(True)
    action.setShortcut(QKeySequence("F8"))
    tip = translate("Stepper", "Step through one sample's forward pass, loss, backward pass and update, with the "
                               "numbers (F8)")
    action.setToolTip(tip)
    action.setStatusTip(tip)

    def toggled(on: bool) -> None:
        if on:
            host.show_dock(DOCK_ID, DOCK_HEIGHT)
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
            host.show_dock(DOCK_ID, DOCK_HEIGHT)

    ctl.activeChanged.connect(active_changed)
    toolbar = host.toolbar()
    toolbar.addSeparator()
    toolbar.addAction(action)
    button = toolbar.widgetForAction(action)
    if button is not None:
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.addAction(action)
    return action


def _gradient_action(host, panel, link) -> QAction:
    action = QAction(translate("Stepper", "&Gradient View (∂L/∂w)"), host.widget())
    action.setCheckable(True)
    action.setStatusTip(translate("Stepper", "Colour each connection by ∂L/∂w for the step-through's sample, also "
                                             "outside step-through"))
    action.toggled.connect(panel.gradient_box.setChecked)
    panel.gradient_box.toggled.connect(action.setChecked)
    if link is not None:
        panel.gradient_box.toggled.connect(link.set_gradient_view)
    menu = host.menu("view")
    menu.addSeparator()
    menu.addAction(action)
    return action


def _follow_data_clicks(host, ctl) -> None:
    """A click on a data point in the training plots chooses that sample while stepping through:
    a training row as its table row, a test row as typed values (input and target)."""

    def chosen(part: str, row: int) -> None:
        if not ctl.active:
            return
        samples = ctl.samples
        if part == "train" and samples is not None and row < len(samples):
            ctl.use_rows(row)
            return
        try:
            ds = load(block_or_default(ctl.doc.dataset)).dataset
            if row >= len(ds.X_test):
                return
            y = ds.targets(ds.y_test[row:row + 1], ctl.doc.network.n_outputs)[0]
        except (ValueError, OSError) as exc:
            ctl.message.emit(translate("Stepper", "Step-through: {error}").format(error=exc))
            return
        ctl.use_typed(ds.X_test[row], y)

    host.hooks.listen(SAMPLE_CHOSEN, chosen)


@dataclass
class StepperParts:
    """What ``install`` put into the window."""

    controller: StepController
    panel: StepperPanel
    canvas_link: CanvasLink | None
    action: QAction             # Step through (F8)
    gradient_action: QAction    # View ▸ Gradient View
    key_actions: list[QAction]  # → ← Home End P


def install(host) -> StepperParts:
    """Create the controller, the dock, the canvas link and the actions."""
    window = host.widget()
    ctl = StepController(host.document, host.undo_stack, parent=window)
    canvas = host.canvas
    panel = StepperPanel(ctl, canvas)
    link = CanvasLink(ctl, canvas, parent=window) if canvas is not None else None
    if link is not None:
        link.noteChanged.connect(panel.set_canvas_note)
    host.add_dock(DOCK_ID, translate("Docks", DOCK_TITLE), panel, "bottom", tab_with="plots")
    parts = StepperParts(ctl, panel, link, _toggle_action(host, ctl), _gradient_action(host, panel, link),
                         _key_actions(window, ctl))
    _follow_data_clicks(host, ctl)
    lesson_hooks.register(host.hooks, parts)
    ctl.message.connect(host.show_status)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(ctl.pause)
    return parts

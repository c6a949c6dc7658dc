"""Put the training panel and the plots into the host window and wire them up.

``install(host)`` (``host``: a ``nnstudio.document.host.PanelHost``) fills the "training" and "plots"
docks, draws the neurons' thumbnails on the host's canvas while training, pauses training before an
edit and stops the engine process when the window closes. It returns the ``TrainingPanels``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolBar

from nnstudio.widgets.i18n import translate

from . import lesson_hooks
from .controller import TrainingController
from .panel import TrainingPanel, add_play_shortcut
from .views.plots_panel import PlotsPanel

#: Announced through the host's hooks when a data point of the plots is clicked: ``part`` ("train" |
#: "test") and ``row`` in that part of the document's data.
SAMPLE_CHOSEN = "training.sample_chosen"
THUMBNAIL_EVERY = 2  # frames between canvas thumbnail updates while training
EDIT_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.Delete)
PAUSING_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.Shortcut,
                  QEvent.Type.MouseButtonRelease)


class EditGuard(QObject):
    """While training runs, pause (and commit) it *before* an Undo/Redo/Delete action fires (its
    shortcut, or a click on it in a menu or toolbar), so no edit ever races the worker. (Edits pushed
    through ``document.commands.push`` pause through the document's ``edit_guards``; gestures that only
    change the layout — dragging a neuron, panning, zooming, selecting — never pause.) The filter sits
    on those few objects only: an application-wide filter would call Python for every event and fight
    the worker for the GIL."""

    def __init__(self, ctl, window):
        super().__init__(window)
        self.ctl = ctl
        self.watched = []
        bindings = [seq for k in EDIT_KEYS for seq in QKeySequence.keyBindings(k)]
        for action in window.findChildren(QAction):
            if not action.shortcut().isEmpty() and action.shortcut() in bindings:
                self._watch(action)
                for obj in action.associatedObjects():
                    if isinstance(obj, QMenu):
                        self._watch(obj)
                    elif isinstance(obj, QToolBar) and obj.widgetForAction(action) is not None:
                        self._watch(obj.widgetForAction(action))

    def _watch(self, obj) -> None:
        if obj not in self.watched:
            obj.installEventFilter(self)
            self.watched.append(obj)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt virtual
        if self.ctl.running and event.type() in PAUSING_EVENTS:
            self.ctl.before_edit(None)
        return False


class CloseGuard(QObject):
    """When the window is about to close: pause (and commit) training before its unsaved-changes prompt,
    and once it has closed, stop the engine process."""

    def __init__(self, ctl, window):
        super().__init__(window)
        self.ctl, self.window = ctl, window
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt virtual
        if event.type() == QEvent.Type.Close:
            if self.ctl.running:
                self.ctl.pause()
            QTimer.singleShot(0, self, self._after_close)
        return False

    def _after_close(self) -> None:
        if not self.window.isVisible():
            self.ctl.shutdown()


def _wire_canvas(ctl, canvas) -> None:
    """Refit the canvas when the data resized the network; draw the neurons' thumbnails while training."""
    if canvas is None:
        return
    ctl.networkAdapted.connect(lambda: canvas.fit())
    state = {"n": 0, "shown": False}

    def update():
        state["n"] += 1
        if ctl.running and state["n"] % THUMBNAIL_EVERY:
            return
        field = ctl.plane_field()
        if field is None:
            if state["shown"]:
                canvas.clear_neuron_thumbnails()
            state["shown"] = False
            return
        canvas.set_neuron_thumbnails(ctl.neuron_images(field))
        state["shown"] = True

    ctl.refresh.connect(update)


@dataclass
class TrainingPanels:
    """What ``install`` put into the window."""

    controller: TrainingController
    panel: TrainingPanel    # the "training" dock
    plots: PlotsPanel       # the "plots" dock


def install(host) -> TrainingPanels:
    """Create the training controller, the "training" and "plots" docks, and hook them up."""
    window = host.widget()
    ctl = TrainingController(host.document, host.undo_stack, parent=window)
    panel, plots = TrainingPanel(ctl), PlotsPanel(ctl)
    host.add_dock("training", translate("Training", "Training"), panel, "right")
    host.add_dock("plots", translate("Training", "Plots"), plots, "bottom")
    ctl.play_shortcut = add_play_shortcut(window, ctl)
    canvas = host.canvas
    _wire_canvas(ctl, canvas)
    if hasattr(canvas, "spaceTapped"):
        canvas.spaceTapped.connect(ctl.toggle)       # Space on the canvas: tap plays/pauses, hold+drag pans
    ctl.edit_guard = EditGuard(ctl, window)
    ctl.close_guard = CloseGuard(ctl, window)
    ctl.message.connect(host.show_status)
    ctl.sampleChosen.connect(lambda part, row: host.hooks.announce(SAMPLE_CHOSEN, part=part, row=row))
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(ctl.shutdown)
    parts = TrainingPanels(ctl, panel, plots)
    lesson_hooks.register(host.hooks, parts)
    return parts

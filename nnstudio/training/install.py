"""Put the training panel and the plots into a main window and wire them up.

Usage (once, after the window has built its document, undo stack and canvas)::

    from nnstudio.training.install import install
    window.training = install(window)

The window needs ``document`` and ``undo_stack``; it may have ``add_dock(title, widget, area)``,
``canvas`` (with ``set_neuron_thumbnails``/``clear_neuron_thumbnails`` and a ``view``), and
``show_status(text)``. Everything optional degrades gracefully.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QToolBar

from nnstudio.app.status import connect_status

from .controller import TrainingController
from .panel import TrainingPanel, add_play_shortcut
from .views.plots_panel import PlotsPanel

THUMBNAIL_EVERY = 2  # frames between canvas thumbnail updates while training
EDIT_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.Delete)
PAUSING_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.Shortcut,
                  QEvent.Type.MouseButtonRelease)


class EditGuard(QObject):
    """While training runs, pause (and commit) it *before* an edit happens, so no edit ever races the
    worker: on a press in the canvas, and when an Undo/Redo/Delete action is about to fire (its shortcut,
    or a click on it in a menu or toolbar). The filter sits on those few objects only: an application-wide
    filter would call Python for every event and fight the worker for the GIL."""

    def __init__(self, ctl, window, canvas_viewport):
        super().__init__(window)
        self.ctl = ctl
        self.watched = []
        if canvas_viewport is not None:
            self._watch(canvas_viewport)
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
            self.ctl.pause_for_edit()
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


def _dock(window, title: str, widget, area) -> None:
    if hasattr(window, "add_dock"):
        window.add_dock(title, widget, area)
        return
    dock = QDockWidget(title, window)
    dock.setObjectName(f"dock-{title.lower()}")
    dock.setWidget(widget)
    window.addDockWidget(area, dock)


def _wire_canvas(ctl, canvas) -> None:
    if canvas is not None and hasattr(canvas, "fit"):
        ctl.networkAdapted.connect(canvas.fit)
    if canvas is None or not hasattr(canvas, "set_neuron_thumbnails"):
        return
    state = {"n": 0, "shown": False}

    def update():
        state["n"] += 1
        if ctl.running and state["n"] % THUMBNAIL_EVERY:
            return
        field = ctl.plane_field()
        if field is None:
            if state["shown"] and hasattr(canvas, "clear_neuron_thumbnails"):
                canvas.clear_neuron_thumbnails()
            state["shown"] = False
            return
        canvas.set_neuron_thumbnails(ctl.neuron_images(field))
        state["shown"] = True

    ctl.refresh.connect(update)


def install(window) -> TrainingController:
    """Create the training controller, the "Training" and "Plots" docks, and hook them up."""
    ctl = TrainingController(window.document, window.undo_stack, parent=window)
    window.training_panel = TrainingPanel(ctl)
    window.plots_panel = PlotsPanel(ctl)
    _dock(window, "Training", window.training_panel, Qt.DockWidgetArea.RightDockWidgetArea)
    _dock(window, "Plots", window.plots_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
    add_play_shortcut(window.plots_panel, ctl)
    canvas = getattr(window, "canvas", None)
    _wire_canvas(ctl, canvas)
    viewport = canvas.view.viewport() if canvas is not None and hasattr(canvas, "view") else canvas
    ctl.edit_guard = EditGuard(ctl, window, viewport)
    ctl.close_guard = CloseGuard(ctl, window)
    connect_status(window, ctl.message)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(ctl.shutdown)
    return ctl

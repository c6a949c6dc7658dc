"""Put the training panel and the plots into a main window and wire them up.

Usage (once, after the window has built its document, undo stack and canvas)::

    from nnstudio.training.install import install
    window.training = install(window)

The window needs ``document`` and ``undo_stack``; it may have ``add_dock(title, widget, area)``,
``canvas`` (with ``set_neuron_thumbnails``/``clear_neuron_thumbnails`` and a ``view``), and
``show_status(text)``. Everything optional degrades gracefully.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from .controller import RUNNING, TrainingController
from .panel import TrainingPanel, add_play_shortcut
from .views.plots_panel import PlotsPanel

THUMBNAIL_EVERY = 2  # frames between canvas thumbnail updates while training
EDIT_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.Delete)


class EditGuard(QObject):
    """While training runs: a press on the canvas, or an undo/redo/delete key, pauses (and commits)
    the training *before* the edit happens, so no edit ever races the worker."""

    def __init__(self, ctl, window, canvas_widget):
        super().__init__(window)
        self.ctl, self.window, self.canvas_widget = ctl, window, canvas_widget
        self._installed = False
        ctl.stateChanged.connect(self._state)

    def _state(self, state: str) -> None:
        app = QApplication.instance()
        want = state == RUNNING
        if want and not self._installed:
            app.installEventFilter(self)
        elif not want and self._installed:
            app.removeEventFilter(self)
        self._installed = want

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt virtual
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            if self._in_canvas(obj) and self.ctl.running:
                self.ctl.pause_for_edit()
        elif kind == QEvent.Type.KeyPress and self.ctl.running:
            if any(event.matches(k) for k in EDIT_KEYS) and self._in_window(obj):
                self.ctl.pause_for_edit()
        return False

    def _in_canvas(self, obj) -> bool:
        c = self.canvas_widget
        return isinstance(obj, QWidget) and c is not None and (obj is c or c.isAncestorOf(obj))

    def _in_window(self, obj) -> bool:
        return isinstance(obj, QWidget) and (obj.window() is self.window)


class CloseGuard(QObject):
    """Pauses training when the window is about to close (before its unsaved-changes prompt)."""

    def __init__(self, ctl, window):
        super().__init__(window)
        self.ctl = ctl
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt virtual
        if event.type() == QEvent.Type.Close and self.ctl.running:
            self.ctl.pause()
        return False


def _dock(window, title: str, widget, area) -> None:
    if hasattr(window, "add_dock"):
        window.add_dock(title, widget, area)
        return
    dock = QDockWidget(title, window)
    dock.setObjectName(f"dock-{title.lower()}")
    dock.setWidget(widget)
    window.addDockWidget(area, dock)


def _wire_canvas(ctl, canvas) -> None:
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
    ctl.edit_guard = EditGuard(ctl, window, canvas)
    ctl.close_guard = CloseGuard(ctl, window)
    if hasattr(window, "show_status"):
        ctl.message.connect(window.show_status)
    elif hasattr(window, "statusBar"):
        ctl.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(ctl.shutdown)
    return ctl

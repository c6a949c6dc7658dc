"""The host interface: what the main window offers the panels that install into it.

Panels (``canvas``, ``training``, ``stepper``, ``lab``, ``lessons``, …) sit on one floor and never import
``nnstudio.app`` nor each other. The window passes itself to each panel's ``install(host)`` as a
``PanelHost``; a panel reaches the window, and the other panels, only through these members.

Lessons drive the app through *named* actions and state values (``lab.open_function``,
``training.test_accuracy``, …): each panel registers the ones it implements with
``host.hooks.register_action`` / ``register_state``; the names and their arguments are declared in a
Qt-free catalogue so that files naming them can be checked without Qt. Panels tell each other about
events by name too: one ``announce``s (``training.sample_chosen``), others ``listen``.

This module is Qt-free: the protocols name Qt objects only in annotations, as plain ``object``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

#: Dock areas a panel may ask for.
DOCK_AREAS = ("left", "right", "bottom", "top")


class NamedHooks:
    """Named actions (``fn(**args)``), state values (``fn() -> value``) and events registered by the panels."""

    def __init__(self) -> None:
        self.actions: dict[str, Callable[..., Any]] = {}
        self.states: dict[str, Callable[[], Any]] = {}
        self.listeners: dict[str, list[Callable[..., Any]]] = {}

    def register_action(self, name: str, fn: Callable[..., Any]) -> None:
        """Make ``name`` perform ``fn(**arguments)``; a name registered twice is a programming error."""
        if name in self.actions:
            raise ValueError(f"action {name!r} is registered twice")
        self.actions[name] = fn

    def register_state(self, name: str, fn: Callable[[], Any]) -> None:
        """Make ``name`` read ``fn()``; a name registered twice is a programming error."""
        if name in self.states:
            raise ValueError(f"state value {name!r} is registered twice")
        self.states[name] = fn

    def perform(self, name: str, **arguments: Any) -> Any:
        """Run the action ``name``; KeyError names an action no panel registered."""
        if name not in self.actions:
            raise KeyError(f"no panel implements the action {name!r}")
        return self.actions[name](**arguments)

    def read(self, name: str) -> Any:
        """Read the state value ``name``; KeyError names a value no panel registered."""
        if name not in self.states:
            raise KeyError(f"no panel provides the state value {name!r}")
        return self.states[name]()

    def listen(self, event: str, fn: Callable[..., Any]) -> None:
        """Call ``fn(**details)`` each time a panel announces ``event``."""
        self.listeners.setdefault(event, []).append(fn)

    def announce(self, event: str, **details: Any) -> None:
        """Tell every listener of ``event``; nobody listening is fine."""
        for fn in list(self.listeners.get(event, ())):
            fn(**details)


@runtime_checkable
class CanvasSurface(Protocol):
    """What panels may use of the network canvas (itself a panel, created by the window)."""

    selectionChangedTo: Any  # Signal(kind, ids)

    def set_overlay(self, neuron_texts=None, connection_texts=None, highlight_layer=None,
                    connection_values=None, value_name=None) -> None:
        """Badges under neurons, labels on connections, a highlighted layer, values colouring the connections."""

    def clear_overlay(self) -> None: ...

    def set_neuron_thumbnails(self, images: dict) -> None:
        """Images drawn inside the neurons, keyed by (layer, neuron)."""

    def clear_neuron_thumbnails(self) -> None: ...

    def selection(self) -> tuple[str, list]:
        """(kind, ids): "neuron" [(l, j)…], "connection" [(l, j, i)], "layer" [l] or "none" []."""

    def fit(self, include_overlay: bool = False) -> None:
        """Show the whole network (and the overlay's badges when asked)."""

    def input_widget(self) -> object:
        """The widget that receives the mouse presses of edits (to pause training before an edit)."""


@runtime_checkable
class PanelHost(Protocol):
    """What ``install(host)`` of a panel may use. Everything else of the window is private to ``app``."""

    document: Any  # the NetworkDocument
    undo_stack: Any  # the window's QUndoStack
    hooks: NamedHooks
    canvas: CanvasSurface | None

    def show_status(self, message: str, ms: int = 6000) -> None:
        """Show ``message`` in the status bar for ``ms`` milliseconds."""

    def add_dock(self, dock_id: str, title: str, widget: object, area: str = "right",
                 tab_with: str | None = None) -> object:
        """Put ``widget`` in the dock ``dock_id`` (a stable id, never the translated title), in ``area``
        (one of ``DOCK_AREAS``), tabbed with the dock ``tab_with`` if present; returns the QDockWidget."""

    def show_dock(self, dock_id: str, min_height: int = 0) -> None:
        """Show and raise the dock ``dock_id``, at least ``min_height`` pixels tall (at most half the window)."""

    def menu(self, name: str) -> object:
        """The window's QMenu ``name`` ("file", "edit", "view", "network", "train", "lab", "help"), created
        (before Help) if absent."""

    def toolbar(self) -> object:
        """The window's main QToolBar."""

    def widget(self) -> object:
        """The QMainWindow, as a parent for dialogs and actions."""

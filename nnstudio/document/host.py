"""The host interface: what the main window offers the panels that install into it.

Panels (``canvas``, ``training``, ``stepper``, ``lab``, ``lessons``, …) sit on one floor and never import
``nnstudio.app`` nor each other. The window passes itself to each panel's ``install(host)`` as a
``PanelHost``; a panel reaches the window, and the other panels, only through these members.

Lessons drive the app through *named* actions and state values (``lab.open_function``,
``training.test_accuracy``, …): each panel registers the ones it implements with
``host.hooks.register_action`` / ``register_state``; the names and their arguments are declared in a
Qt-free catalogue so that files naming them can be checked without Qt.

This module is Qt-free: the protocol names Qt objects only in annotations, as plain ``object``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable


class NamedHooks:
    """Named actions (``fn(**args)``) and state values (``fn() -> value``) registered by the panels."""

    def __init__(self) -> None:
        self.actions: dict[str, Callable[..., Any]] = {}
        self.states: dict[str, Callable[[], Any]] = {}

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


@runtime_checkable
class PanelHost(Protocol):
    """What ``install(host)`` of a panel may use. Everything else of the window is private to ``app``."""

    document: Any  # the NetworkDocument
    undo_stack: Any  # the window's QUndoStack
    hooks: NamedHooks

    def show_status(self, message: str, ms: int = 6000) -> None:
        """Show ``message`` in the status bar for ``ms`` milliseconds."""

    def add_dock(self, title: str, widget: object, area: object = None) -> object:
        """Put ``widget`` in a dock titled ``title`` (in ``area``) and return the QDockWidget."""

    def menu(self, name: str) -> object:
        """The window's menu called ``name`` ("file", "edit", "view", "train", "lab", "help"), created if absent."""

    def widget(self) -> object:
        """The QMainWindow, as a parent for dialogs and actions."""

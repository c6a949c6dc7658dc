"""The window's remembered preferences: geometry, dock layout, weight/bias labels and theme."""

from __future__ import annotations

from PySide6.QtCore import QByteArray

from .settings import read_bool


def restore_preferences(window) -> None:
    s = window.settings
    geometry = s.value("window/geometry")
    if isinstance(geometry, QByteArray | bytes):
        window.restoreGeometry(geometry)
    state = s.value("window/state")
    if isinstance(state, QByteArray | bytes):
        window.restoreState(state)
    window.act_weights.setChecked(read_bool(s, "show_weights", False))
    window.canvas.set_show_weights(window.act_weights.isChecked())
    window.act_biases.setChecked(read_bool(s, "show_biases", True))
    window.canvas.set_show_biases(window.act_biases.isChecked())
    if str(s.value("theme", "light")) == "dark":
        window.set_theme("dark")


def save_preferences(window) -> None:
    s = window.settings
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    s.setValue("show_weights", window.act_weights.isChecked())
    s.setValue("show_biases", window.act_biases.isChecked())
    s.sync()

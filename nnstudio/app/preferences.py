"""The window's remembered preferences: geometry, dock layout, weight/bias labels and theme."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication

from .settings import read_bool

SCREEN_SHARE = 0.92   # a first window takes this share of the screen's available width and height


def fit_to_screen(window) -> None:
    """Size a first window to most of its screen's available geometry (taskbars excluded), centred."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    w, h = int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE)
    window.resize(w, h)
    window.move(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2)


def restore_preferences(window) -> None:
    """The size and layout the user left (a first window: most of the screen), labels and theme."""
    s = window.settings
    geometry = s.value("window/geometry")
    if isinstance(geometry, QByteArray | bytes):
        window.restoreGeometry(geometry)
    else:
        fit_to_screen(window)
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

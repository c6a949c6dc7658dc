"""Light and dark application themes: the Fusion style, a palette, and a small style sheet."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from nnstudio.resources import style_sheet


def dark_palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, c in [(role.Window, "#25282e"), (role.WindowText, "#e6e9ef"), (role.Base, "#1e2127"),
                 (role.AlternateBase, "#2b2f37"), (role.ToolTipBase, "#2b2f37"), (role.ToolTipText, "#e6e9ef"),
                 (role.Text, "#e6e9ef"), (role.Button, "#2e323a"), (role.ButtonText, "#e6e9ef"),
                 (role.BrightText, "#ffffff"), (role.Highlight, "#7c5cd6"), (role.HighlightedText, "#ffffff"),
                 (role.Link, "#5aa9e6"), (role.PlaceholderText, "#8f97a5"), (role.Mid, "#6b7280")]:
        p.setColor(r, QColor(c))
    p.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#6b7280"))
    p.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#6b7280"))
    return p


def apply_theme(app: QApplication, name: str) -> None:
    """Set the application's style, palette and style sheet for ``"light"`` or ``"dark"``."""
    app.setStyle("Fusion")
    if name == "dark":
        app.setPalette(dark_palette())
    else:
        app.setPalette(app.style().standardPalette())
    app.setStyleSheet(style_sheet("dark" if name == "dark" else "light"))

"""The toolbar and menu icons: resources/icons SVGs recoloured for the theme."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from nnstudio.resources import icon_path

ICON_COLOURS = {"light": "#5b6472", "dark": "#c3c9d3"}
DISABLED_ICON_COLOURS = {"light": "#c2c7cf", "dark": "#565c66"}  # clearly dimmer than the normal strokes


def themed_icon(name: str, theme: str = "light") -> QIcon:
    """An icon from resources/icons, its strokes recoloured for the theme, with its own dimmed
    version for disabled actions (Qt's generated one is hard to tell apart on the dark theme)."""
    path = icon_path(name)
    try:
        svg = path.read_text(encoding="utf-8")
    except OSError:
        return QIcon()
    icon = QIcon()
    for mode, colours in ((QIcon.Mode.Normal, ICON_COLOURS), (QIcon.Mode.Disabled, DISABLED_ICON_COLOURS)):
        pixmap = QPixmap()
        text = svg.replace(ICON_COLOURS["light"], colours.get(theme, colours["light"]))
        if not pixmap.loadFromData(text.encode("utf-8"), "SVG"):
            return QIcon(str(path))
        icon.addPixmap(pixmap, mode)
    return icon

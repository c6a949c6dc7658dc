"""pyqtgraph's axis tick labels with the interface's decimal separator (``0,5`` in French)."""

from __future__ import annotations

import pyqtgraph as pg

from nnstudio.io.numbers import localize

_ORIGINAL = pg.AxisItem.tickStrings


def _localized_tick_strings(self, values, scale, spacing):
    return [localize(text) for text in _ORIGINAL(self, values, scale, spacing)]


def install_axis_decimal_comma() -> None:
    """Every pyqtgraph axis writes its ticks through ``document.numbers.localize`` (a no-op in English).

    Axis subclasses that override ``tickStrings`` should call ``localize`` themselves."""
    pg.AxisItem.tickStrings = _localized_tick_strings

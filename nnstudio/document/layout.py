"""Default neuron positions: layers as columns, neurons centred vertically."""

from __future__ import annotations

import math

COLUMN_GAP = 240.0
MAX_COLUMN_GAP = 4 * COLUMN_GAP
ROW_GAP = 72.0
MIN_ROW_GAP = 6.0
COLUMN_HEIGHT = 900.0


GRID_FROM = 160          # layers bigger than this are drawn as a block of several sub-columns
GRID_ROWS = 112


def row_gap(size: int) -> float:
    """Vertical distance between neighbours in a layer of ``size`` neurons (tighter for big layers)."""
    if size <= 12:
        return ROW_GAP
    if size > GRID_FROM:
        return 8.0
    return max(MIN_ROW_GAP, min(ROW_GAP, COLUMN_HEIGHT / size))


def spread_gap(height: float, gaps: int) -> float:
    """Horizontal distance between layers for a network ``height`` tall with ``gaps`` spaces between
    layers: max(COLUMN_GAP, min(2·height / gaps, MAX_COLUMN_GAP)), so a tall network is about twice as
    wide as it is tall, the shape of the canvas, and its fans of connections do not squash together."""
    return max(COLUMN_GAP, min(2 * height / max(gaps, 1), MAX_COLUMN_GAP))


def column_gap(sizes) -> float:
    """Horizontal distance between layers: wider when layers are tall, so fans stay readable."""
    tallest = max(row_gap(n) * (min(n, GRID_ROWS) if n > GRID_FROM else n - 1) for n in sizes)
    return spread_gap(tallest, len(sizes) - 1)


def layer_positions(size: int, x: float) -> list[list[float]]:
    """One centred column; a big layer becomes a block of sub-columns filled top to bottom."""
    gap = row_gap(size)
    if size > GRID_FROM:
        cols = -(-size // GRID_ROWS)
        rows = -(-size // cols)
        left = x - gap * (cols - 1) / 2
        top = -gap * (rows - 1) / 2
        return [[float(left + (j // rows) * gap), float(top + (j % rows) * gap)] for j in range(size)]
    top = -gap * (size - 1) / 2
    return [[float(x), float(top + j * gap)] for j in range(size)]


def auto_layout(sizes) -> list[list[list[float]]]:
    """positions[l][j] = [x, y] for every neuron of a network with these layer sizes."""
    gap = column_gap(sizes)
    return [layer_positions(n, l * gap) for l, n in enumerate(sizes)]


def is_valid_layout(positions, sizes) -> bool:
    """True when ``positions`` has one finite [x, y] per neuron of ``sizes``."""
    try:
        if len(positions) != len(sizes):
            return False
        for layer, n in zip(positions, sizes, strict=True):
            if layer is None or len(layer) != n:
                return False
            for p in layer:
                if len(p) != 2 or not all(math.isfinite(float(v)) for v in p):
                    return False
    except (TypeError, ValueError):
        return False
    return True


def complete_layout(positions, sizes) -> list[list[list[float]]]:
    """A full layout: ``positions`` when valid (copied), the default layout otherwise; a layer that
    is missing or of the wrong length gets its default column."""
    default = auto_layout(sizes)
    if positions is None:
        return default
    out = []
    for l, n in enumerate(sizes):
        layer = positions[l] if l < len(positions) else None
        if layer is not None and is_valid_layout([layer], [n]):
            out.append([[float(p[0]), float(p[1])] for p in layer])
        else:
            out.append(default[l])
    return out


def copy_layout(positions) -> list[list[list[float]]]:
    return [[[float(p[0]), float(p[1])] for p in layer] for layer in positions]

"""Placing overlay labels so that none overlaps another or covers a neuron.

Greedy placement: each label tries its natural spots first (a neuron's badge below the circle, a
connection's label on its line), then spots spiralling outwards; the first spot that touches no
placed label and no neuron circle wins. A label moved off its anchor gets a leader line back to it.
The plane is unbounded, so a free spot always exists and the search always ends.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF

GAP = 2.0            # kept free around every label (scene units)
LINE_SPOTS = (0.5, 0.35, 0.65, 0.25, 0.75, 0.42, 0.58, 0.18, 0.82)
MAX_RINGS = 60       # spiral rings tried before giving up on a perfect spot (never reached in practice)


class Obstacles:
    """Neuron circles and placed label rectangles; answers "is this rectangle free?"."""

    def __init__(self, circles=()):
        c = np.asarray(list(circles), dtype=float).reshape(-1, 3)
        self.cx, self.cy, self.r = c[:, 0], c[:, 1], c[:, 2] + GAP
        self.rects: list[QRectF] = []

    def add(self, rect: QRectF) -> None:
        self.rects.append(QRectF(rect))

    def hits_circle(self, rect: QRectF) -> bool:
        """Whether ``rect`` meets a circle: the rectangle's point nearest each centre is within r."""
        if not self.cx.size:
            return False
        nx = np.clip(self.cx, rect.left(), rect.right())
        ny = np.clip(self.cy, rect.top(), rect.bottom())
        return bool(np.any((nx - self.cx) ** 2 + (ny - self.cy) ** 2 < self.r ** 2))

    def free(self, rect: QRectF) -> bool:
        grown = rect.adjusted(-GAP, -GAP, GAP, GAP)
        return not self.hits_circle(rect) and not any(grown.intersects(o) for o in self.rects)


def _spiral(cx: float, cy: float, step: float):
    """Centres on rings of growing radius around (cx, cy), nearest first."""
    for ring in range(1, MAX_RINGS + 1):
        radius = ring * step
        count = 8 * ring
        for k in range(count):
            angle = math.pi / 2 + 2 * math.pi * k / count   # start straight below
            yield cx + radius * math.cos(angle), cy + radius * math.sin(angle)


def _rect_at(cx: float, cy: float, w: float, h: float) -> QRectF:
    return QRectF(cx - w / 2, cy - h / 2, w, h)


def place_badge(centre: QPointF, radius: float, w: float, h: float, obstacles: Obstacles,
                below: float) -> QRectF:
    """A ``w``×``h`` box for a neuron at ``centre``: below it (``below`` from the centre to the box's
    top) when free, else right, left, above, else the nearest free spot around it."""
    x, y = centre.x(), centre.y()
    side = radius + GAP + 3
    natural = [QRectF(x - w / 2, y + below, w, h),
               QRectF(x + side, y - h / 2, w, h),
               QRectF(x - side - w, y - h / 2, w, h),
               QRectF(x - w / 2, y - below - h, w, h)]
    return _first_free(natural, _spiral(x, y + below + h / 2, max(h, 8.0) * 0.75), w, h, obstacles)


def place_on_line(line, w: float, h: float, obstacles: Obstacles) -> tuple[QRectF, QPointF | None]:
    """A ``w``×``h`` label for the segment ``line`` = (x1, y1, x2, y2): on the line when free, else
    the nearest free spot, returned with the point of the line its leader line goes to."""
    x1, y1, x2, y2 = (float(v) for v in line)
    spots = [_rect_at(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t, w, h) for t in LINE_SPOTS]
    for rect in spots:
        if obstacles.free(rect):
            obstacles.add(rect)
            return rect, None
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    rect = _first_free([], _spiral(mx, my, max(h, 8.0) * 0.75), w, h, obstacles)
    return rect, QPointF(mx, my)


def _first_free(natural, spiral, w: float, h: float, obstacles: Obstacles) -> QRectF:
    for rect in natural:
        if obstacles.free(rect):
            obstacles.add(rect)
            return rect
    last = None
    for cx, cy in spiral:
        last = _rect_at(cx, cy, w, h)
        if obstacles.free(last):
            break
    obstacles.add(last)
    return last


def leader_end(rect: QRectF, anchor: QPointF) -> QPointF:
    """The point of ``rect``'s border nearest ``anchor`` (where a leader line leaves the label)."""
    return QPointF(min(max(anchor.x(), rect.left()), rect.right()),
                   min(max(anchor.y(), rect.top()), rect.bottom()))

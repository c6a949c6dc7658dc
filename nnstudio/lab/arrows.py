"""A polyline with an arrowhead on every segment, drawn in screen pixels (one item per path).

Arrowheads keep their size and true angle whatever the zoom or the axes' aspect ratio: points are
mapped to the device in ``paint`` and drawn there. Pens and brushes are made in ``setStyle``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF

HEAD_LENGTH = 9.0
HEAD_HALF_WIDTH = 4.0


class ArrowPath(pg.GraphicsObject):
    """Segments p₀→p₁→…→p_n, each ending in an arrowhead (skipped when shorter than the head)."""

    def __init__(self, color: QColor, width: float = 1.8, parent=None):
        super().__init__(parent)
        self.xs = np.zeros(0)
        self.ys = np.zeros(0)
        self._bounds = QRectF()
        self.setStyle(color, width)

    def setStyle(self, color: QColor, width: float = 1.8) -> None:
        self._pen = QPen(color, width)
        self._pen.setCosmetic(True)
        self._pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._brush = QBrush(color)
        self.update()

    def setData(self, xs, ys) -> None:
        self.prepareGeometryChange()
        self.xs = np.asarray(xs, dtype=float).ravel()
        self.ys = np.asarray(ys, dtype=float).ravel()
        if self.xs.size:
            x0, x1, y0, y1 = self.xs.min(), self.xs.max(), self.ys.min(), self.ys.max()
            self._bounds = QRectF(x0, y0, x1 - x0, y1 - y0)
        else:
            self._bounds = QRectF()
        self.update()

    def pointCount(self) -> int:
        return int(self.xs.size)

    def dataBounds(self, axis, frac=1.0, orthoRange=None):
        values = self.xs if axis == 0 else self.ys
        return (None, None) if values.size == 0 else (float(values.min()), float(values.max()))

    def boundingRect(self) -> QRectF:
        px, py = self.pixelWidth() or 0.0, self.pixelHeight() or 0.0
        margin_x, margin_y = (HEAD_LENGTH + 2) * px, (HEAD_LENGTH + 2) * py
        return self._bounds.adjusted(-margin_x, -margin_y, margin_x, margin_y)

    def paint(self, painter, *args) -> None:
        if self.xs.size < 2:
            return
        t = painter.transform()
        dx = t.m11() * self.xs + t.m21() * self.ys + t.dx()
        dy = t.m12() * self.xs + t.m22() * self.ys + t.dy()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        painter.setPen(self._pen)
        painter.drawLines([QLineF(dx[k], dy[k], dx[k + 1], dy[k + 1]) for k in range(dx.size - 1)])
        painter.setBrush(self._brush)
        painter.setPen(Qt.PenStyle.NoPen)
        for k in range(dx.size - 1):
            head = _head(dx[k], dy[k], dx[k + 1], dy[k + 1])
            if head is not None:
                painter.drawPolygon(head)
        painter.restore()


def _head(x0: float, y0: float, x1: float, y1: float) -> QPolygonF | None:
    """The arrowhead triangle at (x1, y1) for a segment in device pixels, or None if too short."""
    vx, vy = x1 - x0, y1 - y0
    length = float(np.hypot(vx, vy))
    if length < HEAD_LENGTH * 1.3:
        return None
    ux, uy = vx / length, vy / length
    bx, by = x1 - ux * HEAD_LENGTH, y1 - uy * HEAD_LENGTH
    return QPolygonF([QPointF(x1, y1), QPointF(bx - uy * HEAD_HALF_WIDTH, by + ux * HEAD_HALF_WIDTH),
                      QPointF(bx + uy * HEAD_HALF_WIDTH, by - ux * HEAD_HALF_WIDTH)])

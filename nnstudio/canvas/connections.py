"""All connections of the network in ONE batched item.

Lines are kept in NumPy arrays: ``lines[k] = (x1, y1, x2, y2)`` for connection ``k`` (layer by layer,
row-major over ``W[l]``, so ``k = offset[l] + j·n_in + i``). When values or the threshold change,
the visible lines are sorted into colour/width buckets once; ``paint`` only hands each bucket's
contiguous array to ``QPainter.drawLines``.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem
from shiboken6 import Shiboken

from nnstudio.io.numbers import fmt

from . import palette

ANTIALIAS_LIMIT = 2000   # more visible lines than this: no antialiasing, 1-px pens
LABEL_LIMIT = 250        # more visible lines than this: no weight labels


class ConnectionsItem(QGraphicsItem):
    """Paints every visible connection; knows which one is near a point."""

    def __init__(self, theme: palette.Theme):
        super().__init__()
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.theme = theme
        self.offsets: list[int] = [0, 0]
        self.shapes: list[tuple[int, int]] = [(0, 0)]
        self.lines = np.zeros((0, 4))
        self.values = np.zeros(0)
        self.enabled = np.zeros(0, dtype=bool)
        self.dropped = np.zeros(0, dtype=bool)   # dropped by dropconnect in the step shown: dashed
        self._dropped_lines = np.zeros((0, 4))
        self.fraction = 0.0      # hide |v| < fraction × the strongest |v| of the same layer
        self.scale = 1.0
        self.show_labels = False
        self.label_texts: dict = {}
        self.selected: tuple | None = None
        self._visible = np.zeros(0, dtype=np.int64)   # visible indices, sorted by bucket
        self._bucket_bounds: list[tuple[int, int, QPen]] = []
        self._sorted = np.zeros((0, 4))
        self._labels: list[tuple[QRectF, str]] = []
        self._bounds = QRectF()
        self._antialias = True
        self._font = QFont()
        self._font.setPixelSize(10)

    # -- data -----------------------------------------------------------------------------------
    def set_layers(self, sizes) -> None:
        """Allocate for layer sizes; call set_geometry and set_values afterwards."""
        self.shapes = [(0, 0)] + [(sizes[l], sizes[l - 1]) for l in range(1, len(sizes))]
        counts = [a * b for a, b in self.shapes]
        self.offsets = [0] + [int(sum(counts[1:l])) for l in range(1, len(sizes) + 1)]
        total = sum(counts)
        self.lines = np.zeros((total, 4))
        self.values = np.zeros(total)
        self.enabled = np.ones(total, dtype=bool)
        self.dropped = np.zeros(total, dtype=bool)
        self.selected = None
        self._visible = np.zeros(0, dtype=np.int64)
        self._bucket_bounds = []

    def index_of(self, layer: int, j: int, i: int) -> int:
        return self.offsets[layer] + j * self.shapes[layer][1] + i

    def id_of(self, k: int) -> tuple[int, int, int]:
        layer = int(np.searchsorted(self.offsets, k, side="right")) - 1
        n_in = self.shapes[layer][1]
        j, i = divmod(int(k - self.offsets[layer]), n_in)
        return layer, j, i

    def set_geometry(self, positions) -> None:
        """``positions[l]``: an (n_l, 2) array of neuron centres."""
        for l in range(1, len(self.shapes)):
            src, dst = positions[l - 1], positions[l]
            block = self.lines[self.offsets[l]:self.offsets[l + 1]].reshape(len(dst), len(src), 4)
            block[:, :, 0] = src[None, :, 0]
            block[:, :, 1] = src[None, :, 1]
            block[:, :, 2] = dst[:, None, 0]
            block[:, :, 3] = dst[:, None, 1]
        self._geometry_changed()

    def set_values(self, values, enabled=None, layers=None) -> None:
        """``values[l]`` (n_l, n_{l−1}) per layer (index 0 unused); ``enabled[l]`` 0/1 or None = all."""
        rng = range(1, len(self.shapes)) if layers is None else layers
        for l in rng:
            sl = slice(self.offsets[l], self.offsets[l + 1])
            self.values[sl] = np.asarray(values[l], dtype=float).reshape(-1)
            if enabled is not None:
                m = enabled[l]
                self.enabled[sl] = True if m is None else np.asarray(m).reshape(-1) != 0
        self.rebucket()

    def set_dropped(self, dropped=None) -> None:
        """``dropped[l]``: bool arrays shaped like W[l] (index 0 unused), or None for none: those
        connections are drawn dashed and faint (dropconnect dropped them in the shown step)."""
        self.dropped[:] = False
        if dropped is not None:
            for l in range(1, len(self.shapes)):
                if l < len(dropped) and dropped[l] is not None:
                    self.dropped[self.offsets[l]:self.offsets[l + 1]] = np.asarray(dropped[l]).reshape(-1) != 0
        self.rebucket()

    def set_threshold_fraction(self, fraction: float) -> None:
        self.fraction = min(max(float(fraction), 0.0), 1.0)
        self.rebucket()

    def set_theme(self, theme: palette.Theme) -> None:
        self.theme = theme
        self.rebucket()

    def set_labels(self, show: bool, texts: dict | None = None) -> None:
        """Show weight values (``show``) and/or given texts per connection id (the overlay)."""
        self.show_labels = show
        self.label_texts = dict(texts or {})
        self._make_labels()
        self.update()

    def set_selected(self, cid: tuple | None) -> None:
        self.selected = cid
        self.update()

    # -- derived drawing data -------------------------------------------------------------------
    def max_magnitude(self) -> float:
        vals = np.abs(self.values[self.enabled & np.isfinite(self.values)])
        return float(vals.max()) if vals.size else 0.0

    def visible_count(self) -> int:
        return int(self._visible.size)

    def enabled_count(self) -> int:
        return int(self.enabled.sum())

    def relative_magnitudes(self) -> np.ndarray:
        """|v| divided by the largest |v| of its layer (enabled, finite ones; others 0)."""
        rel = np.zeros_like(self.values)
        for l in range(1, len(self.shapes)):
            sl = slice(self.offsets[l], self.offsets[l + 1])
            v = np.where(self.enabled[sl] & np.isfinite(self.values[sl]), np.abs(self.values[sl]), 0.0)
            top = v.max() if v.size else 0.0
            rel[sl] = v / top if top > 0 else 0.0
        return rel

    def fraction_for_count(self, count: int) -> float:
        """The smallest per-layer fraction that leaves at most about ``count`` connections visible."""
        rel = self.relative_magnitudes()[self.enabled]
        if rel.size <= count:
            return 0.0
        return float(min(1.0, np.partition(rel, rel.size - count - 1)[rel.size - count - 1] + 1e-9))

    def rebucket(self) -> None:
        """Recompute visibility and colour buckets from values, mask and threshold."""
        v = self.values
        finite = np.isfinite(v)
        vis = self.enabled & finite & ~self.dropped
        if self.fraction > 0:
            vis &= self.relative_magnitudes() >= self.fraction
        idx = np.flatnonzero(vis)
        self.scale = self.max_magnitude() or 1.0
        b = palette.buckets(v[idx], self.scale)
        key = b * 2 + (v[idx] >= 0)
        order = np.argsort(key, kind="stable")
        self._visible = idx[order]
        counts = np.bincount(key, minlength=2 * palette.N_BUCKETS)
        many = idx.size > ANTIALIAS_LIMIT
        self._antialias = not many
        pos_c, neg_c = palette.bucket_colours(self.theme)
        widths = palette.bucket_widths()
        self._bucket_bounds = []
        start = 0
        for key_value, n in enumerate(counts):
            if n:
                k, positive = divmod(key_value, 2)
                pen = QPen((pos_c if positive else neg_c)[k])
                pen.setCosmetic(True)  # widths in screen pixels: cheap to stroke, same look at any zoom
                pen.setWidthF(1.0 if many else widths[k])
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                self._bucket_bounds.append((start, start + int(n), pen))
            start += int(n)
        self._geometry_changed()

    def _geometry_changed(self) -> None:
        self._sorted = np.ascontiguousarray(self.lines[self._visible])
        self._dropped_lines = np.ascontiguousarray(self.lines[self.enabled & self.dropped])
        if self.lines.size:
            xs = self.lines[:, [0, 2]]
            ys = self.lines[:, [1, 3]]
            rect = QRectF(QPointF(xs.min(), ys.min()), QPointF(xs.max(), ys.max())).adjusted(-40, -40, 40, 40)
        else:
            rect = QRectF()
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = rect
        self._make_labels()
        self.update()

    def _make_labels(self) -> None:
        self._labels = []
        ids = []
        if self.label_texts:
            ids = [(k, t) for k, t in ((self.index_of(*cid), t) for cid, t in self.label_texts.items()
                                       if self._valid(cid)) if self.enabled[k]]
        elif self.show_labels and self._visible.size <= LABEL_LIMIT:
            ids = [(int(k), fmt(self.values[k])) for k in self._visible]
        metrics = QFontMetricsF(self._font)
        h = metrics.height() + 2
        placed: list[QRectF] = []
        for k, text in ids:
            w = metrics.horizontalAdvance(text) + 6
            rect = _free_spot(self.lines[k], w, h, placed)
            placed.append(rect)
            self._labels.append((rect, text))

    def _valid(self, cid) -> bool:
        try:
            l, j, i = cid
            return 1 <= l < len(self.shapes) and 0 <= j < self.shapes[l][0] and 0 <= i < self.shapes[l][1]
        except (TypeError, ValueError):
            return False

    # -- hit testing ----------------------------------------------------------------------------
    def connection_at(self, point: QPointF, tolerance: float) -> tuple | None:
        """The visible connection nearest to ``point`` within ``tolerance`` (scene units), or None."""
        if not self._visible.size:
            return None
        seg = self._sorted
        px, py = point.x(), point.y()
        x1, y1, x2, y2 = seg[:, 0], seg[:, 1], seg[:, 2], seg[:, 3]
        dx, dy = x2 - x1, y2 - y1
        length2 = dx * dx + dy * dy
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.clip(((px - x1) * dx + (py - y1) * dy) / np.where(length2 > 0, length2, 1), 0, 1)
        d2 = (x1 + t * dx - px) ** 2 + (y1 + t * dy - py) ** 2
        best = int(np.argmin(d2))
        if d2[best] > tolerance * tolerance:
            return None
        return self.id_of(int(self._visible[best]))

    # -- painting -------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self):
        from PySide6.QtGui import QPainterPath

        return QPainterPath()  # never hit by item lookups: the scene asks connection_at()

    def paint(self, painter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing, self._antialias)
        if self._dropped_lines.size:
            pen = QPen(self.theme.zero, 1.0, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLines([QLineF(*row) for row in self._dropped_lines])
        arr = self._sorted
        base = arr.ctypes.data
        stride = arr.strides[0] if arr.size else 32
        for start, end, pen in self._bucket_bounds:
            painter.setPen(pen)
            painter.drawLines(Shiboken.wrapInstance(base + start * stride, QLineF), end - start)
        if self.selected is not None and self._valid(self.selected):
            k = self.index_of(*self.selected)
            if self.enabled[k]:
                pen = QPen(self.theme.selection)
                pen.setWidthF(3.0)
                pen.setCosmetic(True)
                painter.setRenderHint(painter.RenderHint.Antialiasing, True)
                painter.setPen(pen)
                painter.drawLine(QLineF(*self.lines[k]))
        if self._labels:
            painter.setRenderHint(painter.RenderHint.Antialiasing, True)
            painter.setFont(self._font)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.theme.badge_fill)
            for rect, _ in self._labels:
                painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor(self.theme.text))
            for rect, text in self._labels:
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


_SPOTS = (0.5, 0.35, 0.65, 0.25, 0.75, 0.42, 0.58, 0.18, 0.82)


def _free_spot(line, w: float, h: float, placed: list[QRectF]) -> QRectF:
    """A label rectangle on ``line`` overlapping the already placed ones as little as possible."""
    x1, y1, x2, y2 = line
    best, best_overlap = None, None
    for t in _SPOTS:
        cx, cy = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
        rect = QRectF(cx - w / 2, cy - h / 2, w, h)
        overlap = 0.0
        for other in placed:
            inter = rect.intersected(other)
            if not inter.isEmpty():
                overlap += inter.width() * inter.height()
        if overlap == 0:
            return rect
        if best_overlap is None or overlap < best_overlap:
            best, best_overlap = rect, overlap
    return best

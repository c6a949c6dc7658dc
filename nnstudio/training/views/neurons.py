"""Each neuron's output over the input plane (TensorFlow-Playground style): small images, sent to the
canvas as thumbnails when it can show them, and drawn here as a grid with the hovered one enlarged."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnstudio.widgets.i18n import translate

from ..colors import qimage, rgba_from_unit, to_unit

MAX_PER_LAYER = 24


def neuron_images(field, net, doc=None) -> dict:
    """``{(l, j): QImage}`` of every neuron's output over the plane (inputs included; at most
    MAX_PER_LAYER per layer). Sigmoid/softmax map [0, 1], tanh [-1, 1], others ±max|a| of the neuron."""
    images = {}
    for l in range(len(net.sizes)):
        act = "identity" if l == 0 else net.activations[l - 1]
        for j in range(min(net.sizes[l], MAX_PER_LAYER)):
            values = field.image(l, j)
            if act in ("sigmoid", "softmax"):
                u = to_unit(values, 0.0, 1.0)
            elif act == "tanh":
                u = to_unit(values, -1.0, 1.0)
            else:
                finite = values[np.isfinite(values)]
                m = float(np.abs(finite).max()) if finite.size else 1.0
                u = to_unit(values, -m, m) if m > 1e-12 else np.full(values.shape, 0.5)
            images[(l, j)] = qimage(np.flipud(rgba_from_unit(u.ravel()).reshape(*values.shape, 4)))
    return images


class NeuronGrid(QWidget):
    """Columns of thumbnails, one column per layer; the hovered neuron is shown large on the right."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.images: dict = {}
        self.names: dict = {}
        self.sizes: list[int] = []
        self.hovered = None
        self.message = translate("Training", "Neuron maps need data with two inputs (x1, x2).")
        self.setMouseTracking(True)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip(translate("Training", "Each small square is one neuron's output over the input plane "
                                              "(orange low, blue high). "
                        "Hover a square to see it large."))

    def sizeHint(self) -> QSize:
        return QSize(420, 260)

    def update_view(self, ctl, field) -> None:
        net = ctl.doc.network
        if field is None:
            self.images, self.sizes = {}, []
        else:
            self.images = ctl.neuron_images(field)
            self.sizes = [min(n, MAX_PER_LAYER) for n in net.sizes]
            self.names = {k: ctl.doc.neuron_label(*k) for k in self.images}
        self.update()

    # -- geometry -----------------------------------------------------------------------------
    def _layout(self):
        """Cell size and the rectangle of each thumbnail, plus the big-view rectangle."""
        w, h = self.width(), self.height()
        big = max(60, min(h - 24, int(w * 0.38)))
        grid_w = w - big - 24
        cols = max(1, len(self.sizes))
        rows = max(self.sizes) if self.sizes else 1
        cell = int(max(10, min(64, (grid_w - 8) / cols - 14, (h - 8) / rows - 4)))
        gap_x = (grid_w - cols * cell) / (cols + 1)
        rects = {}
        for l, n in enumerate(self.sizes):
            x = int(gap_x + l * (cell + gap_x))
            top = int((h - n * (cell + 4)) / 2)
            for j in range(n):
                rects[(l, j)] = QRect(x, top + j * (cell + 4), cell, cell)
        return rects, QRect(w - big - 12, int((h - big) / 2), big, big)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#fbfbfd"))
        if not self.images:
            p.setPen(QColor("#6b7280"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message)
            return
        rects, big = self._layout()
        p.setPen(QPen(QColor("#9aa3b2"), 1))
        for key, r in rects.items():
            img = self.images.get(key)
            if img is not None:
                p.drawImage(r, img)
            p.drawRect(r.adjusted(0, 0, -1, -1))
        key = self.hovered if self.hovered in self.images else max(self.images)
        p.drawImage(big, self.images[key])
        p.setPen(QPen(QColor("#7c3aed"), 2))
        p.drawRect(big)
        if key in rects:
            p.drawRect(rects[key].adjusted(-1, -1, 0, 0))
        font = QFont(self.font())
        font.setPointSizeF(8.5)
        p.setFont(font)
        p.setPen(QColor("#1f2430"))
        p.drawText(QRect(big.left(), big.bottom() + 2, big.width(), 18), Qt.AlignmentFlag.AlignHCenter,
                   self.names.get(key, ""))

    def mouseMoveEvent(self, event) -> None:
        rects, _ = self._layout()
        pos = QPoint(int(event.position().x()), int(event.position().y()))
        hit = next((k for k, r in rects.items() if r.contains(pos)), None)
        if hit is not None and hit != self.hovered:
            self.hovered = hit
            self.update()

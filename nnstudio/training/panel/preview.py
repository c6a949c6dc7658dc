"""A small picture of the dataset's points (train filled, test ringed), coloured by class or value."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnstudio.widgets.i18n import translate

from ..colors import LUT, class_color, to_unit

MAX_POINTS = 600


class DataPreview(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFixedSize(QSize(112, 112))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.data = None
        self.setToolTip(translate("Training", "The data: filled dots are training samples, ringed dots test samples."))

    def set_data(self, data) -> None:
        self.data = data
        self.update()

    def _points(self):
        """(points (n, 2) in 0…1, colours, is_test) or None."""
        d = self.data
        if d is None or d.points_train is None:
            return None
        ds = d.dataset
        parts = []
        for pts, y, test in ((d.points_train, ds.y_train, False), (d.points_test, ds.y_test, True)):
            if pts is None or not len(pts):
                continue
            pts, y = pts[:MAX_POINTS], np.asarray(y[:MAX_POINTS])
            if pts.shape[1] == 1:  # 1-D regression: x against y
                pts = np.column_stack([pts[:, 0], y.reshape(len(y), -1)[:, 0]])
            parts.append((pts, y, test))
        if not parts:
            return None
        allp = np.concatenate([p for p, _, _ in parts])
        lo, hi = allp.min(axis=0), allp.max(axis=0)
        span = np.where(hi > lo, hi - lo, 1.0)
        out = []
        yall = np.concatenate([np.asarray(y, dtype=float).reshape(len(y), -1)[:, 0] for _, y, _ in parts])
        m = float(np.abs(yall).max() or 1.0)
        for pts, y, test in parts:
            unit = (pts - lo) / span
            if ds.task == "classification":
                colors = [class_color(int(k)) for k in y]
            else:
                v = np.asarray(y, dtype=float).reshape(len(y), -1)[:, 0]
                colors = [tuple(c[:3]) for c in LUT[(to_unit(v, -m, m) * 255).round().astype(int)]]
            out.append((unit, colors, test))
        return out

    def placeholder(self) -> str:
        """What the box says when it has no picture to draw."""
        if self.data is None:
            return translate("Training", "no data")
        return translate("Training", "no picture:\nmore than 2 inputs")

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QPen(QColor("#c9ced6"), 1))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        parts = self._points()
        if parts is None:
            p.setPen(QColor("#6b7280"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder())
            return
        w, h, pad = self.width(), self.height(), 6
        for unit, colors, test in parts:
            p.setPen(QPen(QColor(255, 255, 255), 1.2) if test else QPen(QColor(40, 44, 52, 120), 0.6))
            for (x, y), c in zip(unit, colors, strict=True):
                p.setBrush(QColor(*c))
                p.drawEllipse(QPointF(pad + x * (w - 2 * pad), h - pad - y * (h - 2 * pad)), 2.6, 2.6)

"""What other panels draw on the scene: the overlay (badges under neurons, connection labels, a highlighted
layer, values colouring the connections) and the thumbnails inside neurons (a mixin of ``NetworkScene``)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage

from .items import BadgeItem, LayerBandItem


class SceneOverlay:
    """Needs ``doc``, ``theme``, ``neurons``, ``pos_arrays``, ``_badges``, ``_band`` and ``_refresh_values``."""

    @staticmethod
    def _empty_overlay():
        return {"neuron_texts": {}, "connection_texts": {}, "highlight_layer": None,
                "connection_values": None, "value_name": None}

    def set_overlay(self, neuron_texts=None, connection_texts=None, highlight_layer=None,
                    connection_values=None, value_name=None, dropped_connections=None) -> None:
        cv = None
        if connection_values is not None:
            net = self.doc.network
            cv = [None]
            for l in range(1, len(net.sizes)):
                v = connection_values[l] if l < len(connection_values) else None
                v = net.weights[l] if v is None else np.asarray(v, dtype=float)
                if v.shape != net.weights[l].shape:
                    raise ValueError(f"connection_values[{l}]: expected shape {net.weights[l].shape}, "
                                     f"got {v.shape}")
                cv.append(v)
        self.overlay = {"neuron_texts": dict(neuron_texts or {}), "connection_texts": dict(connection_texts or {}),
                        "highlight_layer": highlight_layer, "connection_values": cv, "value_name": value_name}
        self.connections.set_dropped(dropped_connections)  # drawn dashed: dropped by dropconnect
        self._refresh_values()
        self._rebuild_overlay_items()

    def clear_overlay(self) -> None:
        self.set_overlay()

    def _clear_overlay_items(self) -> None:
        for badge in self._badges:
            if badge.scene() is self:
                self.removeItem(badge)
        self._badges = []
        if self._band is not None:
            self.removeItem(self._band)
            self._band = None

    def _rebuild_overlay_items(self) -> None:
        self._clear_overlay_items()
        theme = self.theme
        for (l, j), text in self.overlay["neuron_texts"].items():
            if 0 <= l < len(self.neurons) and 0 <= j < len(self.neurons[l]) and text:
                item = self.neurons[l][j]
                self._badges.append(BadgeItem(item, str(text), theme.badge_fill, theme.text, item.radius + 7))
        hl = self.overlay["highlight_layer"]
        if hl is not None and 0 <= hl < len(self.pos_arrays):
            pts = self.pos_arrays[hl]
            r = self.neurons[hl][0].radius
            rect = QRectF(QPointF(pts[:, 0].min() - r - 22, pts[:, 1].min() - r - 50),
                          QPointF(pts[:, 0].max() + r + 22, pts[:, 1].max() + r + 40))
            self._band = LayerBandItem(rect, theme.band)
            self.addItem(self._band)

    def set_neuron_thumbnails(self, images: dict) -> None:
        """``images[(l, j)] = QImage`` drawn inside the neuron; replaces earlier thumbnails."""
        self.thumbnails = {k: v for k, v in images.items() if isinstance(v, QImage)}
        self._apply_thumbnails()

    def _apply_thumbnails(self) -> None:
        for l, column in enumerate(self.neurons):
            for j, item in enumerate(column):
                item.set_thumbnail(self.thumbnails.get((l, j)))

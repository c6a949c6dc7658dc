"""Histogram of the weights of each layer (step curves in one plot)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from nnstudio.widgets.i18n import translate

from .common import make_plot

LAYER_COLORS = ["#2166ac", "#e66101", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#666666"]
BINS = 40


class WeightsView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = make_plot(translate("Training", "weight"), translate("Training", "count"))
        self.plot.setToolTip(translate("Training", "How the weights of each layer are spread. Large weights make "
                                                   "steep boundaries; "
                             "L2 regularisation pulls them towards 0, L1 makes many exactly 0."))
        self.legend = self.plot.addLegend(offset=(-8, 8), labelTextSize="8pt")
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 210))
        self.curves: list = []
        self._sizes = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def update_view(self, ctl) -> None:
        net = ctl.doc.network
        if net.sizes != self._sizes:
            self._rebuild(net)
        all_w = [net.weights[l][net.masks[l] != 0] if net.masks[l] is not None else net.weights[l].ravel()
                 for l in range(1, len(net.sizes))]
        finite = np.concatenate([w[np.isfinite(w)] for w in all_w])
        if finite.size == 0:
            for c in self.curves:
                c.setData([], [])
            return
        m = float(np.abs(finite).max()) or 1.0
        edges = np.linspace(-m, m, BINS + 1)
        for curve, w in zip(self.curves, all_w, strict=True):
            counts, _ = np.histogram(w[np.isfinite(w)], bins=edges)
            curve.setData(edges, counts.astype(float))

    def _rebuild(self, net) -> None:
        for c in self.curves:
            self.plot.removeItem(c)
        self.legend.clear()
        self._sizes = list(net.sizes)
        self.curves = []
        for l in range(1, len(net.sizes)):
            color = LAYER_COLORS[(l - 1) % len(LAYER_COLORS)]
            name = f"layer {l} ({net.sizes[l - 1]}→{net.sizes[l]})"
            self.curves.append(self.plot.plot([], [], stepMode="center", fillLevel=0,
                                              pen=pg.mkPen(color, width=1.5),
                                              brush=pg.mkBrush(pg.mkColor(color).red(), pg.mkColor(color).green(),
                                                               pg.mkColor(color).blue(), 40), name=name))

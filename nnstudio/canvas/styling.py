"""How the scene's items look: theme, connection values and threshold, neuron fill and bias rings,
labels and layer captions (a mixin of ``NetworkScene``)."""

from __future__ import annotations

import numpy as np

from nnstudio.widgets.i18n import translate

from . import palette
from .tooltips import layer_title

LABEL_LIMIT = 40          # label the neurons of input/output layers up to this size
AUTO_VISIBLE = 2500       # a large network opens showing at most this many connections


class SceneStyling:
    """Needs ``doc``, ``theme``, ``neurons``, ``headers``, ``pos_arrays``, ``connections``, ``overlay``,
    ``show_weights``, ``show_biases`` and ``threshold_fraction`` of the scene."""

    def set_theme(self, theme: palette.Theme) -> None:
        self.theme = theme
        self.connections.set_theme(theme)
        self._restyle_neurons()
        self._relabel()
        self._place_headers()
        self._rebuild_overlay_items()

    def _connection_values(self):
        cv = self.overlay["connection_values"]
        net = self.doc.network
        if cv is not None:
            return cv
        return net.weights

    def _refresh_values(self, layers=None, auto_threshold: bool = False) -> None:
        net = self.doc.network
        self.connections.set_values(self._connection_values(), net.masks, layers=layers)
        if auto_threshold:
            self.threshold_fraction = self.connections.fraction_for_count(AUTO_VISIBLE)
        self._apply_threshold()

    def _apply_threshold(self) -> None:
        self.connections.set_threshold_fraction(self.threshold_fraction)
        self.connections.set_labels(self.show_weights, self.overlay["connection_texts"])

    def set_threshold_fraction(self, fraction: float) -> None:
        self.threshold_fraction = float(min(max(fraction, 0.0), 1.0))
        self._apply_threshold()

    def _restyle_neurons(self, layers=None) -> None:
        theme, doc = self.theme, self.doc
        net = doc.network
        all_b = np.concatenate([np.abs(b) for b in net.biases[1:]]) if net.n_layers else np.zeros(1)
        all_b = all_b[np.isfinite(all_b)]
        bscale = float(all_b.max()) if all_b.size and all_b.max() > 0 else 1.0
        preview = doc.preview
        for l, column in enumerate(self.neurons):
            if layers is not None and l not in layers:
                continue
            a = None if preview is None or preview["a"] is None else preview["a"][l]
            for j, item in enumerate(column):
                fill = theme.neuron_fill if a is None else palette.value_colour(theme, a[j])
                ring, width = None, 0.0
                if l > 0 and self.show_biases and net.has_bias(l):  # a bias-free layer has no ring
                    b = float(net.biases[l][j])
                    k = item.radius / 17.0
                    if np.isfinite(b) and b != 0:
                        ring = theme.positive if b > 0 else theme.negative
                        width = k * (1.0 + 4.0 * min(abs(b) / bscale, 1.0))
                    else:
                        ring, width = theme.zero, k * 1.0
                outline = theme.muted_text if l == 0 else theme.neuron_outline
                item.set_style(fill, outline, theme.selection, ring, width)

    def _relabel(self) -> None:
        doc, theme = self.doc, self.theme
        last = len(self.neurons) - 1
        for l, column in enumerate(self.neurons):
            side = "left" if l == 0 else ("right" if l == last else None)
            if len(column) > LABEL_LIMIT:
                side = None
            for j, item in enumerate(column):
                item.set_label(doc.neuron_label(l, j), side, theme.text)

    def _place_headers(self) -> None:
        """Layer captions on one baseline above the tallest column."""
        doc, theme = self.doc, self.theme
        top = min(float(pts[:, 1].min()) - (column[0].radius if column else 10)
                  for pts, column in zip(self.pos_arrays, self.neurons, strict=True)) - 16
        for l, header in enumerate(self.headers):
            n = doc.sizes[l]
            if l == 0:
                sub = translate("Canvas", "%n feature(s)", None, n)
            else:
                sub = translate("Canvas", "%n neuron(s) · {activation}", None, n).format(
                    activation=doc.network.activations[l - 1])
            header.set_text(layer_title(doc, l), sub, theme.text, theme.muted_text, theme.selection)
            pts = self.pos_arrays[l]
            header.anchor = (float(pts[:, 0].mean()), top)    # row 0; LayerControls staggers rows
            header.setPos(*header.anchor)

"""What the canvas gets from a step: per-layer connection values and the connection labels worth writing.

Pure selection and layout: every value is the step's (the core's); nothing is computed here.
"""

from __future__ import annotations

import numpy as np

LABEL_CHARS = 100  # a layer whose labels are longer in all shows only those of the focused neuron
MAX_LABELS = 40    # never more connection labels than this (the largest values win)
MAX_BADGES = 24    # a layer with more neurons shows the label of the focused neuron only


def phase_values(st, step) -> list | None:
    """Per-layer connection values for the canvas: the current phase's values (w·a forward, ∂L/∂w
    backward, Δw at the update) for every layer that phase has reached so far, NaN (hidden) for the
    layers it has not reached yet; None at the loss step (the connections show their weights)."""
    if not step.connection_values:
        return None
    values = [None] + [np.full(st.network.weights[l].shape, np.nan) for l in range(1, st.n_layers + 1)]
    for k in range(step.index + 1):
        earlier = st.step(k)
        if earlier.kind == step.kind:
            for l, v in earlier.connection_values.items():
                values[l] = v
    return values


def focus_of(selection: tuple | None) -> tuple | None:
    """The neuron whose connections get labels: the selected neuron, or a selected connection's target."""
    if selection is None:
        return None
    return tuple(selection[:2])


def focus_texts(texts: dict, focus: tuple | None, values=None) -> tuple[dict, bool]:
    """The connection labels to write: all of a layer's when they fit (``LABEL_CHARS`` characters in
    all), else only those into or out of the ``focus`` neuron (into the layer's first neuron without a
    focus). Returns (texts, whether some were left out)."""
    per_layer: dict[int, int] = {}
    for (l, _j, _i), text in texts.items():
        per_layer[l] = per_layer.get(l, 0) + len(text)
    kept = {}
    for (l, j, i), text in texts.items():
        if per_layer[l] <= LABEL_CHARS:
            kept[(l, j, i)] = text
        elif focus is None:
            if j == 0:
                kept[(l, j, i)] = text
        elif (l, j) == focus or (l - 1, i) == focus:
            kept[(l, j, i)] = text
    if len(kept) > MAX_LABELS:
        kept = dict(sorted(kept.items(), key=lambda kv: -_magnitude(values, kv[0]))[:MAX_LABELS])
    return kept, len(kept) < len(texts)


def _magnitude(values, key) -> float:
    """|value| of connection ``key`` in the per-layer ``values`` (0 when unknown), for ranking labels."""
    l, j, i = key
    if values is None or values[l] is None:
        return 0.0
    v = float(values[l][j, i])
    return abs(v) if np.isfinite(v) else 0.0


def focus_neuron_texts(texts: dict, sizes, focus: tuple | None) -> tuple[dict, bool]:
    """The neuron labels to show: all in layers of up to ``MAX_BADGES`` neurons, else only the focused
    neuron's. Returns (texts, whether some were left out)."""
    kept = {k: t for k, t in texts.items() if sizes[k[0]] <= MAX_BADGES or k == focus}
    return kept, len(kept) < len(texts)

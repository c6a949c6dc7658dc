"""What the canvas gets from a step: per-layer connection values, the connection labels worth
writing, a fit that keeps the labels in view, and a legend that names the values.

Pure selection and layout: every value is the step's (the core's); nothing is computed here.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetricsF

from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

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


def fit_with_labels(canvas) -> None:
    """``canvas.fit()``, then zoom out if the labels under the neurons would stick out of the view
    (workaround: the canvas's fit counts neurons and names but not the overlay badges)."""
    canvas.fit()
    scene, view = getattr(canvas, "scene", None), getattr(canvas, "view", None)
    if scene is None or view is None or not hasattr(scene, "content_rect"):
        return
    rect = scene.content_rect()
    for column in getattr(scene, "neurons", []):
        for item in column:
            rect = rect.united(item.mapRectToScene(item.childrenBoundingRect()))
    top, bottom, side = 52, 16, 24
    vp = view.viewport().rect()
    s = min((vp.width() - 2 * side) / max(rect.width(), 1e-9), (vp.height() - top - bottom) / max(rect.height(), 1e-9))
    if s >= view.transform().m11():
        return
    view.resetTransform()
    view.scale(s, s)
    centre = rect.center()
    view.centerOn(QPointF(centre.x(), centre.y() - (top - bottom) / 2 / s))


def refresh_legend(canvas) -> None:
    legend = getattr(getattr(canvas, "view", None), "legend", None)
    if legend is not None:
        legend.refresh()


WEIGHT_WORDS = {QT_TRANSLATE_NOOP("Canvas", "positive weight"): QT_TRANSLATE_NOOP("Stepper", "positive {}"),
                QT_TRANSLATE_NOOP("Canvas", "negative weight"): QT_TRANSLATE_NOOP("Stepper", "negative {}"),
                QT_TRANSLATE_NOOP("Canvas", "thicker, darker: larger |w|"):
                    QT_TRANSLATE_NOOP("Stepper", "thicker, darker: larger |{}|")}


def _weight_words() -> dict:
    """The legend's texts (as the canvas writes them) → the same words for the overlay's values."""
    return {translate("Canvas", key): translate("Stepper", value) for key, value in WEIGHT_WORDS.items()}


def name_values_in_legend(canvas) -> None:
    """Workaround for a missing canvas hook: the legend always says "weight", also while an overlay's
    values (``value_name``) colour the connections. Wrap the legend's ``refresh`` to name them."""
    legend = getattr(getattr(canvas, "view", None), "legend", None)
    scene = getattr(canvas, "scene", None)
    if legend is None or not hasattr(legend, "_rows") or getattr(legend, "_names_values", False):
        return
    original = legend.refresh

    def refresh():
        original()
        overlay = getattr(scene, "overlay", None) or {}
        name = overlay.get("value_name") if overlay.get("connection_values") is not None else None
        if not name:
            return
        words = _weight_words()
        rows = [(kind, colour, words[text].format(name) if text in words else text)
                for kind, colour, text in legend._rows]
        metrics = QFontMetricsF(getattr(legend, "_font", legend.font()))
        grow = max(metrics.horizontalAdvance(new[2]) - metrics.horizontalAdvance(old[2])
                   for new, old in zip(rows, legend._rows, strict=True))
        legend._rows = rows
        if grow > 0:
            legend.resize(legend.width() + int(grow) + 2, legend.height())
        legend.update()

    legend.refresh = refresh
    legend._names_values = True


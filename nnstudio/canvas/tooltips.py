"""Tooltip texts (HTML) for neurons and connections: what is shown, with the formula and numbers."""

from __future__ import annotations

import html

from nnstudio.document import naming
from nnstudio.engine.activations import get_activation
from nnstudio.io.numbers import fmt, list_separator, localize
from nnstudio.widgets.i18n import translate


def layer_kind(doc, layer: int) -> str:
    return naming.layer_kind(doc.sizes, layer)


def layer_kind_text(doc, layer: int) -> str:
    """"input", "hidden" or "output" in the interface language."""
    kind = layer_kind(doc, layer)
    return {"input": translate("Canvas", "input"), "hidden": translate("Canvas", "hidden"),
            "output": translate("Canvas", "output")}[kind]


def layer_title(doc, layer: int) -> str:
    return naming.layer_name(doc.sizes, layer)


def neuron_tooltip(doc, layer: int, index: int, extra: str | None = None) -> str:
    net = doc.network
    name = html.escape(doc.neuron_label(layer, index))
    kind = layer_kind_text(doc, layer)
    lines = [translate("Canvas", "<b>{name}</b> — {kind} layer {l}, neuron {j} of {size}").format(
        name=name, kind=kind, l=layer, j=index + 1, size=net.sizes[layer])]
    values = doc.activation_values(layer, index)
    if layer == 0:
        lines.append(translate("Canvas", "an input feature: its value is passed on unchanged"))
        if values is not None:
            lines.append(translate("Canvas", "value x = {x}").format(x=fmt(values[1])))
    else:
        act = get_activation(net.activations[layer - 1])
        bias = net.biases[layer][index]
        n_in = net.sizes[layer - 1] if net.masks[layer] is None else int(net.masks[layer][index].sum())
        lines.append(translate("Canvas", "activation <b>{name}</b>: {formula}").format(
            name=act.name, formula=html.escape(localize(translate("engine", act.formula)))))
        if net.has_bias(layer):
            lines.append(translate("Canvas", "bias b = {b}").format(b=fmt(bias)))
            lines.append(translate("Canvas", "z = Σ w·a<sub>prev</sub> + b over %n incoming connection(s)", None, n_in))
        else:
            lines.append(translate("Canvas", "no bias (turned off for this layer)"))
            lines.append(translate("Canvas", "z = Σ w·a<sub>prev</sub> over %n incoming connection(s)", None, n_in))
        if values is not None:
            z, a = values
            lines.append(f"z = {fmt(z)},&nbsp; a = {html.escape(_apply(act, 'z'))} = <b>{fmt(a)}</b>")
    if extra:
        lines.append(html.escape(extra))
    return "<br>".join(lines)


def _apply(act, arg: str) -> str:
    return {"identity": arg, "sigmoid": f"σ({arg})", "tanh": f"tanh({arg})", "relu": f"max(0{list_separator()}{arg})",
            "leaky_relu": f"leaky_relu({arg})", "softmax": f"softmax({arg})"}.get(act.name, f"{act.name}({arg})")


def connection_tooltip(doc, layer: int, j: int, i: int, value_name: str | None = None,
                       value: float | None = None, extra: str | None = None) -> str:
    w = doc.network.weights[layer][j, i]
    lines = [f"<b>{html.escape(doc.names.connection(layer, j, i))}</b>",
             translate("Canvas", "weight w = <b>{w}</b>").format(w=fmt(w))]
    if value_name is not None and value is not None:
        lines.append(f"{html.escape(value_name)} = {fmt(value)}")
    prev = doc.activation_values(layer - 1, i)
    if prev is not None:
        lines.append(translate("Canvas", "carries w·a = {w} × {a} = {wa}").format(
            w=fmt(w), a=fmt(prev[1]), wa=fmt(w * prev[1])))
    lines.append(translate("Canvas", "{source} neuron {i} to {target} neuron {j}").format(
        source=layer_title(doc, layer - 1), i=i + 1, target=layer_title(doc, layer), j=j + 1))
    if extra:
        lines.append(html.escape(extra))
    return "<br>".join(lines)

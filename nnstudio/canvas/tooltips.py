"""Tooltip texts (HTML) for neurons and connections: what is shown, with the formula and numbers."""

from __future__ import annotations

import html

from nnstudio.engine.activations import get_activation
from nnstudio.io.numbers import fmt


def layer_kind(doc, layer: int) -> str:
    if layer == 0:
        return "input"
    return "output" if layer == doc.network.n_layers else "hidden"


def layer_title(doc, layer: int) -> str:
    kind = layer_kind(doc, layer)
    if kind == "hidden":
        return f"Hidden {layer}"
    return kind.capitalize()


def neuron_tooltip(doc, layer: int, index: int, extra: str | None = None) -> str:
    net = doc.network
    name = html.escape(doc.neuron_label(layer, index))
    kind = layer_kind(doc, layer)
    lines = [f"<b>{name}</b> — {kind} layer {layer}, neuron {index + 1} of {net.sizes[layer]}"]
    values = doc.activation_values(layer, index)
    if layer == 0:
        lines.append("an input feature: its value is passed on unchanged")
        if values is not None:
            lines.append(f"value x = {fmt(values[1])}")
    else:
        act = get_activation(net.activations[layer - 1])
        bias = net.biases[layer][index]
        n_in = net.sizes[layer - 1] if net.masks[layer] is None else int(net.masks[layer][index].sum())
        lines.append(f"activation <b>{act.name}</b>: {html.escape(act.formula)}")
        conns = f"{n_in} incoming connection{'s' * (n_in != 1)}"
        if net.has_bias(layer):
            lines.append(f"bias b = {fmt(bias)}")
            lines.append(f"z = Σ w·a<sub>prev</sub> + b over {conns}")
        else:
            lines.append("no bias (turned off for this layer)")
            lines.append(f"z = Σ w·a<sub>prev</sub> over {conns}")
        if values is not None:
            z, a = values
            lines.append(f"z = {fmt(z)},&nbsp; a = {html.escape(_apply(act, 'z'))} = <b>{fmt(a)}</b>")
    if extra:
        lines.append(html.escape(extra))
    return "<br>".join(lines)


def _apply(act, arg: str) -> str:
    return {"identity": arg, "sigmoid": f"σ({arg})", "tanh": f"tanh({arg})", "relu": f"max(0, {arg})",
            "leaky_relu": f"leaky_relu({arg})", "softmax": f"softmax({arg})"}.get(act.name, f"{act.name}({arg})")


def connection_tooltip(doc, layer: int, j: int, i: int, value_name: str | None = None,
                       value: float | None = None, extra: str | None = None) -> str:
    src = html.escape(doc.neuron_label(layer - 1, i))
    dst = html.escape(doc.neuron_label(layer, j))
    w = doc.network.weights[layer][j, i]
    lines = [f"<b>{src} → {dst}</b>", f"weight w = <b>{fmt(w)}</b>"]
    if value_name is not None and value is not None:
        lines.append(f"{html.escape(value_name)} = {fmt(value)}")
    prev = doc.activation_values(layer - 1, i)
    if prev is not None:
        lines.append(f"carries w·a = {fmt(w)} × {fmt(prev[1])} = {fmt(w * prev[1])}")
    lines.append(f"layer {layer}: from neuron {i + 1} to neuron {j + 1}")
    if extra:
        lines.append(html.escape(extra))
    return "<br>".join(lines)

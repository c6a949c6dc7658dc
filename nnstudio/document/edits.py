"""Structural edits as pure functions: each takes a :class:`Structure` and returns a new one.

They validate first and raise :class:`EditRefused` (a ValueError with a user-facing message) for
edits that would break the network, so a command can be built — or refused — before anything
changes.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np

from nnstudio.engine.activations import get_activation
from nnstudio.engine.initializers import initialize
from nnstudio.engine.network import Network
from nnstudio.engine.text import translate

from .layout import copy_layout, layer_positions, row_gap


def layer_kind_text(layer: int, n_layers: int) -> str:
    """"input", "hidden" or "output" (translated) for error messages."""
    if layer == 0:
        return translate("Document", "input")
    return translate("Document", "output") if layer == n_layers else translate("Document", "hidden")


class EditRefused(ValueError):
    """An edit that would break the network; the message is shown in the status bar."""


@dataclass
class Structure:
    """Everything a structural edit changes: the network, the labels and the neuron positions."""

    network: Network
    labels: list
    positions: list

    def copy(self) -> Structure:
        return Structure(self.network.copy(), copy.deepcopy(self.labels), copy_layout(self.positions))

    def same_as(self, other: Structure) -> bool:
        return (self.network.same_as(other.network) and self.labels == other.labels
                and self.positions == other.positions)


def _rng(seed):
    return np.random.default_rng(seed)


def _rebuild(net: Network, sizes, activations, weights, biases, masks, use_bias=None) -> Network:
    """A network with new sizes, keeping the dtype and loss of ``net`` (and which layers have a
    bias, unless ``use_bias`` gives one flag per weight layer)."""
    use_bias = net.use_bias if use_bias is None else use_bias
    new = Network(sizes, activations, net.loss, weights=weights, biases=biases, dtype=net.dtype,
                  use_bias=use_bias)
    for l, m in enumerate(masks, start=1):
        if m is not None:
            new.set_mask(l, m)
    return new


def _parts(net: Network):
    w = [net.weights[l].copy() for l in range(1, len(net.sizes))]
    b = [net.biases[l].copy() for l in range(1, len(net.sizes))]
    m = [None if net.masks[l] is None else net.masks[l].copy() for l in range(1, len(net.sizes))]
    return w, b, m


def check_activation(net: Network, layer: int, name: str) -> None:
    """Raise EditRefused when layer ``layer`` cannot use activation ``name``."""
    if not 1 <= layer <= net.n_layers:
        raise EditRefused(translate("Document", "the input layer has no activation function") if layer == 0
                          else translate("Document", "there is no layer {l}").format(l=layer))
    try:
        act = get_activation(name)
    except ValueError as exc:
        raise EditRefused(str(exc)) from None
    if act.name == "softmax" and layer != net.n_layers:
        raise EditRefused(translate("Document", "softmax is allowed on the output layer only"))


def add_layer(s: Structure, index: int, size: int, activation: str, seed=None,
              init: str = "xavier_uniform") -> Structure:
    """Insert a layer of ``size`` neurons at position ``index`` (1 … L+1; L+1 adds a new output layer).

    The new layer's incoming weights and the next layer's (now differently shaped) weights are
    drawn with ``init``; biases start at 0.
    """
    net = s.network
    L = net.n_layers
    if not 1 <= index <= L + 1:
        raise EditRefused(translate("Document", "a layer can be inserted at positions 1 … {last}, not {index}").format(
            last=L + 1, index=index))
    size = int(size)
    if size < 1:
        raise EditRefused(translate("Document", "a layer needs at least one neuron"))
    if size > 100_000:
        raise EditRefused(translate("Document", "a layer of more than 100,000 neurons is too big for the canvas"))
    check_activation_name(activation)
    if get_activation(activation).name == "softmax" and index != L + 1:
        raise EditRefused(translate("Document", "softmax is allowed on the output layer only"))
    if index == L + 1 and net.activations[-1] == "softmax":
        raise EditRefused(translate("Document", "the current output layer uses softmax, which only an output layer "
                                                "may use: change its activation before adding a layer after it"))
    rng = _rng(seed)
    w, b, m = _parts(net)
    sizes = list(net.sizes)
    acts = list(net.activations)
    # parts are indexed from layer 1: the new layer sits at list position index-1
    w.insert(index - 1, initialize(init, rng, sizes[index - 1], size))
    b.insert(index - 1, np.zeros(size))
    m.insert(index - 1, None)
    if index <= L:  # the following layer now receives `size` inputs
        w[index] = initialize(init, rng, size, sizes[index])
        m[index] = None
    sizes.insert(index, size)
    acts.insert(index - 1, activation)
    use_bias = net.use_bias[1:]
    use_bias.insert(index - 1, True)
    new_net = _rebuild(net, sizes, acts, w, b, m, use_bias)

    labels = list(s.labels)
    labels.insert(index, None)
    positions = copy_layout(s.positions)
    xs = [np.mean([p[0] for p in layer]) for layer in positions]
    if index <= L:
        gap = xs[index] - xs[index - 1] if len(xs) > 1 else 240.0
        gap = gap if gap > 1 else 240.0
        new_x = xs[index - 1] + gap
        for layer in positions[index:]:
            for p in layer:
                p[0] += gap
    else:
        gap = xs[-1] - xs[-2] if len(xs) > 1 and xs[-1] - xs[-2] > 1 else 240.0
        new_x = xs[-1] + gap
    centre = float(np.mean([p[1] for p in positions[index - 1]]))
    column = layer_positions(size, new_x)
    for p in column:
        p[1] += centre
    positions.insert(index, column)
    return Structure(new_net, copy.deepcopy(labels), positions)


def check_activation_name(name: str) -> None:
    try:
        get_activation(name)
    except ValueError as exc:
        raise EditRefused(str(exc)) from None


def remove_layer(s: Structure, index: int, seed=None, init: str = "xavier_uniform") -> Structure:
    """Remove hidden layer ``index`` (1 … L−1); the next layer gets fresh weights of the new shape."""
    net = s.network
    L = net.n_layers
    if index == 0:
        raise EditRefused(translate("Document", "the input layer cannot be removed: it carries the features"))
    if index == L:
        raise EditRefused(translate("Document", "the output layer cannot be removed: it carries the targets "
                                                "(remove a hidden layer instead)"))
    if not 1 <= index < L:
        raise EditRefused(translate("Document", "there is no hidden layer {l}").format(l=index))
    rng = _rng(seed)
    w, b, m = _parts(net)
    sizes = list(net.sizes)
    acts = list(net.activations)
    use_bias = net.use_bias[1:]
    del w[index - 1], b[index - 1], m[index - 1], acts[index - 1], use_bias[index - 1]
    del sizes[index]
    w[index - 1] = initialize(init, rng, sizes[index - 1], sizes[index])
    m[index - 1] = None
    new_net = _rebuild(net, sizes, acts, w, b, m, use_bias)
    labels = list(s.labels)
    del labels[index]
    positions = copy_layout(s.positions)
    xs = [np.mean([p[0] for p in layer]) for layer in positions]
    shift = xs[index] - xs[index - 1]
    del positions[index]
    for layer in positions[index:]:
        for p in layer:
            p[0] -= shift
    return Structure(new_net, copy.deepcopy(labels), positions)


def add_neuron(s: Structure, layer: int, seed=None, init: str = "xavier_uniform",
               position=None, label: str | None = None) -> Structure:
    """Append a neuron to ``layer``: new incoming weights (if any) and outgoing weights (if any) are
    drawn with ``init`` for the new shapes; its bias starts at 0."""
    net = s.network
    L = net.n_layers
    if not 0 <= layer <= L:
        raise EditRefused(translate("Document", "there is no layer {l}").format(l=layer))
    rng = _rng(seed)
    w, b, m = _parts(net)
    sizes = list(net.sizes)
    n = sizes[layer]
    if layer >= 1:
        row = initialize(init, rng, sizes[layer - 1], n + 1)[-1:]
        w[layer - 1] = np.vstack([w[layer - 1], row])
        b[layer - 1] = np.append(b[layer - 1], 0.0)
        if m[layer - 1] is not None:
            m[layer - 1] = np.vstack([m[layer - 1], np.ones((1, sizes[layer - 1]))])
    if layer < L:
        col = initialize(init, rng, n + 1, sizes[layer + 1])[:, -1:]
        w[layer] = np.hstack([w[layer], col])
        if m[layer] is not None:
            m[layer] = np.hstack([m[layer], np.ones((sizes[layer + 1], 1))])
    sizes[layer] = n + 1
    new_net = _rebuild(net, sizes, net.activations, w, b, m)
    labels = copy.deepcopy(s.labels)
    if labels[layer] is not None:
        labels[layer].append(label if label is not None else f"{'x' if layer == 0 else 'y'}{n + 1}")
    positions = copy_layout(s.positions)
    column = positions[layer]
    if position is None:
        if column:
            gap = row_gap(n + 1)
            last = max(column, key=lambda p: p[1])
            position = [last[0], last[1] + gap]
        else:
            position = [0.0, 0.0]
    column.append([float(position[0]), float(position[1])])
    return Structure(new_net, labels, positions)


def remove_neuron(s: Structure, layer: int, index: int) -> Structure:
    """Remove neuron ``index`` of ``layer`` with its incoming and outgoing connections."""
    net = s.network
    L = net.n_layers
    if not 0 <= layer <= L or not 0 <= index < net.sizes[layer]:
        raise EditRefused(translate("Document", "there is no neuron {j} in layer {l}").format(j=index, l=layer))
    if net.sizes[layer] == 1:
        if 0 < layer < L:
            raise EditRefused(translate("Document", "cannot remove the last neuron of the {kind} layer (remove the "
                                                    "layer instead)").format(kind=layer_kind_text(layer, L)))
        raise EditRefused(translate("Document", "cannot remove the last neuron of the {kind} layer").format(
            kind=layer_kind_text(layer, L)))
    w, b, m = _parts(net)
    sizes = list(net.sizes)
    if layer >= 1:
        w[layer - 1] = np.delete(w[layer - 1], index, axis=0)
        b[layer - 1] = np.delete(b[layer - 1], index)
        if m[layer - 1] is not None:
            m[layer - 1] = np.delete(m[layer - 1], index, axis=0)
    if layer < L:
        w[layer] = np.delete(w[layer], index, axis=1)
        if m[layer] is not None:
            m[layer] = np.delete(m[layer], index, axis=1)
    sizes[layer] -= 1
    new_net = _rebuild(net, sizes, net.activations, w, b, m)
    labels = copy.deepcopy(s.labels)
    if labels[layer] is not None:
        del labels[layer][index]
    positions = copy_layout(s.positions)
    del positions[layer][index]
    return Structure(new_net, labels, positions)


def set_use_bias(s: Structure, layer: int, flag: bool) -> Structure:
    """``s`` with layer ``layer``'s bias removed (``flag`` False: its biases become 0 and are never
    trained) or given back (starting at 0)."""
    net = s.network
    if not 1 <= layer <= net.n_layers:
        raise EditRefused("the input layer has no bias" if layer == 0 else f"there is no layer {layer}")
    out = s.copy()
    out.network.set_use_bias(layer, flag)
    return out


def randomised_parameters(net: Network, init: str, seed, layers=None) -> np.ndarray:
    """A new flat parameter array: weights drawn with ``init`` (masked ones stay 0), biases 0.

    ``layers`` limits the change to those layers (the others keep their values).
    """
    rng = _rng(seed)
    out = net.copy()
    for l in range(1, len(net.sizes)):
        if layers is not None and l not in layers:
            continue
        try:
            w = initialize(init, rng, net.sizes[l - 1], net.sizes[l])
        except ValueError as exc:
            raise EditRefused(str(exc)) from None
        if net.masks[l] is not None:
            w = w * net.masks[l]
        out.weights[l][...] = w
        out.biases[l][...] = 0.0
    return out.params.copy()

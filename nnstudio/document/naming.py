"""One naming scheme for neurons, connections and layers, used by the canvas, the inspector, the undo
texts, the Lab and the step-through.

A neuron is called by its label when it has one, else ``x1, x2, …`` (inputs), ``ŷ1, …`` (outputs)
and ``h{l}.{j}`` (hidden neuron j of hidden layer l, both counted from 1). A connection is
``source → target`` ("x1 → h1.2"), a layer "Input", "Hidden 2" or "Output".
Plain Python (no Qt): ``labels[l]`` is a list of names or None, ``sizes[l]`` the layer's size.
"""

from __future__ import annotations

from nnstudio.engine.text import translate


def neuron_name(labels, sizes, layer: int, index: int) -> str:
    """The name of neuron ``index`` (from 0) of ``layer`` (0 = input)."""
    names = labels[layer] if labels is not None and layer < len(labels) else None
    if names is not None and index < len(names) and names[index]:
        return str(names[index])
    if layer == 0:
        return f"x{index + 1}"
    if layer == len(sizes) - 1:
        return f"ŷ{index + 1}"
    return f"h{layer}.{index + 1}"


def connection_name(labels, sizes, layer: int, j: int, i: int) -> str:
    """Connection ``W[layer][j, i]``: "source → target"."""
    return f"{neuron_name(labels, sizes, layer - 1, i)} → {neuron_name(labels, sizes, layer, j)}"


def layer_kind(sizes, layer: int) -> str:
    if layer == 0:
        return "input"
    return "output" if layer == len(sizes) - 1 else "hidden"


def layer_name(sizes, layer: int) -> str:
    """ "Input", "Hidden {layer}" or "Output"."""
    kind = layer_kind(sizes, layer)
    if kind == "hidden":
        return translate("Canvas", "Hidden {l}").format(l=layer)
    return translate("Canvas", "Input") if kind == "input" else translate("Canvas", "Output")


class Names:
    """The names of one document's (or network's) parts: ``Names(labels, sizes).neuron(l, j)``."""

    def __init__(self, labels, sizes):
        self.labels, self.sizes = labels, list(sizes)

    def neuron(self, layer: int, index: int) -> str:
        return neuron_name(self.labels, self.sizes, layer, index)

    def connection(self, layer: int, j: int, i: int) -> str:
        return connection_name(self.labels, self.sizes, layer, j, i)

    def bias(self, layer: int, j: int) -> str:
        return translate("Canvas", "bias of {neuron}").format(neuron=self.neuron(layer, j))

    def layer(self, layer: int) -> str:
        return layer_name(self.sizes, layer)

    def item(self, item) -> str:
        """A neuron (l, j) or a connection (l, j, i)."""
        return self.neuron(*item) if len(item) == 2 else self.connection(*item)

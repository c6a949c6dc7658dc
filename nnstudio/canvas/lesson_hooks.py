"""The network's named actions and state values for lessons (declared in ``io/lessons/catalogue``).

The canvas is where a learner changes the network, so it answers for ``network.*``: the actions build
one structural edit each (one undo step), the state values read the document's network.
"""

from __future__ import annotations

from nnstudio.document import commands as C
from nnstudio.document import edits
from nnstudio.widgets.i18n import translate


def hidden_sizes_edit(s: edits.Structure, sizes: list[int], activation: str, seed: int,
                      init: str = "xavier_uniform") -> edits.Structure:
    """``s`` with hidden layers of ``sizes`` (layers added with ``activation``; existing weights of kept
    neurons stay, new ones are drawn with ``init``)."""
    for index in range(s.network.n_layers - 1, len(sizes), -1):  # too many hidden layers
        s = edits.remove_layer(s, index, seed=seed, init=init)
    while s.network.n_layers - 1 < len(sizes):
        at = s.network.n_layers
        s = edits.add_layer(s, at, sizes[at - 1], activation, seed=seed, init=init)
    for layer, size in enumerate(sizes, start=1):
        while s.network.sizes[layer] > size:
            s = edits.remove_neuron(s, layer, s.network.sizes[layer] - 1)
        while s.network.sizes[layer] < size:
            s = edits.add_neuron(s, layer, seed=seed, init=init)
    return s


def register(hooks, doc, undo_stack, canvas=None) -> None:
    """Register the ``network.*`` names on ``hooks`` for ``doc``; ``canvas`` is named for ``ui.highlight``."""

    def hidden() -> list[int]:
        return [int(n) for n in doc.network.sizes[1:-1]]

    def set_hidden(sizes: list[int]) -> None:
        net = doc.network
        activation = net.activations[0] if net.n_layers > 1 else "tanh"
        after = hidden_sizes_edit(doc.structure(), [int(n) for n in sizes], activation, int(doc.training.seed),
                                  doc.training.initializer)
        ok, message = C.push(undo_stack, C.StructureCommand, doc, after,
                             translate("Canvas", "Hidden layers {sizes}").format(sizes=" · ".join(map(str, sizes))))
        if not ok:
            raise ValueError(message)

    def set_activation(name: str) -> None:
        layers = range(1, doc.network.n_layers)
        if not layers:
            raise ValueError("the network has no hidden layer")
        undo_stack.beginMacro(translate("Canvas", "Hidden activation {name}").format(name=name))
        try:
            for layer in layers:
                if doc.network.activations[layer - 1] != name:
                    undo_stack.push(C.SetActivationCommand(doc, layer, name))
        finally:
            undo_stack.endMacro()

    hooks.register_action("network.set_hidden", set_hidden)
    hooks.register_action("network.set_activation", set_activation)
    hooks.register_state("network.hidden_sizes", hidden)
    hooks.register_state("network.widest_hidden", lambda: max(hidden(), default=0))
    hooks.register_state("network.parameters", lambda: int(doc.network.params.size))
    hooks.register_state("network.hidden_activation",
                         lambda: doc.network.activations[0] if doc.network.n_layers > 1 else None)
    hooks.register_state("network.output_activation", lambda: doc.network.activations[-1])
    hooks.register_state("network.loss", lambda: doc.network.loss)
    if canvas is not None:
        canvas.setObjectName("canvas")

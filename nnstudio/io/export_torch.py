"""Export a network as a standalone PyTorch script (``nnstudio export NET --torch OUT.py``).

The generated file needs only ``torch``. It starts with a comment describing the network and how
raw inputs are encoded (feature names, one-hot categories, means and standard deviations), then
defines ``INPUT_NAMES``, ``OUTPUT_NAMES``, ``build_model()`` — which returns a float64
``torch.nn.Sequential`` of ``Linear`` layers and activation modules (``Softmax(dim=1)`` at the
output for a softmax network) with the weights written inside as literal nested lists, masks
folded in — and ``model = build_model()``. Run as a script, it prints the model.

Floats are written with ``repr``, which round-trips exactly, so the generated model computes
what the engine computes in float64. Text from the network file (name, description, labels)
appears only in comments, with control characters escaped, and in string literals written with
``repr``, so a file cannot smuggle code into the script. Writing the script needs no ``torch``.
"""

from __future__ import annotations

import textwrap

import numpy as np

from .export_common import (
    ExportError,
    ExportSource,
    encoding_lines,
    export_source,
    summary_line,
    write_atomically,
)

_MODULES = {
    "identity": None,
    "sigmoid": "torch.nn.Sigmoid()",
    "tanh": "torch.nn.Tanh()",
    "relu": "torch.nn.ReLU()",
    "leaky_relu": "torch.nn.LeakyReLU(0.01)",
    "softmax": "torch.nn.Softmax(dim=1)",
}
"""The torch module written after each Linear, per activation (identity adds none)."""

COMMENT_WIDTH = 96

_HELPERS = '''
def _linear(weight, bias):
    """A float64 Linear layer holding the given weights ``(out, in)`` and bias ``(out,)``
    (``bias=None``: a layer without bias, ``torch.nn.Linear(..., bias=False)``)."""
    weight = torch.tensor(weight, dtype=torch.float64)
    layer = torch.nn.utils.skip_init(torch.nn.Linear, weight.shape[1], weight.shape[0],
                                     bias=bias is not None, dtype=torch.float64)
    with torch.no_grad():
        layer.weight.copy_(weight)
        if bias is not None:
            layer.bias.copy_(torch.tensor(bias, dtype=torch.float64))
    return layer
'''

_MAIN = '''
model = build_model()

if __name__ == "__main__":
    print(model)
'''


def export_torch(nf_or_network, path) -> None:
    """Write the network (a NetworkFile or a Network) to ``path`` as a PyTorch script."""
    write_atomically(path, torch_script(nf_or_network).encode("utf-8"))


def torch_script(nf_or_network) -> str:
    """The text of the PyTorch script (see the module docstring)."""
    source = export_source(nf_or_network)
    names = f"INPUT_NAMES = {source.input_names!r}\nOUTPUT_NAMES = {source.output_names!r}"
    sections = [_header(source) + "\nimport torch\n\n" + names, _HELPERS, _build_model(source), _MAIN]
    return "\n\n\n".join(section.strip("\n") for section in sections) + "\n"


def _header(source: ExportSource) -> str:
    """The leading comment: what the network is and how its inputs are encoded."""
    lines = [f"{source.name or 'Network'} — exported from NN Studio as a PyTorch model.", ""]
    if source.description:
        lines += textwrap.wrap(source.description, COMMENT_WIDTH) + [""]
    lines += [summary_line(source) + ".",
              f"Inputs ({source.n_inputs}): {', '.join(source.input_names)}",
              f"Outputs ({source.n_outputs}): {', '.join(source.output_names)}", ""]
    lines += encoding_lines(source)
    lines += ["", "build_model() returns a float64 torch.nn.Sequential; feed it a float64 tensor of "
              "shape (batch, inputs)."]
    return "".join(_comment(line) for line in lines)


def _comment(line: str) -> str:
    """One comment line; every character Python might read as a line break or refuse in source
    (control characters, U+2028 …) is escaped, so the text stays inside the comment."""
    safe = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in line)
    return f"# {safe}".rstrip() + "\n"


def _build_model(source: ExportSource) -> str:
    """``def build_model():`` with one ``_linear(...)`` per layer and its activation module."""
    body = []
    for l, layer in enumerate(source.layers, start=1):
        if layer.activation not in _MODULES:
            raise ExportError(f"layer {l}: activation {layer.activation!r} has no PyTorch export")
        body.append(f"        # layer {l}: {layer.weight.shape[1]} -> {layer.weight.shape[0]}, {layer.activation}")
        body.append("        _linear(")
        body.append(f"            weight={_literal(layer.weight, 12)},")
        bias = "None" if layer.bias is None else _literal(layer.bias, 12)
        body.append(f"            bias={bias},")
        body.append("        ),")
        if _MODULES[layer.activation]:
            body.append(f"        {_MODULES[layer.activation]},")
    return ("def build_model():\n"
            '    """The network as a float64 torch.nn.Sequential with its trained weights."""\n'
            "    return torch.nn.Sequential(\n" + "\n".join(body) + "\n    )\n")


def _literal(values: np.ndarray, indent: int) -> str:
    """A nested-list literal of exact floats; a matrix gets one row per line."""
    if values.ndim == 1:
        return "[" + ", ".join(repr(float(v)) for v in values) + "]"
    pad = " " * (indent + 4)
    rows = ",\n".join(pad + _literal(row, indent + 4) for row in values)
    return "[\n" + rows + ",\n" + " " * indent + "]"

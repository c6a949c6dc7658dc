"""Export a network as a standard ONNX model (``nnstudio export NET --onnx OUT.onnx``).

The graph has one input ``input`` of shape ``[batch, n_in]`` (``batch`` is symbolic, so any batch
size works) and one output ``output`` of shape ``[batch, n_out]``. Each layer is a ``Gemm`` node
(``input @ W.T + b``: ``transB=1``, so ``W`` keeps the file's ``(out, in)`` order) with the
connection mask folded into ``W``, followed by its activation: ``Sigmoid``, ``Tanh``, ``Relu``,
``LeakyRelu`` (``alpha`` 0.01), ``Softmax`` (``axis=-1``, kept at the output) — identity adds no
node. Initialisers are named ``layer{l}.weight`` / ``layer{l}.bias`` (a layer without bias has no
bias initialiser: its Gemm has no C input). Tensors are float32 by
default or float64 on request; ONNX stores attributes as float32, so ``LeakyRelu``'s slope is 0.01
rounded to float32 (a relative difference of 2·10⁻⁹ on negative inputs, even in float64).

The network's inputs are the *encoded* inputs. The model's metadata says how raw values are
encoded (properties ``input_names``, ``input_encoding`` as the JSON the CSV import recorded, and
``input_encoding_text`` in words), along with ``name``, ``description``, ``output_names`` and
``loss``; the model's ``doc_string`` repeats it in words.

The ``onnx`` package is imported only when exporting, so :mod:`nnstudio.io` works without it.
"""

from __future__ import annotations

import json

import numpy as np

import nnstudio

from .export_common import (
    ExportError,
    ExportLayer,
    ExportSource,
    MissingExtraError,
    encoding_lines,
    export_source,
    summary_line,
    write_atomically,
)

MIN_OPSET = 13
"""The oldest opset written: ``Softmax`` works on one axis (not a flattened 2-D block) from 13 on."""
DEFAULT_OPSET = 17
DTYPES = ("float32", "float64")
INSTALL_HINT = "install the onnx extra: pip install nnstudio[onnx]"

_ACTIVATION_NODES = {
    "sigmoid": ("Sigmoid", {}),
    "tanh": ("Tanh", {}),
    "relu": ("Relu", {}),
    "leaky_relu": ("LeakyRelu", {"alpha": 0.01}),
    "softmax": ("Softmax", {"axis": -1}),
}
"""ONNX operator and attributes per activation (identity has none)."""


def export_onnx(nf_or_network, path, opset: int = DEFAULT_OPSET, dtype: str = "float32") -> None:
    """Write the network (a NetworkFile or a Network) to ``path`` as an ONNX model.

    ``dtype`` is ``"float32"`` (the default, what most runtimes expect) or ``"float64"``.
    Raises MissingExtraError when ``onnx`` is not installed, ExportError for a bad option.
    """
    model = onnx_model(nf_or_network, opset=opset, dtype=dtype)
    write_atomically(path, model.SerializeToString())


def onnx_model(nf_or_network, opset: int = DEFAULT_OPSET, dtype: str = "float32"):
    """The checked ``onnx.ModelProto`` of the network (see the module docstring)."""
    onnx = _import_onnx()
    _check_options(onnx, opset, dtype)
    source = export_source(nf_or_network)
    helper = onnx.helper
    elem_type = onnx.TensorProto.FLOAT if dtype == "float32" else onnx.TensorProto.DOUBLE
    nodes, initializers = _layers_graph(onnx, source.layers, np.dtype(dtype))
    graph = helper.make_graph(
        nodes, _graph_name(source), [helper.make_tensor_value_info("input", elem_type, ["batch", source.n_inputs])],
        [helper.make_tensor_value_info("output", elem_type, ["batch", source.n_outputs])],
        initializer=initializers)
    opsets = [helper.make_opsetid("", int(opset))]
    model = helper.make_model(graph, opset_imports=opsets, producer_name="NN Studio",
                              producer_version=nnstudio.__version__,
                              ir_version=helper.find_min_ir_version_for(opsets),
                              doc_string=_doc_string(source))
    helper.set_model_props(model, metadata_props(source))
    onnx.checker.check_model(model)
    return model


def _import_onnx():
    try:
        import onnx
        import onnx.checker
        import onnx.helper
        import onnx.numpy_helper
    except ImportError:
        raise MissingExtraError(f"ONNX export needs the onnx package; {INSTALL_HINT}") from None
    return onnx


def _check_options(onnx, opset, dtype) -> None:
    newest = onnx.defs.onnx_opset_version()
    if isinstance(opset, bool) or not isinstance(opset, int) or not MIN_OPSET <= opset <= newest:
        raise ExportError(f"opset must be an integer from {MIN_OPSET} to {newest}, got {opset!r}")
    if dtype not in DTYPES:
        raise ExportError(f"dtype must be one of {', '.join(DTYPES)}, got {dtype!r}")


def _layers_graph(onnx, layers: list[ExportLayer], dtype: np.dtype) -> tuple[list, list]:
    """Gemm + activation nodes layer by layer; the last node writes ``output``."""
    helper, from_array = onnx.helper, onnx.numpy_helper.from_array
    nodes, initializers, current = [], [], "input"
    for l, layer in enumerate(layers, start=1):
        last = l == len(layers)
        op = _ACTIVATION_NODES.get(layer.activation)
        if op is None and layer.activation != "identity":
            raise ExportError(f"layer {l}: activation {layer.activation!r} has no ONNX export")
        weight, bias = f"layer{l}.weight", f"layer{l}.bias"
        initializers.append(from_array(layer.weight.astype(dtype), weight))
        inputs = [current, weight]
        if layer.bias is not None:  # a layer without bias: Gemm with no C input
            initializers.append(from_array(layer.bias.astype(dtype), bias))
            inputs.append(bias)
        z = "output" if last and op is None else f"layer{l}.z"
        nodes.append(helper.make_node("Gemm", inputs, [z], name=f"layer{l}.gemm", transB=1))
        current = z
        if op is not None:
            a = "output" if last else f"layer{l}.a"
            nodes.append(helper.make_node(op[0], [z], [a], name=f"layer{l}.{layer.activation}", **op[1]))
            current = a
    return nodes, initializers


def metadata_props(source: ExportSource) -> dict[str, str]:
    """The model's metadata properties (all strings; JSON for lists and the encoding)."""
    return {
        "name": source.name,
        "description": source.description,
        "input_names": json.dumps(source.input_names),
        "output_names": json.dumps(source.output_names),
        "input_encoding": json.dumps(source.encoding, allow_nan=False),
        "input_encoding_text": "\n".join(encoding_lines(source)),
        "loss": source.loss,
    }


def _graph_name(source: ExportSource) -> str:
    return source.name or "nnstudio_network"


def _doc_string(source: ExportSource) -> str:
    title = f"{source.name}: " if source.name else ""
    return "\n".join([f"{title}{summary_line(source)}, exported by NN Studio.",
                      "Input 'input' is [batch, n_in]; output 'output' is [batch, n_out].",
                      *encoding_lines(source)])

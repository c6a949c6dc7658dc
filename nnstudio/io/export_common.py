"""What the ONNX and the PyTorch exports share.

:func:`export_source` turns a :class:`~nnstudio.io.netfile.NetworkFile` (or a bare
:class:`~nnstudio.engine.network.Network`) into an :class:`ExportSource`: the network's layers
with the connection masks folded into the weights, names for the inputs and outputs, and the
input encoding a CSV import recorded. :func:`encoding_lines` describes that encoding in words,
for the exported file's metadata or header comment. :func:`write_atomically` writes an export
so that a failure never leaves a half-written file behind.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nnstudio.engine.network import Network


class ExportError(ValueError):
    """An export that cannot be made as asked (an unknown option, an unsupported activation)."""


class MissingExtraError(ImportError):
    """An optional package an export needs is not installed; the message says how to get it."""


@dataclass(frozen=True)
class ExportLayer:
    """One weight layer: ``a = activation(a_prev @ weight.T + bias)``; masked weights are 0;
    ``bias`` is None for a layer without bias."""

    weight: np.ndarray
    bias: np.ndarray | None
    activation: str


@dataclass(frozen=True)
class ExportSource:
    """Everything an exporter needs to know about a network, in float64."""

    name: str
    description: str
    loss: str
    layers: list[ExportLayer]
    input_names: list[str]
    output_names: list[str]
    encoding: dict | None

    @property
    def n_inputs(self) -> int:
        return int(self.layers[0].weight.shape[1])

    @property
    def n_outputs(self) -> int:
        return int(self.layers[-1].weight.shape[0])

    @property
    def sizes(self) -> list[int]:
        return [self.n_inputs] + [int(layer.weight.shape[0]) for layer in self.layers]


def export_source(nf_or_network) -> ExportSource:
    """An ExportSource for a NetworkFile (anything with a ``network`` attribute) or a Network."""
    network = getattr(nf_or_network, "network", nf_or_network)
    if not isinstance(network, Network):
        raise TypeError(f"expected a NetworkFile or a Network, got {type(nf_or_network).__name__}")
    nf = nf_or_network if nf_or_network is not network else None
    labels = list(getattr(nf, "labels", None) or [None] * len(network.sizes))
    encoding = getattr(nf, "encoding", None)
    return ExportSource(
        name=str(getattr(nf, "name", "") or ""),
        description=str(getattr(nf, "description", "") or ""),
        loss=network.loss,
        layers=folded_layers(network),
        input_names=input_names(network.n_inputs, labels[0], encoding),
        output_names=output_names(network, labels[-1], encoding),
        encoding=dict(encoding) if encoding else None,
    )


def folded_layers(network: Network) -> list[ExportLayer]:
    """The weight layers in float64 with each mask multiplied into its weights."""
    layers = []
    for l in range(1, len(network.sizes)):
        weight = np.array(network.weights[l], dtype=np.float64)
        if network.masks[l] is not None:
            weight = np.where(network.masks[l] != 0, weight, 0.0)
        if not (np.isfinite(weight).all() and np.isfinite(network.biases[l]).all()):
            raise ExportError(f"layer {l}: weights or biases are not finite numbers (did training diverge?)")
        bias = np.array(network.biases[l], dtype=np.float64) if network.has_bias(l) else None
        layers.append(ExportLayer(weight, bias, network.activations[l - 1]))
    return layers


def input_names(n_inputs: int, labels, encoding) -> list[str]:
    """Names of the network's input columns: from the encoding (``odor=a`` for one-hot columns),
    else the input layer's labels, else ``x1 … xn``."""
    from_encoding = encoded_feature_names(encoding) if encoding else None
    for names in (from_encoding, labels):
        if names and len(names) == n_inputs and all(isinstance(n, str) and n for n in names):
            return list(names)
    return [f"x{i + 1}" for i in range(n_inputs)]


def output_names(network: Network, labels, encoding) -> list[str]:
    """Names of the outputs: the output layer's labels, else the encoding's target (class names
    for a softmax output, ``P(col=class)`` for a single sigmoid output), else ``y1 … yn``."""
    n = network.n_outputs
    if labels and len(labels) == n and all(isinstance(x, str) and x for x in labels):
        return list(labels)
    target = (encoding or {}).get("target") or {}
    columns, classes = target.get("columns") or [], target.get("classes") or []
    if target.get("task") == "classification" and columns:
        if len(classes) == n:
            return [str(c) for c in classes]
        if n == 1 and len(classes) == 2:
            return [f"P({columns[0]}={classes[1]})"]
    if len(columns) == n:
        return [str(c) for c in columns]
    return ["y"] if n == 1 else [f"y{j + 1}" for j in range(n)]


def encoded_feature_names(encoding: dict) -> list[str]:
    """One name per encoded input column: the column name, or ``column=category`` per category."""
    names = []
    for spec in encoding.get("features") or []:
        if spec.get("kind") == "categorical":
            names.extend(f"{spec.get('column')}={c}" for c in spec.get("categories") or [])
        else:
            names.append(str(spec.get("column")))
    return names


def encoding_lines(source: ExportSource) -> list[str]:
    """The input encoding in words, one line per input column (raw CSV value → network input)."""
    if not source.encoding or not source.encoding.get("features"):
        return ["The inputs are used as given (no input encoding was recorded): "
                + ", ".join(source.input_names) + "."]
    lines = ["Raw inputs must be encoded the way the network was trained, giving the input columns "
             "in this order:"]
    for spec in source.encoding["features"]:
        lines.append("  " + _feature_line(spec))
    return lines


def _feature_line(spec: dict) -> str:
    name = spec.get("column")
    if spec.get("kind") == "categorical":
        categories = spec.get("categories") or []
        return (f"{name}: categorical, one-hot over {len(categories)} categories in this order "
                f"(an unknown category gives all zeros): {', '.join(map(str, categories))}")
    mean, std = spec.get("mean", 0.0), spec.get("std", 1.0)
    if mean == 0 and std == 1:
        return f"{name}: numeric, used as given"
    return f"{name}: numeric, standardised as (x - {mean!r}) / {std!r}"


def summary_line(source: ExportSource) -> str:
    """``2-2-1 network, activations sigmoid, sigmoid (trained with loss bce)``."""
    sizes = "-".join(str(s) for s in source.sizes)
    activations = ", ".join(layer.activation for layer in source.layers)
    return f"{sizes} network, activations {activations} (trained with loss {source.loss})"


def write_atomically(path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename; an
    OSError names ``path`` (not the temporary file) and leaves any old file at ``path`` intact."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _remove_quietly(tmp)
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from None
    except BaseException:
        _remove_quietly(tmp)
        raise


def _remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass

"""Does the data fit the network's input and output layers, and what would make it fit."""

from __future__ import annotations

from nnstudio.engine.dataset import CLASSIFICATION
from nnstudio.io.dataset_block import LoadedData, needs, output_setup
from nnstudio.widgets.i18n import translate

from .commands import adapted_structure, describe_change

REGRESSION_LOSSES = ("mse", "half_sse", "sse")


def outputs_fit(net, data: LoadedData) -> bool:
    """True when the output layer, its activation and the loss suit the data's targets."""
    n_out = data.dataset.n_outputs
    if data.task == CLASSIFICATION:
        k = max(2, data.dataset.n_classes)
        if net.n_outputs not in ((1, k) if k == 2 else (k,)):
            return False
        if net.loss == "bce":
            return net.output_activation == "sigmoid"
        if net.loss == "cross_entropy":
            return net.output_activation == "softmax"
        return True
    return net.n_outputs == n_out and net.loss in REGRESSION_LOSSES and net.output_activation != "softmax"


def semantic_problem(net, data: LoadedData) -> str:
    """A reason the loss/activation cannot learn these targets ('' when fine)."""
    if data.task != CLASSIFICATION and net.loss not in REGRESSION_LOSSES:
        return translate("Training", "the {loss} loss needs class labels, but this data has numeric targets (use "
                                     "mse)").format(loss=net.loss)
    if data.task == CLASSIFICATION and net.loss == "bce" and net.output_activation != "sigmoid":
        return translate("Training", "the bce loss needs a sigmoid output")
    if data.task == CLASSIFICATION and net.loss == "cross_entropy" and net.output_activation != "softmax":
        return translate("Training", "the cross_entropy loss needs a softmax output")
    return ""


def output_names(data: LoadedData) -> list[str]:
    ds = data.dataset
    n_out = ds.n_outputs
    if data.task == CLASSIFICATION and n_out > 1:
        return [str(n) for n in ds.target_names][:n_out] or [translate("Training",
                                                                       "class {i}").format(i=i) for i in range(n_out)]
    if data.task == CLASSIFICATION:
        names = ds.target_names
        if len(names) != 2:
            return ["class 1"]
        columns = ((ds.encoding or {}).get("target") or {}).get("columns") or []
        return [f"{columns[0]} = {names[1]}" if len(columns) == 1 else str(names[1])]   # the class that is 1
    return [str(n) for n in ds.target_names][:n_out] or [f"y{i + 1}" for i in range(n_out)]


def data_names_outputs(data: LoadedData) -> bool:
    """Whether the data gives its targets real names (a CSV's column or classes), not the built-in
    data's generic "class 1"/"y" (the example networks' own output names are then kept)."""
    generic = {"y"} | {f"class {k}" for k in range(max(2, data.dataset.n_classes or 0) + 1)}
    return not set(output_names(data)) <= generic


def plan(doc, data: LoadedData, seed: int = 1, init: str = "xavier_uniform"):
    """``(structure, changes)`` that fit the network to ``data``, or ``(None, [])`` when it fits."""
    net = doc.network
    n_in, _ = needs(data)
    in_names = list(data.features)
    current_names = [doc.neuron_label(0, i) for i in range(net.n_inputs)]
    keep_outputs = outputs_fit(net, data)
    names = output_names(data)
    current_out = [doc.neuron_label(net.n_layers, j) for j in range(net.n_outputs)]
    rename_outputs = keep_outputs and data_names_outputs(data) and current_out != names
    if net.n_inputs == n_in and current_names == in_names and keep_outputs and not rename_outputs:
        return None, []
    if keep_outputs:
        out_names, act, loss = (names if rename_outputs else None), net.output_activation, net.loss
    else:
        (act, loss), out_names = output_setup(data), output_names(data)
    s = adapted_structure(doc.structure(), in_names, out_names, act, loss, seed=seed, init=init)
    changes = describe_change(net, s.network)
    if net.n_inputs == n_in and current_names != in_names:
        changes.append("input names " + ", ".join(in_names))
    if rename_outputs:
        changes.append("output names " + ", ".join(names))
    return s, changes

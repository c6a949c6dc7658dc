"""Undoable changes the training panel makes: fit the network's input/output layers to the data
together with the dataset block, as ONE undo step (feature toggles, choosing a dataset, CSV import)."""

from __future__ import annotations

import copy

import numpy as np

from nnstudio.document.commands import MergingCommand
from nnstudio.document.edits import Structure
from nnstudio.document.layout import column_gap, copy_layout, layer_positions, spread_gap
from nnstudio.engine.initializers import initialize
from nnstudio.engine.network import Network


def _column(positions, layer: int, size: int) -> list:
    """A new column of ``size`` neurons at the layer's x, centred where the old column was."""
    old = positions[layer]
    x = float(np.mean([p[0] for p in old])) if old else 0.0
    centre = float(np.mean([p[1] for p in old])) if old else 0.0
    column = layer_positions(size, x)
    for p in column:
        p[1] += centre
    return column


def adapted_structure(s: Structure, in_names: list[str], out_names: list[str] | None, out_activation: str,
                      loss: str, seed: int = 1, init: str = "xavier_uniform") -> Structure:
    """``s`` with ``len(in_names)`` inputs and ``len(out_names)`` outputs (or the current count when
    None), the output activation and the loss set. Input weights of inputs whose name stays are kept;
    other changed weights are drawn with ``init``; hidden layers are untouched."""
    net = s.network
    sizes = list(net.sizes)
    old_in = s.labels[0] or [f"x{i + 1}" for i in range(sizes[0])]
    n_in = len(in_names)
    n_out = len(out_names) if out_names is not None else sizes[-1]
    rng = np.random.default_rng(seed)
    weights = [net.weights[l].copy() for l in range(1, len(sizes))]
    biases = [net.biases[l].copy() for l in range(1, len(sizes))]
    masks = [None if net.masks[l] is None else net.masks[l].copy() for l in range(1, len(sizes))]
    L = len(sizes) - 1
    if n_in != sizes[0] or list(in_names) != list(old_in):
        w = weights[0]
        fresh = initialize(init, rng, n_in, w.shape[0])
        new = np.empty((w.shape[0], n_in))
        for i, name in enumerate(in_names):
            if name in old_in and old_in.index(name) < w.shape[1]:
                new[:, i] = w[:, old_in.index(name)]
            else:
                new[:, i] = fresh[:, i]
        weights[0] = new
        masks[0] = None
    if n_out != sizes[-1]:
        fan_in = n_in if L == 1 else sizes[-2]
        weights[-1] = initialize(init, rng, fan_in, n_out)
        biases[-1] = np.zeros(n_out)
        masks[-1] = None
        if L == 1:
            weights[0] = initialize(init, rng, n_in, n_out)
    sizes[0], sizes[-1] = n_in, n_out
    activations = list(net.activations[:-1]) + [out_activation]
    new_net = Network(sizes, activations, loss, weights=weights, biases=biases, dtype=net.dtype,
                      use_bias=net.use_bias)
    for l, m in enumerate(masks, start=1):
        if m is not None and m.shape == new_net.weights[l].shape:
            new_net.set_mask(l, m)
    labels = copy.deepcopy(s.labels)
    labels[0] = list(in_names)
    if out_names is not None:
        labels[-1] = list(out_names)
    positions = copy_layout(s.positions)
    if n_in != len(positions[0]):
        positions[0] = _column(positions, 0, n_in)
    if n_out != len(positions[-1]):
        positions[-1] = _column(positions, L, n_out)
    if n_in != len(s.positions[0]):
        _respace(positions)
    return Structure(new_net, labels, positions)


def _respace(positions) -> None:
    """Spread the layers horizontally to suit the network's new height (``layout.spread_gap``), so that
    a tall input layer (a wide CSV) does not leave the other layers squashed together in a narrow strip."""
    xs = [float(np.mean([p[0] for p in layer])) for layer in positions if layer]
    if len(xs) < 2:
        return
    ys = [p[1] for layer in positions for p in layer]
    height = max(ys) - min(ys)
    gaps = len(xs) - 1
    target = max(column_gap([len(layer) for layer in positions]), spread_gap(height, gaps))
    current = (xs[-1] - xs[0]) / gaps
    if current <= 0:
        return
    k = target / current
    for layer in positions:
        for p in layer:
            p[0] = xs[0] + (p[0] - xs[0]) * k


def describe_change(before: Network, after: Network) -> list[str]:
    """What an adaptation changes, in words (for the dialog and the status bar)."""
    changes = []
    if before.n_inputs != after.n_inputs:
        changes.append(f"inputs {before.n_inputs} → {after.n_inputs}")
    if before.n_outputs != after.n_outputs:
        changes.append(f"outputs {before.n_outputs} → {after.n_outputs}")
    if before.output_activation != after.output_activation:
        changes.append(f"output activation {before.output_activation} → {after.output_activation}")
    if before.loss != after.loss:
        changes.append(f"loss {before.loss} → {after.loss}")
    return changes


class DataAndStructureCommand(MergingCommand):
    """Set the dataset block (and encoding) and, optionally, a new structure, in one undo step.
    Consecutive edits of the same dataset field (``merge_key``, e.g. the noise spin box) are one undo step."""

    ID = 5001

    def __init__(self, doc, dataset: dict | None, structure: Structure | None, text: str, encoding=...,
                 merge_key: str | None = None):
        super().__init__(doc, text, merge_key if structure is None else None)
        self.before_structure = doc.structure() if structure is not None else None
        self.after_structure = structure.copy() if structure is not None else None
        self.before_data = (copy.deepcopy(doc.dataset), copy.deepcopy(doc.encoding))
        self.after = (copy.deepcopy(dataset), copy.deepcopy(doc.encoding if encoding is ... else encoding))

    def redo(self):
        if self.after_structure is not None:
            self.doc.apply_structure(self.after_structure)
        self.doc.set_dataset_block(*self.after)

    def undo(self):
        if self.before_structure is not None:
            self.doc.apply_structure(self.before_structure)
        self.doc.set_dataset_block(*self.before_data)

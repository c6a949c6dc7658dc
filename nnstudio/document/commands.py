"""Undo commands: one per user gesture, each storing exact before/after values.

Every command changes only the :class:`~nnstudio.document.model.NetworkDocument`. Commands that
would break the network raise :class:`~nnstudio.document.edits.EditRefused` from their constructor,
before anything is pushed, so callers can show the message and push nothing.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import math

import numpy as np
from PySide6.QtGui import QUndoCommand

from nnstudio.engine.initializers import initialize
from nnstudio.engine.text import translate
from nnstudio.engine.training import TrainingSettings

from . import edits
from .edits import EditRefused

_gesture_ids = itertools.count(1)


def new_gesture_id() -> int:
    """A fresh id for commands that merge while one gesture lasts (wheel / drag value edits)."""
    return next(_gesture_ids)


def _finite(value, what: str) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise EditRefused(translate("Document", "{what} must be a number, got {value}").format(
            what=what, value=repr(value))) from None
    if not math.isfinite(v):
        raise EditRefused(translate("Document", "{what} must be a finite number, got {value}").format(
            what=what, value=repr(value)))
    return v


class DocumentCommand(QUndoCommand):
    """Base: keeps the document; subclasses implement redo/undo from stored values."""

    def __init__(self, doc, text: str):
        super().__init__(text)
        self.doc = doc


class MergingCommand(DocumentCommand):
    """An edit that merges into the previous command of its class with the same ``merge_key`` (one wheel
    turn, one drag, one spin-box run): the earlier command keeps its ``before`` and takes the later ``after``
    (and text). ``merge_key=None`` never merges. Subclasses set a unique ``ID`` and store ``before``/``after``."""

    ID = 0

    def __init__(self, doc, text: str, merge_key=None):
        super().__init__(doc, text)
        self.merge_key = merge_key

    def id(self):
        return self.ID if self.merge_key is not None else -1

    def mergeWith(self, other):  # noqa: N802 - Qt virtual
        if other.id() != self.id() or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.setText(other.text())
        return True


# -- layout -------------------------------------------------------------------------------------
class MoveNeuronsCommand(DocumentCommand):
    """Move neurons: positions at press vs release, one command per drag."""
    changes_maths = False    # layout, names or settings: a running training goes on

    def __init__(self, doc, before: dict, after: dict, text: str | None = None):
        n = len(after)
        super().__init__(doc, text or translate("Document", "Move %n neuron(s)", None, n))
        self.before = {k: (float(v[0]), float(v[1])) for k, v in before.items()}
        self.after = {k: (float(v[0]), float(v[1])) for k, v in after.items()}

    def redo(self):
        self.doc.set_positions(self.after)

    def undo(self):
        self.doc.set_positions(self.before)


class RelayoutCommand(DocumentCommand):
    changes_maths = False    # layout, names or settings: a running training goes on
    def __init__(self, doc, positions, text: str = "Re-layout"):
        super().__init__(doc, text)
        self.before = copy.deepcopy(doc.positions)
        self.after = copy.deepcopy(positions)

    def redo(self):
        self.doc.set_layout(self.after)

    def undo(self):
        self.doc.set_layout(self.before)


# -- structure ----------------------------------------------------------------------------------
class StructureCommand(DocumentCommand):
    """Swaps whole network+labels+positions snapshots (exact for any structural change)."""

    def __init__(self, doc, after: edits.Structure, text: str):
        super().__init__(doc, text)
        self.before = doc.structure()
        self.after = after

    def redo(self):
        self.doc.apply_structure(self.after)

    def undo(self):
        self.doc.apply_structure(self.before)


class AddLayerCommand(StructureCommand):
    def __init__(self, doc, index: int, size: int, activation: str, seed=None, init="xavier_uniform"):
        after = edits.add_layer(doc.structure(), index, size, activation, seed=seed, init=init)
        super().__init__(doc, after, translate("Document", "Add layer of {size} ({activation})").format(
            size=size, activation=activation))


class RemoveLayerCommand(StructureCommand):
    def __init__(self, doc, index: int, seed=None, init="xavier_uniform"):
        after = edits.remove_layer(doc.structure(), index, seed=seed, init=init)
        super().__init__(doc, after, translate("Document", "Remove layer {layer}").format(layer=doc.names.layer(index)))


class AddNeuronCommand(StructureCommand):
    def __init__(self, doc, layer: int, seed=None, init="xavier_uniform", position=None):
        after = edits.add_neuron(doc.structure(), layer, seed=seed, init=init, position=position)
        super().__init__(doc, after, translate("Document", "Add neuron to {layer}").format(
            layer=doc.names.layer(layer)))


class RemoveNeuronsCommand(StructureCommand):
    """Remove one or several neurons (highest index first so the others keep their ids)."""

    def __init__(self, doc, ids):
        ids = sorted(set(ids), key=lambda t: (t[0], -t[1]))
        s = doc.structure()
        for layer in {l for l, _ in ids}:
            count = sum(1 for l, _ in ids if l == layer)
            if count >= s.network.sizes[layer]:
                what = edits.layer_kind_text(layer, s.network.n_layers)
                if s.network.sizes[layer] == 1:
                    raise EditRefused(translate("Document", "cannot remove the last neuron of the {kind} layer").format(
                        kind=what))
                raise EditRefused(translate("Document", "cannot remove every neuron of the {kind} layer: keep at "
                                                        "least one").format(kind=what))
        for layer, index in ids:
            s = edits.remove_neuron(s, layer, index)
        names = doc.names
        count = len(ids)
        text = (translate("Document", "Remove neuron {neuron}").format(neuron=names.neuron(*ids[0])) if count == 1
                else translate("Document", "Remove %n neuron(s)", None, count))
        super().__init__(doc, s, text)


class SetUseBiasCommand(StructureCommand):
    """Give layer ``layer`` a bias (``flag`` True, starting at 0) or remove it (``flag`` False);
    undo brings the old biases back exactly. Arguments: ``doc``, ``layer`` (1 … L), ``flag``."""

    def __init__(self, doc, layer: int, flag: bool):
        after = edits.set_use_bias(doc.structure(), layer, flag)
        if doc.network.has_bias(layer) == bool(flag):
            raise EditRefused((translate("Document", "layer {layer} already has a bias") if flag
                               else translate("Document", "layer {layer} has no bias")).format(layer=layer))
        super().__init__(doc, after, (translate("Document", "Add biases to layer {layer}") if flag
                                      else translate("Document", "Remove biases of layer {layer}")).format(layer=layer))


# -- parameters ---------------------------------------------------------------------------------
class SetWeightCommand(MergingCommand):
    ID = 1001

    def __init__(self, doc, layer, j, i, value, gesture: int | None = None):
        value = _finite(value, translate("Document", "a weight"))
        doc._check_connection(layer, j, i)
        if doc.is_masked(layer, j, i):
            raise EditRefused(translate("Document", "this connection is deleted: drag from neuron to neuron to "
                                                    "restore it"))
        super().__init__(doc, translate("Document", "Set weight {connection}").format(
            connection=doc.names.connection(layer, j, i)), None if gesture is None
                         else ((layer, j, i), gesture))
        self.key = (layer, j, i)
        self.before = doc.network.weights[layer][j, i].item()
        self.after = value

    def redo(self):
        self.doc.set_weight(*self.key, self.after)

    def undo(self):
        self.doc.set_weight(*self.key, self.before)


class SetBiasCommand(MergingCommand):
    ID = 1002

    def __init__(self, doc, layer, j, value, gesture: int | None = None):
        value = _finite(value, translate("Document", "a bias"))
        if layer == 0:
            raise EditRefused(translate("Document", "input neurons have no bias"))
        if not 1 <= layer <= doc.network.n_layers or not 0 <= j < doc.sizes[layer]:
            raise EditRefused(translate("Document", "there is no neuron {j} in layer {layer}").format(j=j, layer=layer))
        if not doc.network.has_bias(layer):
            raise EditRefused(translate("Document", "layer {layer} has no bias (turn its bias on first)").format(
                layer=layer))
        super().__init__(doc, translate("Document", "Set bias of {neuron}").format(
            neuron=doc.names.neuron(layer, j)), None if gesture is None
                         else ((layer, j), gesture))
        self.key = (layer, j)
        self.before = doc.network.biases[layer][j].item()
        self.after = value

    def redo(self):
        self.doc.set_bias(*self.key, self.after)

    def undo(self):
        self.doc.set_bias(*self.key, self.before)


class MaskConnectionsCommand(DocumentCommand):
    """Delete (mask) one or several connections; undo restores mask and exact weights."""

    def __init__(self, doc, ids):
        ids = sorted(set(ids))
        if not ids:
            raise EditRefused(translate("Document", "no connection selected"))
        for l, j, i in ids:
            doc._check_connection(l, j, i)
        count = len(ids)
        super().__init__(doc, translate("Document", "Delete connection {connection}").format(
            connection=doc.names.connection(*ids[0])) if count == 1
            else translate("Document", "Delete %n connection(s)", None, count))
        self.ids = ids
        self.before = {k: (not doc.is_masked(*k), doc.network.weights[k[0]][k[1], k[2]].item()) for k in ids}

    def redo(self):
        for k in self.ids:
            self.doc.set_connection(*k, False, 0.0)

    def undo(self):
        for k in reversed(self.ids):
            self.doc.set_connection(*k, *self.before[k])


class RestoreConnectionCommand(DocumentCommand):
    """Restore a deleted connection (drag from a neuron to a neuron of the next layer), with a fresh weight
    drawn by ``init`` unless ``weight`` is given."""

    def __init__(self, doc, layer, j, i, weight: float | None = None, seed=None, init: str = "xavier_uniform"):
        doc._check_connection(layer, j, i)
        if not doc.is_masked(layer, j, i):
            raise EditRefused(translate("Document", "connection {connection} already exists").format(
                connection=f"{layer - 1}.{i} → {layer}.{j}"))
        if weight is None:  # the weight the initialiser would give this connection
            rng = np.random.default_rng(seed)
            weight = float(initialize(init, rng, doc.sizes[layer - 1], doc.sizes[layer])[j, i])
        super().__init__(doc, translate("Document", "Restore connection {connection}").format(
            connection=doc.names.connection(layer, j, i)))
        self.key = (layer, j, i)
        self.weight = _finite(weight, translate("Document", "a weight"))
        self.before_weight = doc.network.weights[layer][j, i].item()

    def redo(self):
        self.doc.set_connection(*self.key, True, self.weight)

    def undo(self):
        self.doc.set_connection(*self.key, False, self.before_weight)


class ReplaceParametersCommand(DocumentCommand):
    """Replace all weights and biases (training, step-through, randomise); optionally the history.

    ``text`` is the caller's label, e.g. "Train 250 epochs". When the document already holds the
    new values (training wrote them live), pass ``before`` explicitly.
    """

    def __init__(self, doc, params, text: str, before=None, history=None, history_before=None,
                 source: str | None = None):
        super().__init__(doc, text)
        params = np.array(params, dtype=doc.network.dtype, copy=True)
        if params.shape != doc.network.params.shape:
            raise EditRefused(translate("Document", "expected {size} parameters, got {size2}").format(
                size=doc.network.params.size, size2=params.size))
        self.before = np.array(doc.network.params if before is None else before, copy=True)
        self.after = params
        self.history_after = copy.deepcopy(history)
        self.history_before = copy.deepcopy(doc.history if history_before is None else history_before)
        self.source = source or ("train" if text.lower().startswith("train") else "edit")

    def redo(self):
        self.doc.replace_parameters(self.after, self.source)
        if self.history_after is not None:
            self.doc.set_history(self.history_after)

    def undo(self):
        self.doc.replace_parameters(self.before, self.source)
        if self.history_after is not None:
            self.doc.set_history(self.history_before)


class RandomiseWeightsCommand(ReplaceParametersCommand):
    def __init__(self, doc, init: str = "xavier_uniform", seed=None, layers=None):
        params = edits.randomised_parameters(doc.network, init, seed, layers)
        super().__init__(doc, params, translate("Document", "Randomise weights ({init}, seed {seed})").format(
            init=init, seed=seed))
        self.init, self.seed = init, seed


class SetActivationCommand(DocumentCommand):
    def __init__(self, doc, layer: int, name: str):
        edits.check_activation(doc.network, layer, name)
        super().__init__(doc, translate("Document", "Set activation of {layer} to {name}").format(
            layer=doc.names.layer(layer), name=name))
        self.layer = layer
        self.before = doc.network.activations[layer - 1]
        self.after = name

    def redo(self):
        self.doc.set_activation(self.layer, self.after)

    def undo(self):
        self.doc.set_activation(self.layer, self.before)


class SetLossCommand(DocumentCommand):
    def __init__(self, doc, name: str):
        super().__init__(doc, translate("Document", "Set loss to {name}").format(name=name))
        self.before, self.after = doc.network.loss, name

    def redo(self):
        self.doc.set_loss(self.after)

    def undo(self):
        self.doc.set_loss(self.before)


class SetLabelsCommand(DocumentCommand):
    changes_maths = False    # layout, names or settings: a running training goes on
    def __init__(self, doc, layer: int, labels):
        if labels is not None and len(labels) != doc.sizes[layer]:
            raise EditRefused(translate("Document", "layer {layer} has {sizes} neurons, got {labels} names").format(
                layer=layer, sizes=doc.sizes[layer], labels=len(labels)))
        super().__init__(doc, translate("Document", "Rename neurons of {layer}").format(layer=doc.names.layer(layer)))
        self.layer = layer
        self.before = copy.deepcopy(doc.labels[layer])
        self.after = None if labels is None else [str(v) for v in labels]

    def redo(self):
        self.doc.set_labels(self.layer, self.after)

    def undo(self):
        self.doc.set_labels(self.layer, self.before)


# -- settings -----------------------------------------------------------------------------------
class SetTrainingSettingsCommand(MergingCommand):
    """Change training settings; consecutive changes with the same gesture id merge."""
    changes_maths = False    # layout, names or settings: a running training goes on

    ID = 1003

    def __init__(self, doc, settings: TrainingSettings, text: str | None = None,
                 gesture: int | None = None):
        try:
            settings.validate()
        except ValueError as exc:
            raise EditRefused(str(exc)) from None
        super().__init__(doc, text or translate("Document", "Change training settings"), gesture)
        self.before = dataclasses.replace(doc.training)
        self.after = dataclasses.replace(settings)

    def redo(self):
        self.doc.set_training_settings(self.after)

    def undo(self):
        self.doc.set_training_settings(self.before)


class SetDatasetCommand(DocumentCommand):
    """Change the dataset block (and the encoding when given)."""

    def __init__(self, doc, dataset: dict | None, encoding=..., text: str | None = None):
        super().__init__(doc, text or translate("Document", "Change dataset"))
        self.before = (copy.deepcopy(doc.dataset), copy.deepcopy(doc.encoding))
        self.after = (copy.deepcopy(dataset), copy.deepcopy(doc.encoding if encoding is ... else encoding))

    def redo(self):
        self.doc.set_dataset_block(*self.after)

    def undo(self):
        self.doc.set_dataset_block(*self.before)


class SetHistoryCommand(DocumentCommand):
    changes_maths = False    # layout, names or settings: a running training goes on
    def __init__(self, doc, history: dict | None, text: str | None = None):
        super().__init__(doc, text or translate("Document", "Clear history"))
        self.before = copy.deepcopy(doc.history)
        self.after = copy.deepcopy(history)

    def redo(self):
        self.doc.set_history(self.after)

    def undo(self):
        self.doc.set_history(self.before)


def push(stack, make, *args, **kwargs):
    """Build a command and push it; returns ``(True, None)`` or ``(False, message)`` when refused.

    ``make`` is a command class or factory; ``EditRefused`` (and ValueError) become the message.
    """
    doc = args[0] if args else None
    for guard in list(getattr(doc, "edit_guards", ())):
        guard(make)              # e.g. training pauses before an edit of the maths
    try:
        cmd = make(*args, **kwargs)
    except ValueError as exc:
        return False, str(exc)
    stack.push(cmd)
    return True, None

"""The network being edited: the one source of truth the canvas and the panels listen to."""

from __future__ import annotations

import copy
import dataclasses
import math
from pathlib import Path

import numpy as np

from nnstudio.engine.network import Network
from nnstudio.engine.text import translate
from nnstudio.engine.training import TrainingSettings

from .edits import EditRefused, Structure, check_activation
from .events import Publisher
from .layout import complete_layout, copy_layout
from .naming import Names, neuron_name


def default_network() -> Network:
    """A 2-2-1 sigmoid network (the XOR classic), used when nothing else is open."""
    return Network([2, 2, 1], ["sigmoid", "sigmoid"], "bce", seed=1)


def _layout_positions(layout):
    """Accept the file's layout either as ``positions`` or as ``{"positions": positions}``."""
    if isinstance(layout, dict):
        return layout.get("positions")
    return layout


class NetworkDocument:
    """A network with its labels, neuron positions, training settings, dataset block, history,
    encoding and unknown keys, plus the file path and change events.

    Reading is free; mutation methods are meant to be called by the undo commands in
    :mod:`nnstudio.document.commands` (the training/step-through views may call
    ``set_activations_preview``/``set_preview_input`` and ``set_history`` directly).
    """

    def __init__(self, network: Network | None = None, *, name: str = "", description: str = "",
                 labels=None, training: TrainingSettings | None = None, dataset: dict | None = None,
                 positions=None, history: dict | None = None, encoding: dict | None = None,
                 extra: dict | None = None, path: str | None = None):
        self.events = Publisher()
        #: ``guard(command_class)`` is called by ``commands.push`` before each edit is made (training
        #: pauses before edits whose class has ``changes_maths``, true unless the class says False)
        self.edit_guards: list = []
        self._file = None
        self._assign(network or default_network(), name, description, labels, training, dataset,
                     positions, history, encoding, extra, path)

    # -- loading and saving ---------------------------------------------------------------------
    def _assign(self, network, name, description, labels, training, dataset, positions, history,
                encoding, extra, path):
        self.network: Network = network
        self.name = name or ""
        self.description = description or ""
        self.labels = self._complete_labels(labels, network.sizes)
        self.training = dataclasses.replace(training) if training is not None else TrainingSettings()
        self.dataset = copy.deepcopy(dataset)
        self.positions = complete_layout(positions, network.sizes)
        self.history = copy.deepcopy(history) if history else {}
        self.encoding = copy.deepcopy(encoding)
        self.extra = copy.deepcopy(extra) if extra else {}
        self.path = str(path) if path else None
        self.dirty = False  # changed outside the undo stack (e.g. history appended by training)
        self.preview = None

    @staticmethod
    def _complete_labels(labels, sizes) -> list:
        out = []
        for l, n in enumerate(sizes):
            layer = labels[l] if labels is not None and l < len(labels) else None
            if layer is not None and len(layer) == n:
                out.append([str(v) for v in layer])
            else:
                out.append(None)
        return out

    @classmethod
    def from_file(cls, nf, path=None) -> NetworkDocument:
        """A document holding a :class:`nnstudio.io.netfile.NetworkFile`."""
        doc = cls()
        doc.load_file(nf, path)
        return doc

    def load_file(self, nf, path=None) -> None:
        """Replace the whole content with a loaded file (publishes ``reset``)."""
        self._assign(nf.network, getattr(nf, "name", ""), getattr(nf, "description", ""),
                     getattr(nf, "labels", None), getattr(nf, "training", None), getattr(nf, "dataset", None),
                     _layout_positions(getattr(nf, "layout", None)), getattr(nf, "history", None),
                     getattr(nf, "encoding", None), getattr(nf, "extra", None), path)
        self._file = nf
        self.events.publish("reset")

    def to_file(self):
        """A NetworkFile snapshot of the document (deep copies; unknown keys kept)."""
        from nnstudio.io import netfile

        kwargs = dict(network=self.network.copy(), name=self.name, description=self.description,
                      labels=copy.deepcopy(self.labels), training=dataclasses.replace(self.training),
                      dataset=copy.deepcopy(self.dataset), layout=copy_layout(self.positions),
                      history=copy.deepcopy(self.history), encoding=copy.deepcopy(self.encoding),
                      extra=copy.deepcopy(self.extra))
        if self._file is not None and dataclasses.is_dataclass(self._file):
            old = self._file
            if len(getattr(old, "layer_extra", []) or []) > len(self.sizes) or (
                    len(old.network.sizes) != len(self.sizes)):
                kwargs["layer_extra"] = []  # layers were added or removed: their unknown keys no longer align
            return dataclasses.replace(old, **kwargs)
        return netfile.NetworkFile(**kwargs)

    @classmethod
    def open(cls, path) -> NetworkDocument:
        """Load ``path`` (raises the loader's NetworkFileError / OSError)."""
        from nnstudio.io import netfile

        return cls.from_file(netfile.load(path), path)

    def save(self, path=None) -> None:
        """Write the document to ``path`` (default: its own path) and mark it saved."""
        from nnstudio.io import netfile

        target = path or self.path
        if not target:
            raise ValueError("the document has no file name yet")
        netfile.save(self.to_file(), target)
        self.mark_saved(target)

    def mark_saved(self, path=None) -> None:
        self.dirty = False
        if path is not None and str(path) != self.path:
            self.path = str(path)
            self.events.publish("path")

    # -- reading --------------------------------------------------------------------------------
    def subscribe(self, fn, kinds=None):
        """Call ``fn(event)`` on every change (or only on ``kinds``); returns an unsubscribe function."""
        return self.events.subscribe(fn, kinds)

    @property
    def sizes(self) -> list[int]:
        return self.network.sizes

    @property
    def title(self) -> str:
        """The file name shown in the window title."""
        if self.path:
            return Path(self.path).name
        return self.name or translate("Document", "Untitled")

    def neuron_label(self, layer: int, index: int) -> str:
        """The neuron's name: the label when set, else x1…/ŷ1… for inputs/outputs, h{l}.{j} otherwise."""
        return neuron_name(self.labels, self.sizes, layer, index)

    @property
    def names(self) -> Names:
        """How the canvas, the inspector, the undo texts and the step-through call the parts."""
        return Names(self.labels, self.sizes)

    def structure(self) -> Structure:
        """A copy of network + labels + positions (what structural commands save and restore)."""
        return Structure(self.network.copy(), copy.deepcopy(self.labels), copy_layout(self.positions))

    def position(self, layer: int, index: int) -> tuple[float, float]:
        p = self.positions[layer][index]
        return p[0], p[1]

    def is_masked(self, layer: int, j: int, i: int) -> bool:
        m = self.network.masks[layer]
        return m is not None and m[j, i] == 0

    # -- mutations (called by commands) ---------------------------------------------------------
    def apply_structure(self, s: Structure) -> None:
        """Set network, labels and positions from a snapshot (copied, so the snapshot stays intact)."""
        self.network = s.network.copy()
        self.labels = copy.deepcopy(s.labels)
        self.positions = copy_layout(s.positions)
        preview_changed = self._refresh_preview(structure=True, publish=False)
        self.events.publish("structure")  # first: views rebuild their items for the new sizes
        if preview_changed:
            self.events.publish("activations-preview")

    def set_positions(self, moves: dict) -> None:
        """``moves[(l, j)] = (x, y)``."""
        for (l, j), (x, y) in moves.items():
            self.positions[l][j] = [float(x), float(y)]
        self.events.publish("layout", ids=list(moves))

    def set_layout(self, positions) -> None:
        """Replace every position (e.g. re-layout)."""
        self.positions = complete_layout(positions, self.network.sizes)
        self.events.publish("layout", ids=None)

    def set_weight(self, layer: int, j: int, i: int, value: float) -> None:
        self._check_connection(layer, j, i)
        self.network.weights[layer][j, i] = value
        self._parameters_changed([layer], "edit")

    def set_bias(self, layer: int, j: int, value: float) -> None:
        if not 1 <= layer <= self.network.n_layers or not 0 <= j < self.network.sizes[layer]:
            raise EditRefused(f"there is no neuron {j} with a bias in layer {layer}")
        if not self.network.has_bias(layer):
            raise EditRefused(f"layer {layer} has no bias (turn its bias on first)")
        self.network.biases[layer][j] = value
        self._parameters_changed([layer], "edit")

    def set_connection(self, layer: int, j: int, i: int, enabled: bool, weight: float) -> None:
        """Mask (``enabled=False``, weight forced to 0) or unmask a connection and set its weight."""
        self._check_connection(layer, j, i)
        net = self.network
        mask = np.ones_like(net.weights[layer]) if net.masks[layer] is None else net.masks[layer].copy()
        mask[j, i] = 1.0 if enabled else 0.0
        net.set_mask(layer, mask)
        net.weights[layer][j, i] = weight if enabled else 0.0
        self._parameters_changed([layer], "edit", mask=True)

    def set_mask(self, layer: int, mask) -> None:
        """Set a whole layer mask (None = fully connected); used to restore exact states."""
        self.network.set_mask(layer, None if mask is None else np.array(mask))
        self._parameters_changed([layer], "edit", mask=True)

    def replace_parameters(self, params, source: str = "edit") -> None:
        """Overwrite every weight and bias from a flat array laid out like ``network.params``.

        ``source`` ("edit", "train", "step", …) travels with the ``parameters`` event.
        """
        params = np.asarray(params)
        if params.shape != self.network.params.shape:
            raise ValueError(f"expected {self.network.params.size} parameters, got {params.size}")
        np.copyto(self.network.params, params)
        self._parameters_changed(None, source)

    def set_activation(self, layer: int, name: str) -> None:
        check_activation(self.network, layer, name)
        self.network.activations[layer - 1] = name
        self._refresh_preview()
        self.events.publish("activation", layer=layer)

    def set_loss(self, name: str) -> None:
        from nnstudio.engine.losses import get_loss

        try:
            get_loss(name)
        except ValueError as exc:
            raise EditRefused(str(exc)) from None
        self.network.loss = name
        self.events.publish("activation", layer=None)

    def set_labels(self, layer: int, labels) -> None:
        if labels is not None and len(labels) != self.network.sizes[layer]:
            raise EditRefused(f"layer {layer} has {self.network.sizes[layer]} neurons, "
                              f"got {len(labels)} names")
        self.labels[layer] = None if labels is None else [str(v) for v in labels]
        self.events.publish("labels", layer=layer)

    def set_training_settings(self, settings: TrainingSettings) -> None:
        self.training = dataclasses.replace(settings)
        self.events.publish("settings")

    def set_dataset_block(self, dataset: dict | None, encoding=..., ) -> None:
        """Set the dataset block (and the encoding too when given)."""
        self.dataset = copy.deepcopy(dataset)
        if encoding is not ...:
            self.encoding = copy.deepcopy(encoding)
        self.events.publish("dataset")

    def set_history(self, history: dict | None, mark_dirty: bool = False) -> None:
        """Replace the training history (``mark_dirty`` when not done through an undo command)."""
        self.history = copy.deepcopy(history) if history else {}
        if mark_dirty:
            self.dirty = True
        self.events.publish("history")

    def set_meta(self, name: str, description: str) -> None:
        self.name, self.description = name, description
        self.events.publish("meta")

    # -- the activations shown as neuron fill (not saved, not undoable) -------------------------
    def set_preview_input(self, x) -> None:
        """Show the activations for input ``x`` (recomputed whenever the network changes); None clears."""
        if x is None:
            self.preview = None
        else:
            x = np.asarray(x, dtype=float).reshape(-1)
            if x.size != self.network.n_inputs:
                raise ValueError(f"expected {self.network.n_inputs} inputs, got {x.size}")
            self.preview = {"input": x, "z": None, "a": None, "label": None}
            self._compute_preview()
        self.events.publish("activations-preview")

    def set_activations_preview(self, z, a, label: str | None = None) -> None:
        """Show given per-layer ``z``/``a`` vectors (index 0 = input); None for both clears."""
        if z is None and a is None:
            self.preview = None
        else:
            z = [None if v is None else np.asarray(v, dtype=float).reshape(-1).copy() for v in z]
            a = [None if v is None else np.asarray(v, dtype=float).reshape(-1).copy() for v in a]
            sizes = self.sizes
            wrong = any(v is not None and v.size != n
                        for vals in (z, a) for v, n in zip(vals, sizes, strict=False))
            if len(z) != len(sizes) or len(a) != len(sizes) or wrong:
                raise ValueError(f"expected z and a for layers of sizes {self.sizes}")
            self.preview = {"input": None, "z": z, "a": a, "label": label}
        self.events.publish("activations-preview")

    def activation_values(self, layer: int, index: int) -> tuple[float, float] | None:
        """(z, a) of a neuron in the current preview, or None."""
        p = self.preview
        if p is None or p["a"] is None or p["a"][layer] is None:
            return None
        return float(p["z"][layer][index]), float(p["a"][layer][index])

    def _compute_preview(self):
        tr = self.network.forward_trace(self.preview["input"].reshape(1, -1))
        self.preview["z"] = [v[0].copy() for v in tr.z]
        self.preview["a"] = [v[0].copy() for v in tr.a]

    def _refresh_preview(self, structure: bool = False, publish: bool = True) -> bool:
        """Recompute (or drop) the preview after a change; True when it changed."""
        p = self.preview
        if p is None:
            return False
        if p["input"] is not None and p["input"].size == self.network.n_inputs:
            self._compute_preview()
        elif structure or p["input"] is not None:
            self.preview = None
        else:
            return False
        if publish:
            self.events.publish("activations-preview")
        return True

    # -- helpers --------------------------------------------------------------------------------
    def _check_connection(self, layer, j, i):
        sizes = self.network.sizes
        if not (1 <= layer < len(sizes) and 0 <= j < sizes[layer] and 0 <= i < sizes[layer - 1]):
            raise EditRefused(f"there is no connection {layer - 1}.{i} → {layer}.{j}")

    def _parameters_changed(self, layers, source, mask=False):
        self._refresh_preview()
        self.events.publish("parameters", layers=layers, source=source, mask=mask)


def is_finite_number(value) -> bool:
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False

"""The controller: turns the scene's gesture intents (and menu actions) into undo commands.

Refused edits push nothing and report their reason through ``statusMessage``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog

from nnstudio.document import commands as C
from nnstudio.document.layout import auto_layout
from nnstudio.io.numbers import entry_text, fmt, parse_entry
from nnstudio.widgets.i18n import translate


def ask_number(parent, title: str, label: str, value: float) -> float | None:
    """A dialog for an exact value; None when cancelled. Accepts any float syntax (1e-3, -.5)."""
    text, ok = QInputDialog.getText(parent, title, label, text=entry_text(value))
    if not ok:
        return None
    return parse_entry(text)


def ask_text(parent, title: str, label: str, value: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, text=value)
    return text if ok else None


class CanvasController(QObject):
    """Connects a NetworkScene to the document's undo stack."""

    statusMessage = Signal(str)

    def __init__(self, doc, stack, scene, parent_widget=None):
        super().__init__()
        self.doc, self.stack, self.scene = doc, stack, scene
        self.parent_widget = parent_widget
        self.ask_number = ask_number   # replaceable (tests, other front ends)
        self.ask_text = ask_text
        self.edit_layer = None         # set by the window: opens the layer editor
        self._drag_start: dict = {}
        scene.neuronsMoved.connect(self.on_neurons_moved)
        scene.connectRequested.connect(self.on_connect)
        scene.editRequested.connect(self.on_edit)
        scene.nudgeRequested.connect(self.on_nudge)
        scene.statusMessage.connect(self.statusMessage)

    def push(self, make, *args, **kwargs) -> bool:
        """Build and push a command; refused edits show their message and return False."""
        ok, message = C.push(self.stack, make, self.doc, *args, **kwargs)
        if not ok:
            self.statusMessage.emit(translate("Canvas", "Not possible: {reason}").format(reason=message))
        return ok

    # -- scene intents --------------------------------------------------------------------------
    def on_neurons_moved(self, before: dict, after: dict) -> None:
        self.push(C.MoveNeuronsCommand, before, after)

    def on_connect(self, source, target) -> None:
        (ls, js), (lt, jt) = source, target
        if lt == ls:
            self.statusMessage.emit(translate("Canvas", "Not possible: neurons of the same layer are never connected"))
        elif lt == ls - 1:
            self.statusMessage.emit(translate("Canvas", "Not possible: connections run forward — drag from a neuron "
                                                        "to a neuron of the next layer"))
        elif lt != ls + 1:
            self.statusMessage.emit(translate("Canvas", "Not possible: only neighbouring layers are connected"))
        elif not self.doc.is_masked(lt, jt, js):
            self.statusMessage.emit(translate("Canvas", "{source} → {target} is already connected").format(
                source=self.doc.neuron_label(ls, js), target=self.doc.neuron_label(lt, jt)))
        elif self.push(C.RestoreConnectionCommand, lt, jt, js):
            w = self.doc.network.weights[lt][jt, js]
            self.statusMessage.emit(translate("Canvas", "Connection restored with weight {w}").format(w=fmt(w)))

    def on_edit(self, kind: str, ids) -> None:
        doc, parent = self.doc, self.parent_widget
        try:
            if kind == "weight":
                l, j, i = ids
                name = f"{doc.neuron_label(l - 1, i)} → {doc.neuron_label(l, j)}"
                value = self.ask_number(parent, translate("Canvas", "Edit weight"),
                                        translate("Canvas", "Weight of {name}:").format(name=name),
                                        doc.network.weights[l][j, i])
                if value is not None:
                    self.push(C.SetWeightCommand, l, j, i, value)
            elif kind == "bias":
                l, j = ids
                value = self.ask_number(parent, translate("Canvas", "Edit bias"),
                                        translate("Canvas", "Bias of {name}:").format(name=doc.neuron_label(l, j)),
                                        doc.network.biases[l][j])
                if value is not None:
                    self.push(C.SetBiasCommand, l, j, value)
            elif kind == "label":
                l, j = ids
                text = self.ask_text(parent, translate("Canvas", "Rename"), translate("Canvas", "Name of this neuron:"),
                                     doc.neuron_label(l, j))
                if text is not None and text.strip():
                    labels = [doc.neuron_label(l, k) for k in range(doc.sizes[l])]
                    labels[j] = text.strip()
                    self.push(C.SetLabelsCommand, l, labels)
            elif kind == "layer" and self.edit_layer is not None:
                self.edit_layer(ids[0])
        except ValueError:
            self.statusMessage.emit(translate("Canvas", "Not possible: please type a number, such as 0.25 or -1e-3"))

    def on_nudge(self, kind: str, ids, total: float, gesture: int) -> None:
        """Coarse edit: ``total`` is the change since the gesture began (merged into one undo step)."""
        key = (kind, tuple(ids), gesture)
        if key not in self._drag_start:
            self._drag_start = {key: self._current(kind, ids)}
        start = self._drag_start[key]
        value = round(start + total, 6)
        if kind == "weight":
            ok = self.push(C.SetWeightCommand, *ids, value, gesture=gesture)
        else:
            ok = self.push(C.SetBiasCommand, *ids, value, gesture=gesture)
        if ok:
            name = translate("Canvas", "weight") if kind == "weight" else translate("Canvas", "bias")
            self.statusMessage.emit(f"{name} = {fmt(value)}")

    def _current(self, kind, ids) -> float:
        net = self.doc.network
        if kind == "weight":
            l, j, i = ids
            return float(net.weights[l][j, i])
        l, j = ids
        return float(net.biases[l][j])

    # -- menu actions ---------------------------------------------------------------------------
    def delete_selection(self) -> bool:
        kind, ids = self.scene.selection()
        if kind == "neuron":
            return self.push(C.RemoveNeuronsCommand, ids)
        if kind == "connection":
            return self.push(C.MaskConnectionsCommand, ids)
        if kind == "layer":
            return self.push(C.RemoveLayerCommand, ids[0])
        self.statusMessage.emit(translate("Canvas", "Select a neuron, a connection or a layer header to delete it"))
        return False

    def add_layer(self, index: int, size: int, activation: str, seed=None) -> bool:
        return self.push(C.AddLayerCommand, index, size, activation, seed=seed)

    def add_neuron(self, layer: int, seed=None) -> bool:
        return self.push(C.AddNeuronCommand, layer, seed=seed)

    def set_activation(self, layer: int, name: str) -> bool:
        return self.push(C.SetActivationCommand, layer, name)

    def randomise(self, init: str, seed) -> bool:
        return self.push(C.RandomiseWeightsCommand, init, seed)

    def relayout(self) -> bool:
        return self.push(C.RelayoutCommand, auto_layout(self.doc.sizes))

    def selected_layer(self) -> int | None:
        """The layer of the current selection (a layer header, a neuron or a connection's target)."""
        kind, ids = self.scene.selection()
        if not ids:
            return None
        if kind == "layer":
            return ids[0]
        return ids[0][0]


def is_number(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False

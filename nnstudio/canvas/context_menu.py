"""The canvas's context menu: a right-click on a neuron, a layer's title, a connection or the background
offers the edits that apply there. What was clicked is selected first (so the inspector shows it), and
every edit is one undo step through the canvas controller."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from nnstudio.document import commands as C
from nnstudio.engine.activations import ACTIVATIONS
from nnstudio.widgets.i18n import translate


def build_menu(canvas, pos: QPointF) -> QMenu:
    """The menu for scene point ``pos`` of ``canvas`` (a ``NetworkCanvas``), its target selected."""
    scene = canvas.scene
    menu = QMenu(canvas)
    neuron = scene.neuron_at(pos)
    header = scene.header_at(pos) if neuron is None else None
    hit = scene.connection_at(pos, canvas.view.zoom()) if neuron is None and header is None else None
    if neuron is not None:
        kind, ids = scene.selection()
        if kind != "neuron" or neuron.id not in ids:
            scene.select("neuron", [neuron.id])
        _neuron_actions(menu, canvas, neuron.id)
        menu.addSeparator()
        _layer_actions(menu, canvas, neuron.id[0])
    elif header is not None:
        scene.select("layer", [header.layer])
        _layer_actions(menu, canvas, header.layer)
    elif hit is not None:
        scene.select("connection", [hit])
        _connection_actions(menu, canvas, hit)
    else:
        _background_actions(menu, canvas)
    return menu


def _neuron_actions(menu: QMenu, canvas, neuron: tuple[int, int]) -> None:
    ctl, doc = canvas.controller, canvas.doc
    l, j = neuron
    menu.addAction(translate("Canvas", "Rename…"), lambda: ctl.on_edit("label", (l, j)))
    if l > 0 and doc.network.has_bias(l):
        menu.addAction(translate("Canvas", "Edit bias…"), lambda: ctl.on_edit("bias", (l, j)))
    count = len(canvas.scene.selection()[1])
    text = (translate("Canvas", "Delete {name}").format(name=doc.neuron_label(l, j)) if count == 1
            else translate("Canvas", "Delete %n neuron(s)", None, count))
    menu.addAction(text, ctl.delete_selection)


def _layer_actions(menu: QMenu, canvas, layer: int) -> None:
    ctl, doc = canvas.controller, canvas.doc
    net = doc.network
    name = doc.names.layer(layer)
    if layer == 0:
        menu.addAction(translate("Canvas", "The input layer passes the features on unchanged")).setEnabled(False)
        return
    activations = menu.addMenu(translate("Canvas", "Activation of {layer}").format(layer=name))
    group = QActionGroup(activations)
    for key in ACTIVATIONS:
        if key == "softmax" and layer != net.n_layers:
            continue
        action = activations.addAction(key, lambda key=key: ctl.set_activation(layer, key))
        action.setCheckable(True)
        action.setChecked(net.activations[layer - 1] == key)
        group.addAction(action)
    bias = menu.addAction(translate("Canvas", "Biases in {layer}").format(layer=name))
    bias.setCheckable(True)
    bias.setChecked(net.has_bias(layer))
    bias.setToolTip(translate("Canvas", "Off: z = Σ w·a with no bias (PyTorch's bias=False)"))
    bias.toggled.connect(lambda on: ctl.push(C.SetUseBiasCommand, layer, on))
    if layer < net.n_layers:
        menu.addSeparator()
        menu.addAction(translate("Canvas", "Add a neuron to {layer}").format(layer=name),
                       lambda: ctl.add_neuron(layer))
        remove = menu.addAction(translate("Canvas", "Remove a neuron from {layer}").format(layer=name),
                                lambda: ctl.push(C.RemoveNeuronsCommand, [(layer, doc.sizes[layer] - 1)]))
        remove.setEnabled(doc.sizes[layer] > 1)
        menu.addAction(translate("Canvas", "Delete {layer}").format(layer=name),
                       lambda: ctl.push(C.RemoveLayerCommand, layer))


def _connection_actions(menu: QMenu, canvas, connection: tuple[int, int, int]) -> None:
    ctl = canvas.controller
    menu.addAction(translate("Canvas", "Edit weight…"), lambda: ctl.on_edit("weight", connection))
    menu.addAction(translate("Canvas", "Delete connection"), lambda: ctl.push(C.MaskConnectionsCommand, [connection]))


def _background_actions(menu: QMenu, canvas) -> None:
    menu.addAction(translate("Canvas", "Fit to Window"), canvas.fit)      # the View and Network menus' words
    menu.addAction(translate("Canvas", "Re-layout"), canvas.controller.relayout)
    menu.addAction(translate("Canvas", "Select all neurons"), canvas.scene.select_all_neurons)

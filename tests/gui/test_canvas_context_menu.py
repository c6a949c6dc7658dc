"""Right-click on the canvas: a real context-menu event on the view's viewport opens the menu for what lies
under the pointer, selects it, and each entry is one undo step."""

import numpy as np
from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from test_canvas_edits import connection_point, header_point, neuron_point

from nnstudio.document.layout import auto_layout


def right_click(window, qtbot, point: QPoint):
    """Send the event a right mouse button sends; returns the menu that popped up."""
    vp = window.canvas.view.viewport()
    QApplication.sendEvent(vp, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, vp.mapToGlobal(point)))
    menu = window.canvas.context_menu
    qtbot.waitUntil(lambda: menu.isVisible())
    return menu


def entries(menu) -> dict:
    """Every action of the menu and its sub-menus by its text."""
    found = {}
    for action in menu.actions():
        if action.menu() is not None:
            found.update(entries(action.menu()))
        if action.text():
            found[action.text()] = action
    return found


def choose(menu, text: str) -> None:
    action = entries(menu)[text]
    assert action.isEnabled(), text
    action.trigger()
    menu.close()


def test_a_hidden_neurons_menu_selects_it_and_toggles_its_layers_bias_as_one_undo_step(window, qtbot):
    doc, stack = window.document, window.undo_stack
    before, steps = doc.network.biases[1].copy(), stack.count()
    menu = right_click(window, qtbot, neuron_point(window, 1, 0))
    assert window.canvas.selection() == ("neuron", [(1, 0)])
    found = entries(menu)
    assert {"Rename…", "Edit bias…", "Delete h1.1", "Biases in Hidden 1", "Add a neuron to Hidden 1"} <= set(found)
    assert found["Biases in Hidden 1"].isChecked()
    assert "softmax" not in found  # a hidden layer cannot take softmax
    choose(menu, "Biases in Hidden 1")
    assert not doc.network.has_bias(1) and stack.count() == steps + 1
    stack.undo()
    assert doc.network.has_bias(1)
    np.testing.assert_array_equal(doc.network.biases[1], before)


def test_the_output_layers_title_offers_its_activations_softmax_included(window, qtbot):
    doc = window.document
    menu = right_click(window, qtbot, header_point(window, 2))
    assert window.canvas.selection() == ("layer", [2])
    found = entries(menu)
    assert found["sigmoid"].isChecked() and "softmax" in found
    assert "Add a neuron to Output" not in found  # the output's size comes from the data
    choose(menu, "tanh")
    assert doc.network.activations == ["sigmoid", "tanh"]
    window.undo_stack.undo()
    assert doc.network.activations == ["sigmoid", "sigmoid"]


def test_adding_and_removing_a_hidden_neuron_from_the_menu(window, qtbot):
    doc = window.document
    choose(right_click(window, qtbot, neuron_point(window, 1, 1)), "Add a neuron to Hidden 1")
    assert doc.sizes == [2, 3, 1]
    choose(right_click(window, qtbot, neuron_point(window, 1, 2)), "Remove a neuron from Hidden 1")
    assert doc.sizes == [2, 2, 1]


def test_a_connections_menu_deletes_it_and_undo_brings_back_its_weight(window, qtbot):
    doc = window.document
    weight = float(doc.network.weights[1][0, 1])
    menu = right_click(window, qtbot, connection_point(window, 1, 0, 1))
    assert window.canvas.selection() == ("connection", [(1, 0, 1)])
    choose(menu, "Delete connection")
    assert doc.is_masked(1, 0, 1) and doc.network.weights[1][0, 1] == 0
    window.undo_stack.undo()
    assert not doc.is_masked(1, 0, 1) and doc.network.weights[1][0, 1] == weight


def test_an_input_neuron_has_no_layer_edits(window, qtbot):
    found = entries(right_click(window, qtbot, neuron_point(window, 0, 0)))
    assert "Rename…" in found and "Edit bias…" not in found
    assert not found["The input layer passes the features on unchanged"].isEnabled()
    assert not any(text.startswith("Activation") for text in found)


def test_the_background_menu_tidies_the_layout(window, qtbot):
    doc = window.document
    x, y = doc.position(1, 0)
    doc.set_positions({(1, 0): (x + 40, y + 300)})
    assert doc.positions != auto_layout(doc.sizes)
    menu = right_click(window, qtbot, QPoint(8, 8))
    assert window.canvas.selection() == ("none", [])
    choose(menu, "Re-layout")
    assert doc.positions == auto_layout(doc.sizes)

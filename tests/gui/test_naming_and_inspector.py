"""One naming scheme (canvas, inspector, undo texts, step-through, Lab) and an inspector that follows
deletions and shows readable numbers with the exact value on hover and edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from nnstudio.canvas.tooltips import connection_tooltip
from nnstudio.document.naming import Names
from nnstudio.widgets.number_entry import NumberEntry as NumberEdit


def _labels_text(inspector) -> str:
    return " ".join(label.text() for label in inspector.widget().findChildren(QLabel))


def test_names_follow_labels_and_defaults():
    names = Names([["age", "x"], None, None, None], [2, 3, 2, 1])
    assert names.neuron(0, 0) == "age" and names.neuron(1, 2) == "h1.3" and names.neuron(3, 0) == "ŷ1"
    assert names.connection(2, 1, 0) == "h1.1 → h2.2"
    assert names.layer(0) == "Input" and names.layer(2) == "Hidden 2" and names.layer(3) == "Output"


def test_undo_texts_name_things_as_the_canvas_does(window, qtbot):
    doc, stack, ctl = window.document, window.undo_stack, window.controller
    window.canvas.select("connection", [(2, 0, 1)])
    qtbot.waitUntil(lambda: window.inspector.findChildren(NumberEdit) != [])
    box = window.inspector.findChildren(NumberEdit)[0]
    box.setText("0.5")
    box.editingFinished.emit()
    name = f"{doc.neuron_label(1, 1)} → {doc.neuron_label(2, 0)}"
    assert name == "h1.2 → xor"
    assert stack.text(stack.count() - 1) == f"Set weight {name}"
    # the inspector's title and the canvas tooltip use the same words
    qtbot.waitUntil(lambda: name in _labels_text(window.inspector))
    assert doc.names.connection(2, 0, 1) == name
    assert "h1.2" in connection_tooltip(doc, 2, 0, 1)
    window.canvas.select("neuron", [(1, 0)])
    qtbot.waitUntil(lambda: "neuron 1 of" in _labels_text(window.inspector))
    box = window.inspector.findChildren(NumberEdit)[0]
    box.setText("-1")
    box.editingFinished.emit()
    assert stack.text(stack.count() - 1) == "Set bias of h1.1"
    ctl.add_neuron(1)
    assert stack.text(stack.count() - 1) == "Add neuron to Hidden 1"


def test_step_through_explains_with_the_canvas_names(qtbot, tmp_path):
    from test_stepper_scenes import mazur_file, open_window

    w = open_window(mazur_file(tmp_path), tmp_path)
    qtbot.addWidget(w)
    parts = w.panels["stepper"]
    parts.action.trigger()
    parts.controller.to_end()
    w.canvas.select("connection", [(1, 0, 1)])
    from nnstudio.stepper.explain import explain

    st = parts.controller.st
    assert explain(st, (1, 0, 1)).title.startswith("Connection i2 → h1.1")
    assert explain(st, (2, 1)).title.startswith("Neuron o2")
    parts.controller.restart()
    w.undo_stack.setClean()
    w.close()


def test_inspector_follows_deletions(window, qtbot):
    window.canvas.select("connection", [(2, 0, 1)])
    qtbot.waitUntil(lambda: any(b.text() == "Delete connection" for b in window.inspector.findChildren(QPushButton)))
    delete = next(b for b in window.inspector.findChildren(QPushButton) if b.text() == "Delete connection")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert window.document.is_masked(2, 0, 1)
    qtbot.waitUntil(lambda: not any(b.text() == "Delete connection"
                                    for b in window.inspector.findChildren(QPushButton)))
    assert window.canvas.selection() == ("none", [])
    assert "→" not in _labels_text(window.inspector)
    assert window.undo_stack.text(window.undo_stack.count() - 1) == "Delete connection h1.2 → xor"
    # a removed neuron too
    window.undo_stack.undo()
    window.canvas.select("neuron", [(1, 1)])
    qtbot.waitUntil(lambda: any(b.text() == "Remove neuron" for b in window.inspector.findChildren(QPushButton)))
    remove = next(b for b in window.inspector.findChildren(QPushButton) if b.text() == "Remove neuron")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert window.document.sizes[1] == 1
    qtbot.waitUntil(lambda: window.inspector.findChildren(NumberEdit) == [])


def test_inspector_numbers_are_readable_with_the_exact_value_on_hover_and_edit(window, qtbot):
    doc = window.document
    window.controller.push(__import__("nnstudio.document.commands", fromlist=["x"]).SetWeightCommand,
                           2, 0, 1, 0.903895435762395)
    window.canvas.select("connection", [(2, 0, 1)])
    qtbot.waitUntil(lambda: window.inspector.findChildren(NumberEdit) != [])
    box = window.inspector.findChildren(NumberEdit)[0]
    assert box.text() == "0.9039"
    assert "0.903895435762395" in box.toolTip()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    assert box.text() == "0.903895435762395"
    qtbot.keyClicks(box, "")
    box.selectAll()
    qtbot.keyClicks(box, "0.25")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert doc.network.weights[2][0, 1] == 0.25


def test_a_new_file_does_not_wait_behind_a_live_refresh(window, qtbot, tmp_path):
    """Training or stepping refreshes the inspector a few times a second; opening another file meanwhile
    shows the new network at once, not the old one until the live refresh comes due."""
    from nnstudio.app.inspector import LIVE_DELAY_MS
    from nnstudio.engine.network import Network
    from nnstudio.io import netfile

    path = tmp_path / "other.nnet"
    netfile.save(netfile.network_file_for(Network([2, 4, 3], ["tanh", "softmax"], "cross_entropy", seed=3),
                                          name="Three blobs, 2-4-3 softmax"), path)
    qtbot.wait(50)
    doc = window.document
    doc.replace_parameters(doc.network.params.copy(), source="training")  # a live refresh is now pending
    assert window.open_file(str(path), ask=False)
    qtbot.waitUntil(lambda: "Three blobs, 2-4-3 softmax" in _labels_text(window.inspector),
                    timeout=LIVE_DELAY_MS // 2)
    assert "2 – 4 – 3" in _labels_text(window.inspector)

"""A layer without bias in the GUI: the inspector's checkbox is one undoable edit, the canvas draws
no bias ring for it, the inspector and the tooltip say "no bias"."""

from PySide6.QtWidgets import QCheckBox, QLabel

from nnstudio.canvas.tooltips import neuron_tooltip


def _labels(window):
    return [w.text() for w in window.inspector.widget().findChildren(QLabel)]


def test_the_inspector_turns_a_layers_bias_off_as_one_undoable_edit(window, qtbot):
    doc, stack, scene = window.document, window.undo_stack, window.canvas.scene
    assert all(item._ring is not None for item in scene.neurons[1])
    window.canvas.select("layer", [1])
    qtbot.waitUntil(lambda: window.inspector.widget().findChildren(QCheckBox) != [])
    box = window.inspector.widget().findChildren(QCheckBox)[0]
    assert box.isChecked()
    box.setChecked(False)
    assert stack.count() == 1 and not doc.network.has_bias(1) and not doc.network.biases[1].any()
    qtbot.waitUntil(lambda: all(item._ring is None for item in window.canvas.scene.neurons[1]))
    assert all(item._ring is not None for item in window.canvas.scene.neurons[2])
    assert "no bias" in neuron_tooltip(doc, 1, 0)
    window.canvas.select("neuron", [(1, 0)])
    qtbot.waitUntil(lambda: any("no bias" in t for t in _labels(window)))
    assert window.canvas.scene.value_target() is None  # the wheel has no bias to change
    stack.undo()
    assert doc.network.has_bias(1)
    qtbot.waitUntil(lambda: all(item._ring is not None for item in window.canvas.scene.neurons[1]))


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


def test_the_step_through_draws_the_connections_dropconnect_dropped_as_dropped(window, qtbot):
    import dataclasses

    import numpy as np

    from nnstudio.document import commands as C
    from nnstudio.stepper.install import install

    if not hasattr(window, "stepper"):
        install(window)
    doc = window.document
    window.undo_stack.push(C.SetTrainingSettingsCommand(doc, dataclasses.replace(doc.training, dropconnect=0.5,
                                                                                 seed=4)))
    window.stepper.use_typed([0.5, -0.3], [1.0])
    window.stepper_action.trigger()
    st = window.stepper.st
    assert st is not None and st.dropconnect == 0.5
    item = window.canvas.scene.connections
    expected = np.concatenate([st.dropped(l).ravel() for l in (1, 2)])
    assert expected.any() and not expected.all()
    np.testing.assert_array_equal(item.dropped, expected)
    assert len(item._dropped_lines) == expected.sum()
    window.stepper_action.trigger()  # leaving clears the overlay: nothing is drawn dropped any more
    qtbot.waitUntil(lambda: not window.canvas.scene.connections.dropped.any())

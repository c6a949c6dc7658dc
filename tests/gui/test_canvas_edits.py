"""Editing with real mouse gestures on the canvas; undo all → original, redo all → edited."""

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from nnstudio.app import dialogs

LEFT = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier


def view_point(window, scene_point) -> QPoint:
    return window.canvas.view.mapFromScene(scene_point)


def neuron_point(window, l, j) -> QPoint:
    return view_point(window, window.canvas.scene.neurons[l][j].scenePos())


def connection_point(window, l, j, i, t=0.22) -> QPoint:
    scene = window.canvas.scene
    a = scene.neurons[l - 1][i].scenePos()
    b = scene.neurons[l][j].scenePos()
    return view_point(window, a + (b - a) * t)


def header_point(window, l) -> QPoint:
    p = view_point(window, window.canvas.scene.headers[l].scenePos())
    return p + QPoint(0, -10)


def drag(window, a: QPoint, b: QPoint, modifier=NOMOD, steps=6):
    vp = window.canvas.view.viewport()
    QTest.mousePress(vp, LEFT, modifier, a)
    for k in range(1, steps + 1):
        QTest.mouseMove(vp, a + (b - a) * (k / steps))
    QTest.mouseRelease(vp, LEFT, modifier, b)


def click(window, p: QPoint, modifier=NOMOD):
    QTest.mouseClick(window.canvas.view.viewport(), LEFT, modifier, p)


def snapshot(doc):
    return doc.structure(), doc.training


def equal(a, b):
    return a[0].same_as(b[0]) and a[1] == b[1]


def test_edit_sequence_then_undo_all_and_redo_all(window, qtbot, monkeypatch):
    doc, stack, scene = window.document, window.undo_stack, window.canvas.scene
    original = snapshot(doc)
    answers = iter([0.75, -0.5])
    window.controller.ask_number = lambda *args: next(answers)

    # 1. add a layer (through the menu action and its dialog)
    def accept(dialog):
        dialog.position.setCurrentIndex(1)  # after Hidden 1
        dialog.size.setValue(3)
        dialog.activation.setCurrentIndex(dialog.activation.findData("tanh"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.AddLayerDialog, "exec", accept)
    window.act_add_layer.trigger()
    assert doc.sizes == [2, 2, 3, 1]
    # 2. add a neuron: click the layer's title, then Network ▸ Add Neuron
    click(window, header_point(window, 2))
    assert window.canvas.selection() == ("layer", [2])
    window.act_add_neuron.trigger()
    assert doc.sizes == [2, 2, 4, 1]
    # 3. drag a neuron: one undo step with the position at release
    before = doc.position(0, 0)
    a = neuron_point(window, 0, 0)
    drag(window, a, a + QPoint(-30, 25))
    moved = doc.position(0, 0)
    assert moved != before
    assert scene.neurons[0][0].pos() == QPointF(*moved)
    # 4. delete a connection: click on it, press Delete
    click(window, connection_point(window, 1, 0, 0))
    assert window.canvas.selection() == ("connection", [(1, 0, 0)])
    window.act_delete.trigger()
    assert doc.is_masked(1, 0, 0) and doc.network.weights[1][0, 0] == 0
    # 5. restore it by Ctrl+dragging from x1 to the hidden neuron
    drag(window, neuron_point(window, 0, 0), neuron_point(window, 1, 0), Qt.KeyboardModifier.ControlModifier)
    assert not doc.is_masked(1, 0, 0) and doc.network.weights[1][0, 0] != 0
    # 6. edit a weight by double-click (exact value)
    QTest.mouseDClick(window.canvas.view.viewport(), LEFT, NOMOD, connection_point(window, 3, 0, 1, t=0.5))
    assert doc.network.weights[3][0, 1] == 0.75
    # 7. edit a bias by double-click on a neuron
    QTest.mouseDClick(window.canvas.view.viewport(), LEFT, NOMOD, neuron_point(window, 1, 1))
    assert doc.network.biases[1][1] == -0.5
    # 8. change an activation
    assert window.controller.set_activation(1, "relu")
    assert doc.network.activations[0] == "relu"

    edited = snapshot(doc)
    assert stack.count() == 8, [stack.text(k) for k in range(stack.count())]
    assert window.isWindowModified()
    while stack.canUndo():
        stack.undo()
    assert equal(snapshot(doc), original)
    assert not window.isWindowModified()
    while stack.canRedo():
        stack.redo()
    assert equal(snapshot(doc), edited)
    # the scene follows the document
    assert [len(c) for c in scene.neurons] == doc.sizes
    assert scene.neurons[0][0].pos() == QPointF(*doc.position(0, 0))


def test_refused_edits_show_a_status_message(window, qtbot):
    doc, stack = window.document, window.undo_stack
    messages = []
    window.canvas.statusMessage.connect(messages.append)
    # remove the last output neuron
    click(window, neuron_point(window, 2, 0))
    window.act_delete.trigger()
    # connect backwards and within a layer
    drag(window, neuron_point(window, 1, 0), neuron_point(window, 0, 1), Qt.KeyboardModifier.ControlModifier)
    drag(window, neuron_point(window, 0, 0), neuron_point(window, 0, 1), Qt.KeyboardModifier.ControlModifier)
    # connect an existing connection
    drag(window, neuron_point(window, 0, 0), neuron_point(window, 1, 1), Qt.KeyboardModifier.ControlModifier)
    assert stack.count() == 0
    assert doc.sizes == [2, 2, 1]
    assert len(messages) == 4
    assert "last neuron of the output layer" in messages[0]
    assert "forward" in messages[1] and "same layer" in messages[2] and "already connected" in messages[3]


def test_rubber_band_selects_and_drag_moves_many_in_one_step(window, qtbot):
    doc = window.document
    a = neuron_point(window, 0, 0) + QPoint(-25, -25)
    b = neuron_point(window, 1, 1) + QPoint(25, 25)
    drag(window, a, b)
    kind, ids = window.canvas.selection()
    assert kind == "neuron" and set(ids) == {(0, 0), (0, 1), (1, 0), (1, 1)}
    before = [doc.position(*i) for i in ids]
    p = neuron_point(window, 1, 0)
    drag(window, p, p + QPoint(40, 0))
    assert window.undo_stack.count() == 1
    after = [doc.position(*i) for i in ids]
    shift = after[0][0] - before[0][0]
    assert all(np.isclose(x1 - x0, shift) for (x0, _), (x1, _) in zip(before, after, strict=True))
    window.undo_stack.undo()
    assert [doc.position(*i) for i in ids] == before


def test_wheel_and_alt_drag_change_values_coarsely_in_one_step(window, qtbot):
    doc, stack = window.document, window.undo_stack
    click(window, neuron_point(window, 1, 0))
    b0 = doc.network.biases[1][0]
    for _ in range(3):
        window.canvas.scene.wheel_nudge(1.0)
    assert doc.network.biases[1][0] == round(b0 + 0.3, 6)
    assert stack.count() == 1
    p = neuron_point(window, 1, 0)
    drag(window, p, p + QPoint(0, -20), Qt.KeyboardModifier.AltModifier)
    assert stack.count() == 2
    assert doc.network.biases[1][0] > b0 + 0.3
    assert doc.position(1, 0) == tuple(doc.structure().positions[1][0])  # Alt+drag did not move it


def test_tooltips_explain_neurons_and_connections(window, qtbot):
    scene, doc = window.canvas.scene, window.document
    doc.set_preview_input([1.0, 0.0])
    text = scene.tooltip_at(scene.neurons[1][0].scenePos())
    assert "activation <b>sigmoid</b>" in text and "bias b =" in text and "z =" in text and "σ(z)" in text
    a = scene.neurons[0][1].scenePos()
    b = scene.neurons[1][1].scenePos()
    text = scene.tooltip_at(a + (b - a) * 0.22, window.canvas.view.zoom())
    w = doc.network.weights[1][1, 1]
    assert "x2 → h1.2" in text and f"{w:.4g}" in text


def test_overlay_thumbnails_and_selection_hooks(window, qtbot):
    from PySide6.QtGui import QImage

    canvas, doc = window.canvas, window.document
    seen = []
    canvas.selectionChangedTo.connect(lambda kind, ids: seen.append((kind, ids)))
    grads = [None] + [np.full_like(doc.network.weights[l], 0.01 * l) for l in (1, 2)]
    canvas.set_overlay({(1, 0): "z = 0.5\na = 0.62"}, {(2, 0, 1): "∂L/∂w = 0.02"}, highlight_layer=1,
                       connection_values=grads, value_name="∂L/∂w")
    assert len(canvas.scene._badges) == 1 and canvas.scene._band is not None
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    canvas.set_neuron_thumbnails({(1, 0): image})
    canvas.select("connection", [(2, 0, 1)])
    assert seen[-1] == ("connection", [(2, 0, 1)])
    assert "∂L/∂w = 0.02" in canvas.scene.tooltip_at(
        canvas.scene.neurons[1][1].scenePos() + (canvas.scene.neurons[2][0].scenePos()
                                                 - canvas.scene.neurons[1][1].scenePos()) * 0.5, 1.0)
    canvas.clear_overlay()
    assert canvas.scene._badges == [] and canvas.scene._band is None
    canvas.render_image()


def test_zoom_pan_fit_select_all_and_delete_a_layer(window, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent, QWheelEvent

    view = window.canvas.view
    vp = view.viewport()
    z0 = view.zoom()
    centre = QPointF(vp.width() / 2, vp.height() / 2)
    wheel = QWheelEvent(centre, view.mapToGlobal(centre.toPoint()).toPointF(), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, NOMOD, Qt.ScrollPhase.NoScrollPhase, False)
    view.wheelEvent(wheel)
    assert view.zoom() > z0
    # middle-button pan
    h0 = view.horizontalScrollBar().value()
    QTest.mousePress(vp, Qt.MouseButton.MiddleButton, NOMOD, QPoint(300, 300))
    QTest.mouseMove(vp, QPoint(200, 300))
    QTest.mouseRelease(vp, Qt.MouseButton.MiddleButton, NOMOD, QPoint(200, 300))
    assert view.horizontalScrollBar().value() != h0
    # space + drag pans and moves nothing
    h1 = view.horizontalScrollBar().value()
    view.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Space, NOMOD))
    drag(window, QPoint(300, 300), QPoint(380, 300))
    view.keyReleaseEvent(QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Space, NOMOD))
    assert view.horizontalScrollBar().value() != h1 and window.undo_stack.count() == 0
    window.act_fit.trigger()
    for l, column in enumerate(window.canvas.scene.neurons):
        for item in column:
            assert vp.rect().contains(view.mapFromScene(item.scenePos())), (l, item.index)
    window.act_select_all.trigger()
    assert window.canvas.selection() == ("neuron", [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0)])
    window.canvas.select("layer", [1])
    window.act_delete.trigger()
    assert window.document.sizes == [2, 1]
    window.undo_stack.undo()
    assert window.document.sizes == [2, 2, 1]

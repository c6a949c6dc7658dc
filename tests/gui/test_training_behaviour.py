"""Training as learners expect it: Play runs until paused, a speed control down to one step per frame,
Space anywhere (not in text fields), layout gestures never pause, edits of the maths pause, commit and
resume, Reset draws fresh weights, and a divergence is named with one click back."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from test_training_run import SINE, make_window

from nnstudio.document import commands as C
from nnstudio.engine.datasets import make_dataset
from nnstudio.engine.divergence import LOSS_FACTOR, LOSS_MARGIN
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainingSettings
from nnstudio.training.controller import DIVERGED_STATE
from nnstudio.training.panel.run_bar import SPEEDS

pytestmark = pytest.mark.usefixtures("no_training_left_running")


@pytest.fixture
def app(example_window):
    w = example_window
    parts = w.panels["training"]
    w.training, w.run_bar = parts.controller, parts.panel.run_bar
    return w


def _neuron_point(w, l, j) -> QPoint:
    item = w.canvas.scene.neurons[l][j]
    return w.canvas.view.mapFromScene(item.scenePos())


def test_play_trains_until_paused_past_the_epoch_setting(qtbot, app):
    ctl = app.training
    target = int(app.document.training.epochs)
    qtbot.mouseClick(app.run_bar.play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.running and ctl.trainer is not None and ctl.trainer.epoch > target + 50,
                    timeout=20000)
    assert ctl.running                     # no stop at the epoch setting
    qtbot.mouseClick(app.run_bar.play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ctl.running, timeout=5000)
    assert ctl.state == "paused" and ctl.epoch > target


def _steps_per_second(qtbot, ctl, seconds=1.0) -> float:
    start = ctl.trainer.step if ctl.trainer is not None else 0
    qtbot.wait(int(seconds * 1000))
    return (ctl.trainer.step - start) / seconds


def test_speed_control_from_one_step_per_frame_to_full_speed(qtbot, app):
    ctl, bar = app.training, app.run_bar
    assert bar.speed.isVisible()
    bar.speed.setValue(0)
    assert "slow motion" in bar.speed_label.text() and ctl.max_rate == SPEEDS[0]
    qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.running and ctl.trainer is not None and ctl.trainer.step > 3, timeout=5000)
    slow = _steps_per_second(qtbot, ctl, 1.5)
    assert 10 <= slow <= 45, slow          # about one weight update per frame (30 frames/s)
    bar.speed.setValue(bar.speed.maximum())  # applies while running
    assert bar.speed_label.text() == "full speed" and ctl.max_rate is None
    qtbot.wait(300)
    fast = _steps_per_second(qtbot, ctl, 1.0)
    assert fast > 20 * slow, (slow, fast)
    ctl.pause()


def test_space_plays_and_pauses_from_anywhere_but_text_fields(qtbot, app):
    ctl = app.training
    view = app.canvas.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)          # a tap on the canvas
    qtbot.waitUntil(lambda: ctl.running, timeout=5000)
    plots = app.panels["training"].plots
    plots.setFocus()
    qtbot.keyClick(plots, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not ctl.running, timeout=5000)
    # in a text field Space is a character, not Play
    edit = app.inspector.findChild(QLineEdit) or app.panels["training"].panel.findChild(QLineEdit)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_Space)
    qtbot.wait(200)
    assert not ctl.running
    # on the canvas, Space held while dragging pans (and does not toggle)
    view.setFocus()
    view.zoom_by(4.0, anchor_under_mouse=False)     # room to pan
    h = view.horizontalScrollBar().value()
    QTest.keyPress(view, Qt.Key.Key_Space)
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(300, 200))
    QTest.mouseMove(vp, QPoint(250, 200))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(250, 200))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    qtbot.wait(200)
    assert view.horizontalScrollBar().value() != h and not ctl.running


def test_layout_gestures_never_pause_but_math_edits_pause_commit_and_resume(qtbot, app):
    ctl, doc, stack = app.training, app.document, app.undo_stack
    app.run_bar.speed.setValue(2)                   # a steady pace
    ctl.play()
    qtbot.waitUntil(lambda: ctl.running and ctl.trainer is not None and ctl.trainer.step > 5, timeout=5000)
    vp = app.canvas.view.viewport()
    # drag a neuron
    a = _neuron_point(app, 1, 0)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for k in range(1, 6):
        QTest.mouseMove(vp, a + QPoint(0, 6 * k))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a + QPoint(0, 30))
    qtbot.wait(100)
    assert ctl.running and stack.text(stack.index() - 1).startswith("Move")
    # select by clicking, select nothing, zoom with the wheel
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _neuron_point(app, 0, 0))
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))
    zoom = app.canvas.view.zoom()
    app.canvas.view.zoom_by(1.2)
    qtbot.wait(100)
    assert ctl.running and app.canvas.view.zoom() != zoom
    # an edit of the maths: pause, commit the run, apply the edit, resume
    assert app.canvas.controller.push(C.SetBiasCommand, 1, 0, 0.25)
    assert not ctl.running
    assert stack.text(stack.index() - 1) == f"Set bias of {doc.neuron_label(1, 0)}"
    assert stack.text(stack.index() - 2).startswith("Train ")
    assert doc.network.biases[1][0] == 0.25
    qtbot.waitUntil(lambda: ctl.running, timeout=3000)   # and it goes on by itself
    ctl.pause()


def test_reset_draws_fresh_weights_with_a_new_seed_unless_locked(qtbot, app):
    ctl, doc, bar = app.training, app.document, app.run_bar
    plots = app.panels["training"].plots
    ctl.play()
    qtbot.waitUntil(lambda: ctl.trainer is not None and ctl.trainer.epoch > 40, timeout=10000)
    ctl.pause()
    qtbot.waitUntil(lambda: plots.loss.readout.text().startswith("epoch"), timeout=3000)
    seed, before = int(doc.training.seed), doc.network.params.copy()
    qtbot.mouseClick(bar.reset, Qt.MouseButton.LeftButton)
    assert int(doc.training.seed) == seed + 1
    assert bar.seed_label.text() == f"Weights seed {seed + 1}"
    assert not np.array_equal(doc.network.params, before)
    qtbot.waitUntil(lambda: plots.loss.readout.text().strip() == "", timeout=3000)
    x_range = plots.loss.loss_plot.vb.viewRange()[0]
    assert x_range[1] <= 11
    assert ctl.epoch == 0
    # locked: the same seed, the same fresh weights
    bar.lock_seed.setChecked(True)
    first = doc.network.params.copy()
    qtbot.mouseClick(bar.reset, Qt.MouseButton.LeftButton)
    assert int(doc.training.seed) == seed + 1 and np.array_equal(doc.network.params, first)


def test_divergence_banner_names_the_learning_rate_and_goes_back(qtbot):
    net = Network([1, 16, 1], ["relu", "identity"], "mse", seed=2)
    w = make_window(qtbot, net, dict(SINE), TrainingSettings(learning_rate=100.0, batch_size=10))
    ctl, doc, bar = w.training, w.document, w.training_panel.run_bar
    ds = make_dataset(SINE["name"], **{k: v for k, v in SINE.items() if k != "name"})
    X, Y = ds.X_train, ds.targets(ds.y_train, 1)
    start_loss = doc.network.loss_value(X, Y)
    try:
        qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: ctl.state == DIVERGED_STATE, timeout=10000)
        assert not ctl.running
        assert bar.banner.isVisible() and bar.back.isEnabled()
        text = bar.banner_text.text()
        assert "the loss is diverging — the learning rate is probably too large (η = 100)" in text.lower()
        good = ctl.last_good[0].copy()
        assert np.isfinite(good).all()
        judge = Network(net.sizes, net.activations, net.loss)   # the engine process's own last good state:
        np.copyto(judge.params, good)                          # healthy by the divergence rule
        assert judge.loss_value(X, Y) <= max(LOSS_FACTOR * start_loss, start_loss + LOSS_MARGIN)
        qtbot.mouseClick(bar.back, Qt.MouseButton.LeftButton)
        assert np.array_equal(doc.network.params, good)
        assert w.undo_stack.text(w.undo_stack.count() - 1).startswith("Back to the last good weights")
        assert not bar.banner.isVisible()
        w.undo_stack.push(C.SetTrainingSettingsCommand(doc, dataclasses.replace(doc.training, learning_rate=0.01)))
        assert ctl.step_batch() and np.isfinite(doc.network.params).all()
    finally:
        ctl.shutdown()


def test_one_activation_for_the_hidden_layers_is_one_undo_step(qtbot, app):
    doc, stack = app.document, app.undo_stack
    app.canvas.layer_controls.add_layer()                   # two hidden layers
    box = app.panels["training"].panel.settings_box
    assert box.activation.isVisible()
    count = stack.count()
    box.activation.setCurrentIndex(box.activation.findData("relu"))
    box.activation.activated.emit(box.activation.currentIndex())
    assert doc.network.activations[:-1] == ["relu", "relu"]
    assert stack.count() == count + 1 and "activation" in stack.text(stack.count() - 1)
    stack.undo()
    assert "relu" not in doc.network.activations


def test_the_final_snapshot_of_a_diverged_run_sets_the_weights_to_go_back_to(qtbot):
    """The run's last frame may be finite yet already exploding: the controller keeps the engine's own
    last good state that the final snapshot carries, not its last frame."""
    from nnstudio.training.worker import Snapshot

    net = Network([1, 16, 1], ["relu", "identity"], "mse", seed=2)
    w = make_window(qtbot, net, dict(SINE), TrainingSettings(learning_rate=0.1, batch_size=10))
    ctl = w.training
    try:
        frame = np.full_like(net.params, 1e6)          # finite, but far from healthy
        good = np.linspace(-1, 1, net.params.size)
        ctl._absorb(Snapshot(1, frame, 7, 70, None, 0, 0.0), write=False)
        assert ctl.last_good[1:] == (7, 70)
        ctl._absorb(Snapshot(2, frame * 10, 9, 95, None, 0, 0.0, "diverged", "", (good, 6, 60)), write=False)
        assert ctl.last_good[1:] == (6, 60)
        np.testing.assert_array_equal(ctl.last_good[0], good)
    finally:
        ctl.shutdown()

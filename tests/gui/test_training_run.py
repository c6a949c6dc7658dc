"""Training in the app: the controller, the engine process, the worker thread and the undo commands."""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import pytest
from bare_host import BareHost, installed

from nnstudio.document import NetworkDocument
from nnstudio.document import commands as C
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings
from nnstudio.io import netfile
from nnstudio.io.dataset_block import load
from nnstudio.training import threads
from nnstudio.training.controller import DIVERGED_STATE, IDLE, PAUSED, RUNNING
from nnstudio.training.install import install

XOR = {"name": "xor", "samples": 200, "noise": 0.1, "test_fraction": 0.3, "seed": 1}
SINE = {"name": "sine", "samples": 200, "noise": 0.1, "test_fraction": 0.3, "seed": 1}


pytestmark = pytest.mark.usefixtures("no_training_left_running")


def make_window(qtbot, net: Network, dataset: dict, settings: TrainingSettings | None = None):
    """A stand-in main window: a QMainWindow with a document and an undo stack, plus the training docks."""
    w = BareHost(NetworkDocument(net, dataset=dataset, training=settings or TrainingSettings()))
    qtbot.addWidget(w)
    installed(w, install(w))
    w.resize(1200, 800)
    w.show()
    return w


@pytest.fixture
def xor_window(qtbot):
    net = Network([2, 8, 1], ["tanh", "sigmoid"], "bce", seed=1)
    w = make_window(qtbot, net, dict(XOR), TrainingSettings(learning_rate=0.5, batch_size=10, seed=1))
    yield w
    w.training.shutdown()


def test_xor_trains_then_pause_commits_one_undo_step(qtbot, xor_window):
    ctl, doc, stack = xor_window.training, xor_window.document, xor_window.undo_stack
    before = doc.network.params.copy()
    ctl.until_stopped = True
    assert ctl.play()
    qtbot.waitUntil(lambda: ctl.progress is not None and ctl.progress.train_loss < 0.1, timeout=20000)
    assert ctl.state == RUNNING
    ctl.pause()
    assert ctl.state == PAUSED and not ctl.running
    trained = doc.network.params.copy()
    assert not np.array_equal(trained, before)
    assert stack.count() == 1 and stack.text(0).startswith("Train ") and "epoch" in stack.text(0)
    assert len(doc.history["epoch"]) == len(ctl.history) > 0
    stack.undo()
    assert np.array_equal(doc.network.params, before)
    assert doc.history == {}
    stack.redo()
    assert np.array_equal(doc.network.params, trained)


def test_resume_continues_the_run_and_counts_epochs(qtbot, xor_window):
    ctl, stack = xor_window.training, xor_window.undo_stack
    ctl.until_stopped = True
    ctl.play()
    qtbot.waitUntil(lambda: ctl.epoch >= 20, timeout=10000)
    ctl.pause()
    first = ctl.epoch
    ctl.play()
    qtbot.waitUntil(lambda: ctl.epoch >= first + 20, timeout=10000)
    ctl.pause()
    assert stack.count() == 2
    assert ctl.history.rows[-1][0] == ctl.epoch
    epochs = ctl.history.column("epoch")
    assert epochs == sorted(epochs)


def test_epoch_limit_ends_with_done(qtbot, xor_window):
    ctl, doc = xor_window.training, xor_window.document
    stack = xor_window.undo_stack
    stack.push(C.SetTrainingSettingsCommand(doc, dataclasses.replace(doc.training, epochs=30)))
    ctl.play()
    qtbot.waitUntil(lambda: not ctl.running, timeout=10000)
    assert ctl.state == "done"
    assert ctl.epoch == 30
    assert stack.text(stack.count() - 1) == "Train 30 epochs"


def test_learning_rate_100_diverges_without_exception_and_reset_recovers(qtbot):
    net = Network([1, 16, 1], ["relu", "identity"], "mse", seed=2)
    w = make_window(qtbot, net, dict(SINE), TrainingSettings(learning_rate=100.0, batch_size=10))
    ctl, doc = w.training, w.document
    try:
        before = doc.network.params.copy()
        ctl.until_stopped = True
        ctl.play()
        qtbot.waitUntil(lambda: ctl.state == DIVERGED_STATE, timeout=10000)
        assert "lower the learning rate" in ctl.status_text
        assert not ctl.running
        assert np.array_equal(doc.network.params, before)  # back to the weights before the run
        assert w.undo_stack.count() == 0
        assert w.training_panel.run_bar.status.text() == ctl.status_text
        ctl.reset()
        assert ctl.state == IDLE
        assert np.isfinite(doc.network.params).all()
        w.undo_stack.push(C.SetTrainingSettingsCommand(doc, dataclasses.replace(doc.training, learning_rate=0.01)))
        assert ctl.step_batch()
        assert np.isfinite(doc.network.params).all()
    finally:
        ctl.shutdown()


def test_step_one_batch_is_exactly_one_engine_step(qtbot, xor_window):
    ctl, doc = xor_window.training, xor_window.document
    ds = load(XOR).dataset
    reference = Trainer(doc.network.copy(), TrainData(ds.X_train, ds.targets(ds.y_train, 1), ds.X_test,
                                                      ds.targets(ds.y_test, 1), ds.task),
                        dataclasses.replace(doc.training))
    before = doc.network.params.copy()
    reference.train_batch()
    assert ctl.step_batch()
    assert np.array_equal(doc.network.params, reference.net.params)
    assert xor_window.undo_stack.text(0) == "Train 1 step"
    reference.train_batch()
    assert ctl.step_batch()
    assert np.array_equal(doc.network.params, reference.net.params)
    xor_window.undo_stack.undo()
    xor_window.undo_stack.undo()
    assert np.array_equal(doc.network.params, before)


def test_step_one_epoch(qtbot, xor_window):
    ctl = xor_window.training
    assert ctl.step_epoch()
    qtbot.waitUntil(lambda: not ctl.running, timeout=10000)
    assert ctl.epoch == 1 and ctl.step == 14  # 140 training samples in batches of 10
    assert xor_window.undo_stack.text(0) == "Train 1 epoch"


def test_close_during_training_exits_within_one_second(qtbot):
    net = Network([2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "bce", seed=1)
    w = make_window(qtbot, net, dict(XOR), TrainingSettings(learning_rate=0.3))
    ctl = w.training
    ctl.until_stopped = True
    ctl.play()
    qtbot.waitUntil(lambda: ctl.step > 500, timeout=10000)
    engine = ctl.engine
    start = time.perf_counter()
    w.close()
    ctl.shutdown()
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0
    assert not ctl.running and not threads.running()
    assert not engine.alive
    assert w.undo_stack.count() == 1  # the run was kept (paused before closing)


def test_an_edit_pauses_training_first_and_commits(qtbot, xor_window):
    ctl, doc, stack = xor_window.training, xor_window.document, xor_window.undo_stack
    ctl.until_stopped = True
    ctl.play()
    qtbot.waitUntil(lambda: ctl.step > 200, timeout=10000)
    ctl.pause_for_edit()
    assert not ctl.running and stack.count() == 1
    stack.push(C.SetWeightCommand(doc, 1, 0, 0, 0.25))
    assert doc.network.weights[1][0, 0] == 0.25
    stack.undo()
    stack.undo()
    assert stack.index() == 0


def test_an_unannounced_edit_stops_training_without_a_race(qtbot, xor_window):
    ctl, doc, stack = xor_window.training, xor_window.document, xor_window.undo_stack
    ctl.until_stopped = True
    ctl.play()
    qtbot.waitUntil(lambda: ctl.step > 200, timeout=10000)
    stack.push(C.SetBiasCommand(doc, 1, 0, 0.5))  # nobody called pause_for_edit
    assert not ctl.running and ctl.state == IDLE
    assert "changed" in ctl.status_text
    assert doc.network.biases[1][0] == 0.5
    assert stack.count() == 1  # the edit; the unsaved run was dropped


def test_learning_rate_changes_live_without_restart(qtbot, xor_window):
    ctl, doc, stack = xor_window.training, xor_window.document, xor_window.undo_stack
    ctl.until_stopped = True
    ctl.play()
    qtbot.waitUntil(lambda: ctl.step > 200, timeout=10000)
    worker = ctl._worker
    stack.push(C.SetTrainingSettingsCommand(doc, dataclasses.replace(doc.training, learning_rate=0.0)))
    qtbot.wait(150)
    assert ctl._worker is worker  # same run
    first = doc.network.params.copy()
    step = ctl.step
    qtbot.waitUntil(lambda: ctl.step > step + 200, timeout=10000)
    qtbot.wait(100)
    assert np.array_equal(doc.network.params, first)  # η = 0: steps go on, weights stay
    ctl.pause()


def test_optimizer_change_while_running_restarts_with_a_message(qtbot, xor_window):
    ctl, doc, stack = xor_window.training, xor_window.document, xor_window.undo_stack
    messages = []
    ctl.message.connect(messages.append)
    ctl.until_stopped = True
    ctl.play()
    qtbot.waitUntil(lambda: ctl.step > 100, timeout=10000)
    stack.push(C.SetTrainingSettingsCommand(doc, dataclasses.replace(doc.training, optimizer="adam",
                                                                       learning_rate=0.01)))
    assert ctl.running
    assert any("fresh optimiser" in m for m in messages)
    assert ctl.trainer.settings.optimizer == "adam"
    ctl.pause()


def test_history_is_saved_and_shown_again_on_load(qtbot, xor_window, tmp_path):
    ctl, doc = xor_window.training, xor_window.document
    ctl.until_stopped = True
    ctl.play()
    qtbot.waitUntil(lambda: len(ctl.history) > 5, timeout=10000)
    ctl.pause()
    rows = len(ctl.history)
    path = tmp_path / "trained.nnet"
    doc.save(path)
    doc.load_file(netfile.load(path), str(path))
    assert len(ctl.history) == rows
    loss = xor_window.plots_panel.loss
    qtbot.waitUntil(lambda: loss.arrays.n == rows, timeout=3000)
    assert ctl.epoch == int(ctl.history.rows[-1][0])


def test_in_thread_fallback_trains_and_commits(qtbot, xor_window):
    ctl = xor_window.training
    ctl.use_process = False
    ctl.until_stopped = True
    ctl.play()
    qtbot.waitUntil(lambda: ctl.progress is not None and ctl.step > 500, timeout=10000)
    ctl.pause()
    assert ctl.engine is None
    assert xor_window.undo_stack.count() == 1

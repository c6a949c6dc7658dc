"""The parts the training controller delegates to: the frame pacer, the data source, when a trainer
may continue, what a run commits, and a live change reaching a running loop."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from nnstudio.document import NetworkDocument
from nnstudio.engine.network import Network
from nnstudio.engine.training import Trainer, TrainingSettings
from nnstudio.training import pacing
from nnstudio.training.data_source import DataSource
from nnstudio.training.hosting import TrainerHost, can_continue
from nnstudio.training.loop import RUN, LiveChange, RunLoop
from nnstudio.training.segment import Segment

XOR = {"name": "xor", "samples": 60, "noise": 0.1, "test_fraction": 0.0, "seed": 1}


def test_the_pacer_writes_less_often_while_the_gui_is_busy_and_recovers(monkeypatch):
    clock = {"wall": 0.0, "cpu": 0.0}
    monkeypatch.setattr(pacing.time, "perf_counter", lambda: clock["wall"])
    monkeypatch.setattr(pacing.time, "thread_time", lambda: clock["cpu"])
    pacer = pacing.FramePacer()
    pacer.update()
    for _ in range(20):                        # the GUI thread busy 90 % of the time
        clock["wall"] += 0.025
        clock["cpu"] += 0.0225
        pacer.update()
    assert pacer.gui_busy > pacing.GUI_BUSY_HIGH and pacer.write_every > 5
    assert pacer.writes_on(0) and not pacer.writes_on(1)
    for _ in range(200):                       # idle again
        clock["wall"] += 0.025
        pacer.update()
    assert pacer.write_every == 1 and pacer.gui_busy < pacing.GUI_BUSY_LOW


def test_the_data_source_loads_once_per_block_and_says_why_data_does_not_fit():
    source = DataSource()
    assert source.ensure(XOR) and not source.ensure(dict(XOR))
    assert source.ensure({**XOR, "seed": 2})
    assert source.fit_problem(Network([2, 3, 1], ["tanh", "sigmoid"], "bce")) == ""
    assert "3 input neurons" in source.fit_problem(Network([3, 1], ["sigmoid"], "bce"))
    data = source.train_data(1)
    assert data.X_train.shape == (60, 2) and data.Y_train.shape == (60, 1) and data.X_test is None
    assert source.ensure({"name": "csv", "path": "/nonexistent.csv"}) and source.data is None and source.error


def test_a_trainer_continues_only_with_the_same_weights_step_and_restart_settings():
    doc = NetworkDocument(Network([2, 3, 1], ["tanh", "sigmoid"], "bce", seed=1), dataset=dict(XOR))
    source = DataSource()
    source.ensure(doc.dataset)
    host = TrainerHost(say=pytest.fail)
    host.use_process = False
    tr = host.new_trainer(doc.network.copy(), source.train_data(1), doc.training, 0, 0)
    assert isinstance(tr, Trainer) and can_continue(tr, doc, 0) and not can_continue(None, doc, 0)
    assert not can_continue(tr, doc, 5)
    doc.set_training_settings(dataclasses.replace(doc.training, learning_rate=0.7))
    assert can_continue(tr, doc, 0)                                # live: the same trainer goes on
    doc.set_training_settings(dataclasses.replace(doc.training, batch_size=3))
    assert not can_continue(tr, doc, 0)
    host.close(0.1)


def test_a_segment_commits_one_undoable_command_named_by_what_it_trained():
    doc = NetworkDocument(Network([2, 2, 1], ["tanh", "sigmoid"], "bce", seed=1))
    before = doc.network.params.copy()
    seg = Segment(before, {}, epoch0=3, step0=30)
    after = before + 1.0
    cmd = seg.command(doc, after, epoch=5, step=50, history={"epoch": [4, 5]})
    assert cmd.text() == "Train 2 epochs"
    assert seg.command(doc, after, epoch=3, step=31, history={}).text() == "Train 1 step"
    cmd.redo()
    assert np.array_equal(doc.network.params, after) and doc.history == {"epoch": [4, 5]}
    cmd.undo()
    assert np.array_equal(doc.network.params, before)


def test_a_live_change_reaches_the_running_loop_through_apply():
    from nnstudio.engine.datasets import make_dataset
    from nnstudio.engine.training import TrainData

    ds = make_dataset("xor", samples=60, noise=0.1, test_fraction=0.0, seed=1)
    net = Network([2, 3, 1], ["tanh", "sigmoid"], "bce", seed=1)
    trainer = Trainer(net, TrainData(ds.X_train, ds.targets(ds.y_train, 1)), TrainingSettings(batch_size=6))
    new = dataclasses.replace(trainer.settings, learning_rate=0.0, dropout=0.2)
    changes = [LiveChange(new, epoch_limit=2)]
    loop = RunLoop(trainer, RUN, 50, 1, lambda *_: None, lambda _row: None,
                   lambda: (False, changes.pop() if changes else None))
    assert loop.run() == "done"
    assert trainer.settings is new and trainer.epoch == 2 and loop.epoch_limit == 2

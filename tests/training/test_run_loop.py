"""The training loop the engine process runs: which history rows a run records (Qt-free)."""

from __future__ import annotations

import numpy as np
import pytest

from nnstudio.engine.datasets import make_dataset
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings
from nnstudio.training.loop import EARLY_EPOCHS, EPOCH, RUN, RunLoop


def make_trainer():
    ds = make_dataset("xor", samples=100, noise=0.1, test_fraction=0.3, seed=1)
    net = Network([2, 4, 1], ["tanh", "sigmoid"], "bce", seed=1)
    data = TrainData(ds.X_train, ds.targets(ds.y_train, 1), ds.X_test, ds.targets(ds.y_test, 1))
    return Trainer(net, data, TrainingSettings(learning_rate=0.3, batch_size=10)), net


def run(trainer, mode, epoch_limit, history_length=0):
    rows = []
    loop = RunLoop(trainer, mode, epoch_limit, history_length, lambda *_: None, rows.append, lambda: (False, None))
    return loop.run(), rows


def test_a_new_history_starts_at_the_initial_loss_and_records_every_early_epoch():
    trainer, net = make_trainer()
    initial = net.loss_value(trainer.X, trainer.Y)
    status, rows = run(trainer, RUN, EARLY_EPOCHS + 5)
    assert status == "done"
    epochs = [int(r[0]) for r in rows]
    assert epochs[:EARLY_EPOCHS + 1] == list(range(EARLY_EPOCHS + 1))   # 0 = before the first step
    assert rows[0][1] == 0 and rows[0][2] == pytest.approx(initial, rel=1e-12)
    assert rows[-1][0] == EARLY_EPOCHS + 5
    assert rows[-1][2] < rows[0][2]


def test_a_continued_history_gets_no_second_epoch_zero_row():
    trainer, _ = make_trainer()
    _, first = run(trainer, EPOCH, None)
    assert [int(r[0]) for r in first] == [0, 1]
    _, second = run(trainer, EPOCH, None, history_length=len(first))
    assert [int(r[0]) for r in second] == [2]
    assert np.isfinite([r[2] for r in first + second]).all()

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


def test_early_stopping_in_the_app_loop_stops_where_the_engine_does_with_the_same_weights():
    """The loop the app runs checks every epoch's test loss when patience is on: it stops at the
    engine's epoch, brings back the same best weights and says so."""
    rng = np.random.default_rng(0)
    X = rng.uniform(-1, 1, size=(12, 1))
    Y = np.sin(3 * X) + rng.normal(scale=0.3, size=X.shape)
    Xt = rng.uniform(-1, 1, size=(60, 1))
    data = TrainData(X, Y, Xt, np.sin(3 * Xt), task="regression")
    settings = TrainingSettings(optimizer="adam", learning_rate=0.03, batch_size=12, epochs=3000, seed=1,
                                patience=50)
    reference = Trainer(Network([1, 40, 40, 1], ["tanh", "tanh", "identity"], "mse", seed=2), data, settings)
    *_, last = reference.run()
    assert reference.stopped_early and reference.epoch < 3000
    trainer = Trainer(Network([1, 40, 40, 1], ["tanh", "tanh", "identity"], "mse", seed=2), data, settings)
    loop = RunLoop(trainer, RUN, 3000, 0, lambda *_: None, lambda _row: None, lambda: (False, None))
    assert loop.run() == "done"
    assert trainer.epoch == reference.epoch and trainer.best_epoch == reference.best_epoch
    np.testing.assert_array_equal(trainer.net.params, reference.net.params)
    assert loop.progress.test_loss == last.test_loss
    assert f"epoch {reference.best_epoch}" in loop.note and "Early stopping" in loop.note

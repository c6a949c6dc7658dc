"""After a divergence the app goes back to the engine's own last good state (the last evaluation the
divergence rule found healthy), handed over with the run's final snapshot."""

from __future__ import annotations

import numpy as np

from nnstudio.engine.datasets import make_dataset
from nnstudio.engine.divergence import LOSS_FACTOR, LOSS_MARGIN
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings
from nnstudio.training.engine_process import state
from nnstudio.training.history import History
from nnstudio.training.worker import Control, LocalWorker


def diverging_trainer() -> Trainer:
    ds = make_dataset("sine", samples=200, noise=0.1, test_fraction=0.3, seed=1)
    net = Network([1, 16, 1], ["relu", "identity"], "mse", seed=2)
    data = TrainData(ds.X_train, ds.targets(ds.y_train, 1), ds.X_test, ds.targets(ds.y_test, 1))
    return Trainer(net, data, TrainingSettings(learning_rate=100.0, batch_size=10))


def healthy(trainer: Trainer, params: np.ndarray, start_loss: float) -> bool:
    """The divergence rule's test, recomputed: finite and below max(10·L₀, L₀ + 1)."""
    net = Network(trainer.net.sizes, trainer.net.activations, trainer.net.loss)
    np.copyto(net.params, params)
    loss = net.loss_value(trainer.X, trainer.Y)
    return bool(np.isfinite(params).all() and loss <= max(LOSS_FACTOR * start_loss, start_loss + LOSS_MARGIN))


def test_a_diverged_run_hands_over_the_engines_last_good_state():
    trainer = diverging_trainer()
    start_loss = trainer.net.loss_value(trainer.X, trainer.Y)
    worker = LocalWorker(trainer, History(), Control())
    worker.run()
    final = worker.final
    assert final.status == "diverged" and not healthy(trainer, final.params, start_loss)
    params, epoch, step = final.good
    good = trainer.last_good
    np.testing.assert_array_equal(params, good.params)
    assert (epoch, step) == (good.epoch, good.step) and step < final.step
    assert healthy(trainer, params, start_loss)


def test_only_a_diverged_run_carries_a_last_good_state():
    trainer = diverging_trainer()
    trainer.train_steps(1)
    assert state(trainer, "paused", None, [])[-1] is None
    assert state(trainer, "done", None, [])[-1] is None

"""Divergence detection in the training loop (nnstudio.engine.divergence, Trainer): the rule on
hand-made loss sequences, real blow-ups on several networks and optimisers, going back to the last
good weights, and no false alarm on the normal training of every example network."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from nnstudio.engine import divergence as D
from nnstudio.engine.datasets import make_dataset
from nnstudio.engine.network import Network
from nnstudio.engine.training import DIVERGED, DONE, TrainData, Trainer, TrainingSettings

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


# -- the rule ----------------------------------------------------------------------------------------
def test_one_spike_is_not_divergence_but_three_evaluations_far_above_the_start_are():
    monitor = D.DivergenceMonitor(start_loss=0.7)
    params = np.ones(4)
    assert monitor.loss_limit == pytest.approx(7.0)
    for epoch, loss in enumerate([0.6, 50.0, 0.5, 8.0, 9.0], start=1):  # a spike, then two over
        assert monitor.check(loss, params * epoch, epoch, epoch * 10) is None
    assert monitor.last_good.epoch == 3 and monitor.last_good.loss == 0.5
    np.testing.assert_array_equal(monitor.last_good.params, params * 3)
    div = monitor.check(7.5, params * 6, 6, 60)
    assert (div.reason, div.epoch, div.step, div.loss) == (D.EXPLODING_LOSS, 6, 60, 7.5)
    assert div.message(0.5).startswith("diverged at epoch 6 (loss 7.5): lower the learning rate (now 0.5); "
                                       "the loss stayed above 7 (10 × its start, 0.7) for 3 evaluations")
    assert monitor.check(0.1, params, 7, 70) is div  # once diverged, it stays so
    assert monitor.last_good.epoch == 3


def test_a_nearly_perfect_start_needs_the_loss_to_rise_by_one():
    monitor = D.DivergenceMonitor(start_loss=1e-6)
    for epoch in range(1, 10):
        assert monitor.check(0.5, np.zeros(2), epoch, epoch) is None  # 5·10⁵ × the start, but small
    assert monitor.check(1.5, np.zeros(2), 10, 10) is None


@pytest.mark.parametrize("loss, params, reason", [
    (math.nan, np.ones(3), D.NOT_FINITE), (math.inf, np.ones(3), D.NOT_FINITE),
    (0.1, np.array([1.0, np.nan]), D.NOT_FINITE), (0.1, np.array([1.0, -2e8]), D.EXPLODING_WEIGHTS)])
def test_non_finite_values_and_exploding_weights_diverge_at_once(loss, params, reason):
    monitor = D.DivergenceMonitor(start_loss=0.5)
    assert monitor.check(0.4, np.ones(len(params)), 1, 1) is None
    assert monitor.check(loss, params, 2, 2).reason == reason
    assert monitor.last_good.epoch == 1 and np.isfinite(monitor.last_good.params).all()


# -- real runs ---------------------------------------------------------------------------------------
NETWORKS = {
    "xor 2-4-1 bce": (lambda: Network([2, 4, 1], ["tanh", "sigmoid"], loss="bce", seed=1), "xor"),
    "blobs 2-8-3 softmax": (lambda: Network([2, 8, 3], ["relu", "softmax"], loss="cross_entropy", seed=2),
                            "blobs"),
    "sine 1-16-1 mse": (lambda: Network([1, 16, 1], ["tanh", "identity"], loss="mse", seed=3), "sine"),
}
OPTIMISERS = {"sgd": {}, "momentum": {"momentum": 0.9}, "adam": {}, "rmsprop": {}}


def trainer_for(network: str, optimizer: str, lr: float, epochs: int = 60) -> Trainer:
    make_net, data = NETWORKS[network]
    net = make_net()
    dataset = make_dataset(data, samples=200, noise=0.1, test_fraction=0.3, seed=1)
    settings = TrainingSettings(optimizer=optimizer, learning_rate=lr, batch_size=10, epochs=epochs, seed=1,
                                **OPTIMISERS[optimizer])
    return Trainer(net, TrainData.from_dataset(dataset, net.n_outputs), settings)


@pytest.mark.parametrize("optimizer", OPTIMISERS)
@pytest.mark.parametrize("network", NETWORKS)
@pytest.mark.parametrize("lr", [1e9, 1e300])
def test_a_huge_learning_rate_diverges_with_a_reason_and_keeps_the_last_good_weights(network, optimizer, lr):
    trainer = trainer_for(network, optimizer, lr)
    start = trainer.net.params.copy()
    last = list(trainer.run())[-1]
    assert last.status == DIVERGED and last.epoch < 60, (last.epoch, last.train_loss)
    div = trainer.divergence
    assert div.reason in (D.NOT_FINITE, D.EXPLODING_WEIGHTS, D.EXPLODING_LOSS)
    assert div.epoch == last.epoch and last.divergence == div.message(lr)
    assert last.divergence.startswith(f"diverged at epoch {div.epoch} (loss ")
    good = trainer.last_good
    if good is not None:  # a blow-up in the very first epoch leaves only what came before it
        assert good.epoch < div.epoch and np.isfinite(good.params).all()
        assert good.loss <= trainer.monitor.loss_limit
    else:
        assert div.epoch <= D.PATIENCE
        assert not np.array_equal(trainer.net.params, start)


def test_going_back_to_the_last_good_weights_and_training_on_with_a_lower_rate():
    trainer = trainer_for("xor 2-4-1 bce", "sgd", 0.5, epochs=400)
    list(trainer.run(20))
    trainer.apply(replace(trainer.settings, learning_rate=1e4))
    last = list(trainer.run(50))[-1]
    assert last.status == DIVERGED
    good = trainer.last_good
    kept = good.params.copy()
    restored = trainer.restore_last_good()
    assert restored.epoch == good.epoch >= 20 and trainer.epoch == restored.epoch
    np.testing.assert_array_equal(trainer.net.params, kept)
    assert trainer.divergence is None and trainer.evaluate().train_loss == pytest.approx(restored.loss)
    trainer.apply(replace(trainer.settings, learning_rate=0.5))
    final = list(trainer.run(100))[-1]
    assert final.status == DONE and final.train_loss < restored.loss + 1e-9


@pytest.mark.parametrize("optimizer", ["sgd", "momentum"])
@pytest.mark.parametrize("network", NETWORKS)
def test_large_rates_diverge_and_a_bce_loss_that_only_inflates_is_caught_by_the_loss_rule(network, optimizer):
    reasons = set()
    for lr in (1e3, 1e4, 1e5):
        trainer = trainer_for(network, optimizer, lr)
        assert list(trainer.run())[-1].status == DIVERGED
        reasons.add(trainer.divergence.reason)
    assert reasons <= {D.EXPLODING_LOSS, D.EXPLODING_WEIGHTS, D.NOT_FINITE} and reasons
    if network.startswith("xor"):  # sigmoid + BCE saturates: finite weights, a loss of ~10⁵
        assert reasons == {D.EXPLODING_LOSS}


# -- no false alarms ---------------------------------------------------------------------------------
@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.nnet")))
def test_normal_training_of_every_example_never_trips_the_rule(example):
    from nnstudio.io import dataset_block, netfile

    nf = netfile.load(EXAMPLES / example)
    dataset = dataset_block.load(nf.dataset).dataset
    epochs = max(300, min(int(nf.training.epochs), 600))
    trainer = Trainer(nf.network, TrainData.from_dataset(dataset, nf.network.n_outputs),
                      replace(nf.training, epochs=epochs))
    history = list(trainer.run())
    assert history[-1].status == DONE and trainer.divergence is None, history[-1]
    assert all(p.divergence is None for p in history)
    assert trainer.last_good.epoch == epochs

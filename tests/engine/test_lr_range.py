"""Learning-rate range test: the schedule, the smoothing, early stop, the suggestion rule, and that
the network is left bit-identical."""

import math

import numpy as np
import pytest

from nnstudio.engine.datasets import make_dataset
from nnstudio.engine.lr_range import lr_range_test, range_learning_rates, smooth, suggest
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings


def xor(seed=1, sizes=(2, 4, 1)):
    data = TrainData.from_dataset(make_dataset("xor", 200, 0.1, 0.3, seed), 1)
    acts = ["tanh"] * (len(sizes) - 2) + ["sigmoid"]
    return Network(list(sizes), acts, "bce", seed=seed), data


def test_learning_rates_grow_geometrically_from_start_to_end():
    lrs = range_learning_rates(1e-6, 10.0, 100)
    assert lrs[0] == 1e-6 and lrs[-1] == pytest.approx(10.0, rel=1e-12)
    np.testing.assert_allclose(lrs[1:] / lrs[:-1], (1e7) ** (1 / 99), rtol=1e-12)
    for bad in ((0, 1, 10), (1, 1, 10), (1e-3, 1, 1)):
        with pytest.raises(ValueError):
            range_learning_rates(*bad)


def test_smoothing_is_the_bias_corrected_moving_average():
    losses = [2.0, 1.0, 4.0]
    b = 0.98
    m1 = (1 - b) * 2.0
    m2 = b * m1 + (1 - b) * 1.0
    m3 = b * m2 + (1 - b) * 4.0
    np.testing.assert_allclose(smooth(losses, b), [m1 / (1 - b), m2 / (1 - b ** 2), m3 / (1 - b ** 3)])
    assert smooth([5.0, 5.0, 5.0])[2] == pytest.approx(5.0)      # unbiased from the first step


@pytest.mark.parametrize("optimizer", ["sgd", "adam", "momentum"])
def test_the_network_is_left_bit_identical(optimizer):
    net, data = xor(sizes=(2, 8, 8, 1))
    mask = np.ones((8, 8))
    mask[3, 4] = 0
    net.set_mask(2, mask)
    original = net.copy()
    settings = TrainingSettings(optimizer=optimizer, batch_size=10, learning_rate=0.05)
    result = lr_range_test(net, data, settings, steps=60)
    assert net.same_as(original)
    assert settings.learning_rate == 0.05                     # the caller's settings are untouched
    assert result.steps > 1


def test_records_each_batch_loss_before_its_update_and_the_smoothed_curve():
    net, data = xor()
    result = lr_range_test(net, data, TrainingSettings(batch_size=10, seed=4), steps=50)
    first = np.random.default_rng(4).permutation(len(data.X_train))[:10]
    assert result.losses[0] == net.loss_value(data.X_train[first], data.Y_train[first])
    np.testing.assert_allclose(result.smoothed, smooth(result.losses), rtol=1e-12)
    assert len(result.lrs) == len(result.losses) == len(result.smoothed) == result.steps
    np.testing.assert_array_equal(result.lrs, range_learning_rates(1e-6, 10, 50)[:result.steps])


def test_stops_early_when_the_smoothed_loss_exceeds_four_times_its_best():
    net, data = xor()
    result = lr_range_test(net, data, TrainingSettings(batch_size=10), end=1e4, steps=200)
    assert result.stopped_early and result.steps < 200
    assert result.smoothed[-1] > 4 * result.smoothed[:-1].min()
    assert (result.smoothed[1:-1] <= 4 * np.minimum.accumulate(result.smoothed[:-2])).all()
    full = lr_range_test(net, data, TrainingSettings(batch_size=10), end=1e-3, steps=30)
    assert not full.stopped_early and full.steps == 30


@pytest.mark.parametrize("seed, sizes", [(1, (2, 4, 1)), (3, (2, 4, 1)), (2, (2, 8, 8, 1))])
def test_the_suggestion_trains_xor(seed, sizes):
    net, data = xor(seed, sizes)
    result = lr_range_test(net, data, TrainingSettings(batch_size=10, seed=seed), steps=100)
    assert 1e-3 < result.suggestion < 10
    trainer = Trainer(net.copy(), data, TrainingSettings(batch_size=10, seed=seed,
                                                         learning_rate=result.suggestion))
    *_, last = trainer.run(100)
    assert last.test_metrics["accuracy"] >= 0.9
    assert last.metrics["accuracy"] >= 0.9


def test_suggestion_rule_on_synthetic_curves():
    lrs = range_learning_rates(1e-4, 10, 51)
    # flat, then climbing from lr = 1: the edge is the last point within 10 % of the minimum
    flat = np.where(lrs < 1, 1.0, 1.0 + 2 * np.log10(lrs / 0.99))
    suggestion, edge, _, steepest = suggest(lrs, flat)
    assert edge == pytest.approx(lrs[lrs < 1.12][-1]) and suggestion == edge / 10
    assert math.isnan(steepest)
    # a valley at lr = 0.1: the edge lies a little past it, the steepest fall before it
    valley = (np.log10(lrs) + 1) ** 2 + 1.0
    suggestion, edge, min_lr, steepest = suggest(lrs, valley)
    assert min_lr == pytest.approx(0.1)
    assert 0.1 < edge < 1 and suggestion == edge / 10
    assert steepest < min_lr
    # no finite values: fall back to a tenth of the start
    assert suggest(lrs, np.full(51, np.nan))[0] == pytest.approx(1e-5)

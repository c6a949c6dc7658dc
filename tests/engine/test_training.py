"""Training end to end: accuracy on the toy sets, divergence, determinism, regularisation."""

import math

import numpy as np
import pytest

from nnstudio.engine.datasets import make_dataset
from nnstudio.engine.network import Network
from nnstudio.engine.training import DIVERGED, DONE, TrainData, Trainer, TrainingSettings, train


def fit(name, sizes, acts, loss, epochs, lr, optimizer="sgd", batch=10, samples=400, **kw):
    data = make_dataset(name, samples=samples, noise=0.1, test_fraction=0.3, seed=2)
    net = Network(sizes, acts, loss=loss, seed=3, init="xavier_normal")
    settings = TrainingSettings(optimizer=optimizer, learning_rate=lr, batch_size=batch, epochs=epochs,
                                seed=4, **kw)
    progress = list(train(net, TrainData.from_dataset(data, net.n_outputs), settings))
    return net, progress


@pytest.mark.parametrize("name", ["xor", "circle", "moons"])
def test_small_tanh_network_reaches_97_percent(name):
    _, progress = fit(name, [2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "bce", epochs=150, lr=0.01,
                      optimizer="adam")
    last = progress[-1]
    assert last.status == DONE
    assert last.test_metrics["accuracy"] >= 0.97, last


def test_spiral_with_a_larger_network_reaches_97_percent():
    _, progress = fit("spiral", [2, 24, 24, 24, 1], ["tanh", "tanh", "tanh", "sigmoid"], "bce",
                      epochs=400, lr=0.01, optimizer="adam", samples=600)
    assert progress[-1].test_metrics["accuracy"] >= 0.97, progress[-1]


def test_sine_regression_reaches_r2_095():
    _, progress = fit("sine", [1, 16, 16, 1], ["tanh", "tanh", "identity"], "mse", epochs=200, lr=0.01,
                      optimizer="adam")
    assert progress[-1].test_metrics["r2"] > 0.95, progress[-1]


def test_softmax_blobs_train_with_cross_entropy():
    data = make_dataset("blobs", samples=300, classes=4, seed=1)
    net = Network([2, 8, 4], ["tanh", "softmax"], loss="cross_entropy", seed=1)
    progress = list(train(net, TrainData.from_dataset(data, 4), TrainingSettings(
        optimizer="adam", learning_rate=0.02, epochs=60, seed=1)))
    assert progress[-1].test_metrics["accuracy"] > 0.9
    assert len(progress[-1].test_metrics["confusion_matrix"]) == 4


def test_too_large_learning_rate_diverges_without_exception():
    data = make_dataset("sine", samples=100, seed=1)
    net = Network([1, 8, 1], ["relu", "identity"], loss="mse", seed=1)
    progress = list(train(net, TrainData.from_dataset(data, 1), TrainingSettings(learning_rate=100.0,
                                                                                  epochs=50)))
    assert progress[-1].status == DIVERGED
    assert len(progress) < 50
    assert not math.isfinite(progress[-1].train_loss) or not np.isfinite(net.params).all()


def test_same_seed_gives_identical_runs_and_another_seed_does_not():
    def run(seed):
        data = make_dataset("xor", samples=100, seed=1)
        net = Network([2, 4, 1], ["tanh", "sigmoid"], loss="bce", seed=1)
        list(train(net, TrainData.from_dataset(data, 1), TrainingSettings(epochs=5, seed=seed, dropout=0.2)))
        return net.params.copy()

    np.testing.assert_array_equal(run(1), run(1))
    assert not np.array_equal(run(1), run(2))


def test_one_batch_step_is_exactly_one_sgd_step_on_that_batch():
    data = make_dataset("xor", samples=50, seed=1)
    net = Network([2, 3, 1], ["tanh", "sigmoid"], loss="bce", seed=5)
    reference = net.copy()
    trainer = Trainer(net, TrainData.from_dataset(data, 1), TrainingSettings(learning_rate=0.3, batch_size=7))
    order = np.random.default_rng(1).permutation(len(data.X_train))[:7]  # the trainer's first batch
    trainer.train_batch()
    tr = reference.trace(data.X_train[order], data.targets(data.y_train[order], 1), learning_rate=0.3)
    for l in (1, 2):
        np.testing.assert_allclose(net.weights[l], tr.new_weights[l], rtol=0, atol=1e-15)
        np.testing.assert_allclose(net.biases[l], tr.new_bias[l], rtol=0, atol=1e-15)
    assert trainer.step == 1


def test_l1_and_l2_gradients_and_penalty():
    X = np.array([[0.5, -1.0], [1.5, 0.3]])
    Y = np.array([[1.0], [0.0]])
    for kind, lam in (("l2", 0.1), ("l1", 0.05)):
        net = Network([2, 2, 1], ["tanh", "sigmoid"], loss="bce", seed=9)
        ref = net.copy()
        trainer = Trainer(net, TrainData(X, Y), TrainingSettings(learning_rate=0.5, batch_size=2,
                                                                 regularization=kind, regularization_rate=lam))
        trainer.train_batch()
        tr = ref.trace(X, Y)
        for l in (1, 2):
            extra = lam * (ref.weights[l] if kind == "l2" else np.sign(ref.weights[l]))
            np.testing.assert_allclose(net.weights[l], ref.weights[l] - 0.5 * (tr.grad_weights[l] + extra),
                                       rtol=1e-14, atol=1e-15)
            np.testing.assert_allclose(net.biases[l], ref.biases[l] - 0.5 * tr.grad_bias[l], rtol=1e-14,
                                       atol=1e-15)
        w = np.concatenate([net.weights[1].ravel(), net.weights[2].ravel()])
        expected = 0.5 * lam * w @ w if kind == "l2" else lam * np.abs(w).sum()
        assert trainer.penalty() == pytest.approx(expected, rel=1e-12)


def test_dropout_is_inverted_and_only_in_training():
    net = Network([3, 200, 1], ["identity", "identity"], loss="mse", seed=1)
    ws = net.workspace(1000)
    X = np.ones((1000, 3))
    plain = ws.forward(X).copy()
    ws.set_dropout(0.5, np.random.default_rng(0))
    ws.forward(X)
    kept = ws.dropout_masks[1]
    assert set(np.unique(kept)) == {0.0, 2.0}
    assert abs((kept != 0).mean() - 0.5) < 0.02
    # evaluation never drops: Trainer.evaluate uses its own dropout-free workspace
    trainer = Trainer(net, TrainData(X[:20], np.zeros((20, 1))), TrainingSettings(dropout=0.5))
    np.testing.assert_allclose(trainer._workspace_eval(20).forward(X[:20]), plain[:20])


def test_settings_are_validated():
    for bad in (dict(learning_rate=-1), dict(batch_size=0), dict(dropout=1.0), dict(optimizer="lbfgs"),
                dict(regularization="l3"), dict(learning_rate=float("nan"))):
        with pytest.raises(ValueError):
            TrainingSettings(**bad).validate()


def test_mismatched_data_is_refused_clearly():
    net = Network([2, 3, 1], ["tanh", "sigmoid"], loss="bce")
    with pytest.raises(ValueError, match="3 input column"):
        Trainer(net, TrainData(np.zeros((4, 3)), np.zeros((4, 1))), TrainingSettings())

"""TrainingSettings as one typed value: frozen, validated from its field declarations, applied live
through ``Trainer.apply`` only, restart fields refused there; networks and settings pickle."""

import dataclasses
import pickle

import numpy as np
import pytest

from nnstudio.engine.datasets import make_dataset
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings


def xor_trainer(**settings):
    data = TrainData.from_dataset(make_dataset("xor", 60, 0.1, 0.0, 1), 1)
    net = Network([2, 3, 1], ["tanh", "sigmoid"], "bce", seed=2)
    return Trainer(net, data, TrainingSettings(batch_size=6, **settings))


def test_settings_are_frozen_values():
    s = TrainingSettings()
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.learning_rate = 0.5
    assert dataclasses.replace(s, learning_rate=0.5).learning_rate == 0.5 and s.learning_rate == 0.1


@pytest.mark.parametrize(("change", "message"), [
    ({"learning_rate": -1.0}, "learning_rate must be a finite number ≥ 0"),
    ({"learning_rate": float("nan")}, "learning_rate must be"),
    ({"batch_size": 0}, "batch_size must be ≥ 1"),
    ({"dropout": 1.0}, r"dropout must be in \[0, 1\)"),
    ({"momentum": -0.1}, "momentum must be in"),
    ({"regularization": "l3"}, "regularization must be one of none, l1, l2"),
    ({"initializer": "ones"}, "initializer must be one of"),
    ({"optimizer": "lbfgs"}, "unknown optimizer 'lbfgs'"),
])
def test_validation_names_the_field(change, message):
    with pytest.raises(ValueError, match=message):
        TrainingSettings(**change).validate()


def test_given_keeps_the_values_that_are_none_and_refuses_unknown_names():
    s = TrainingSettings().given(learning_rate=0.5, epochs=None, seed=3)
    assert (s.learning_rate, s.epochs, s.seed) == (0.5, 200, 3)
    with pytest.raises(TypeError):
        TrainingSettings().given(lr=0.5)


def test_apply_is_the_same_as_training_with_the_new_settings_from_that_step():
    a, b = xor_trainer(learning_rate=0.3), xor_trainer(learning_rate=0.3)
    a.train_steps(5)
    b.train_steps(5)
    new = dataclasses.replace(a.settings, learning_rate=0.05, regularization="l2", regularization_rate=0.01)
    a.apply(new)
    assert a.settings is new and a.optimizer.learning_rate == 0.05
    a.train_steps(5)
    # the reference: the same 5 steps, then by hand w ← w − η·(g + λ·w) on the same batches
    for _ in range(5):
        ws, xb, yb = b._next_batch()
        ws.forward(xb)
        g = ws.backward(yb) + 0.01 * b.net.params * b.net.weight_indicator()
        b.net.params -= 0.05 * g
    np.testing.assert_allclose(a.net.params, b.net.params, rtol=0, atol=1e-15)


def test_apply_refuses_a_change_that_needs_a_new_trainer():
    tr = xor_trainer()
    for change in ({"optimizer": "adam"}, {"batch_size": 3}, {"seed": 9}, {"momentum": 0.5}):
        with pytest.raises(ValueError, match="new trainer"):
            tr.apply(dataclasses.replace(tr.settings, **change))
    with pytest.raises(ValueError, match="dropout"):
        tr.apply(dataclasses.replace(tr.settings, dropout=2.0))


def test_a_network_pickles_with_its_weight_views_tied_to_params():
    net = Network([2, 3, 2], ["relu", "softmax"], "cross_entropy", seed=4, dtype=np.float32)
    net.set_mask(1, [[1, 0], [1, 1], [0, 1]])
    back = pickle.loads(pickle.dumps(net))
    assert back.same_as(net) and back.dtype == np.float32
    back.params[:] = 7.0
    assert (back.weights[1] == 7.0).all() and (back.biases[2] == 7.0).all()
    settings = TrainingSettings(optimizer="adam", learning_rate=0.01)
    assert pickle.loads(pickle.dumps(settings)) == settings

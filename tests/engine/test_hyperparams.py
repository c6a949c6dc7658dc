"""Hyper-parameter declarations: every optimiser, loss and activation declares its own once, with
defaults that pass their own range check; the Lab's optimisers are the engine's classes."""

import pytest

from nnstudio.engine import gd
from nnstudio.engine.activations import ACTIVATIONS
from nnstudio.engine.hyperparams import HyperParameter
from nnstudio.engine.losses import LOSSES
from nnstudio.engine.optimizers import LEARNING_RATE, OPTIMIZERS, make_optimizer


def test_every_declaration_is_complete_and_its_default_is_valid():
    owners = [*OPTIMIZERS.values(), *(type(x) for x in LOSSES.values()), *(type(x) for x in ACTIVATIONS.values())]
    for owner in owners:
        assert owner.summary, owner
        for param in owner.hyperparameters:
            assert param.name and param.symbol and param.description, (owner, param)
            assert param.check(param.default) == param.default
    assert LEARNING_RATE.check(0.0) == 0.0


def test_range_checks_name_the_parameter():
    beta = HyperParameter("beta1", 0.9, "β1", "", "decay", minimum=0.0, below=1.0)
    with pytest.raises(ValueError, match=r"beta1 must be in \[0, 1\), got 1"):
        beta.check(1.0)
    with pytest.raises(ValueError, match="momentum must be ≥ 0"):
        gd.make_optimizer("momentum", 0.1, momentum=-1)


def test_the_lab_uses_the_training_optimisers():
    for name, (cls, _overrides) in gd.OPTIMIZERS.items():
        point_opt = gd.make_optimizer(name, 0.1)
        assert type(point_opt.optimizer) is cls and cls in OPTIMIZERS.values()
        assert set(gd.optimizer_defaults(name)) == {p.name for p in cls.hyperparameters}
    engine = make_optimizer("sgd", 0.1, 0.9)
    assert type(engine) is type(gd.make_optimizer("momentum", 0.1).optimizer)

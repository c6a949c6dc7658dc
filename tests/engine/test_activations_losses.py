"""Activations and losses against central differences (float64) and against their formulas."""

import numpy as np
import pytest

from nnstudio.engine.activations import ACTIVATIONS, get_activation
from nnstudio.engine.gradcheck import numerical_gradient, relative_error
from nnstudio.engine.losses import LOSSES, get_loss

SEEDS = range(5)
# Central differences carry ~1e-10 absolute noise, so tiny gradients are compared absolutely:
# relative error below 1e-6 for gradients above 1e-3, absolute error below 1e-9 under it.
FLOOR = 1e-3


def _random_shape(rng):
    return int(rng.integers(1, 6)), int(rng.integers(1, 5))


@pytest.mark.parametrize("name", sorted(ACTIVATIONS))
@pytest.mark.parametrize("seed", SEEDS)
def test_activation_backward_matches_central_differences(name, seed):
    rng = np.random.default_rng(seed)
    act = get_activation(name)
    z = rng.normal(scale=2.0, size=_random_shape(rng))
    z[np.abs(z) < 1e-3] = 0.5  # keep away from the kinks of relu/leaky_relu
    upstream = rng.normal(size=z.shape)  # a random ∂L/∂a, as in CS231n's gradient check
    a = act.forward(z)
    analytic = act.backward(z, a, upstream)
    numeric = numerical_gradient(lambda: float(np.sum(act.forward(z) * upstream)), z)
    assert relative_error(analytic, numeric, FLOOR).max() < 1e-6


@pytest.mark.parametrize("name", ["identity", "sigmoid", "tanh", "relu", "leaky_relu"])
def test_elementwise_derivative_equals_backward_with_ones(name):
    rng = np.random.default_rng(3)
    act = get_activation(name)
    z = rng.normal(size=(4, 3))
    a = act.forward(z)
    np.testing.assert_allclose(act.derivative(z, a), act.backward(z, a, np.ones_like(z)), rtol=0, atol=0)


def test_activations_match_their_formulas():
    z = np.array([[-2.0, -0.5, 0.0, 0.5, 3.0]])
    np.testing.assert_allclose(get_activation("sigmoid").forward(z), 1 / (1 + np.exp(-z)), rtol=1e-15)
    np.testing.assert_allclose(get_activation("tanh").forward(z), np.tanh(z))
    np.testing.assert_array_equal(get_activation("relu").forward(z), [[0, 0, 0, 0.5, 3.0]])
    np.testing.assert_allclose(get_activation("leaky_relu").forward(z), [[-0.02, -0.005, 0, 0.5, 3.0]])
    e = np.exp(z)
    np.testing.assert_allclose(get_activation("softmax").forward(z), e / e.sum(), rtol=1e-14)


@pytest.mark.parametrize("scale", [1e2, 1e3, 1e4])
def test_sigmoid_and_softmax_are_stable_for_huge_inputs(scale):
    z = np.array([[-scale, -1.0, 0.0, 1.0, scale]])
    with np.errstate(all="raise"):
        s = get_activation("sigmoid")(z)
    assert np.isfinite(s).all()
    assert s[0, 0] == 0.0 or s[0, 0] < 1e-40
    assert s[0, -1] == 1.0
    with np.errstate(all="raise", under="ignore"):
        p = get_activation("softmax").forward(z)
    assert np.isfinite(p).all() and p[0, -1] == 1.0 and abs(p.sum() - 1) < 1e-15


def test_softmax_jacobian_matches_backward():
    rng = np.random.default_rng(0)
    act = get_activation("softmax")
    z = rng.normal(size=(1, 4))
    a = act.forward(z)
    g = rng.normal(size=(1, 4))
    np.testing.assert_allclose(act.backward(z, a, g)[0], act.jacobian(a[0]).T @ g[0], rtol=1e-12)


def _targets(name, rng, shape):
    if name == "cross_entropy":
        return np.eye(shape[1])[rng.integers(0, shape[1], shape[0])]
    if name == "bce":
        return rng.random(shape)
    return rng.normal(size=shape)


def _outputs(name, rng, shape):
    if name in ("bce",):
        return rng.uniform(0.05, 0.95, shape)
    if name == "cross_entropy":
        return get_activation("softmax").forward(rng.normal(size=shape))
    return rng.normal(size=shape)


@pytest.mark.parametrize("name", sorted(LOSSES))
@pytest.mark.parametrize("seed", SEEDS)
def test_loss_gradient_matches_central_differences(name, seed):
    rng = np.random.default_rng(seed)
    loss = get_loss(name)
    shape = (int(rng.integers(1, 6)), int(rng.integers(2, 5)))
    y_hat, y = _outputs(name, rng, shape), _targets(name, rng, shape)
    numeric = numerical_gradient(lambda: loss.value(y_hat, y), y_hat)
    assert relative_error(loss.gradient(y_hat, y), numeric, FLOOR).max() < 1e-6


@pytest.mark.parametrize("name,activation", [("bce", "sigmoid"), ("cross_entropy", "softmax")])
@pytest.mark.parametrize("seed", SEEDS)
def test_fused_delta_matches_central_differences_in_z(name, activation, seed):
    rng = np.random.default_rng(seed)
    loss, act = get_loss(name), get_activation(activation)
    shape = (int(rng.integers(1, 6)), int(rng.integers(2, 5)))
    z = rng.normal(scale=3, size=shape)
    y = _targets(name, rng, shape)
    numeric = numerical_gradient(lambda: loss.value(act.forward(z), y, z), z)
    assert relative_error(loss.fused_delta(activation, act.forward(z), y), numeric, FLOOR).max() < 1e-6


def test_loss_semantics_match_the_definitions():
    y_hat = np.array([[0.2, 0.7], [0.9, 0.4]])
    y = np.array([[0.0, 1.0], [1.0, 0.0]])
    d = y_hat - y
    assert get_loss("mse").value(y_hat, y) == pytest.approx(np.sum(d ** 2) / 4, rel=1e-15)
    assert get_loss("half_sse").value(y_hat, y) == pytest.approx(0.5 * np.sum(d ** 2) / 2, rel=1e-15)
    bce = -np.mean(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))
    assert get_loss("bce").value(y_hat, y) == pytest.approx(bce, rel=1e-14)
    p = y_hat / y_hat.sum(axis=1, keepdims=True)
    assert get_loss("cross_entropy").value(p, y) == pytest.approx(-np.mean(np.log([p[0, 1], p[1, 0]])))


def test_fused_losses_are_finite_for_huge_logits():
    z = np.array([[1e4], [-1e4]])
    y = np.array([[0.0], [1.0]])
    value = get_loss("bce").value(get_activation("sigmoid")(z), y, z)
    assert value == pytest.approx(1e4)
    z2 = np.array([[1e4, -1e4, 0.0]])
    value = get_loss("cross_entropy").value(get_activation("softmax")(z2), np.array([[0.0, 1.0, 0.0]]), z2)
    assert value == pytest.approx(2e4)


def test_unknown_names_are_refused_with_the_known_ones():
    with pytest.raises(ValueError, match="known: identity"):
        get_activation("swish")
    with pytest.raises(ValueError, match="mse"):
        get_loss("hinge")

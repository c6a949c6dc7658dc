"""The network's forward pass, backward pass and trace against independent references."""

import numpy as np
import pytest

from nnstudio.engine.gradcheck import check_network_gradients, numerical_weight_gradient
from nnstudio.engine.network import Network

ACTS = ["identity", "sigmoid", "tanh", "relu", "leaky_relu"]
CASES = [("bce", "sigmoid"), ("cross_entropy", "softmax"), ("mse", "identity"), ("half_sse", "tanh"),
         ("mse", "softmax"), ("bce", "softmax"), ("half_sse", "sigmoid")]


def _targets(loss, rng, n, k):
    if loss == "cross_entropy":
        return np.eye(k)[rng.integers(0, k, n)]
    if loss == "bce":
        return rng.random((n, k))
    return rng.normal(size=(n, k))


def random_network(rng, loss, out_act, dtype=np.float64, masked=False):
    depth = int(rng.integers(1, 4))
    sizes = [int(rng.integers(1, 5))] + [int(rng.integers(1, 6)) for _ in range(depth)]
    sizes.append(int(rng.integers(2, 4)))
    acts = [ACTS[int(rng.integers(0, len(ACTS)))] for _ in range(depth)] + [out_act]
    net = Network(sizes, acts, loss=loss, seed=int(rng.integers(1 << 30)), dtype=dtype, init="xavier_normal")
    net.params[...] = rng.normal(scale=0.8, size=net.params.shape)
    if masked:
        for l in range(1, len(sizes)):
            net.set_mask(l, rng.random(net.weights[l].shape) > 0.3)
    return net


@pytest.mark.parametrize("loss,out_act", CASES)
@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("masked", [False, True])
def test_backprop_equals_central_differences(loss, out_act, seed, masked):
    rng = np.random.default_rng(seed)
    net = random_network(rng, loss, out_act, masked=masked)
    n = int(rng.integers(1, 7))
    X = rng.normal(size=(n, net.n_inputs))
    Y = _targets(loss, rng, n, net.n_outputs)
    assert check_network_gradients(net, X, Y) < 1e-6


def test_forward_is_the_layer_formula():
    rng = np.random.default_rng(1)
    net = Network([3, 4, 2], ["tanh", "sigmoid"], loss="bce", seed=4)
    X = rng.normal(size=(5, 3))
    h = np.tanh(X @ net.weights[1].T + net.biases[1])
    out = 1 / (1 + np.exp(-(h @ net.weights[2].T + net.biases[2])))
    np.testing.assert_allclose(net.forward(X), out, rtol=1e-14)


def test_masked_weights_are_zero_and_get_zero_gradient():
    mask = np.array([[1, 0], [0, 1], [1, 1]])
    net = Network([2, 3, 1], ["tanh", "sigmoid"], loss="bce", masks=[mask, None], seed=2)
    assert (net.weights[1][mask == 0] == 0).all()
    tr = net.trace(np.array([[0.3, -0.7], [1.0, 2.0]]), np.array([[1.0], [0.0]]))
    assert (tr.grad_weights[1][mask == 0] == 0).all()
    assert (tr.grad_weights[1][mask == 1] != 0).all()


def test_trace_update_is_one_sgd_step_and_leaves_the_network_alone():
    net = Network([2, 3, 1], ["sigmoid", "sigmoid"], loss="half_sse", seed=3)
    before = net.params.copy()
    x, y = np.array([[0.5, -0.2]]), np.array([[1.0]])
    tr = net.trace(x, y, learning_rate=0.5)
    np.testing.assert_array_equal(net.params, before)
    for l in (1, 2):
        np.testing.assert_array_equal(tr.new_weights[l], net.weights[l] - 0.5 * tr.grad_weights[l])
    g = numerical_weight_gradient(net, x, y, 2, 0, 1)
    assert g == pytest.approx(tr.grad_weights[2][0, 1], rel=1e-7)


def test_trace_json_has_the_cli_layout():
    net = Network([2, 2, 1], ["tanh", "sigmoid"], loss="bce", seed=1)
    out = net.trace(np.array([[1.0, 2.0]]), np.array([[1.0]]), learning_rate=0.1).to_json()
    assert set(out) == {"loss", "output", "layers"}
    assert out["layers"][0] == {"z": [1.0, 2.0], "a": [1.0, 2.0]}
    assert set(out["layers"][1]) == {"z", "a", "delta", "grad_weights", "grad_bias", "new_weights", "new_bias"}
    assert len(out["layers"][2]["grad_weights"]) == 1 and len(out["layers"][2]["grad_weights"][0]) == 2


def test_float32_network_computes_in_float32():
    net = Network([2, 4, 1], ["relu", "sigmoid"], loss="bce", dtype=np.float32)
    tr = net.trace(np.ones((3, 2)), np.ones((3, 1)))
    assert tr.a[-1].dtype == np.float32 and tr.grad_weights[1].dtype == np.float32
    ref = net.copy(np.float64).trace(np.ones((3, 2)), np.ones((3, 1)))
    np.testing.assert_allclose(tr.grad_weights[1], ref.grad_weights[1], rtol=1e-5, atol=1e-7)


def test_weights_are_views_into_the_flat_parameters():
    net = Network([2, 3, 2], ["tanh", "softmax"], loss="cross_entropy")
    net.weights[2][1, 0] = 42.0
    assert 42.0 in net.params
    copy = net.copy()
    copy.params[:] = 0
    assert net.weights[2][1, 0] == 42.0


@pytest.mark.parametrize("bad", [dict(sizes=[2]), dict(sizes=[2, 0, 1]),
                                 dict(activations=["softmax", "sigmoid"]),
                                 dict(activations=["tanh"]), dict(loss="hinge"),
                                 dict(activations=["tanh", "swish"])])
def test_invalid_networks_are_refused(bad):
    kwargs = dict(sizes=[2, 3, 1], activations=["tanh", "sigmoid"], loss="bce") | bad
    with pytest.raises(ValueError):
        Network(**kwargs)

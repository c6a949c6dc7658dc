"""Forward values, losses, gradients and optimiser steps against PyTorch autograd in float64."""

import numpy as np
import pytest

from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings

torch = pytest.importorskip("torch")
nn = torch.nn

TORCH_ACTS = {"identity": nn.Identity, "sigmoid": nn.Sigmoid, "tanh": nn.Tanh, "relu": nn.ReLU,
              "leaky_relu": lambda: nn.LeakyReLU(0.01)}
HIDDEN = ["sigmoid", "tanh", "relu", "leaky_relu", "identity"]
CASES = [("bce", "sigmoid"), ("cross_entropy", "softmax"), ("mse", "identity"), ("half_sse", "sigmoid"),
         ("mse", "tanh"), ("sse", "sigmoid"), ("sse", "identity")]


def build(rng, loss, out_act, mask=False):
    sizes = [3, 5, 4, 3]
    acts = [HIDDEN[int(rng.integers(0, 5))], HIDDEN[int(rng.integers(0, 5))], out_act]
    net = Network(sizes, acts, loss=loss, init="xavier_normal", seed=int(rng.integers(1000)))
    net.params[...] = rng.normal(scale=0.7, size=net.params.shape)
    masks = [None] * 4
    if mask:
        net.set_mask(2, rng.random((4, 5)) > 0.3)
        masks[2] = torch.tensor(net.masks[2])
    return net, masks


def torch_model(net):
    layers, linears = [], []
    for l in range(1, len(net.sizes)):
        lin = nn.Linear(net.sizes[l - 1], net.sizes[l]).double()
        with torch.no_grad():
            lin.weight.copy_(torch.tensor(net.weights[l]))
            lin.bias.copy_(torch.tensor(net.biases[l]))
        linears.append(lin)
        layers.append(lin)
        act = net.activations[l - 1]
        if act != "softmax":
            layers.append(TORCH_ACTS[act]())
    return layers, linears


def torch_forward(layers, linears, masks, x):
    """Forward through the layers, multiplying masked weights by their mask (W ⊙ M)."""
    h, i = x, 0
    for layer in layers:
        if isinstance(layer, nn.Linear):
            i += 1
            w = layer.weight if masks[i] is None else layer.weight * masks[i]
            h = torch.nn.functional.linear(h, w, layer.bias)
        else:
            h = layer(h)
    return h


def torch_loss(name, out, y):
    if name == "mse":
        return nn.MSELoss()(out, y)
    if name == "half_sse":
        return 0.5 * ((out - y) ** 2).sum() / out.shape[0]
    if name == "sse":
        return nn.MSELoss(reduction="sum")(out, y)
    if name == "bce":
        return nn.BCELoss()(out, y)
    return nn.CrossEntropyLoss()(out, y)  # logits (our softmax is fused in) and probability targets


def targets(rng, loss, n, k):
    if loss == "cross_entropy":
        return np.eye(k)[rng.integers(0, k, n)]
    if loss == "bce":
        return rng.integers(0, 2, (n, k)).astype(float)
    return rng.normal(size=(n, k))


@pytest.mark.parametrize("loss,out_act", CASES)
@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("mask", [False, True])
def test_forward_loss_and_gradients_equal_torch(loss, out_act, seed, mask):
    rng = np.random.default_rng(seed)
    net, masks = build(rng, loss, out_act, mask)
    X = rng.normal(size=(7, 3))
    Y = targets(rng, loss, 7, 3)
    trace = net.trace(X, Y)
    layers, linears = torch_model(net)
    xt = torch.tensor(X)
    out = torch_forward(layers, linears, masks, xt)
    lt = torch_loss(loss, out, torch.tensor(Y))
    lt.backward()
    expected_out = torch.softmax(out, 1) if out_act == "softmax" else out
    np.testing.assert_allclose(trace.output, expected_out.detach().numpy(), rtol=1e-12, atol=1e-14)
    assert trace.loss == pytest.approx(lt.item(), rel=1e-12, abs=1e-14)
    for l, lin in enumerate(linears, start=1):
        np.testing.assert_allclose(trace.grad_weights[l], lin.weight.grad.numpy(), rtol=1e-10, atol=1e-13)
        np.testing.assert_allclose(trace.grad_bias[l], lin.bias.grad.numpy(), rtol=1e-10, atol=1e-13)


OPTIMISERS = [
    ("sgd", {}, lambda g, lr: torch.optim.SGD(g, lr=lr)),
    ("sgd", {"momentum": 0.9}, lambda g, lr: torch.optim.SGD(g, lr=lr, momentum=0.9)),
    ("sgd", {"momentum": 0.8, "nesterov": True},
     lambda g, lr: torch.optim.SGD(g, lr=lr, momentum=0.8, nesterov=True)),
    ("rmsprop", {}, lambda g, lr: torch.optim.RMSprop(g, lr=lr)),
    ("adam", {}, lambda g, lr: torch.optim.Adam(g, lr=lr)),
]


@pytest.mark.parametrize("name,extra,make", OPTIMISERS)
@pytest.mark.parametrize("loss,out_act", [("bce", "sigmoid"), ("cross_entropy", "softmax"), ("mse", "identity")])
def test_twenty_steps_with_l2_equal_torch(name, extra, make, loss, out_act):
    rng = np.random.default_rng(7)
    net, masks = build(rng, loss, out_act)
    X = rng.normal(size=(40, 3))
    Y = targets(rng, loss, 40, 3)
    lr, lam = 0.05, 0.01
    layers, linears = torch_model(net)
    groups = [{"params": [lin.weight for lin in linears], "weight_decay": lam},
              {"params": [lin.bias for lin in linears], "weight_decay": 0.0}]
    opt = make(groups, lr)
    settings = TrainingSettings(optimizer=name, learning_rate=lr, batch_size=10, regularization="l2",
                                regularization_rate=lam, seed=3, **extra)
    trainer = Trainer(net, TrainData(X, Y), settings)
    for _ in range(20):
        ws, xb, yb = trainer._next_batch()
        trainer.apply_step(ws, xb, yb)
        opt.zero_grad()
        torch_loss(loss, torch_forward(layers, linears, masks, torch.tensor(xb)), torch.tensor(yb)).backward()
        opt.step()
    for l, lin in enumerate(linears, start=1):
        np.testing.assert_allclose(net.weights[l], lin.weight.detach().numpy(), rtol=1e-10, atol=1e-12)
        np.testing.assert_allclose(net.biases[l], lin.bias.detach().numpy(), rtol=1e-10, atol=1e-12)

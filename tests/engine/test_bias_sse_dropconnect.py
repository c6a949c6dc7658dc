"""Layers without bias, the summed loss ``sse``, dropconnect and early stopping: against PyTorch
float64, central differences and reference implementations written out here."""

from dataclasses import replace

import numpy as np
import pytest

from nnstudio.engine.gradcheck import check_network_gradients, numerical_weight_gradient
from nnstudio.engine.losses import get_loss
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings

torch = pytest.importorskip("torch")
nn = torch.nn
TORCH_ACTS = {"identity": nn.Identity, "sigmoid": nn.Sigmoid, "tanh": nn.Tanh, "relu": nn.ReLU}


def bias_free_net(seed=0, use_bias=(False, True, False), loss="mse", out="identity"):
    rng = np.random.default_rng(seed)
    net = Network([3, 5, 4, 2], ["tanh", "sigmoid", out], loss, use_bias=list(use_bias))
    net.set_parameters(rng.normal(scale=0.8, size=net.params.shape))
    return net, rng


def torch_linears(net):
    linears = []
    for l in range(1, len(net.sizes)):
        lin = nn.Linear(net.sizes[l - 1], net.sizes[l], bias=net.has_bias(l)).double()
        with torch.no_grad():
            lin.weight.copy_(torch.tensor(net.weights[l]))
            if net.has_bias(l):
                lin.bias.copy_(torch.tensor(net.biases[l]))
        linears.append(lin)
    return linears


def torch_out(net, linears, x):
    h = x
    for l, lin in enumerate(linears, start=1):
        h = TORCH_ACTS[net.activations[l - 1]]()(lin(h))
    return h


# -- layers without bias ------------------------------------------------------------------------------
def test_bias_free_layers_keep_zero_biases_whatever_is_set():
    net, _ = bias_free_net()
    assert [net.has_bias(l) for l in range(4)] == [False, False, True, False]
    assert not net.biases[1].any() and not net.biases[3].any() and net.biases[2].any()
    assert net.gradient_mask() is not None
    mask_b = net.gradient_mask()
    assert mask_b.sum() == net.params.size - 5 - 2


@pytest.mark.parametrize("seed", range(3))
def test_bias_free_forward_and_gradients_equal_torch_bias_false(seed):
    net, rng = bias_free_net(seed)
    X, Y = rng.normal(size=(6, 3)), rng.normal(size=(6, 2))
    tr = net.trace(X, Y)
    linears = torch_linears(net)
    out = torch_out(net, linears, torch.tensor(X))
    loss = nn.MSELoss()(out, torch.tensor(Y))
    loss.backward()
    np.testing.assert_allclose(tr.output, out.detach().numpy(), rtol=1e-13, atol=1e-15)
    assert tr.loss == pytest.approx(loss.item(), rel=1e-13)
    for l, lin in enumerate(linears, start=1):
        np.testing.assert_allclose(tr.grad_weights[l], lin.weight.grad.numpy(), rtol=1e-11, atol=1e-14)
        if net.has_bias(l):
            np.testing.assert_allclose(tr.grad_bias[l], lin.bias.grad.numpy(), rtol=1e-11, atol=1e-14)
        else:
            assert not tr.grad_bias[l].any()
    assert check_network_gradients(net, X, Y) < 1e-6
    with pytest.raises(ValueError, match="no bias"):
        numerical_weight_gradient(net, X, Y, 1, 0)


def test_bias_free_layers_are_never_trained_and_match_torch_over_steps():
    net, rng = bias_free_net(4)
    X, Y = rng.normal(size=(20, 3)), rng.normal(size=(20, 2))
    linears = torch_linears(net)
    opt = torch.optim.Adam([p for lin in linears for p in lin.parameters()], lr=0.01)
    trainer = Trainer(net, TrainData(X, Y), TrainingSettings(optimizer="adam", learning_rate=0.01,
                                                             batch_size=5, seed=2))
    for _ in range(12):
        ws, xb, yb = trainer._next_batch()
        trainer.apply_step(ws, xb, yb)
        opt.zero_grad()
        nn.MSELoss()(torch_out(net, linears, torch.tensor(xb)), torch.tensor(yb)).backward()
        opt.step()
    assert not net.biases[1].any() and not net.biases[3].any()
    for l, lin in enumerate(linears, start=1):
        np.testing.assert_allclose(net.weights[l], lin.weight.detach().numpy(), rtol=1e-10, atol=1e-12)


def test_trace_json_has_no_bias_rows_for_bias_free_layers():
    net, rng = bias_free_net(1)
    layers = net.trace(rng.normal(size=(1, 3)), [[0.5, -0.5]], learning_rate=0.1).to_json()["layers"]
    assert layers[1]["use_bias"] is False and "grad_bias" not in layers[1] and "new_bias" not in layers[1]
    assert "use_bias" not in layers[2] and len(layers[2]["new_bias"]) == 4


def test_copy_and_same_as_keep_use_bias():
    net, _ = bias_free_net()
    other = net.copy()
    assert other.use_bias == net.use_bias and other.same_as(net)
    other.set_use_bias(2, False)
    assert not other.same_as(net) and not other.biases[2].any()


# -- sse ----------------------------------------------------------------------------------------------
def test_sse_is_torch_mse_loss_with_reduction_sum():
    rng = np.random.default_rng(3)
    net = Network([2, 3, 2], ["sigmoid", "sigmoid"], "sse", seed=4)
    X, Y = rng.normal(size=(5, 2)), rng.random((5, 2))
    tr = net.trace(X, Y)
    linears = torch_linears(net)
    out = torch_out(net, linears, torch.tensor(X))
    loss = nn.MSELoss(reduction="sum")(out, torch.tensor(Y))
    loss.backward()
    assert tr.loss == pytest.approx(loss.item(), rel=1e-14)
    for l, lin in enumerate(linears, start=1):
        np.testing.assert_allclose(tr.grad_weights[l], lin.weight.grad.numpy(), rtol=1e-12)
        np.testing.assert_allclose(tr.grad_bias[l], lin.bias.grad.numpy(), rtol=1e-12)
    sse = get_loss("sse")
    assert sse.per_output(tr.output, Y).sum() / sse.share_divisor(5, 2) == pytest.approx(tr.loss, rel=1e-14)


@pytest.mark.parametrize("name", ["mse", "half_sse", "sse", "bce", "cross_entropy"])
def test_every_loss_states_its_reduction_and_it_is_the_true_one(name):
    """Repeating the batch keeps a mean over samples and doubles a sum: the words must say which."""
    loss = get_loss(name)
    rng = np.random.default_rng(2)
    y_hat = rng.dirichlet(np.ones(3), size=4) if name == "cross_entropy" else rng.uniform(0.1, 0.9, (4, 3))
    y = np.eye(3)[[0, 2, 1, 1]] if name == "cross_entropy" else rng.uniform(0, 1, (4, 3))
    twice = loss.value(np.vstack([y_hat, y_hat]), np.vstack([y, y])) / loss.value(y_hat, y)
    means_over_samples = "mean over the N samples" in loss.reduction
    assert twice == pytest.approx(1.0 if means_over_samples else 2.0)
    assert ("sum" in loss.reduction) != means_over_samples or "then mean" in loss.reduction
    assert loss.reduction.split()[0] in loss.__doc__ or loss.formula


def test_bce_after_sigmoid_is_the_exact_logits_form_not_torch_bce_loss_at_saturation():
    net = Network([1, 1], ["sigmoid"], "bce", weights=[[[40.0]]], biases=[[0.0]])
    ours = net.loss_value([[1.0]], [[0.0]])
    clamped = nn.BCELoss()(torch.sigmoid(torch.tensor([[40.0]], dtype=torch.float64)),
                           torch.tensor([[0.0]], dtype=torch.float64)).item()
    assert ours == pytest.approx(40.0, rel=1e-15) and clamped == pytest.approx(100.0)


# -- dropconnect --------------------------------------------------------------------------------------
def reference_dropconnect_step(W, b, keep, p, X, Y, lr):
    """A 2-layer (tanh, identity) mse step with W̃ = W ⊙ K/(1 − p), written out by hand."""
    Wt = [w * k / (1 - p) for w, k in zip(W, keep, strict=True)]
    z1 = X @ Wt[0].T + b[0]
    a1 = np.tanh(z1)
    out = a1 @ Wt[1].T + b[1]
    d2 = 2 * (out - Y) / out.size
    d1 = (d2 @ Wt[1]) * (1 - a1 ** 2)
    gW = [(d1.T @ X) * keep[0] / (1 - p), (d2.T @ a1) * keep[1] / (1 - p)]
    gb = [d1.sum(0), d2.sum(0)]
    return [w - lr * g for w, g in zip(W, gW, strict=True)], [c - lr * g for c, g in zip(b, gb, strict=True)]


def test_dropconnect_step_matches_a_reference_with_the_same_fixed_mask():
    rng = np.random.default_rng(5)
    net = Network([3, 4, 2], ["tanh", "identity"], "mse", seed=6)
    net.set_parameters(rng.normal(size=net.params.shape))
    X, Y = rng.normal(size=(8, 3)), rng.normal(size=(8, 2))
    p, lr = 0.4, 0.2
    keep = [None, (rng.random((4, 3)) >= p).astype(float), (rng.random((2, 4)) >= p).astype(float)]
    W = [net.weights[1].copy(), net.weights[2].copy()]
    b = [net.biases[1].copy(), net.biases[2].copy()]
    tr = net.trace(X, Y, learning_rate=lr, dropconnect=p, keep=keep)
    new_W, new_b = reference_dropconnect_step(W, b, keep[1:], p, X, Y, lr)
    for l in (1, 2):
        np.testing.assert_allclose(tr.new_weights[l], new_W[l - 1], rtol=1e-13, atol=1e-15)
        np.testing.assert_allclose(tr.new_bias[l], new_b[l - 1], rtol=1e-13, atol=1e-15)
        np.testing.assert_array_equal(tr.dropconnect_keep[l], keep[l])
    assert np.array_equal(net.weights[1], W[0])  # the trace leaves the network alone


def test_trainer_draws_a_fresh_mask_each_step_from_its_rng_and_none_at_evaluation():
    rng = np.random.default_rng(8)
    net = Network([3, 4, 2], ["tanh", "identity"], "mse", seed=6)
    X, Y = rng.normal(size=(8, 3)), rng.normal(size=(8, 2))
    p, lr = 0.5, 0.1
    ref = net.copy()
    trainer = Trainer(net, TrainData(X, Y), TrainingSettings(learning_rate=lr, batch_size=8, dropconnect=p,
                                                             seed=11))
    mirror = np.random.default_rng(11)
    for _ in range(3):
        order = mirror.permutation(8)
        keep = [None] + [(mirror.random(ref.weights[l].shape) >= p).astype(float) for l in (1, 2)]
        W, b = [ref.weights[1].copy(), ref.weights[2].copy()], [ref.biases[1].copy(), ref.biases[2].copy()]
        new_W, new_b = reference_dropconnect_step(W, b, keep[1:], p, X[order], Y[order], lr)
        for l in (1, 2):
            ref.weights[l][...], ref.biases[l][...] = new_W[l - 1], new_b[l - 1]
        trainer.train_epoch()
    np.testing.assert_allclose(net.params, ref.params, rtol=1e-12, atol=1e-14)
    assert trainer.evaluate().train_loss == pytest.approx(ref.loss_value(X, Y), rel=1e-14)


def test_dropconnect_is_live_changeable_and_validated():
    net = Network([2, 2, 1], ["tanh", "sigmoid"], "bce")
    trainer = Trainer(net, TrainData(np.zeros((4, 2)), np.zeros((4, 1))), TrainingSettings())
    trainer.apply(replace(trainer.settings, dropconnect=0.3))  # the one live path
    assert trainer.settings.dropconnect == 0.3
    with pytest.raises(ValueError, match="dropconnect"):
        trainer.apply(replace(trainer.settings, dropconnect=1.0))


# -- early stopping -----------------------------------------------------------------------------------
def test_early_stopping_stops_after_patience_and_restores_the_best_parameters_exactly():
    rng = np.random.default_rng(0)
    X = rng.uniform(-1, 1, size=(12, 1))
    Y = np.sin(3 * X) + rng.normal(scale=0.3, size=X.shape)
    Xt = rng.uniform(-1, 1, size=(60, 1))
    Yt = np.sin(3 * Xt)
    data = TrainData(X, Y, Xt, Yt, task="regression")
    settings = TrainingSettings(optimizer="adam", learning_rate=0.03, batch_size=12, epochs=3000, seed=1)
    # the reference: the same run without early stopping, recording every epoch's test loss and params
    free = Network([1, 40, 40, 1], ["tanh", "tanh", "identity"], "mse", seed=2)
    start = free.params.copy()
    losses, params = [], []
    for progress in Trainer(free, data, settings).run():
        losses.append(progress.test_loss)
        params.append(free.params.copy())
    patience = 50
    best = int(np.argmin(losses))
    stop = next(e for e in range(len(losses)) if e - int(np.argmin(losses[:e + 1])) >= patience)
    assert stop < len(losses) - 1, "the reference run must overfit for this test to mean something"

    net = Network([1, 40, 40, 1], ["tanh", "tanh", "identity"], "mse", seed=2)
    assert np.array_equal(net.params, start)
    trainer = Trainer(net, data, replace(settings, patience=patience))
    run = list(trainer.run())
    best_before_stop = int(np.argmin(losses[:stop + 1]))
    assert trainer.stopped_early and trainer.epoch == stop + 1
    assert trainer.best_epoch == best_before_stop + 1
    np.testing.assert_array_equal(net.params, params[best_before_stop])
    assert run[-1].test_loss == losses[best_before_stop]
    assert best_before_stop <= best or losses[best] < losses[best_before_stop]


def test_parameter_count_leaves_out_the_missing_biases():
    net, _ = bias_free_net()
    assert net.n_parameters == 3 * 5 + 5 * 4 + 4 + 4 * 2 == net.params.size - 5 - 2

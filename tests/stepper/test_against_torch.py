"""What the stepper shows equals PyTorch autograd (float64) and the CLI ``trace`` command.

The values are read from the Step objects' arrays (``neuron_values``, ``weight_values``,
``new_parameters``), i.e. what the labels are formatted from, for networks whose hidden layers
mix every element-wise activation, with each loss and several output activations.
"""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnstudio.engine.network import Network
from nnstudio.stepper.steps import BACKWARD, FORWARD, LOSS, UPDATE, StepThrough

torch = pytest.importorskip("torch", reason="no PyTorch: the parity reference is optional (README)")
F = torch.nn.functional

ROOT = Path(__file__).resolve().parents[2]
HIDDEN = ["sigmoid", "tanh", "relu", "leaky_relu", "identity"]
CASES = [("mse", "identity"), ("mse", "sigmoid"), ("mse", "tanh"), ("mse", "softmax"),
         ("half_sse", "relu"), ("half_sse", "leaky_relu"), ("half_sse", "softmax"),
         ("bce", "sigmoid"), ("bce", "softmax"), ("cross_entropy", "softmax"), ("cross_entropy", "sigmoid")]
RTOL, ATOL = 1e-12, 1e-14
LR = 0.3


def build(seed: int, loss: str, out: str) -> Network:
    """Five hidden layers, one of each element-wise activation (order rotated by the seed)."""
    hidden = HIDDEN[seed % 5:] + HIDDEN[:seed % 5]
    net = Network([3, 4, 5, 4, 5, 4, 3], [*hidden, out], loss=loss, seed=seed)
    net.params[...] = np.random.default_rng(seed).normal(scale=0.8, size=net.params.shape)
    return net


def data(seed: int, loss: str, out: str, n: int):
    rng = np.random.default_rng(seed + 1000)
    X = rng.normal(size=(n, 3))
    if out == "softmax" or loss == "cross_entropy":
        Y = np.eye(3)[rng.integers(0, 3, n)]
    elif loss == "bce":
        Y = rng.integers(0, 2, (n, 3)).astype(float)
    else:
        Y = rng.normal(size=(n, 3))
    return X, Y


def torch_activation(name, z):
    return {"identity": lambda t: t, "sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu,
            "leaky_relu": lambda t: F.leaky_relu(t, 0.01), "softmax": lambda t: torch.softmax(t, 1)}[name](z)


def torch_loss(name, z, a, y):
    if name == "mse":
        return F.mse_loss(a, y)
    if name == "half_sse":
        return 0.5 * ((a - y) ** 2).sum() / a.shape[0]
    if name == "bce":
        return F.binary_cross_entropy(a, y)
    if torch.allclose(a, torch.softmax(z, 1)):
        return F.cross_entropy(z, y)  # on the logits, probability targets
    return -(y * torch.log(a)).sum() / a.shape[0]


def torch_reference(net: Network, X, Y, lr: float) -> dict:
    """z, a, δ = ∂L/∂z, ∂L/∂W, ∂L/∂b and one SGD step, by autograd in float64."""
    h = torch.tensor(X, dtype=torch.float64)
    zs, acts, Ws, bs = [None], [h], [None], [None]
    for l in range(1, len(net.sizes)):
        W = torch.tensor(net.weights[l], dtype=torch.float64, requires_grad=True)
        b = torch.tensor(net.biases[l], dtype=torch.float64, requires_grad=True)
        z = h @ W.T + b
        z.retain_grad()
        h = torch_activation(net.activations[l - 1], z)
        zs.append(z), acts.append(h), Ws.append(W), bs.append(b)
    loss = torch_loss(net.loss, zs[-1], h, torch.tensor(Y, dtype=torch.float64))
    loss.backward()
    L = len(net.sizes) - 1
    ref = {"loss": loss.item(), "z": [None], "a": [X], "delta": [None], "gw": [None], "gb": [None],
           "new_w": [None], "new_b": [None]}
    for l in range(1, L + 1):
        ref["z"].append(zs[l].detach().numpy())
        ref["a"].append(acts[l].detach().numpy())
        ref["delta"].append(zs[l].grad.numpy())
        ref["gw"].append(Ws[l].grad.numpy())
        ref["gb"].append(bs[l].grad.numpy())
        with torch.no_grad():
            ref["new_w"].append((Ws[l] - lr * Ws[l].grad).numpy())
            ref["new_b"].append((bs[l] - lr * bs[l].grad).numpy())
    ref["flat"] = np.concatenate([np.concatenate([ref["new_w"][l].ravel(), ref["new_b"][l]])
                                  for l in range(1, L + 1)])
    return ref


def close(actual, expected):
    np.testing.assert_allclose(np.asarray(actual), np.asarray(expected), rtol=RTOL, atol=ATOL)


def check_steps(st: StepThrough, ref: dict) -> None:
    """Compare the arrays behind every step with the reference, for the stepper's sample choice."""
    n = st.sample_index

    def row(arr):
        return arr[n] if n is not None else arr.mean(axis=0)

    def delta_row(arr):
        return arr[n] if n is not None else arr.sum(axis=0)

    kinds = set()
    for step in st.steps:
        kinds.add(step.kind)
        nv, wv = step.neuron_values, step.weight_values
        if step.kind == FORWARD:
            l = step.layer
            close(nv[0]["x"], row(ref["a"][0]))
            for k in range(1, l + 1):
                close(nv[k]["z"], row(ref["z"][k]))
                close(nv[k]["a"], row(ref["a"][k]))
        elif step.kind == LOSS:
            assert step.loss == pytest.approx(ref["loss"], rel=RTOL, abs=ATOL)
            close(nv[step.layer]["a"], row(ref["a"][step.layer]))
        elif step.kind == BACKWARD:
            l = step.layer
            for k in range(l, st.n_layers + 1):
                close(nv[k]["delta"], delta_row(ref["delta"][k]))
                close(nv[k]["grad_bias"], ref["gb"][k])
            close(wv[l]["grad"], ref["gw"][l])
            close(step.connection_values[l], ref["gw"][l])
        else:
            for l in range(1, st.n_layers + 1):
                close(wv[l]["new_weight"], ref["new_w"][l])
                close(nv[l]["new_bias"], ref["new_b"][l])
            close(step.new_parameters, ref["flat"])
    assert kinds == {FORWARD, LOSS, BACKWARD, UPDATE}


@pytest.mark.parametrize("loss,out", CASES)
@pytest.mark.parametrize("seed", range(5))
def test_one_sample_equals_torch(loss, out, seed):
    net = build(seed, loss, out)
    X, Y = data(seed, loss, out, 1)
    st = StepThrough(net, X[0], Y[0], LR)
    check_steps(st, torch_reference(net, X, Y, LR))


@pytest.mark.parametrize("loss,out", CASES)
def test_mini_batch_equals_torch_per_sample_and_for_the_batch(loss, out):
    net = build(7, loss, out)
    X, Y = data(7, loss, out, 4)
    ref = torch_reference(net, X, Y, LR)
    st = StepThrough(net, X, Y, LR)
    check_steps(st, ref)  # batch mode: mean z and a, Σδ
    for n in range(4):
        st.sample_index = n
        check_steps(st, ref)


# -- the CLI's trace --------------------------------------------------------------------------------------------
def _netfile():
    try:
        from nnstudio.io import netfile
    except ImportError:
        pytest.skip("nnstudio.io.netfile is not there yet")
    if not (hasattr(netfile, "network_file_for") and hasattr(netfile, "save")):
        pytest.skip("nnstudio.io.netfile has no network_file_for/save yet")
    return netfile


def _numbers(values) -> str:
    return ",".join(repr(float(v)) for v in values)


@pytest.mark.parametrize("loss,out", [("mse", "softmax"), ("bce", "sigmoid"), ("cross_entropy", "softmax"),
                                      ("half_sse", "leaky_relu")])
def test_shown_values_equal_the_cli_trace(loss, out, tmp_path):
    netfile = _netfile()
    net = build(3, loss, out)
    X, Y = data(3, loss, out, 1)
    path = tmp_path / "net.nnet"
    netfile.save(netfile.network_file_for(net), path)
    cmd = [sys.executable, "-m", "nnstudio", "trace", str(path), f"--input={_numbers(X[0])}",
           f"--target={_numbers(Y[0])}", "--lr", repr(LR), "--json"]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    cli = json.loads(result.stdout)
    st = StepThrough(net, X[0], Y[0], LR)
    L = st.n_layers
    layers = cli["layers"]
    assert len(layers) == L + 1
    close(st.step(0).neuron_values[0]["x"], layers[0]["a"])
    for l in range(1, L + 1):
        forward = st.step(l - 1)
        backward = st.step(2 * L + 1 - l)
        assert backward.kind == BACKWARD and backward.layer == l
        close(forward.neuron_values[l]["z"], layers[l]["z"])
        close(forward.neuron_values[l]["a"], layers[l]["a"])
        close(backward.neuron_values[l]["delta"], layers[l]["delta"])
        close(backward.weight_values[l]["grad"], layers[l]["grad_weights"])
        close(backward.neuron_values[l]["grad_bias"], layers[l]["grad_bias"])
        update = st.step(2 * L + 1)
        close(update.weight_values[l]["new_weight"], layers[l]["new_weights"])
        close(update.neuron_values[l]["new_bias"], layers[l]["new_bias"])
    assert st.step(L).loss == pytest.approx(cli["loss"], rel=RTOL, abs=ATOL)
    close(st.step(L).neuron_values[L]["a"], cli["output"])

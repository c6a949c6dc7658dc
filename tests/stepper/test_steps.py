"""The step-through model: sequence, labels equal to the trace, navigation, the update, batches."""

import numpy as np
import pytest

from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings
from nnstudio.io import numbers
from nnstudio.io.numbers import MINUS, agrees, fmt, paren, parse
from nnstudio.stepper.steps import BACKWARD, FORWARD, LOSS, UPDATE, StepThrough

X1, Y1, LR = [0.5, 0.2], [1.0], 0.1


def sigmoid_221(loss="mse"):
    return Network([2, 2, 1], ["sigmoid", "sigmoid"], loss=loss,
                   weights=[[[0.4, -0.3], [0.2, 0.5]], [[0.7, -0.8]]], biases=[[0.1, -0.1], [0.05]])


def random_net(sizes, acts, loss, seed=0, scale=0.8):
    net = Network(sizes, acts, loss=loss, seed=seed)
    net.params[...] = np.random.default_rng(seed).normal(scale=scale, size=net.params.shape)
    return net


# -- numbers ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("value,text", [
    (0.24, "0.24"), (0.559714, "0.5597"), (-0.3, "−0.3"), (0.0, "0"), (-0.0, "0"), (1.0, "1"),
    (-1.5e-7, "−1.5e−7"), (123456.0, "1.235e5"), (0.00012345, "0.0001234"), (float("nan"), "NaN"),
    (float("inf"), "∞"), (-float("inf"), "−∞"), (-12.5, "−12.5"),
])
def test_fmt(value, text):
    assert fmt(value) == text


def test_fmt_digits_paren_parse_and_agrees():
    assert fmt(np.pi, 3) == "3.14"
    assert paren(-0.3) == "(−0.3)" and paren(0.3) == "0.3"
    assert parse("(−1.5e−7)") == -1.5e-7
    assert agrees("0.5597", 0.559714) and not agrees("0.5598", 0.559714)
    assert agrees(fmt(-9.99951e-5), -9.99951e-5)
    assert numbers.superscript("(12)") == "⁽¹²⁾" and numbers.subscript("kj") == "ₖⱼ"


@pytest.mark.parametrize("value", np.random.default_rng(3).normal(scale=10.0, size=200) ** 3)
def test_fmt_round_trips_within_its_precision(value):
    text = fmt(value)
    assert "-" not in text and agrees(text, value)


# -- the sequence -------------------------------------------------------------------------------------
def test_sequence_of_a_2_2_1_sigmoid_network():
    st = StepThrough(sigmoid_221(), X1, Y1, LR)
    steps = st.steps
    assert len(st) == len(steps) == 2 * 2 + 2
    assert [s.title for s in steps] == [
        "Forward: layer 1 (sigmoid)", "Forward: layer 2 (sigmoid)", "Loss (mse)",
        "Backward: layer 2 (sigmoid)", "Backward: layer 1 (sigmoid)", "Update: one SGD step (η = 0.1)"]
    assert [s.kind for s in steps] == [FORWARD, FORWARD, LOSS, BACKWARD, BACKWARD, UPDATE]
    assert [s.layer for s in steps] == [1, 2, 2, 2, 1, None]
    assert [s.highlight_layer for s in steps] == [1, 2, 2, 2, 1, None]
    assert [s.index for s in steps] == list(range(6))
    assert all(s.caption for s in steps)
    assert steps[0].loss is None and steps[2].loss == pytest.approx(st.trace.loss)
    assert all(s.new_parameters is None for s in steps[:-1]) and steps[-1].new_parameters is not None


def test_step_count_is_2L_plus_2_for_deeper_networks():
    net = random_net([3, 4, 4, 4, 2], ["tanh", "relu", "leaky_relu", "softmax"], "cross_entropy")
    st = StepThrough(net, [0.1, 0.2, 0.3], [0, 1], 0.05)
    assert len(st) == 10
    assert [s.layer for s in st.steps] == [1, 2, 3, 4, 4, 4, 3, 2, 1, None]
    assert st.step(0).title == "Forward: layer 1 (tanh)" and st.step(5).title == "Backward: layer 4 (softmax)"


# -- labels equal the trace ----------------------------------------------------------------------------
def _forward_text(tr, l, j):
    return f"z = {fmt(tr.z[l][0, j])}\na = {fmt(tr.a[l][0, j])}"


def test_neuron_and_connection_texts_equal_the_trace_at_every_step():
    net = sigmoid_221()
    st = StepThrough(net, X1, Y1, LR)
    tr, W = st.trace, net.weights
    s0, s1, loss, b2, b1, up = st.steps
    assert s0.neuron_texts == {(0, 0): "x = 0.5", (0, 1): "x = 0.2",
                               (1, 0): _forward_text(tr, 1, 0), (1, 1): _forward_text(tr, 1, 1)}
    assert s0.neuron_texts[(1, 0)] == "z = 0.24\na = 0.5597"  # by hand: 0.4·0.5 − 0.3·0.2 + 0.1
    assert s0.connection_texts == {(1, j, i): f"w·a = {fmt(W[1][j, i] * X1[i])}" for j in range(2) for i in range(2)}
    assert s0.connection_texts[(1, 0, 1)] == "w·a = −0.06"
    assert s1.neuron_texts[(2, 0)] == _forward_text(tr, 2, 0) and (2, 0) not in s0.neuron_texts
    assert s1.connection_texts == {(2, 0, i): f"w·a = {fmt(W[2][0, i] * tr.a[1][0, i])}" for i in range(2)}
    assert loss.neuron_texts[(2, 0)] == f"ŷ = {fmt(tr.a[2][0, 0])}\ny = 1"
    assert loss.connection_texts == {}
    assert b2.neuron_texts[(2, 0)] == f"δ = {fmt(tr.delta[2][0, 0])}"
    assert b2.neuron_texts[(1, 0)] == _forward_text(tr, 1, 0)
    assert b2.connection_texts == {(2, 0, i): f"∂L/∂w = {fmt(tr.grad_weights[2][0, i])}" for i in range(2)}
    assert b1.neuron_texts[(1, 1)] == f"δ = {fmt(tr.delta[1][0, 1])}"
    assert b1.connection_texts[(1, 1, 0)] == f"∂L/∂w = {fmt(tr.grad_weights[1][1, 0])}"
    w, nw = W[1][0, 0], tr.new_weights[1][0, 0]
    assert up.connection_texts[(1, 0, 0)] == f"{fmt(w)} → {fmt(nw)} (Δw {fmt(nw - w)})"
    assert up.connection_texts[(1, 0, 0)].startswith("0.4 → ")
    assert up.neuron_texts[(2, 0)] == f"b: 0.05 → {fmt(tr.new_bias[2][0])}"
    assert len(up.connection_texts) == 6


def test_every_number_shown_parses_back_to_its_array():
    st = StepThrough(random_net([3, 4, 2], ["tanh", "sigmoid"], "bce", seed=5), [0.3, -1, 2], [1, 0], 0.3)
    for step in st.steps:
        for (l, j), text in step.neuron_texts.items():
            names = [part.split(" = ")[0] for part in text.split("\n")]
            key = {"x": "x", "z": "z", "a": "a", "ŷ": "a", "y": "y", "δ": "delta"}
            for name, part in zip(names, text.split("\n"), strict=True):
                if name in key:
                    assert agrees(part.split(" = ")[1], step.neuron_values[l][key[name]][j]), (step.title, text)
        for (l, j, i), text in step.connection_texts.items():
            shown = text.split(" = ")[-1] if "=" in text else text.split("Δw ")[1].rstrip(")")
            assert agrees(shown, step.connection_values[l][j, i]), (step.title, text)
            assert "-" not in text


def test_connection_values_are_contributions_gradients_and_changes():
    net = sigmoid_221()
    st = StepThrough(net, X1, Y1, LR)
    tr = st.trace
    np.testing.assert_array_equal(st.step(0).connection_values[1], net.weights[1] * np.array(X1))
    np.testing.assert_array_equal(st.step(3).connection_values[2], tr.grad_weights[2])
    np.testing.assert_array_equal(st.step(4).weight_values[1]["grad"], tr.grad_weights[1])
    up = st.step(5)
    for l in (1, 2):
        np.testing.assert_array_equal(up.weight_values[l]["new_weight"], tr.new_weights[l])
        np.testing.assert_array_equal(up.connection_values[l], tr.new_weights[l] - net.weights[l])
        np.testing.assert_array_equal(up.neuron_values[l]["new_bias"], tr.new_bias[l])


def test_masked_connections_have_no_label_and_zero_values():
    net = random_net([2, 3, 1], ["relu", "identity"], "mse", seed=2)
    net.set_mask(1, [[1, 0], [1, 1], [0, 1]])
    st = StepThrough(net, [1.0, -2.0], [0.5], 0.1)
    for step in st.steps:
        assert (1, 0, 1) not in step.connection_texts and (1, 2, 0) not in step.connection_texts
    assert len(st.step(0).connection_texts) == 4
    assert st.step(0).connection_values[1][0, 1] == 0 and st.step(4).connection_values[1][2, 0] == 0


# -- navigation -----------------------------------------------------------------------------------------
def test_navigation_clamps_and_moves():
    st = StepThrough(sigmoid_221(), X1, Y1, LR)
    assert st.index == 0 and st.at_start and st.previous().index == 0
    assert st.next().index == 1 and st.current.kind == FORWARD
    assert st.to_end().kind == UPDATE and st.at_end and st.next().index == 5
    assert st.restart().index == 0
    assert st.go_to(99).index == 5 and st.go_to(-4).index == 0
    with pytest.raises(IndexError):
        st.step(6)


def test_previous_restores_exactly_the_view_of_the_step_before():
    net = random_net([2, 3, 2], ["tanh", "softmax"], "cross_entropy", seed=4)
    st = StepThrough(net, [0.5, -0.5], [0, 1], 0.2)
    forward = [st.current.view()]
    while not st.at_end:
        forward.append(st.next().view())
    backward = [st.current.view()]
    while not st.at_start:
        backward.append(st.previous().view())
    assert backward[::-1] == forward
    fresh = StepThrough(net, [0.5, -0.5], [0, 1], 0.2)
    assert [s.view() for s in fresh.steps] == forward


def test_steps_are_immutable():
    st = StepThrough(sigmoid_221(), X1, Y1, LR)
    step = st.step(0)
    with pytest.raises(ValueError):
        step.connection_values[1][0, 0] = 5.0
    with pytest.raises(ValueError):
        step.neuron_values[1]["z"][0] = 5.0
    with pytest.raises(TypeError):
        step.neuron_texts[(1, 0)] = "changed"
    with pytest.raises(TypeError):
        step.neuron_values[1]["z"] = np.zeros(2)
    with pytest.raises(ValueError):
        st.step(5).new_parameters[0] = 1.0


# -- the update -------------------------------------------------------------------------------------------
def test_update_equals_one_engine_sgd_step_and_trainer_with_batch_1():
    net = sigmoid_221()
    before = net.params.copy()
    st = StepThrough(net, X1, Y1, LR)
    st.to_end()
    st.explain((1, 0, 0))
    st.gradient_check(1, 0, 0)
    assert np.array_equal(net.params, before)  # never mutated
    new = st.current.new_parameters
    tr = net.trace(np.array([X1]), np.array([Y1]), LR)
    expected = np.concatenate([np.concatenate([tr.new_weights[l].ravel(), tr.new_bias[l]]) for l in (1, 2)])
    np.testing.assert_array_equal(new, expected)
    np.testing.assert_array_equal(st.updated_parameters(), expected)
    ws = net.workspace(1)
    ws.forward(np.array([X1]))
    np.testing.assert_allclose(new, before - LR * ws.backward(np.array([Y1])), rtol=0, atol=1e-16)
    trained = net.copy()
    trainer = Trainer(trained, TrainData(np.array([X1]), np.array([Y1])),
                      TrainingSettings(optimizer="sgd", learning_rate=LR, batch_size=1, seed=0))
    trainer.train_batch()
    np.testing.assert_allclose(trained.params, new, rtol=1e-15, atol=1e-16)
    assert not np.array_equal(new, before)


def test_update_of_a_masked_network_keeps_removed_weights_at_zero():
    net = random_net([2, 3, 1], ["tanh", "sigmoid"], "bce", seed=9)
    net.set_mask(1, [[1, 0], [1, 1], [0, 1]])
    st = StepThrough(net, [1.0, -2.0], [1.0], 0.5)
    new_w1 = st.to_end().weight_values[1]["new_weight"]
    assert new_w1[0, 1] == 0 and new_w1[2, 0] == 0


def test_learning_rate_zero_and_invalid():
    net = sigmoid_221()
    st = StepThrough(net, X1, Y1, 0.0)
    np.testing.assert_array_equal(st.updated_parameters(), net.params)
    for bad in (-0.1, float("nan"), float("inf")):
        with pytest.raises(ValueError):
            StepThrough(net, X1, Y1, bad)


def test_is_stale_and_the_copy():
    net = sigmoid_221()
    st = StepThrough(net, X1, Y1, LR)
    assert not st.is_stale(net)
    text = st.step(0).neuron_texts[(1, 0)]
    net.weights[1][0, 0] = 3.0
    assert st.is_stale(net)
    assert st.step(0).neuron_texts[(1, 0)] == text  # computed on its own copy


# -- mini-batches ---------------------------------------------------------------------------------------------
def batch_setup():
    net = random_net([2, 3, 2], ["tanh", "sigmoid"], "mse", seed=11)
    X = np.array([[0.5, -1.0], [1.5, 0.3], [-0.2, 0.8]])
    Y = np.array([[1.0, 0.0], [0.0, 1.0], [0.5, 0.5]])
    return net, X, Y


def test_batch_mode_shows_means_and_sums_and_uses_the_averaged_gradient():
    net, X, Y = batch_setup()
    st = StepThrough(net, X, Y, 0.1)
    tr = st.trace
    assert st.batch_size == 3 and st.sample_index is None and st.batch_mode
    f1 = st.step(0)
    np.testing.assert_allclose(f1.neuron_values[1]["z"], tr.z[1].mean(axis=0))
    assert f1.neuron_texts[(1, 0)] == f"mean z = {fmt(tr.z[1][:, 0].mean())}\nmean a = {fmt(tr.a[1][:, 0].mean())}"
    assert f1.connection_texts[(1, 0, 1)].startswith("mean w·a = ")
    assert "Batch of 3 samples" in f1.caption
    back = st.step(3)
    np.testing.assert_allclose(back.neuron_values[2]["delta"], tr.grad_bias[2], rtol=1e-15)
    assert back.neuron_texts[(2, 1)] == f"Σδ = {fmt(tr.delta[2][:, 1].sum())}"
    # the batch gradient is the mean of the single-sample gradients (all our losses are means)
    singles = [net.trace(X[n:n + 1], Y[n:n + 1]) for n in range(3)]
    for l in (1, 2):
        mean_grad = np.mean([s.grad_weights[l] for s in singles], axis=0)
        backward_step = st.step({2: 3, 1: 4}[l])
        np.testing.assert_allclose(backward_step.weight_values[l]["grad"], mean_grad, rtol=1e-12)
    expected = net.params - 0.1 * np.concatenate(
        [np.concatenate([np.mean([s.grad_weights[l] for s in singles], 0).ravel(),
                         np.mean([s.grad_bias[l] for s in singles], 0)]) for l in (1, 2)])
    np.testing.assert_allclose(st.updated_parameters(), expected, rtol=1e-12, atol=1e-15)


def test_batch_per_sample_values_on_demand():
    net, X, Y = batch_setup()
    st = StepThrough(net, X, Y, 0.1, sample_index=2)
    tr = st.trace
    st.go_to(3)
    assert st.current.sample_index == 2
    np.testing.assert_array_equal(st.current.neuron_values[2]["delta"], tr.delta[2][2])
    np.testing.assert_array_equal(st.current.connection_values[2], tr.grad_weights[2])  # the batch gradient
    assert "sample 3" in st.current.caption
    st.sample_index = 0
    assert st.index == 3 and st.current.sample_index == 0
    np.testing.assert_array_equal(st.current.neuron_values[2]["delta"], tr.delta[2][0])
    np.testing.assert_array_equal(st.step(0).neuron_values[0]["x"], X[0])
    st.sample_index = None
    np.testing.assert_allclose(st.step(0).neuron_values[0]["x"], X.mean(axis=0))
    with pytest.raises(IndexError):
        st.sample_index = 3
    np.testing.assert_array_equal(st.updated_parameters(), StepThrough(net, X, Y, 0.1).updated_parameters())


def test_a_single_sample_is_never_in_batch_mode():
    st = StepThrough(sigmoid_221(), X1, Y1, LR, sample_index=None)
    assert st.sample_index == 0 and not st.batch_mode
    st.sample_index = None
    assert st.sample_index == 0
    assert "mean" not in "".join(st.step(0).neuron_texts.values())


def test_texts_use_a_real_minus_sign():
    net = random_net([2, 3, 2], ["leaky_relu", "identity"], "half_sse", seed=1, scale=2.0)
    st = StepThrough(net, [-1.0, -2.0], [-3.0, 1.0], 0.1)
    shown = "".join("".join(s.neuron_texts.values()) + "".join(s.connection_texts.values()) for s in st.steps)
    assert MINUS in shown and "-" not in shown


def test_the_stepper_never_imports_qt(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    probe = ("import sys, nnstudio.stepper, nnstudio.stepper.explain, nnstudio.stepper.matrix_view\n"
             "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=60,
                         env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "[]", out.stderr

"""The step-through of a bias-free layer (no b row, no b label) and of a dropconnect step (the
dropped connections are named, their numbers are the engine's with the same mask)."""

import numpy as np

from nnstudio.engine.network import Network
from nnstudio.stepper.steps import StepThrough

X, Y = np.array([[0.4, -0.7, 1.0]]), np.array([[1.0]])


def bias_free_net():
    net = Network([3, 4, 1], ["sigmoid", "sigmoid"], "sse", seed=2, use_bias=[False, True])
    net.biases[2][...] = 0.3
    return net


def test_a_bias_free_layer_has_no_b_label_and_no_bias_row():
    st = StepThrough(bias_free_net(), X, Y, 0.5)
    kinds = [(st.step(k).kind, st.step(k).layer) for k in range(len(st))]
    update = st.step(kinds.index(("update", None)))
    assert not any((1, j) in update.neuron_texts for j in range(4))
    assert update.neuron_texts[(2, 0)].startswith("b: ")
    assert "bias" not in update.neuron_values.get(1, {})
    assert "no bias" in st.step(0).caption
    labels = [eq.caption for eq in st.matrix_view(kinds.index(("backward", 1))).equations]
    assert not any("∂L/∂b" in t for t in labels) and any("∂L/∂W" in t for t in labels)
    labels = [eq.caption for eq in st.matrix_view(kinds.index(("update", None))).equations]
    assert [t.split(" ")[0] for t in labels] == ["W⁽¹⁾", "W⁽²⁾", "b⁽²⁾"]  # no b⁽¹⁾ row
    z_line = st.explain((1, 0), 0).lines[0]
    assert "+ b" not in " ".join(z_line.steps)
    net = bias_free_net()
    net.set_parameters(st.updated_parameters())
    assert not net.biases[1].any()


def test_a_dropconnect_step_uses_the_engines_mask_and_names_the_dropped_connections():
    net = Network([3, 4, 1], ["tanh", "sigmoid"], "bce", seed=5)
    p, seed, lr = 0.5, 7, 0.3
    st = StepThrough(net, X, Y, lr, dropconnect=p, seed=seed)
    reference = net.trace(X, Y, lr, dropconnect=p, rng=np.random.default_rng(seed))
    for l in (1, 2):
        np.testing.assert_array_equal(st.trace.new_weights[l], reference.new_weights[l])
        np.testing.assert_array_equal(st.dropped(l), reference.dropconnect_keep[l] == 0)
        np.testing.assert_array_equal(st.effective_weights(l), net.weights[l] * reference.dropconnect_keep[l] / (1 - p))
    dropped = np.argwhere(st.dropped(1))
    assert dropped.size, "with p = 0.5 some of the 12 connections must drop"
    j, i = dropped[0]
    forward = st.step(0)
    assert forward.connection_texts[(1, int(j), int(i))] == "dropped (dropconnect)"
    assert "Dropconnect p = 0.5" in forward.caption
    kept = np.argwhere(~st.dropped(1))[0]
    assert forward.connection_texts[(1, int(kept[0]), int(kept[1]))].startswith("w·a = ")
    z_line = st.explain((1, int(j)), 0).lines[0]
    assert z_line.value == st.trace.z[1][0, j]
    update = st.step(len(st) - 1)
    assert st.trace.new_weights[1][j, i] == net.weights[1][j, i]  # a dropped weight does not move
    assert update.connection_texts[(1, int(j), int(i))] == "dropped (dropconnect)"

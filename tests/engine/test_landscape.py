"""Loss landscape: plane directions, projection, and the vectorised loss grid against a slow loop."""

import threading

import numpy as np
import pytest

from nnstudio.engine.datasets import make_dataset
from nnstudio.engine.landscape import (
    Cancelled,
    compute_landscape,
    filter_normalized_direction,
    filter_normalized_directions,
    loss_grid,
    loss_slice,
    param_index,
    pca_directions,
    project,
    stacked_losses,
    trajectory_losses,
    weight_pair_directions,
)
from nnstudio.engine.losses import LOSSES, Loss, get_loss
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings


def xor_net(seed=1):
    return Network([2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "bce", seed=seed)


def xor_data(samples=120):
    return TrainData.from_dataset(make_dataset("xor", samples, 0.1, 0.0, 1), 1)


def slow_grid(net, X, Y, origin, d1, d2, alphas, betas):
    probe = net.copy()
    out = np.empty((len(alphas), len(betas)))
    for a, alpha in enumerate(alphas):
        for b, beta in enumerate(betas):
            probe.params[...] = origin + alpha * d1 + beta * d2
            out[a, b] = probe.loss_value(X, Y)
    return out


# -- addressing and weight-pair planes -----------------------------------------------------------

def test_param_index_matches_the_views():
    net = xor_net()
    flat = np.arange(net.params.size, dtype=float)
    probe = net.copy()
    probe.params[...] = flat
    assert flat[param_index(net, 2, 3, 5)] == probe.weights[2][3, 5]
    assert flat[param_index(net, 3, 0, None)] == probe.biases[3][0]
    assert flat[param_index(net, 1, 7, 1)] == probe.weights[1][7, 1]


@pytest.mark.parametrize("address", [(0, 0, 0), (4, 0, 0), (1, 8, 0), (1, 0, 2), (2, -1, 0)])
def test_param_index_rejects_addresses_outside_the_network(address):
    with pytest.raises(ValueError):
        param_index(xor_net(), *address)


def test_weight_pair_directions_are_unit_vectors_on_the_chosen_parameters():
    net = xor_net()
    d1, d2 = weight_pair_directions(net, (2, 1, 4), (3, 0, None))
    assert d1[param_index(net, 2, 1, 4)] == 1.0 and d1.sum() == 1.0
    assert d2[param_index(net, 3, 0, None)] == 1.0 and d2.sum() == 1.0


def test_weight_pair_directions_refuse_the_same_or_a_masked_weight():
    net = xor_net()
    with pytest.raises(ValueError, match="two different"):
        weight_pair_directions(net, (1, 0, 0), (1, 0, 0))
    mask = np.ones((8, 2))
    mask[0, 1] = 0
    net.set_mask(1, mask)
    with pytest.raises(ValueError, match="masked"):
        weight_pair_directions(net, (1, 0, 1), (1, 0, 0))


def test_a_trajectory_in_the_plane_of_two_weights_projects_onto_it_exactly():
    """A path that moves only two weights lies in their plane: its coordinates are the offsets."""
    net = xor_net()
    first, second = (2, 1, 4), (3, 0, 2)
    d1, d2 = weight_pair_directions(net, first, second)
    origin = net.params.copy()
    rng = np.random.default_rng(0)
    steps = rng.normal(size=(30, 2))
    trajectory = origin + np.cumsum(steps, axis=0) @ np.stack([d1, d2])
    coords, residual = project(trajectory, origin, d1, d2, return_residual=True)
    k1, k2 = param_index(net, *first), param_index(net, *second)
    np.testing.assert_array_equal(coords[:, 0], trajectory[:, k1] - origin[k1])
    np.testing.assert_array_equal(coords[:, 1], trajectory[:, k2] - origin[k2])
    assert residual.max() == 0.0


def test_projection_is_exact_for_non_orthogonal_directions_and_least_squares_off_the_plane():
    rng = np.random.default_rng(3)
    P = 40
    origin, d1 = rng.normal(size=P), rng.normal(size=P)
    d2 = 0.6 * d1 + rng.normal(size=P)          # far from orthogonal
    ab = rng.normal(size=(12, 2))
    points = origin + ab @ np.stack([d1, d2])
    np.testing.assert_allclose(project(points, origin, d1, d2), ab, rtol=0, atol=1e-12)
    normal = rng.normal(size=P)
    D = np.column_stack([d1, d2])
    normal -= D @ np.linalg.lstsq(D, normal, rcond=None)[0]     # ⟂ to the plane
    off = points + 2.0 * normal / np.linalg.norm(normal)
    coords, residual = project(off, origin, d1, d2, return_residual=True)
    np.testing.assert_allclose(coords, ab, atol=1e-12)
    np.testing.assert_allclose(residual, 2.0, rtol=1e-12)


# -- PCA -----------------------------------------------------------------------------------------

def orthonormal_pair(P, seed):
    q, _ = np.linalg.qr(np.random.default_rng(seed).normal(size=(P, 2)))
    return q[:, 0], q[:, 1]


def test_pca_recovers_the_directions_and_explained_variance_of_a_synthetic_trajectory():
    P, T = 60, 80
    u, v = orthonormal_pair(P, 5)
    t = 2 * np.pi * np.arange(T) / T
    a, b = 3.0 * np.cos(t), 1.0 * np.sin(t)    # centred and uncorrelated: exact principal axes
    centre = np.random.default_rng(6).normal(size=P)
    trajectory = centre + np.outer(a, u) + np.outer(b, v)
    d1, d2, ratios = pca_directions(trajectory)
    assert abs(np.dot(d1, u)) == pytest.approx(1.0, abs=1e-12)
    assert abs(np.dot(d2, v)) == pytest.approx(1.0, abs=1e-12)
    np.testing.assert_allclose(ratios, [0.9, 0.1], atol=1e-12)
    coords = project(trajectory, centre, d1, d2)
    np.testing.assert_allclose(np.abs(coords), np.abs(np.column_stack([a, b])), atol=1e-12)


def test_pca_with_noise_explains_nearly_everything_and_points_forward():
    P, T = 100, 50
    u, v = orthonormal_pair(P, 8)
    rng = np.random.default_rng(9)
    s = np.linspace(0, 1, T)
    trajectory = np.outer(4 * s, u) + np.outer(np.sin(3 * s), v) + 1e-3 * rng.normal(size=(T, P))
    d1, d2, ratios = pca_directions(trajectory)
    assert abs(np.dot(d1, u)) > 0.99 and abs(np.dot(d2, v)) > 0.95
    assert ratios[0] > 0.8 and ratios.sum() > 0.99
    travel = trajectory[-1] - trajectory[0]
    assert np.dot(travel, d1) > 0 and np.dot(travel, d2) >= 0
    assert np.dot(d1, d2) == pytest.approx(0.0, abs=1e-12)


def test_pca_of_a_real_training_run_and_its_landscape():
    net, data = Network([2, 4, 1], ["tanh", "sigmoid"], "bce", seed=2), xor_data()
    trainer = Trainer(net, data, TrainingSettings(learning_rate=0.5, batch_size=10))
    snapshots = [net.params.copy()]
    for _ in range(15):
        trainer.train_epoch()
        snapshots.append(net.params.copy())
    land = compute_landscape(net, data.X_train, data.Y_train, "pca", resolution=9,
                             trajectory=np.array(snapshots))
    assert land.losses.shape == (9, 9) and land.kind == "pca"
    assert land.explained_variance[0] >= land.explained_variance[1] > 0
    assert land.labels[0].startswith("PC1")
    np.testing.assert_allclose(land.trajectory[-1], [0.0, 0.0], atol=1e-12)   # current weights
    assert np.abs(land.trajectory).max() <= land.alphas[-1]                    # the path fits
    assert land.losses[4, 4] == pytest.approx(land.origin_loss, rel=1e-12)


def test_pca_refuses_degenerate_trajectories():
    with pytest.raises(ValueError):
        pca_directions(np.ones((1, 5)))
    with pytest.raises(ValueError, match="does not move"):
        pca_directions(np.ones((4, 5)))


# -- filter normalisation ------------------------------------------------------------------------

def neuron_norms(params, net, include_bias=True):
    probe = net.copy()
    probe.params[...] = params
    norms = []
    for l in range(1, len(net.sizes)):
        w = probe.weights[l]
        rows = np.column_stack([w, probe.biases[l]]) if include_bias else w
        norms.append(np.linalg.norm(rows, axis=1))
    return norms


def trained_like_net():
    net = xor_net(seed=4)
    net.params[...] += np.random.default_rng(1).normal(scale=0.3, size=net.params.size)  # non-zero biases
    return net


def test_filter_normalisation_gives_each_neuron_the_norm_of_its_parameters():
    net = trained_like_net()
    d = filter_normalized_direction(net, np.random.default_rng(2))
    for got, want in zip(neuron_norms(d, net), neuron_norms(net.params, net), strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-12)
    assert not np.allclose(d, net.params)    # a random direction, not the weights themselves


def test_filter_normalisation_without_biases_scales_rows_and_zeroes_bias_directions():
    net = trained_like_net()
    d = filter_normalized_direction(net, np.random.default_rng(2), include_bias=False)
    for got, want in zip(neuron_norms(d, net, False), neuron_norms(net.params, net, False), strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-12)
    probe = net.copy()
    probe.params[...] = d
    assert all(not probe.biases[l].any() for l in range(1, 4))


def test_filter_normalisation_keeps_masked_weights_at_zero_and_is_seeded():
    net = trained_like_net()
    mask = np.ones((8, 8))
    mask[2, :] = 0            # neuron 2 of layer 2 has no incoming weights
    mask[5, 3] = 0
    net.set_mask(2, mask)
    net.biases[2][2] = 0.0    # … and no bias: its direction slice must be zero
    d1, d2 = filter_normalized_directions(net, np.random.default_rng(7))
    probe = net.copy()
    probe.params[...] = d1
    assert probe.weights[2][5, 3] == 0.0 and not probe.weights[2][2].any() and probe.biases[2][2] == 0.0
    for got, want in zip(neuron_norms(d1, net), neuron_norms(net.params, net), strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-12)
    e1, e2 = filter_normalized_directions(net, np.random.default_rng(7))
    np.testing.assert_array_equal(d1, e1)
    np.testing.assert_array_equal(d2, e2)
    assert not np.array_equal(d1, d2)


# -- the loss grid -------------------------------------------------------------------------------

CASES = [
    ([2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "bce", "xor"),
    ([2, 5, 3], ["relu", "softmax"], "cross_entropy", "blobs"),
    ([2, 6, 1], ["sigmoid", "identity"], "mse", "plane"),
    ([2, 4, 1], ["leaky_relu", "identity"], "half_sse", "sine2"),
    ([2, 3, 2], ["tanh", "sigmoid"], "bce", "two-outputs"),
]


def case_data(name, n_out):
    rng = np.random.default_rng(11)
    X = rng.uniform(-1, 1, size=(37, 2))
    if name == "blobs":
        return X, np.eye(3)[rng.integers(0, 3, 37)]
    if name in ("xor", "two-outputs"):
        return X, (rng.random((37, n_out)) < 0.5).astype(float)
    return X, rng.normal(size=(37, 1))


@pytest.mark.parametrize("sizes, acts, loss, name", CASES, ids=[c[3] for c in CASES])
def test_loss_grid_equals_the_slow_loop(sizes, acts, loss, name):
    net = Network(sizes, acts, loss, seed=3)
    X, Y = case_data(name, sizes[-1])
    d1, d2 = filter_normalized_directions(net, np.random.default_rng(1))
    alphas, betas = np.linspace(-1.5, 1.5, 7), np.linspace(-1, 2, 5)   # non-square: orientation
    fast = loss_grid(net, X, Y, net.params, d1, d2, alphas, betas, chunk=4)
    slow = slow_grid(net, X, Y, net.params, d1, d2, alphas, betas)
    assert fast.shape == (7, 5)
    np.testing.assert_allclose(fast, slow, rtol=1e-12, atol=1e-14)


def test_loss_grid_ignores_direction_components_on_masked_weights():
    net = xor_net()
    mask = np.ones((8, 8))
    mask[0, 0] = 0
    net.set_mask(2, mask)
    X, Y = case_data("xor", 1)
    rng = np.random.default_rng(2)
    d1, d2 = rng.normal(size=net.params.size), rng.normal(size=net.params.size)   # not masked
    grid = np.linspace(-1, 1, 3)
    fast = loss_grid(net, X, Y, net.params, d1, d2, grid, grid)
    m = net.gradient_mask()
    np.testing.assert_allclose(fast, slow_grid(net, X, Y, net.params, d1 * m, d2 * m, grid, grid),
                               rtol=1e-12)


def test_loss_grid_reports_progress_and_can_be_cancelled():
    net, data = xor_net(), xor_data()
    d1, d2 = filter_normalized_directions(net, np.random.default_rng(1))
    grid = np.linspace(-1, 1, 6)
    calls = []
    loss_grid(net, data.X_train, data.Y_train, net.params, d1, d2, grid, grid, chunk=10,
              progress_callback=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (36, 36) and len(calls) == 4
    stop = threading.Event()
    stop.set()
    with pytest.raises(Cancelled):
        loss_grid(net, data.X_train, data.Y_train, net.params, d1, d2, grid, grid, cancel_event=stop)


def test_loss_grid_rejects_directions_of_the_wrong_length():
    net, data = xor_net(), xor_data()
    with pytest.raises(ValueError, match="d2 has 3 values"):
        loss_grid(net, data.X_train, data.Y_train, net.params, net.params, np.ones(3), [0.0], [0.0])


def test_loss_slice_matches_setting_the_weight_by_hand():
    net, data = xor_net(), xor_data()
    values = np.linspace(-3, 3, 13)
    for layer, j, i in ((2, 3, 1), (3, 0, None)):
        got = loss_slice(net, data.X_train, data.Y_train, layer, j, i, values)
        probe = net.copy()
        want = []
        for v in values:
            if i is None:
                probe.biases[layer][j] = v
            else:
                probe.weights[layer][j, i] = v
            want.append(probe.loss_value(data.X_train, data.Y_train))
        np.testing.assert_allclose(got, want, rtol=1e-12)
    current = net.weights[2][3, 1]
    at_current = loss_slice(net, data.X_train, data.Y_train, 2, 3, 1, [current])[0]
    assert at_current == pytest.approx(net.loss_value(data.X_train, data.Y_train), rel=1e-12)


def test_weight_pair_landscape_is_centred_on_the_current_weights():
    net, data = xor_net(), xor_data()
    land = compute_landscape(net, data.X_train, data.Y_train, "weights", resolution=5, span=1.0,
                             weights=((1, 0, 1), (2, 3, None)))
    assert land.labels == ("W[1][0,1]", "b[2][3]")
    assert land.extent == (-1.0, 1.0, -1.0, 1.0)
    assert land.losses[2, 2] == pytest.approx(land.origin_loss, rel=1e-12)
    probe = net.copy()
    probe.weights[1][0, 1] += 1.0
    probe.biases[2][3] -= 0.5
    assert land.losses[4, 1] == pytest.approx(probe.loss_value(data.X_train, data.Y_train), rel=1e-12)
    low, high = land.finite_range()
    assert low <= land.origin_loss <= high


def test_unknown_plane_kind_is_an_error():
    net, data = xor_net(), xor_data()
    with pytest.raises(ValueError, match="unknown plane kind"):
        compute_landscape(net, data.X_train, data.Y_train, "diagonal")


def test_trajectory_losses_are_the_losses_at_each_snapshot():
    net, data = xor_net(), xor_data()
    trainer = Trainer(net, data, TrainingSettings(learning_rate=0.3, batch_size=10))
    snapshots, want = [], []
    for _ in range(40):
        trainer.train_batch()
        snapshots.append(net.params.copy())
        want.append(net.loss_value(data.X_train, data.Y_train))
    got = trajectory_losses(net, data.X_train, data.Y_train, np.array(snapshots))
    np.testing.assert_allclose(got, want, rtol=1e-12)
    with pytest.raises(ValueError, match="snapshots have 3 values"):
        trajectory_losses(net, data.X_train, data.Y_train, np.ones((2, 3)))


def losses_by_hand(net, X, Y, thetas):
    probe = net.copy()
    out = []
    for theta in thetas:
        probe.params[...] = theta
        out.append(probe.loss_value(X, Y))
    return out


@pytest.mark.parametrize("sizes, acts, loss, name", CASES, ids=[c[3] for c in CASES])
def test_the_vectorised_loss_path_is_used_for_every_registered_loss(sizes, acts, loss, name, monkeypatch):
    net = Network(sizes, acts, loss, seed=3)
    X, Y = case_data(name, sizes[-1])
    thetas = net.params + np.random.default_rng(4).normal(scale=0.5, size=(6, net.params.size))
    want = losses_by_hand(net, X, Y, thetas)
    obj, calls = get_loss(loss), []
    value = obj.value
    monkeypatch.setattr(obj, "value", lambda *a, **k: calls.append(1) or value(*a, **k))
    np.testing.assert_allclose(stacked_losses(net, X, Y, thetas), want, rtol=1e-12)
    assert len(calls) == 1                        # one check; the rest came from per_output


class MeanAbsolute(Loss):
    """L = mean |ŷ − y|, with a per_output that breaks the documented contract (scaled by 3)."""

    name = "mean_absolute_test"

    def value(self, y_hat, y, z=None):
        return float(np.mean(np.abs(y_hat - y)))

    def per_output(self, y_hat, y):
        return 3 * np.abs(y_hat - y)


def test_a_loss_breaking_the_per_output_contract_falls_back_to_its_value(monkeypatch):
    monkeypatch.setitem(LOSSES, "mean_absolute_test", MeanAbsolute())
    net = Network([2, 5, 2], ["tanh", "identity"], "mean_absolute_test", seed=1)
    X, Y = case_data("plane", 2)
    Y = np.column_stack([Y, -Y])
    thetas = net.params + np.random.default_rng(4).normal(scale=0.5, size=(6, net.params.size))
    np.testing.assert_allclose(stacked_losses(net, X, Y, thetas), losses_by_hand(net, X, Y, thetas),
                               rtol=1e-12)


@pytest.mark.parametrize("first, second", [((3, 0, 4), (3, 0, None)), ((2, 5, 1), (3, 0, 2)),
                                           ((1, 0, 0), (3, 0, None))])
def test_weight_pair_grids_in_deeper_layers_equal_the_slow_loop(first, second):
    """Layers below the moving weights are computed once; the result must not change."""
    net = xor_net()
    X, Y = case_data("xor", 1)
    d1, d2 = weight_pair_directions(net, first, second)
    grid = np.linspace(-2, 2, 5)
    fast = loss_grid(net, X, Y, net.params, d1, d2, grid, grid[:4])
    np.testing.assert_allclose(fast, slow_grid(net, X, Y, net.params, d1, d2, grid, grid[:4]), rtol=1e-12)


def test_a_plane_that_moves_nothing_is_flat():
    net = xor_net()
    X, Y = case_data("xor", 1)
    zero = np.zeros(net.params.size)
    flat = loss_grid(net, X, Y, net.params, zero, zero, [0.0, 1.0], [2.0])
    np.testing.assert_allclose(flat, net.loss_value(X, Y), rtol=1e-12)

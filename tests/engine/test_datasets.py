"""Tests of the built-in dataset generators (nnstudio.engine.datasets)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnstudio.engine import datasets as ds
from nnstudio.engine.dataset import CLASSIFICATION, REGRESSION
from nnstudio.engine.datasets import DATASET_DESCRIPTIONS, DATASET_NAMES, DATASET_TASKS, make_dataset

CLASSIFICATION_NAMES = [n for n in DATASET_NAMES if DATASET_TASKS[n] == CLASSIFICATION]
REGRESSION_NAMES = [n for n in DATASET_NAMES if DATASET_TASKS[n] == REGRESSION]


def all_points(data) -> tuple[np.ndarray, np.ndarray]:
    """Train and test rows stacked back together."""
    return np.concatenate([data.X_train, data.X_test]), np.concatenate([data.y_train, data.y_test])


def sorted_rows(X: np.ndarray) -> np.ndarray:
    return X[np.lexsort(X.T[::-1])]


# ------------------------------------------------------------------------------- names and help

def test_names_and_descriptions_agree():
    assert DATASET_NAMES == ("xor", "circle", "gaussians", "spiral", "moons", "linear", "blobs",
                             "plane", "sine")
    assert set(DATASET_DESCRIPTIONS) == set(DATASET_NAMES) == set(DATASET_TASKS)
    for name, text in DATASET_DESCRIPTIONS.items():
        assert text.strip() and "\n" not in text, name
    assert REGRESSION_NAMES == ["plane", "sine"]


# ---------------------------------------------------------------------------------- determinism

@pytest.mark.parametrize("name", DATASET_NAMES)
def test_same_seed_gives_identical_arrays(name):
    a = make_dataset(name, samples=150, noise=0.2, seed=7)
    b = make_dataset(name, samples=150, noise=0.2, seed=7)
    for field in ("X_train", "y_train", "X_test", "y_test"):
        x, y = getattr(a, field), getattr(b, field)
        assert x.dtype == y.dtype and x.shape == y.shape
        assert x.tobytes() == y.tobytes(), field


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_different_seed_gives_different_data(name):
    a = make_dataset(name, samples=150, seed=1)
    b = make_dataset(name, samples=150, seed=2)
    assert not np.array_equal(a.X_train, b.X_train)
    assert not np.array_equal(sorted_rows(all_points(a)[0]), sorted_rows(all_points(b)[0]))


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_points_do_not_depend_on_test_fraction(name):
    whole = make_dataset(name, samples=120, test_fraction=0.0, seed=3)
    split = make_dataset(name, samples=120, test_fraction=0.4, seed=3)
    X_whole, y_whole = all_points(whole)
    X_split, y_split = all_points(split)
    order_whole, order_split = np.lexsort(X_whole.T[::-1]), np.lexsort(X_split.T[::-1])
    np.testing.assert_array_equal(X_whole[order_whole], X_split[order_split])
    np.testing.assert_array_equal(y_whole[order_whole], y_split[order_split])


# ---------------------------------------------------------------------------------------- shapes

@pytest.mark.parametrize("name", DATASET_NAMES)
def test_shapes_types_and_names(name):
    data = make_dataset(name, samples=200, test_fraction=0.3)
    n_features = 1 if name == "sine" else 2
    assert data.name == name
    assert data.task == DATASET_TASKS[name]
    assert data.X_train.shape == (140, n_features) and data.X_test.shape == (60, n_features)
    assert data.X_train.dtype == np.float64
    assert data.feature_names == (["x"] if name == "sine" else ["x1", "x2"])
    if data.task == CLASSIFICATION:
        assert data.y_train.shape == (140,) and data.y_test.shape == (60,)
        assert data.y_train.dtype == np.int64
        assert data.target_names == [f"class {c}" for c in range(data.n_classes)]
    else:
        assert data.y_train.shape == (140, 1) and data.y_test.shape == (60, 1)
        assert data.y_train.dtype == np.float64
        assert data.target_names == ["y"]
        assert data.n_outputs == 1
    assert np.all(np.isfinite(data.X_train)) and np.all(np.isfinite(data.y_train))


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_zero_test_fraction_gives_empty_test_arrays_with_columns(name):
    data = make_dataset(name, samples=50, test_fraction=0.0)
    assert len(data.X_train) == 50
    assert data.X_test.shape == (0, data.n_features)
    expected_y = (0,) if data.task == CLASSIFICATION else (0, 1)
    assert data.y_test.shape == expected_y


def test_split_keeps_at_least_one_training_sample():
    data = make_dataset("xor", samples=2, test_fraction=0.9)
    assert len(data.X_train) == 1 and len(data.X_test) == 1


@settings(max_examples=40, deadline=None)
@given(samples=st.integers(2, 400), test_fraction=st.floats(0.0, 0.99), seed=st.integers(0, 2**32),
       name=st.sampled_from(DATASET_NAMES))
def test_split_sizes_add_up(samples, test_fraction, seed, name):
    data = make_dataset(name, samples=samples, test_fraction=test_fraction, seed=seed)
    n_test = len(data.X_test)
    assert len(data.X_train) + n_test == samples
    assert len(data.y_train) == len(data.X_train) and len(data.y_test) == n_test
    assert n_test == min(round(samples * test_fraction), samples - 1)
    X, _ = all_points(data)
    assert len(np.unique(X, axis=0)) == samples  # a permutation: no row repeated or lost


# ------------------------------------------------------------------------------- labels, balance

@pytest.mark.parametrize("name", ["xor", "circle", "gaussians", "spiral", "moons", "linear"])
def test_binary_sets_are_balanced(name):
    data = make_dataset(name, samples=201)
    _, y = all_points(data)
    assert data.n_classes == 2 and data.n_outputs == 1
    assert set(np.unique(y)) == {0, 1}
    assert sorted(np.bincount(y).tolist()) == [100, 101]
    # the shuffled split keeps both classes in both parts, roughly in proportion
    assert 0.35 < data.y_train.mean() < 0.65 and 0.3 < data.y_test.mean() < 0.7


@pytest.mark.parametrize("classes", [3, 4, 5])
def test_blobs_have_the_requested_classes(classes):
    data = make_dataset("blobs", samples=103, classes=classes)
    _, y = all_points(data)
    assert data.n_classes == classes and data.n_outputs == classes
    assert y.min() == 0 and y.max() == classes - 1
    counts = np.bincount(y, minlength=classes)
    assert counts.sum() == 103 and counts.max() - counts.min() <= 1
    # each blob is centred where the docstring says
    X, y_big = all_points(make_dataset("blobs", samples=5000, noise=0.0, classes=classes))
    phi = np.pi / 2 + 2 * np.pi * np.arange(classes) / classes
    expected = ds.BLOB_RADIUS * np.column_stack([np.cos(phi), np.sin(phi)])
    for c in range(classes):
        np.testing.assert_allclose(X[y_big == c].mean(axis=0), expected[c], atol=0.02)


def test_balanced_labels():
    np.testing.assert_array_equal(ds.balanced_labels(7, 3), [0, 0, 0, 1, 1, 2, 2])
    np.testing.assert_array_equal(ds.balanced_labels(2, 3), [0, 1])


# ------------------------------------------------------------------ noise 0: the defining rules

def clean(name, samples=2000, **kw):
    return all_points(make_dataset(name, samples=samples, noise=0.0, test_fraction=0.0, **kw))


def test_clean_xor_follows_the_sign_rule():
    X, y = clean("xor")
    np.testing.assert_array_equal(y, (X[:, 0] * X[:, 1] > 0).astype(int))
    assert np.abs(X).min() >= ds.XOR_PADDING and np.abs(X).max() <= 1.0
    # all four quadrants are used
    quadrants = {(a, b) for a, b in np.sign(X).astype(int)}
    assert quadrants == {(1, 1), (1, -1), (-1, 1), (-1, -1)}


def test_clean_circle_follows_the_radius_rule():
    X, y = clean("circle")
    r = np.linalg.norm(X, axis=1)
    np.testing.assert_array_equal(y, (r < 0.6).astype(int))
    assert r[y == 1].max() <= 0.5 and r[y == 0].min() >= 0.7 and r.max() <= 1.0


def test_clean_linear_is_separated_by_its_line_with_a_margin():
    X, y = clean("linear")
    distance = X @ np.array(ds.LINEAR_NORMAL)
    np.testing.assert_array_equal(y, (distance > 0).astype(int))
    assert np.abs(distance).min() >= ds.LINEAR_MARGIN - 1e-12


def spiral_phase(X: np.ndarray) -> np.ndarray:
    """Angle of each point minus the angle of arm 0 at its radius, wrapped to [-π, π)."""
    r = np.linalg.norm(X, axis=1)
    arm0 = 2 * np.pi * ds.SPIRAL_TURNS * (r - ds.SPIRAL_INNER_RADIUS) / (1 - ds.SPIRAL_INNER_RADIUS)
    return (np.arctan2(X[:, 1], X[:, 0]) - arm0 + np.pi) % (2 * np.pi) - np.pi


def test_clean_spiral_points_lie_on_their_arm():
    X, y = clean("spiral")
    phase = spiral_phase(X)
    on_arm0 = np.abs(phase) < 1e-9
    on_arm1 = np.abs(np.abs(phase) - np.pi) < 1e-9
    np.testing.assert_array_equal(on_arm0, y == 0)
    np.testing.assert_array_equal(on_arm1, y == 1)
    r = np.linalg.norm(X, axis=1)
    assert r.min() >= ds.SPIRAL_INNER_RADIUS - 1e-12 and r.max() <= 1.0 + 1e-12


def arc_distance(X: np.ndarray, center, start: float) -> np.ndarray:
    """Distance of each point to the half circle ``center + (cos t, sin t)``, ``t ∈ [start, start+π]``."""
    offset = X - np.asarray(center)
    t = (np.arctan2(offset[:, 1], offset[:, 0]) - start) % (2 * np.pi)
    ends = np.array([[np.cos(start), np.sin(start)], [-np.cos(start), -np.sin(start)]]) + center
    to_ends = np.min(np.linalg.norm(X[:, None, :] - ends[None], axis=2), axis=1)
    return np.where(t <= np.pi, np.abs(np.linalg.norm(offset, axis=1) - 1), to_ends)


def moon_distances(X: np.ndarray) -> np.ndarray:
    """Distance of each point to moon 0 (upper half circle) and moon 1 (lower half circle)."""
    d0 = arc_distance(X, np.array([-0.5, -0.25]), 0.0)
    d1 = arc_distance(X, np.array([0.5, 0.25]), np.pi)
    return np.column_stack([d0, d1])


def test_clean_moons_lie_on_their_half_circles():
    X, y = clean("moons")
    d = moon_distances(X)
    assert np.all(d[np.arange(len(y)), y] < 1e-12)
    upper = X[:, 1] + 0.25  # moon 0 is the upper half circle, moon 1 the lower one
    assert np.all(upper[y == 0] >= -1e-12) and np.all(upper[y == 1] - 0.5 <= 1e-12)


def test_clean_regression_targets_follow_their_formula():
    X, y = clean("plane")
    a, b = ds.PLANE_COEFFICIENTS
    np.testing.assert_allclose(y[:, 0], a * X[:, 0] + b * X[:, 1], rtol=0, atol=1e-15)
    assert np.abs(X).max() <= 1.0
    X, y = clean("sine")
    np.testing.assert_array_equal(y, np.sin(X))
    assert -np.pi <= X.min() and X.max() <= np.pi and X.max() - X.min() > 6


# ------------------------------------------------------------------------------ noise behaviour

@pytest.mark.parametrize("name", ["plane", "sine"])
def test_regression_noise_has_the_documented_spread(name):
    noisy = make_dataset(name, samples=20000, noise=0.3, test_fraction=0.0)
    X, y = noisy.X_train, noisy.y_train[:, 0]
    exact = np.sin(X[:, 0]) if name == "sine" else X @ np.array(ds.PLANE_COEFFICIENTS)
    residual = y - exact
    assert abs(residual.mean()) < 0.01
    assert residual.std() == pytest.approx(ds.NOISE_SCALE * 0.3, rel=0.03)


def test_noise_moves_points_off_the_clean_positions():
    X, y = all_points(make_dataset("circle", samples=2000, noise=0.4, test_fraction=0.0))
    r = np.linalg.norm(X, axis=1)
    wrong_side = (r < 0.6).astype(int) != y
    assert 0.01 < wrong_side.mean() < 0.3


# the classes must not overlap much at the default noise: the defining rule itself is nearly exact
@pytest.mark.parametrize("name, rule, minimum", [
    ("xor", lambda X: (X[:, 0] * X[:, 1] > 0).astype(int), 0.995),
    ("circle", lambda X: (np.linalg.norm(X, axis=1) < 0.6).astype(int), 0.995),
    ("linear", lambda X: (X @ np.array(ds.LINEAR_NORMAL) > 0).astype(int), 0.995),
    ("moons", lambda X: np.argmin(moon_distances(X), axis=1), 0.99),
    ("spiral", lambda X: (np.abs(spiral_phase(X)) > np.pi / 2).astype(int), 0.99),
    ("gaussians", lambda X: (X.sum(axis=1) > 0).astype(int), 0.99),
])
def test_default_noise_keeps_classes_apart(name, rule, minimum):
    X, y = all_points(make_dataset(name, samples=20000, noise=0.1))
    assert np.mean(rule(X) == y) >= minimum


# ---------------------------------------------------------- learnable by a small tanh network

def train_tanh_mlp(data, hidden, epochs, lr, seed, batch=10):
    """Accuracy on the test set of a tanh MLP with a sigmoid output, trained by minibatch SGD on BCE.

    An independent few-line reference, so this test does not depend on the engine's network.
    """
    rng = np.random.default_rng(seed)
    sizes = [data.n_features, *hidden, 1]
    W = [rng.normal(0.0, np.sqrt(1.0 / n_in), (n_out, n_in))
         for n_in, n_out in zip(sizes[:-1], sizes[1:], strict=True)]
    b = [np.zeros(n_out) for n_out in sizes[1:]]

    def forward(X):
        a = [X]
        for layer, (w, bias) in enumerate(zip(W, b, strict=True)):
            z = a[-1] @ w.T + bias
            a.append(np.tanh(z) if layer < len(W) - 1 else 1.0 / (1.0 + np.exp(-z)))
        return a

    X, Y = data.X_train, data.y_train[:, None].astype(float)
    for _ in range(epochs):
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch):
            idx = order[start:start + batch]
            a = forward(X[idx])
            delta = (a[-1] - Y[idx]) / len(idx)  # ∂BCE/∂z for a sigmoid output
            for layer in reversed(range(len(W))):
                grad_w, grad_b = delta.T @ a[layer], delta.sum(axis=0)
                if layer:
                    delta = (delta @ W[layer]) * (1.0 - a[layer] ** 2)
                W[layer] -= lr * grad_w
                b[layer] -= lr * grad_b
    predicted = (forward(data.X_test)[-1][:, 0] >= 0.5).astype(int)
    return float(np.mean(predicted == data.y_test))


@pytest.mark.parametrize("name", ["xor", "circle", "moons"])
def test_small_network_learns_the_easy_sets(name):
    scores = [train_tanh_mlp(make_dataset(name, seed=seed), [8, 8], epochs=300, lr=0.1, seed=seed)
              for seed in (1, 2, 3)]
    assert min(scores) >= 0.97, scores


def test_deeper_network_learns_the_spiral():
    scores = [train_tanh_mlp(make_dataset("spiral", seed=seed), [16, 16, 16], epochs=500, lr=0.1,
                             seed=seed) for seed in (1, 2, 3)]
    assert np.mean(scores) >= 0.97 and min(scores) >= 0.93, scores


# ---------------------------------------------------------------------------------------- errors

@pytest.mark.parametrize("kwargs, message", [
    ({"name": "xro"}, "unknown dataset 'xro'; known datasets: xor, circle"),
    ({"name": "XOR"}, "unknown dataset"),
    ({"samples": 1}, "samples must be an integer from 2 to 1_000_000"),
    ({"samples": 1_000_001}, "samples must be"),
    ({"samples": 20.0}, "samples must be"),
    ({"samples": True}, "samples must be"),
    ({"noise": -0.01}, "noise must be a finite number >= 0"),
    ({"noise": float("nan")}, "noise must be"),
    ({"noise": float("inf")}, "noise must be"),
    ({"noise": "0.1"}, "noise must be"),
    ({"test_fraction": 1.0}, r"test_fraction must be a number in \[0, 1\)"),
    ({"test_fraction": -0.1}, "test_fraction must be"),
    ({"test_fraction": float("nan")}, "test_fraction must be"),
    ({"seed": -1}, "seed must be a non-negative integer"),
    ({"seed": 1.5}, "seed must be"),
    ({"classes": 2}, "classes must be an integer from 3 to 5"),
    ({"name": "blobs", "classes": 6}, "classes must be"),
])
def test_invalid_arguments_raise_clear_errors(kwargs, message):
    arguments = {"name": "xor", **kwargs}
    with pytest.raises(ValueError, match=message):
        make_dataset(**arguments)


def test_extreme_but_valid_arguments_work():
    data = make_dataset("blobs", samples=2, noise=0.0, test_fraction=0.0, seed=0, classes=5)
    assert data.X_train.shape == (2, 2) and data.n_classes == 5
    assert make_dataset("sine", samples=10, noise=np.float32(0.5), seed=np.int64(4)).X_train.shape == (7, 1)

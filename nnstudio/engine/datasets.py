"""Built-in toy datasets in the style of TensorFlow Playground.

Every generator has the signature ``make_<name>(samples, noise, rng) -> (X, y)`` (``make_blobs``
also takes ``classes``) and draws all of its randomness from the ``numpy.random.Generator`` it is
given, so one seed gives bit-identical data. ``make_dataset`` validates the arguments, runs a
generator and splits the result into train and test sets with a seeded permutation.

Conventions shared by all sets:

- the 2-D classification sets lie roughly in ``[-1, 1]²`` (moons in ``[-1.5, 1.5] × [-0.75, 0.75]``),
  ``sine`` has ``x ∈ [-π, π]``;
- classes are balanced: class ``c`` of ``k`` gets ``⌊n/k⌋`` points, plus one if ``c < n mod k``;
- ``noise`` is a non-negative fraction: each input coordinate (or, for regression, each target)
  gets Gaussian jitter ``ε ~ N(0, σ²)`` with ``σ = NOISE_SCALE · noise`` (so ``noise=0.1`` gives
  ``σ = 0.05``). Class labels are decided *before* the jitter, so with ``noise=0`` every set is
  separated exactly by its defining rule.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from nnstudio.engine.dataset import CLASSIFICATION, REGRESSION, Dataset
from nnstudio.engine.text import QT_TRANSLATE_NOOP

NOISE_SCALE = 0.5
"""Standard deviation of the jitter per unit of ``noise``."""

MIN_SAMPLES = 2
MAX_SAMPLES = 1_000_000
MIN_CLASSES = 3
MAX_CLASSES = 5

XOR_PADDING = 0.1
"""XOR points keep at least this distance from both axes before jitter."""
CIRCLE_INNER_RADIUS = 0.5
"""Class 1 (inside) has radius ``r ∈ [0, 0.5]``."""
CIRCLE_OUTER_RADII = (0.7, 1.0)
"""Class 0 (outside) has radius ``r ∈ [0.7, 1.0]``; the rule is ``‖x‖ < 0.6``."""
GAUSSIAN_CENTER = 0.5
"""The two gaussians are centred at ``±(0.5, 0.5)``."""
GAUSSIAN_SPREAD = 0.2
"""Standard deviation of each gaussian cluster (before jitter)."""
LINEAR_NORMAL = (0.4472135954999579, -0.8944271909999159)
"""Unit normal ``n = (1, -2)/√5`` of the line ``n·x = 0`` separating the ``linear`` set.

Class 1 is ``n·x > 0``."""
LINEAR_MARGIN = 0.1
"""Each ``linear`` point is pushed this far away from the separating line."""
SPIRAL_TURNS = 1.25
SPIRAL_INNER_RADIUS = 0.1
SPIRAL_RADIUS = 1.0
SPIRAL_NOISE_FACTOR = 0.5
"""The spiral arms are close together, so their jitter is ``σ = 0.5 · NOISE_SCALE · noise``."""
BLOB_RADIUS = 0.7
BLOB_SPREAD = 0.15
PLANE_COEFFICIENTS = (0.6, -0.4)
"""``plane``: ``y = 0.6·x1 − 0.4·x2 + ε``."""

DATASET_DESCRIPTIONS: dict[str, str] = {
    "xor": QT_TRANSLATE_NOOP("engine", "XOR: class 1 where x1 and x2 have the same sign (2 classes)"),
    "circle": QT_TRANSLATE_NOOP("engine",
                                "Circle: class 1 inside radius 0.5, class 0 in a ring 0.7-1.0 around it (2 classes)"),
    "gaussians": QT_TRANSLATE_NOOP("engine", "Two gaussian clouds centred at (-0.5, -0.5) and (0.5, 0.5) (2 classes)"),
    "spiral": QT_TRANSLATE_NOOP("engine",
                                "Two interleaved spirals, 1.25 turns each (2 classes; needs a deeper network)"),
    "moons": QT_TRANSLATE_NOOP("engine", "Two interleaving half circles (2 classes)"),
    "linear": QT_TRANSLATE_NOOP("engine",
                                "Linearly separable: class 1 below the line x2 = x1/2, with a margin (2 classes)"),
    "blobs": QT_TRANSLATE_NOOP("engine", "k gaussian blobs on a circle, k = classes from 3 to 5 (softmax output)"),
    "plane": QT_TRANSLATE_NOOP("engine", "Regression on a plane: y = 0.6·x1 - 0.4·x2 + noise (2 inputs, 1 output)"),
    "sine": QT_TRANSLATE_NOOP("engine",
                              "Regression of a sine wave: y = sin x + noise for x in [-π, π] (1 input, 1 output)"),
}
"""One-line description of each built-in dataset, for the GUI and the CLI help."""

DATASET_NAMES: tuple[str, ...] = tuple(DATASET_DESCRIPTIONS)
"""Names accepted by ``make_dataset``, in display order."""

DATASET_TASKS: dict[str, str] = {
    name: REGRESSION if name in ("plane", "sine") else CLASSIFICATION for name in DATASET_NAMES
}
"""``"classification"`` or ``"regression"`` for each built-in dataset."""


# ----------------------------------------------------------------------------------------- helpers

def balanced_labels(samples: int, classes: int) -> np.ndarray:
    """Labels ``0 … classes-1`` in blocks: class ``c`` appears ``⌊n/k⌋ + [c < n mod k]`` times."""
    counts = np.full(classes, samples // classes)
    counts[: samples % classes] += 1
    return np.repeat(np.arange(classes, dtype=np.int64), counts)


def _jitter(values: np.ndarray, noise: float, rng: np.random.Generator, factor: float = 1.0) -> np.ndarray:
    """``values + ε`` with ``ε ~ N(0, (factor · NOISE_SCALE · noise)²)`` element-wise."""
    sigma = factor * NOISE_SCALE * noise
    return values + rng.normal(0.0, sigma, size=values.shape)


def _random_signs(samples: int, rng: np.random.Generator) -> np.ndarray:
    """Independent ±1 values with equal probability."""
    return rng.integers(0, 2, size=samples).astype(np.float64) * 2.0 - 1.0


def _angles(samples: int, rng: np.random.Generator) -> np.ndarray:
    """Angles uniform in ``[0, 2π)``."""
    return rng.uniform(0.0, 2.0 * np.pi, size=samples)


def _polar(radius: np.ndarray, angle: np.ndarray) -> np.ndarray:
    """Points ``(r cos θ, r sin θ)`` as an ``(n, 2)`` array."""
    return np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])


# -------------------------------------------------------------------------------------- generators

def make_xor(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """XOR quadrants: ``y = 1`` iff ``x1·x2 > 0``.

    ``|x_i| ~ U[0.1, 1]`` (kept ``XOR_PADDING`` away from the axes), signs chosen so that
    each class fills its two quadrants equally likely.
    """
    y = balanced_labels(samples, 2)
    s1 = _random_signs(samples, rng)
    s2 = np.where(y == 1, s1, -s1)
    magnitude = rng.uniform(XOR_PADDING, 1.0, size=(samples, 2))
    X = np.column_stack([s1 * magnitude[:, 0], s2 * magnitude[:, 1]])
    return _jitter(X, noise, rng), y


def make_circle(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A disc inside a ring: ``y = 1`` iff ``‖x‖ < 0.6``.

    Inside: ``r ~ U[0, 0.5]``; outside: ``r ~ U[0.7, 1.0]``; angle ``θ ~ U[0, 2π)``.
    """
    y = balanced_labels(samples, 2)
    inner = rng.uniform(0.0, CIRCLE_INNER_RADIUS, size=samples)
    outer = rng.uniform(*CIRCLE_OUTER_RADII, size=samples)
    X = _polar(np.where(y == 1, inner, outer), _angles(samples, rng))
    return _jitter(X, noise, rng), y


def make_gaussians(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two gaussian clouds: class ``c`` is ``N(μ_c, 0.2²·I)``, ``μ_0 = -(0.5, 0.5)``, ``μ_1 = (0.5, 0.5)``."""
    y = balanced_labels(samples, 2)
    centers = np.where(y == 1, GAUSSIAN_CENTER, -GAUSSIAN_CENTER)[:, None] * np.ones(2)
    X = centers + rng.normal(0.0, GAUSSIAN_SPREAD, size=(samples, 2))
    return _jitter(X, noise, rng), y


def make_spiral(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaved Archimedean spirals of 1.25 turns, radius 0.1 to 1.

    ``r = √(r₀² + (1 − r₀²)·u)`` with ``u ~ U[0, 1]`` and ``r₀ = 0.1`` (so the points are spread
    evenly along the arms rather than crowded at the centre), ``θ = 2π·1.25·(r − r₀)/(1 − r₀) + π·c``
    for class ``c``. Arms of the two classes are ``0.36`` apart along a ray; the jitter is scaled
    by ``SPIRAL_NOISE_FACTOR`` to keep them apart.
    """
    y = balanced_labels(samples, 2)
    r0 = SPIRAL_INNER_RADIUS
    radius = np.sqrt(r0**2 + (1.0 - r0**2) * rng.uniform(0.0, 1.0, size=samples))
    angle = 2.0 * np.pi * SPIRAL_TURNS * (radius - r0) / (1.0 - r0) + np.pi * y
    X = _polar(SPIRAL_RADIUS * radius, angle)
    return _jitter(X, noise, rng, SPIRAL_NOISE_FACTOR), y


def make_moons(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaving half circles (as scikit-learn's ``make_moons``), centred on the origin.

    With ``t ~ U[0, π]``: class 0 is ``(cos t, sin t)``, class 1 is ``(1 − cos t, 0.5 − sin t)``,
    both shifted by ``−(0.5, 0.25)``.
    """
    y = balanced_labels(samples, 2)
    t = rng.uniform(0.0, np.pi, size=samples)
    upper = np.column_stack([np.cos(t), np.sin(t)])
    lower = np.column_stack([1.0 - np.cos(t), 0.5 - np.sin(t)])
    X = np.where((y == 1)[:, None], lower, upper) - np.array([0.5, 0.25])
    return _jitter(X, noise, rng), y


def make_linear(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Linearly separable: ``y = 1`` iff ``n·x > 0`` with ``n = (1, −2)/√5``.

    Points are uniform in ``[-1, 1]²``; a point on the wrong side for its class is reflected
    through the origin (which keeps the distribution uniform), then moved ``LINEAR_MARGIN``
    away from the line along ``±n``.
    """
    y = balanced_labels(samples, 2)
    normal = np.array(LINEAR_NORMAL)
    X = rng.uniform(-1.0, 1.0, size=(samples, 2))
    side = np.where(y == 1, 1.0, -1.0)
    X = np.where((X @ normal * side < 0)[:, None], -X, X)
    X = X + (side * LINEAR_MARGIN)[:, None] * normal
    return _jitter(X, noise, rng), y


def make_blobs(samples: int, noise: float, rng: np.random.Generator,
               classes: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """``k`` gaussian blobs on a circle.

    Class ``c`` is ``N(μ_c, 0.15²·I)`` with ``μ_c = 0.7·(cos φ_c, sin φ_c)``, ``φ_c = π/2 + 2πc/k``.
    """
    y = balanced_labels(samples, classes)
    phi = np.pi / 2 + 2.0 * np.pi * np.arange(classes) / classes
    centers = _polar(np.full(classes, BLOB_RADIUS), phi)
    X = centers[y] + rng.normal(0.0, BLOB_SPREAD, size=(samples, 2))
    return _jitter(X, noise, rng), y


def make_plane(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Regression: ``y = 0.6·x1 − 0.4·x2 + ε`` with ``x ~ U[-1, 1]²``; ``y`` has shape ``(n, 1)``."""
    X = rng.uniform(-1.0, 1.0, size=(samples, 2))
    a, b = PLANE_COEFFICIENTS
    y = (a * X[:, 0] + b * X[:, 1])[:, None]
    return X, _jitter(y, noise, rng)


def make_sine(samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Regression: ``y = sin x + ε`` with ``x ~ U[-π, π]``; ``X`` and ``y`` have shape ``(n, 1)``."""
    X = rng.uniform(-np.pi, np.pi, size=(samples, 1))
    return X, _jitter(np.sin(X), noise, rng)


_GENERATORS: dict[str, Callable[..., tuple[np.ndarray, np.ndarray]]] = {
    "xor": make_xor,
    "circle": make_circle,
    "gaussians": make_gaussians,
    "spiral": make_spiral,
    "moons": make_moons,
    "linear": make_linear,
    "blobs": make_blobs,
    "plane": make_plane,
    "sine": make_sine,
}


# ---------------------------------------------------------------------------------- public entry

def split_indices(samples: int, test_fraction: float,
                  rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A seeded shuffle cut into ``(train, test)`` indices.

    ``n_test = round(n · test_fraction)``, capped so that at least one sample is left for training.
    """
    order = rng.permutation(samples)
    n_test = min(int(round(samples * test_fraction)), samples - 1)
    return order[n_test:], order[:n_test]


def _is_int(value: object) -> bool:
    return isinstance(value, int | np.integer) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | np.integer | np.floating) and not isinstance(value, bool)


def _validate(name: object, samples: object, noise: object, test_fraction: object,
              seed: object, classes: object) -> None:
    """Raise ``ValueError`` naming the first invalid argument of ``make_dataset``."""
    if name not in _GENERATORS:
        raise ValueError(f"unknown dataset {name!r}; known datasets: {', '.join(DATASET_NAMES)}")
    if not _is_int(samples) or not MIN_SAMPLES <= samples <= MAX_SAMPLES:
        raise ValueError(f"samples must be an integer from {MIN_SAMPLES} to {MAX_SAMPLES:_}, got {samples!r}")
    if not _is_number(noise) or not math.isfinite(noise) or noise < 0:
        raise ValueError(f"noise must be a finite number >= 0, got {noise!r}")
    if not _is_number(test_fraction) or not 0 <= test_fraction < 1:
        raise ValueError(f"test_fraction must be a number in [0, 1), got {test_fraction!r}")
    if not _is_int(seed) or seed < 0:
        raise ValueError(f"seed must be a non-negative integer, got {seed!r}")
    if not _is_int(classes) or not MIN_CLASSES <= classes <= MAX_CLASSES:
        raise ValueError(f"classes must be an integer from {MIN_CLASSES} to {MAX_CLASSES} "
                         f"(used by 'blobs'), got {classes!r}")


def make_dataset(name: str, samples: int = 200, noise: float = 0.1, test_fraction: float = 0.3,
                 seed: int = 1, classes: int = 3) -> Dataset:
    """Generate the built-in dataset ``name`` and split it into train and test sets.

    One ``np.random.default_rng(seed)`` draws the points first and the split afterwards, so the
    points do not depend on ``test_fraction`` and the same arguments give bit-identical arrays.
    ``classes`` (3 to 5) is used by ``blobs`` only but is always validated.
    Raises ``ValueError`` for an unknown name or an out-of-range argument.
    """
    _validate(name, samples, noise, test_fraction, seed, classes)
    rng = np.random.default_rng(seed)
    generator = _GENERATORS[name]
    if name == "blobs":
        X, y = generator(samples, float(noise), rng, classes=int(classes))
    else:
        X, y = generator(samples, float(noise), rng)
    train, test = split_indices(samples, float(test_fraction), rng)
    task = DATASET_TASKS[name]
    if task == CLASSIFICATION:
        n_classes = int(classes) if name == "blobs" else 2
        target_names = [f"class {c}" for c in range(n_classes)]
    else:
        target_names = ["y"]
    feature_names = ["x1", "x2"] if X.shape[1] == 2 else ["x"]
    return Dataset(name=name, X_train=X[train], y_train=y[train], X_test=X[test], y_test=y[test],
                   task=task, feature_names=feature_names, target_names=target_names)

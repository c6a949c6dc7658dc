"""Weight initialisers, seeded: each draws a ``(fan_out, fan_in)`` matrix from a Generator."""

from __future__ import annotations

import numpy as np

from .text import QT_TRANSLATE_NOOP


def zeros(rng, fan_in, fan_out):
    """W = 0."""
    return np.zeros((fan_out, fan_in))


def uniform01(rng, fan_in, fan_out):
    """W ~ U[0, 1)  (like np.random.rand)."""
    return rng.random((fan_out, fan_in))


def normal001(rng, fan_in, fan_out):
    """W ~ 0.01 · N(0, 1)."""
    return 0.01 * rng.standard_normal((fan_out, fan_in))


def uniform_half(rng, fan_in, fan_out):
    """W ~ U[−0.5, 0.5)."""
    return rng.random((fan_out, fan_in)) - 0.5


def xavier_uniform(rng, fan_in, fan_out):
    """Glorot: W ~ U[−a, a), a = √(6 / (fan_in + fan_out))."""
    a = np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-a, a, (fan_out, fan_in))


def xavier_normal(rng, fan_in, fan_out):
    """Glorot: W ~ N(0, σ²), σ = √(2 / (fan_in + fan_out))."""
    return np.sqrt(2.0 / (fan_in + fan_out)) * rng.standard_normal((fan_out, fan_in))


def he_normal(rng, fan_in, fan_out):
    """He/Kaiming: W ~ N(0, σ²), σ = √(2 / fan_in)."""
    return np.sqrt(2.0 / fan_in) * rng.standard_normal((fan_out, fan_in))


INITIALIZERS = {
    "zeros": zeros,
    "uniform": uniform01,
    "normal": normal001,
    "uniform_half": uniform_half,
    "xavier_uniform": xavier_uniform,
    "xavier_normal": xavier_normal,
    "he_normal": he_normal,
}

DESCRIPTIONS = {
    "zeros": QT_TRANSLATE_NOOP("engine", "all zeros (every neuron learns the same thing: shows why we randomise)"),
    "uniform": QT_TRANSLATE_NOOP("engine", "uniform in [0, 1)"),
    "normal": QT_TRANSLATE_NOOP("engine", "normal × 0.01"),
    "uniform_half": QT_TRANSLATE_NOOP("engine", "uniform in [−0.5, 0.5)"),
    "xavier_uniform": QT_TRANSLATE_NOOP("engine", "Xavier/Glorot uniform, ±√(6/(fan_in+fan_out))"),
    "xavier_normal": QT_TRANSLATE_NOOP("engine", "Xavier/Glorot normal, σ = √(2/(fan_in+fan_out))"),
    "he_normal": QT_TRANSLATE_NOOP("engine", "He/Kaiming normal, σ = √(2/fan_in) (for ReLU)"),
}


def initialize(name: str, rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    """Draw a ``(fan_out, fan_in)`` weight matrix with the named initialiser."""
    try:
        init = INITIALIZERS[name]
    except KeyError:
        raise ValueError(f"unknown initialiser {name!r} (known: {', '.join(INITIALIZERS)})") from None
    return init(rng, fan_in, fan_out)

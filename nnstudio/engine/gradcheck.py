"""Gradient checking by central differences (CS231n style), in float64.

∂L/∂θ ≈ (L(θ + h) − L(θ − h)) / (2h); the relative error |a − n| / max(|a|, |n|, tiny)
between the analytic (backprop) value a and the numerical value n should be below ~1e-6.
"""

from __future__ import annotations

import numpy as np

from .network import Network


def relative_error(analytic, numeric, floor: float = 1e-12):
    """|a − n| / max(|a| + |n|, floor), element by element (0 when both are 0)."""
    analytic, numeric = np.asarray(analytic, float), np.asarray(numeric, float)
    return np.abs(analytic - numeric) / np.maximum(np.abs(analytic) + np.abs(numeric), floor)


def numerical_gradient(f, x: np.ndarray, h: float = 1e-6) -> np.ndarray:
    """Central differences of the scalar function ``f()`` with respect to every entry of ``x``,
    which is perturbed in place and restored."""
    grad = np.zeros_like(x, dtype=np.float64)
    it = np.nditer(x, flags=["multi_index"])
    for _ in it:
        idx = it.multi_index
        old = x[idx]
        x[idx] = old + h
        plus = f()
        x[idx] = old - h
        minus = f()
        x[idx] = old
        grad[idx] = (plus - minus) / (2 * h)
    return grad


def numerical_weight_gradient(net: Network, X, Y, layer: int, row: int, col: int | None = None,
                              h: float = 1e-6) -> float:
    """∂L/∂W[layer][row, col] (or ∂L/∂b[layer][row] when ``col`` is None) by central differences."""
    if col is None and not net.has_bias(layer):
        raise ValueError(f"layer {layer} has no bias")
    target = net.biases[layer] if col is None else net.weights[layer]
    idx = (row,) if col is None else (row, col)
    old = float(target[idx])
    try:
        target[idx] = old + h
        plus = net.loss_value(X, Y)
        target[idx] = old - h
        minus = net.loss_value(X, Y)
    finally:
        target[idx] = old
    return (plus - minus) / (2 * h)


def check_network_gradients(net: Network, X, Y, h: float = 1e-6, floor: float = 1e-3) -> float:
    """The largest relative error between backprop and central differences over every
    trainable parameter (unmasked weights, biases of layers that have one) of a float64 network
    (gradients below ``floor`` compared absolutely, since
    central differences carry ~1e-10 of noise)."""
    if net.dtype != np.float64:
        net = net.copy(np.float64)
    trace = net.trace(X, Y)
    analytic = np.concatenate([np.concatenate([trace.grad_weights[l].ravel(), trace.grad_bias[l]])
                               for l in range(1, len(net.sizes))])
    numeric = numerical_gradient(lambda: net.loss_value(X, Y), net.params, h)
    mask = net.gradient_mask()
    err = relative_error(analytic, numeric, floor)
    if mask is not None:
        err = err[mask != 0]
    return float(err.max()) if err.size else 0.0

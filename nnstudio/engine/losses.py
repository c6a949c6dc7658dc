"""Loss functions L(ŷ, y) over a batch, one class each, registered by name (DESIGN §3).

``value`` gives the scalar loss, ``gradient`` gives ∂L/∂ŷ with the batch averaging included, so
the network's deltas are exactly the gradients of the reported loss. ``fused_delta`` gives
∂L/∂z directly for the pairs that have a stable fused form (sigmoid + bce, softmax +
cross-entropy); it returns None for other activations.

Every loss states its ``reduction`` (how the per-sample, per-output terms are combined: a mean
over the N samples and K outputs, a mean over the N samples of a sum over the outputs, or a plain
sum); the settings' tooltips and the docs show it.
"""

from __future__ import annotations

import numpy as np

from .text import QT_TRANSLATE_NOOP

_LOG_FLOOR = -100.0  # torch.nn.BCELoss clamps log(ŷ) and log(1 − ŷ) at −100
_BCE_EPS = 1e-12     # torch's BCELoss backward divides by max(ŷ(1 − ŷ), 1e-12)


class Loss:
    """Base: ``name``, ``formula``, a one-line ``summary`` and its ``hyperparameters`` (none yet)."""

    name = ""
    formula = ""
    summary = ""
    hyperparameters: tuple = ()
    fused_with = ""  # the output activation with which ∂L/∂z has a stable fused form
    reduction = ""   # in words: how the terms over samples and outputs are combined

    def share_divisor(self, n: int, k: int) -> int:
        """What the ``per_output`` terms of N samples and K outputs are divided by to sum to L."""
        return n

    def value(self, y_hat: np.ndarray, y: np.ndarray, z: np.ndarray | None = None) -> float:
        raise NotImplementedError

    def gradient(self, y_hat: np.ndarray, y: np.ndarray) -> np.ndarray:
        """∂L/∂ŷ, same shape as ŷ."""
        raise NotImplementedError

    def per_output(self, y_hat: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Each sample's and output's term of the loss (shape of ŷ): they sum to
        L·``share_divisor(N, K)`` — L·N for mse, half_sse and cross_entropy, L·N·K for bce (whose
        mean over all N·K terms is L), L for sse."""
        raise NotImplementedError

    def fused_delta(self, activation: str, y_hat, y, out=None):
        """∂L/∂z for the fused pair, or None when ``activation`` has no fused form here."""
        return None


class MSE(Loss):
    """L = (1/(N·K)) Σ_n Σ_k (ŷ_nk − y_nk)²   (torch.nn.MSELoss),  ∂L/∂ŷ = 2(ŷ − y)/(N·K)."""

    name = "mse"
    summary = QT_TRANSLATE_NOOP("engine", "Mean squared error (regression)")
    formula = "L = (1/(N·K)) Σ (ŷ − y)²"
    reduction = QT_TRANSLATE_NOOP("engine", "mean over the N samples and the K outputs")

    def value(self, y_hat, y, z=None):
        d = y_hat - y
        return float(np.mean(d * d))

    def gradient(self, y_hat, y):
        return (y_hat - y) * (2.0 / y_hat.size)

    def per_output(self, y_hat, y):
        return (y_hat - y) ** 2 / y_hat.shape[1]


class HalfSSE(Loss):
    """L = (1/N) Σ_n ½ Σ_k (ŷ_nk − y_nk)²  (the textbook form),  ∂L/∂ŷ = (ŷ − y)/N."""

    name = "half_sse"
    summary = QT_TRANSLATE_NOOP("engine", "½ sum of squared errors (textbook form)")
    formula = "L = (1/N) Σ_n ½ Σ_k (ŷ − y)²"
    reduction = QT_TRANSLATE_NOOP("engine", "½ × sum over the K outputs, then mean over the N samples")

    def value(self, y_hat, y, z=None):
        d = y_hat - y
        return float(0.5 * np.sum(d * d) / y_hat.shape[0])

    def gradient(self, y_hat, y):
        return (y_hat - y) * (1.0 / y_hat.shape[0])

    def per_output(self, y_hat, y):
        return 0.5 * (y_hat - y) ** 2


class BCE(Loss):
    """L = −(1/(N·K)) Σ [y·log ŷ + (1 − y)·log(1 − ŷ)]   (torch.nn.BCELoss, logs floored at −100).

    ∂L/∂ŷ = (ŷ − y) / (ŷ(1 − ŷ)) / (N·K). Fused with a sigmoid output, L is computed from z as
    max(z, 0) − z·y + log(1 + e^(−|z|)) and ∂L/∂z = (σ(z) − y)/(N·K), stable for any z. This
    exact logits form differs from ``torch.nn.BCELoss`` (which floors log ŷ at −100) only at
    saturation: at z = 40, y = 0 it gives 40 where BCELoss on σ(40) = 1.0 gives 100.
    """

    name = "bce"
    summary = QT_TRANSLATE_NOOP("engine", "Binary cross-entropy (one sigmoid output)")
    formula = "L = −(1/(N·K)) Σ [y·log ŷ + (1 − y)·log(1 − ŷ)]"
    fused_with = "sigmoid"
    reduction = QT_TRANSLATE_NOOP("engine", "mean over the N samples and the K outputs")

    def share_divisor(self, n, k):
        return n * k

    def value(self, y_hat, y, z=None):
        return float(np.mean(self.per_output(y_hat, y, z)))

    def per_output(self, y_hat, y, z=None):
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            if z is not None:
                return np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))
            log_p = np.maximum(np.log(y_hat), _LOG_FLOOR)
            log_q = np.maximum(np.log1p(-y_hat), _LOG_FLOOR)
            return -(y * log_p + (1.0 - y) * log_q)

    def gradient(self, y_hat, y):
        return (y_hat - y) / np.maximum(y_hat * (1.0 - y_hat), _BCE_EPS) / y_hat.size

    def fused_delta(self, activation, y_hat, y, out=None):
        if activation != "sigmoid":
            return None
        out = np.subtract(y_hat, y, out=out)
        out *= 1.0 / y_hat.size
        return out


class CrossEntropy(Loss):
    """L = −(1/N) Σ_n Σ_k y_nk · log ŷ_nk  (torch.nn.CrossEntropyLoss on the logits).

    With a softmax output it is computed from z as (1/N) Σ_n [Σ_k y_nk · (logsumexp(z_n) − z_nk)]
    and ∂L/∂z = (ŷ·Σ_k y_k − y)/N, which is (ŷ − y)/N for one-hot targets.
    Without softmax: ∂L/∂ŷ = −y/(N·ŷ).
    """

    name = "cross_entropy"
    summary = QT_TRANSLATE_NOOP("engine", "Cross-entropy (softmax outputs)")
    formula = "L = −(1/N) Σ_n Σ_k y_k · log ŷ_k"
    fused_with = "softmax"
    reduction = QT_TRANSLATE_NOOP("engine", "sum over the K classes, then mean over the N samples")

    def value(self, y_hat, y, z=None):
        return float(np.sum(self.per_output(y_hat, y, z)) / y_hat.shape[0])

    def per_output(self, y_hat, y, z=None):
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            if z is not None:
                m = z.max(axis=1, keepdims=True)
                lse = m + np.log(np.exp(z - m).sum(axis=1, keepdims=True))
                return y * (lse - z)
            return -np.where(y != 0, y * np.log(y_hat), 0.0)

    def gradient(self, y_hat, y):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(y != 0, -y / y_hat, 0.0) / y_hat.shape[0]

    def fused_delta(self, activation, y_hat, y, out=None):
        if activation != "softmax":
            return None
        out = np.multiply(y_hat, y.sum(axis=1, keepdims=True), out=out)
        out -= y
        out *= 1.0 / y_hat.shape[0]
        return out


class SSE(Loss):
    """L = Σ_n Σ_k (ŷ_nk − y_nk)²  (the tutorials' sum of squares; torch.nn.MSELoss(reduction="sum")),
    ∂L/∂ŷ = 2(ŷ − y). Not averaged: the gradient grows with the batch size."""

    name = "sse"
    formula = "L = Σ_n Σ_k (ŷ − y)²"
    summary = QT_TRANSLATE_NOOP("engine", "Sum of squared errors (the tutorials' form)")
    reduction = QT_TRANSLATE_NOOP("engine", "sum over the N samples and the K outputs (no mean)")

    def share_divisor(self, n, k):
        return 1

    def value(self, y_hat, y, z=None):
        d = y_hat - y
        return float(np.sum(d * d))

    def gradient(self, y_hat, y):
        return (y_hat - y) * 2.0

    def per_output(self, y_hat, y):
        return (y_hat - y) ** 2


LOSSES: dict[str, Loss] = {cls.name: cls() for cls in (MSE, HalfSSE, SSE, BCE, CrossEntropy)}


def get_loss(name: str) -> Loss:
    """The loss registered under ``name``; ValueError naming the known ones otherwise."""
    try:
        return LOSSES[name]
    except (KeyError, TypeError):
        raise ValueError(f"unknown loss {name!r} (known: {', '.join(LOSSES)})") from None

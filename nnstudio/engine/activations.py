"""Activation functions a = f(z) and their derivatives, one small class each, registered by name.

Every class works on batch-major arrays ``z`` of shape ``(batch, neurons)``. ``forward`` and
``backward`` take an optional ``out`` buffer so the training hot path allocates nothing.
Callers that may meet huge ``|z|`` wrap calls in ``np.errstate`` (the network does); the results
stay exact: sigmoid(±1e4) is 1 and 0, softmax subtracts the row maximum first.
"""

from __future__ import annotations

import numpy as np

from .hyperparams import HyperParameter
from .text import QT_TRANSLATE_NOOP


class Activation:
    """Base class. ``backward`` turns ∂L/∂a into ∂L/∂z = ∂L/∂a · f'(z)."""

    name = ""
    formula = ""
    derivative_formula = ""
    summary = ""                   # one line, for menus and tooltips
    hyperparameters: tuple = ()    # HyperParameter declarations
    elementwise = True

    def forward(self, z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        raise NotImplementedError

    def derivative(self, z: np.ndarray, a: np.ndarray) -> np.ndarray:
        """f'(z) element by element (only for element-wise activations)."""
        raise NotImplementedError

    def backward(self, z: np.ndarray, a: np.ndarray, grad_a: np.ndarray,
                 out: np.ndarray | None = None) -> np.ndarray:
        """∂L/∂z = ∂L/∂a ⊙ f'(z)."""
        return np.multiply(grad_a, self.derivative(z, a), out=out)

    def __call__(self, z):
        with np.errstate(over="ignore", under="ignore"):
            return self.forward(np.asarray(z, dtype=float))


class Identity(Activation):
    """f(z) = z,  f'(z) = 1."""

    name = "identity"
    summary = QT_TRANSLATE_NOOP("engine", "Identity: passes z through (linear output, regression)")
    formula = "a = z"
    derivative_formula = "f'(z) = 1"

    def forward(self, z, out=None):
        if out is None:
            return z.copy()
        np.copyto(out, z)
        return out

    def derivative(self, z, a):
        return np.ones_like(z)

    def backward(self, z, a, grad_a, out=None):
        if out is None:
            return grad_a.copy()
        np.copyto(out, grad_a)
        return out


class Sigmoid(Activation):
    """σ(z) = 1 / (1 + e^(−z)),  σ'(z) = σ(z)·(1 − σ(z)).

    Written as 1/(1+e^(−z)), which is exact in floating point for every z: for z → −∞ the
    exponential overflows to inf and the result is 0; relative precision is kept for z < 0.
    """

    name = "sigmoid"
    summary = QT_TRANSLATE_NOOP("engine", "Sigmoid: squashes z into (0, 1)")
    formula = "a = σ(z) = 1 / (1 + e^(−z))"
    derivative_formula = "σ'(z) = σ(z)·(1 − σ(z))"

    def forward(self, z, out=None):
        out = np.negative(z, out=out)
        np.exp(out, out=out)
        out += 1.0
        return np.reciprocal(out, out=out)

    def derivative(self, z, a):
        return a * (1.0 - a)

    def backward(self, z, a, grad_a, out=None):
        out = np.subtract(1.0, a, out=out)
        out *= a
        out *= grad_a
        return out


class Tanh(Activation):
    """tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z)),  tanh'(z) = 1 − tanh²(z)."""

    name = "tanh"
    summary = QT_TRANSLATE_NOOP("engine", "Tanh: squashes z into (−1, 1), centred on 0")
    formula = "a = tanh(z)"
    derivative_formula = "tanh'(z) = 1 − tanh²(z)"

    def forward(self, z, out=None):
        return np.tanh(z, out=out)

    def derivative(self, z, a):
        return 1.0 - a * a

    def backward(self, z, a, grad_a, out=None):
        out = np.multiply(a, a, out=out)
        np.subtract(1.0, out, out=out)
        out *= grad_a
        return out


class ReLU(Activation):
    """relu(z) = max(0, z),  relu'(z) = 1 if z > 0 else 0 (0 at z = 0, as PyTorch)."""

    name = "relu"
    summary = QT_TRANSLATE_NOOP("engine", "ReLU: z for z > 0, else 0")
    formula = "a = max(0, z)"
    derivative_formula = QT_TRANSLATE_NOOP("engine", "relu'(z) = 1 if z > 0, else 0")

    def forward(self, z, out=None):
        return np.maximum(z, 0.0, out=out)

    def derivative(self, z, a):
        return (z > 0).astype(z.dtype)

    def backward(self, z, a, grad_a, out=None):
        out = np.greater(z, 0.0, out=out) if out is not None else (z > 0).astype(z.dtype)
        out *= grad_a
        return out


class LeakyReLU(Activation):
    """leaky_relu(z) = z if z > 0 else 0.01·z,  derivative 1 if z > 0 else 0.01."""

    name = "leaky_relu"
    summary = QT_TRANSLATE_NOOP("engine", "Leaky ReLU: z for z > 0, else a small slope × z")
    hyperparameters = (HyperParameter("slope", 0.01, "α", "a = α·z for z ≤ 0",
                                      QT_TRANSLATE_NOOP("engine", "the slope for negative z (fixed by the file "
                                                                  "format)"),
                                      minimum=0.0, below=1.0),)
    slope = hyperparameters[0].default
    formula = QT_TRANSLATE_NOOP("engine", "a = z if z > 0, else 0.01·z")
    derivative_formula = QT_TRANSLATE_NOOP("engine", "f'(z) = 1 if z > 0, else 0.01")

    def forward(self, z, out=None):
        return np.where(z > 0, z, self.slope * z) if out is None else _leaky_into(z, self.slope, out)

    def derivative(self, z, a):
        return np.where(z > 0, 1.0, self.slope).astype(z.dtype)


def _leaky_into(z, slope, out):
    np.multiply(z, slope, out=out)
    np.maximum(out, z, out=out)  # for slope < 1: max(z, slope·z) is z when z > 0, slope·z otherwise
    return out


class Softmax(Activation):
    """softmax(z)_k = e^(z_k − m) / Σ_j e^(z_j − m) with m = max_j z_j (stable).

    Not element-wise: ∂L/∂z_k = a_k · (∂L/∂a_k − Σ_j ∂L/∂a_j · a_j)  (the Jacobian-vector product).
    """

    name = "softmax"
    summary = QT_TRANSLATE_NOOP("engine", "Softmax: turns the output layer into probabilities that sum to 1")
    formula = "a_k = e^(z_k) / Σ_j e^(z_j)"
    derivative_formula = "∂a_k/∂z_j = a_k·(1[k=j] − a_j)"
    elementwise = False

    def forward(self, z, out=None):
        out = np.subtract(z, z.max(axis=1, keepdims=True), out=out)
        np.exp(out, out=out)
        out /= out.sum(axis=1, keepdims=True)
        return out

    def derivative(self, z, a):
        raise TypeError("softmax is not element-wise; use backward() or jacobian()")

    def jacobian(self, a_row: np.ndarray) -> np.ndarray:
        """J[k, j] = ∂a_k/∂z_j = a_k·(δ_kj − a_j) for one sample."""
        return np.diag(a_row) - np.outer(a_row, a_row)

    def backward(self, z, a, grad_a, out=None):
        s = (grad_a * a).sum(axis=1, keepdims=True)
        out = np.subtract(grad_a, s, out=out)
        out *= a
        return out


ACTIVATIONS: dict[str, Activation] = {
    cls.name: cls() for cls in (Identity, Sigmoid, Tanh, ReLU, LeakyReLU, Softmax)
}


def get_activation(name: str) -> Activation:
    """The activation registered under ``name``; ValueError naming the known ones otherwise."""
    try:
        return ACTIVATIONS[name]
    except (KeyError, TypeError):
        known = ", ".join(ACTIVATIONS)
        raise ValueError(f"unknown activation {name!r} (known: {known})") from None

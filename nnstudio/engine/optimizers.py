"""Optimisers with PyTorch semantics, working in place on one flat parameter array.

Each ``step(params, grads)`` applies one update; the gradient already includes any L1/L2 term.
Formulas follow ``torch.optim`` exactly (default epsilons), so runs can be checked against it.
"""

from __future__ import annotations

import numpy as np


class Optimizer:
    name = ""

    def __init__(self, learning_rate: float):
        self.learning_rate = float(learning_rate)
        self.t = 0

    def step(self, params: np.ndarray, grads: np.ndarray) -> None:
        raise NotImplementedError

    def reset(self) -> None:
        """Forget the optimiser's state (moments, step count)."""
        self.t = 0


class SGD(Optimizer):
    """Plain:  θ ← θ − η·g.
    Momentum μ (torch.optim.SGD, dampening 0):  v ← μ·v + g  (v = g on the first step);
    θ ← θ − η·v, or with Nesterov θ ← θ − η·(g + μ·v)."""

    name = "sgd"

    def __init__(self, learning_rate, momentum=0.0, nesterov=False):
        super().__init__(learning_rate)
        self.momentum = float(momentum)
        self.nesterov = bool(nesterov)
        self.velocity = None
        self._tmp = None

    def reset(self):
        super().reset()
        self.velocity = None

    def step(self, params, grads):
        self.t += 1
        if self._tmp is None or self._tmp.shape != params.shape:
            self._tmp = np.empty_like(params)
        tmp = self._tmp
        if self.momentum == 0.0:
            np.multiply(grads, self.learning_rate, out=tmp)
            params -= tmp
            return
        if self.velocity is None or self.velocity.shape != params.shape:
            self.velocity = grads.copy()
        else:
            self.velocity *= self.momentum
            self.velocity += grads
        if self.nesterov:
            np.multiply(self.velocity, self.momentum, out=tmp)
            tmp += grads
        else:
            np.copyto(tmp, self.velocity)
        tmp *= self.learning_rate
        params -= tmp


class RMSprop(Optimizer):
    """torch.optim.RMSprop:  s ← α·s + (1 − α)·g²;  θ ← θ − η·g / (√s + ε)
    (with momentum μ:  b ← μ·b + g/(√s + ε);  θ ← θ − η·b)."""

    name = "rmsprop"

    def __init__(self, learning_rate, alpha=0.99, eps=1e-8, momentum=0.0):
        super().__init__(learning_rate)
        self.alpha, self.eps, self.momentum = float(alpha), float(eps), float(momentum)
        self.square_avg = None
        self.buffer = None

    def reset(self):
        super().reset()
        self.square_avg = self.buffer = None

    def step(self, params, grads):
        self.t += 1
        if self.square_avg is None or self.square_avg.shape != params.shape:
            self.square_avg = np.zeros_like(params)
            self.buffer = np.zeros_like(params)
        s = self.square_avg
        s *= self.alpha
        s += (1.0 - self.alpha) * grads * grads
        denom = np.sqrt(s)
        denom += self.eps
        if self.momentum > 0:
            self.buffer *= self.momentum
            self.buffer += grads / denom
            params -= self.learning_rate * self.buffer
        else:
            params -= self.learning_rate * grads / denom


class Adam(Optimizer):
    """torch.optim.Adam:  m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;
    θ ← θ − (η / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)."""

    name = "adam"

    def __init__(self, learning_rate, beta1=0.9, beta2=0.999, eps=1e-8):
        super().__init__(learning_rate)
        self.beta1, self.beta2, self.eps = float(beta1), float(beta2), float(eps)
        self.m = self.v = None

    def reset(self):
        super().reset()
        self.m = self.v = None

    def step(self, params, grads):
        self.t += 1
        if self.m is None or self.m.shape != params.shape:
            self.m = np.zeros_like(params)
            self.v = np.zeros_like(params)
        b1, b2 = self.beta1, self.beta2
        self.m *= b1
        self.m += (1.0 - b1) * grads
        self.v *= b2
        self.v += (1.0 - b2) * grads * grads
        bias_correction1 = 1.0 - b1 ** self.t
        bias_correction2_sqrt = np.sqrt(1.0 - b2 ** self.t)
        denom = np.sqrt(self.v) / bias_correction2_sqrt
        denom += self.eps
        params -= (self.learning_rate / bias_correction1) * self.m / denom


OPTIMIZERS = {"sgd": SGD, "rmsprop": RMSprop, "adam": Adam}
OPTIMIZER_NAMES = ("sgd", "momentum", "nesterov", "rmsprop", "adam")
"""Names ``make_optimizer`` accepts ("momentum" and "nesterov" are SGD with μ = 0.9 by default)."""


def make_optimizer(name: str, learning_rate: float, momentum: float = 0.0, nesterov: bool = False,
                   beta1: float = 0.9, beta2: float = 0.999, alpha: float = 0.99) -> Optimizer:
    """Build the named optimiser; ``momentum``/``nesterov`` go to SGD (and momentum to RMSprop)."""
    if name == "sgd":
        return SGD(learning_rate, momentum, nesterov)
    if name == "momentum":
        return SGD(learning_rate, momentum or 0.9, False)
    if name == "nesterov":
        return SGD(learning_rate, momentum or 0.9, True)
    if name == "rmsprop":
        return RMSprop(learning_rate, alpha=alpha, momentum=momentum)
    if name == "adam":
        return Adam(learning_rate, beta1, beta2)
    raise ValueError(f"unknown optimizer {name!r} (known: {', '.join(OPTIMIZER_NAMES)})")

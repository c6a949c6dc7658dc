"""Optimisers with PyTorch semantics, working in place on one flat parameter array.

Each ``step(params, grads)`` applies one update; the gradient already includes any L1/L2 term.
Formulas follow ``torch.optim`` exactly (default epsilons), so runs can be checked against it.
The same classes drive the training (a flat parameter array) and the Lab's gradient descent on a
point (``gd.py``). Each class declares its ``hyperparameters`` (besides η) once; the settings panel,
the Lab and the tooltips read them.
"""

from __future__ import annotations

import numpy as np

from .hyperparams import HyperParameter
from .text import QT_TRANSLATE_NOOP

LEARNING_RATE = HyperParameter("learning_rate", 0.1, "η", "w ← w − η·g",
                               QT_TRANSLATE_NOOP("engine", "the size of each step"), minimum=0.0)
_MOMENTUM = HyperParameter("momentum", 0.0, "μ", "v ← μ·v + g",
                           QT_TRANSLATE_NOOP("engine", "how much of the previous step is kept (0 = none)"), minimum=0.0)
_EPS = HyperParameter("eps", 1e-8, "ε", "",
                      QT_TRANSLATE_NOOP("engine", "avoids division by zero"), minimum=0.0)


class Optimizer:
    """Base: ``title``, a one-line ``summary`` and the ``hyperparameters`` besides η."""

    name = ""
    title = ""
    summary = ""
    hyperparameters: tuple[HyperParameter, ...] = ()

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
    title = "SGD"
    summary = QT_TRANSLATE_NOOP("engine", "SGD: w ← w − η·g (with optional momentum and Nesterov)")
    hyperparameters = (
        _MOMENTUM,
        HyperParameter("dampening", 0.0, "τ", "v ← μ·v + (1 − τ)·g",
                       QT_TRANSLATE_NOOP("engine", "damps the new gradient"), minimum=0.0),
        HyperParameter("nesterov", False, "Nesterov", "step with g + μ·v",
                       QT_TRANSLATE_NOOP("engine", "looks ahead before the step")),
    )

    def __init__(self, learning_rate, momentum=0.0, nesterov=False, dampening=0.0):
        super().__init__(learning_rate)
        self.momentum = float(momentum)
        self.nesterov = bool(nesterov)
        self.dampening = float(dampening)
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
            self.velocity = np.array(grads, dtype=params.dtype)
        else:
            self.velocity *= self.momentum
            self.velocity += grads if self.dampening == 0.0 else (1.0 - self.dampening) * grads
        if self.nesterov:
            np.multiply(self.velocity, self.momentum, out=tmp)
            tmp += grads
        else:
            np.copyto(tmp, self.velocity)
        tmp *= self.learning_rate
        params -= tmp


class RMSprop(Optimizer):
    """torch.optim.RMSprop:  s ← α·s + (1 − α)·g²;  θ ← θ − η·g / (√s + ε)
    (centered: ḡ ← ḡ + (1 − α)·(g − ḡ) and √(s − ḡ²) in place of √s;
    with momentum μ:  b ← μ·b + g/(√s + ε);  θ ← θ − η·b)."""

    name = "rmsprop"
    title = "RMSprop"
    summary = QT_TRANSLATE_NOOP("engine", "RMSprop: divides each step by a running RMS of the gradient")
    hyperparameters = (
        HyperParameter("alpha", 0.99, "α", "s ← α·s + (1 − α)·g²",
                       QT_TRANSLATE_NOOP("engine", "smoothing of the squared gradient"), minimum=0.0),
        _EPS,
        _MOMENTUM,
        HyperParameter("centered", False, "centered", "√(s − ḡ²)",
                       QT_TRANSLATE_NOOP("engine", "divide by the variance instead of the raw mean square")),
    )

    def __init__(self, learning_rate, alpha=0.99, eps=1e-8, momentum=0.0, centered=False):
        super().__init__(learning_rate)
        self.alpha, self.eps, self.momentum = float(alpha), float(eps), float(momentum)
        self.centered = bool(centered)
        self.square_avg = None
        self.grad_avg = None
        self.buffer = None

    def reset(self):
        super().reset()
        self.square_avg = self.grad_avg = self.buffer = None

    def step(self, params, grads):
        self.t += 1
        if self.square_avg is None or self.square_avg.shape != params.shape:
            self.square_avg = np.zeros_like(params)
            self.grad_avg = np.zeros_like(params)
            self.buffer = np.zeros_like(params)
        s = self.square_avg
        s *= self.alpha
        s += (1.0 - self.alpha) * grads * grads
        if self.centered:
            self.grad_avg += (1.0 - self.alpha) * (grads - self.grad_avg)
            denom = np.sqrt(s - self.grad_avg * self.grad_avg)
        else:
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
    title = "Adam"
    summary = QT_TRANSLATE_NOOP("engine", "Adam: momentum plus per-weight step sizes (β1, β2)")
    hyperparameters = (
        HyperParameter("beta1", 0.9, "β1", "m ← β1·m + (1 − β1)·g",
                       QT_TRANSLATE_NOOP("engine", "decay of the gradient's running mean"), minimum=0.0, below=1.0),
        HyperParameter("beta2", 0.999, "β2", "v ← β2·v + (1 − β2)·g²",
                       QT_TRANSLATE_NOOP("engine", "decay of the squared gradient's running mean"),
                       minimum=0.0, below=1.0),
        _EPS,
    )

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
        self.m += (1.0 - b1) * (grads - self.m)  # torch's lerp form of β₁·m + (1 − β₁)·g
        self.v *= b2
        self.v += (1.0 - b2) * grads * grads
        bias_correction1 = 1.0 - b1 ** self.t
        bias_correction2_sqrt = np.sqrt(1.0 - b2 ** self.t)
        denom = np.sqrt(self.v) / bias_correction2_sqrt
        denom += self.eps
        params -= (self.learning_rate / bias_correction1) * self.m / denom


OPTIMIZERS = {"sgd": SGD, "rmsprop": RMSprop, "adam": Adam}
VARIANTS: dict[str, tuple[type[Optimizer], dict]] = {
    "sgd": (SGD, {}),
    "momentum": (SGD, {"momentum": 0.9}),
    "nesterov": (SGD, {"momentum": 0.9, "nesterov": True}),
    "rmsprop": (RMSprop, {}),
    "adam": (Adam, {}),
}
"""Every optimiser name → (class, the values it presets where the caller gives 0/False)."""
OPTIMIZER_NAMES = tuple(VARIANTS)


def optimizer_class(name: str) -> type[Optimizer]:
    """The class behind an optimiser name (``momentum`` and ``nesterov`` are SGD)."""
    return _variant(name)[0]


def _variant(name: str) -> tuple[type[Optimizer], dict]:
    try:
        return VARIANTS[name]
    except (KeyError, TypeError):
        raise ValueError(f"unknown optimizer {name!r} (known: {', '.join(OPTIMIZER_NAMES)})") from None


def make_optimizer(name: str, learning_rate: float, momentum: float = 0.0, nesterov: bool = False,
                   beta1: float = 0.9, beta2: float = 0.999, alpha: float = 0.99) -> Optimizer:
    """Build the named optimiser from the training settings' values; each class takes those it
    declares (SGD: momentum, nesterov; RMSprop: alpha, momentum; Adam: beta1, beta2), and a
    variant's preset fills the ones given as 0/False ("momentum": μ = 0.9)."""
    cls, preset = _variant(name)
    given = {"momentum": momentum, "nesterov": nesterov, "beta1": beta1, "beta2": beta2, "alpha": alpha}
    params = {p.name: given[p.name] for p in cls.hyperparameters if p.name in given}
    params.update({k: v for k, v in preset.items() if not params.get(k)})
    return cls(learning_rate, **params)

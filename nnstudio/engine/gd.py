"""The gradient-descent lab: analytic functions of x (and y), optimisers on a point, and runs.

A run starts at ``p₀`` and applies ``p_{t+1} = p_t − η·d_t``, where the direction ``d_t`` comes
from the exact gradient ``∇f(p_t)`` through one of the engine's optimisers (``optimizers.py``:
the training's own classes, with the update rules of ``torch.optim`` — SGD with
momentum/dampening/Nesterov, RMSprop, Adam). Example: f(x) = x² − x + 1, x₀ = 5, η = 0.3 gives 5 → 2.3 → 1.22 → … → 0.5.

A run stops early, flagged ``diverged``, at the first step whose point, value or gradient is not
finite or whose point leaves the box ``|x|, |y| ≤ bound``; that step gets no row, so every row
holds finite numbers.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from nnstudio.engine.expression import VARIABLES, Expression, format_number
from nnstudio.engine.hyperparams import defaults
from nnstudio.engine.optimizers import VARIANTS, Optimizer
from nnstudio.engine.text import QT_TRANSLATE_NOOP, translate

DIVERGENCE_BOUND = 1e6
"""A run stops when a coordinate of the point exceeds this in absolute value."""


# ---------------------------------------------------------------------------------------------
# Functions


class AnalyticFunction:
    """f(x) or f(x, y) with its exact gradient, for gradient descent and for plotting.

    ``variables`` is ``("x",)`` or ``("x", "y")``; by default ``("x", "y")`` exactly when the
    formula uses y. ``start`` and ``domain`` (one ``(low, high)`` per variable) are hints for a
    run and for a plot; ``minima`` lists known minimisers (presets only).
    """

    def __init__(self, expression: Expression | str, variables: Sequence[str] | None = None, *,
                 name: str = "", title: str = "", start: Sequence[float] | None = None,
                 domain: Sequence[tuple[float, float]] | None = None,
                 minima: Iterable[Sequence[float]] = (), suggested_lr: float = 0.1):
        if isinstance(expression, str):
            expression = Expression.parse(expression)
        if variables is None:
            variables = ("x", "y") if expression.uses("y") else ("x",)
        variables = tuple(variables)
        if variables not in (("x",), ("x", "y")):
            raise ValueError(translate("engine", "variables must be ('x',) or ('x', 'y'), got {variables}").format(
                variables=variables))
        if expression.uses("y") and variables == ("x",):
            raise ValueError(translate("engine", "f = {expression} uses y, so it needs a point (x, y)").format(
                expression=expression))
        self.expression = expression
        self.variables = variables
        self.name = name
        self.title = title or f"f({', '.join(variables)}) = {expression.pretty()}"
        self.start = _point(start if start is not None else (1.0,) * len(variables), len(variables),
                            "start")
        self.domain = tuple((float(low), float(high)) for low, high in
                            (domain if domain is not None else ((-5.0, 5.0),) * len(variables)))
        if len(self.domain) != len(variables):
            raise ValueError(translate("engine", "domain needs {variables} ranges, got {domain}").format(
                variables=len(variables), domain=len(self.domain)))
        self.minima = tuple(_point(m, len(variables), "minimum") for m in minima)
        self.suggested_lr = float(suggested_lr)
        self.partials = expression.gradient(variables)

    @property
    def dims(self) -> int:
        return len(self.variables)

    @property
    def formula(self) -> str:
        """The formula as re-parseable text, e.g. ``x^2 - x + 1``."""
        return str(self.expression)

    @property
    def pretty_formula(self) -> str:
        """The formula for display, e.g. ``x² − x + 1``."""
        return self.expression.pretty()

    @property
    def gradient_formulas(self) -> tuple[str, ...]:
        """The partial derivatives as text, e.g. ``("2*x - 1",)``."""
        return tuple(str(partial) for partial in self.partials)

    def with_dims(self, dims: int) -> AnalyticFunction:
        """The same formula seen as a function of ``dims`` variables (y is added as a constant)."""
        if dims == self.dims:
            return self
        if dims not in (1, 2):
            raise ValueError(translate("engine", "a function here has 1 or 2 variables, not {dims}").format(dims=dims))
        start = self.start[:dims] if dims < self.dims else (*self.start, 0.0)
        domain = self.domain[:dims] if dims < self.dims else (*self.domain, (-5.0, 5.0))
        return AnalyticFunction(self.expression, VARIABLES[:dims], name=self.name, start=start,
                                domain=domain, suggested_lr=self.suggested_lr)

    def _env(self, point: Sequence[float]) -> dict[str, np.ndarray]:
        return {name: np.float64(value) for name, value in zip(self.variables, point, strict=True)}

    def value(self, point: Sequence[float]) -> float:
        """f(p) at one point (nan or inf where f is undefined)."""
        with np.errstate(all="ignore"):
            return float(self.expression.compiled(self._env(point)))

    def gradient(self, point: Sequence[float]) -> np.ndarray:
        """∇f(p) = (∂f/∂x, ∂f/∂y) at one point, as a float array of length ``dims``."""
        env = self._env(point)
        with np.errstate(all="ignore"):
            return np.array([partial.compiled(env) for partial in self.partials], dtype=float)

    def __call__(self, *coords):
        """Vectorised f on arrays (e.g. a meshgrid for contours); positional x then y."""
        return self.expression(**dict(zip(self.variables, coords, strict=True)))

    def gradient_grid(self, *coords) -> tuple[np.ndarray, ...]:
        """Vectorised partial derivatives on arrays, one array per variable."""
        values = dict(zip(self.variables, coords, strict=True))
        return tuple(np.asarray(partial(**values), dtype=float) for partial in self.partials)

    def __repr__(self) -> str:
        label = f"{self.name}: " if self.name else ""
        return f"AnalyticFunction({label}{self.formula!r}, variables={self.variables})"


def _point(values: float | Sequence[float], dims: int, what: str) -> tuple[float, ...]:
    """A tuple of ``dims`` floats from a number (when dims is 1) or a sequence."""
    if np.ndim(values) == 0:
        values = (values,)
    point = tuple(float(v) for v in values)
    if len(point) != dims:
        raise ValueError(translate("engine", "{what} needs {dims} coordinate{value}, got {point}").format(
            what=what, dims=dims, value='s' if dims > 1 else '', point=len(point)))
    return point


@dataclass(frozen=True)
class Preset:
    """A named function: ``template`` is its formula, with ``{param}`` fields for ``params``."""

    name: str
    title: str
    template: str
    start: tuple[float, ...]
    domain: tuple[tuple[float, float], ...]
    suggested_lr: float
    minima: tuple[tuple[float, ...], ...] = ()
    params: Mapping[str, float] = field(default_factory=dict)
    description: str = ""

    def formula(self, **params: float) -> str:
        """The formula text with ``params`` (defaults for those not given)."""
        unknown = sorted(set(params) - set(self.params))
        if unknown:
            known = ", ".join(self.params) or "none"
            raise ValueError(translate("engine", "preset '{name}' has no parameter {unknown!r} (its parameters: "
                                                 "{known})").format(
                name=self.name, unknown=unknown[0], known=known))
        values = {**self.params, **{k: v for k, v in params.items() if v is not None}}
        for key, value in values.items():
            value = float(value)
            if not (math.isfinite(value) and value > 0):
                raise ValueError(translate("engine", "{key} must be a positive number, got {value:g}").format(
                    key=key, value=value))
            values[key] = format_number(value)
        return self.template.format(**values)

    def build(self, **params: float) -> AnalyticFunction:
        """The AnalyticFunction of this preset."""
        return AnalyticFunction(self.formula(**params), VARIABLES[:len(self.start)], name=self.name,
                                title=self.title, start=self.start, domain=self.domain,
                                minima=self.minima, suggested_lr=self.suggested_lr)


PRESETS: dict[str, Preset] = {preset.name: preset for preset in (
    Preset("parabola", "x² − x + 1", "x^2 - x + 1", (5.0,), ((-2.0, 6.0),), 0.3, minima=((0.5,),),
           description=QT_TRANSLATE_NOOP("engine", "One minimum at x = 0.5; stable for η < 1, diverges for η > 1.")),
    Preset("double_well", QT_TRANSLATE_NOOP("engine", "x⁴ − 3x² + x (two minima)"), "x^4 - 3*x^2 + x", (2.0,),
           ((-2.2, 2.2),), 0.02, minima=((-1.300839565942,), (1.130901122630,)),
           description=QT_TRANSLATE_NOOP("engine", "A global minimum near −1.30 and a local one near 1.13: "
                                                   "the start decides.")),
    Preset("bowl", QT_TRANSLATE_NOOP("engine", "Quadratic bowl ½(x² + κy²)"), "0.5*(x^2 + {kappa}*y^2)", (-4.0, 1.5),
           ((-5.0, 5.0), (-3.0, 3.0)), 0.1, minima=((0.0, 0.0),), params={"kappa": 10.0},
           description=QT_TRANSLATE_NOOP("engine", "Condition number κ: plain gradient descent zig-zags and "
                                                   "needs η < 2/κ.")),
    Preset("rosenbrock", "Rosenbrock (1 − x)² + 100(y − x²)²", "(1 - x)^2 + 100*(y - x^2)^2",
           (-1.2, 1.0), ((-2.0, 2.0), (-1.0, 3.0)), 0.001, minima=((1.0, 1.0),),
           description=QT_TRANSLATE_NOOP("engine", "A curved narrow valley; the minimum at (1, 1) is slow to reach.")),
    Preset("himmelblau", "Himmelblau (x² + y − 11)² + (x + y² − 7)²", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
           (0.0, 0.0), ((-5.0, 5.0), (-5.0, 5.0)), 0.01,
           minima=((3.0, 2.0), (-2.805118086953, 3.131312518251), (-3.779310253378, -3.283185991286),
                   (3.584428340330, -1.848126526964)),
           description=QT_TRANSLATE_NOOP("engine", "Four minima with the same value 0.")),
    Preset("saddle", QT_TRANSLATE_NOOP("engine", "Saddle x² − y²"), "x^2 - y^2", (2.0, 0.001),
           ((-2.5, 2.5), (-2.5, 2.5)), 0.1,
           description=QT_TRANSLATE_NOOP("engine", "No minimum: x settles at 0 while y slowly escapes from the "
                                                   "saddle point.")),
)}


def preset_key(name: str) -> str:
    """Normalised preset name: ``Double-Well`` → ``double_well``."""
    return name.strip().lower().replace("-", "_").replace(" ", "_")


def make_function(spec: AnalyticFunction | Expression | str, dims: int | None = None,
                  **params: float) -> AnalyticFunction:
    """An AnalyticFunction from a preset name (with its ``params``), a formula text or an Expression.

    ``dims`` (1 or 2) forces the number of variables, e.g. 2 to run ``x^2`` from a point (x, y).
    Raises ``ValueError`` (``ExpressionError`` for a bad formula).
    """
    if isinstance(spec, AnalyticFunction):
        function = spec
    elif isinstance(spec, str) and preset_key(spec) in PRESETS:
        function = PRESETS[preset_key(spec)].build(**params)
        params = {}
    else:
        function = AnalyticFunction(spec)
    leftover = [key for key, value in params.items() if value is not None]
    if leftover:
        raise ValueError(translate("engine", "parameter {leftover!r} only applies to a preset").format(
            leftover=leftover[0]))
    return function if dims is None else function.with_dims(dims)


# ---------------------------------------------------------------------------------------------
# Optimisers on one point


class PointOptimizer:
    """One run's optimiser on a point: an engine optimiser (``optimizers.py``, torch semantics)
    stepping a copy of the point. ``step(p, g)`` returns the next point."""

    def __init__(self, name: str, lr: float, optimizer: Optimizer):
        self.name, self.lr, self.optimizer = name, float(lr), optimizer

    def step(self, point: np.ndarray, grad: np.ndarray) -> np.ndarray:
        point = np.array(point, dtype=float)
        self.optimizer.step(point, np.asarray(grad, dtype=float))
        return point

    @property
    def settings(self) -> dict[str, float | bool]:
        """The hyper-parameters, ``lr`` first."""
        declared = type(self.optimizer).hyperparameters
        return {"lr": self.lr, **{p.name: getattr(self.optimizer, p.name) for p in declared}}


OPTIMIZERS: dict[str, tuple[type[Optimizer], Mapping[str, float | bool]]] = {"gd": VARIANTS["sgd"], **VARIANTS}
"""Optimiser names → (engine class, defaults that differ from the class's declarations): the
training's own names, plus "gd" (plain gradient descent, the same as "sgd" on an exact gradient)."""


def optimizer_defaults(name: str) -> dict[str, float | bool]:
    """The hyper-parameters (besides lr) of the optimiser ``name`` with their default values."""
    cls, overrides = _lookup_optimizer(name)
    return {**defaults(cls.hyperparameters), **overrides}


def _lookup_optimizer(name: str) -> tuple[type[Optimizer], Mapping[str, float | bool]]:
    key = name.strip().lower() if isinstance(name, str) else name
    if key not in OPTIMIZERS:
        raise ValueError(translate("engine", "unknown optimizer {name!r} (choose from {OPTIMIZERS})").format(
            name=name, OPTIMIZERS=', '.join(OPTIMIZERS)))
    return OPTIMIZERS[key]


def make_optimizer(name: str, lr: float, **params: float | bool | None) -> PointOptimizer:
    """A fresh optimiser by name; ``params`` override its defaults (``None`` values are ignored),
    each checked against its declaration."""
    cls, overrides = _lookup_optimizer(name)
    declared = {p.name: p for p in cls.hyperparameters}
    given = {key: value for key, value in params.items() if value is not None}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        known = ", ".join(declared) or "none"
        raise ValueError(translate("engine", "optimizer {name!r} has no parameter {unknown!r} (its parameters: "
                                             "{known})").format(
            name=name, unknown=unknown[0], known=known))
    values = {key: declared[key].check(value) for key, value in {**defaults(cls.hyperparameters), **overrides,
                                                                  **given}.items()}
    if values.get("nesterov") and (values["momentum"] <= 0 or values["dampening"] != 0):
        raise ValueError(translate("engine", "Nesterov momentum requires a momentum > 0 and zero dampening"))
    lr = float(lr)
    if not (math.isfinite(lr) and lr >= 0):
        raise ValueError(translate("engine", "learning rate must be a number ≥ 0, got {lr:g}").format(lr=lr))
    return PointOptimizer(name.strip().lower(), lr, cls(lr, **values))


# ---------------------------------------------------------------------------------------------
# Runs


@dataclass(frozen=True)
class GDStep:
    """One row of a run: the point after ``step`` updates, ∇f and f there."""

    step: int
    point: list[float]
    gradient: list[float]
    value: float

    def to_dict(self) -> dict:
        return {"step": self.step, "point": list(self.point), "gradient": list(self.gradient),
                "value": self.value}


@dataclass
class GDResult:
    """A run: ``rows`` for steps 0 … N (step 0 is the start), fewer when it ``diverged``.

    ``stopped_at`` is the first step that was not recorded (None when the run completed) and
    ``reason`` says why.
    """

    function: AnalyticFunction
    optimizer: str
    settings: dict[str, float | bool]
    steps: int
    rows: list[GDStep]
    diverged: bool = False
    stopped_at: int | None = None
    reason: str = ""

    @property
    def lr(self) -> float:
        return float(self.settings["lr"])

    @property
    def points(self) -> np.ndarray:
        """Shape ``(rows, dims)``."""
        return np.array([row.point for row in self.rows], dtype=float).reshape(-1, self.function.dims)

    @property
    def gradients(self) -> np.ndarray:
        return np.array([row.gradient for row in self.rows], dtype=float).reshape(-1, self.function.dims)

    @property
    def values(self) -> np.ndarray:
        return np.array([row.value for row in self.rows], dtype=float)

    @property
    def final(self) -> GDStep:
        return self.rows[-1]

    def to_dict(self) -> dict:
        """``{"steps": [{"step", "point", "gradient", "value"}, …], "diverged", "stopped_at"}``."""
        return {"steps": [row.to_dict() for row in self.rows], "diverged": self.diverged,
                "stopped_at": self.stopped_at}


def _coerce_steps(steps: int) -> int:
    if isinstance(steps, bool) or not isinstance(steps, int | np.integer) or steps < 0:
        raise ValueError(translate("engine", "steps must be a whole number ≥ 0, got {steps!r}").format(steps=steps))
    return int(steps)


def _prepare(function, start) -> tuple[AnalyticFunction, tuple[float, ...]]:
    """The function and the start point, matched in dimension (a 2-D start promotes f(x))."""
    if start is None:
        function = make_function(function)
        return function, function.start
    dims = 1 if np.ndim(start) == 0 else len(start)
    function = make_function(function)
    if dims == 2 and function.dims == 1:
        function = function.with_dims(2)
    return function, _point(start, function.dims, "start point")


def run_gd(function: AnalyticFunction | str, start: float | Sequence[float] | None, lr: float,
           steps: int, optimizer: str = "gd", *, bound: float = DIVERGENCE_BOUND,
           **params: float | bool | None) -> GDResult:
    """Run ``steps`` updates of ``optimizer`` on ``function`` from ``start``.

    ``function`` is an AnalyticFunction, a preset name or a formula; ``start`` a number or
    (x, y), or None for the function's own start. ``params`` go to the optimiser (momentum,
    dampening, nesterov, alpha, eps, centered, beta1, beta2). Raises ``ValueError`` for bad
    arguments and when f or ∇f is not finite at the start.
    """
    function, start = _prepare(function, start)
    steps = _coerce_steps(steps)
    opt = make_optimizer(optimizer, lr, **params)
    point = np.array(start, dtype=float)
    if not np.all(np.isfinite(point)) or np.max(np.abs(point)) > bound:
        raise ValueError(translate("engine", "the start point must be finite and within ±{bound:g}").format(
            bound=bound))
    value, grad = function.value(point), function.gradient(point)
    if not (math.isfinite(value) and np.all(np.isfinite(grad))):
        raise ValueError(translate("engine", "f or its gradient is not defined at the start point {show} (f = "
                                             "{value:g}, gradient = {show2})").format(
            show=_show(point), value=value, show2=_show(grad)))
    rows = [GDStep(0, point.tolist(), grad.tolist(), value)]
    result = GDResult(function, optimizer.strip().lower(), opt.settings, steps, rows)
    for step in range(1, steps + 1):
        point = opt.step(point, grad)
        reason = ""
        if not np.all(np.isfinite(point)):
            reason = translate("engine", "the point became {point}").format(point=_show(point))
        elif np.max(np.abs(point)) > bound:
            reason = translate("engine", "the point {point} left the box ±{bound}").format(point=_show(point),
                                                                                            bound=f"{bound:g}")
        else:
            value, grad = function.value(point), function.gradient(point)
            if not math.isfinite(value):
                reason = translate("engine", "f became {value} at {point}").format(value=f"{value:g}",
                                                                                   point=_show(point))
            elif not np.all(np.isfinite(grad)):
                reason = translate("engine", "the gradient became {grad} at {point}").format(grad=_show(grad),
                                                                                             point=_show(point))
        if reason:
            result.diverged, result.stopped_at = True, step
            result.reason = translate("engine", "step {step}: {reason}").format(step=step, reason=reason)
            break
        rows.append(GDStep(step, point.tolist(), grad.tolist(), value))
    return result


def compare_learning_rates(function: AnalyticFunction | str, start: float | Sequence[float] | None,
                           lrs: Iterable[float], steps: int, optimizer: str = "gd",
                           **params: float | bool | None) -> list[GDResult]:
    """One run per learning rate, same function, start, optimiser and steps; in the order of ``lrs``."""
    function, start = _prepare(function, start)
    return [run_gd(function, start, lr, steps, optimizer, **params) for lr in lrs]


def _show(values: np.ndarray) -> str:
    return "(" + ", ".join(f"{v:.6g}" for v in np.atleast_1d(values)) + ")"

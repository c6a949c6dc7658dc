"""The gradient-descent lab: runs, divergence, presets and optimisers (by hand and against torch)."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest

from nnstudio.engine.expression import ExpressionError
from nnstudio.engine.gd import (
    DIVERGENCE_BOUND,
    OPTIMIZERS,
    PRESETS,
    AnalyticFunction,
    compare_learning_rates,
    make_function,
    make_optimizer,
    optimizer_defaults,
    run_gd,
)

# --- the required iteration table ---------------------------------------------------------


def test_parabola_iteration_table():
    """f(x) = x² − x + 1, x₀ = 5, η = 0.3: x_{k+1} = x_k − 0.3·(2x_k − 1), i.e. x_k = 0.5 + 4.5·0.4^k."""
    result = run_gd("x^2 - x + 1", 5.0, 0.3, 10)
    first = result.rows[0]
    assert (first.step, first.point, first.gradient, first.value) == (0, [5.0], [9.0], 21.0)
    assert [row.step for row in result.rows] == list(range(11))
    xs = [row.point[0] for row in result.rows]
    assert xs[:4] == pytest.approx([5.0, 2.3, 1.22, 0.788], rel=1e-14)
    assert xs == pytest.approx([0.5 + 4.5 * 0.4**k for k in range(11)], rel=1e-12)
    for row in result.rows:
        x = row.point[0]
        assert row.gradient == pytest.approx([2 * x - 1], rel=1e-14)
        assert row.value == pytest.approx(x * x - x + 1, rel=1e-14)
    assert not result.diverged and result.stopped_at is None


def test_parabola_converges_to_half():
    result = run_gd("parabola", None, 0.3, 60)
    assert result.final.point[0] == pytest.approx(0.5, abs=1e-12)
    assert result.final.value == pytest.approx(0.75, abs=1e-12)
    assert np.all(np.diff(result.values) <= 0)


def test_lr_one_oscillates_and_lr_zero_stays():
    """η = 1: x − (2x − 1) = 1 − x, so 5, −4, 5, −4, … forever (neither converges nor diverges)."""
    swing = run_gd("parabola", 5.0, 1.0, 6)
    assert [row.point[0] for row in swing.rows] == [5.0, -4.0, 5.0, -4.0, 5.0, -4.0, 5.0]
    assert not swing.diverged
    still = run_gd("parabola", 5.0, 0.0, 4)
    assert [row.point for row in still.rows] == [[5.0]] * 5


def test_zero_steps_gives_the_start_row_only():
    result = run_gd("x^2", 3.0, 0.1, 0)
    assert len(result.rows) == 1 and result.rows[0].point == [3.0]


# --- divergence ---------------------------------------------------------------------------


def test_too_large_lr_diverges_and_stops():
    """η = 1.5: x − 0.5 is multiplied by 1 − 2η = −2 each step: x_k = 0.5 + 4.5·(−2)^k.

    x₁₇ = −589823.5 is inside the box ±1e6, x₁₈ = 1179648.5 is not: step 18 stops the run.
    """
    result = run_gd("parabola", 5.0, 1.5, 1000)
    assert result.diverged
    assert result.stopped_at == 18 and len(result.rows) == 18
    assert [row.step for row in result.rows] == list(range(18))
    assert result.rows[-1].point[0] == pytest.approx(0.5 + 4.5 * (-2.0) ** 17, rel=1e-14)
    assert np.all(np.isfinite(result.points)) and np.all(np.abs(result.points) <= DIVERGENCE_BOUND)
    assert "step 18" in result.reason and "left the box" in result.reason
    json.dumps(result.to_dict(), allow_nan=False)  # every recorded number is finite


def test_non_finite_value_stops_the_run():
    """√x from x = 1 with η = 10 jumps to x = 1 − 10·½ = −4, where √x is nan."""
    result = run_gd("sqrt(x)", 1.0, 10.0, 5)
    assert result.diverged and result.stopped_at == 1 and len(result.rows) == 1
    assert "nan" in result.reason


def test_custom_bound():
    result = run_gd("x^2", 5.0, 1.5, 100, bound=100.0)
    assert result.diverged and result.stopped_at == 5  # x ← −2x: 5, −10, 20, −40, 80, then −160
    assert result.stopped_at == len(result.rows)
    assert max(abs(p) for p in result.points.ravel()) <= 100.0


def test_undefined_start_is_an_error():
    with pytest.raises(ValueError, match="not defined at the start point"):
        run_gd("log(x)", -1.0, 0.1, 3)
    with pytest.raises(ValueError, match="within"):
        run_gd("x", 2e6, 0.1, 3)


@pytest.mark.parametrize("steps", [-1, 2.5, True, "3"])
def test_bad_steps(steps):
    with pytest.raises(ValueError, match="steps"):
        run_gd("x^2", 1.0, 0.1, steps)


def test_negative_lr_is_refused():
    with pytest.raises(ValueError, match="learning rate"):
        run_gd("x^2", 1.0, -0.1, 3)


# --- functions and presets ----------------------------------------------------------------


def test_dimensions_follow_the_formula_and_the_start():
    assert make_function("x^2").dims == 1
    assert make_function("x + y").dims == 2
    promoted = run_gd("x^2", (1.0, 2.0), 0.25, 2)  # a 2-D start turns f(x) into f(x, y)
    assert promoted.function.dims == 2
    assert [row.point for row in promoted.rows] == [[1.0, 2.0], [0.5, 2.0], [0.25, 2.0]]
    assert promoted.rows[0].gradient == [2.0, 0.0]
    with pytest.raises(ValueError, match="needs 2 coordinates"):
        run_gd("x*y", 1.0, 0.1, 2)
    with pytest.raises(ValueError, match="uses y"):
        AnalyticFunction("x*y", ("x",))


def test_bad_formula_raises_expression_error():
    with pytest.raises(ExpressionError, match="position"):
        run_gd("x^2 +* 1", 1.0, 0.1, 2)


def test_preset_registry():
    assert {"parabola", "double_well", "bowl", "rosenbrock", "himmelblau", "saddle"} <= set(PRESETS)
    for name, preset in PRESETS.items():
        f = preset.build()
        assert f.name == name and f.dims == len(preset.start) == len(preset.domain)
        assert f.start == preset.start and f.title
        for (low, high), s in zip(f.domain, f.start, strict=True):
            assert low < s < high
        for minimum in f.minima:
            assert np.linalg.norm(f.gradient(minimum)) < 1e-9, (name, minimum)
    assert make_function("Double-Well").name == "double_well"
    assert make_function("parabola").formula == "x^2 - x + 1"


def test_bowl_condition_number():
    f = make_function("bowl", kappa=100)
    assert f.formula == "0.5*(x^2 + 100*y^2)"
    assert f.gradient_formulas == ("x", "100*y")
    assert list(f.gradient((2.0, 3.0))) == [2.0, 300.0]
    assert make_function("bowl").gradient((0.0, 1.0))[1] == 10.0  # κ = 10 by default
    # plain GD on the y direction multiplies y by 1 − ηκ: stable below η = 2/κ = 0.02
    assert not run_gd(f, (1.0, 1.0), 0.019, 2000).diverged
    assert run_gd(f, (1.0, 1.0), 0.021, 2000).diverged
    with pytest.raises(ValueError, match="kappa must be a positive number"):
        make_function("bowl", kappa=-1)
    with pytest.raises(ValueError, match="no parameter 'lambda'"):
        make_function("bowl", **{"lambda": 2})
    with pytest.raises(ValueError, match="only applies to a preset"):
        make_function("x^2", kappa=3)


def central_gradient(f: AnalyticFunction, point, h: float = 1e-6) -> np.ndarray:
    point = np.asarray(point, dtype=float)
    return np.array([(f.value(point + h * e) - f.value(point - h * e)) / (2 * h) for e in np.eye(f.dims)])


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_preset_gradients_against_finite_differences(name):
    f = make_function(name)
    rng = np.random.default_rng(7)
    for _ in range(20):
        point = [rng.uniform(low, high) for low, high in f.domain]
        expected = central_gradient(f, point)
        scale = 1 + abs(f.value(point))
        np.testing.assert_allclose(f.gradient(point), expected, rtol=1e-6, atol=1e-6 * scale)


def test_preset_gradients_by_hand():
    x, y = 0.7, -0.4
    rosen = make_function("rosenbrock").gradient((x, y))
    np.testing.assert_allclose(rosen, [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)], rtol=1e-14)
    himmel = make_function("himmelblau").gradient((x, y))
    np.testing.assert_allclose(himmel, [4 * x * (x * x + y - 11) + 2 * (x + y * y - 7),
                                        2 * (x * x + y - 11) + 4 * y * (x + y * y - 7)], rtol=1e-14)
    np.testing.assert_allclose(make_function("saddle").gradient((x, y)), [2 * x, -2 * y])
    np.testing.assert_allclose(make_function("double_well").gradient((x,)), [4 * x**3 - 6 * x + 1])


def test_vectorised_grids_for_plots():
    f = make_function("himmelblau")
    X, Y = np.meshgrid(np.linspace(-5, 5, 7), np.linspace(-5, 5, 5))
    Z = f(X, Y)
    assert Z.shape == X.shape
    np.testing.assert_allclose(Z, (X**2 + Y - 11) ** 2 + (X + Y**2 - 7) ** 2)
    gx, gy = f.gradient_grid(X, Y)
    assert gx.shape == gy.shape == X.shape
    assert gy[2, 3] == pytest.approx(f.gradient((X[2, 3], Y[2, 3]))[1])


def test_double_well_start_decides_the_minimum():
    right = run_gd("double_well", 2.0, 0.02, 500)
    left = run_gd("double_well", -2.0, 0.02, 500)
    assert right.final.point[0] == pytest.approx(1.130901122630, abs=1e-8)
    assert left.final.point[0] == pytest.approx(-1.300839565942, abs=1e-8)


def test_compare_learning_rates():
    results = compare_learning_rates("parabola", 5.0, [0.1, 0.5, 1.2], 30)
    assert [r.lr for r in results] == [0.1, 0.5, 1.2]
    assert all(r.rows[0].point == [5.0] for r in results)
    assert results[1].rows[1].point == [0.5]  # η = 0.5 jumps straight to the minimum
    assert not results[0].diverged and results[2].diverged is False  # 1.2: |1 − 2η| = 1.4, still < 1e6
    assert abs(results[2].final.point[0] - 0.5) > 1e3
    wide = compare_learning_rates("parabola", None, [0.3, 2.0], 100)
    assert [r.diverged for r in wide] == [False, True]


def test_result_arrays_and_dict():
    result = run_gd("rosenbrock", None, 0.001, 5)
    assert result.points.shape == (6, 2) and result.gradients.shape == (6, 2) and result.values.shape == (6,)
    data = result.to_dict()
    assert set(data) == {"steps", "diverged", "stopped_at"}
    assert data["steps"][0] == {"step": 0, "point": [-1.2, 1.0], "gradient": list(result.gradients[0]),
                                "value": pytest.approx(24.2)}


# --- optimisers by hand (f(x) = x², g = 2x, x₀ = 1) -----------------------------------------


def xs(optimizer: str, lr: float, steps: int = 3, **params) -> list[float]:
    return [row.point[0] for row in run_gd("x^2", 1.0, lr, steps, optimizer, **params).rows]


def test_plain_gd_by_hand():
    assert xs("gd", 0.1) == pytest.approx([1.0, 0.8, 0.64, 0.512], rel=1e-15)
    assert xs("sgd", 0.1) == xs("gd", 0.1)


def test_momentum_by_hand():
    # b1 = g1 = 2, x1 = 1 − 0.1·2 = 0.8;  g2 = 1.6, b2 = 0.9·2 + 1.6 = 3.4, x2 = 0.8 − 0.34 = 0.46
    # g3 = 0.92, b3 = 0.9·3.4 + 0.92 = 3.98, x3 = 0.46 − 0.398 = 0.062
    assert xs("momentum", 0.1) == pytest.approx([1.0, 0.8, 0.46, 0.062], rel=1e-12)
    assert xs("gd", 0.1, momentum=0.9) == xs("momentum", 0.1)


def test_dampening_by_hand():
    # the first step takes b1 = g1 undamped; then b2 = 0.9·2 + (1 − 0.5)·1.6 = 2.6, x2 = 0.8 − 0.26 = 0.54
    assert xs("momentum", 0.1, 2, dampening=0.5) == pytest.approx([1.0, 0.8, 0.54], rel=1e-12)


def test_nesterov_by_hand():
    # b1 = 2, d1 = 2 + 0.9·2 = 3.8, x1 = 0.62;  g2 = 1.24, b2 = 1.8 + 1.24 = 3.04,
    # d2 = 1.24 + 0.9·3.04 = 3.976, x2 = 0.62 − 0.3976 = 0.2224
    assert xs("nesterov", 0.1, 2) == pytest.approx([1.0, 0.62, 0.2224], rel=1e-12)


def test_rmsprop_by_hand():
    # v1 = 0.01·4 = 0.04, x1 = 1 − 0.01·2/(0.2 + ε);  v2 = 0.99·0.04 + 0.01·x1'²… (g2 = 2·x1)
    x1 = 1 - 0.01 * 2 / (math.sqrt(0.04) + 1e-8)
    v2 = 0.99 * 0.04 + 0.01 * (2 * x1) ** 2
    x2 = x1 - 0.01 * 2 * x1 / (math.sqrt(v2) + 1e-8)
    assert xs("rmsprop", 0.01, 2) == pytest.approx([1.0, x1, x2], rel=1e-14)
    assert x1 == pytest.approx(0.9, rel=1e-7) and x2 == pytest.approx(0.832918, rel=1e-6)


def test_adam_by_hand():
    # step 1 moves by η·sign(g) (up to ε): m̂ = g, v̂ = g²
    x1 = 1 - 0.1 * 2 / (2 + 1e-8)
    g2 = 2 * x1
    m2 = 0.9 * 0.1 * 2 + 0.1 * g2
    v2 = 0.999 * 0.001 * 4 + 0.001 * g2**2
    x2 = x1 - 0.1 / (1 - 0.9**2) * m2 / (math.sqrt(v2) / math.sqrt(1 - 0.999**2) + 1e-8)
    assert xs("adam", 0.1, 2) == pytest.approx([1.0, x1, x2], rel=1e-14)
    assert x2 == pytest.approx(0.800412, rel=1e-6)


def test_optimizer_errors_and_defaults():
    with pytest.raises(ValueError, match="unknown optimizer 'lbfgs'"):
        make_optimizer("lbfgs", 0.1)
    with pytest.raises(ValueError, match="'adam' has no parameter 'momentum'"):
        make_optimizer("adam", 0.1, momentum=0.9)
    with pytest.raises(ValueError, match="Nesterov"):
        make_optimizer("nesterov", 0.1, momentum=0.0)
    with pytest.raises(ValueError, match="beta1"):
        make_optimizer("adam", 0.1, beta1=1.0)
    with pytest.raises(ValueError, match="momentum"):
        make_optimizer("gd", 0.1, momentum=-0.5)
    assert make_optimizer("adam", 0.1, momentum=None).settings == {"lr": 0.1, "beta1": 0.9, "beta2": 0.999,
                                                                    "eps": 1e-8}
    assert optimizer_defaults("momentum")["momentum"] == 0.9
    assert optimizer_defaults("nesterov")["nesterov"] is True
    assert optimizer_defaults("rmsprop") == {"alpha": 0.99, "eps": 1e-8, "momentum": 0.0, "centered": False}
    assert set(OPTIMIZERS) == {"gd", "sgd", "momentum", "nesterov", "rmsprop", "adam"}


# --- optimisers against torch.optim in float64 ---------------------------------------------

TORCH_CASES = [
    ("gd", 0.001, {}, "SGD", {}),
    ("momentum", 0.001, {}, "SGD", {"momentum": 0.9}),
    ("momentum", 0.001, {"momentum": 0.8, "dampening": 0.3}, "SGD", {"momentum": 0.8, "dampening": 0.3}),
    ("nesterov", 0.001, {}, "SGD", {"momentum": 0.9, "nesterov": True}),
    ("rmsprop", 0.01, {}, "RMSprop", {}),
    ("rmsprop", 0.005, {"momentum": 0.5, "centered": True, "alpha": 0.9},
     "RMSprop", {"momentum": 0.5, "centered": True, "alpha": 0.9}),
    ("adam", 0.05, {}, "Adam", {}),
    ("adam", 0.02, {"beta1": 0.8, "beta2": 0.99, "eps": 1e-6}, "Adam", {"betas": (0.8, 0.99), "eps": 1e-6}),
]


@pytest.mark.parametrize(("name", "lr", "params", "torch_name", "torch_params"), TORCH_CASES)
def test_optimizers_match_torch(name, lr, params, torch_name, torch_params):
    torch = pytest.importorskip("torch", reason="no PyTorch: the parity reference is optional (README)")
    steps = 60
    ours = run_gd("rosenbrock", (-1.2, 1.0), lr, steps, name, **params)
    p = torch.tensor([-1.2, 1.0], dtype=torch.float64, requires_grad=True)
    opt = getattr(torch.optim, torch_name)([p], lr=lr, **torch_params)
    expected = [p.detach().numpy().copy()]
    for _ in range(steps):
        opt.zero_grad()
        loss = (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2
        loss.backward()
        opt.step()
        expected.append(p.detach().numpy().copy())
    assert not ours.diverged
    np.testing.assert_allclose(ours.points, np.array(expected), rtol=1e-9, atol=1e-12)


def test_gradients_match_torch_autograd():
    torch = pytest.importorskip("torch", reason="no PyTorch: the parity reference is optional (README)")
    cases = {
        "rosenbrock": lambda x, y: (1 - x) ** 2 + 100 * (y - x**2) ** 2,
        "himmelblau": lambda x, y: (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2,
        "sin(x*y) + exp(-x^2)*log(2 + y^2) - sqrt(1 + x^2)/tanh(1 + y^2)":
            lambda x, y: torch.sin(x * y) + torch.exp(-x**2) * torch.log(2 + y**2)
            - torch.sqrt(1 + x**2) / torch.tanh(1 + y**2),
    }
    for spec, torch_f in cases.items():
        f = make_function(spec)
        for point in [(0.3, -0.7), (1.9, 2.2), (-1.5, 0.4)]:
            p = torch.tensor(point, dtype=torch.float64, requires_grad=True)
            torch_f(p[0], p[1]).backward()
            np.testing.assert_allclose(f.gradient(point), p.grad.numpy(), rtol=1e-12, atol=1e-12)


# --- import contract -----------------------------------------------------------------------


def test_lab_does_not_import_qt():
    code = ("import sys, nnstudio.engine.gd, nnstudio.engine.expression, nnstudio.cli.gd; "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'")
    subprocess.run([sys.executable, "-c", code], check=True)

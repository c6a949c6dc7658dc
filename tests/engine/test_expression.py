"""The formula parser: grammar, refusals, evaluation, printing and exact derivatives."""

from __future__ import annotations

import builtins
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from nnstudio.engine import expression as ex
from nnstudio.engine.expression import MAX_DEPTH, MAX_LENGTH, Expression, ExpressionError, parse


def value(text: str, x: float = 0.7, y: float = -1.3) -> float:
    return Expression.parse(text)(x=x, y=y)


# --- grammar -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("-x^2", -9.0),             # ^ binds tighter than unary minus
    ("(-x)^2", 9.0),
    ("-2^2", -4.0),
    ("2^3^2", 512.0),           # right-associative
    ("(2^3)^2", 64.0),
    ("x^-1", 1 / 3),
    ("2**3", 8.0),              # ** is accepted as ^
    ("2*3^2", 18.0),
    ("1 - 2 - 3", -4.0),        # left-associative
    ("8/4/2", 1.0),
    ("+x", 3.0),
    ("--x", 3.0),
    ("2*-x", -6.0),
    (".5 + 1.", 1.5),
    ("1e-3 * 1E+3", 1.0),
    ("2.5e2", 250.0),
    ("pi", math.pi),
    ("e", math.e),
    ("sqrt(x^2 + 16)", 5.0),
    ("abs(-x) + tanh(0) + sin(0) + cos(0) + tan(0) + exp(0) + log(1)", 5.0),
    ("  x\t*\n2 ", 6.0),
])
def test_precedence_and_numbers(text, expected):
    assert value(text, x=3.0) == pytest.approx(expected, rel=1e-15)


@pytest.mark.parametrize(("text", "printed"), [
    ("x^2 - x + 1", "x^2 - x + 1"),
    ("-x^2", "-x^2"),
    ("(-x)^2", "(-x)^2"),
    ("2^3^2", "2^(3^2)"),
    ("(2^3)^2", "(2^3)^2"),
    ("x - (y - 1)", "x - (y - 1)"),
    ("(x - y) - 1", "x - y - 1"),
    ("x/(y*2)", "x/(y*2)"),
    ("x*(-y)", "x*(-y)"),
    ("-(x + y)", "-(x + y)"),
    ("x^-2", "x^(-2)"),
    ("2**x", "2^x"),
    ("0.001*x", "0.001*x"),
    ("1e-8 + pi", "1e-08 + pi"),
])
def test_printing_needs_only_necessary_parentheses(text, printed):
    expr = Expression.parse(text)
    assert str(expr) == printed
    assert Expression.parse(printed).tree == expr.tree or value(printed) == pytest.approx(value(text))


def test_pretty_form():
    assert Expression.parse("x^4 - 3*x^2 + x").pretty() == "x⁴ − 3x² + x"
    assert Expression.parse("pi*x^-2").pretty() == "π·x⁻²"
    assert Expression.parse("0.5*(x^2 + 10*y^2)").pretty() == "0.5·(x² + 10y²)"


def test_variables_and_uses():
    expr = Expression.parse("y*sin(x) + 1")
    assert expr.variables == ("x", "y")
    assert expr.uses("y") and not Expression.parse("x + pi").uses("y")
    with pytest.raises(ExpressionError, match="unknown name 'y'"):
        parse("x + y", variables=("x",))


# --- refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "message", "position"), [
    ("__import__('os')", "unknown name '__import__' at position 1", 0),
    ("x.__class__", "unexpected character '.' at position 2", 1),
    ("(lambda: 0)()", "unknown name 'lambda' at position 2", 1),
    ("x; 1", "unexpected character ';' at position 2", 1),
    ("2x", "unexpected 'x' at position 2 (missing an operator? write 2*x)", 1),
    ("(x + 1", "missing ')' for the '(' at position 1", 0),
    ("x + 1)", "unbalanced ')' at position 6", 5),
    ("sin(x", "missing ')' for the '(' at position 4", 3),
    ("", "empty expression", 0),
    ("   ", "empty expression", 0),
    ("x +", "unexpected end of expression", 3),
    ("x ^^ 2", "unexpected '^' at position 4", 3),
    ("foo(x)", "unknown name 'foo' at position 1", 0),
    ("sin x", "function 'sin' at position 1 needs its argument in parentheses", 4),
    ("x, y", "unexpected character ',' at position 2", 1),
    ("1e999", "number too large", 0),
    ("1.2.3", "unexpected '.3' at position 4", 3),
    ("x y", "unexpected 'y' at position 3", 2),
    ("()", "unexpected ')' at position 2", 1),
])
def test_malformed_or_unsafe_input_is_refused_with_position(text, message, position):
    with pytest.raises(ExpressionError) as info:
        parse(text)
    assert message in str(info.value)
    assert info.value.position == position
    assert isinstance(info.value, ValueError)


def test_length_and_depth_limits():
    with pytest.raises(ExpressionError, match="too long"):
        parse("x+" * (MAX_LENGTH // 2) + "x")
    with pytest.raises(ExpressionError, match="nested too deeply"):
        parse("(" * (MAX_DEPTH + 1) + "x" + ")" * (MAX_DEPTH + 1))
    with pytest.raises(ExpressionError, match="deeply nested"):
        parse("+".join(["x"] * (MAX_DEPTH + 2)))
    with pytest.raises(ExpressionError, match="nested too deeply"):
        parse("-" * (MAX_DEPTH + 1) + "x")
    assert parse("(" * 40 + "x" + ")" * 40) == ex.Var("x")


def test_non_text_is_refused():
    with pytest.raises(ExpressionError, match="expected a formula as text"):
        parse(3)


def test_parser_never_uses_eval_or_compile(monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("eval/compile/exec called")

    for name in ("eval", "exec", "compile"):
        monkeypatch.setattr(builtins, name, forbidden)
    expr = Expression.parse("sin(x)^2 + y*exp(-x) - sqrt(abs(y))")
    assert str(expr.derivative("x")) and expr(1.0, 2.0) == pytest.approx(
        math.sin(1) ** 2 + 2 * math.exp(-1) - math.sqrt(2))


# --- evaluation ----------------------------------------------------------------------------


def test_scalars_give_floats_and_arrays_broadcast():
    expr = Expression.parse("x^2 + y")
    assert isinstance(expr(2.0, 1.0), float) and expr(2.0, 1.0) == 5.0
    X, Y = np.meshgrid(np.linspace(-1, 1, 5), np.linspace(0, 2, 3))
    np.testing.assert_allclose(expr(X, Y), X**2 + Y)
    np.testing.assert_allclose(expr(np.arange(3), 1.0), [1.0, 2.0, 5.0])
    constant = Expression.parse("3").derivative("x")
    assert constant(X, Y).shape == X.shape and not constant(X, Y).any()
    grid = Expression.parse("2*y")(X, Y)
    grid[0, 0] = 99.0  # a fresh writable array
    assert Expression.parse("2*y")(X, Y)[0, 0] == 0.0


def test_domain_errors_give_nan_or_inf_without_warnings():
    # pytest turns warnings into errors (pyproject), so a RuntimeWarning would fail here.
    assert math.isnan(value("log(x)", x=-1.0))
    assert value("1/x", x=0.0) == math.inf
    assert math.isnan(value("sqrt(x)", x=-4.0))
    assert value("exp(x)", x=1000.0) == math.inf
    assert math.isnan(value("x^0.5", x=-2.0))
    grid = Expression.parse("log(x)")(np.array([-1.0, 0.0, 1.0]))
    assert math.isnan(grid[0]) and grid[1] == -math.inf and grid[2] == 0.0


def test_missing_variable_value_is_an_error():
    with pytest.raises(ValueError, match="no value given for y"):
        Expression.parse("x + y")(1.0)
    with pytest.raises(TypeError):
        Expression.parse("x")(1.0, 2.0, 3.0)
    assert Expression.parse("2*x")(x=4) == 8.0


# --- derivatives ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "variable", "derivative", "pretty"), [
    ("x^2 - x + 1", "x", "2*x - 1", "2x − 1"),
    ("x^4 - 3*x^2 + x", "x", "4*x^3 - 6*x + 1", "4x³ − 6x + 1"),
    ("0.5*(x^2 + 10*y^2)", "y", "10*y", "10y"),
    ("0.5*(x^2 + 10*y^2)", "x", "x", "x"),
    ("(1 - x)^2 + 100*(y - x^2)^2", "x", "-2*(1 - x) - 400*x*(y - x^2)", "−2·(1 − x) − 400·x·(y − x²)"),
    ("(1 - x)^2 + 100*(y - x^2)^2", "y", "200*(y - x^2)", "200·(y − x²)"),
    ("x^2 - y^2", "y", "-2*y", "−2y"),
    ("sin(2*x)", "x", "2*cos(2*x)", "2·cos(2x)"),
    ("exp(-x^2)", "x", "-2*x*exp(-x^2)", "−2·x·exp(−x²)"),
    ("1/x", "x", "-1/x^2", "−1/x²"),
    ("log(x^2 + 1)", "x", "2*x/(x^2 + 1)", "2x/(x² + 1)"),
    ("sqrt(1 + x^2)", "x", "x/sqrt(1 + x^2)", "x/sqrt(1 + x²)"),
    ("abs(x)", "x", "sign(x)", "sign(x)"),
    ("x^3/3", "x", "x^2", "x²"),
    ("x*y", "y", "x", "x"),
    ("3*x - x", "x", "2", "2"),
    ("sin(x)*cos(x)", "x", "cos(x)^2 - sin(x)^2", "cos(x)² − sin(x)²"),
    ("y^3", "x", "0", "0"),
])
def test_derivative_text(text, variable, derivative, pretty):
    d = Expression.parse(text).derivative(variable)
    assert str(d) == derivative
    assert d.pretty() == pretty


@pytest.mark.parametrize(("build", "expected"), [
    (lambda: ex.mul(ex.ZERO, ex.Var("x")), "0"),
    (lambda: ex.mul(ex.Var("x"), ex.ONE), "x"),
    (lambda: ex.add(ex.Var("x"), ex.ZERO), "x"),
    (lambda: ex.sub(ex.ZERO, ex.Var("x")), "-x"),
    (lambda: ex.add(ex.Num(2.0), ex.Num(3.5)), "5.5"),
    (lambda: ex.mul(ex.Num(2.0), ex.mul(ex.Num(3.0), ex.Var("y"))), "6*y"),
    (lambda: ex.div(ex.Num(1.0), ex.Num(3.0)), "1/3"),  # 0.333… is not folded: it would print badly
    (lambda: ex.power(ex.Var("x"), ex.ONE), "x"),
    (lambda: ex.neg(ex.neg(ex.Var("x"))), "x"),
    (lambda: ex.add(ex.Var("x"), ex.Neg(ex.Var("y"))), "x - y"),
    (lambda: ex.simplify(parse("0*sin(x) + 1*x^1 + (2 + 3)")), "x + 5"),
])
def test_simplification_rules(build, expected):
    assert ex.to_text(build()) == expected


def central_difference(expr: Expression, variable: str, x: float, y: float, h: float) -> float:
    dx, dy = (h, 0.0) if variable == "x" else (0.0, h)
    return (expr(x + dx, y + dy) - expr(x - dx, y - dy)) / (2 * h)


@pytest.mark.parametrize("func", sorted(set(ex.FUNCTIONS) - {"sign"}))
@pytest.mark.parametrize("x", [-1.1, 0.3, 0.9, 2.2])
def test_every_function_derivative_against_finite_differences(func, x):
    expr = Expression.parse(f"{func}(x^2 - 0.5*x + 0.2)" if func != "log" else "log(x^2 + 0.1)")
    d = expr.derivative("x")(x)
    assert d == pytest.approx(central_difference(expr, "x", x, 0.0, 1e-6), rel=1e-6, abs=1e-7)


def test_power_rules_against_finite_differences():
    for text, point in [("x^y", (1.7, 0.6)), ("2^(x*y)", (0.4, -1.2)), ("(1 + x^2)^(sin(y))", (0.5, 2.0)),
                        ("x^(1/3)", (2.0, 0.0)), ("(x*y)^-2", (1.5, 0.5))]:
        expr = Expression.parse(text)
        for variable in ("x", "y"):
            expected = central_difference(expr, variable, *point, 1e-6)
            assert expr.derivative(variable)(*point) == pytest.approx(expected, rel=1e-6, abs=1e-8), text


def test_gradient_is_the_tuple_of_partials():
    grad = Expression.parse("x^2*y + y").gradient()
    assert [str(g) for g in grad] == ["2*x*y", "x^2 + 1"]
    assert Expression.parse("x^2").gradient(("x",))[0](3.0) == 6.0


def test_large_inputs_stay_within_limits():
    chain = "*".join(f"(x + {i})" for i in range(60))
    d = Expression.parse(chain).derivative("x")
    assert math.isfinite(d(0.01))
    nested = "sin(" * 45 + "x" + ")" * 45
    assert math.isfinite(Expression.parse(nested).derivative("x")(0.3))


# --- random formulas -----------------------------------------------------------------------

_leaves = st.sampled_from(["x", "y", "2", "0.5", "3", "1.5", "pi", "x", "y"])


def _extend(children):
    pair = st.tuples(children, children)
    return st.one_of(
        st.tuples(children, st.sampled_from(["+", "-", "*"]), children)
        .map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        pair.map(lambda t: f"{t[0]}/(1 + ({t[1]})^2)"),
        st.tuples(children, st.sampled_from(["2", "3", "-1"])).map(lambda t: f"(1.5 + ({t[0]})^2)^{t[1]}"),
        st.tuples(st.sampled_from(["sin", "cos", "tanh", "abs"]), children).map(lambda t: f"{t[0]}({t[1]})"),
        children.map(lambda c: f"exp(-({c})^2)"),
        children.map(lambda c: f"sqrt(1 + ({c})^2)"),
        children.map(lambda c: f"log(2 + sin({c}))"),
        children.map(lambda c: f"-{c}"),
        pair.map(lambda t: f"(1.5 + cos({t[0]}))^({t[1]})"),
    )


formulas = st.recursive(_leaves, _extend, max_leaves=8)
coordinates = st.floats(min_value=-2.0, max_value=2.0, allow_nan=False)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(text=formulas, x=coordinates, y=coordinates, variable=st.sampled_from(["x", "y"]))
def test_random_formula_derivatives_match_central_differences(text, x, y, variable):
    expr = Expression.parse(text)
    f = expr(x, y)
    assume(math.isfinite(f) and abs(f) < 1e6)
    fd1 = central_difference(expr, variable, x, y, 1e-5)
    fd2 = central_difference(expr, variable, x, y, 2e-5)
    scale = 1.0 + abs(fd1) + abs(f)
    assume(math.isfinite(fd1) and abs(fd1 - fd2) <= 1e-7 * scale)  # smooth here (no kink nearby)
    # a kink of abs() right at the point fools symmetric differences: compare the one-sided ones too
    dx, dy = (1e-5, 0.0) if variable == "x" else (0.0, 1e-5)
    forward = (expr(x + dx, y + dy) - f) / 1e-5
    backward = (f - expr(x - dx, y - dy)) / 1e-5
    assume(abs(forward - backward) <= 1e-3 * scale)
    d = expr.derivative(variable)
    assert d(x, y) == pytest.approx(fd1, abs=1e-6 * scale), (text, str(d))
    # the printed derivative reads back as the same function
    assert Expression.parse(str(d))(x, y) == pytest.approx(d(x, y), rel=1e-9, abs=1e-12)


@settings(max_examples=200, deadline=None)
@given(text=formulas, x=coordinates, y=coordinates)
def test_printed_formula_reads_back_as_the_same_function(text, x, y):
    expr = Expression.parse(text)
    again = Expression.parse(str(expr))
    assert str(again) == str(expr)
    a, b = expr(x, y), again(x, y)
    assert (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b, rel=1e-12, abs=1e-12)

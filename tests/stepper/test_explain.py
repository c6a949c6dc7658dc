"""Explanations with the numbers substituted, the gradient check and the matrix view."""

import itertools
import math
import re

import numpy as np
import pytest

from nnstudio.engine.network import Network
from nnstudio.io.numbers import MINUS, agrees, fmt, paren, parse, tolerance
from nnstudio.stepper.explain import Explanation, explain, join_terms, to_html
from nnstudio.stepper.matrix_view import REMOVED, Matrix, make_matrix, matrix_view
from nnstudio.stepper.steps import BACKWARD, FORWARD, LOSS, UPDATE, StepThrough

HIDDEN = ["identity", "sigmoid", "tanh", "relu", "leaky_relu"]
OUTPUTS = [("mse", "identity"), ("mse", "sigmoid"), ("mse", "softmax"), ("half_sse", "tanh"),
           ("half_sse", "relu"), ("half_sse", "leaky_relu"), ("bce", "sigmoid"), ("bce", "softmax"),
           ("cross_entropy", "softmax"), ("cross_entropy", "sigmoid")]


def make_net(hidden, loss, out, seed=0, sizes=(3, 4, 3)):
    net = Network(list(sizes), [hidden, out], loss=loss, seed=seed)
    net.params[...] = np.random.default_rng(seed).normal(scale=0.9, size=net.params.shape)
    return net


def make_targets(loss, out, rng, n, k):
    if loss == "cross_entropy" or out == "softmax":
        return np.eye(k)[rng.integers(0, k, n)]
    if loss == "bce":
        return rng.integers(0, 2, (n, k)).astype(float)
    return rng.normal(size=(n, k))


def stepper(hidden, loss, out, seed=0, n=1, sample_index=None):
    rng = np.random.default_rng(seed + 100)
    net = make_net(hidden, loss, out, seed)
    X = rng.normal(size=(n, 3))
    return StepThrough(net, X, make_targets(loss, out, rng, n, 3), 0.1, sample_index=sample_index)


def expected_value(st, step, item):
    """The quantity an explanation of ``item`` at ``step`` ends with, straight from the trace."""
    tr, net, n = st.trace, st.network, step.sample_index
    pick = (lambda arr: arr[n]) if n is not None else (lambda arr: arr.mean(axis=0))
    if len(item) == 2:
        l, j = item
        if l == 0:
            return pick(tr.a[0])[j]
        if step.kind == UPDATE:
            return tr.new_bias[l][j]
        if step.kind == BACKWARD and l >= step.layer:
            return tr.grad_bias[l][j]
        if step.kind == LOSS and l == st.n_layers:
            return None  # several lines: checked separately
        return pick(tr.a[l])[j]
    l, j, i = item
    if step.kind == UPDATE:
        return tr.new_weights[l][j, i]
    if step.kind == BACKWARD and l >= step.layer:
        return tr.grad_weights[l][j, i]
    return net.weights[l][j, i] * pick(tr.a[l - 1])[i]


def all_items(net):
    sizes = net.sizes
    neurons = [(l, j) for l in range(len(sizes)) for j in range(sizes[l])]
    conns = [(l, j, i) for l in range(1, len(sizes)) for j in range(sizes[l]) for i in range(sizes[l - 1])]
    return neurons + conns


# -- interval arithmetic: the substituted numbers must produce the result ---------------------------------
# Each shown number stands for every value that rounds to it; evaluating the substituted expression
# over those intervals must contain the exact value the line ends with. A wrong number, operator or
# averaging factor in a formula lands outside.
TOKEN = re.compile(r"\d+(?:\.\d+)?(?:e−?\d+)?|log|tanh|max|e\^|[−+×/()\[\],²½]")


def _interval(text):
    v = parse(text)
    t = tolerance(v)
    return (v - t, v + t)


def _mul(x, y):
    products = [x[0] * y[0], x[0] * y[1], x[1] * y[0], x[1] * y[1]]
    return (min(products), max(products))


def _div(x, y):
    if y[0] <= 0 <= y[1]:
        return (-math.inf, math.inf)
    return _mul(x, (1 / y[1], 1 / y[0]))


def _square(x):
    lo, hi = sorted((x[0] ** 2, x[1] ** 2))
    return (0.0, hi) if x[0] <= 0 <= x[1] else (lo, hi)


def _log(x):
    return (math.log(x[0]) if x[0] > 0 else -math.inf, math.log(x[1]) if x[1] > 0 else -math.inf)


class IntervalParser:
    """expr := term (± term)*;  term := unary ((×|/) unary)*;  unary := −unary | atom [²]."""

    def __init__(self, text):
        self.tokens = TOKEN.findall(text)
        assert "".join(self.tokens) == text.replace(" ", ""), f"cannot read {text!r}"
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, expected=None):
        tok = self.tokens[self.i]
        assert expected is None or tok == expected, (tok, expected, self.tokens)
        self.i += 1
        return tok

    def parse(self):
        value = self.expr()
        assert self.peek() is None, self.tokens[self.i:]
        return value

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "−"):
            other = self.term() if self.take() == "+" else self.neg(self.term())
            value = (value[0] + other[0], value[1] + other[1])
        return value

    def term(self):
        value = self.unary()
        while self.peek() in ("×", "/"):
            value = _mul(value, self.unary()) if self.take() == "×" else _div(value, self.unary())
        return value

    @staticmethod
    def neg(x):
        return (-x[1], -x[0])

    def unary(self):
        if self.peek() == "−":
            self.take()
            return self.neg(self.unary())
        value = self.atom()
        if self.peek() == "²":
            self.take()
            value = _square(value)
        return value

    def group(self, close=")"):
        value = self.expr()
        self.take(close)
        return value

    def atom(self):
        tok = self.take()
        if tok in ("(", "["):
            return self.group(")" if tok == "(" else "]")
        if tok == "½":
            return (0.5, 0.5)
        if tok in ("log", "tanh", "e^"):
            self.take("(")
            x = self.group()
            fn = {"log": _log, "tanh": lambda v: (math.tanh(v[0]), math.tanh(v[1])),
                  "e^": lambda v: (math.exp(v[0]), math.exp(v[1]))}[tok]
            return fn(x)
        if tok == "max":
            self.take("(")
            a = self.expr()
            self.take(",")
            b = self.group()
            return (max(a[0], b[0]), max(a[1], b[1]))
        return _interval(tok)


def numeric_step(line) -> str | None:
    """The substituted step of a line (only numbers and operators), if it has one."""
    if not line.steps or "…" in line.steps[-1]:
        return None
    last = line.steps[-1]
    stripped = re.sub(r"log|tanh|max|e\^", "", last)
    return None if re.search(r"[^\d.e−+×/()\[\],²½ ]", stripped) or re.search(r"e(?!−?\d)", stripped) else last


def check_lines(exp: Explanation) -> int:
    """Every line's shown result is the text's last number and agrees with the line's value; the
    substituted numbers evaluate (in interval arithmetic) to a range holding the value.
    Returns how many substitutions were evaluated."""
    evaluated = 0
    for line in exp.lines:
        body = line.text.split("  (")[0]
        assert body.rsplit(" = ", 1)[-1] == line.result, line.text
        assert agrees(line.result, line.value), line.text
        assert "-" not in line.text.replace("leaky_relu", ""), line.text
        numeric = numeric_step(line)
        if numeric is not None:
            lo, hi = IntervalParser(numeric).parse()
            slack = 1e-12 * max(abs(lo), abs(hi), 1e-300)
            assert lo - slack <= line.value <= hi + slack, (line.text, lo, hi, line.value)
            evaluated += 1
    return evaluated


# -- every activation × loss -------------------------------------------------------------------------------
@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("loss,out", OUTPUTS)
def test_every_explained_value_equals_the_trace(hidden, loss, out):
    st = stepper(hidden, loss, out, seed=HIDDEN.index(hidden))
    evaluated = 0
    for step in st.steps:
        for item in all_items(st.network):
            exp = explain(st, item, step)
            evaluated += check_lines(exp)
            computed = step.kind != FORWARD or item[0] <= step.layer
            if not computed:
                assert not exp.lines and "later step" in exp.note
                continue
            expected = expected_value(st, step, item)
            if expected is not None:
                assert exp.value == pytest.approx(expected, rel=1e-12, abs=1e-15), (step.title, item, exp.text())
    assert evaluated > 150


@pytest.mark.parametrize("loss,out", OUTPUTS)
@pytest.mark.parametrize("sample", [None, 1])
def test_batch_substitutions_evaluate_to_the_result(loss, out, sample):
    st = stepper("tanh", loss, out, seed=9, n=3, sample_index=sample)
    evaluated = sum(check_lines(explain(st, item, step)) for step in st.steps for item in all_items(st.network))
    assert evaluated > 100


@pytest.mark.parametrize("hidden", HIDDEN)
def test_forward_formulas_of_each_activation(hidden):
    st = stepper(hidden, "mse", "identity", seed=3)
    tr, W, b = st.trace, st.network.weights, st.network.biases
    for j in range(4):
        z_line, a_line = explain(st, (1, j), st.step(0)).lines
        x = tr.a[0][0]
        numbers = " + ".join(f"{paren(W[1][j, i])}×{paren(x[i])}" for i in range(3)) + f" + {paren(b[1][j])}"
        assert z_line.text == f"z = Σᵢ wᵢ·aᵢ + b = {numbers} = {fmt(tr.z[1][0, j])}"
        # the substituted numbers add up to the result (within the shown precision)
        total = sum(parse(t.split("×")[0]) * parse(t.split("×")[1]) for t in numbers.split(" + ")[:-1])
        total += parse(numbers.split(" + ")[-1])
        assert total == pytest.approx(tr.z[1][0, j], abs=5e-3)
        z = tr.z[1][0, j]
        expected = {"identity": ["a = z"], "sigmoid": ["a = σ(z) = 1/(1 + e^(−z))", f"e^({fmt(-z)})"],
                    "tanh": [f"a = tanh(z) = tanh({fmt(z)})"], "relu": [f"a = max(0, z) = max(0, {fmt(z)})"],
                    "leaky_relu": ["a = z" if z > 0 else f"a = 0.01·z = 0.01×{paren(z)}"]}[hidden]
        for part in expected:
            assert part in a_line.text
        assert a_line.result == fmt(tr.a[1][0, j])


def test_the_example_of_the_issue():
    net = Network([2, 2, 1], ["sigmoid", "sigmoid"], loss="mse",
                  weights=[[[0.4, -0.3], [0.2, 0.5]], [[0.7, -0.8]]], biases=[[0.1, -0.1], [0.05]])
    st = StepThrough(net, [0.5, 0.2], [1.0], 0.1)
    text = st.explain((1, 0)).text()
    assert "z = Σᵢ wᵢ·aᵢ + b = 0.4×0.5 + (−0.3)×0.2 + 0.1 = 0.24" in text
    assert "a = σ(z) = 1/(1 + e^(−z)) = 1/(1 + e^(−0.24)) = 0.5597" in text
    assert st.explain((1, 0, 1)).lines[0].text == "w·a = (−0.3)×0.2 = −0.06"
    st.to_end()
    g = st.trace.grad_weights[1][0, 0]
    assert st.explain((1, 0, 0)).lines[-1].text == (f"w ← w − η·∂L/∂w = 0.4 − 0.1×{paren(g)} = "
                                                     f"{fmt(st.trace.new_weights[1][0, 0])}")


@pytest.mark.parametrize("hidden,fprime", [
    ("identity", "f′(z) = 1"), ("sigmoid", "f′(z) = σ(z)·(1 − σ(z)) = a·(1 − a) = "),
    ("tanh", "f′(z) = 1 − tanh²(z) = 1 − a² = 1 − "), ("relu", "f′(z) = "), ("leaky_relu", "f′(z) = ")])
def test_hidden_delta_formula(hidden, fprime):
    st = stepper(hidden, "half_sse", "identity", seed=2)
    tr, W = st.trace, st.network.weights
    exp = explain(st, (1, 2), st.step(4))  # backward, layer 1
    back, fp, delta, bias = exp.lines
    terms = " + ".join(f"{paren(W[2][k, 2])}×{paren(tr.delta[2][0, k])}" for k in range(3))
    assert back.text.startswith(f"Σₖ wₖⱼ·δₖ = {terms} = ")
    assert back.value == pytest.approx(W[2][:, 2] @ tr.delta[2][0], rel=1e-12)
    assert fp.text.startswith(fprime)
    z = tr.z[1][0, 2]
    if hidden in ("relu", "leaky_relu"):
        slope = 1.0 if z > 0 else (0.0 if hidden == "relu" else 0.01)
        assert fp.value == slope and fmt(z) in fp.note
    assert delta.text.startswith("δⱼ = (Σₖ wₖⱼ·δₖ)·f′(zⱼ) = ")
    assert delta.value == tr.delta[1][0, 2]
    assert bias.text == f"∂L/∂b = δ = {fmt(tr.grad_bias[1][2])}"


@pytest.mark.parametrize("loss,out,gradient", [
    ("mse", "identity", "∂L/∂ŷ = 2(ŷ − y)/(N·K) = 2×("), ("mse", "tanh", "∂L/∂ŷ = 2(ŷ − y)/(N·K)"),
    ("half_sse", "sigmoid", "∂L/∂ŷ = (ŷ − y)/N = ("), ("bce", "tanh", "∂L/∂ŷ = (ŷ − y)/(ŷ·(1 − ŷ))/(N·K)"),
    ("cross_entropy", "sigmoid", "∂L/∂ŷ = −y/(N·ŷ) = "), ("half_sse", "relu", "∂L/∂ŷ = (ŷ − y)/N")])
def test_output_delta_chain_rule(loss, out, gradient):
    st = stepper("tanh", loss, out, seed=5)
    tr = st.trace
    for k in range(3):
        exp = explain(st, (2, k), st.step(3))
        g, fp, delta, bias = exp.lines
        assert g.text.startswith(gradient)
        assert delta.text.startswith("δ = ∂L/∂z = ∂L/∂ŷ · f′(z) = ")
        assert delta.value == tr.delta[2][0, k]
        assert parse(g.result) * parse(fp.result) == pytest.approx(tr.delta[2][0, k], rel=2e-3, abs=1e-12)
        assert bias.value == tr.grad_bias[2][k]


def test_sigmoid_bce_is_the_fused_gradient_with_the_engine_averaging():
    rng = np.random.default_rng(0)
    net = make_net("tanh", "bce", "sigmoid", sizes=(3, 4, 2))
    X, Y = rng.normal(size=(3, 3)), np.array([[1.0, 0.0], [0.0, 0.0], [1.0, 1.0]])
    st = StepThrough(net, X, Y, 0.1, sample_index=1)
    tr = st.trace
    exp = explain(st, (2, 0), st.step(3))
    a = tr.a[2][1, 0]
    assert exp.lines[0].text == f"δ = ∂L/∂z = (ŷ − y)/(N·K) = ({fmt(a)} − 0)/(3×2) = {fmt(tr.delta[2][1, 0])}"
    assert exp.lines[0].value == pytest.approx((a - 0.0) / 6, rel=1e-14)
    assert "f′" not in exp.text() and "simplifies to ŷ − y" in exp.note


def test_softmax_cross_entropy_explains_y_hat_minus_y_divided_by_n():
    rng = np.random.default_rng(1)
    net = make_net("relu", "cross_entropy", "softmax")
    X, Y = rng.normal(size=(2, 3)), np.eye(3)[[2, 0]]
    st = StepThrough(net, X, Y, 0.1, sample_index=0)
    tr = st.trace
    for k in range(3):
        exp = explain(st, (2, k), st.step(3))
        y = Y[0, k]
        assert exp.lines[0].text == (f"δₖ = ∂L/∂zₖ = (ŷₖ − yₖ)/N = ({fmt(tr.a[2][0, k])} − {fmt(y)})/2 = "
                                     f"{fmt(tr.delta[2][0, k])}")
        assert "Jacobian" not in exp.text() and "f′" not in exp.text()


def test_softmax_with_mse_uses_the_jacobian():
    st = stepper("sigmoid", "mse", "softmax", seed=4)
    tr = st.trace
    for k in range(3):
        g, s, d, _ = explain(st, (2, k), st.step(3)).lines
        assert g.text.startswith("∂L/∂ŷₖ = 2(ŷₖ − yₖ)/(N·K) = ")
        assert s.text.startswith("Σⱼ ∂L/∂ŷⱼ·ŷⱼ = ")
        grad = 2 * (tr.a[2][0] - tr.targets[0]) / 3
        assert s.value == pytest.approx(grad @ tr.a[2][0], rel=1e-12)
        assert d.text.startswith("δₖ = ∂L/∂zₖ = ŷₖ·(∂L/∂ŷₖ − Σⱼ ∂L/∂ŷⱼ·ŷⱼ) = ")
        assert d.value == tr.delta[2][0, k]
        assert parse(d.steps[-1].split("×")[0]) * (parse(g.result) - parse(s.result)) == pytest.approx(
            d.value, rel=5e-3, abs=1e-6)


@pytest.mark.parametrize("loss,out,formula", [
    ("mse", "identity", "L = (1/(N·K))·Σ (ŷ − y)² = (1/(1×3))×[("),
    ("half_sse", "sigmoid", "L = (1/N)·Σₙ ½·Σₖ (ŷ − y)² = (1/1)×½×[("),
    ("bce", "sigmoid", "L = −(1/(N·K))·Σ [y·log ŷ + (1 − y)·log(1 − ŷ)] = −(1/(1×3))×[log"),
    ("cross_entropy", "softmax", "L = −(1/N)·Σₙ Σₖ yₖ·log ŷₖ = −(1/1)×[log(")])
def test_loss_formula_with_numbers(loss, out, formula):
    st = stepper("tanh", loss, out, seed=6)
    tr = st.trace
    exp = explain(st, (2, 1), st.step(2))
    loss_line = next(line for line in exp.lines if line.lhs == "L")
    assert loss_line.text.startswith(formula)
    assert loss_line.value == tr.loss and loss_line.result == fmt(tr.loss)
    for v in tr.a[2][0]:
        if loss != "cross_entropy" or tr.targets[0][list(tr.a[2][0]).index(v)] != 0:
            assert fmt(v) in loss_line.text
    share = exp.lines[-1]
    assert share.lhs == "this output's share of L"
    everything = sum(explain(st, (2, k), st.step(2)).lines[-1].value for k in range(3))
    assert everything == pytest.approx(tr.loss, rel=1e-12)


def test_loss_of_a_batch_substitutes_every_term():
    st = stepper("tanh", "mse", "identity", n=2)
    line = explain(st, (2, 0), st.step(2)).lines[-1]
    assert line.lhs == "L" and "(1/(2×3))" in line.text and line.text.count("²") == 7  # formula + 6 terms


def test_weight_gradient_and_update_explanations():
    st = stepper("sigmoid", "mse", "sigmoid", seed=8)
    tr, W = st.trace, st.network.weights
    exp = explain(st, (2, 1, 3), st.step(3))
    d, a = tr.delta[2][0, 1], tr.a[1][0, 3]
    assert exp.lines[0].text == f"∂L/∂w = δⱼ·aᵢ = {paren(d)}×{paren(a)} = {fmt(tr.grad_weights[2][1, 3])}"
    up = explain(st, (2, 1, 3), st.step(5)).lines[-1]
    assert up.text == (f"w ← w − η·∂L/∂w = {fmt(W[2][1, 3])} − 0.1×{paren(tr.grad_weights[2][1, 3])} = "
                       f"{fmt(tr.new_weights[2][1, 3])}")
    bias = explain(st, (1, 2), st.step(5)).lines[-1]
    assert bias.lhs == "b ← b − η·∂L/∂b" and bias.value == tr.new_bias[1][2]


def test_batch_explanations_sum_over_samples():
    st = stepper("tanh", "half_sse", "identity", n=3)
    tr = st.trace
    mean = explain(st, (1, 0), st.step(0))
    assert mean.lines[0].lhs == "mean z" and mean.lines[0].value == pytest.approx(tr.z[1][:, 0].mean())
    assert "Select a sample" in mean.note
    grad = explain(st, (2, 0, 1), st.step(3)).lines[0]
    assert grad.text.startswith("∂L/∂w = Σₙ δⱼ,ₙ·aᵢ,ₙ = ") and grad.text.count("×") == 3
    assert grad.value == tr.grad_weights[2][0, 1]
    bias = explain(st, (2, 0), st.step(3)).lines[-1]
    assert bias.text.startswith("∂L/∂b = Σₙ δₙ = ") and bias.value == tr.grad_bias[2][0]
    st.sample_index = 1
    lines = explain(st, (2, 0, 1), st.step(3)).lines
    assert lines[1].lhs == "this sample's share: δⱼ·aᵢ"
    assert lines[1].value == pytest.approx(tr.delta[2][1, 0] * tr.a[1][1, 1])
    assert explain(st, (1, 0), st.step(0)).lines[0].value == tr.z[1][1, 0]


def test_masked_connection_and_bad_items():
    net = make_net("tanh", "mse", "identity")
    net.set_mask(2, np.ones((3, 4)) - np.eye(3, 4))
    st = StepThrough(net, [0.1, 0.2, 0.3], [1, 2, 3], 0.1)
    exp = explain(st, (2, 1, 1), st.step(3))
    assert not exp.lines and "removed" in exp.note
    # the masked weight is left out of the sums
    assert "×" in explain(st, (2, 1), st.step(1)).lines[0].text
    assert explain(st, (2, 1), st.step(1)).lines[0].text.count("×") == 3
    with pytest.raises(IndexError):
        explain(st, (3, 0))
    with pytest.raises(IndexError):
        explain(st, (0, 0, 0))
    with pytest.raises(ValueError):
        explain(st, (1,))


def test_html_and_helpers():
    st = stepper("sigmoid", "mse", "identity")
    html = st.explain((1, 0)).html()
    assert "<sup>" in html and "<b>" in html and "e^(" not in html
    assert to_html("e^(−(1 + 2)) < 3") == "e<sup>−(1 + 2)</sup> &lt; 3"
    assert join_terms([str(i) for i in range(20)]) == "0 + 1 + 2 + 3 + 4 + 5 + 6 + … + 18 + 19"


# -- gradient check ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("hidden,loss,out", [("tanh", "bce", "sigmoid"), ("sigmoid", "mse", "softmax"),
                                             ("leaky_relu", "cross_entropy", "softmax")])
def test_gradient_check_of_the_selected_weight(hidden, loss, out):
    st = stepper(hidden, loss, out, n=2)
    before = st.network.params.copy()
    for l, j, i in [(1, 0, 2), (2, 1, 3), (2, 2, None)]:
        check = st.gradient_check(l, j, i)
        expected = st.trace.grad_bias[l][j] if i is None else st.trace.grad_weights[l][j, i]
        assert check.backprop == expected
        assert check.ok and check.relative_error < 1e-6
        assert "agree" in check.text() and ("∂L/∂b" if i is None else "∂L/∂w") in check.text()
    np.testing.assert_array_equal(st.network.params, before)


def test_gradient_check_refuses_a_masked_weight():
    net = make_net("tanh", "mse", "identity")
    net.set_mask(1, np.ones((4, 3)) - np.eye(4, 3))
    with pytest.raises(ValueError, match="masked"):
        StepThrough(net, [0.1, 0.2, 0.3], [1, 2, 3], 0.1).gradient_check(1, 0, 0)


# -- matrix view ------------------------------------------------------------------------------------------------
def cells(m: Matrix):
    return [[parse(c) for c in row] for row in m.rows]


def test_matrix_view_of_the_forward_pass():
    st = stepper("tanh", "mse", "identity", seed=2)
    tr, net = st.trace, st.network
    view = matrix_view(st, st.step(0))
    z_eq, a_eq = view.equations
    w, a_prev, b, z = z_eq.matrices()
    assert [t for t in z_eq.terms if isinstance(t, str)] == ["·", "+", "="]
    np.testing.assert_array_equal(w.values, net.weights[1])
    np.testing.assert_array_equal(a_prev.values, tr.a[0].T)
    np.testing.assert_array_equal(b.values, net.biases[1][:, None])
    np.testing.assert_array_equal(z.values, tr.z[1].T)
    assert w.rows[0] == tuple(fmt(v) for v in net.weights[1][0])
    assert w.label == "W⁽¹⁾" and z.label == "z⁽¹⁾"
    np.testing.assert_allclose(np.array(cells(z)), tr.z[1].T, rtol=5e-4)
    np.testing.assert_array_equal(a_eq.matrices()[1].values, tr.a[1].T)
    text = view.text()
    assert "z⁽¹⁾ = W⁽¹⁾·x + b⁽¹⁾" in text and "tanh(" in text and fmt(tr.z[1][0, 0]) in text


def test_matrix_view_of_backward_steps():
    st = stepper("sigmoid", "mse", "identity", seed=3, n=3)
    tr, net = st.trace, st.network
    out_eq, gw_eq, gb_eq = matrix_view(st, st.step(3)).equations
    assert out_eq.caption == "δ⁽²⁾ = ∂L/∂ŷ ⊙ f′(z⁽²⁾)"
    np.testing.assert_array_equal(out_eq.matrices()[-1].values, tr.delta[2].T)
    np.testing.assert_array_equal(gw_eq.matrices()[-1].values, tr.grad_weights[2])
    np.testing.assert_array_equal(gb_eq.matrices()[-1].values, tr.grad_bias[2][:, None])
    hidden_eq = matrix_view(st, st.step(4)).equations[0]
    wt, d_next, fp, d = hidden_eq.matrices()
    assert hidden_eq.caption == "δ⁽¹⁾ = (W⁽²⁾ᵀ·δ⁽²⁾) ⊙ f′(z⁽¹⁾)"
    np.testing.assert_array_equal(wt.values, net.weights[2].T)
    np.testing.assert_allclose(fp.values, (tr.a[1] * (1 - tr.a[1])).T, rtol=1e-15)
    np.testing.assert_array_equal(d.values, tr.delta[1].T)
    assert "∂L/∂W⁽¹⁾ = δ⁽¹⁾·xᵀ" in matrix_view(st, st.step(4)).text()


def test_matrix_view_softmax_jacobian_and_fused():
    st = stepper("tanh", "mse", "softmax", seed=1, n=2, sample_index=1)
    jac_eq = matrix_view(st, st.step(3)).equations[0]
    jt = jac_eq.matrices()[0]
    a = st.trace.a[2][1]
    np.testing.assert_allclose(jt.values, np.diag(a) - np.outer(a, a), rtol=1e-15)
    assert "Jᵀ" in jac_eq.caption
    fused = stepper("tanh", "cross_entropy", "softmax", seed=1)
    eq = matrix_view(fused, fused.step(3)).equations[0]
    assert eq.caption == "δ⁽²⁾ = (ŷ − y)/N"


def test_matrix_view_of_the_update_and_masks():
    net = make_net("relu", "half_sse", "identity")
    net.set_mask(1, np.ones((4, 3)) - np.eye(4, 3))
    st = StepThrough(net, [0.1, 0.2, 0.3], [1, 2, 3], 0.1)
    eqs = matrix_view(st, st.step(5)).equations
    assert len(eqs) == 4
    w, g, nw = eqs[0].matrices()
    assert w.rows[0][0] == REMOVED and nw.rows[1][1] == REMOVED and w.rows[0][1] == fmt(net.weights[1][0, 1])
    np.testing.assert_array_equal(nw.values, st.trace.new_weights[1])
    assert "0.1 ×" in eqs[0].terms


def test_large_matrices_are_elided():
    m = make_matrix("W", np.arange(20 * 15, dtype=float).reshape(20, 15) - 7, max_rows=6, max_cols=5)
    assert len(m.rows) == 6 and len(m.rows[0]) == 5
    assert m.rows[4][0] == "⋮" and m.rows[0][3] == "…" and m.rows[-1][-1] == fmt(299 - 7)
    assert m.values.shape == (20, 15) and m.rows[0][0] == f"{MINUS}7"


def test_every_step_has_a_matrix_view_and_explanations_for_each_combination():
    for (hidden, (loss, out)) in itertools.product(["relu", "leaky_relu"], OUTPUTS[:4]):
        st = stepper(hidden, loss, out, n=2)
        for step in st.steps:
            text = matrix_view(st, step).text()
            assert step.title in text and not re.search(r"\d-\d|\s-\d", text)

"""The explanation pane: a neuron's or connection's formula with the real numbers substituted.

``explain(stepper, (l, j))`` for a neuron, ``explain(stepper, (l, j, i))`` for a connection, at the
stepper's current step (or a given ``Step``). The result is an ``Explanation``: a title and a few
``Line`` s, each ``lhs = formula = numbers = result``, e.g.

    z = Σᵢ wᵢ·aᵢ + b = 0.4×0.5 + (−0.3)×0.2 + 0.1 = 0.24
    a = σ(z) = 1/(1 + e^(−z)) = 1/(1 + e^(−0.24)) = 0.5597

Every number is the trace's (or the network's weights'), written with ``numbers.fmt``; the
result of each line is the engine's value, so parsing it back gives the trace within the shown
precision. Products and sums are *written* here, never used: the values are the engine's.

The averaging factors are the engine's (``nnstudio.engine.losses``): mse and bce average over
N·K (samples × outputs), half_sse and cross-entropy over N. In a batch, each δₙ already carries
that factor, so ∂L/∂w = Σₙ δⱼ,ₙ·aᵢ,ₙ is a plain sum.

``gradient_check`` compares the backprop gradient of one weight with central differences.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

import numpy as np

from nnstudio.engine.gradcheck import numerical_weight_gradient, relative_error
from nnstudio.engine.text import translate
from nnstudio.io.numbers import fmt, list_separator, localize, paren
from nnstudio.io.numbers import subscript as _sub

from .steps import BACKWARD, FORWARD, LOSS, UPDATE, Step

MAX_TERMS = 10  # longer sums show their first and last terms around "…"


@dataclass(frozen=True)
class Line:
    """``lhs = step₁ = step₂ = … = result  (note)``; ``value`` is the exact number behind ``result``."""

    lhs: str
    steps: tuple[str, ...]
    result: str
    value: float | None
    note: str = ""

    @property
    def text(self) -> str:
        body = " = ".join([self.lhs, *self.steps, self.result] if self.result else [self.lhs, *self.steps])
        return f"{body}  ({self.note})" if self.note else body


@dataclass(frozen=True)
class Explanation:
    """What the explanation pane shows: a title, formula lines and an optional note."""

    title: str
    lines: tuple[Line, ...]
    note: str = ""

    @property
    def value(self) -> float | None:
        """The value of the last line that has one (the quantity explained)."""
        for line in reversed(self.lines):
            if line.value is not None:
                return line.value
        return None

    def text(self) -> str:
        parts = [self.title, *(line.text for line in self.lines)]
        if self.note:
            parts.append(self.note)
        return "\n".join(parts)

    def html(self) -> str:
        """Simple HTML: a bold title, one paragraph per line, e^(…) as a superscript."""
        body = "".join(f"<p>{to_html(line.text)}</p>" for line in self.lines)
        note = f"<p><i>{to_html(self.note)}</i></p>" if self.note else ""
        return f"<p><b>{html.escape(self.title)}</b></p>{body}{note}"


def to_html(text: str) -> str:
    """Escape ``text`` and turn every ``^(…)`` (balanced parentheses) into ``<sup>…</sup>``."""
    out, i = [], 0
    while i < len(text):
        if text.startswith("^(", i):
            depth, k = 1, i + 2
            while k < len(text) and depth:
                depth += {"(": 1, ")": -1}.get(text[k], 0)
                k += 1
            out.append(f"<sup>{html.escape(text[i + 2:k - 1])}</sup>")
            i = k
        else:
            out.append(html.escape(text[i]))
            i += 1
    return "".join(out)


def join_terms(terms: list[str], sep: str = " + ", limit: int = MAX_TERMS) -> str:
    """``a + b + c``; with more than ``limit`` terms the first few and last two around ``…``."""
    if len(terms) > limit:
        terms = [*terms[:limit - 3], "…", *terms[-2:]]
    return sep.join(terms)


def explain(st, item, step: Step | None = None) -> Explanation:
    """The explanation of neuron ``(l, j)`` or connection ``(l, j, i)`` at ``step``."""
    step = st.current if step is None else step
    item = tuple(int(v) for v in item)
    _check_item(st, item)
    writer = _Writer(st, step)
    return writer.neuron(*item) if len(item) == 2 else writer.connection(*item)


def _check_item(st, item) -> None:
    sizes = st.network.sizes
    if len(item) not in (2, 3):
        raise ValueError(f"expected a neuron (l, j) or a connection (l, j, i), got {item}")
    l, j = item[0], item[1]
    if not (0 <= l < len(sizes) and 0 <= j < sizes[l]):
        raise IndexError(f"no neuron {j} in layer {l}")
    if len(item) == 3 and not (l >= 1 and 0 <= item[2] < sizes[l - 1]):
        raise IndexError(f"no connection {item}")


def neuron_name(st, l: int, j: int) -> str:
    """"neuron h1.2" / "input x1", named as on the canvas."""
    if l == 0:
        return translate("Stepper", "input {name}").format(name=st.names.neuron(l, j))
    return translate("Stepper", "neuron {name}").format(name=st.names.neuron(l, j))


def connection_name(st, l: int, j: int, i: int) -> str:
    """"connection x1 → h1.2", named as on the canvas."""
    return translate("Stepper", "connection {name}").format(name=st.names.connection(l, j, i))


class _Writer:
    """Writes the lines for one stepper at one step (holds the trace and the shown sample)."""

    def __init__(self, st, step: Step):
        self.st, self.step = st, step
        self.tr, self.net = st.trace, st.network
        self.L = st.n_layers
        self.N = st.batch_size
        self.n = step.sample_index  # None = the batch
        self.d = st.digits

    # -- small helpers ---------------------------------------------------------------------------
    def f(self, v) -> str:
        return fmt(v, self.d)

    def p(self, v) -> str:
        return paren(v, self.d)

    def line(self, lhs: str, steps, value, note: str = "") -> Line:
        """A line ending in the engine's ``value``; a last step that already reads as the result
        is dropped (no "0.24 = 0.24")."""
        result = self.f(value)
        steps = [s for s in steps if s]
        while steps and steps[-1] == result:
            steps.pop()
        return Line(lhs, tuple(steps), result, float(value), note)

    def batch_mode(self) -> bool:
        return self.n is None

    def _computed_forward(self, l: int) -> bool:
        """Has the forward pass reached layer ``l`` at this step?"""
        return self.step.kind != FORWARD or l <= self.step.layer

    def _computed_backward(self, l: int) -> bool:
        kind = self.step.kind
        return kind == UPDATE or (kind == BACKWARD and l >= self.step.layer)

    def _title(self, what: str) -> str:
        return f"{what[0].upper()}{what[1:]} — {self.step.title}"

    def _later(self, what: str) -> Explanation:
        return Explanation(self._title(what), (), translate("Stepper", "Not computed yet: the forward pass reaches "
                                                                      "it in a later step."))

    # -- neurons -----------------------------------------------------------------------------------
    def neuron(self, l: int, j: int) -> Explanation:
        title = self._title(neuron_name(self.st, l, j))
        if not self._computed_forward(l):
            return self._later(neuron_name(self.st, l, j))
        if l == 0:
            return Explanation(title, self._input_lines(j), translate("Stepper", "An input value: the sample's "
                                                                                 "feature."))
        kind = self.step.kind
        has_bias = self.net.has_bias(l)
        if kind == UPDATE:
            if not has_bias:
                return Explanation(title, (), translate("Stepper", "This layer has no bias: the update changes its "
                                                                   "weights only."))
            return Explanation(title, (self._bias_update_line(l, j),))
        if self._computed_backward(l):
            lines, note = self._delta_lines(l, j)
            return Explanation(title, (*lines, self._bias_grad_line(l, j)) if has_bias else tuple(lines), note)
        if kind == LOSS and l == self.L:
            lines = self._forward_lines(l, j) + self._loss_lines() + self._output_share_lines(j)
            return Explanation(title, tuple(lines), self._loss_note())
        lines = self._forward_lines(l, j)
        note = (translate("Stepper", "Select a sample to see its own formula.") if self.batch_mode() and self.N > 1
                else "")
        return Explanation(title, tuple(lines), note)

    def _mean_line(self, name: str, column: np.ndarray, value) -> Line:
        terms = join_terms([self.p(v) for v in column])
        return self.line(translate("Stepper", "mean {name}").format(name=name),
                         [f"(1/N)·Σₙ {name}ₙ", f"({terms})/{self.N}"], value)

    def _input_lines(self, j: int) -> tuple[Line, ...]:
        x = self.tr.a[0][:, j]
        if self.batch_mode():
            return (self._mean_line("x", x, x.mean()),)
        return (self.line(f"x{_sub(j + 1)}", [], x[self.n]),)

    def _forward_lines(self, l: int, j: int) -> list[Line]:
        z_col, a_col = self.tr.z[l][:, j], self.tr.a[l][:, j]
        if self.batch_mode():
            return [self._mean_line("z", z_col, z_col.mean()), self._mean_line("a", a_col, a_col.mean())]
        return [self._z_line(l, j), self._activation_line(l, j)]

    def _z_line(self, l: int, j: int) -> Line:
        n = self.n
        w, b = self.st.effective_weights(l)[j], self.net.biases[l][j]
        a_prev = self.tr.a[l - 1][n]
        terms = [f"{self.p(w[i])}×{self.p(a_prev[i])}" for i in range(len(w)) if self.st.exists(l, j, i)]
        if self.net.has_bias(l):
            numbers = join_terms([*terms, self.p(b)])
            formula = "Σᵢ wᵢ·aᵢ + b" if terms else "b"
        else:  # a layer without bias
            numbers = join_terms(terms) or "0"
            formula = "Σᵢ wᵢ·aᵢ"
        return self.line("z", [formula, numbers], self.tr.z[l][n, j])

    def _activation_line(self, l: int, j: int) -> Line:
        n, name = self.n, self.net.activations[l - 1]
        z, a = self.tr.z[l][n, j], self.tr.a[l][n, j]
        if name == "identity":
            return self.line("a", ["z", self.f(z)], a)
        if name == "sigmoid":
            return self.line("a", ["σ(z)", "1/(1 + e^(−z))", f"1/(1 + e^({self.f(-z)}))"], a)
        if name == "tanh":
            return self.line("a", ["tanh(z)", f"tanh({self.f(z)})"], a)
        if name == "relu":
            sep = list_separator()
            return self.line("a", [f"max(0{sep}z)", f"max(0{sep}{self.f(z)})"], a)
        if name == "leaky_relu":
            if z > 0:
                return self.line("a", ["z", self.f(z)], a, "z > 0")
            return self.line("a", [localize("0.01·z"), f"{localize('0.01')}×{self.p(z)}"], a, "z ≤ 0")
        if name == "softmax":
            zs = self.tr.z[l][n]
            denominator = join_terms([f"e^({self.f(v)})" for v in zs])
            return self.line(f"a{_sub('j')}", ["e^(zⱼ)/Σₖ e^(zₖ)", f"e^({self.f(z)})/({denominator})"], a)
        return self.line("a", [f"{name}(z)", f"{name}({self.f(z)})"], a)

    # -- the loss ---------------------------------------------------------------------------------
    def _loss_note(self) -> str:
        note = (translate("Stepper", "log is the natural logarithm.") if self.net.loss in ("bce", "cross_entropy")
                else "")
        if self.net.loss == "cross_entropy":
            note += translate("Stepper", " Terms with y = 0 are zero and left out.")
        return note.strip()

    def _loss_lines(self) -> list[Line]:
        y_hat, y = self.tr.a[self.L], self.tr.targets
        N, K = y_hat.shape
        name, f, p = self.net.loss, self.f, self.p
        pairs = list(zip(y_hat.ravel(), y.ravel(), strict=True))
        if name == "mse":
            terms = join_terms([f"({f(a)} − {p(t)})²" for a, t in pairs])
            steps = ["(1/(N·K))·Σ (ŷ − y)²", f"(1/({N}×{K}))×[{terms}]"]
        elif name == "half_sse":
            terms = join_terms([f"({f(a)} − {p(t)})²" for a, t in pairs])
            steps = ["(1/N)·Σₙ ½·Σₖ (ŷ − y)²", f"(1/{N})×½×[{terms}]"]
        elif name == "sse":
            terms = join_terms([f"({f(a)} − {p(t)})²" for a, t in pairs])
            steps = ["Σₙ Σₖ (ŷ − y)²", terms]
        elif name == "bce":
            terms = join_terms([self._bce_term(a, t) for a, t in pairs])
            steps = ["−(1/(N·K))·Σ [y·log ŷ + (1 − y)·log(1 − ŷ)]", f"−(1/({N}×{K}))×[{terms}]"]
        elif name == "cross_entropy":
            terms = join_terms([f"{p(t)}×log({f(a)})" if t != 1 else f"log({f(a)})"
                                for a, t in pairs if t != 0]) or "0"
            steps = ["−(1/N)·Σₙ Σₖ yₖ·log ŷₖ", f"−(1/{N})×[{terms}]"]
        else:
            steps = [self.st.loss_function.formula.split("=", 1)[-1].strip()]
        return [self.line("L", steps, self.tr.loss)]

    def _bce_term(self, a, t) -> str:
        f = self.f
        if t == 1:
            return f"log({f(a)})"
        if t == 0:
            return f"log(1 − {f(a)})"
        return f"{f(t)}×log({f(a)}) + (1 − {f(t)})×log(1 − {f(a)})"

    def _output_share_lines(self, j: int) -> list[Line]:
        if self.batch_mode():
            return []
        y_hat, y = self.tr.a[self.L], self.tr.targets
        loss = self.st.loss_function
        if self.st.fused:  # the engine's stable form, from z
            per_output = loss.per_output(y_hat, y, self.tr.z[self.L])
        else:
            per_output = loss.per_output(y_hat, y)
        return [self.line(f"y{_sub(j + 1)}", [], y[self.n, j], translate("Stepper", "the target")),
                self.line(translate("Stepper", "this output's share of L"), [],
                          per_output[self.n, j] / self._share_divisor())]

    def _share_divisor(self) -> int:
        """What the engine's ``per_output`` terms are divided by to sum to L (``Loss.share_divisor``)."""
        N, K = self.tr.a[self.L].shape
        return self.st.loss_function.share_divisor(N, K)

    # -- backward: δ -------------------------------------------------------------------------------
    def _delta_lines(self, l: int, j: int) -> tuple[list[Line], str]:
        if self.batch_mode():
            note = translate("Stepper", "Each δₙ already carries the loss's 1/N; their sum is ∂L/∂b. Select a "
                                        "sample to see its δ.")
            return [], note
        if l == self.L:
            return self._output_delta_lines(j)
        return self._hidden_delta_lines(l, j), ""

    def _loss_gradient(self) -> np.ndarray:
        """∂L/∂ŷ of the whole batch from the engine's loss (shown, not used)."""
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            return self.st.loss_function.gradient(self.tr.a[self.L], self.tr.targets)

    def _output_delta_lines(self, j: int) -> tuple[list[Line], str]:
        n, L = self.n, self.L
        a, y = self.tr.a[L][n, j], self.tr.targets[n, j]
        delta = self.tr.delta[L][n, j]
        out, loss = self.net.output_activation, self.net.loss
        N, K = self.tr.a[L].shape
        if self.st.fused and loss == "bce":
            note = translate("Stepper", "With a sigmoid output, binary cross-entropy's ∂L/∂ŷ·σ′(z) simplifies to "
                                        "ŷ − y.")
            return [self.line("δ = ∂L/∂z", ["(ŷ − y)/(N·K)", f"({self.f(a)} − {self.p(y)})/({N}×{K})"],
                              delta)], note
        if self.st.fused:
            total = self.tr.targets[n].sum()
            note = translate("Stepper", "With a softmax output, cross-entropy's gradient through the softmax "
                                        "simplifies to ŷ − y.")
            if math.isclose(total, 1.0, rel_tol=0, abs_tol=1e-12):
                steps = ["(ŷₖ − yₖ)/N", f"({self.f(a)} − {self.p(y)})/{N}"]
            else:
                steps = ["(ŷₖ·Σⱼ yⱼ − yₖ)/N", f"({self.f(a)}×{self.p(total)} − {self.p(y)})/{N}"]
            return [self.line("δₖ = ∂L/∂zₖ", steps, delta)], note
        grad = self._loss_gradient()
        if out == "softmax":
            return self._jacobian_delta_lines(j, grad), translate("Stepper", "Softmax ties the outputs together: δ "
                                                                             "uses its Jacobian.")
        g_line = self._loss_gradient_line(a, y, grad[n, j], N, K)
        fp_line = self._derivative_line(L, j)
        d_line = self.line("δ = ∂L/∂z", ["∂L/∂ŷ · f′(z)", f"{self.p(g_line.value)}×{self.p(fp_line.value)}"],
                           delta)
        return [g_line, fp_line, d_line], ""

    def _loss_gradient_line(self, a, y, value, N, K, k: str = "") -> Line:
        """∂L/∂ŷ (of output ``k`` when given as a subscript) for the element-wise losses."""
        f, p = self.f, self.p
        yh, yy = f"ŷ{k}", f"y{k}"
        forms = {
            "mse": (f"2({yh} − {yy})/(N·K)", f"2×({f(a)} − {p(y)})/({N}×{K})"),
            "half_sse": (f"({yh} − {yy})/N", f"({f(a)} − {p(y)})/{N}"),
            "sse": (f"2({yh} − {yy})", f"2×({f(a)} − {p(y)})"),
            "bce": (f"({yh} − {yy})/({yh}·(1 − {yh}))/(N·K)",
                    f"({f(a)} − {p(y)})/({p(a)}×(1 − {p(a)}))/({N}×{K})"),
            "cross_entropy": (f"−{yy}/(N·{yh})", f"−{p(y)}/({N}×{p(a)})"),
        }
        formula, numbers = forms[self.net.loss]
        return self.line(f"∂L/∂{yh}", [formula, numbers], value)

    def _derivative_line(self, l: int, j: int) -> Line:
        """f′(z) of an element-wise activation, value from the engine's ``derivative``."""
        n, name = self.n, self.net.activations[l - 1]
        z, a = self.tr.z[l][n, j], self.tr.a[l][n, j]
        with np.errstate(all="ignore"):
            value = float(self.net.activation(l).derivative(np.array([[z]]), np.array([[a]]))[0, 0])
        if name == "sigmoid":
            return self.line("f′(z)", ["σ(z)·(1 − σ(z))", "a·(1 − a)", f"{self.p(a)}×(1 − {self.p(a)})"], value)
        if name == "tanh":
            return self.line("f′(z)", ["1 − tanh²(z)", "1 − a²", f"1 − {self.p(a)}²"], value)
        if name in ("relu", "leaky_relu"):
            return self.line("f′(z)", [], value, f"z = {self.f(z)} {'>' if z > 0 else '≤'} 0")
        return self.line("f′(z)", [], value)

    def _jacobian_delta_lines(self, k: int, grad: np.ndarray) -> list[Line]:
        n, L = self.n, self.L
        a_row, y_row, g_row = self.tr.a[L][n], self.tr.targets[n], grad[n]
        N, K = self.tr.a[L].shape
        g_line = self._loss_gradient_line(a_row[k], y_row[k], g_row[k], N, K, k="ₖ")
        s = float(np.dot(g_row, a_row))
        terms = join_terms([f"{self.p(g)}×{self.p(a)}" for g, a in zip(g_row, a_row, strict=True)])
        s_line = self.line("Σⱼ ∂L/∂ŷⱼ·ŷⱼ", [terms], s)
        d_line = self.line("δₖ = ∂L/∂zₖ", ["ŷₖ·(∂L/∂ŷₖ − Σⱼ ∂L/∂ŷⱼ·ŷⱼ)",
                                           f"{self.p(a_row[k])}×({self.f(g_row[k])} − {self.p(s)})"],
                           self.tr.delta[L][n, k])
        return [g_line, s_line, d_line]

    def _hidden_delta_lines(self, l: int, j: int) -> list[Line]:
        n = self.n
        w_next, d_next = self.st.effective_weights(l + 1)[:, j], self.tr.delta[l + 1][n]
        ks = [k for k in range(len(w_next)) if self.st.exists(l + 1, k, j)]
        back = float(sum(w_next[k] * d_next[k] for k in ks))
        terms = join_terms([f"{self.p(w_next[k])}×{self.p(d_next[k])}" for k in ks]) or "0"
        back_line = self.line("Σₖ wₖⱼ·δₖ", [terms], back,
                              translate("Stepper", "the δ of layer {l} sent back").format(l=l + 1))
        fp_line = self._derivative_line(l, j)
        d_line = self.line("δⱼ", ["(Σₖ wₖⱼ·δₖ)·f′(zⱼ)", f"{self.p(back)}×{self.p(fp_line.value)}"],
                           self.tr.delta[l][n, j])
        return [back_line, fp_line, d_line]

    def _bias_grad_line(self, l: int, j: int) -> Line:
        value = self.tr.grad_bias[l][j]
        if self.N == 1:
            return self.line("∂L/∂b", ["δ"], value)
        terms = join_terms([self.p(v) for v in self.tr.delta[l][:, j]])
        return self.line("∂L/∂b", ["Σₙ δₙ", terms], value, translate("Stepper", "summed over the batch"))

    def _bias_update_line(self, l: int, j: int) -> Line:
        b, g = self.net.biases[l][j], self.tr.grad_bias[l][j]
        lr = self.st.learning_rate
        return self.line("b ← b − η·∂L/∂b", [f"{self.f(b)} − {self.f(lr)}×{self.p(g)}"], self.tr.new_bias[l][j])

    # -- connections -----------------------------------------------------------------------------
    def connection(self, l: int, j: int, i: int) -> Explanation:
        name = connection_name(self.st, l, j, i)
        title = self._title(name)
        if not self.st.exists(l, j, i):
            return Explanation(title, (), translate("Stepper", "This connection is removed (masked): no weight, no "
                                                               "gradient."))
        if not self._computed_forward(l):
            return self._later(name)
        if self.step.kind == UPDATE:
            return Explanation(title, (self._weight_grad_line(l, j, i), self._weight_update_line(l, j, i)))
        if self._computed_backward(l):
            return Explanation(title, tuple(self._weight_grad_lines(l, j, i)),
                               translate("Stepper", "Each δₙ already carries the loss's 1/N.") if self.N > 1 else "")
        return Explanation(title, (self._contribution_line(l, j, i),),
                           translate("Stepper", "The connection's share of the neuron's z."))

    def _contribution_line(self, l: int, j: int, i: int) -> Line:
        w = self.net.weights[l][j, i]
        if self.batch_mode():
            a = self.tr.a[l - 1][:, i].mean()
            return self.line(translate("Stepper", "mean {name}").format(name="w·a"),
                             [translate("Stepper", "w × mean a"), f"{self.p(w)}×{self.p(a)}"], w * a)
        a = self.tr.a[l - 1][self.n, i]
        return self.line("w·a", [f"{self.p(w)}×{self.p(a)}"], w * a)

    def _weight_grad_line(self, l: int, j: int, i: int) -> Line:
        d, a = self.tr.delta[l][:, j], self.tr.a[l - 1][:, i]
        value = self.tr.grad_weights[l][j, i]
        if self.N == 1:
            return self.line("∂L/∂w", ["δⱼ·aᵢ", f"{self.p(d[0])}×{self.p(a[0])}"], value)
        terms = join_terms([f"{self.p(dn)}×{self.p(an)}" for dn, an in zip(d, a, strict=True)])
        return self.line("∂L/∂w", ["Σₙ δⱼ,ₙ·aᵢ,ₙ", terms], value, translate("Stepper", "summed over the batch"))

    def _weight_grad_lines(self, l: int, j: int, i: int) -> list[Line]:
        lines = [self._weight_grad_line(l, j, i)]
        if self.N > 1 and not self.batch_mode():
            d, a = self.tr.delta[l][self.n, j], self.tr.a[l - 1][self.n, i]
            lines.append(self.line(translate("Stepper", "this sample's share: δⱼ·aᵢ"), [f"{self.p(d)}×{self.p(a)}"],
                                   d * a))
        return lines

    def _weight_update_line(self, l: int, j: int, i: int) -> Line:
        w, g = self.net.weights[l][j, i], self.tr.grad_weights[l][j, i]
        lr = self.st.learning_rate
        return self.line("w ← w − η·∂L/∂w", [f"{self.f(w)} − {self.f(lr)}×{self.p(g)}"],
                         self.tr.new_weights[l][j, i])


# -- gradient check ------------------------------------------------------------------------------
@dataclass(frozen=True)
class GradientCheck:
    """Backprop ∂L/∂θ against the central difference (L(θ + h) − L(θ − h)) / 2h."""

    layer: int
    j: int
    i: int | None
    backprop: float
    numeric: float
    relative_error: float
    h: float

    @property
    def ok(self) -> bool:
        """Agreement to ~6 digits (or both essentially zero; central differences carry ~1e-10 noise)."""
        return self.relative_error < 1e-6 or max(abs(self.backprop), abs(self.numeric)) < 1e-9

    def text(self) -> str:
        what = "∂L/∂w" if self.i is not None else "∂L/∂b"
        verdict = (translate("Stepper", "they agree") if self.ok
                   else translate("Stepper", "they DISAGREE (a kink of relu at z = 0, or a bug)"))
        return translate("Stepper", "{what} by backprop = {backprop}\n{what} by central difference (h = {h}) = "
                                    "{numeric}\nrelative error = {error} — {verdict}").format(
            what=what, backprop=fmt(self.backprop, 10), h=fmt(self.h), numeric=fmt(self.numeric, 10),
            error=fmt(self.relative_error, 2), verdict=verdict)


def gradient_check(st, l: int, j: int, i: int | None = None, h: float = 1e-6) -> GradientCheck:
    """Check W[l][j, i] (or b[l][j] when ``i`` is None) of the stepper's network copy, on the
    stepper's sample or batch. The copy is perturbed and restored; the user's network is untouched."""
    if i is not None and not st.exists(l, j, i):
        raise ValueError(f"{connection_name(st, l, j, i)} is removed (masked): it has no gradient")
    tr = st.trace
    backprop = float(tr.grad_bias[l][j] if i is None else tr.grad_weights[l][j, i])
    numeric = numerical_weight_gradient(st.network, tr.a[0], tr.targets, l, j, i, h)
    err = float(relative_error(backprop, numeric))
    return GradientCheck(l, j, i, backprop, float(numeric), err, h)

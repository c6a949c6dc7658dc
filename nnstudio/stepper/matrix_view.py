"""The matrix view: the current step written as matrix equations with the trace's numbers.

Forward (layer l):   z⁽ˡ⁾ = W⁽ˡ⁾·a⁽ˡ⁻¹⁾ + b⁽ˡ⁾,   a⁽ˡ⁾ = f(z⁽ˡ⁾)
Loss:                L = L(ŷ, y)
Backward (layer l):  δ⁽ᴸ⁾ = ∂L/∂ŷ ⊙ f′(z⁽ᴸ⁾)  (or (ŷ − y)/… fused, or the softmax Jacobian Jᵀ·∂L/∂ŷ),
                     δ⁽ˡ⁾ = (W⁽ˡ⁺¹⁾ᵀ·δ⁽ˡ⁺¹⁾) ⊙ f′(z⁽ˡ⁾),   ∂L/∂W⁽ˡ⁾ = δ⁽ˡ⁾·a⁽ˡ⁻¹⁾ᵀ,   ∂L/∂b⁽ˡ⁾ = Σₙ δ⁽ˡ⁾ₙ
Update:              W ← W − η·∂L/∂W,   b ← b − η·∂L/∂b   (every layer)

Vectors are columns, one column per sample shown: the selected sample, or every sample of the
batch in batch mode (the equations hold column by column). The gradient equations always use the
whole batch, since that is what the update uses. Every matrix holds the engine's values; the
products are only written, never computed to obtain a result.

``MatrixView`` is structured for a GUI grid (``Equation.terms`` is a left-to-right sequence of
``Matrix`` blocks and operator strings) and has a plain-text rendering (``text()``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from nnstudio.engine.text import translate
from nnstudio.io.numbers import fmt, layer_tag, subscript

from .steps import BACKWARD, FORWARD, LOSS, UPDATE, Step

MAX_ROWS = 10
MAX_COLS = 8
REMOVED = "—"  # a masked (removed) connection's cell


@dataclass(frozen=True, eq=False)
class Matrix:
    """One labelled block: formatted cells (large matrices elided with ⋮ and …) and the values."""

    label: str
    rows: tuple[tuple[str, ...], ...]
    values: np.ndarray

    @property
    def shape(self) -> tuple[int, int]:
        return self.values.shape


@dataclass(frozen=True, eq=False)
class Equation:
    """``caption`` in symbols, ``terms`` left to right: ``Matrix`` blocks and operator strings."""

    caption: str
    terms: tuple

    def matrices(self) -> list[Matrix]:
        return [t for t in self.terms if isinstance(t, Matrix)]


@dataclass(frozen=True, eq=False)
class MatrixView:
    title: str
    equations: tuple[Equation, ...]
    note: str = ""

    def text(self) -> str:
        """Plain text: each equation's caption, then its blocks side by side."""
        parts = [self.title]
        for eq in self.equations:
            parts += ["", eq.caption, render_terms(eq.terms)]
        if self.note:
            parts += ["", self.note]
        return "\n".join(parts)


def make_matrix(label: str, values, digits: int = 4, mask=None,
                max_rows: int = MAX_ROWS, max_cols: int = MAX_COLS) -> Matrix:
    """A ``Matrix`` of ``values`` (2-D, or 1-D as a column); cells under a 0 of ``mask`` read —."""
    arr = np.asarray(values, dtype=np.float64)
    if arr.ndim == 1:
        arr = arr.reshape(-1, 1)
    keep = None if mask is None else np.asarray(mask).reshape(arr.shape) != 0

    def cell(r, c):
        return REMOVED if keep is not None and not keep[r, c] else fmt(arr[r, c], digits)

    row_idx, col_idx = _elided(arr.shape[0], max_rows), _elided(arr.shape[1], max_cols)
    rows = []
    for r in row_idx:
        if r is None:
            rows.append(tuple("⋮" if c is not None else "⋱" for c in col_idx))
        else:
            rows.append(tuple(cell(r, c) if c is not None else "…" for c in col_idx))
    frozen = arr.copy()
    frozen.setflags(write=False)
    return Matrix(label, tuple(rows), frozen)


def pretty_formula(text: str) -> str:
    """The engine's ASCII subscripts as Unicode: ``Σ_n`` → ``Σₙ``, ``ŷ_k`` → ``ŷₖ``."""
    return re.sub(r"_([0-9aeijknox])", lambda m: subscript(m.group(1)), text)


def _elided(n: int, limit: int) -> list[int | None]:
    """Indices to show: all, or the first ones, None (the ellipsis) and the last one."""
    if n <= limit:
        return list(range(n))
    return [*range(limit - 2), None, n - 1]


# -- plain-text layout ------------------------------------------------------------------------------
def _block(term) -> tuple[str, list[str]]:
    """(label, body lines) of one term; bodies of matrices are bracketed, columns right-aligned."""
    if not isinstance(term, Matrix):
        return "", [str(term)]
    widths = [max(len(row[c]) for row in term.rows) for c in range(len(term.rows[0]))]
    body = ["[ " + "  ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True)) + " ]"
            for row in term.rows]
    return term.label, body


def render_terms(terms) -> str:
    """Lay the terms out side by side: labels on the first line, bodies centred vertically."""
    blocks = [_block(t) for t in terms]
    height = max(len(body) for _, body in blocks)
    columns = []
    for label, body in blocks:
        width = max(len(label), *(len(line) for line in body))
        top = (height - len(body)) // 2
        lines = [""] * top + body + [""] * (height - len(body) - top)
        columns.append([label.center(width)] + [line.center(width) for line in lines])
    rows = ["  ".join(col[r] for col in columns).rstrip() for r in range(height + 1)]
    return "\n".join(rows if rows[0] else rows[1:])


# -- the views of each step ---------------------------------------------------------------------
def matrix_view(st, step: Step | None = None, max_rows: int = MAX_ROWS, max_cols: int = MAX_COLS) -> MatrixView:
    """The matrix form of ``step`` (default: the stepper's current step)."""
    step = st.current if step is None else step
    builder = _Builder(st, step, max_rows, max_cols)
    return {FORWARD: builder.forward, LOSS: builder.loss, BACKWARD: builder.backward,
            UPDATE: builder.update}[step.kind]()


class _Builder:
    def __init__(self, st, step: Step, max_rows: int, max_cols: int):
        self.st, self.step = st, step
        self.tr, self.net = st.trace, st.network
        self.L = st.n_layers
        self.n = step.sample_index
        self.max_rows, self.max_cols = max_rows, max_cols

    def m(self, label: str, values, mask=None) -> Matrix:
        return make_matrix(label, values, self.st.digits, mask, self.max_rows, self.max_cols)

    def cols(self, arr: np.ndarray) -> np.ndarray:
        """A ``(batch, n)`` trace array as columns: the selected sample's, or the whole batch's."""
        return (arr if self.n is None else arr[self.n:self.n + 1]).T

    def _samples_note(self) -> str:
        if self.st.batch_size == 1:
            return ""
        if self.n is None:
            return translate("Stepper", "One column per sample of the batch ({size} samples).").format(
                size=self.st.batch_size)
        return translate("Stepper", "The column is sample {n} of the batch of {size}.").format(
            n=self.n + 1, size=self.st.batch_size)

    def forward(self) -> MatrixView:
        l, t = self.step.layer, layer_tag(self.step.layer)
        tp = layer_tag(l - 1)
        wn = f"W̃{t}" if self.st.dropconnect else f"W{t}"  # W ⊙ K/(1 − p) under dropconnect
        w = self.m(wn, self.st.effective_weights(l), self.net.masks[l])
        a_prev = self.m(f"a{tp}" if l > 1 else "x", self.cols(self.tr.a[l - 1]))
        b, z = self.m(f"b{t}", self.net.biases[l]), self.m(f"z{t}", self.cols(self.tr.z[l]))
        a = self.m(f"a{t}", self.cols(self.tr.a[l]))
        act = self.net.activations[l - 1]
        has_bias = self.net.has_bias(l)
        z_eq = (Equation(f"z{t} = {wn}·{a_prev.label} + b{t}", (w, "·", a_prev, "+", b, "=", z)) if has_bias
                else Equation(f"z{t} = {wn}·{a_prev.label}  " + translate("Stepper", "(no bias)"),
                              (w, "·", a_prev, "=", z)))
        eqs = (z_eq, Equation(f"a{t} = {act}(z{t})", (f"{act}(", z, ")", "=", a)))
        note = (translate("Stepper", "b is added to every column. ")
                if has_bias and self.n is None and self.st.batch_size > 1 else "")
        if self.st.dropconnect:
            note += f"{wn} = W{t} ⊙ K/(1 − p): the dropconnect mask K of this step. "
        return MatrixView(self.step.title, eqs, (note + self._samples_note()).strip())

    def loss(self) -> MatrixView:
        t = layer_tag(self.L)
        y_hat, y = self.m(f"ŷ = a{t}", self.cols(self.tr.a[self.L])), self.m("y", self.cols(self.tr.targets))
        value = self.m("L", [[self.tr.loss]])
        eq = Equation(f"L = {pretty_formula(self.st.loss_function.formula.split('=', 1)[-1].strip())}",
                      (f"{self.net.loss}(", y_hat, ",", y, ")", "=", value))
        note = (translate("Stepper", "The loss is the mean over every sample of the batch.") if self.st.batch_size > 1
                else "")
        return MatrixView(self.step.title, (eq,), note)

    def backward(self) -> MatrixView:
        l = self.step.layer
        delta_eq, note = self._output_delta() if l == self.L else self._hidden_delta(l)
        eqs = (delta_eq, *self._gradient_equations(l))
        grad_note = (translate("Stepper", "The gradients use the whole batch (each δ already carries 1/N).")
                     if self.st.batch_size > 1 else "")
        return MatrixView(self.step.title, eqs, " ".join(s for s in (note, self._samples_note(), grad_note) if s))

    def _fprime(self, l: int) -> np.ndarray:
        """f′(z) of layer l from the engine's activation (element-wise activations)."""
        with np.errstate(all="ignore"):
            return self.net.activation(l).derivative(self.tr.z[l], self.tr.a[l])

    def _output_delta(self) -> tuple[Equation, str]:
        L, t = self.L, layer_tag(self.L)
        delta = self.m(f"δ{t}", self.cols(self.tr.delta[L]))
        y_hat, y = self.m("ŷ", self.cols(self.tr.a[L])), self.m("y", self.cols(self.tr.targets))
        N, K = self.tr.a[L].shape
        if self.st.fused:
            divisor = f"{N}×{K}" if self.net.loss == "bce" else f"{N}"
            symbol = "(N·K)" if self.net.loss == "bce" else "N"
            note = (translate("Stepper", "The fused gradient: the activation's derivative cancels against the loss's.")
                    + (translate("Stepper", " Targets that do not sum to 1 give (ŷ·Σy − y)/N.")
                       if self.net.loss == "cross_entropy" else ""))
            return Equation(f"δ{t} = (ŷ − y)/{symbol}", ("(", y_hat, "−", y, f") / {divisor}", "=", delta)), note
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            grad = self.st.loss_function.gradient(self.tr.a[L], self.tr.targets)
        g = self.m("∂L/∂ŷ", self.cols(grad))
        if self.net.output_activation == "softmax":
            if self.n is None:
                return (Equation(translate("Stepper", "δ{t} = Jᵀ·∂L/∂ŷ (one Jacobian per sample)").format(t=t),
                                 (g, translate("Stepper", "→ Jᵀ· (per sample) →"), delta)),
                        translate("Stepper", "Select a sample to see its softmax Jacobian."))
            jac = self.net.activation(L).jacobian(self.tr.a[L][self.n])
            return (Equation(f"δ{t} = Jᵀ·∂L/∂ŷ,  J = diag(ŷ) − ŷ·ŷᵀ", (self.m("Jᵀ", jac.T), "·", g, "=", delta)),
                    translate("Stepper", "Softmax ties the outputs together: δ goes through its Jacobian."))
        fp = self.m(f"f′(z{t})", self.cols(self._fprime(L)))
        return (Equation(f"δ{t} = ∂L/∂ŷ ⊙ f′(z{t})", (g, "⊙", fp, "=", delta)),
                translate("Stepper", "⊙ multiplies element by element."))

    def _hidden_delta(self, l: int) -> tuple[Equation, str]:
        t, tn = layer_tag(l), layer_tag(l + 1)
        mask = self.net.masks[l + 1]
        wn = f"W̃{tn}" if self.st.dropconnect else f"W{tn}"
        wt = self.m(f"{wn}ᵀ", self.st.effective_weights(l + 1).T, None if mask is None else mask.T)
        d_next = self.m(f"δ{tn}", self.cols(self.tr.delta[l + 1]))
        fp = self.m(f"f′(z{t})", self.cols(self._fprime(l)))
        delta = self.m(f"δ{t}", self.cols(self.tr.delta[l]))
        return (Equation(f"δ{t} = ({wn}ᵀ·δ{tn}) ⊙ f′(z{t})", ("(", wt, "·", d_next, ")", "⊙", fp, "=", delta)),
                translate("Stepper", "⊙ multiplies element by element."))

    def _gradient_equations(self, l: int) -> tuple[Equation, ...]:
        t, tp = layer_tag(l), layer_tag(l - 1)
        a_name = f"a{tp}" if l > 1 else "x"
        delta = self.m(f"δ{t}", self.tr.delta[l].T)
        a_t = self.m(f"{a_name}ᵀ", self.tr.a[l - 1])
        grad_w = self.m(f"∂L/∂W{t}", self.tr.grad_weights[l], self.net.masks[l])
        grad_b = self.m(f"∂L/∂b{t}", self.tr.grad_bias[l])
        sum_text = "Σ over samples" if self.st.batch_size > 1 else ""
        w_eq = Equation(f"∂L/∂W{t} = δ{t}·{a_name}ᵀ" + (" ⊙ K/(1 − p)" if self.st.dropconnect else ""),
                        (delta, "·", a_t, "=", grad_w))
        if not self.net.has_bias(l):  # no bias, no ∂L/∂b row
            return (w_eq,)
        return (w_eq, Equation(f"∂L/∂b{t} = " + ("Σₙ δ" if sum_text else "δ") + t,
                               tuple(x for x in (delta, sum_text, "=", grad_b) if x)))

    def update(self) -> MatrixView:
        eta = fmt(self.st.learning_rate, self.st.digits)
        eqs = []
        for l in range(1, self.L + 1):
            t, mask = layer_tag(l), self.net.masks[l]
            eqs.append(Equation(f"W{t} ← W{t} − η·∂L/∂W{t}",
                                (self.m(f"W{t}", self.net.weights[l], mask), "−", f"{eta} ×",
                                 self.m(f"∂L/∂W{t}", self.tr.grad_weights[l], mask), "=",
                                 self.m(f"new W{t}", self.tr.new_weights[l], mask))))
            if not self.net.has_bias(l):
                continue
            eqs.append(Equation(f"b{t} ← b{t} − η·∂L/∂b{t}",
                                (self.m(f"b{t}", self.net.biases[l]), "−", f"{eta} ×",
                                 self.m(f"∂L/∂b{t}", self.tr.grad_bias[l]), "=",
                                 self.m(translate("Stepper", "new b{t}").format(t=t), self.tr.new_bias[l]))))
        return MatrixView(self.step.title, tuple(eqs),
                          translate("Stepper", "η = {eta}; — marks a removed connection.").format(eta=eta))

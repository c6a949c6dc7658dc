"""Typed formulas in x and y: a safe parser, vectorised evaluation and exact derivatives.

Grammar (recursive descent; ``^`` binds tighter than unary minus and is right-associative)::

    expr   := term (("+" | "-") term)*
    term   := unary (("*" | "/") unary)*
    unary  := ("-" | "+") unary | power
    power  := atom ("^" unary)?            so  -x^2 = -(x^2),  2^3^2 = 2^9,  x^-1 = 1/x
    atom   := NUMBER | NAME | FUNC "(" expr ")" | "(" expr ")"

Numbers are decimal (``3``, ``0.5``, ``.5``, ``1e-3``). Names are the variables (``x``, ``y`` by
default), the constants ``pi`` and ``e``, and the one-argument functions sin, cos, tan, exp, log
(natural), sqrt, abs, tanh and sign (sign appears in the derivative of abs). ``**`` is accepted
as a synonym of ``^``, for people used to Python. Nothing else is: no attribute access, no
strings, no calls of unknown names, no implicit multiplication (``2x``). Python's eval,
compile and ast are never used; the text is tokenised by one regular expression and parsed by
hand into a tree of small immutable nodes. Every refusal is an :class:`ExpressionError` whose
message names the offending token and its position (counted from 1).

Derivatives are symbolic (:func:`differentiate`) with light simplification while building
(``0·a → 0``, ``1·a → a``, ``a + 0 → a``, numeric coefficients gathered, constants folded when
the result is a short decimal). Evaluation works on floats and on NumPy arrays; domain
problems (``log(-1)``, ``1/0``) give nan or inf, never an exception.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .text import translate

MAX_LENGTH = 1000
"""Longest accepted formula, in characters."""
MAX_DEPTH = 100
"""Deepest accepted nesting (parentheses, unary signs, powers) and deepest syntax tree."""
VARIABLES = ("x", "y")

FUNCTIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "sin": np.sin,
    "cos": np.cos,
    "tan": np.tan,
    "exp": np.exp,
    "log": np.log,
    "sqrt": np.sqrt,
    "abs": np.abs,
    "tanh": np.tanh,
    "sign": np.sign,
}
CONSTANTS = {"pi": math.pi, "e": math.e}
_PRETTY_CONSTANTS = {"pi": "π"}


class ExpressionError(ValueError):
    """A formula that cannot be accepted. ``position`` is the 0-based offset, or None."""

    def __init__(self, message: str, position: int | None = None):
        super().__init__(message)
        self.position = position


# ---------------------------------------------------------------------------------------------
# Syntax tree


class Node:
    """Base of the immutable syntax-tree nodes."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Num(Node):
    """A number; ``name`` is set for the named constants (pi, e) so they print by name."""

    value: float
    name: str = ""


@dataclass(frozen=True, slots=True)
class Var(Node):
    name: str


@dataclass(frozen=True, slots=True)
class Neg(Node):
    arg: Node


@dataclass(frozen=True, slots=True)
class BinOp(Node):
    """``left op right`` with op one of ``+ - * / ^``."""

    op: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Call(Node):
    func: str
    arg: Node


ZERO = Num(0.0)
ONE = Num(1.0)
TWO = Num(2.0)


def children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, BinOp):
        return (node.left, node.right)
    if isinstance(node, Neg | Call):
        return (node.arg,)
    return ()


def depth(node: Node) -> int:
    """Height of the tree (a leaf has depth 1), computed without recursion."""
    best, stack = 0, [(node, 1)]
    while stack:
        current, level = stack.pop()
        best = max(best, level)
        stack.extend((child, level + 1) for child in children(current))
    return best


def variables_of(node: Node) -> set[str]:
    """The variable names a tree uses."""
    found, stack = set(), [node]
    while stack:
        current = stack.pop()
        if isinstance(current, Var):
            found.add(current.name)
        stack.extend(children(current))
    return found


def depends_on(node: Node, name: str) -> bool:
    return name in variables_of(node)


# ---------------------------------------------------------------------------------------------
# Tokeniser and parser


_TOKEN = re.compile(
    r"(?P<space>\s+)"
    r"|(?P<number>(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)"
    r"|(?P<name>[A-Za-z_][A-Za-z_0-9]*)"
    r"|(?P<op>\*\*|[-+*/^()])",
    re.ASCII,
)


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # "number", "name", "op", "bad" (a character that starts no token) or "end"
    text: str
    pos: int

    def describe(self) -> str:
        if self.kind == "end":
            return "end of expression"
        if self.kind == "bad":
            return f"character {self.text!r} at position {self.pos + 1}"
        return f"'{self.text}' at position {self.pos + 1}"


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens, ending with an ``end`` token; ``**`` becomes ``^``.

    A character that starts no token becomes a ``bad`` token, refused by the parser when it
    gets there (so ``__import__('os')`` is refused for its unknown name, the first problem).
    """
    tokens, pos = [], 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            tokens.append(Token("bad", text[pos], pos))
            pos += 1
            continue
        kind = match.lastgroup
        if kind != "space":
            word = "^" if match.group() == "**" else match.group()
            tokens.append(Token(kind, word, pos))
        pos = match.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


class _Parser:
    """Recursive descent over the token list; see the grammar in the module docstring."""

    def __init__(self, text: str, variables: Sequence[str]):
        self.tokens = tokenize(text)
        self.index = 0
        self.nesting = 0
        self.variables = tuple(variables)

    def peek(self) -> Token:
        return self.tokens[self.index]

    def take(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def at_op(self, *ops: str) -> bool:
        token = self.peek()
        return token.kind == "op" and token.text in ops

    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise ExpressionError(translate("engine", "empty expression"), 0)
        node = self.expr()
        token = self.peek()
        if token.kind != "end":
            if token.text == ")":
                raise ExpressionError(translate("engine", "unbalanced ')' at position {value}").format(
                    value=token.pos + 1), token.pos)
            previous = self.tokens[self.index - 1]
            hint = ""
            if token.kind in ("number", "name") or token.text == "(":
                hint = f" (missing an operator? write {previous.text}*{token.text})"
            raise ExpressionError(translate("engine", "unexpected {describe}{hint}").format(
                describe=token.describe(), hint=hint), token.pos)
        return node

    def expr(self) -> Node:
        node = self.term()
        while self.at_op("+", "-"):
            op = self.take().text
            node = BinOp(op, node, self.term())
        return node

    def term(self) -> Node:
        node = self.unary()
        while self.at_op("*", "/"):
            op = self.take().text
            node = BinOp(op, node, self.unary())
        return node

    def unary(self) -> Node:
        self.nesting += 1
        if self.nesting > MAX_DEPTH:
            token = self.peek()
            raise ExpressionError(translate("engine", "expression nested too deeply (more than {MAX_DEPTH} levels) "
                                                      "at position {value}").format(
                MAX_DEPTH=MAX_DEPTH, value=token.pos + 1), token.pos)
        try:
            if self.at_op("-"):
                self.take()
                return Neg(self.unary())
            if self.at_op("+"):
                self.take()
                return self.unary()
            return self.power()
        finally:
            self.nesting -= 1

    def power(self) -> Node:
        base = self.atom()
        if self.at_op("^"):
            self.take()
            return BinOp("^", base, self.unary())
        return base

    def atom(self) -> Node:
        token = self.take()
        if token.kind == "number":
            value = float(token.text)
            if not math.isfinite(value):
                raise ExpressionError(translate("engine", "number too large {describe}").format(
                    describe=token.describe()), token.pos)
            return Num(value)
        if token.kind == "name":
            return self.name(token)
        if token.text == "(":
            node = self.expr()
            self.expect_close(token)
            return node
        if token.kind == "end":
            raise ExpressionError(translate("engine", "unexpected end of expression (expected a number, a variable, "
                                  "a function or '(')"), token.pos)
        raise ExpressionError(translate("engine", "unexpected {describe} (expected a number, a variable, a function "
                                                  "or '(')").format(
            describe=token.describe()), token.pos)

    def name(self, token: Token) -> Node:
        word = token.text
        if word in FUNCTIONS:
            opening = self.peek()
            if not self.at_op("("):
                raise ExpressionError(translate("engine", "function '{word}' at position {value} needs its argument "
                                                          "in parentheses, e.g. {word2}(x)").format(
                    word=word, value=token.pos + 1, word2=word), opening.pos)
            self.take()
            node = Call(word, self.expr())
            self.expect_close(opening)
            return node
        if word in self.variables:
            return Var(word)
        if word in CONSTANTS:
            return Num(CONSTANTS[word], word)
        allowed = ", ".join([*self.variables, *CONSTANTS])
        raise ExpressionError(translate("engine", "unknown name '{word}' at position {value} (allowed: {allowed} "
                                                  "and the functions {FUNCTIONS})").format(
            word=word, value=token.pos + 1, allowed=allowed, FUNCTIONS=', '.join(FUNCTIONS)), token.pos)

    def expect_close(self, opening: Token) -> None:
        token = self.peek()
        if token.kind == "op" and token.text == ")":
            self.take()
            return
        if token.kind == "end":
            raise ExpressionError(translate("engine", "missing ')' for the '(' at position {value}").format(
                value=opening.pos + 1), opening.pos)
        raise ExpressionError(translate("engine", "expected ')' but found {describe}").format(
            describe=token.describe()), token.pos)


def parse(text: str, variables: Sequence[str] = VARIABLES) -> Node:
    """Parse ``text`` into a syntax tree, or raise :class:`ExpressionError`."""
    if not isinstance(text, str):
        raise ExpressionError(translate("engine", "expected a formula as text, got {name__}").format(
            name__=type(text).__name__))
    if len(text) > MAX_LENGTH:
        raise ExpressionError(translate("engine", "expression too long ({text} characters; at most "
                                                  "{MAX_LENGTH})").format(text=len(text), MAX_LENGTH=MAX_LENGTH))
    if not text.strip():
        raise ExpressionError(translate("engine", "empty expression"), 0)
    node = _Parser(text, variables).parse()
    if depth(node) > MAX_DEPTH:
        raise ExpressionError(translate("engine", "expression too deeply nested (more than {MAX_DEPTH} levels)").format(
            MAX_DEPTH=MAX_DEPTH))
    return node


# ---------------------------------------------------------------------------------------------
# Evaluation


_BINARY_UFUNCS = {"+": np.add, "-": np.subtract, "*": np.multiply, "/": np.divide, "^": np.power}

Evaluator = Callable[[dict], np.ndarray]


def compile_tree(node: Node) -> Evaluator:
    """Turn a tree into nested closures ``env -> value`` (``env`` maps names to float arrays)."""
    if isinstance(node, Num):
        value = np.float64(node.value)
        return lambda env: value
    if isinstance(node, Var):
        name = node.name
        return lambda env: env[name]
    if isinstance(node, Neg):
        arg = compile_tree(node.arg)
        return lambda env: np.negative(arg(env))
    if isinstance(node, Call):
        func, arg = FUNCTIONS[node.func], compile_tree(node.arg)
        return lambda env: func(arg(env))
    if isinstance(node, BinOp):
        ufunc, left, right = _BINARY_UFUNCS[node.op], compile_tree(node.left), compile_tree(node.right)
        return lambda env: ufunc(left(env), right(env))
    raise TypeError(f"not an expression node: {node!r}")


def evaluate(node: Node, **values) -> float | np.ndarray:
    """Value of ``node`` for the given variable values (floats or arrays, broadcast together)."""
    return Expression(node)(**values)


# ---------------------------------------------------------------------------------------------
# Building with light simplification


def _is_nice(value: float) -> bool:
    """True for a finite number that prints exactly with at most 12 significant digits."""
    return math.isfinite(value) and float(f"{value:.12g}") == value


def _number(node: Node) -> float | None:
    """The value of an unnamed number node, else None."""
    return node.value if isinstance(node, Num) and not node.name else None


def _fold(op: str, a: Node, b: Node) -> Node | None:
    """A Num for ``a op b`` when both are unnamed numbers and the result is a short decimal."""
    x, y = _number(a), _number(b)
    if x is None or y is None:
        return None
    with np.errstate(all="ignore"):
        value = float(_BINARY_UFUNCS[op](np.float64(x), np.float64(y)))
    return Num(value) if _is_nice(value) else None


def _split_coefficient(node: Node) -> tuple[float, Node | None]:
    """Write ``node`` as ``c · rest`` with a numeric ``c`` (``rest`` None when node is a number)."""
    value = _number(node)
    if value is not None:
        return value, None
    if isinstance(node, Neg):
        c, rest = _split_coefficient(node.arg)
        return -c, rest
    if isinstance(node, BinOp) and node.op == "*" and _number(node.left) is not None:
        return node.left.value, node.right
    return 1.0, node


_FACTOR_RANK = ((Num, 0), (Var, 1), (Call, 3))


def _factor_rank(node: Node) -> tuple[int, str]:
    """Order of factors in a product: constants, variables, powers, calls, the rest; then by text.

    A canonical order lets like terms meet: sin(x)·cos(x) − cos(x)·sin(x) → 0.
    """
    if isinstance(node, BinOp):
        rank = 2 if node.op == "^" else 4
    else:
        rank = next((rank for kind, rank in _FACTOR_RANK if isinstance(node, kind)), 4)
    return rank, to_text(node)


def _factors(node: Node | None) -> list[Node]:
    """The factors of a product tree (``a*b*c`` → ``[a, b, c]``)."""
    if node is None:
        return []
    if isinstance(node, BinOp) and node.op == "*":
        return _factors(node.left) + _factors(node.right)
    return [node]


def _base_exponent(node: Node) -> tuple[Node, float]:
    """``(a, c)`` for ``a^c`` with a numeric ``c`` (also ``a^(-c)``), else ``(node, 1)``."""
    if isinstance(node, BinOp) and node.op == "^":
        exponent = simplify(node.right)
        if _number(exponent) is not None:
            return node.left, exponent.value
    return node, 1.0


def _with_coefficient(c: float, rest: Node | None) -> Node:
    if rest is None:
        return Num(c)
    if c == 0:
        return ZERO
    if c == 1:
        return rest
    if c == -1:
        return Neg(rest)
    return BinOp("*", Num(c), rest)


def _split_sign(node: Node) -> tuple[bool, Node]:
    """``(True, m)`` when ``node`` is visibly ``-m``, else ``(False, node)``."""
    if isinstance(node, Neg):
        return True, node.arg
    value = _number(node)
    if value is not None and value < 0:
        return True, Num(-value)
    if isinstance(node, BinOp) and node.op == "*" and _number(node.left) is not None and node.left.value < 0:
        return True, _with_coefficient(-node.left.value, node.right)
    return False, node


def _is_atomic(node: Node) -> bool:
    return isinstance(node, Var | Call) or (isinstance(node, Num) and node.value >= 0)


def _combine_like_terms(a: Node, b: Node, sign: float) -> Node | None:
    """``(ca + sign·cb)·r`` when ``a = ca·r`` and ``b = cb·r`` share the same non-numeric ``r``."""
    ca, ra = _split_coefficient(a)
    cb, rb = _split_coefficient(b)
    c = ca + sign * cb
    if ra is None or ra != rb or not _is_nice(c):
        return None
    return _with_coefficient(c, ra)


def neg(a: Node) -> Node:
    """−a, with −(−a) → a, −(c·r) → (−c)·r, −(a − b) → b − a."""
    if isinstance(a, Neg):
        return a.arg
    value = _number(a)
    if value is not None:
        return Num(-value)
    if isinstance(a, BinOp) and a.op == "*" and _number(a.left) is not None:
        return _with_coefficient(-a.left.value, a.right)
    if isinstance(a, BinOp) and a.op == "-":
        return BinOp("-", a.right, a.left)
    return Neg(a)


def add(a: Node, b: Node) -> Node:
    """a + b, with 0 + a → a, a + (−b) → a − b, 2·r + 3·r → 5·r, numbers folded."""
    if _number(a) == 0:
        return b
    if _number(b) == 0:
        return a
    folded = _fold("+", a, b) or _combine_like_terms(a, b, 1.0)
    if folded is not None:
        return folded
    negative, magnitude = _split_sign(b)
    if negative:
        return BinOp("-", a, magnitude)
    return BinOp("+", a, b)


def sub(a: Node, b: Node) -> Node:
    """a − b, with a − 0 → a, 0 − b → −b, a − (−b) → a + b, 3·r − r → 2·r, numbers folded."""
    if _number(b) == 0:
        return a
    if _number(a) == 0:
        return neg(b)
    folded = _fold("-", a, b) or _combine_like_terms(a, b, -1.0)
    if folded is not None:
        return folded
    negative, magnitude = _split_sign(b)
    if negative:
        return add(a, magnitude)
    return BinOp("-", a, b)


def mul(a: Node, b: Node) -> Node:
    """a · b with numeric coefficients gathered in front: 0·a → 0, 1·a → a, 2·(3·x) → 6·x.

    Equal bases are merged (x·x² → x³) and the other factors ordered: constants, variables,
    powers, calls, then the rest.
    """
    ca, ra = _split_coefficient(a)
    cb, rb = _split_coefficient(b)
    c = ca * cb
    if not _is_nice(c):
        return BinOp("*", a, b)
    if c == 0:
        return ZERO
    merged: list[tuple[Node, float]] = []
    for factor in _factors(ra) + _factors(rb):
        base, exponent = _base_exponent(factor)
        for i, (other, total) in enumerate(merged):
            if other == base and _is_nice(total + exponent):
                merged[i] = (base, total + exponent)
                break
        else:
            merged.append((base, exponent))
    factors = sorted((power(base, Num(exponent)) for base, exponent in merged if exponent != 0),
                     key=_factor_rank)
    rest = None
    for factor in factors:
        rest = factor if rest is None else BinOp("*", rest, factor)
    return _with_coefficient(c, rest)


def div(a: Node, b: Node) -> Node:
    """a / b, with 0/b → 0, a/1 → a, a/(−1) → −a, (2·a)/(2·b) → a/b, numbers folded."""
    if _number(a) == 0:
        return ZERO
    if _number(b) == 1:
        return a
    if _number(b) == -1:
        return neg(a)
    folded = _fold("/", a, b)
    if folded is not None:
        return folded
    ca, ra = _split_coefficient(a)
    cb, rb = _split_coefficient(b)
    if cb not in (0, 1) and _is_nice(ca / cb):
        numerator = _with_coefficient(ca / cb, ra)
        return numerator if rb is None else div(numerator, rb)
    return BinOp("/", a, b)


def power(a: Node, b: Node) -> Node:
    """a ^ b, with a^1 → a, a^0 → 1, numbers folded."""
    if _number(b) == 1:
        return a
    if _number(b) == 0:
        return ONE
    folded = _fold("^", a, b)
    if folded is not None:
        return folded
    return BinOp("^", a, b)


def call(func: str, a: Node) -> Node:
    return Call(func, a)


def simplify(node: Node) -> Node:
    """Rebuild ``node`` bottom-up through the simplifying constructors."""
    if isinstance(node, Neg):
        return neg(simplify(node.arg))
    if isinstance(node, Call):
        return Call(node.func, simplify(node.arg))
    if isinstance(node, BinOp):
        build = {"+": add, "-": sub, "*": mul, "/": div, "^": power}[node.op]
        return build(simplify(node.left), simplify(node.right))
    return node


# ---------------------------------------------------------------------------------------------
# Differentiation


def _call_derivative(func: str, u: Node, du: Node) -> Node:
    """d f(u) = f'(u)·du for the built-in functions."""
    if func == "sin":
        return mul(call("cos", u), du)
    if func == "cos":
        return neg(mul(call("sin", u), du))
    if func == "tan":  # 1/cos²(u)
        return div(du, power(call("cos", u), TWO))
    if func == "exp":
        return mul(call("exp", u), du)
    if func == "log":  # 1/u
        return div(du, u)
    if func == "sqrt":  # 1/(2√u)
        return div(du, mul(TWO, call("sqrt", u)))
    if func == "abs":  # sign(u), 0 at the kink as in PyTorch
        return mul(call("sign", u), du)
    if func == "tanh":  # 1 − tanh²(u)
        return mul(sub(ONE, power(call("tanh", u), TWO)), du)
    if func == "sign":
        return ZERO
    raise ExpressionError(translate("engine", "no derivative known for '{func}'").format(func=func))


def differentiate(node: Node, name: str) -> Node:
    """∂node/∂name by the usual rules (sum, product, quotient, power, chain), lightly simplified.

    Power: (u^c)' = c·u^(c−1)·u' for c free of ``name``; (a^v)' = a^v·log(a)·v' for a free of
    ``name``; otherwise (u^v)' = u^v·(v'·log(u) + v·u'/u).
    """
    if isinstance(node, Num):
        return ZERO
    if isinstance(node, Var):
        return ONE if node.name == name else ZERO
    if not depends_on(node, name):
        return ZERO
    if isinstance(node, Neg):
        return neg(differentiate(node.arg, name))
    if isinstance(node, Call):
        return _call_derivative(node.func, node.arg, differentiate(node.arg, name))
    if not isinstance(node, BinOp):
        raise TypeError(f"not an expression node: {node!r}")
    u, v = node.left, node.right
    du, dv = differentiate(u, name), differentiate(v, name)
    if node.op == "+":
        return add(du, dv)
    if node.op == "-":
        return sub(du, dv)
    if node.op == "*":
        return add(mul(du, v), mul(u, dv))
    if node.op == "/":
        if not depends_on(v, name):
            return div(du, v)
        if not depends_on(u, name):
            return neg(div(mul(u, dv), power(v, TWO)))
        return div(sub(mul(du, v), mul(u, dv)), power(v, TWO))
    # node.op == "^"
    if not depends_on(v, name):
        v = simplify(v)
        return mul(mul(v, power(u, sub(v, ONE))), du)
    if not depends_on(u, name):
        return mul(mul(node, call("log", u)), dv)
    return mul(node, add(mul(dv, call("log", u)), div(mul(v, du), u)))


# ---------------------------------------------------------------------------------------------
# Printing


_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 4}
_NEG_PRECEDENCE = 3
_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def _precedence(node: Node) -> int:
    if isinstance(node, BinOp):
        return _PRECEDENCE[node.op]
    if isinstance(node, Neg) or (isinstance(node, Num) and node.value < 0):
        return _NEG_PRECEDENCE
    return 5


def format_number(value: float, pretty: bool = False) -> str:
    """``2`` for 2.0, else the shortest text that reads back as the same float (``0.1``, ``1e-08``)."""
    if value.is_integer() and abs(value) < 1e16:
        text = str(int(value))
    else:
        text = repr(float(value))
    return text.replace("-", "−") if pretty and text.startswith("-") else text


def _integer_exponent(node: Node) -> int | None:
    """The exponent as a small int when it is a written integer (for superscripts)."""
    sign = 1
    if isinstance(node, Neg):
        sign, node = -1, node.arg
    value = _number(node)
    if value is not None and value.is_integer() and abs(value) < 1000:
        return sign * int(value)
    return None


def to_text(node: Node, pretty: bool = False) -> str:
    """The formula as text: ``2*x - 1`` (re-parseable) or, with ``pretty``, ``2x − 1``."""
    minus = "−" if pretty else "-"
    if isinstance(node, Num):
        if node.name:
            return _PRETTY_CONSTANTS.get(node.name, node.name) if pretty else node.name
        return format_number(node.value, pretty)
    if isinstance(node, Var):
        return node.name
    if isinstance(node, Call):
        return f"{node.func}({to_text(node.arg, pretty)})"
    if isinstance(node, Neg):
        return minus + _wrap(node.arg, _precedence(node.arg) < 2, pretty)
    if not isinstance(node, BinOp):
        raise TypeError(f"not an expression node: {node!r}")
    op, left, right = node.op, node.left, node.right
    own = _PRECEDENCE[op]
    if op == "^":
        base = _wrap(left, _precedence(left) <= own, pretty)
        exponent = _integer_exponent(right)
        if pretty and exponent is not None:
            return base + str(exponent).translate(_SUPERSCRIPTS)
        return f"{base}^{_wrap(right, not _is_atomic(right), pretty)}"
    left_text = _wrap(left, _precedence(left) < own, pretty)
    right_paren = (_precedence(right) < own or _precedence(right) == _NEG_PRECEDENCE
                   or (_precedence(right) == own and op in "-/"))
    right_text = _wrap(right, right_paren, pretty)
    if op in "+-":
        return f"{left_text} {minus if op == '-' else '+'} {right_text}"
    if op == "*" and pretty:
        juxtapose = _number(left) is not None and (
            isinstance(right, Var) or (isinstance(right, Num) and right.name)
            or (isinstance(right, BinOp) and right.op == "^" and isinstance(right.left, Var)))
        return left_text + ("" if juxtapose else "·") + right_text
    return f"{left_text}{op}{right_text}"


def _wrap(node: Node, parenthesise: bool, pretty: bool) -> str:
    text = to_text(node, pretty)
    return f"({text})" if parenthesise else text


# ---------------------------------------------------------------------------------------------
# The public object


class Expression:
    """A parsed formula: call it on floats or arrays, differentiate it, print it.

    >>> f = Expression.parse("x^2 - x + 1")
    >>> f(5.0), str(f.derivative("x")), f.derivative("x").pretty()
    (21.0, '2*x - 1', '2x − 1')
    """

    __slots__ = ("tree", "_evaluator", "_derivatives")

    def __init__(self, tree: Node):
        self.tree = tree
        self._evaluator = compile_tree(tree)
        self._derivatives: dict[str, Expression] = {}

    @classmethod
    def parse(cls, text: str, variables: Sequence[str] = VARIABLES) -> Expression:
        """Parse ``text`` (see the module docstring) or raise :class:`ExpressionError`."""
        return cls(parse(text, variables))

    @property
    def variables(self) -> tuple[str, ...]:
        """The variables the formula uses, x before y, then any others alphabetically."""
        used = variables_of(self.tree)
        return tuple(sorted(used, key=lambda name: (VARIABLES.index(name) if name in VARIABLES
                                                    else len(VARIABLES), name)))

    @property
    def compiled(self) -> Evaluator:
        """The raw evaluator ``env -> value``: ``env`` maps every used variable to a float64 or
        float array. No broadcasting and no ``errstate``: the caller handles both (fast path)."""
        return self._evaluator

    def uses(self, name: str) -> bool:
        return depends_on(self.tree, name)

    def __call__(self, *args, **values) -> float | np.ndarray:
        """Evaluate; positional values are x then y. Scalars give a float, arrays an array.

        Every variable the formula uses needs a value; arrays are broadcast together and the
        result has their broadcast shape (also when the formula is a constant).
        """
        if len(args) > len(VARIABLES):
            raise TypeError(f"at most {len(VARIABLES)} positional values ({', '.join(VARIABLES)})")
        for name, value in zip(VARIABLES, args, strict=False):
            if name in values:
                raise TypeError(f"two values given for {name}")
            values[name] = value
        env = {name: np.asarray(value, dtype=float) for name, value in values.items()}
        missing = [name for name in self.variables if name not in env]
        if missing:
            raise ValueError(f"no value given for {', '.join(missing)}")
        shape = np.broadcast_shapes(*(array.shape for array in env.values()))
        with np.errstate(all="ignore"):
            result = self._evaluator(env)
        if shape == ():
            return float(result)
        return np.array(np.broadcast_to(result, shape), dtype=float)

    def derivative(self, name: str) -> Expression:
        """∂f/∂name as a new Expression (computed once, then cached)."""
        if name not in self._derivatives:
            self._derivatives[name] = Expression(differentiate(self.tree, name))
        return self._derivatives[name]

    def gradient(self, names: Sequence[str] = VARIABLES) -> tuple[Expression, ...]:
        """The partial derivatives with respect to ``names``, in order."""
        return tuple(self.derivative(name) for name in names)

    def simplified(self) -> Expression:
        return Expression(simplify(self.tree))

    def pretty(self) -> str:
        """Display form with ², ·, − and π (``4x³ − 6x + 1``)."""
        return to_text(self.tree, pretty=True)

    def __str__(self) -> str:
        return to_text(self.tree)

    def __repr__(self) -> str:
        return f"Expression({str(self)!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Expression) and other.tree == self.tree

    def __hash__(self) -> int:
        return hash(self.tree)

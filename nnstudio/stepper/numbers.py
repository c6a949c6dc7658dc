"""How the step-through writes numbers: 4 significant digits, a real minus sign, no "-0".

``fmt(0.559714)`` → ``"0.5597"``, ``fmt(-0.3)`` → ``"−0.3"``, ``fmt(-0.0)`` → ``"0"``,
``fmt(1.2345e-7)`` → ``"1.235e−7"``, ``fmt(123456)`` → ``"1.235e5"``. Scientific notation starts
where Python's ``g`` format starts it: below 1e-4 and from 10^digits up. Trailing zeros are dropped
(``0.24``, not ``0.2400``), as a learner would write the number.

``parse`` reads such a string back (tests use it to check every shown number against the trace).
"""

from __future__ import annotations

import math

from nnstudio.document.numbers import localize

MINUS = "\u2212"  # −
DIGITS = 4

_SUPERSCRIPTS = str.maketrans("0123456789+-−()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁽⁾")
_SUBSCRIPTS = str.maketrans("0123456789+-−()aeijknox", "₀₁₂₃₄₅₆₇₈₉₊₋₋₍₎ₐₑᵢⱼₖₙₒₓ")


def fmt(value, digits: int = DIGITS) -> str:
    """``value`` to ``digits`` significant digits with a real minus sign (−) and no "-0"."""
    x = float(value)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "∞" if x > 0 else MINUS + "∞"
    if x == 0:
        return "0"
    text = f"{x:.{digits}g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return localize(text.replace("-", MINUS))


def paren(value, digits: int = DIGITS) -> str:
    """``fmt`` with negative numbers in parentheses, for use as an operand: ``(−0.3)``."""
    text = fmt(value, digits)
    return f"({text})" if text.startswith(MINUS) else text


def parse(text: str) -> float:
    """The number a ``fmt`` string stands for (accepts − and ASCII -, ∞, parentheses)."""
    t = text.strip().strip("()").replace(MINUS, "-").replace("∞", "inf").replace(",", ".")
    return float(t)


def tolerance(value, digits: int = DIGITS) -> float:
    """Half a unit in the last shown digit of ``value``: how far ``fmt(value)`` may be from it."""
    x = abs(float(value))
    if x == 0 or not math.isfinite(x):
        return 0.0
    return 0.5 * 10.0 ** (math.floor(math.log10(x)) - digits + 1) * (1 + 1e-9)


def agrees(text: str, value, digits: int = DIGITS) -> bool:
    """True when the shown ``text`` is ``value`` written to ``digits`` significant digits."""
    shown = parse(text)
    v = float(value)
    if not math.isfinite(v):
        return shown == v or (math.isnan(v) and math.isnan(shown))
    return abs(shown - v) <= tolerance(v, digits)


def superscript(text) -> str:
    """Digits, signs and parentheses as Unicode superscripts: ``superscript("(2)")`` → ``⁽²⁾``."""
    return str(text).translate(_SUPERSCRIPTS)


def subscript(text) -> str:
    """Digits and the letters i, j, k, n (…) as Unicode subscripts: ``subscript("kj")`` → ``ₖⱼ``."""
    return str(text).translate(_SUBSCRIPTS)


def layer_tag(layer: int) -> str:
    """The superscript layer marker of the matrix notation: ``layer_tag(2)`` → ``⁽²⁾``."""
    return superscript(f"({layer})")

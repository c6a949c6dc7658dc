"""How the app writes and reads numbers (Qt-free): the one formatter of every panel.

``fmt``: 4 significant digits (or ``digits``), a real minus sign, no "-0", the decimal separator of
``DECIMAL_SEPARATOR`` (a translation sets it once, e.g. to ``","``).

``fmt(0.559714)`` → ``"0.5597"``, ``fmt(-0.3)`` → ``"−0.3"``, ``fmt(-0.0)`` → ``"0"``,
``fmt(1.2345e-7)`` → ``"1.235e−7"``, ``fmt(123456)`` → ``"1.235e5"``. Scientific notation starts
where Python's ``g`` format starts it: below 1e-4 and from 10^digits up. Trailing zeros are dropped
(``0.24``, not ``0.2400``), as a learner would write the number.

``parse`` reads such a string back (tests use it to check every shown number against the trace);
``entry_text`` / ``parse_entry`` are the editable text of a number field; ``parse_values`` reads a list.
``use_decimal_comma(True)`` switches every shown and typed number to the decimal comma (lists then use
``" ; "``); ``localize`` does the same to numbers inside a text.
"""

from __future__ import annotations

import math
import re

import numpy as np

from nnstudio.engine.text import translate

MINUS = "\u2212"  # −
DIGITS = 4
#: The decimal separator of every number shown or typed; the GUI sets it once at start-up
#: (``use_decimal_comma``); the CLI and the files never do, so JSON, CSV and the CLI keep the point.
DECIMAL_SEPARATOR = "."
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")

_SUPERSCRIPTS = str.maketrans("0123456789+-−()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁽⁾")
_SUBSCRIPTS = str.maketrans("0123456789+-−()aeijknox", "₀₁₂₃₄₅₆₇₈₉₊₋₋₍₎ₐₑᵢⱼₖₙₒₓ")


def use_decimal_comma(on: bool) -> None:
    """Write (and read) decimals with a comma, as French schools do, or with a point."""
    global DECIMAL_SEPARATOR
    DECIMAL_SEPARATOR = "," if on else "."


def decimal_comma() -> bool:
    return DECIMAL_SEPARATOR == ","


def localize(text: str) -> str:
    """The decimal points of the numbers in ``text`` written with the decimal separator."""
    return _DECIMAL_POINT.sub(DECIMAL_SEPARATOR, text) if DECIMAL_SEPARATOR != "." else text


def list_separator() -> str:
    """Between numbers in a list: ``", "``, or ``" ; "`` with the decimal comma."""
    return " ; " if decimal_comma() else ", "


def localize_list(items) -> str:
    return list_separator().join(localize(str(item)) for item in items)


def split_numbers(text: str) -> list[str]:
    """The numbers of a typed list: separated by ``;``, a comma and a space, or spaces; with the decimal
    point a bare comma separates too (``"0.5,1"``), with the decimal comma it is the decimal (``"0,5 ; 1"``)."""
    parts = [p for p in re.split(r";|,\s+|\s+", str(text)) if p.strip()]
    if not decimal_comma():
        parts = [q for p in parts for q in p.split(",") if q.strip()]
    return parts


def parse_float(text: str) -> float:
    """A number typed with a decimal point or a decimal comma (``"0,5"``, ``"0.5"``, ``"−1,5e-3"``)."""
    return float(str(text).strip().replace(MINUS, "-").replace(",", "."))


def fmt(value, digits: int = DIGITS, missing: str = "NaN") -> str:
    """``value`` to ``digits`` significant digits with a real minus sign (−) and no "-0"; ``missing``
    for NaN and None."""
    if value is None:
        return missing
    x = float(value)
    if math.isnan(x):
        return missing
    if math.isinf(x):
        return "∞" if x > 0 else MINUS + "∞"
    if x == 0:
        return "0"
    text = f"{x:.{digits}g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text.replace("-", MINUS).replace(".", DECIMAL_SEPARATOR)


def percent(value, decimals: int = 1, missing: str = "–") -> str:
    """A fraction as a percentage: ``percent(0.9234)`` → ``"92.3 %"``."""
    x = float(value)
    if not math.isfinite(x):
        return missing
    return f"{100 * x:.{decimals}f} %".replace(".", DECIMAL_SEPARATOR)


def entry_text(value, digits: int | None = None) -> str:
    """The editable text of a number field: the exact value (the shortest text that reads back as the
    same float) or ``digits`` significant digits; an ASCII minus, so that it types like any number."""
    x = float(value)
    text = repr(x) if digits is None else f"{x:.{digits}g}"
    return text.replace(".", DECIMAL_SEPARATOR)


def parse_entry(text: str) -> float:
    """The finite number typed in a field (``0.003``, ``3e-3``, ``−2``, ``0,5``); ValueError names the
    problem."""
    try:
        value = parse_float(text)
    except ValueError:
        raise ValueError(translate("Numbers", "not a number: {text}").format(text=repr(text.strip()))) from None
    if not math.isfinite(value):
        raise ValueError(translate("Numbers", "please type a finite number"))
    return value


def paren(value, digits: int = DIGITS) -> str:
    """``fmt`` with negative numbers in parentheses, for use as an operand: ``(−0.3)``."""
    text = fmt(value, digits)
    return f"({text})" if text.startswith(MINUS) else text


def parse(text: str) -> float:
    """The number a ``fmt`` string stands for (accepts − and ASCII -, ∞, parentheses)."""
    t = text.strip().strip("()").replace(MINUS, "-").replace("∞", "inf").replace(DECIMAL_SEPARATOR, ".")
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


def parse_values(text: str, count: int | None = None, what: str = "numbers") -> np.ndarray:
    """Numbers typed as ``"0.5, −0.3"`` (commas, semicolons or spaces; − or -) → an array (of ``count``
    values when given); ValueError names ``what`` and the problem."""
    parts = split_numbers(text)
    if not parts:
        raise ValueError(translate("Numbers", "{what}: type at least one number").format(what=what))
    values = np.empty(len(parts))
    for k, part in enumerate(parts):
        try:
            values[k] = parse_float(part)
        except ValueError:
            message = (translate("Numbers", "{what}: '{bad}' is not a number; type numbers separated by semicolons, "
                                            "e.g. {example}") if decimal_comma() else
                       translate("Numbers", "{what}: '{bad}' is not a number; type numbers separated by commas, "
                                            "e.g. {example}"))
            raise ValueError(message.format(what=what, bad=part, example=localize_list(["0.5", "-0.3"]))) from None
    if count is not None and values.size != count:
        raise ValueError(translate("Numbers", "{what}: expected %n number(s), got {got}", None, count).format(
            what=what, got=values.size))
    if not np.all(np.isfinite(values)):
        raise ValueError(translate("Numbers", "{what}: the numbers must be finite").format(what=what))
    return values


def format_values(values, digits: int = 6) -> str:
    """The inverse of ``parse_values`` for pre-filling a field: ``0.5, −0.3`` (``0,5 ; −0,3`` in French)."""
    return list_separator().join(fmt(v, digits) for v in np.asarray(values).reshape(-1))

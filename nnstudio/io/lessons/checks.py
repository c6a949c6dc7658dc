"""Evaluate a step's check on the app's state (Qt-free: the state is read through a callable).

``read(name, args)`` returns the state value ``name`` (``training.test_accuracy``, ``lab.iterate`` with
``{"k": 1}``…) or raises when it is not available yet. The learner's typed answers are given in the order
of ``check.answers()``. Numbers typed with a decimal comma (``2,3``) or a Unicode minus (``−0.5``) count.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .model import Check

Reader = Callable[[str, dict[str, Any]], Any]

ANSWER_RELATIVE_TOLERANCE = 0.01
ANSWER_ABSOLUTE_TOLERANCE = 5e-4
"""Without a ``tolerance``, a typed answer counts within 1 % of the engine's number (and at least ±0.0005)."""

_SYMBOLS = {"at_least": "≥", "at_most": "≤", "above": ">", "below": "<", "equals": "="}


@dataclass(frozen=True)
class Outcome:
    """Whether a check is met, and a short line saying why (never giving away an expected answer)."""

    met: bool
    detail: str


def parse_number(text: str | None) -> float | None:
    """The number typed in ``text`` (``2.3``, ``2,3``, ``−1e-3``), or None when it is not one."""
    if text is None:
        return None
    cleaned = str(text).strip().replace("\u2212", "-").replace("\u202f", "").replace(" ", "").replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def evaluate(check: Check, read: Reader, answers: Sequence[str | None] = ()) -> Outcome:
    """Evaluate ``check``; ``answers`` are the learner's texts for ``check.answers()``, in order."""
    return _evaluate(check, read, iter(list(answers) + [None] * len(check.answers())))


def _evaluate(check: Check, read: Reader, answers) -> Outcome:
    if check.kind in ("all", "any"):
        outcomes = [_evaluate(part, read, answers) for part in check.parts]
        met = all(o.met for o in outcomes) if check.kind == "all" else any(o.met for o in outcomes)
        shown = [o for o in outcomes if o.met == met] or outcomes
        return Outcome(met, "; ".join(o.detail for o in shown))
    if check.kind == "answer":
        return _answer(check, read, next(answers))
    try:
        value = read(check.state, dict(check.args))
    except Exception as exc:  # a state that is not available yet (no training, no step-through…)
        return Outcome(False, f"{_label(check)}: not available yet ({exc})" if str(exc) else
                       f"{_label(check)}: not available yet")
    if value is None:
        return Outcome(False, f"{_label(check)}: not available yet")
    met = _compare(value, check.op, check.value, check.tolerance)
    return Outcome(met, f"{_label(check)} = {_show(value)} (needs {_need(check)})")


def _answer(check: Check, read: Reader, typed: str | None) -> Outcome:
    number = parse_number(typed)
    if number is None:
        return Outcome(False, "type your answer" if not (typed or "").strip() else f"{typed!r} is not a number")
    try:
        expected = read(check.state, dict(check.args))
    except Exception:
        return Outcome(False, "the app cannot compute this number yet: press Show me")
    if expected is None or not _is_number(expected) or not math.isfinite(expected):
        return Outcome(False, "the app cannot compute this number yet: press Show me")
    tolerance = check.tolerance
    if tolerance is None:
        tolerance = max(ANSWER_ABSOLUTE_TOLERANCE, ANSWER_RELATIVE_TOLERANCE * abs(expected))
    if abs(number - expected) <= tolerance:
        return Outcome(True, f"right: the app computes {_show(expected)}")
    return Outcome(False, f"{_show(number)} is not it yet")


def _compare(value: Any, op: str, expected: Any, tolerance: float | None) -> bool:
    if op == "equals":
        if isinstance(expected, bool) or isinstance(value, bool):
            return bool(value) is expected if isinstance(expected, bool) else False
        if _is_number(expected):
            if not _is_number(value):
                return False
            return abs(float(value) - expected) <= (tolerance if tolerance is not None
                                                    else 1e-9 * max(1.0, abs(expected)))
        if isinstance(expected, str):
            return str(value).strip().lower() == expected.strip().lower()
        if isinstance(expected, list):
            return list(value) == expected if isinstance(value, list | tuple) else False
        return value == expected
    if not _is_number(value):
        return False
    value = float(value)
    if op == "between":
        return expected[0] <= value <= expected[1]
    return {"at_least": value >= expected, "at_most": value <= expected,
            "above": value > expected, "below": value < expected}[op]


def _label(check: Check) -> str:
    if not check.args:
        return check.state
    args = ", ".join(f"{key}={value}" for key, value in check.args.items())
    return f"{check.state}({args})"


def _need(check: Check) -> str:
    if check.op == "between":
        return f"between {_show(check.value[0])} and {_show(check.value[1])}"
    return f"{_SYMBOLS[check.op]} {_show(check.value)}"


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if _is_number(value):
        return f"{value:.4g}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return str(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)

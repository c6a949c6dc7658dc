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

from nnstudio.io import numbers

from .model import Check

Reader = Callable[[str, dict[str, Any]], Any]

ANSWER_RELATIVE_TOLERANCE = 0.01
ANSWER_ABSOLUTE_TOLERANCE = 5e-4
"""Without a ``tolerance``, a typed answer counts within 1 % of the engine's number (and at least ±0.0005)."""

_SYMBOLS = {"at_least": "≥", "at_most": "≤", "above": ">", "below": "<", "equals": "="}

PHRASES = {
    "en": {"unavailable": "{what}: not available yet", "needs": "{what} = {value} (needs {need})",
           "between": "between {low} and {high}", "type": "type your answer", "nan": "{typed!r} is not a number",
           "no_number": "the app cannot compute this number yet: {how}",
           "how_stepper": "open the step-through (F8)", "how_lab": "open the Lab (Ctrl+Shift+G)",
           "how_show_me": "press Show me", "how_steps": "do the previous steps first",
           "or_show_me": "{how}, or press Show me",
           "right": "right: the app computes {value}", "wrong": "{value} is not it yet"},
    "fr": {"unavailable": "{what} : pas encore disponible", "needs": "{what} = {value} (il faut {need})",
           "between": "entre {low} et {high}", "type": "tapez votre réponse", "nan": "{typed!r} n'est pas un nombre",
           "no_number": "l'application ne peut pas encore calculer ce nombre : {how}",
           "how_stepper": "ouvrez le pas à pas (F8)", "how_lab": "ouvrez le Labo (Ctrl+Maj+G)",
           "how_show_me": "cliquez sur Montrez-moi", "how_steps": "faites d'abord les étapes précédentes",
           "or_show_me": "{how}, ou cliquez sur Montrez-moi",
           "right": "exact : l'application calcule {value}", "wrong": "{value}, ce n'est pas encore ça"},
}
"""The outcome lines in each language of the lessons (the checks run without Qt, so without its catalogue)."""


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


def evaluate(check: Check, read: Reader, answers: Sequence[str | None] = (), language: str = "en",
             show_me: bool = True) -> Outcome:
    """Evaluate ``check``; ``answers`` are the learner's texts for ``check.answers()``, in order; the outcome's
    line is written in ``language``. ``show_me``: whether the step has a Show me (actions), so that a number
    the app cannot compute yet points at it only then."""
    say = dict(PHRASES.get(language, PHRASES["en"]), show_me=show_me)
    return _evaluate(check, read, iter(list(answers) + [None] * len(check.answers())), say)


def _evaluate(check: Check, read: Reader, answers, say) -> Outcome:
    if check.kind in ("all", "any"):
        outcomes = [_evaluate(part, read, answers, say) for part in check.parts]
        met = all(o.met for o in outcomes) if check.kind == "all" else any(o.met for o in outcomes)
        shown = [o for o in outcomes if o.met == met] or outcomes
        return Outcome(met, "; ".join(o.detail for o in shown))
    if check.kind == "answer":
        return _answer(check, read, next(answers), say)
    try:
        value = read(check.state, dict(check.args))
    except Exception:  # a state that is not available yet (no training, no step-through…)
        value = None
    if value is None:
        return Outcome(False, say["unavailable"].format(what=_label(check)))
    met = _compare(value, check.op, check.value, check.tolerance)
    return Outcome(met, say["needs"].format(what=_label(check), value=_show(value), need=_need(check, say)))


def _answer(check: Check, read: Reader, typed: str | None, say) -> Outcome:
    number = parse_number(typed)
    if number is None:
        return Outcome(False, say["type"] if not (typed or "").strip() else say["nan"].format(typed=typed))
    try:
        expected = read(check.state, dict(check.args))
    except Exception:
        expected = None
    if expected is None or not _is_number(expected) or not math.isfinite(expected):
        return Outcome(False, say["no_number"].format(how=_how(check, say)))
    tolerance = check.tolerance
    if tolerance is None:
        tolerance = max(ANSWER_ABSOLUTE_TOLERANCE, ANSWER_RELATIVE_TOLERANCE * abs(expected))
    if abs(number - expected) <= tolerance:
        return Outcome(True, say["right"].format(value=_show(expected)))
    return Outcome(False, say["wrong"].format(value=_show(number)))


def _how(check: Check, say) -> str:
    """What makes the number of an answer computable: the window it comes from, and Show me when the step
    has one."""
    where = check.state.split(".")[0]
    how = say.get(f"how_{where}")
    if how is None:
        return say["how_show_me"] if say["show_me"] else say["how_steps"]
    return say["or_show_me"].format(how=how) if say["show_me"] else how


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


def _need(check: Check, say) -> str:
    if check.op == "between":
        return say["between"].format(low=_show(check.value[0]), high=_show(check.value[1]))
    return f"{_SYMBOLS[check.op]} {_show(check.value)}"


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if _is_number(value):
        return numbers.fmt(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return str(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)

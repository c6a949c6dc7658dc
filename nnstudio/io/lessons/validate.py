"""Turn a lesson file's TOML table into a ``Lesson``, checking everything against the catalogue.

Every problem raises LessonError with one line naming the file, the step (from 1) and what is wrong:
unknown or missing keys, a text missing a language, a concept not in the curriculum, a network or data
set that does not exist, an action or state value the app does not know, arguments of the wrong kind.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from nnstudio.engine.gd import make_function
from nnstudio.engine.training import TrainingSettings

from .catalogue import ACTIONS, CHOICES, CONCEPTS, CONTROLS, LANGUAGES, SETTINGS, STATES, Arg, Entry
from .locate import dataset_source, example_file
from .model import Action, Check, Lesson, LessonError, Step, Text

FORMAT = "nnstudio-lesson"
VERSION = 1
MAX_STEPS = 60
MAX_TEXT = 20_000
MAX_CHECK_DEPTH = 4
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,59}")
LANGUAGE_NAMES = {"en": "English", "fr": "French"}
COMPARISONS = ("equals", "at_least", "at_most", "above", "below", "between")

_LESSON_KEYS = ("format", "version", "id", "title", "summary", "concepts", "network", "data", "target", "step")
_STEP_KEYS = ("title", "text", "show_me", "check", "hints")
_CHECK_KEYS = ("state", "answer", "all", "any", "args", *COMPARISONS, "tolerance", "prompt")


class _Problem(Exception):
    """A problem found inside a step; the caller adds the file and the step."""


def lesson_from_table(table: dict[str, Any], path: str | Path) -> Lesson:
    """Build and validate the Lesson described by ``table`` (read from ``path``)."""
    path = Path(path)
    try:
        return _lesson(table, path)
    except _Problem as exc:
        raise LessonError(path, str(exc)) from None
    except _StepProblem as exc:
        raise LessonError(path, exc.problem, exc.step) from None


class _StepProblem(Exception):
    def __init__(self, step: int, problem: str):
        super().__init__(problem)
        self.step, self.problem = step, problem


def _lesson(table: dict[str, Any], path: Path) -> Lesson:
    _known_keys(table, _LESSON_KEYS, "the lesson")
    if table.get("format", FORMAT) != FORMAT:
        raise _Problem(f"format: expected {FORMAT!r}, got {table['format']!r}")
    if table.get("version", VERSION) != VERSION:
        raise _Problem(f"version: this NN Studio reads lesson files of version {VERSION}, got {table['version']!r}")
    lesson_id = _required(table, "id", "the lesson")
    if not isinstance(lesson_id, str) or not ID_PATTERN.fullmatch(lesson_id):
        raise _Problem(f"id: expected lower-case letters, digits and dashes (e.g. gradient-descent), got {lesson_id!r}")
    title = _text(_required(table, "title", "the lesson"), "title", single_line=True)
    summary = _text(_required(table, "summary", "the lesson"), "summary")
    concepts = _concepts(_required(table, "concepts", "the lesson"))
    start, network, data = _start(table, path.parent)
    steps = table.get("step")
    if not isinstance(steps, list) or not steps or not all(isinstance(s, dict) for s in steps):
        raise _Problem("no steps: write at least one [[step]] table")
    if len(steps) > MAX_STEPS:
        raise _Problem(f"too many steps ({len(steps)}; at most {MAX_STEPS})")
    built = []
    for number, step in enumerate(steps, start=1):
        try:
            built.append(_step(step, path.parent))
        except _Problem as exc:
            raise _StepProblem(number, str(exc)) from None
    return Lesson(id=lesson_id, title=title, summary=summary, concepts=concepts, steps=tuple(built),
                  path=path, start=start, network=network, data=data)


def _start(table: dict[str, Any], folder: Path) -> tuple[tuple[Action, ...], str | None, str | None]:
    """The actions that set the lesson up: open its network, then choose its data."""
    start = []
    network, data = table.get("network"), table.get("data")
    if network is not None:
        start.append(_action({"do": "app.open_example", "name": network}, folder, "network"))
    if data is not None:
        spec = {"do": "training.set_data", "name": data}
        if "target" in table:
            spec["target"] = table["target"]
        start.append(_action(spec, folder, "data"))
    elif "target" in table:
        raise _Problem("target: a target column needs a data set (data = \"….csv\")")
    return tuple(start), network, data


def _step(step: dict[str, Any], folder: Path) -> Step:
    _known_keys(step, _STEP_KEYS, "the step")
    title = _text(_required(step, "title", "the step"), "title", single_line=True)
    text = _text(_required(step, "text", "the step"), "text")
    actions = step.get("show_me", [])
    if not isinstance(actions, list) or not all(isinstance(a, dict) for a in actions):
        raise _Problem("show_me: expected a list of actions ([[step.show_me]] tables with do = \"…\")")
    hints = step.get("hints", [])
    if not isinstance(hints, list):
        raise _Problem("hints: expected a list of texts ([[step.hints]] tables with en = … and fr = …)")
    check = step.get("check")
    return Step(title=title, text=text,
                actions=tuple(_action(a, folder, f"show_me[{i + 1}]") for i, a in enumerate(actions)),
                check=None if check is None else _check(check, "check", 1),
                hints=tuple(_text(h, f"hints[{i + 1}]") for i, h in enumerate(hints)))


def _action(spec: dict[str, Any], folder: Path, where: str) -> Action:
    name = spec.get("do")
    if name is None:
        raise _Problem(f"{where}: an action needs do = \"…\" (one of {', '.join(ACTIONS)})")
    entry = _entry(ACTIONS, name, f"{where}: unknown action", "actions")
    args = {key: value for key, value in spec.items() if key != "do"}
    _arguments(entry, args, folder, f"{where} ({name})")
    return Action(name, args)


def _check(spec: Any, where: str, depth: int) -> Check:
    if not isinstance(spec, dict):
        raise _Problem(f"{where}: expected a table such as {{ state = \"training.test_accuracy\", at_least = 0.9 }}")
    if depth > MAX_CHECK_DEPTH:
        raise _Problem(f"{where}: checks nested more than {MAX_CHECK_DEPTH} deep")
    _known_keys(spec, _CHECK_KEYS, where)
    kinds = [key for key in ("state", "answer", "all", "any") if key in spec]
    if len(kinds) != 1:
        raise _Problem(f"{where}: a check has exactly one of state, answer, all, any (found "
                       f"{', '.join(kinds) or 'none'})")
    kind = kinds[0]
    if kind in ("all", "any"):
        parts = spec[kind]
        extra = [key for key in spec if key != kind]
        if extra:
            raise _Problem(f"{where}: {kind} takes only a list of checks, not {extra[0]}")
        if not isinstance(parts, list) or not parts:
            raise _Problem(f"{where}.{kind}: expected a non-empty list of checks")
        return Check(kind, parts=tuple(_check(p, f"{where}.{kind}[{i + 1}]", depth + 1) for i, p in enumerate(parts)))
    entry = _entry(STATES, spec[kind], f"{where}: unknown state value", "state values")
    args = spec.get("args", {})
    if not isinstance(args, dict):
        raise _Problem(f"{where}.args: expected a table such as {{ k = 1 }}")
    _arguments(entry, args, None, f"{where} ({entry.name})")
    ops = [key for key in COMPARISONS if key in spec]
    tolerance = _tolerance(spec.get("tolerance"), where)
    if kind == "answer":
        if ops:
            raise _Problem(f"{where}: an answer check compares the learner's number with {entry.name}; "
                           f"remove {ops[0]}")
        if entry.value not in ("number", "integer"):
            raise _Problem(f"{where}: the learner can only be asked for a number; {entry.name} is {entry.value}")
        prompt = _text(spec["prompt"], f"{where}.prompt", single_line=True) if "prompt" in spec else None
        return Check("answer", entry.name, dict(args), tolerance=tolerance, prompt=prompt)
    if "prompt" in spec:
        raise _Problem(f"{where}: prompt belongs to an answer check")
    if len(ops) != 1:
        raise _Problem(f"{where}: compare {entry.name} with exactly one of {', '.join(COMPARISONS)}")
    op, value = ops[0], spec[ops[0]]
    _comparison(entry, op, value, where)
    if tolerance is not None and not (op == "equals" and entry.value in ("number", "any")):
        raise _Problem(f"{where}: tolerance applies to equals on a number")
    return Check("compare", entry.name, dict(args), op=op, value=value, tolerance=tolerance)


def _comparison(entry: Entry, op: str, value: Any, where: str) -> None:
    kind = entry.value
    if op == "between":
        if not (isinstance(value, list) and len(value) == 2 and all(_is_number(v) for v in value)
                and value[0] <= value[1]):
            raise _Problem(f"{where}.between: expected [low, high], two numbers, low ≤ high")
    if op != "equals":
        if kind not in ("number", "integer", "any"):
            raise _Problem(f"{where}: {entry.name} is {kind}; {op} needs a number (use equals)")
        if op != "between" and not _is_number(value):
            raise _Problem(f"{where}.{op}: expected a number, got {value!r}")
        return
    expected = {"number": _is_number, "integer": _is_integer, "bool": lambda v: isinstance(v, bool),
                "text": lambda v: isinstance(v, str),
                "integers": lambda v: isinstance(v, list) and all(_is_integer(x) for x in v),
                "any": lambda v: True}[kind]
    if not expected(value):
        raise _Problem(f"{where}.equals: {entry.name} is {kind}, got {value!r}")


def _tolerance(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if not _is_number(value) or value < 0:
        raise _Problem(f"{where}.tolerance: expected a number ≥ 0, got {value!r}")
    return float(value)


def _arguments(entry: Entry, args: dict[str, Any], folder: Path | None, where: str) -> None:
    for key in args:
        if entry.arg(key) is None:
            known = ", ".join(a.name for a in entry.args) or "no arguments"
            raise _Problem(f"{where}: unknown argument {key!r} (it takes {known})")
    for arg in entry.args:
        if arg.name not in args:
            if arg.required:
                raise _Problem(f"{where}: missing argument {arg.name!r}")
            continue
        _argument(arg, args[arg.name], args, folder, f"{where}: {arg.name}")


def _argument(arg: Arg, value: Any, args: dict[str, Any], folder: Path | None, where: str) -> None:
    kind = arg.kind
    if kind == "number":
        if not _is_number(value):
            raise _Problem(f"{where}: expected a number, got {value!r}")
    elif kind == "integer":
        if not _is_integer(value):
            raise _Problem(f"{where}: expected a whole number, got {value!r}")
    elif kind == "text":
        if not isinstance(value, str) or not value.strip():
            raise _Problem(f"{where}: expected a text, got {value!r}")
    elif kind == "integers":
        if not (isinstance(value, list) and 0 < len(value) <= 10 and all(_is_integer(v) and 1 <= v <= 1000
                                                                          for v in value)):
            raise _Problem(f"{where}: expected a list of 1 to 10 whole numbers from 1 to 1000, got {value!r}")
    elif kind == "example":
        if not isinstance(value, str) or example_file(value, folder) is None:
            raise _Problem(f"{where}: no example network or .nnet file {value!r}")
    elif kind == "dataset":
        if not isinstance(value, str) or dataset_source(value, folder) is None:
            raise _Problem(f"{where}: {value!r} is neither a built-in data set nor a CSV file in resources/data "
                           "or beside the lesson")
    elif kind == "expression":
        _expression(value, where)
    elif kind == "controls":
        if not (isinstance(value, list) and value and all(isinstance(v, str) for v in value)):
            raise _Problem(f"{where}: expected a list of controls ({', '.join(CONTROLS)})")
        for control in value:
            _choice("control", control, where)
    elif kind == "setting_value":
        _setting_value(args.get("field"), value, where)
    else:
        _choice(kind, value, where)


def _expression(value: Any, where: str) -> None:
    if not isinstance(value, str):
        raise _Problem(f"{where}: expected a formula in x, got {value!r}")
    try:
        function = make_function(value)
    except (ValueError, RecursionError) as exc:
        raise _Problem(f"{where}: {exc}") from None
    if function.dims != 1:
        raise _Problem(f"{where}: the Lab runs a lesson's function of x alone; {value!r} uses y")


def _setting_value(field: Any, value: Any, where: str) -> None:
    kind = SETTINGS.get(field)
    expected = {"integer": (_is_integer, "a whole number"), "number": (_is_number, "a number"),
                "bool": (lambda v: isinstance(v, bool), "true or false"),
                "text": (lambda v: isinstance(v, str), "a text")}[kind]
    if not expected[0](value):
        raise _Problem(f"{where}: {field} expects {expected[1]}, got {value!r}")
    try:
        TrainingSettings(**{field: value}).validate()
    except (ValueError, TypeError) as exc:
        raise _Problem(f"{where}: {exc}") from None


def _choice(kind: str, value: Any, where: str) -> None:
    choices = CHOICES[kind]
    if value not in choices:
        raise _Problem(f"{where}: {value!r} is not one of {', '.join(choices)}")


def _entry(entries: dict[str, Entry], name: Any, problem: str, what: str) -> Entry:
    if not isinstance(name, str) or name not in entries:
        raise _Problem(f"{problem} {name!r} (the app knows the {what} {', '.join(entries)})")
    return entries[name]


def _text(value: Any, where: str, single_line: bool = False) -> Text:
    if isinstance(value, str):
        raise _Problem(f"{where}: write the text in each language ({where}.en = \"…\" and {where}.fr = \"…\")")
    if not isinstance(value, dict):
        raise _Problem(f"{where}: expected a text in each language ({', '.join(LANGUAGES)})")
    _known_keys(value, LANGUAGES, where)
    for language in LANGUAGES:
        text = value.get(language)
        if not isinstance(text, str) or not text.strip():
            raise _Problem(f"{where}: no {LANGUAGE_NAMES[language]} text ({where}.{language})")
        if len(text) > MAX_TEXT:
            raise _Problem(f"{where}.{language}: too long ({len(text):,} characters; at most {MAX_TEXT:,})")
        if single_line and "\n" in text.strip():
            raise _Problem(f"{where}.{language}: a title is one line")
    return Text({language: value[language].strip() for language in LANGUAGES})


def _concepts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(c, str) for c in value):
        raise _Problem("concepts: expected a list such as [\"gradient-descent\", \"learning-rate\"]")
    for concept in value:
        if concept not in CONCEPTS:
            raise _Problem(f"concepts: {concept!r} is not a concept of the curriculum ({', '.join(CONCEPTS)})")
    return tuple(dict.fromkeys(value))


def _required(table: dict[str, Any], key: str, what: str) -> Any:
    if key not in table:
        raise _Problem(f"{what} has no {key}")
    return table[key]


def _known_keys(table: dict[str, Any], known: tuple[str, ...], where: str) -> None:
    for key in table:
        if key not in known:
            raise _Problem(f"{where}: unknown key {key!r} (expected {', '.join(known)})")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)

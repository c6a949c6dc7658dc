"""A lesson as the app uses it: texts in every language, steps, actions, checks (plain frozen data)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class LessonError(ValueError):
    """A lesson file that cannot be used; ``str()`` is one line naming the file, the step and the problem."""

    def __init__(self, path: str | Path, problem: str, step: int | None = None):
        self.path = str(path)
        self.problem = " ".join(str(problem).split())
        self.step = step
        where = f"{self.path}: step {step}" if step is not None else self.path
        super().__init__(f"{where}: {self.problem}")


@dataclass(frozen=True)
class Text:
    """One text in every language (``{"en": …, "fr": …}``)."""

    by_language: dict[str, str]

    def get(self, language: str) -> str:
        """The text in ``language``, or in English when it has none."""
        return self.by_language.get(language) or self.by_language.get("en", "")


@dataclass(frozen=True)
class Action:
    """A named action of the catalogue and its arguments (``lab.open_function``, ``{"expr": …}``)."""

    name: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Check:
    """A condition on the app's state.

    ``kind``: ``compare`` (``state`` with ``args``, ``op`` in equals/at_least/at_most/above/below/between,
    ``value``, ``tolerance`` for equals on numbers), ``answer`` (the learner types a number compared with
    the state value within ``tolerance``; ``prompt`` labels the field), ``all`` / ``any`` (of ``parts``).
    """

    kind: str
    state: str = ""
    args: dict[str, Any] = field(default_factory=dict)
    op: str = ""
    value: Any = None
    tolerance: float | None = None
    prompt: Text | None = None
    parts: tuple[Check, ...] = ()

    def answers(self) -> list[Check]:
        """The answer checks inside this check (the fields the learner types into)."""
        if self.kind == "answer":
            return [self]
        return [a for part in self.parts for a in part.answers()]

    def states(self) -> list[str]:
        """Every state value this check reads."""
        if self.kind in ("all", "any"):
            return [name for part in self.parts for name in part.states()]
        return [self.state]


@dataclass(frozen=True)
class Step:
    """One step: its text, the actions of "Show me", the check that unlocks the next step, hints."""

    title: Text
    text: Text
    actions: tuple[Action, ...] = ()
    check: Check | None = None
    hints: tuple[Text, ...] = ()


@dataclass(frozen=True)
class Lesson:
    """A lesson file: its id, texts, the concepts it covers, what it starts from, its steps."""

    id: str
    title: Text
    summary: Text
    concepts: tuple[str, ...]
    steps: tuple[Step, ...]
    path: Path
    start: tuple[Action, ...] = ()
    network: str | None = None
    data: str | None = None

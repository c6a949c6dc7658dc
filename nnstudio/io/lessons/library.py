"""Load lesson files: one file, a folder of them, the lessons shipped in ``resources/lessons``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nnstudio.resources import LESSONS

from .model import Lesson, LessonError
from .reader import read_lesson_table
from .validate import lesson_from_table

SUFFIX = ".toml"


def load_lesson(path: str | Path) -> Lesson:
    """Read and validate one lesson file; LessonError (one line: file, step, problem) otherwise."""
    return lesson_from_table(read_lesson_table(path), path)


def lesson_files(folder: str | Path) -> list[Path]:
    """The lesson files in ``folder`` and below, in name order (``01-neuron.toml``, ``02-…``)."""
    return sorted(p for p in Path(folder).rglob(f"*{SUFFIX}") if p.is_file())


def shipped_lessons() -> list[Lesson]:
    """The lessons in ``resources/lessons``, in order (they are checked by the tests)."""
    return [load_lesson(path) for path in lesson_files(LESSONS)]


@dataclass(frozen=True)
class CheckReport:
    """What ``check_paths`` found: the valid lessons and the first problem of each invalid file."""

    lessons: list[Lesson]
    errors: list[LessonError]

    def summary(self) -> str:
        if self.errors:
            more = len(self.errors) - 1
            return str(self.errors[0]) + (f" (and {more} more invalid file{'s' if more > 1 else ''})" if more else "")
        steps = sum(len(lesson.steps) for lesson in self.lessons)
        concepts = len({c for lesson in self.lessons for c in lesson.concepts})
        files = len(self.lessons)
        return (f"{files} lesson file{'s' if files != 1 else ''} valid: {steps} steps, "
                f"{concepts} concept{'s' if concepts != 1 else ''}")


def check_paths(paths: list[str | Path]) -> CheckReport:
    """Validate lesson files and folders of them; two lessons with one id are an error too."""
    lessons: list[Lesson] = []
    errors: list[LessonError] = []
    seen: dict[str, Path] = {}
    for path in map(Path, paths):
        if path.is_dir():
            files = lesson_files(path)
            if not files:
                errors.append(LessonError(path, f"no lesson files (*{SUFFIX}) in this folder"))
        else:
            files = [path]
        for file in files:
            try:
                lesson = load_lesson(file)
            except LessonError as exc:
                errors.append(exc)
                continue
            if lesson.id in seen:
                errors.append(LessonError(file, f"id {lesson.id!r} is already used by {seen[lesson.id]}"))
                continue
            seen[lesson.id] = file
            lessons.append(lesson)
    return CheckReport(lessons, errors)

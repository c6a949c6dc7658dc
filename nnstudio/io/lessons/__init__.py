"""Lesson files (TOML, docs/lessons.md): reading, validation against the catalogue, checks. Qt-free."""

from .catalogue import ACTIONS, CONCEPTS, LANGUAGES, STATES
from .checks import Outcome, evaluate, parse_number
from .library import CheckReport, check_paths, lesson_files, load_lesson, shipped_lessons
from .model import Action, Check, Lesson, LessonError, Step, Text

__all__ = [
    "ACTIONS", "CONCEPTS", "LANGUAGES", "STATES", "Action", "Check", "CheckReport", "Lesson", "LessonError",
    "Outcome", "Step", "Text", "check_paths", "evaluate", "lesson_files", "load_lesson", "parse_number",
    "shipped_lessons",
]

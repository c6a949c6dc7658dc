"""Put the Lessons panel into the host window.

``install(host)`` adds the "lessons" dock, File ▸ Open lesson…, Help ▸ Lessons and Help ▸ Welcome page,
registers ``ui.highlight`` / ``ui.hide`` / ``ui.show_all``. ``offer_welcome()`` (called when the app starts)
shows the welcome page on the very first start, never again once dismissed unless asked from the Help menu.
Install it after the other panels: lessons drive them through the names they register on ``host.hooks``.
Returns the ``LessonsParts``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from nnstudio.io.lessons import Lesson, LessonError, lesson_files, load_lesson
from nnstudio.resources import LESSONS
from nnstudio.widgets.i18n import translate

from .controls import Controls
from .panel import LessonsPanel
from .progress import LessonProgress
from .runner import LessonRunner

DOCK_ID = "lessons"
FILE_FILTER = "Lesson files (*.toml);;All files (*)"


@dataclass
class LessonsParts:
    """What ``install`` put into the window, and the entry points of ``main.py --lesson``."""

    host: object
    runner: LessonRunner
    panel: LessonsPanel
    controls: Controls
    open_action: QAction
    lessons_action: QAction
    welcome_action: QAction
    load_errors: list[str]

    def open_lesson_id(self, lesson_id: str, language: str | None = None) -> bool:
        """Start the shipped lesson ``lesson_id`` (False and a message when there is none, or when it could
        not start)."""
        if language:
            self.panel.set_language(language)
        lesson = self.panel.lesson_by_id(lesson_id)
        if lesson is None:
            known = ", ".join(item.id for item in self.panel.lessons)
            self.report(f"no lesson {lesson_id!r} (known: {known})")
            return False
        self.show()
        return self.panel.start_lesson(lesson)

    def open_file(self, path: str | Path) -> bool:
        """Open a teacher's lesson file: it joins the list and starts; a bad file gives one message (False)."""
        try:
            lesson = load_lesson(path)
        except LessonError as exc:
            self.show()
            self.panel.show_list()
            self.report(str(exc))
            return False
        self.panel.add_lesson(lesson)
        self.show()
        return self.panel.start_lesson(lesson)

    def choose_file(self) -> None:
        title = translate("LessonsPanel", "Open lesson")
        path, _ = QFileDialog.getOpenFileName(self.host.widget(), title, str(Path.home()), FILE_FILTER)
        if path:
            self.open_file(path)

    def show(self) -> None:
        self.host.show_dock(DOCK_ID)

    def show_welcome(self) -> None:
        self.show()
        self.panel.show_welcome()

    def offer_welcome(self) -> bool:
        """On the very first start (the app, not a screenshot or a test): the welcome page, until dismissed."""
        if self.runner.progress.welcome_dismissed or self.runner.lesson is not None:
            return False
        self.show_welcome()
        return True

    def report(self, message: str) -> None:
        self.panel.show_error(message)
        self.host.show_status(message, 15000)


def _shipped(errors: list[str]) -> list[Lesson]:
    """The shipped lessons; a damaged one is named and left out, the others still load."""
    lessons = []
    for path in lesson_files(LESSONS):
        try:
            lessons.append(load_lesson(path))
        except LessonError as exc:
            errors.append(str(exc))
    return lessons


def install(host) -> LessonsParts:
    window = host.widget()
    progress = LessonProgress(host.settings)
    runner = LessonRunner(host.hooks, progress, parent=window)
    controls = Controls(window)
    controls.register(host.hooks)
    panel = LessonsPanel(runner, progress)
    errors: list[str] = []
    panel.set_lessons(_shipped(errors))
    dock = host.add_dock(DOCK_ID, translate("LessonsPanel", "Lessons"), panel, "left")
    open_action = QAction(translate("LessonsPanel", "Open &Lesson…"), window)
    open_action.setStatusTip(translate("LessonsPanel", "Open a lesson file (a teacher's own lesson)"))
    lessons_action = QAction(translate("LessonsPanel", "&Lessons"), window)
    welcome_action = QAction(translate("LessonsPanel", "&Welcome Page"), window)
    parts = LessonsParts(host, runner, panel, controls, open_action, lessons_action, welcome_action, errors)
    open_action.triggered.connect(parts.choose_file)
    lessons_action.triggered.connect(lambda: (parts.show(), panel.show_list() if runner.lesson is None else None))
    welcome_action.triggered.connect(parts.show_welcome)
    panel.openFileRequested.connect(parts.choose_file)
    runner.message.connect(lambda text: host.show_status(text, 15000))  # also seen with the dock hidden
    host.menu("file").addAction(open_action)
    help_menu = host.menu("help")
    help_menu.addAction(lessons_action)
    help_menu.addAction(welcome_action)
    if errors:
        parts.report(errors[0])
    dock.hide()  # shown by a lesson, the welcome page or Help ▸ Lessons
    return parts

"""Running a lesson: the current step, its check evaluated on the app's state, attempts and hints.

The runner acts on the app only through ``hooks`` (the names the panels registered); it never imports
another panel. A check without a typed answer is evaluated live (every ``POLL_MS``); a check with one is
evaluated when the learner presses Check. A met check unlocks Next and is remembered (``progress``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from nnstudio.io.lessons import Lesson, Outcome, evaluate
from nnstudio.io.lessons.catalogue import ACTIONS
from nnstudio.io.lessons.locate import dataset_source, example_file
from nnstudio.widgets.i18n import translate

POLL_MS = 400
PAUSE_FIRST = ("app.", "network.", "training.set_data")
"""Actions that edit the network or replace it: training is paused before them."""


class LessonRunner(QObject):
    """The lesson being followed. Signals: ``changed()`` (step, check or hints changed), ``message(text)``
    (an action failed), ``finished(lesson_id)``."""

    changed = Signal()
    message = Signal(str)
    finished = Signal(str)

    def __init__(self, hooks, progress, parent=None):
        super().__init__(parent)
        self.hooks, self.progress = hooks, progress
        self.lesson: Lesson | None = None
        self.index = 0
        self.attempts = 0
        self.outcome: Outcome | None = None
        self.answers: list[str] = []
        self.language = "en"  # of the check's outcome line
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)

    # -- state ----------------------------------------------------------------------------------
    @property
    def step(self):
        return None if self.lesson is None else self.lesson.steps[self.index]

    @property
    def met(self) -> bool:
        """Whether the current step is done: no check, or its check met (now or before)."""
        step = self.step
        if step is None:
            return False
        return step.check is None or self.index in self.progress.done_steps(self.lesson.id)

    @property
    def at_last_step(self) -> bool:
        return self.lesson is not None and self.index == len(self.lesson.steps) - 1

    def hints_shown(self) -> int:
        """Hints appear one by one, after each failed attempt."""
        step = self.step
        return 0 if step is None else min(len(step.hints), self.attempts)

    # -- following ------------------------------------------------------------------------------
    def start(self, lesson: Lesson, index: int | None = None) -> bool:
        """Set up ``lesson`` (its network and data) and go to ``index`` (default: where the learner left
        it). When setting it up fails (the learner cancelled the question about saving their changes, a
        file is missing…) the lesson does not start: the learner stays where they were (the lesson they
        were following, or none), and ``message`` says why; False then."""
        if not self._perform(lesson.start, lesson, translate("LessonsPanel", "The lesson was not started: {reason}")):
            return False
        self.leave()
        self.lesson = lesson
        saved = self.progress.current(lesson.id)
        self._go(index if index is not None else (saved if 0 <= saved < len(lesson.steps) else 0))
        return True

    def leave(self) -> None:
        """Stop following the current lesson: the controls it hid come back, and training it left running
        is paused (a finished lesson must not keep the computer busy)."""
        if self.lesson is not None:
            if "ui.show_all" in self.hooks.actions:
                self._safely("ui.show_all", {})
            if "training.pause" in self.hooks.actions and self._running():
                self._safely("training.pause", {})
        self.timer.stop()
        self.lesson = None
        self.outcome = None
        self.changed.emit()

    def next(self) -> bool:
        """Go on when the step is done; True when the lesson moved (or finished)."""
        if self.lesson is None or not self.met:
            return False
        self.progress.mark_done(self.lesson.id, self.index)   # a step without a check is done once read
        if self.at_last_step:
            lesson_id = self.lesson.id
            self.progress.set_current(lesson_id, 0)
            self.leave()
            self.finished.emit(lesson_id)
            return True
        self._go(self.index + 1)
        return True

    def back(self) -> None:
        if self.lesson is not None and self.index > 0:
            self._go(self.index - 1)

    def show_me(self) -> bool:
        """Perform the step's actions; False (and a message) when one failed."""
        step = self.step
        if step is None:
            return False
        ok = self._perform(step.actions, self.lesson)
        self._poll()
        return ok

    def check(self, answers: list[str] | None = None) -> Outcome | None:
        """Evaluate the step's check now (the Check button); a miss counts as an attempt."""
        step = self.step
        if step is None or step.check is None:
            return None
        if answers is not None:
            self.answers = list(answers)
        outcome = self._evaluate()
        if not outcome.met:
            self.attempts += 1
            self.changed.emit()
        return outcome

    def set_answers(self, answers: list[str]) -> None:
        self.answers = list(answers)

    # -- internals ------------------------------------------------------------------------------
    def _go(self, index: int) -> None:
        self.index = index
        self.attempts = 0
        self.answers = []
        self.outcome = None
        self.progress.set_current(self.lesson.id, index)
        live = self.step.check is not None and not self.step.check.answers()
        if live:
            self.timer.start()
        else:
            self.timer.stop()
        self.changed.emit()
        if live:
            self._poll()

    def _poll(self) -> None:
        step = self.step
        if step is None or step.check is None or step.check.answers():
            return
        self._evaluate()

    def _evaluate(self) -> Outcome:
        outcome = evaluate(self.step.check, self._read, self.answers, self.language, show_me=bool(self.step.actions))
        was_met = self.met
        if outcome.met and not was_met:
            self.progress.mark_done(self.lesson.id, self.index)
        if outcome != self.outcome or outcome.met != was_met:
            self.outcome = outcome
            self.changed.emit()
        return outcome

    def _read(self, name: str, args: dict):
        return self.hooks.read(name, **args)

    def _running(self) -> bool:
        try:
            return bool(self.hooks.read("training.running"))
        except Exception:  # noqa: BLE001 - no training panel: nothing runs
            return False

    def _perform(self, actions, lesson: Lesson | None, failed: str | None = None) -> bool:
        """Do ``actions`` of ``lesson`` in order; at the first failure, stop and emit ``message`` (``failed``
        with ``{reason}`` replaced by the error, else the action's name and the error)."""
        if any(action.name.startswith(PAUSE_FIRST) for action in actions) and "training.pause" in self.hooks.actions:
            self._safely("training.pause", {})
        for action in actions:
            if not self._safely(action.name, self._resolved(action, lesson), failed):
                return False
        return True

    def _safely(self, name: str, args: dict, failed: str | None = None) -> bool:
        try:
            self.hooks.perform(name, **args)
        except Exception as exc:  # noqa: BLE001 - a lesson's action must never take the app down
            self.message.emit(f"{name}: {exc}" if failed is None else failed.replace("{reason}", str(exc)))
            return False
        return True

    def _resolved(self, action, lesson: Lesson | None) -> dict:
        """The action's arguments with example and data set names turned into files beside the lesson."""
        args = dict(action.args)
        folder = lesson.path.parent if lesson is not None else None
        for arg in ACTIONS[action.name].args:
            if arg.name in args and arg.kind == "example":
                found = example_file(args[arg.name], folder)
                args[arg.name] = str(found) if found is not None else args[arg.name]
            elif arg.name in args and arg.kind == "dataset":
                found = dataset_source(args[arg.name], folder)
                args[arg.name] = str(found) if found is not None else args[arg.name]
        return args

"""What a learner has done, kept in the window's QSettings: the steps met in each lesson, the step to
resume at, and whether the welcome page was dismissed."""

from __future__ import annotations

GROUP = "lessons"


class MemorySettings:
    """value/setValue/remove on a dict: progress for a host without preferences (kept for the session)."""

    def __init__(self):
        self.values: dict = {}

    def value(self, key, default=None):
        return self.values.get(key, default)

    def setValue(self, key, value) -> None:  # noqa: N802 - QSettings' name
        self.values[key] = value

    def remove(self, key) -> None:
        self.values.pop(key, None)


class LessonProgress:
    """Per-user progress; ``settings`` is a QSettings (None: kept in memory for the session)."""

    def __init__(self, settings=None):
        self.settings = settings if settings is not None else MemorySettings()

    def _key(self, *parts: str) -> str:
        return "/".join((GROUP, *parts))

    def done_steps(self, lesson_id: str) -> set[int]:
        """Indices (from 0) of the steps whose check the learner met."""
        raw = self.settings.value(self._key("done", lesson_id), "")
        text = ",".join(raw) if isinstance(raw, list) else str(raw or "")
        return {int(part) for part in text.split(",") if part.strip().isdigit()}

    def mark_done(self, lesson_id: str, index: int) -> None:
        done = self.done_steps(lesson_id) | {int(index)}
        self.settings.setValue(self._key("done", lesson_id), ",".join(map(str, sorted(done))))

    def finished(self, lesson_id: str, steps: int) -> bool:
        return len(self.done_steps(lesson_id) & set(range(steps))) == steps

    def current(self, lesson_id: str) -> int:
        try:
            return int(self.settings.value(self._key("current", lesson_id), 0))
        except (TypeError, ValueError):
            return 0

    def set_current(self, lesson_id: str, index: int) -> None:
        self.settings.setValue(self._key("current", lesson_id), int(index))

    def forget(self, lesson_id: str) -> None:
        self.settings.remove(self._key("done", lesson_id))
        self.settings.remove(self._key("current", lesson_id))

    @property
    def welcome_dismissed(self) -> bool:
        return str(self.settings.value(self._key("welcome_dismissed"), "false")).lower() == "true"

    @welcome_dismissed.setter
    def welcome_dismissed(self, value: bool) -> None:
        self.settings.setValue(self._key("welcome_dismissed"), "true" if value else "false")

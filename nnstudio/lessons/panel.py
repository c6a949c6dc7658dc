"""The Lessons dock: a welcome page, the list of lessons with progress ticks, and the current step
(its text, the fields for typed answers, the check's state, hints, Back / Show me / Check / Next)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nnstudio.io.lessons import Lesson
from nnstudio.widgets.i18n import translate

OK_COLOUR, WAIT_COLOUR, BAD_COLOUR = "#1a7f37", "#6b7280", "#b42318"
TEXT_LINES = 9
"""The step's text box shows at least this many lines (it scrolls for more)."""


def default_language() -> str:
    """French when the interface's locale is French (``--lang fr``, or a French system), else English."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {BAD_COLOUR};")
    label.hide()
    return label


class LessonsPanel(QWidget):
    """The widgets; the ``LessonRunner`` holds the state. ``openFileRequested`` asks for File ▸ Open lesson…"""

    openFileRequested = Signal()

    def __init__(self, runner, progress, parent=None):
        super().__init__(parent)
        self.runner, self.progress = runner, progress
        self.language = runner.language = default_language()
        self.lessons: list[Lesson] = []
        self.last_error = ""
        self.pages = QStackedWidget()
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._list_page())
        self.pages.addWidget(self._step_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pages)
        self.setMinimumWidth(300)
        runner.changed.connect(self.refresh)
        runner.message.connect(self.show_error)
        runner.finished.connect(self._finished)
        self.show_list()

    # -- pages ----------------------------------------------------------------------------------
    def _welcome_page(self) -> QWidget:
        page = QWidget()
        self.welcome_text = QLabel()
        self.welcome_text.setWordWrap(True)
        self.welcome_text.setTextFormat(Qt.TextFormat.RichText)
        self.welcome_start = QPushButton(translate("LessonsPanel", "Start the first lesson"))
        self.welcome_dismiss = QPushButton(translate("LessonsPanel", "Not now"))
        self.welcome_dismiss.setToolTip(translate("LessonsPanel",
                                                  "Close this page; Help ▸ Welcome page shows it again"))
        self.welcome_error = _error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.welcome_start)
        buttons.addWidget(self.welcome_dismiss)
        box = QVBoxLayout(page)
        box.addWidget(self.welcome_text)
        box.addWidget(self.welcome_error)
        box.addLayout(buttons)
        box.addStretch(1)
        self.welcome_start.clicked.connect(self._welcome_start)
        self.welcome_dismiss.clicked.connect(self.dismiss_welcome)
        return page

    def _list_page(self) -> QWidget:
        page = QWidget()
        self.list_title = QLabel(translate("LessonsPanel", "<b>Lessons</b> — the tutorials, step by step"))
        self.list_widget = QListWidget()
        self.list_widget.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.start_button = QPushButton(translate("LessonsPanel", "Start"))
        self.open_button = QPushButton(translate("LessonsPanel", "Open lesson file…"))
        self.list_error = _error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.open_button)
        box = QVBoxLayout(page)
        box.addWidget(self.list_title)
        box.addWidget(self.list_widget, 1)
        box.addWidget(self.summary)
        box.addWidget(self.list_error)
        box.addLayout(buttons)
        self.list_widget.currentRowChanged.connect(self._show_summary)
        self.list_widget.itemActivated.connect(lambda _item: self.start_selected())
        self.start_button.clicked.connect(self.start_selected)
        self.open_button.clicked.connect(self.openFileRequested)
        return page

    def _step_page(self) -> QWidget:
        page = QWidget()
        self.all_button = QPushButton(translate("LessonsPanel", "◂ All lessons"))
        self.all_button.setFlat(True)
        self.lesson_title = QLabel()
        self.lesson_title.setStyleSheet(f"color: {WAIT_COLOUR};")
        self.step_title = QLabel()
        self.step_title.setWordWrap(True)
        self.text_view = QTextBrowser()
        self.text_view.setOpenExternalLinks(True)
        # never squeezed to a few lines by the docks around (the step-through below it at 1366×768): about
        # twelve lines stay readable, the rest scrolls
        spacing = self.text_view.fontMetrics().lineSpacing()
        margins = 2 * (self.text_view.frameWidth() + round(self.text_view.document().documentMargin()))
        self.text_view.setMinimumHeight(TEXT_LINES * spacing + margins)
        self.answers_box = QWidget()
        self.answers_form = QFormLayout(self.answers_box)
        self.answers_form.setContentsMargins(0, 0, 0, 0)
        self.answer_fields: list[QLineEdit] = []
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.hints_label = QLabel()
        self.hints_label.setWordWrap(True)
        self.hints_label.setTextFormat(Qt.TextFormat.RichText)
        self.error_label = _error_label()
        self.back_button = QPushButton(translate("LessonsPanel", "Back"))
        self.show_me_button = QPushButton(translate("LessonsPanel", "Show me"))
        self.show_me_button.setToolTip(translate("LessonsPanel", "Let the app do this step for you"))
        self.check_button = QPushButton(translate("LessonsPanel", "Check"))
        self.next_button = QPushButton(translate("LessonsPanel", "Next"))
        self.lesson_title.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.all_button)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.back_button, self.show_me_button, self.check_button, self.next_button):
            buttons.addWidget(button)
        box = QVBoxLayout(page)
        box.addLayout(top)
        box.addWidget(self.lesson_title)
        box.addWidget(self.step_title)
        box.addWidget(self.text_view, 1)
        box.addWidget(self.answers_box)
        box.addWidget(self.status_label)
        box.addWidget(self.hints_label)
        box.addWidget(self.error_label)
        box.addLayout(buttons)
        self.all_button.clicked.connect(self.stop_lesson)
        self.back_button.clicked.connect(self.runner.back)
        self.show_me_button.clicked.connect(self._show_me)
        self.check_button.clicked.connect(self.check_now)
        self.next_button.clicked.connect(self._next)
        return page

    # -- list -----------------------------------------------------------------------------------
    def set_lessons(self, lessons: list[Lesson]) -> None:
        self.lessons = list(lessons)
        self._fill_list()

    def add_lesson(self, lesson: Lesson) -> None:
        """A teacher's file: it replaces a lesson of the same id, else joins the end of the list."""
        self.lessons = [known for known in self.lessons if known.id != lesson.id] + [lesson]
        self._fill_list()

    def lesson_by_id(self, lesson_id: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)

    def _fill_list(self) -> None:
        current = self.list_widget.currentRow()
        self.list_widget.clear()
        for number, lesson in enumerate(self.lessons, start=1):
            steps = len(lesson.steps)
            done = len(self.progress.done_steps(lesson.id) & set(range(steps)))
            tick = "✓ " if done == steps else ""
            count = f"  ({done}/{steps})" if 0 < done < steps else ""
            item = QListWidgetItem(f"{tick}{number}. {lesson.title.get(self.language)}{count}")
            item.setData(Qt.ItemDataRole.UserRole, lesson.id)
            item.setToolTip(", ".join(lesson.concepts))
            self.list_widget.addItem(item)
        if self.lessons:
            self.list_widget.setCurrentRow(min(max(current, 0), len(self.lessons) - 1))

    def _show_summary(self, row: int) -> None:
        lesson = self.lessons[row] if 0 <= row < len(self.lessons) else None
        self.summary.setText("" if lesson is None else " ".join(lesson.summary.get(self.language).split()))

    def start_selected(self) -> None:
        row = self.list_widget.currentRow()
        if 0 <= row < len(self.lessons):
            self.start_lesson(self.lessons[row])

    def show_list(self) -> None:
        self._fill_list()
        self.pages.setCurrentIndex(1)

    def show_welcome(self) -> None:
        first = self.lessons[0].title.get(self.language) if self.lessons else ""
        self.welcome_text.setText(translate("LessonsPanel",
            "<h3>Welcome to NN Studio</h3><p>The lessons follow the tutorials step by step inside the app: "
            "you build, train and step through networks, and the app checks each step as you go.</p>"
            "<p>The first lesson is <b>{first}</b>. Lessons are in the Lessons panel (View ▸ Panels) at any time."
            "</p>").replace("{first}", first))
        self.pages.setCurrentIndex(0)

    def dismiss_welcome(self) -> None:
        self.progress.welcome_dismissed = True
        self.show_list()

    def _welcome_start(self) -> None:
        self.progress.welcome_dismissed = True
        if self.lessons:
            self.start_lesson(self.lessons[0])

    # -- following a lesson -----------------------------------------------------------------------
    def start_lesson(self, lesson: Lesson, index: int | None = None) -> bool:
        """Start ``lesson`` and show its step; when it cannot start, the page shown stays (with the message)."""
        for label in (self.welcome_error, self.list_error, self.error_label):
            self.show_error("", label)
        self.last_error = ""
        if not self.runner.start(lesson, index):
            return False
        self.refresh()
        return True

    def stop_lesson(self) -> None:
        self.runner.leave()
        self.show_list()

    def set_language(self, language: str) -> None:
        self.language = self.runner.language = language
        self.refresh()
        self._fill_list()

    def answers(self) -> list[str]:
        return [field.text() for field in self.answer_fields]

    def check_now(self) -> None:
        self.runner.check(self.answers())
        self.refresh()

    def _show_me(self) -> None:
        self.error_label.clear()
        self.runner.show_me()

    def _next(self) -> None:
        self.error_label.clear()
        self.runner.next()

    def _finished(self, lesson_id: str) -> None:
        self.show_list()
        lesson = self.lesson_by_id(lesson_id)
        if lesson is not None:
            self.summary.setText(translate("LessonsPanel", "Lesson finished: {title}. Well done!").replace(
                "{title}", lesson.title.get(self.language)))

    def show_error(self, text: str, label: QLabel | None = None) -> None:
        """Show ``text`` on the page the learner sees (the welcome page, the list or the step)."""
        if label is None:
            label = (self.welcome_error, self.list_error, self.error_label)[self.pages.currentIndex()]
            self.last_error = text
        label.setText(text)
        label.setVisible(bool(text))

    def refresh(self) -> None:
        runner, step = self.runner, self.runner.step
        if step is None:
            if self.pages.currentIndex() == 2:
                self.show_list()
            return
        self.pages.setCurrentIndex(2)
        language = self.language
        lesson = runner.lesson
        self.lesson_title.setText(lesson.title.get(language))
        step_word = translate("LessonsPanel", "Step")
        self.step_title.setText(f"<b>{step_word} {runner.index + 1}/{len(lesson.steps)} — "
                                f"{step.title.get(language)}</b>")
        if self.text_view.property("shown") != (lesson.id, runner.index, language):
            self.text_view.setMarkdown(step.text.get(language))
            self.text_view.setProperty("shown", (lesson.id, runner.index, language))
            self._build_answer_fields(step)
        self._update_status(step)
        hints = step.hints[:runner.hints_shown()]
        word = translate("LessonsPanel", "Hint")
        self.hints_label.setText("<br>".join(f"<i>{word}:</i> {hint.get(language)}" for hint in hints))
        self.hints_label.setVisible(bool(hints))
        self.back_button.setEnabled(runner.index > 0)
        self.show_me_button.setEnabled(bool(step.actions))
        self.check_button.setVisible(step.check is not None)
        self.next_button.setEnabled(runner.met)
        finish, go_on = translate("LessonsPanel", "Finish"), translate("LessonsPanel", "Next")
        self.next_button.setText(finish if runner.at_last_step else go_on)

    def _build_answer_fields(self, step) -> None:
        while self.answers_form.rowCount():
            self.answers_form.removeRow(0)
        self.answer_fields = []
        answers = step.check.answers() if step.check is not None else []
        for answer in answers:
            field = QLineEdit()
            field.setPlaceholderText(translate("LessonsPanel", "your number, e.g. 2.3"))
            field.returnPressed.connect(self.check_now)
            prompt = (answer.prompt.get(self.language) if answer.prompt is not None
                      else translate("LessonsPanel", "Answer"))
            self.answers_form.addRow(prompt, field)
            self.answer_fields.append(field)
        self.answers_box.setVisible(bool(answers))

    def _update_status(self, step) -> None:
        runner = self.runner
        self.status_label.setToolTip("")
        if step.check is None:
            self.status_label.setText("")
            return
        if runner.met:
            # a typed answer's line is for the learner ("right: the app computes 0.0296"); a live check's line
            # names the app's state values (for teachers): it goes to the tooltip
            self.status_label.setStyleSheet(f"color: {OK_COLOUR};")
            detail = runner.outcome.detail if runner.outcome is not None and runner.outcome.met else ""
            shown = f" — {detail}" if detail and step.check.kind == "answer" else ""
            self.status_label.setToolTip("" if shown else detail)
            self.status_label.setText("✓ " + translate("LessonsPanel", "Done") + shown)
            return
        outcome = runner.outcome
        if step.check.answers():
            text = translate("LessonsPanel", "Type your answer and press Check.") if outcome is None else outcome.detail
            colour = WAIT_COLOUR if outcome is None else BAD_COLOUR
        else:
            # the learner reads what to do; the check's own line (state names, for teachers) is the tooltip
            text = (translate("LessonsPanel", "Not done yet: do what the step asks, or press Show me.") if step.actions
                    else translate("LessonsPanel", "Not done yet: do what the step asks."))
            self.status_label.setToolTip(outcome.detail if outcome is not None else "")
            colour = WAIT_COLOUR
        self.status_label.setStyleSheet(f"color: {colour};")
        self.status_label.setText(text)

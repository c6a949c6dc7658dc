"""The analytic tab: controls on the left, the plot with the paths, the table and the outcomes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from nnstudio.engine.gd import AnalyticFunction, GDResult, compare_learning_rates
from nnstudio.io.numbers import localize
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from ..style import PATH_COLORS
from ..widgets import MessageLabel
from .function_panel import CUSTOM, FunctionPanel
from .optimizer_panel import OptimizerPanel
from .plot import AnalyticPlot, run_summary
from .table import IterationTable

PLAY, PAUSE = QT_TRANSLATE_NOOP("Lab", "Animate"), QT_TRANSLATE_NOOP("Lab", "Pause")


class AnalyticTab(QWidget):
    """Runs gradient descent (engine ``compare_learning_rates``) whenever an input changes, and shows
    the runs at once (Run) or step by step (Play / Step)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.results: list[GDResult] = []
        self.visible: int | None = None
        self._function: AnalyticFunction | None = None
        self.functions = FunctionPanel()
        self.descent = OptimizerPanel()
        self.plot = AnalyticPlot()
        self.table = IterationTable()
        self.run_choice = QComboBox()
        self.outcomes = QLabel()
        self.outcomes.setWordWrap(True)
        self.outcomes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.outcomes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = MessageLabel()
        self.timer = QTimer(self)
        self._make_buttons()
        self._layout()
        self.functions.changed.connect(self._inputs_changed)
        self.descent.changed.connect(self.recompute)
        self.plot.startMoved.connect(self._start_dragged)
        self.run_choice.currentIndexChanged.connect(self._table_run_chosen)
        self.timer.timeout.connect(self._tick)
        self._inputs_changed()

    def _make_buttons(self) -> None:
        icon = self.style().standardIcon
        pixmap = QStyle.StandardPixmap
        self.run_button = QPushButton(translate("Lab", "Show all steps"))
        self.play_button = QPushButton(icon(pixmap.SP_MediaPlay), translate("Lab", PLAY))
        self.step_button = QPushButton(icon(pixmap.SP_MediaSeekForward), translate("Lab", "Step"))
        self.rewind_button = QPushButton(icon(pixmap.SP_MediaSkipBackward), translate("Lab", "Start"))
        self.run_button.setToolTip(translate("Lab", "Draw every step of every run at once"))
        self.play_button.setToolTip(translate("Lab", "Play the runs step by step (press again to pause)"))
        self.step_button.setToolTip(translate("Lab", "One more step"))
        self.rewind_button.setToolTip(translate("Lab", "Back to the start point"))
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(1, 30)
        self.speed.setValue(4)
        self.speed.setToolTip(translate("Lab", "Animation speed (steps per second)"))
        self.run_button.clicked.connect(self.run)
        self.play_button.clicked.connect(self.toggle_play)
        self.step_button.clicked.connect(self.step)
        self.rewind_button.clicked.connect(self.rewind)
        self.speed.valueChanged.connect(lambda v: self.timer.setInterval(int(1000 / v)))
        self.timer.setInterval(int(1000 / self.speed.value()))

    def _layout(self) -> None:
        controls = QWidget()
        column = QVBoxLayout(controls)
        column.addWidget(self.functions)
        column.addWidget(self.descent)
        buttons = QHBoxLayout()
        for b in (self.rewind_button, self.step_button, self.play_button):
            buttons.addWidget(b)
        column.addLayout(buttons)
        speed = QHBoxLayout()
        speed.addWidget(QLabel(translate("Lab", "speed")))
        speed.addWidget(self.speed)
        column.addLayout(speed)
        column.addWidget(self.run_button)
        column.addWidget(self.problem)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(controls)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(370)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bottom = QWidget()
        row = QHBoxLayout(bottom)
        row.setContentsMargins(0, 0, 0, 0)
        table_box = QVBoxLayout()
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(translate("Lab", "Iterations of")))
        chooser.addWidget(self.run_choice, 1)
        table_box.addLayout(chooser)
        table_box.addWidget(self.table)
        row.addLayout(table_box, 3)
        outcome_box = QVBoxLayout()
        outcome_box.addWidget(QLabel(translate("Lab", "<b>Outcome of each learning rate</b>")))
        outcome_box.addWidget(self.outcomes, 1)
        row.addLayout(outcome_box, 2)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.plot)
        right.addWidget(bottom)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(scroll)
        main.addWidget(right)
        main.setStretchFactor(1, 1)
        main.setSizes([380, 820])
        layout = QHBoxLayout(self)
        layout.addWidget(main)

    # -- running --------------------------------------------------------------------------------
    def recompute(self) -> None:
        """Run the engine for the current inputs and show every step (stops an animation)."""
        self.timer.stop()
        self._set_playing(False)
        self.results = self._compute()
        self.visible = None
        self._show_results()

    def _compute(self) -> list[GDResult]:
        function = self.functions.function
        self.descent.error.clear_message()
        self.problem.clear_message()
        if function is None:
            return []
        try:
            lrs = self.descent.learning_rates()
        except ValueError as exc:
            self.descent.error.show_error(str(exc))
            return []
        try:
            return compare_learning_rates(function, self.functions.start(), lrs, self.descent.steps.value(),
                                          self.descent.name, **self.descent.params())
        except ValueError as exc:
            self.problem.show_error(translate("Lab", "Cannot run: {error}").format(error=exc))
            return []

    def run(self) -> None:
        """Show all steps at once."""
        self.timer.stop()
        self._set_playing(False)
        if not self.results:
            self.results = self._compute()
        self.visible = None
        self._show_results()

    def toggle_play(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self._set_playing(False)
            return
        if not self.results:
            return
        if self.visible is None or self.visible >= self._last_step():
            self.visible = 0
            self._show_visible()
        self.timer.start()
        self._set_playing(True)

    def step(self) -> None:
        self.timer.stop()
        self._set_playing(False)
        if self.results:
            self.visible = 0 if self.visible is None or self.visible >= self._last_step() else self.visible + 1
            self._show_visible()

    def rewind(self) -> None:
        self.timer.stop()
        self._set_playing(False)
        self.visible = 0
        self._show_visible()

    def _tick(self) -> None:
        if self.visible is None or self.visible >= self._last_step():
            self.timer.stop()
            self._set_playing(False)
            return
        self.visible += 1
        self._show_visible()

    def _set_playing(self, playing: bool) -> None:
        pixmap = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(pixmap))
        self.play_button.setText(translate("Lab", PAUSE if playing else PLAY))

    def _last_step(self) -> int:
        return max((r.steps for r in self.results), default=0)

    # -- showing --------------------------------------------------------------------------------
    def _show_results(self) -> None:
        self.plot.set_runs(self.results, self.visible)
        current = self.run_choice.currentIndex()
        self.run_choice.blockSignals(True)
        self.run_choice.clear()
        for r in self.results:
            self.run_choice.addItem(localize(f"η = {r.lr:g}"))
        self.run_choice.setCurrentIndex(min(max(current, 0), len(self.results) - 1))
        self.run_choice.blockSignals(False)
        self._table_run_chosen()
        self.outcomes.setText(outcomes_html(self.results) if self.functions.function is not None
                              else translate("Lab", "<i>No run: fix the formula first.</i>"))

    def _show_visible(self) -> None:
        self.plot.show_steps(self.visible)
        self.table.iterations.set_visible(self.visible)
        self.table.scrollToBottom()

    def _table_run_chosen(self, *_args) -> None:
        index = self.run_choice.currentIndex()
        run = self.results[index] if 0 <= index < len(self.results) else None
        self.table.iterations.set_run(run, self.visible)

    # -- inputs ---------------------------------------------------------------------------------
    def _inputs_changed(self) -> None:
        function = self.functions.function
        if function is not None and function is not self._function:
            self._function = function
            self.descent.suggested_lr = function.suggested_lr
            if self.functions.preset != CUSTOM:
                self.descent.rates.setText(localize(f"{function.suggested_lr:g}"))
            self.plot.set_function(function, self.functions.start())
        elif function is not None:
            self._place_start()
        else:
            title = translate("Lab", "The formula has an error: this is still the last valid function")
            self.plot.plot.getPlotItem().setTitle(title, color="#b00020", size="10pt")
        self.recompute()

    def _place_start(self) -> None:
        start = self.functions.start()
        box = self.plot.box
        inside = box is not None and box.x0 <= start[0] <= box.x1 and (
            len(start) == 1 or box.y0 <= start[1] <= box.y1)
        if inside:
            self.plot.place_start(start)
        else:
            self.plot.set_function(self.functions.function, start)

    def _start_dragged(self, point) -> None:
        self.functions.set_start(point, emit=False)
        self.recompute()


def outcomes_html(results: list[GDResult]) -> str:
    """One coloured line per run: where it ended, or why it diverged."""
    if not results:
        return translate("Lab", "<i>No run.</i>")
    lines = []
    for k, r in enumerate(results):
        color = "#{:02x}{:02x}{:02x}".format(*PATH_COLORS[k % len(PATH_COLORS)])
        line = f"<span style='color:{color}'>●</span> {run_summary(r)}"
        if r.diverged:
            line += f"<br><span style='color:#777'>&nbsp;&nbsp;&nbsp;{localize(r.reason)}</span>"
        lines.append(line)
    return "<br>".join(lines)

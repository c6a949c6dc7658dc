"""The Lessons panel in the real main window: every shipped lesson driven to its end by a learner who
uses the app's own widgets (the Lab's fields, the step-through's buttons, the training panel's Play and
settings, the lesson's answer fields), each check first shown to fail before its action is done; the
catalogue fully implemented; progress, the welcome page and teachers' files."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QMessageBox

from nnstudio.app.main_window import MainWindow
from nnstudio.app.settings import app_settings
from nnstudio.io.lessons import ACTIONS, STATES, shipped_lessons
from nnstudio.io.lessons.catalogue import CONTROLS
from nnstudio.lessons.controls import find_control
from nnstudio.resources import LESSONS

pytestmark = pytest.mark.usefixtures("no_training_left_running")
TRAIN_TIMEOUT = 60_000


@pytest.fixture
def app_window(qtbot):
    w = MainWindow(settings=app_settings())
    w.interactive = False
    w.ask_save_choice = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    training = w.panels["training"].controller
    training.shutdown()
    lab = w.panels["lab"].window
    if lab is not None:
        lab.shutdown()
        lab.close()
    w.undo_stack.setClean()
    w.document.dirty = False
    w.close()


class Learner:
    """Drives the app as a learner would: clicks, typing, the panels' own widgets."""

    def __init__(self, qtbot, window):
        self.qtbot, self.window = qtbot, window
        self.parts = window.panels["lessons"]
        self.panel, self.runner = self.parts.panel, self.parts.runner
        self.training = window.panels["training"]
        self.stepper = window.panels["stepper"]
        self.lab = window.panels["lab"]

    # -- generic gestures ---------------------------------------------------------------------------
    def click(self, button) -> None:
        assert button.isEnabled(), button.text()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def type_into(self, field, text: str, enter: bool = True) -> None:
        field.clear()
        self.qtbot.keyClicks(field, text)
        if enter:
            self.qtbot.keyClick(field, Qt.Key.Key_Return)

    def answer(self, *texts) -> None:
        for field, text in zip(self.panel.answer_fields, texts, strict=True):
            self.type_into(field, str(text), enter=False)
        self.click(self.panel.check_button)

    # -- the lesson panel ---------------------------------------------------------------------------
    def start(self, lesson_id: str):
        self.parts.show()
        for row in range(self.panel.list_widget.count()):
            if self.panel.list_widget.item(row).data(Qt.ItemDataRole.UserRole) == lesson_id:
                self.panel.list_widget.setCurrentRow(row)
        self.click(self.panel.start_button)
        assert self.runner.lesson is not None and self.runner.lesson.id == lesson_id
        return self.runner.lesson

    def check_fails_first(self) -> None:
        """Before the learner acts, the step's check is not met: Next stays locked, and a failed answer
        (or Check press) counts as an attempt that brings the first hint."""
        step = self.runner.step
        self.runner._poll()
        assert not self.runner.met, f"step {self.runner.index + 1} is met before its action"
        assert not self.panel.next_button.isEnabled()
        if step.check.answers():
            self.answer(*["12345"] * len(self.panel.answer_fields))
        else:
            self.click(self.panel.check_button)
        assert not self.runner.met and not self.panel.next_button.isEnabled()
        if step.hints:
            assert self.panel.hints_label.isVisibleTo(self.panel) and step.hints[0].get("en") in \
                self.panel.hints_label.text().replace("&amp;", "&") or self.panel.language != "en"

    def wait_met(self, timeout: int = 10_000) -> None:
        self.qtbot.waitUntil(lambda: self.panel.next_button.isEnabled(), timeout=timeout)

    def next(self) -> None:
        self.click(self.panel.next_button)

    # -- the app's panels ---------------------------------------------------------------------------
    def play(self) -> None:
        settings = self.training.panel.settings_box
        if hasattr(settings, "until_stopped") and not settings.until_stopped.isChecked():
            settings.until_stopped.setChecked(True)
        ctl = self.training.controller
        if not ctl.running:
            self.click(self.training.panel.run_bar.play)

    def play_epochs(self, epochs: int) -> None:
        settings = self.training.panel.settings_box
        if hasattr(settings, "until_stopped"):
            settings.until_stopped.setChecked(False)
        settings.epochs.setValue(epochs)
        self.click(self.training.panel.run_bar.play)

    def pause(self) -> None:
        ctl = self.training.controller
        if ctl.running:
            self.click(self.training.panel.run_bar.play)
        self.qtbot.waitUntil(lambda: not ctl.running, timeout=10_000)

    def reset(self) -> None:
        self.pause()
        self.click(self.training.panel.run_bar.reset)

    def set_learning_rate(self, value: float) -> None:
        self.type_into(self.training.panel.settings_box.lr.field, f"{value:g}")

    def set_batch(self, value: int) -> None:
        self.training.panel.settings_box.batch.setValue(value)

    def choose(self, combo, data) -> None:
        index = combo.findData(data)
        assert index >= 0, data
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    def train_until(self, predicate, timeout: int = TRAIN_TIMEOUT) -> None:
        self.qtbot.waitUntil(predicate, timeout=timeout)

    def step_through(self, kind: str, layer: int | None = None) -> None:
        if not self.stepper.controller.active:
            self.stepper.action.trigger()          # the toolbar's Step through (F8)
        ctl = self.stepper.controller
        assert ctl.active
        while not (ctl.st.current.kind == kind and (layer is None or ctl.st.current.layer == layer)):
            self.click(self.stepper.panel.nav.next_button)

    def leave_step_through(self) -> None:
        if self.stepper.controller.active:
            self.stepper.action.trigger()

    def sample(self):
        """The step-through's sample as the learner reads it: inputs x and targets y."""
        X, Y, _ = self.stepper.controller.inputs()
        return X[0], Y[0]

    def lab_tab(self):
        return self.lab.window.analytic

    def open_lab(self, formula: str, x0: float, eta: float) -> None:
        self.lab.action.trigger()                   # Lab ▸ Gradient-descent lab…
        tab = self.lab_tab()
        self.type_into(tab.functions.formula, formula, enter=False)
        tab.functions.x0.setValue(x0)
        self.set_lab_eta(eta)
        self.click(tab.rewind_button)

    def set_lab_eta(self, eta: float) -> None:
        self.type_into(self.lab_tab().descent.rates, f"{eta:g}")


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward(net, x):
    """The forward pass written out by hand (independent of the engine's trace): z and a per layer."""
    zs, acts, a = [None], [np.asarray(x, float)], np.asarray(x, float)
    for l in range(1, len(net.sizes)):
        z = net.weights[l] @ a + net.biases[l]
        name = net.activations[l - 1]
        if name == "sigmoid":
            a = sigmoid(z)
        elif name == "tanh":
            a = np.tanh(z)
        elif name == "softmax":
            e = np.exp(z - z.max())
            a = e / e.sum()
        else:
            a = z
        zs.append(z)
        acts.append(a)
    return zs, acts


# --- one script per shipped lesson: a callable per step -------------------------------------------------

def neuron(le: Learner):
    net = le.window.document.network

    def highlight(le):
        le.click(le.panel.show_me_button)   # a step without a check: Show me points at the canvas…
        assert find_control("canvas", le.window) is not None
        dropout = find_control("training.dropout", le.window)
        assert dropout.isHidden()                               # …and hides what the lesson does not need
        le.hidden_until_the_end = dropout

    def open_stepper(le):
        le.step_through("forward")

    def compute_z(le):
        x, _ = le.sample()
        le.answer(f"{forward(net, x)[0][1][0]:.4f}".replace(".", ","))   # a French learner types a comma

    def compute_a(le):
        x, _ = le.sample()
        le.answer(f"{forward(net, x)[1][1][0]:.4f}")

    def train(le):
        le.leave_step_through()
        le.play()
        le.train_until(lambda: le.runner.met)
        le.pause()

    return [highlight, open_stepper, compute_z, compute_a, train]


def activation_functions(le: Learner):
    def explain(le):
        pass

    def with_activation(name, reach):
        def act(le):
            le.pause()
            le.click(le.panel.show_me_button)   # sets the hidden activation, resets and plays
            assert le.window.document.network.activations[0] == name
            for attempt in range(3):
                try:
                    le.train_until(reach, timeout=20_000)
                    break
                except Exception:
                    if attempt == 2:
                        raise
                    le.reset()                  # a dead ReLU: fresh weights, as the lesson says
                    le.play()
            le.wait_met()
            le.pause()
        return act

    return [explain,
            with_activation("identity", lambda: le.training.controller.epoch >= 200),
            with_activation("tanh", lambda: le.runner.met),
            with_activation("relu", lambda: le.runner.met)]


def forward_pass(le: Learner):
    net = le.window.document.network

    def start(le):
        le.step_through("forward")

    def z1(le):
        x, _ = le.sample()
        le.answer(f"{forward(net, x)[0][1][0]:.5f}")

    def a2(le):
        x, _ = le.sample()
        le.answer(f"{forward(net, x)[1][1][1]:.5f}")

    def output(le):
        x, _ = le.sample()
        le.answer(f"{forward(net, x)[1][2][0]:.5f}")

    return [start, z1, a2, output]


def softmax_and_loss(le: Learner):
    net = le.window.document.network

    def start(le):
        le.step_through("forward")

    def a1(le):
        x, _ = le.sample()
        z = forward(net, x)[0][1]
        assert forward(net, x)[1][1].sum() == pytest.approx(1.0)
        le.answer(f"{math.exp(z[0]) / np.exp(z).sum():.5f}")

    def loss(le):
        x, y = le.sample()
        a = forward(net, x)[1][1]
        le.step_through("loss")
        le.answer(f"{-math.log(a[int(np.argmax(y))]):.5f}")

    def train(le):
        le.leave_step_through()
        le.play()
        le.train_until(lambda: le.runner.met)
        le.pause()

    return [start, a1, loss, train]


def backpropagation(le: Learner):
    net = le.window.document.network
    hand = {}

    def loss_step(le):
        le.step_through("loss")
        x, y = le.sample()
        zs, acts = forward(net, x)
        d_out = acts[2][0] - y[0]                             # sigmoid + BCE: δ = ŷ − y
        w1 = net.weights[2][0, 0]
        d_h1 = w1 * d_out * acts[1][0] * (1 - acts[1][0])     # δ₁ = w₁·δ·σ′(z₁)
        grad = d_out * acts[1][0]
        eta = le.stepper.controller.learning_rate
        hand.update(d_out=d_out, d_h1=d_h1, grad=grad, new=w1 - eta * grad)

    def output_delta(le):
        le.answer(f"{hand['d_out']:.5f}")

    def hidden_delta(le):
        assert le.stepper.controller.st.current.kind == "loss"   # computed before the step-through shows it
        le.answer(f"{hand['d_h1']:.6f}")
        le.step_through("backward", 1)

    def gradient(le):
        le.answer(f"{hand['grad']:.6f}")

    def update(le):
        le.answer(f"{hand['new']:.6f}")
        le.step_through("update")

    return [loss_step, output_delta, hidden_delta, gradient, update]


def gradient_descent(le: Learner):
    def open_lab(le):
        le.open_lab("x^2 - x + 1", 5, 0.3)

    def x1(le):
        le.answer("2.3")                                        # 5 − 0.3·(2·5 − 1)
        le.click(le.lab_tab().step_button)

    def x2(le):
        le.answer("1,22")                                       # 2.3 − 0.3·(2·2.3 − 1)

    def minimum(le):
        le.click(le.lab_tab().run_button)

    return [open_lab, x1, x2, minimum]


def learning_rate(le: Learner):
    def small(le):
        le.open_lab("x^2 - x + 1", 5, 0.01)

    def overshoot(le):
        le.set_lab_eta(0.8)
        le.click(le.lab_tab().run_button)

    def diverge(le):
        le.set_lab_eta(1.1)
        le.click(le.lab_tab().run_button)

    def network_diverges(le):
        le.set_learning_rate(10)
        le.play()
        le.train_until(lambda: le.runner.met)
        le.pause()

    def back(le):
        le.set_learning_rate(0.1)
        le.reset()
        le.play()
        le.train_until(lambda: le.runner.met)
        le.pause()

    return [small, overshoot, diverge, network_diverges, back]


def batch_and_epochs(le: Learner):
    def count(le):
        le.answer("14")                                         # ⌈140 / 10⌉

    def full_batch(le):
        le.set_batch(140)
        le.reset()
        le.play()
        le.train_until(lambda: le.runner.met)
        le.pause()

    def one_sample(le):
        le.set_batch(1)
        le.reset()
        le.play()
        le.train_until(lambda: le.runner.met)
        le.pause()

    return [count, full_batch, one_sample]


def overfitting_regularization(le: Learner):
    def recipe(le):
        le.click(le.panel.show_me_button)                      # data, network and settings in one go
        assert le.window.document.network.sizes == [2, 16, 16, 1]
        le.train_until(lambda: not le.training.controller.running and le.training.controller.epoch >= 300)
        le.wait_met()

    def regularise(kind, rate):
        def act(le):
            le.choose(le.training.panel.settings_box.reg, kind)
            le.type_into(le.training.panel.settings_box.reg_rate, f"{rate:g}")
            le.reset()
            le.play_epochs(300)
            le.train_until(lambda: not le.training.controller.running and le.training.controller.epoch >= 300)
            le.wait_met()
        return act

    return [recipe, regularise("l2", 0.01), regularise("l1", 0.003)]


def dropout(le: Learner):
    def recipe(le):
        le.click(le.panel.show_me_button)
        le.train_until(lambda: not le.training.controller.running and le.training.controller.epoch >= 300)
        le.wait_met()

    def with_dropout(le):
        le.training.panel.settings_box.dropout.setValue(0.5)
        le.reset()
        le.play_epochs(300)
        le.train_until(lambda: not le.training.controller.running and le.training.controller.epoch >= 300)
        le.wait_met()

    def dropconnect(le):
        settings = le.training.panel.settings_box
        settings.dropout.setValue(0.0)
        settings.dropconnect.setValue(0.3)
        le.reset()
        le.play_epochs(300)
        le.train_until(lambda: not le.training.controller.running and le.training.controller.epoch >= 300)
        le.wait_met()

    return [recipe, with_dropout, dropconnect]


def numpy_from_scratch(le: Learner):
    def look(le):
        pass

    def stepper(le):
        le.step_through("forward")

    def update(le):
        le.step_through("update")

    def train(le):
        le.leave_step_through()
        le.play()
        le.train_until(lambda: le.runner.met)
        le.pause()

    def freecodecamp(le):
        le.click(le.panel.show_me_button)                      # opens freeCodeCamp's network, bugs fixed
        net = le.window.document.network
        assert (net.sizes, net.loss, net.use_bias[1:]) == ([3, 4, 1], "bce", [True, True])
        le.play()
        le.train_until(lambda: le.runner.met)
        le.pause()

    return [look, stepper, update, train, freecodecamp]


def pytorch_mlp(le: Learner):
    def count(le):
        le.answer(str(2 * 5 + 5 + 5 * 3 + 3 + 3 * 1 + 1))

    def train(le):
        le.play()
        le.train_until(lambda: le.runner.met)
        le.pause()

    def stepper(le):
        le.step_through("forward")

    return [count, train, stepper]


def mushrooms(le: Learner):
    def load(le):
        le.click(le.panel.show_me_button)                      # Open CSV… with class as the target
        assert le.window.document.network.sizes == [98, 5, 3, 1]

    def train(le):
        le.play()
        le.train_until(lambda: le.runner.met)
        le.pause()

    def read(le):
        pass

    return [load, train, read]


def housing(le: Learner):
    def load(le):
        le.click(le.panel.show_me_button)
        assert le.window.document.network.sizes[0] == 13

    def train(le):
        le.play()
        le.train_until(lambda: le.runner.met, timeout=120_000)
        le.pause()

    def read(le):
        pass

    return [load, train, read]


SCRIPTS = {"neuron": neuron, "activation-functions": activation_functions, "forward-pass": forward_pass,
           "softmax-and-loss": softmax_and_loss, "backpropagation": backpropagation,
           "gradient-descent": gradient_descent, "learning-rate": learning_rate, "batch-and-epochs": batch_and_epochs,
           "overfitting-regularization": overfitting_regularization, "dropout": dropout,
           "numpy-from-scratch": numpy_from_scratch, "pytorch-mlp": pytorch_mlp, "mushrooms": mushrooms,
           "housing": housing}


def test_every_shipped_lesson_has_a_learner_script():
    assert set(SCRIPTS) == {lesson.id for lesson in shipped_lessons()}


@pytest.mark.parametrize("lesson_id", list(SCRIPTS))
def test_a_learner_follows_the_lesson_to_its_end(qtbot, app_window, lesson_id):
    le = Learner(qtbot, app_window)
    lesson = le.start(lesson_id)
    script = SCRIPTS[lesson_id](le)
    assert len(script) == len(lesson.steps)
    for index, act in enumerate(script):
        assert le.runner.index == index
        step = lesson.steps[index]
        if step.check is not None:
            le.check_fails_first()
        act(le)
        le.wait_met(timeout=TRAIN_TIMEOUT)
        le.next()
    assert le.runner.lesson is None
    if getattr(le, "hidden_until_the_end", None) is not None:
        assert not le.hidden_until_the_end.isHidden()            # the lesson's end shows them again
    assert le.parts.runner.progress.finished(lesson_id, len(lesson.steps))
    assert le.panel.list_widget.item([x.id for x in le.panel.lessons].index(lesson_id)).text().startswith("✓")


# --- the panel itself ----------------------------------------------------------------------------------

def test_every_declared_name_is_implemented_once_the_app_is_up(app_window):
    hooks = app_window.hooks
    assert set(ACTIONS) <= set(hooks.actions), set(ACTIONS) - set(hooks.actions)
    assert set(STATES) <= set(hooks.states), set(STATES) - set(hooks.states)
    hooks.perform("lab.open_function", expr="x^2", x0=1, eta=0.1)
    hooks.perform("stepper.start", step="forward")
    missing = [name for name in CONTROLS if find_control(name, app_window) is None]
    assert not missing, missing
    for name in CONTROLS:
        hooks.perform("ui.highlight", control=name)


def test_ui_hide_hides_controls_until_the_lesson_ends(qtbot, app_window):
    le = Learner(qtbot, app_window)
    le.start("gradient-descent")
    play = find_control("training.play", app_window)
    assert play.isVisibleTo(app_window)
    app_window.hooks.perform("ui.hide", controls=["training.play", "training.reset"])
    assert not play.isVisibleTo(app_window)
    le.click(le.panel.all_button)
    assert play.isVisibleTo(app_window)


def test_progress_and_the_welcome_page_persist_between_sessions(qtbot):
    first = MainWindow(settings=app_settings())
    first.interactive = False
    qtbot.addWidget(first)
    parts = first.panels["lessons"]
    assert parts.offer_welcome()                                 # the welcome page on the very first start
    assert parts.panel.pages.currentIndex() == 0
    le = Learner(qtbot, first)
    le.click(parts.panel.welcome_dismiss)
    lesson = le.start("batch-and-epochs")
    le.answer("14")
    assert le.runner.met
    le.next()
    first.panels["training"].controller.shutdown()
    first.undo_stack.setClean()
    first.close()
    second = MainWindow(settings=app_settings())
    qtbot.addWidget(second)
    again = second.panels["lessons"]
    assert not again.offer_welcome()                             # dismissed: never shown again…
    assert again.panel.pages.currentIndex() == 1
    assert "(1/3)" in again.panel.list_widget.item(7).text()      # the step done is remembered
    again.welcome_action.trigger()                               # …unless asked from the Help menu
    assert again.panel.pages.currentIndex() == 0
    again.open_lesson_id("batch-and-epochs")
    assert again.runner.index == 1 and again.runner.lesson.id == lesson.id
    second.panels["training"].controller.shutdown()
    second.undo_stack.setClean()
    second.close()


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "the file is empty"),
    (b"\x00\x01\x02binary", "a binary file"),
    ((LESSONS / "06-gradient-descent.toml").read_bytes()[:900], "not valid TOML"),
    ((LESSONS / "06-gradient-descent.toml").read_bytes().replace(b"lab.iterate", b"lab.iterat", 1),
     "unknown state value 'lab.iterat'"),
    (b"# " + b"x" * 300_000, "too large for a lesson"),
])
def test_a_damaged_lesson_file_gives_one_message_and_the_app_keeps_running(qtbot, app_window, tmp_path,
                                                                         content, expected):
    path = tmp_path / "teacher.toml"
    path.write_bytes(content)
    parts = app_window.panels["lessons"]
    assert not parts.open_file(path)
    message = parts.panel.list_error.text()
    assert expected in message and str(path) in message and "\n" not in message
    assert expected in app_window.statusBar().currentMessage()
    assert parts.runner.lesson is None and app_window.isVisible()
    assert parts.open_lesson_id("gradient-descent")               # and lessons still work


def test_a_teachers_lesson_file_joins_the_list_and_starts(qtbot, app_window, tmp_path):
    source = (LESSONS / "06-gradient-descent.toml").read_text(encoding="utf-8")
    path = tmp_path / "my-lesson.toml"
    path.write_text(source.replace('id = "gradient-descent"', 'id = "my-lesson"'), encoding="utf-8")
    parts = app_window.panels["lessons"]
    assert parts.open_file(path)
    assert parts.runner.lesson.id == "my-lesson" and parts.panel.lessons[-1].id == "my-lesson"


def test_french_texts_and_a_decimal_comma(qtbot, app_window):
    le = Learner(qtbot, app_window)
    le.panel.set_language("fr")
    le.start("gradient-descent")
    assert "descente de gradient" in le.panel.text_view.toPlainText()
    le.click(le.panel.show_me_button)
    le.wait_met()
    le.next()
    assert le.panel.answers_form.labelForField(le.panel.answer_fields[0]).text() == "x₁ ="
    le.answer("2,3")
    assert le.runner.met


def test_main_opens_on_a_lesson_and_renders_it(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    out = tmp_path / "lesson.png"
    done = subprocess.run([sys.executable, str(root / "main.py"), "--lesson", "backpropagation", "--screenshot",
                           str(out), "--size", "1366x768"], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 20_000
    bad = subprocess.run([sys.executable, str(root / "main.py"), "--lesson", "no-such-lesson", "--screenshot",
                          str(tmp_path / "x.png")], capture_output=True, text=True, timeout=120, env=env)
    assert bad.returncode == 2 and "no lesson 'no-such-lesson'" in bad.stderr


# --- a learner's review: the lesson that could not start, the squeezed text, the status lines, training left
# running, the highlight on the canvas --------------------------------------------------------------------

def _select(panel, lesson_id: str) -> None:
    ids = [lesson.id for lesson in panel.lessons]
    panel.list_widget.setCurrentRow(ids.index(lesson_id))


def test_a_lesson_whose_network_is_not_opened_does_not_start(qtbot, app_window):
    """The learner cancels "Save the changes…?": the lesson does not start on the wrong network, and the
    message is on the page they see (and in the status bar)."""
    le = Learner(qtbot, app_window)
    parts, panel = le.parts, le.panel
    parts.show()
    app_window.document.dirty = True                              # unsaved work of the learner's
    app_window.ask_save_choice = lambda: QMessageBox.StandardButton.Cancel
    network = app_window.document.network
    _select(panel, "batch-and-epochs")
    le.click(panel.start_button)
    assert parts.runner.lesson is None and app_window.document.network is network
    assert panel.pages.currentIndex() == 1                        # still the list…
    assert panel.list_error.isVisibleTo(panel) and "circle.nnet was not opened" in panel.list_error.text()
    assert "was not opened" in app_window.statusBar().currentMessage()
    # in a lesson, another lesson that cannot start leaves the learner on their step
    app_window.ask_save_choice = lambda: QMessageBox.StandardButton.Discard
    le.click(panel.start_button)
    assert parts.runner.lesson.id == "batch-and-epochs" and not panel.list_error.isVisibleTo(panel)
    le.answer("14")
    le.next()
    app_window.document.dirty = True
    app_window.ask_save_choice = lambda: QMessageBox.StandardButton.Cancel
    assert not parts.open_lesson_id("mushrooms")
    assert parts.runner.lesson.id == "batch-and-epochs" and parts.runner.index == 1
    assert panel.pages.currentIndex() == 2
    assert panel.error_label.isVisibleTo(panel) and "was not opened" in panel.error_label.text()


def test_the_step_text_keeps_nine_lines_beside_the_step_through(qtbot, app_window):
    """At 1366×768 with the step-through open, the step's text is not squeezed to four lines (nine stay,
    which leaves the step-through room on a 720-pixel screen too), and the
    answer, the status line and the buttons stay on screen."""
    le = Learner(qtbot, app_window)
    le.parts.open_lesson_id("neuron")
    le.panel.start_lesson(le.panel.lesson_by_id("neuron"), 2)
    le.step_through("forward")
    qtbot.wait(50)
    text = le.panel.text_view
    assert text.height() >= 9 * text.fontMetrics().lineSpacing()
    for widget in (le.panel.answer_fields[0], le.panel.status_label, le.panel.check_button, le.panel.next_button):
        bottom = widget.mapTo(app_window, widget.rect().bottomLeft()).y()
        assert widget.isVisible() and not widget.visibleRegion().isEmpty(), widget
        assert bottom < app_window.statusBar().mapTo(app_window, app_window.statusBar().rect().topLeft()).y()
    view = app_window.canvas.view
    legend, badges = view.legend, view.scene()._badges
    assert badges
    qtbot.wait(50)
    for badge in badges:                                      # the canvas's legend covers no value under a neuron
        box = badge.deviceTransform(view.viewportTransform()).mapRect(badge.boundingRect())
        assert not (legend.isVisible() and box.intersects(QRectF(legend.geometry()))), (box, legend.geometry())


def test_a_number_not_computable_yet_says_how_to_get_it(qtbot, app_window):
    """Without the step-through (or the Lab), the typed answer cannot be checked yet: the line says which
    window to open, and mentions Show me only on steps that have one."""
    le = Learner(qtbot, app_window)
    le.parts.open_lesson_id("neuron")
    le.panel.start_lesson(le.panel.lesson_by_id("neuron"), 2)
    assert not le.panel.show_me_button.isEnabled()
    le.answer("0.5")
    status = le.panel.status_label.text()
    assert "open the step-through (F8)" in status and "Show me" not in status
    le.parts.open_lesson_id("gradient-descent")
    le.panel.start_lesson(le.panel.lesson_by_id("gradient-descent"), 1)
    assert not le.panel.show_me_button.isEnabled()
    le.answer("2.3")
    status = le.panel.status_label.text()
    assert "open the Lab" in status and "Show me" not in status


def test_a_done_step_says_done_and_keeps_the_state_names_in_the_tooltip(qtbot, app_window):
    le = Learner(qtbot, app_window)
    le.start("batch-and-epochs")
    le.answer("14")
    assert le.panel.status_label.text() == "✓ Done — right: the app computes 14"
    le.parts.open_lesson_id("neuron")
    le.panel.start_lesson(le.panel.lesson_by_id("neuron"), 1)
    le.leave_step_through()
    le.step_through("forward")
    le.wait_met()
    assert le.panel.status_label.text() == "✓ Done"
    assert "stepper.active" in le.panel.status_label.toolTip()


ONE_STEP_LESSON = '''
id = "one-step"
concepts = ["gradient-descent"]
network = "xor"
title.en = "Train"
title.fr = "Entraîner"
summary.en = "Train."
summary.fr = "Entraînez."

[[step]]
title.en = "Train"
title.fr = "Entraîner"
text.en = "Press Show me."
text.fr = "Cliquez sur Montrez-moi."

[[step.show_me]]
do = "training.play"
'''


@pytest.mark.parametrize("how", ["finish", "all lessons"])
def test_training_a_lesson_started_stops_when_the_learner_leaves_it(qtbot, app_window, tmp_path, how):
    path = tmp_path / "one-step.toml"
    path.write_text(ONE_STEP_LESSON, encoding="utf-8")
    le = Learner(qtbot, app_window)
    assert le.parts.open_file(path)
    le.click(le.panel.show_me_button)
    ctl = le.training.controller
    qtbot.waitUntil(lambda: ctl.running and ctl.epoch > 0, timeout=20_000)
    le.click(le.panel.next_button if how == "finish" else le.panel.all_button)
    assert le.runner.lesson is None
    qtbot.waitUntil(lambda: not ctl.running, timeout=5_000)
    epoch = ctl.epoch
    qtbot.wait(300)
    assert ctl.epoch == epoch


@pytest.mark.parametrize("control", CONTROLS)
def test_the_highlight_shows_on_every_control(qtbot, app_window, control):
    from PySide6.QtGui import QColor

    from nnstudio.lessons.controls import HIGHLIGHT_COLOUR

    hooks = app_window.hooks
    if control.startswith("lab."):
        hooks.perform("lab.open_function", expr="x^2", x0=1, eta=0.1)
    if control.startswith("stepper."):
        hooks.perform("stepper.start", step="forward")
    hooks.perform("ui.highlight", control=control)
    widget = find_control(control, app_window)
    image = widget.grab().toImage()
    want = QColor(HIGHLIGHT_COLOUR)
    y = 1                                                      # the top edge, inside the 3-pixel border
    xs = range(6, image.width() - 6)
    coloured = [x for x in xs if _close(image.pixelColor(x, y), want)]
    assert len(coloured) > 0.8 * len(xs), (control, image.width(), image.height(), len(coloured))


def _close(colour, want) -> bool:
    return all(abs(a - b) <= 24 for a, b in zip(colour.getRgb()[:3], want.getRgb()[:3], strict=True))

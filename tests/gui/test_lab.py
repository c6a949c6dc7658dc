"""The lab window and its analytic-functions tab: presets, typed formulas, runs, plot items, animation."""

import numpy as np
import pytest

from nnstudio.engine.optimizers import Adam
from nnstudio.lab import LabWindow, install


@pytest.fixture
def lab(qtbot):
    window = LabWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    yield window
    window.shutdown()


def run_parabola(tab, rates="0.3", steps=10):
    tab.functions.select("parabola")
    tab.descent.set_learning_rates([float(v) for v in rates.split(",")])
    tab.descent.steps.setValue(steps)
    tab.run_button.click()


def test_lab_opens_with_three_tabs(lab):
    assert [lab.tabs.tabText(i) for i in range(lab.tabs.count())] == \
        ["Analytic functions", "Loss landscape", "Learning rates"]
    assert lab.windowTitle() == "Gradient-descent lab"


def test_parabola_table_reads_5_2_3_1_22_and_converges_to_0_5(lab):
    tab = lab.analytic
    run_parabola(tab)
    table = tab.table
    assert table.iterations.rowCount() == 11
    xs = table.column_texts(1)
    assert xs[:4] == ["5", "2.3", "1.22", "0.788"]
    assert float(xs[-1]) == pytest.approx(0.5, abs=1e-3)
    assert table.column_texts(0) == [str(k) for k in range(11)]
    assert table.column_texts(2)[0] == "9"           # f′(5) = 2·5 − 1
    assert table.column_texts(3)[0] == "21"          # f(5) = 25 − 5 + 1
    assert "2x − 1" in tab.functions.derivative.text()


def test_plot_shows_one_dot_and_one_arrow_end_per_iterate(lab):
    tab = lab.analytic
    run_parabola(tab)
    assert tab.plot.point_counts() == [11]
    assert tab.plot.paths[0].arrows.pointCount() == 11
    x, y = tab.plot.curve.getData()
    assert len(x) == 600 and y[0] == pytest.approx(x[0] ** 2 - x[0] + 1)
    dots = tab.plot.paths[0].dots.data
    np.testing.assert_allclose(dots["y"], dots["x"] ** 2 - dots["x"] + 1)   # the dots sit on the curve


def test_unsafe_expression_is_refused_with_a_message(lab):
    tab = lab.analytic
    tab.functions.select("__import__('os')")
    assert tab.functions.function is None
    assert tab.functions.error.isVisibleTo(lab)
    assert "__import__" in tab.functions.error.text()
    assert tab.functions.caret.text().splitlines()[1] == "^"
    assert tab.results == [] and tab.table.iterations.rowCount() == 0
    tab.functions.select("2x")
    assert "missing an operator" in tab.functions.error.text()
    tab.functions.select("x^2 - x + 1")
    assert tab.functions.function is not None and not tab.functions.error.isVisibleTo(lab)
    assert tab.table.iterations.rowCount() == tab.descent.steps.value() + 1


def test_several_learning_rates_give_one_path_each_and_label_the_divergence(lab):
    tab = lab.analytic
    run_parabola(tab, "0.06,0.3,1.5", steps=30)
    assert len(tab.plot.paths) == 3
    assert len(tab.plot.legend.items) == 3
    counts = tab.plot.point_counts()
    assert counts[:2] == [31, 31]
    diverged = tab.plot.paths[2]
    assert diverged.result.diverged and diverged.result.stopped_at == 18
    assert "diverges at step 18" in diverged.label.toPlainText()
    assert "η = 1.5: diverged at step 18" in tab.outcomes.text()
    box = tab.plot.box                                 # the diverging path is cut at the plot's edge
    assert np.all(box.contains(diverged.arrows.xs, diverged.arrows.ys))
    colors = {p.dots.opts["brush"].color().name() for p in tab.plot.paths}
    assert len(colors) == 3


def test_animation_reveals_one_step_per_tick(lab, qtbot):
    tab = lab.analytic
    run_parabola(tab, steps=5)
    tab.rewind_button.click()
    assert tab.plot.point_counts() == [1] and tab.table.iterations.rowCount() == 1
    tab.step_button.click()
    assert tab.plot.point_counts() == [2] and tab.table.iterations.rowCount() == 2
    tab.speed.setValue(30)
    tab.play_button.click()
    qtbot.waitUntil(lambda: not tab.timer.isActive(), timeout=3000)
    assert tab.plot.point_counts() == [6] and tab.table.iterations.rowCount() == 6


def test_dragging_the_start_marker_reruns_from_there(lab):
    tab = lab.analytic
    run_parabola(tab)
    tab.plot.start.setPos(3.0, 0.0)
    assert tab.functions.x0.value() == 3.0
    assert tab.table.column_texts(1)[0] == "3"
    assert tab.plot.start.pos().y() == pytest.approx(7.0)       # snapped onto the curve f(3) = 7


def test_two_variable_preset_draws_a_contour_and_a_six_column_table(lab):
    tab = lab.analytic
    tab.functions.select("bowl", kappa=4.0)
    assert tab.functions.function.formula == "0.5*(x^2 + 4*y^2)"
    assert tab.plot.contour.shape == (160, 160)
    assert tab.table.iterations.columnCount() == 6
    assert "∂f/∂y = 4y" in tab.functions.derivative.text()
    assert tab.plot.point_counts() == [tab.descent.steps.value() + 1]


def test_optimiser_parameters_follow_the_optimiser(lab):
    tab = lab.analytic
    tab.functions.select("rosenbrock")
    tab.descent.set_optimizer("adam")
    assert list(tab.descent.param_widgets) == ["beta1", "beta2", "eps"]
    declared = {p.name: p for p in Adam.hyperparameters}       # rows and tooltips from the declarations
    assert all(w.toolTip() == declared[k].tooltip for k, w in tab.descent.param_widgets.items())
    assert tab.descent.param_widgets["beta1"].maximum() < 1.0
    tab.descent.param_widgets["beta1"].setValue(0.8)
    assert tab.results and tab.results[0].settings["beta1"] == 0.8
    tab.descent.set_optimizer("gd")
    assert tab.descent.param_widgets == {}
    tab.descent.rates.setText("-1")
    tab.descent.rates.editingFinished.emit()
    assert "finite number ≥ 0" in tab.descent.error.text()


def test_install_adds_a_lab_menu_before_help_that_opens_one_shared_window(qtbot):
    from PySide6.QtWidgets import QMessageBox

    from nnstudio.app.main_window import MainWindow
    from nnstudio.app.settings import app_settings

    main = MainWindow(settings=app_settings(), panels=False)
    main.ask_save_choice = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(main)
    entry = install(main)
    assert entry.action.text() == "&Gradient-descent lab…"
    titles = [a.text() for a in main.menuBar().actions()]
    assert titles[-2:] == ["&Lab", "&Help"]
    entry.action.trigger()
    lab = entry.window
    try:
        assert lab.isVisible() and lab.document is main.document and lab.undo_stack is main.undo_stack
        entry.action.trigger()
        assert entry.window is lab
    finally:
        lab.shutdown()
        lab.close()


def test_the_lab_window_fits_a_small_screen_and_keeps_its_size_on_a_large_one():
    from PySide6.QtCore import QSize

    from nnstudio.lab.window import PREFERRED_SIZE, fitting_size

    w, h = fitting_size(QSize(1366, 728))          # 1366×768 less a taskbar
    assert w <= 1366 and h <= 728 * 0.9 and (w, h) == (1200, 655)
    assert fitting_size(QSize(2560, 1400)) == PREFERRED_SIZE
    assert fitting_size(None) == PREFERRED_SIZE

"""The decision-boundary plot uses its area: the axes fit the data and have the same scale."""

from __future__ import annotations

import numpy as np
import pytest
from bare_host import BareHost, installed

from nnstudio.document import NetworkDocument
from nnstudio.engine.network import Network
from nnstudio.training.install import install

pytestmark = pytest.mark.usefixtures("no_training_left_running")


@pytest.mark.parametrize("size", [(1300, 850), (900, 1100)])
def test_plane_axes_fit_the_data_with_square_aspect(qtbot, size):
    block = {"name": "xor", "samples": 200, "noise": 0.1, "test_fraction": 0.3, "seed": 1}
    w = BareHost(NetworkDocument(Network([2, 4, 1], ["tanh", "sigmoid"], "bce", seed=1), dataset=block))
    qtbot.addWidget(w)
    installed(w, install(w))
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    view = w.plots_panel.output
    w.plots_panel.tabs.setCurrentWidget(view)
    qtbot.wait(50)
    box = view.plot.getPlotItem().getViewBox()
    (x0, x1), (y0, y1) = box.viewRange()
    points = w.training.data.all_points()
    lo, hi = points.min(axis=0), points.max(axis=0)
    span = (hi - lo).max()
    # every point is inside, and the view is no more than the data plus its margins
    assert x0 <= lo[0] and x1 >= hi[0] and y0 <= lo[1] and y1 >= hi[1]
    assert x1 - x0 < 1.5 * span and y1 - y0 < 1.5 * span, box.viewRange()
    # one unit is as long on both axes, and the data area is (nearly) square on screen
    rect = box.sceneBoundingRect()
    assert rect.width() > 100
    assert abs(rect.width() - rect.height()) <= 0.03 * rect.width() + 2, (rect.width(), rect.height())
    assert np.isclose((x1 - x0) / rect.width(), (y1 - y0) / rect.height(), rtol=0.03)
    # the square takes the space it has: its side is the host's smaller dimension less the axes
    host = view.host
    assert rect.width() >= min(host.width(), host.height()) - 80
    w.training.shutdown()


def test_a_network_opened_while_the_window_is_hidden_is_drawn_when_it_shows(qtbot, tmp_path):
    """Opened before the window shows (a start-up file, a lesson's network): the output view says why it
    has no plane for 3 inputs as soon as it is visible, instead of an empty plot."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from nnstudio.app.launch import open_lesson
    from nnstudio.app.main_window import MainWindow

    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    w.interactive = False
    qtbot.addWidget(w)
    w.open_example()
    assert open_lesson(w, "numpy-from-scratch")            # --lesson: opens from_scratch_341
    lessons = w.panels["lessons"]
    lessons.runner.start(lessons.runner.lesson, 4)
    lessons.panel.show_me_button.click()                   # opens freecodecamp_341
    assert w.document.network.loss == "bce"
    output = w.panels["training"].plots.output
    w.resize(1366, 768)
    w.show()
    for _ in range(5):   # what --screenshot does before it grabs: no timer has fired yet
        QApplication.processEvents()
    assert output.stack.currentIndex() == 1
    assert "needs two inputs; this data has 3" in output.message.text()
    w.panels["training"].controller.shutdown()
    w.document.dirty = False
    w.undo_stack.setClean()

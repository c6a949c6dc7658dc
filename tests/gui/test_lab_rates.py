"""The lab's learning-rate tab: a sweep in worker processes, adopting a rate (undoable), the range test."""

import math
import threading

import pytest
from PySide6.QtGui import QUndoStack

from nnstudio.document import NetworkDocument
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainingSettings
from nnstudio.lab import LabWindow
from nnstudio.parallel import pool

XOR = {"name": "xor", "samples": 100, "noise": 0.1, "test_fraction": 0.3, "seed": 1}


@pytest.fixture
def doc():
    return NetworkDocument(Network([2, 4, 1], ["tanh", "sigmoid"], "bce", seed=3), dataset=XOR,
                           training=TrainingSettings(learning_rate=0.1, batch_size=10, epochs=20))


@pytest.fixture
def lab(qtbot, doc):
    stack = QUndoStack()
    window = LabWindow(doc, stack)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.tabs.setCurrentWidget(window.rates)
    yield window
    window.shutdown()
    assert not [t for t in threading.enumerate() if t.name.startswith("lab")]   # threads joined
    assert pool.current_pool() is None


def test_a_sweep_of_two_rates_fills_the_table_and_draws_two_labelled_curves(qtbot, lab):
    sweep = lab.rates.sweep
    sweep.rates.setText("0.3, 200")
    sweep.epochs.setValue(4)
    sweep.workers.setValue(2)
    sweep.run_button.click()
    assert not sweep.run_button.isEnabled()            # returns at once; results are polled
    qtbot.waitUntil(lambda: sweep.run_button.isEnabled(), timeout=30000)
    table = sweep.table
    assert table.rowCount() == 2 and table.finished_rows() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["0.3", "200"]
    assert table.item(0, 6).text() == "done" and table.item(0, 5).text() == "4"
    assert table.item(1, 6).text() == "diverged"
    assert sorted(sweep.curves.curves) == [0, 1]
    assert sweep.curves.labels[1].toPlainText().startswith("η = 200: diverged")
    x, _ = sweep.curves.curves[0].getData()
    assert list(x) == [0, 1, 2, 3, 4]
    assert "2 of 2 runs done" in sweep.status.text()


def test_adopting_a_rate_is_one_undoable_command(lab, doc):
    tab = lab.rates
    assert tab.adopt(0.05, tab.sweep.message)
    assert doc.training.learning_rate == 0.05
    assert "η = 0.05" in tab.header.text()
    assert lab.undo_stack.undoText() == "Set learning rate to 0.05"
    lab.undo_stack.undo()
    assert doc.training.learning_rate == 0.1
    assert "η = 0.1," in tab.header.text()


def test_the_range_test_marks_a_suggestion_and_applies_it(qtbot, lab, doc):
    panel = lab.rates.range_test
    panel.steps.setValue(40)
    params = doc.network.params.copy()
    panel.run_button.click()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=10000)
    result = panel.result
    assert (doc.network.params == params).all()         # the document's weights are untouched
    x, _ = panel.smooth.getData()
    assert len(x) == result.steps
    assert panel.plot.getPlotItem().ctrl.logXCheck.isChecked()
    assert panel.marker.isVisible()
    assert panel.marker.value() == pytest.approx(math.log10(result.suggestion))
    panel.apply_button.click()
    assert doc.training.learning_rate == pytest.approx(result.suggestion)
    assert "Undo" in panel.message.text()


def test_a_bad_rate_list_is_refused_before_anything_starts(lab):
    sweep = lab.rates.sweep
    sweep.rates.setText("0.1, fast")
    sweep.run_button.click()
    assert "'fast' is not a number" in sweep.message.text()
    assert sweep.run_button.isEnabled() and pool.current_pool() is None

"""The lab's loss-landscape tab: planes computed in the background, trajectories, slices, live follow."""

import threading

import numpy as np
import pytest

from nnstudio.document import NetworkDocument
from nnstudio.engine.landscape import param_index
from nnstudio.engine.network import Network
from nnstudio.lab import LabWindow

XOR = {"name": "xor", "samples": 100, "noise": 0.1, "test_fraction": 0.3, "seed": 1}


@pytest.fixture
def doc():
    return NetworkDocument(Network([2, 4, 1], ["tanh", "sigmoid"], "bce", seed=3), dataset=XOR)


@pytest.fixture
def lab(qtbot, doc):
    window = LabWindow(doc)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.tabs.setCurrentWidget(window.landscape)
    yield window
    window.shutdown()
    assert not [t for t in threading.enumerate() if t.name.startswith("lab")]   # threads joined


def compute(qtbot, tab, kind, resolution=11):
    tab.kind.setCurrentIndex(tab.kind.findData(kind))
    tab.resolution.setValue(resolution)
    before = tab.landscape
    tab.compute_button.click()
    qtbot.waitUntil(lambda: tab.landscape is not before and tab.compute_button.isEnabled(), timeout=10000)


def test_a_small_grid_is_computed_in_the_background_and_shown(qtbot, lab):
    tab = lab.landscape
    compute(qtbot, tab, "random", 11)
    assert tab.surface.contour.shape == (11, 11)
    assert tab.surface.contour.image.image.shape == (11, 11)
    assert tab.landscape.losses.shape == (11, 11)
    assert tab.surface.current.data["x"].tolist() == [0.0]
    assert "filter-normalised" in tab.surface.plot.getPlotItem().titleLabel.text
    assert not tab.tasks.busy("landscape")


def test_pca_needs_a_trajectory_then_shows_the_explained_variance(qtbot, lab, doc):
    tab = lab.landscape
    tab.kind.setCurrentIndex(tab.kind.findData("pca"))
    tab.compute_button.click()
    assert "need a trajectory" in tab.message.text()
    tab.resolution.setValue(9)
    tab.epochs.setValue(5)
    params_before = doc.network.params.copy()
    tab.train_button.click()
    qtbot.waitUntil(lambda: tab.landscape is not None and tab.compute_button.isEnabled(), timeout=10000)
    np.testing.assert_array_equal(doc.network.params, params_before)   # only a copy was trained
    assert tab.surface.contour.shape == (9, 9)
    assert tab.variance.text().startswith("PC1 explains")
    trajectory = tab.own[1]
    assert len(tab.surface.dots.data) == len(trajectory)
    assert "Trained copy" in tab.trajectory_caption.text()


def test_a_weight_pair_plane_reads_real_weight_values(qtbot, lab, doc):
    tab = lab.landscape
    tab.first.set_address((1, 0, 0))
    tab.second.set_address((1, 0, None))
    compute(qtbot, tab, "weights", 7)
    w, b = doc.network.weights[1][0, 0], doc.network.biases[1][0]
    assert tab.surface.current.data["x"][0] == pytest.approx(w)
    assert tab.surface.current.data["y"][0] == pytest.approx(b)
    assert tab.surface.plot.getPlotItem().getAxis("bottom").labelText.startswith("W[1][0,0]")


def test_training_writes_are_recorded_and_a_structural_edit_clears_them(lab, doc):
    recorder = lab.landscape.recorder
    start = doc.network.params.copy()
    doc.replace_parameters(start + 0.1, "train")
    doc.replace_parameters(start + 0.2, "train")
    trajectory = recorder.trajectory()
    assert trajectory.shape == (3, start.size)
    np.testing.assert_array_equal(trajectory[0], start)
    assert "3 snapshots" in lab.landscape.trajectory_caption.text()
    doc.replace_parameters(start, "edit")
    assert len(recorder.snapshots) == 3
    doc.events.publish("structure")
    assert recorder.trajectory() is None


def test_following_training_redraws_on_the_same_plane(qtbot, lab, doc):
    tab = lab.landscape
    compute(qtbot, tab, "random", 7)
    first = tab.landscape
    tab.follow.setChecked(True)
    doc.replace_parameters(doc.network.params + 0.05, "train")
    qtbot.waitUntil(lambda: tab.landscape is not first and tab.compute_button.isEnabled(), timeout=10000)
    assert tab.landscape.kind == "custom"
    np.testing.assert_array_equal(tab.landscape.d1, first.d1)
    np.testing.assert_array_equal(tab.landscape.origin, doc.network.params)


def test_the_slice_marks_the_values_the_weight_took(qtbot, lab, doc):
    tab = lab.landscape
    start = doc.network.params.copy()
    for k in (1, 2, 3):
        doc.replace_parameters(start + 0.1 * k, "train")
    tab.slice_picker.set_address((1, 2, 1))
    tab.slice_button.click()
    qtbot.waitUntil(lambda: tab.slice_plot.legend.isVisible(), timeout=10000)
    k = param_index(doc.network, 1, 2, 1)
    x, _ = tab.slice_plot.curve.getData()
    assert len(x) == 201
    np.testing.assert_allclose(tab.slice_plot.steps.data["x"], start[k] + 0.1 * np.arange(4))
    assert tab.slice_plot.line.value() == pytest.approx(doc.network.params[k])


def test_cancel_drops_the_result_and_a_structural_edit_forgets_the_plane(qtbot, lab, doc):
    tab = lab.landscape
    tab.resolution.setValue(31)
    tab.compute_button.click()
    tab.cancel_button.click()
    assert tab.compute_button.isEnabled() and not tab.cancel_button.isEnabled()
    qtbot.wait(300)
    assert tab.landscape is None and tab.message.text() == "Cancelled."
    compute(qtbot, tab, "random", 5)
    doc.events.publish("structure")
    assert tab.landscape is None

"""Playground's +/− buttons on the canvas (one undo step each), captions that never overlap (also
after adapting to a 98-input CSV), and an output neuron named after the data."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt

pytestmark = pytest.mark.usefixtures("no_training_left_running")


@pytest.fixture
def app_window(example_window):
    w = example_window
    w.training = w.panels["training"].controller
    w.training_panel = w.panels["training"].panel
    return w


def _click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_plus_minus_buttons_edit_neurons_and_layers_one_undo_step_each(qtbot, app_window):
    w = app_window
    doc, stack, controls = w.document, w.undo_stack, w.canvas.layer_controls
    sizes = list(doc.sizes)
    qtbot.waitUntil(lambda: 1 in controls.pairs)
    _click(qtbot, controls.pairs[1].plus)
    assert doc.sizes[1] == sizes[1] + 1 and stack.text(stack.index() - 1) == "Add neuron to Hidden 1"
    last = doc.neuron_label(1, sizes[1])
    _click(qtbot, controls.pairs[1].minus)
    assert doc.sizes == sizes and stack.text(stack.index() - 1) == f"Remove neuron {last}"
    _click(qtbot, controls.layers_pair.plus)
    assert len(doc.sizes) == len(sizes) + 1
    qtbot.waitUntil(lambda: 2 in controls.pairs)        # the new layer got its buttons
    _click(qtbot, controls.pairs[2].plus)
    assert doc.sizes[2] == sizes[1] + 1
    _click(qtbot, controls.layers_pair.minus)
    assert doc.sizes == sizes
    assert stack.count() == 5                            # five clicks, five undo steps
    for _ in range(5):
        stack.undo()
    assert doc.sizes == sizes and stack.index() == 0


def _caption_rects(w) -> list[QRect]:
    view = w.canvas.view
    rects = []
    for h in w.canvas.scene.headers:
        device = h.deviceTransform(view.viewportTransform())
        rects.append(device.mapRect(h.boundingRect()).toAlignedRect())
    return rects


def _assert_nothing_overlaps(w):
    controls = w.canvas.layer_controls
    rects = _caption_rects(w) + [pair.geometry() for pair in controls.pairs.values()]
    for a in range(len(rects)):
        for b in range(a + 1, len(rects)):
            assert not rects[a].intersects(rects[b]), (a, b, rects)
    vp = w.canvas.view.viewport().rect()
    for pair in controls.pairs.values():
        assert vp.contains(pair.geometry()), (pair.geometry(), vp)


def test_captions_never_overlap_after_adapting_to_a_98_input_csv(qtbot, app_window, tmp_path):
    w = app_window
    rng = np.random.default_rng(0)
    path = tmp_path / "wide.csv"
    header = [f"feature_{k}" for k in range(98)] + ["class"]
    rows = [",".join(header)]
    for _ in range(80):
        values = rng.normal(size=98)
        rows.append(",".join(f"{v:.3f}" for v in values) + ("," + ("edible" if values[0] > 0 else "poisonous")))
    path.write_text("\n".join(rows) + "\n")
    block = {"name": "csv", "path": str(path), "target": "class", "test_fraction": 0.2, "seed": 1}
    assert w.training_panel.data_box.apply(block, "Use wide.csv")
    doc = w.document
    assert doc.sizes[0] == 98
    # the output neuron is named after the data, not the example's "same sign"
    assert doc.neuron_label(doc.network.n_layers, 0) == "class = poisonous"
    qtbot.wait(50)
    w.canvas.fit()
    qtbot.wait(50)
    _assert_nothing_overlaps(w)
    # layers are spread out, not squashed to the left: the columns span most of the canvas width
    xs = [h.deviceTransform(w.canvas.view.viewportTransform()).map(h.boundingRect().center()).x()
          for h in w.canvas.scene.headers]
    assert max(xs) - min(xs) > 0.3 * w.canvas.view.viewport().width()
    for size in ((700, 300), (420, 260)):                # squeeze the canvas: captions move to new rows
        w.canvas.view.resize(*size)
        w.canvas.fit()
        qtbot.wait(30)
        _assert_nothing_overlaps(w)


def test_example_captions_and_buttons_do_not_overlap(qtbot, app_window):
    w = app_window
    w.canvas.fit()
    qtbot.wait(30)
    _assert_nothing_overlaps(w)

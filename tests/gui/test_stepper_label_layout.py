"""Step-through labels on the canvas never overlap each other nor cover a neuron, at every step."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from test_stepper_scenes import open_window, save, softmax_file

from nnstudio.engine.network import Network


def _deep_file(folder) -> str:
    net = Network([2, 2, 5, 1], ["tanh", "tanh", "sigmoid"], "bce", seed=4)
    block = {"name": "circle", "samples": 200, "noise": 0.1, "test_fraction": 0.3, "seed": 1}
    return save(net, folder / "deep.nnet", "2-2-5-1", dataset=block)


def _label_rects(scene) -> list[tuple[str, QRectF]]:
    rects = [(f"badge {b.parentItem().id}", b.mapRectToScene(b.box())) for b in scene._badges]
    rects += [(f"label {text}", QRectF(rect)) for rect, text in scene.connections._labels]
    return rects


def _covers_neuron(rect: QRectF, scene) -> tuple | None:
    for column in scene.neurons:
        for item in column:
            cx, cy, r = item.pos().x(), item.pos().y(), item.outer_radius()
            nx = min(max(cx, rect.left()), rect.right())
            ny = min(max(cy, rect.top()), rect.bottom())
            if (nx - cx) ** 2 + (ny - cy) ** 2 < r * r:
                return item.id
    return None


def _assert_clear(scene, where: str) -> int:
    rects = _label_rects(scene)
    for a in range(len(rects)):
        name, rect = rects[a]
        hit = _covers_neuron(rect, scene)
        assert hit is None, f"{where}: {name} covers neuron {hit}"
        for b in range(a + 1, len(rects)):
            assert not rect.intersects(rects[b][1]), f"{where}: {name} overlaps {rects[b][0]}"
    return len(rects)


@pytest.mark.parametrize("which", ["2-2-5-1", "2-4-3"])
def test_no_two_labels_overlap_at_any_step(qtbot, tmp_path, which):
    path = _deep_file(tmp_path) if which == "2-2-5-1" else softmax_file(tmp_path)
    w = open_window(path, tmp_path)
    qtbot.addWidget(w)
    qtbot.waitExposed(w)
    parts = w.panels["stepper"]
    ctl = parts.controller
    ctl.use_rows(3)
    parts.action.trigger()
    assert ctl.active
    scene = w.canvas.scene
    counts = []
    for selection in [("none", []), ("neuron", [(1, 0)]), ("connection", [(2, 0, 1)])]:
        w.canvas.select(*selection)
        for index in range(len(ctl.st)):
            ctl.go_to(index)
            parts.canvas_link.refresh()
            qtbot.wait(1)
            counts.append(_assert_clear(scene, f"{which} {selection[0]} step {index}"))
    assert max(counts) >= 8, counts      # the test saw crowded steps, not empty canvases
    ctl.restart()
    w.undo_stack.setClean()
    w.close()


def test_a_crowded_layer_gets_leader_lines_not_overlaps(qtbot):
    """Labels forced onto one spot spread out and keep a leader line to their connection."""
    from nnstudio.canvas.label_layout import Obstacles, place_on_line

    obstacles = Obstacles([(0.0, 0.0, 10.0), (100.0, 0.0, 10.0)])
    placed = [place_on_line((0, 0, 100, 0), 60, 14, obstacles) for _ in range(12)]
    rects = [r for r, _ in placed]
    assert sum(anchor is not None for _, anchor in placed) >= 3
    for a, ra in enumerate(rects):
        assert not obstacles.hits_circle(ra)
        assert not any(ra.intersects(rb) for rb in rects[a + 1:])
    centres = np.array([[r.center().x(), r.center().y()] for r in rects])
    assert np.abs(centres[:, 1]).max() < 120      # they stay near their line

"""The first screen fits: at 1280×720 and 1366×768, with the default example and with a network
adapted to a 100-column CSV, no visible control is cut by the edge of the panel that holds it; the
legend covers no neuron; a first window takes most of the screen; the canvas refits when resized."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from fit_check import cut_controls
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from nnstudio.app.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("no_training_left_running")


def _window(qtbot, tmp_path, size):
    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    w.interactive = False
    w.ask_save_choice = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(w)
    w.open_example()
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    return w


def _wide_csv(folder, columns=100):
    rng = np.random.default_rng(0)
    path = folder / "wide.csv"
    rows = [",".join([f"measure_{k}" for k in range(columns - 1)] + ["label"])]
    for _ in range(60):
        v = rng.normal(size=columns - 1)
        rows.append(",".join(f"{x:.3f}" for x in v) + "," + ("yes" if v[0] > 0 else "no"))
    path.write_text("\n".join(rows) + "\n")
    return path


def _settle(qtbot, w):
    qtbot.wait(60)
    w.canvas.fit()
    qtbot.wait(60)


def _legend_clear(w):
    view = w.canvas.view
    legend = view.legend
    if not legend.isVisible():
        return
    box = QRectF(legend.geometry())
    scene = w.canvas.scene
    for column in scene.neurons:
        for item in column:
            centre = view.mapFromScene(item.scenePos())
            r = item.outer_radius() * view.zoom()
            circle = QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)
            assert not box.intersects(circle), f"the legend covers neuron {item.id}"
            name = getattr(item, "_label_item", None)
            if name is not None and name.isVisible():
                text = name.deviceTransform(view.viewportTransform()).mapRect(name.boundingRect())
                assert not box.intersects(text), f"the legend covers the name {name.text!r}"


def _essentials_visible(panel):
    """Play, the epoch counter, the speed, η, the activation, the regularisation and the data set
    lie wholly inside the Training dock's viewport, with the panel scrolled to its top."""
    assert panel.verticalScrollBar().value() == 0
    viewport = panel.viewport().rect()
    names = ("play", "counters", "speed", "activation", "learning rate", "regularisation", "data set")
    controls = (panel.run_bar.play, panel.run_bar.counters, panel.run_bar.speed, panel.settings_box.activation,
                panel.settings_box.lr, panel.settings_box.reg, panel.data_box.combo)
    for name, control in zip(names, controls, strict=True):
        assert control.isVisible(), f"the {name} control is hidden"
        rect = QRect(control.mapTo(panel.viewport(), QPoint(0, 0)), control.size())
        assert viewport.contains(rect), f"the {name} control {rect} is not inside the viewport {viewport}"


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_nothing_is_cut_with_the_default_example_and_a_wide_csv(qtbot, tmp_path, size):
    w = _window(qtbot, tmp_path, size)
    try:
        _settle(qtbot, w)
        assert cut_controls(w) == []
        _legend_clear(w)
        training = w.panels["training"]
        _essentials_visible(training.panel)
        block = {"name": "csv", "path": str(_wide_csv(tmp_path)), "target": "label", "test_fraction": 0.2,
                 "seed": 1}
        assert training.panel.data_box.apply(block, "Use wide.csv")
        assert w.document.sizes[0] == 99
        _settle(qtbot, w)
        assert cut_controls(w) == []
        _legend_clear(w)
        _essentials_visible(training.panel)
    finally:
        w.panels["training"].controller.shutdown()
        w.undo_stack.setClean()
        w.close()


def test_a_narrow_training_dock_wraps_instead_of_cutting(qtbot, tmp_path):
    w = _window(qtbot, tmp_path, (1280, 720))
    try:
        dock = w.docks.docks["training"]
        w.resizeDocks([dock], [250], __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Orientation.Horizontal)
        qtbot.wait(60)
        assert dock.width() < 300
        assert cut_controls(dock) == []
        bar = w.panels["training"].panel.run_bar
        assert bar.reset.geometry().top() > bar.play.geometry().top()   # the buttons wrapped
    finally:
        w.panels["training"].controller.shutdown()
        w.undo_stack.setClean()
        w.close()


def test_a_first_window_takes_most_of_the_screen(qtbot, tmp_path):
    w = MainWindow(settings=QSettings(str(tmp_path / "first.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    area = (w.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert w.width() >= 0.85 * area.width() and w.height() >= 0.85 * area.height()
    assert w.width() <= area.width() and w.height() <= area.height()
    w.panels["training"].controller.shutdown()
    w.close()


def test_the_canvas_refits_when_the_window_changes_size(qtbot, tmp_path):
    w = _window(qtbot, tmp_path, (1366, 768))
    try:
        _settle(qtbot, w)
        before = w.canvas.view.zoom()
        w.resize(1000, 600)
        qtbot.waitUntil(lambda: w.canvas.view.zoom() != before, timeout=2000)
        vp = w.canvas.view.viewport().rect()
        for column in w.canvas.scene.neurons:
            for item in column:
                assert vp.contains(w.canvas.view.mapFromScene(item.scenePos()))
        # after the user zooms, a resize keeps their zoom
        w.canvas.view.zoom_by(1.5, anchor_under_mouse=False)
        zoom = w.canvas.view.zoom()
        w.resize(1200, 700)
        qtbot.wait(100)
        assert w.canvas.view.zoom() == zoom
    finally:
        w.panels["training"].controller.shutdown()
        w.undo_stack.setClean()
        w.close()


def test_more_settings_start_folded_and_a_lesson_highlight_unfolds_them(qtbot, tmp_path):
    from nnstudio.lessons.controls import _reveal  # what ui.highlight does before highlighting

    w = _window(qtbot, tmp_path, (1280, 720))
    try:
        panel = w.panels["training"].panel
        more = panel.sections["more"]
        assert more.folded and not panel.settings_box.dropout.isVisible()
        assert panel.settings_box.dropout.objectName() == "training.dropout"   # a lesson can name it
        _reveal(panel.settings_box.dropout)
        assert not more.folded and panel.settings_box.dropout.isVisible()
    finally:
        w.panels["training"].controller.shutdown()
        w.undo_stack.setClean()
        w.close()


def _caption_rects(view, headers):
    """The layer captions' rectangles in viewport pixels (they keep their size on screen)."""
    return [QRectF(h.boundingRect()).translated(QPointF(view.mapFromScene(h.pos()))) for h in headers]


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080)])
@pytest.mark.parametrize("example", ["overfit_me", "spiral"])
def test_tall_layers_keep_the_captions_apart_and_the_network_large(qtbot, tmp_path, size, example):
    """overfit_me (2-24-24-1) and spiral (2-8-8-1), first fitted in a small window: the captions never
    overlap and stay in view, and the network is not squashed to a sliver by rows of captions piled
    above it."""
    w = _window(qtbot, tmp_path, (900, 500))
    try:
        path = Path(__file__).parents[2] / "resources" / "examples" / f"{example}.nnet"
        assert w.open_file(str(path), ask=False)
        _settle(qtbot, w)
        w.resize(*size)
        qtbot.wait(300)
        view, scene = w.canvas.view, w.canvas.scene
        rects = _caption_rects(view, scene.headers)
        viewport = QRectF(view.viewport().rect())
        for k, a in enumerate(rects):
            assert viewport.contains(a), f"caption {k} {a} leaves the view {viewport}"
            for b in rects[k + 1:]:
                assert not a.intersects(b), f"captions overlap: {a} {b}"
        ys = [view.mapFromScene(item.scenePos()).y() for column in scene.neurons for item in column]
        assert max(ys) - min(ys) >= 0.45 * viewport.height(), "the network is squashed"
    finally:
        w.panels["training"].controller.shutdown()
        w.undo_stack.setClean()
        w.close()

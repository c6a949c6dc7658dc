"""Scale: a 784-128-64-10 network opens quickly through the batched item; a small network recolours fast."""

import time

import numpy as np
from PySide6.QtGui import QUndoStack

from nnstudio.canvas import NetworkCanvas
from nnstudio.document import NetworkDocument
from nnstudio.document import commands as C
from nnstudio.engine.network import Network


def test_large_network_opens_fast_and_hides_weak_connections(qtbot):
    net = Network([784, 128, 64, 10], ["relu", "relu", "softmax"], "cross_entropy", seed=1)
    start = time.perf_counter()
    canvas = NetworkCanvas(NetworkDocument(net), QUndoStack())
    qtbot.addWidget(canvas)
    canvas.resize(1200, 800)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.fit()
    canvas.view.viewport().grab()
    elapsed = time.perf_counter() - start
    assert elapsed < 2.0
    conn = canvas.scene.connections
    assert conn.enabled_count() == 784 * 128 + 128 * 64 + 64 * 10
    assert 0 < conn.visible_count() <= 2600
    assert 0 < canvas.scene.threshold_fraction < 1
    canvas.set_threshold_fraction(0.0)
    assert conn.visible_count() == conn.enabled_count()
    # hit testing finds the exact connection under a point
    a, b = conn.lines[conn.index_of(3, 7, 20)][:2], conn.lines[conn.index_of(3, 7, 20)][2:]
    from PySide6.QtCore import QPointF

    mid = QPointF(*(a + (b - a) * 0.999))
    assert conn.connection_at(mid, 0.5)[0] == 3


def test_recolouring_a_small_network_after_a_weight_edit_is_fast(qtbot):
    doc = NetworkDocument(Network([2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "bce", seed=1))
    stack = QUndoStack()
    canvas = NetworkCanvas(doc, stack)
    qtbot.addWidget(canvas)
    times = []
    for k in range(30):
        t = time.perf_counter()
        stack.push(C.SetWeightCommand(doc, 2, 3, 4, 0.01 * k))
        times.append(time.perf_counter() - t)
    assert np.median(times) < 0.005
    conn = canvas.scene.connections
    assert conn.values[conn.index_of(2, 3, 4)] == 0.29


def test_fitting_with_the_overlay_in_a_view_with_no_room_keeps_the_zoom(window, qtbot):
    """The step-through refits with its badges after a zero-delay timer; when the canvas has no room
    left by then (a collapsed dock, a closing window) the fit keeps the current zoom, no error."""
    view = window.canvas.view
    window.canvas.fit()
    zoom = view.zoom()
    window.canvas.resize(40, 20)
    view.resize(40, 20)
    window.canvas.fit(include_overlay=True)
    assert view.zoom() > 0 and (view.zoom() == zoom or view.zoom() < zoom)

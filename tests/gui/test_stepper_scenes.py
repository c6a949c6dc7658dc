"""Networks and windows for the step-through GUI tests and the docs screenshots.

``mazur_file``: the 2-2-2 sigmoid network of Matt Mazur's "A step by step backpropagation example"
(half sum of squared errors, inputs 0.05, 0.10, targets 0.01, 0.99). ``softmax_file``: a 2-4-3
tanh/softmax network with cross-entropy on the "blobs" data. ``open_window`` opens one in a main
window with the step-through installed.
"""

from __future__ import annotations

from nnstudio.engine.network import Network

MAZUR_INPUT, MAZUR_TARGET, MAZUR_LR = [0.05, 0.10], [0.01, 0.99], 0.5


def mazur_network() -> Network:
    net = Network([2, 2, 2], ["sigmoid", "sigmoid"], "half_sse")
    net.weights[1][...] = [[0.15, 0.20], [0.25, 0.30]]
    net.biases[1][...] = 0.35
    net.weights[2][...] = [[0.40, 0.45], [0.50, 0.55]]
    net.biases[2][...] = 0.60
    return net


def softmax_network() -> Network:
    return Network([2, 4, 3], ["tanh", "softmax"], "cross_entropy", seed=3)


def save(net: Network, path, name: str, dataset: dict | None = None, labels=None) -> str:
    from nnstudio.io import netfile

    nf = netfile.network_file_for(net, name=name, dataset=dataset, labels=labels)
    netfile.save(nf, path)
    return str(path)


def mazur_file(folder) -> str:
    return save(mazur_network(), folder / "mazur.nnet", "Mazur's 2-2-2 example", labels=[["i1", "i2"], None,
                                                                                           ["o1", "o2"]])


def softmax_file(folder) -> str:
    block = {"name": "blobs", "samples": 300, "noise": 0.2, "test_fraction": 0.3, "seed": 1, "classes": 3}
    return save(softmax_network(), folder / "softmax.nnet", "Three blobs, 2-4-3 softmax", dataset=block)


def open_window(path: str, folder, size=(1400, 900)):
    """A main window (settings in ``folder``) showing ``path``, with the step-through installed."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from nnstudio.app.main_window import MainWindow

    w = MainWindow(settings=QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    w.interactive = False
    w.ask_save_choice = lambda: QMessageBox.StandardButton.Discard   # closing never asks
    assert w.open_file(path, ask=False)
    assert "stepper" in w.panels, w.panel_errors
    w.resize(*size)
    w.show()
    return w


# -- looking at it: every kind of step on both networks ----------------------------------------------
import os  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

DOCS = Path(__file__).resolve().parents[2] / "docs"
#: NNSTUDIO_STEPPER_DOCS=1 writes the screenshots into docs/ (else into the test's tmp folder).
WRITE_DOCS = os.environ.get("NNSTUDIO_STEPPER_DOCS") == "1"
SHOTS = {"forward": 1, "loss": None, "backward": None, "update": None}


def _settle(qtbot, w):
    from PySide6.QtWidgets import QApplication

    for _ in range(4):
        QApplication.processEvents()
    w.canvas.fit(include_overlay=True)
    QApplication.processEvents()


def _scene(qtbot, tmp_path, which):
    path = mazur_file(tmp_path) if which == "2-2-2" else softmax_file(tmp_path)
    w = open_window(path, tmp_path)
    qtbot.addWidget(w)
    qtbot.waitExposed(w)
    ctl = w.panels["stepper"].controller
    if which == "2-2-2":
        w.panels["stepper"].panel.samples.inputs_edit.setText("0.05, 0.10")
        w.panels["stepper"].panel.samples.target_edit.setText("0.01, 0.99")
        assert w.panels["stepper"].panel.samples.apply_typed()
        ctl.set_learning_rate(MAZUR_LR)
    else:
        ctl.use_rows(4)
    w.panels["stepper"].action.trigger()
    assert ctl.active
    return w, ctl


def _shots(w, ctl):
    """(name, step index, canvas selection) of the pictures to take."""
    L = ctl.st.n_layers
    return [("forward", L - 1, ("neuron", [(L, 0)])), ("loss", L, ("neuron", [(L, 0)])),
            ("backward", L + 2, ("neuron", [(1, 0)])), ("update", 2 * L + 1, ("connection", [(2, 0, 1)])),
            ("matrix", 2 * L, ("neuron", [(1, 0)]))]


def _matrix_image(qtbot, ctl):
    from PySide6.QtWidgets import QApplication

    from nnstudio.stepper.matrix_widget import MatrixViewWidget

    widget = MatrixViewWidget()
    qtbot.addWidget(widget)
    widget.set_view(ctl.st.matrix_view())
    widget.resize(900, 640)
    widget.show()
    QApplication.processEvents()
    widget.resize(900, min(640, widget.widget().sizeHint().height() + 6))
    widget.show()
    QApplication.processEvents()
    return widget.grab()


@pytest.mark.parametrize("which", ["2-2-2", "2-4-3"])
def test_every_kind_of_step_renders(qtbot, tmp_path, which):
    w, ctl = _scene(qtbot, tmp_path, which)
    folder = DOCS if WRITE_DOCS else tmp_path
    for name, index, selection in _shots(w, ctl):
        ctl.go_to(index)
        w.canvas.select(*selection)
        _settle(qtbot, w)
        if name == "matrix":   # the matrix view alone, large enough to show every equation
            image = _matrix_image(qtbot, ctl)
        else:
            image = w.grab()
        out = folder / f"stepper-{which}-{name}.png"
        assert image.save(str(out)), out
        assert out.stat().st_size > 10_000
    ctl.restart()
    w.undo_stack.setClean()
    w.close()


def test_a_mini_batch_and_the_gradient_view_render(qtbot, tmp_path):
    w, ctl = _scene(qtbot, tmp_path, "2-4-3")
    folder = DOCS if WRITE_DOCS else tmp_path
    box = w.panels["stepper"].panel.samples
    box.batch_spin.setValue(4)
    box.shown_combo.setCurrentIndex(box.shown_combo.count() - 1)      # the batch as a whole
    assert ctl.st.batch_size == 4 and ctl.st.sample_index is None
    ctl.go_to(3)                                                       # backward through the output layer
    w.canvas.select("neuron", [(2, 0)])
    _settle(qtbot, w)
    assert w.grab().save(str(folder / "stepper-batch.png"))
    w.panels["stepper"].action.trigger()                                         # leave: the gradient view stays
    w.panels["stepper"].gradient_action.trigger()
    w.canvas.select("none", [])
    _settle(qtbot, w)
    assert w.canvas.scene.overlay["value_name"] == "∂L/∂w"
    assert w.grab().save(str(folder / "stepper-gradient-view.png"))
    w.undo_stack.setClean()
    w.close()

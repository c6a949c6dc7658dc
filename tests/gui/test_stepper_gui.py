"""The step-through GUI in the main window: canvas labels and explanations at every step, going
back, the update as one undoable edit, keys, play, mini-batches, the gradient check and view."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from nnstudio.document.data import Samples
from nnstudio.engine.network import Network
from nnstudio.io.numbers import agrees, parse, parse_values

X, Y, LR = [0.5, -0.3], [1.0], 0.5


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    """A main window with a 2-2-1 sigmoid/bce network, the step-through installed, a typed sample."""
    from nnstudio.app.main_window import MainWindow
    from nnstudio.io import netfile

    monkeypatch.setenv("NNSTUDIO_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NNSTUDIO_DATA_DIR", str(tmp_path / "data"))
    net = Network([2, 2, 1], ["sigmoid", "sigmoid"], "bce", seed=1)
    path = tmp_path / "small.nnet"
    netfile.save(netfile.network_file_for(net, name="small"), path)
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    w.interactive = False
    w.ask_save_choice = lambda: QMessageBox.StandardButton.Discard   # closing never asks
    qtbot.addWidget(w)
    assert w.open_file(str(path), ask=False)
    assert "stepper" in w.panels, w.panel_errors
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.panels["stepper"].controller.use_typed(X, Y)
    w.panels["stepper"].controller.set_learning_rate(LR)
    yield w
    w.panels["stepper"].controller.pause()
    w.undo_stack.setClean()
    w.document.dirty = False
    w.close()


def shown(w) -> dict:
    """Everything the learner sees for the current step: canvas overlay, panel texts, matrices."""
    overlay = w.canvas.scene.overlay
    values = overlay["connection_values"]
    return {
        "neurons": dict(overlay["neuron_texts"]),
        "connections": dict(overlay["connection_texts"]),
        "highlight": overlay["highlight_layer"],
        "values": None if values is None else [None if v is None else repr(np.asarray(v).tolist()) for v in values],
        "value_name": overlay["value_name"],
        "title": w.panels["stepper"].panel.title.text(),
        "caption": w.panels["stepper"].panel.caption.text(),
        "explanation": w.panels["stepper"].panel.explanation.text(),
        "matrices": w.panels["stepper"].panel.matrices.view.text(),
        "params": w.document.network.params.tolist(),
    }


def w_values(w, l):
    return np.asarray(w.canvas.scene.overlay["connection_values"][l])


def badge_texts(w) -> list[str]:
    from nnstudio.canvas.items import BADGE_TYPE

    return sorted(item._text for item in w.canvas.scene.items() if item.type() == BADGE_TYPE)


def engine_trace(net: Network):
    return net.copy().trace(np.array([X]), np.array([Y]), LR)


# -- a whole pass ------------------------------------------------------------------------------------
def test_a_whole_pass_shows_the_engines_numbers_at_every_step(win, qtbot):
    ctl, pane = win.panels["stepper"].controller, win.panels["stepper"].panel.explanation
    original = win.document.network.copy()
    tr = engine_trace(original)
    win.panels["stepper"].action.trigger()
    assert ctl.active and len(ctl.st) == 6
    kinds = []
    for k in range(6):
        ctl.go_to(k)
        step = ctl.st.current
        kinds.append((step.kind, step.layer))
        s = shown(win)
        assert s["neurons"] == dict(step.neuron_texts)
        assert s["highlight"] == step.highlight_layer
        assert badge_texts(win) == sorted(step.neuron_texts.values())
        assert f"Step {k + 1} of 6" in s["title"]
        # what the canvas says equals the engine's trace (independently of the stepper)
        if step.kind == "forward":
            l = step.layer
            for j in range(2 if l == 1 else 1):
                z_text, a_text = s["neurons"][(l, j)].split("\n")
                assert agrees(z_text.split(" = ")[1], tr.z[l][0, j]) and agrees(a_text.split(" = ")[1], tr.a[l][0, j])
            for (cl, j, i), text in s["connections"].items():
                assert cl == l and agrees(text.split(" = ")[1], original.weights[l][j, i] * tr.a[l - 1][0, i])
            assert s["value_name"] == "w·a"
            assert "z = Σᵢ wᵢ·aᵢ + b" in s["explanation"] and "σ(z)" in s["explanation"]
        elif step.kind == "loss":
            assert s["neurons"][(2, 0)] == f"ŷ = {parse_shown(tr.a[2][0, 0])}\ny = 1"
            assert "L = −(1/(N·K))" in s["explanation"] and "L = " in s["caption"]
            assert s["values"] is None        # the connections show their weights
        elif step.kind == "backward":
            l = step.layer
            for j in range(2 if l == 1 else 1):
                assert agrees(s["neurons"][(l, j)].split(" = ")[1], tr.delta[l][0, j])
            for (cl, j, i), text in s["connections"].items():
                assert cl == l and agrees(text.split(" = ")[1], tr.grad_weights[l][j, i])
            assert s["value_name"] == "∂L/∂w"
            assert np.array_equal(w_values(win, l), tr.grad_weights[l])
            assert "δ = ∂L/∂z" in s["explanation"] or "δⱼ" in s["explanation"]
        else:
            assert s["value_name"] == "Δw" and s["highlight"] is None
            text = s["connections"][(1, 0, 1)]
            before, after = text.split(" (")[0].split(" → ")
            assert agrees(before, original.weights[1][0, 1]) and agrees(after, tr.new_weights[1][0, 1])
            assert "w ← w − η·∂L/∂w" in s["explanation"]
        assert pane.text().startswith(ctl.st.explain(pane.item).title)
    assert kinds == [("forward", 1), ("forward", 2), ("loss", 2), ("backward", 2), ("backward", 1), ("update", None)]


def parse_shown(value) -> str:
    from nnstudio.io.numbers import fmt

    return fmt(value)


def test_previous_restores_exactly_what_was_shown(win):
    ctl = win.panels["stepper"].controller
    win.panels["stepper"].action.trigger()
    canvas = win.canvas
    canvas.select("neuron", [(1, 1)])
    seen = []
    for k in range(6):
        ctl.go_to(k)
        seen.append(shown(win))
    for k in range(4, -1, -1):
        ctl.previous()
        assert ctl.st.index == k
        assert shown(win) == seen[k]


def test_the_update_is_one_sgd_step_of_the_engine_and_undo_restores(win, qtbot):
    ctl, doc, stack = win.panels["stepper"].controller, win.document, win.undo_stack
    original = doc.network.params.copy()
    tr = engine_trace(doc.network)
    expected = np.concatenate([np.concatenate([tr.new_weights[l].ravel(), tr.new_bias[l]]) for l in (1, 2)])
    win.panels["stepper"].action.trigger()
    ctl.to_end()
    assert stack.count() == 1 and stack.undoText() == "Step-through update"
    assert np.allclose(doc.network.params, expected, rtol=0, atol=1e-15)
    assert win.canvas.scene.overlay["value_name"] == "Δw"
    stack.undo()
    assert np.array_equal(doc.network.params, original)
    qtbot.waitUntil(lambda: ctl.st.current.kind == "backward", timeout=1000)   # the view follows the undo
    assert ctl.active and not ctl.update_applied


def test_previous_from_the_update_undoes_it(win):
    ctl, doc, stack = win.panels["stepper"].controller, win.document, win.undo_stack
    original = doc.network.params.copy()
    win.panels["stepper"].action.trigger()
    ctl.to_end()
    assert not np.array_equal(doc.network.params, original)
    ctl.previous()
    assert np.array_equal(doc.network.params, original)
    assert stack.index() == 0 and ctl.st.index == 4
    ctl.next()                                       # back to the update: applied once more, one entry
    assert stack.index() == 1 and stack.count() == 1


def test_leaving_before_the_update_leaves_the_network_unchanged(win):
    ctl, doc = win.panels["stepper"].controller, win.document
    original = doc.network.params.copy()
    win.panels["stepper"].action.trigger()
    for _ in range(4):
        ctl.next()
    assert doc.preview is not None
    win.panels["stepper"].action.trigger()                     # leave
    assert not ctl.active
    assert np.array_equal(doc.network.params, original) and win.undo_stack.count() == 0
    assert win.canvas.scene.overlay["neuron_texts"] == {} and badge_texts(win) == []
    assert doc.preview is None


def test_leaving_at_the_update_keeps_it_as_one_undoable_edit(win):
    ctl, doc = win.panels["stepper"].controller, win.document
    original = doc.network.params.copy()
    win.panels["stepper"].action.trigger()
    ctl.to_end()
    win.panels["stepper"].action.trigger()
    assert not ctl.active and win.undo_stack.count() == 1
    win.undo_stack.undo()
    assert np.array_equal(doc.network.params, original)


# -- keys and play -----------------------------------------------------------------------------------
def test_keyboard_shortcuts(win, qtbot):
    ctl, view = win.panels["stepper"].controller, win.canvas.view
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert not ctl.active                            # the keys only act during step-through
    win.panels["stepper"].action.trigger()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert ctl.st.index == 2
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert ctl.st.index == 1
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert ctl.st.at_end and win.undo_stack.index() == 1
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert ctl.st.index == 0 and win.undo_stack.index() == 0
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert not ctl.active


def test_typing_in_a_field_keeps_the_arrow_keys(win, qtbot):
    ctl = win.panels["stepper"].controller
    win.panels["stepper"].action.trigger()
    edit = win.panels["stepper"].panel.samples.inputs_edit
    win.panels["stepper"].panel.samples.typed_radio.setChecked(True)
    edit.setFocus()
    edit.setCursorPosition(0)
    qtbot.keyClick(edit, Qt.Key.Key_Right)
    assert edit.cursorPosition() == 1 and ctl.st.index == 0


def test_play_runs_to_the_end_and_stops(win, qtbot):
    ctl = win.panels["stepper"].controller
    win.panels["stepper"].action.trigger()
    ctl.set_interval(50)
    win.panels["stepper"].panel.nav.play_button.click()
    assert ctl.playing
    qtbot.waitUntil(lambda: ctl.st.at_end, timeout=3000)
    qtbot.waitUntil(lambda: not ctl.playing, timeout=1000)
    assert win.undo_stack.count() == 1
    assert win.panels["stepper"].panel.nav.play_button.text() == "Play"


def test_buttons_and_the_step_strip(win):
    ctl, nav = win.panels["stepper"].controller, win.panels["stepper"].panel.nav
    win.panels["stepper"].panel.start_button.click()
    assert ctl.active and win.panels["stepper"].action.isChecked()
    assert nav.step_labels() == ["1 Forward 1", "2 Forward 2", "3 Loss", "4 Backward 2", "5 Backward 1", "6 Update"]
    nav.next_button.click()
    assert ctl.st.index == 1
    nav._buttons[3].click()
    assert ctl.st.index == 3 and nav.counter.text() == "Step 4 of 6"
    nav.prev_button.click()
    nav.restart_button.click()
    assert ctl.st.index == 0
    win.panels["stepper"].panel.start_button.click()
    assert not ctl.active and not win.panels["stepper"].action.isChecked()


# -- samples, batches, learning rate -----------------------------------------------------------------
def test_a_data_row_and_a_mini_batch(win):
    ctl, doc = win.panels["stepper"].controller, win.document
    samples = ctl.samples
    assert isinstance(samples, Samples) and len(samples) > 10   # the XOR default data
    box = win.panels["stepper"].panel.samples
    box.table.selectRow(3)
    assert ctl.source == "data" and ctl.row == 3
    box.batch_spin.setValue(4)
    win.panels["stepper"].action.trigger()
    st = ctl.st
    assert st.batch_size == 4 and np.array_equal(st.trace.a[0], samples.X[3:7])
    box.shown_combo.setCurrentIndex(box.shown_combo.count() - 1)      # the batch
    assert ctl.st.sample_index is None
    ctl.go_to(1)
    assert all(t.startswith("mean z") for t in win.canvas.scene.overlay["neuron_texts"].values() if "z" in t)
    box.shown_combo.setCurrentIndex(2)                                  # sample 3 of the batch
    assert ctl.st.sample_index == 2
    z_text = win.canvas.scene.overlay["neuron_texts"][(2, 0)].split("\n")[0]
    assert agrees(z_text.split(" = ")[1], st.trace.z[2][2, 0])
    tr = doc.network.copy().trace(samples.X[3:7], samples.Y[3:7], ctl.learning_rate)
    ctl.to_end()
    assert np.allclose(doc.network.weights[1], tr.new_weights[1], rtol=0, atol=1e-15)


def test_typed_values_and_the_learning_rate(win):
    ctl, box = win.panels["stepper"].controller, win.panels["stepper"].panel.samples
    box.typed_radio.setChecked(True)
    box.inputs_edit.setText("1, −2")
    box.target_edit.setText("0")
    assert box.apply_typed()
    win.panels["stepper"].panel.samples.lr_spin.setValue(0.25)
    win.panels["stepper"].action.trigger()
    assert np.array_equal(ctl.st.trace.a[0], [[1.0, -2.0]]) and ctl.st.learning_rate == 0.25
    box.inputs_edit.setText("1")
    assert not box.apply_typed() and "expected 2 numbers" in box.error.text()
    assert "x = (1, −2)" in win.panels["stepper"].panel.sample_line.text()


def test_changing_the_sample_at_the_update_replaces_the_update(win):
    ctl, doc, stack = win.panels["stepper"].controller, win.document, win.undo_stack
    original = doc.network.params.copy()
    win.panels["stepper"].action.trigger()
    ctl.to_end()
    ctl.use_typed([0.1, 0.2], [0.0])
    assert stack.count() == 1 and stack.index() == 1 and ctl.st.at_end
    tr = doc.network.copy()
    tr.set_parameters(original)
    expected = tr.trace(np.array([[0.1, 0.2]]), np.array([[0.0]]), LR).new_weights[2]
    assert np.allclose(doc.network.weights[2], expected, rtol=0, atol=1e-15)


def test_new_pass_after_the_update_starts_from_the_new_weights(win):
    ctl, doc = win.panels["stepper"].controller, win.document
    win.panels["stepper"].action.trigger()
    ctl.to_end()
    updated = doc.network.params.copy()
    win.panels["stepper"].panel.again_button.click()
    assert ctl.st.index == 0 and np.array_equal(ctl.st.network.params, updated)
    ctl.to_end()
    assert win.undo_stack.count() == 2


# -- explanation, gradient check, matrix view --------------------------------------------------------
def test_the_explanation_follows_the_canvas_selection_and_checks_the_gradient(win):
    ctl, panel = win.panels["stepper"].controller, win.panels["stepper"].panel
    win.panels["stepper"].action.trigger()
    ctl.go_to(4)                                      # backward through layer 1
    win.canvas.select("connection", [(1, 0, 1)])
    pane = panel.explanation
    assert pane.item == (1, 0, 1)
    assert "∂L/∂w = δⱼ·aᵢ" in pane.text()
    pane.check_button.click()
    check = pane.last_check
    assert check.ok and abs(check.backprop - ctl.st.trace.grad_weights[1][0, 1]) == 0
    assert "relative error" in pane.check_result.text()
    win.canvas.select("neuron", [(2, 0)])
    assert pane.item == (2, 0) and pane.check_result.text() == ""
    assert "bias" in pane.check_button.text()
    win.canvas.select("none", [])
    assert pane.item == (1, 0)                        # nothing selected: the current layer's first neuron


def test_the_matrix_view_shows_the_cores_matrices(win):
    ctl, matrices = win.panels["stepper"].controller, win.panels["stepper"].panel.matrices
    win.panels["stepper"].action.trigger()
    rows = matrices.equation_rows()
    assert [r.equation.caption for r in rows] == [eq.caption for eq in ctl.st.matrix_view().equations]
    from nnstudio.stepper.matrix_widget import MatrixBlock

    blocks = rows[0].findChildren(MatrixBlock)
    assert [b.matrix.label for b in blocks] == ["W⁽¹⁾", "x", "b⁽¹⁾", "z⁽¹⁾"]
    z = blocks[-1].matrix
    assert all(agrees(z.rows[j][0], ctl.st.trace.z[1][0, j]) for j in range(2))
    ctl.to_end()
    assert matrices.view.title.startswith("Update")


# -- the document changes under the step-through -----------------------------------------------------
def test_an_edit_during_step_through_recomputes_the_steps(win, qtbot):
    from nnstudio.document.commands import SetWeightCommand

    ctl, doc = win.panels["stepper"].controller, win.document
    win.panels["stepper"].action.trigger()
    ctl.go_to(3)
    win.undo_stack.push(SetWeightCommand(doc, 2, 0, 1, 0.75))
    qtbot.waitUntil(lambda: not ctl.st.is_stale(doc.network), timeout=1000)
    assert ctl.st.index == 3 and ctl.st.network.weights[2][0, 1] == 0.75
    tr = engine_trace(doc.network)
    assert agrees(win.canvas.scene.overlay["neuron_texts"][(2, 0)].split(" = ")[1], tr.delta[2][0, 0])


def test_a_structural_edit_rebuilds_for_the_new_network(win, qtbot):
    from nnstudio.document.commands import AddNeuronCommand

    ctl, doc = win.panels["stepper"].controller, win.document
    win.panels["stepper"].action.trigger()
    ctl.go_to(1)
    win.undo_stack.push(AddNeuronCommand(doc, 1, seed=0))
    qtbot.waitUntil(lambda: ctl.st is not None and ctl.st.network.sizes == [2, 3, 1], timeout=1000)
    assert ctl.st.index == 1
    assert len(win.canvas.scene.overlay["neuron_texts"]) == 2 + 3 + 1
    assert doc.preview["a"][1].size == 3


def test_removing_a_neuron_while_activations_are_shown(win, qtbot):
    from nnstudio.document.commands import RemoveNeuronsCommand

    ctl, doc = win.panels["stepper"].controller, win.document
    win.panels["stepper"].action.trigger()
    ctl.go_to(1)
    with qtbot.capture_exceptions() as errors:
        win.undo_stack.push(RemoveNeuronsCommand(doc, [(1, 1)]))
        qtbot.wait(50)
    assert not errors, errors[0][1]
    assert ctl.st is not None and ctl.st.network.sizes == [2, 1, 1]


def test_redo_of_the_update_returns_to_the_update_step(win, qtbot):
    ctl, stack = win.panels["stepper"].controller, win.undo_stack
    win.panels["stepper"].action.trigger()
    ctl.to_end()
    stack.undo()
    qtbot.waitUntil(lambda: ctl.st.index == 4, timeout=1000)
    stack.redo()
    qtbot.waitUntil(lambda: ctl.st.at_end, timeout=1000)
    ctl.previous()                                    # and undoes it again
    assert stack.index() == 0


# -- gradient view -----------------------------------------------------------------------------------
def test_gradient_view_outside_step_through(win, qtbot):
    doc, overlay = win.document, lambda: win.canvas.scene.overlay
    tr = engine_trace(doc.network)
    win.panels["stepper"].gradient_action.trigger()
    assert win.panels["stepper"].panel.gradient_box.isChecked()
    assert overlay()["value_name"] == "∂L/∂w"
    assert np.array_equal(overlay()["connection_values"][1], tr.grad_weights[1])
    win.undo_stack.push(__import__("nnstudio.document.commands", fromlist=["x"]).SetBiasCommand(doc, 1, 0, 0.3))
    tr2 = engine_trace(doc.network)
    qtbot.waitUntil(lambda: np.array_equal(overlay()["connection_values"][1], tr2.grad_weights[1]), timeout=1000)
    win.panels["stepper"].action.trigger()                      # step-through draws its own values
    assert overlay()["value_name"] == "w·a"
    win.panels["stepper"].action.trigger()
    assert overlay()["value_name"] == "∂L/∂w"
    win.panels["stepper"].panel.gradient_box.setChecked(False)
    assert overlay()["connection_values"] is None and not win.panels["stepper"].gradient_action.isChecked()


def test_the_legend_names_the_values(win):
    legend = win.canvas.view.legend
    win.panels["stepper"].action.trigger()
    assert any("w·a" in text for *_, text in legend._rows)
    win.panels["stepper"].controller.go_to(3)
    assert any("∂L/∂w" in text for *_, text in legend._rows)
    win.panels["stepper"].action.trigger()
    assert any(text == "positive weight" for *_, text in legend._rows)


# -- samples (Qt-free) -------------------------------------------------------------------------------
def test_parse_values():
    assert parse_values("0.5, −0.3", 2, "x").tolist() == [0.5, -0.3]
    assert parse_values("1 2;3", 3, "x").tolist() == [1, 2, 3]
    with pytest.raises(ValueError, match="expected 2 numbers, got 1"):
        parse_values("1", 2, "Inputs")
    with pytest.raises(ValueError, match="type numbers"):
        parse_values("a, b", 2, "Inputs")
    with pytest.raises(ValueError, match="finite"):
        parse_values("nan, 1", 2, "Inputs")
    assert parse("−0.3") == -0.3


def test_data_that_does_not_fit_falls_back_to_typed_values():
    from nnstudio.document import NetworkDocument
    from nnstudio.document.data import load_samples

    doc = NetworkDocument(Network([3, 2, 1], ["tanh", "sigmoid"], "bce", seed=0))
    with pytest.raises(ValueError, match="3"):
        load_samples(doc)
    blobs = NetworkDocument(Network([2, 3], ["softmax"], "cross_entropy", seed=0),
                            dataset={"name": "blobs", "samples": 60, "classes": 3, "seed": 1})
    s = load_samples(blobs)
    assert s.Y.shape == (len(s), 3) and np.all(s.Y.sum(axis=1) == 1)
    assert s.target_text(0).startswith("class ")


def test_selecting_several_rows_makes_a_mini_batch(win):
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    ctl, table = win.panels["stepper"].controller, win.panels["stepper"].panel.samples.table
    model = table.model()
    table.clearSelection()
    table.selectionModel().select(QItemSelection(model.index(2, 0), model.index(6, model.columnCount() - 1)),
                                  QItemSelectionModel.SelectionFlag.Select)
    assert (ctl.source, ctl.row, ctl.batch_size) == ("data", 2, 5)
    assert win.panels["stepper"].panel.samples.batch_spin.value() == 5
    table.selectRow(10)                                # one click moves the batch
    assert (ctl.row, ctl.batch_size) == (10, 5)
    assert sorted({i.row() for i in table.selectedIndexes()}) == [10, 11, 12, 13, 14]
    assert "rows 11–15" in win.panels["stepper"].panel.sample_line.text()


def test_dense_layers_label_the_focused_neuron_only():
    from nnstudio.stepper.canvas_parts import MAX_LABELS, focus_neuron_texts, focus_texts

    texts = {(1, j, i): f"w·a = 0.{j}{i}" for j in range(4) for i in range(3)}   # 12 labels, 144 characters
    kept, few = focus_texts(texts, (1, 2))
    assert few and set(kept) == {(1, 2, i) for i in range(3)}
    kept, _ = focus_texts(texts, (0, 1))                                     # an input: its outgoing ones
    assert set(kept) == {(1, j, 1) for j in range(4)}
    kept, _ = focus_texts(texts, None)
    assert set(kept) == {(1, 0, i) for i in range(3)}
    short = {(2, 0, i): "w·a = 1" for i in range(3)}
    assert focus_texts(short, None) == (short, False)
    many = {(1, 0, i): "x" * 20 for i in range(100)}
    values = [None, np.arange(100.0).reshape(1, 100)]
    kept, _ = focus_texts(many, (1, 0), values)
    assert set(kept) == {(1, 0, i) for i in range(100 - MAX_LABELS, 100)}   # the largest values
    badges = {(0, j): "x" for j in range(30)} | {(1, 0): "z"}
    kept, few = focus_neuron_texts(badges, [30, 1], (0, 7))
    assert few and set(kept) == {(0, 7), (1, 0)}


def test_a_masked_connection_has_no_label_and_reads_removed_in_the_matrices(win, qtbot):
    from nnstudio.document.commands import MaskConnectionsCommand

    ctl = win.panels["stepper"].controller
    win.undo_stack.push(MaskConnectionsCommand(win.document, [(1, 0, 1)]))
    win.panels["stepper"].action.trigger()
    texts = win.canvas.scene.overlay["connection_texts"]
    assert (1, 0, 1) not in texts and (1, 0, 0) in texts
    assert "—" in win.panels["stepper"].panel.matrices.view.text()
    win.canvas.select("connection", [(1, 1, 1)])
    ctl.go_to(4)
    win.panels["stepper"].panel.explanation.check_button.click()
    assert win.panels["stepper"].panel.explanation.last_check.ok
    ctl.to_end()
    assert win.document.network.weights[1][0, 1] == 0 and win.document.is_masked(1, 0, 1)


def test_opening_another_network_ends_the_step_through(win, tmp_path):
    from nnstudio.io import netfile

    ctl = win.panels["stepper"].controller
    win.panels["stepper"].action.trigger()
    ctl.go_to(2)
    path = tmp_path / "other.nnet"
    netfile.save(netfile.network_file_for(Network([3, 2], ["softmax"], "cross_entropy", seed=2)), path)
    assert win.open_file(str(path), ask=False)
    assert not ctl.active and not win.panels["stepper"].action.isChecked()
    assert win.canvas.scene.overlay["neuron_texts"] == {} and win.document.preview is None
    win.panels["stepper"].action.trigger()                      # a typed sample that fits the new network
    assert ctl.active and ctl.st.network.sizes == [3, 2]


# -- choosing the sample by clicking a data point ---------------------------------------------------
def click_point(qtbot, output, item, index):
    """A real left click on point ``index`` of a scatter item in the training's output plot."""
    spot = item.points()[index]
    view = output.plot.getPlotItem().getViewBox()
    pos = output.plot.mapFromScene(view.mapViewToScene(spot.pos()))
    qtbot.mouseClick(output.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def isolated(item, others) -> int:
    """The index of the point of ``item`` farthest from every other drawn point (a click hits only it)."""
    pts = np.array([[p.pos().x(), p.pos().y()] for p in item.points()])
    every = np.array([[p.pos().x(), p.pos().y()] for o in others for p in o.points()])
    dist = np.linalg.norm(pts[:, None, :] - every[None, :, :], axis=2)
    dist[dist == 0] = np.inf                          # the point itself
    return int(np.argmax(dist.min(axis=1)))


def test_clicking_a_data_point_chooses_the_sample(win, qtbot):
    ctl, plots = win.panels["stepper"].controller, win.panels["training"].plots
    plots.tabs.setCurrentWidget(plots.output)
    win.panels["training"].controller._mark_dirty()
    output = plots.output
    qtbot.waitUntil(lambda: len(output.train_points.points()) > 0, timeout=3000)
    ds = win.panels["training"].controller.data.dataset
    both = (output.train_points, output.test_points)
    i, j = isolated(output.train_points, both), isolated(output.test_points, both)
    click_point(qtbot, output, output.train_points, i)
    assert np.array_equal(win.document.preview["input"], ds.X_train[i])
    assert ctl.source == "typed"                        # not stepping through: the choice stays
    win.panels["stepper"].action.trigger()
    assert ctl.active
    win.docks.docks["plots"].raise_()                         # the step-through dock shares its tab
    qtbot.wait(20)
    click_point(qtbot, output, output.train_points, i)     # again: the ring around it lets the click through
    assert ctl.source == "data" and ctl.row == i
    assert np.array_equal(ctl.st.trace.a[0][0], ds.X_train[i])
    click_point(qtbot, output, output.test_points, j)
    assert ctl.source == "typed"
    assert np.array_equal(ctl.typed_x, ds.X_test[j])
    assert np.array_equal(ctl.typed_y, [float(ds.y_test[j])])
    assert np.array_equal(ctl.st.trace.a[0][0], ds.X_test[j])


def test_a_new_data_set_updates_the_sample_line_and_the_trace(win, qtbot):
    from nnstudio.document.commands import SetDatasetCommand

    ctl, doc, panel = win.panels["stepper"].controller, win.document, win.panels["stepper"].panel
    ctl.use_rows(0)
    win.panels["stepper"].action.trigger()
    ctl.go_to(1)
    old_x = ctl.st.trace.a[0][0].copy()
    block = {"name": "moons", "samples": 100, "noise": 0.1, "test_fraction": 0.3, "seed": 4}
    win.undo_stack.push(SetDatasetCommand(doc, block))
    qtbot.wait(10)
    x = ctl.samples.X[0]
    assert ctl.samples.name == "moons" and "moons row 1" in panel.sample_line.text()
    assert not np.array_equal(x, old_x)
    assert np.array_equal(ctl.st.trace.a[0][0], x) and ctl.st.index == 1   # same step, the new sample


# -- η is the network's ----------------------------------------------------------------------------------
def test_the_step_through_follows_the_networks_learning_rate(qtbot, tmp_path, monkeypatch):
    """circle.nnet has η = 0.3: F8 steps with 0.3; a change in the Training panel is shown and used at
    once; another η typed in the step-through is for this step only, and says so."""
    from PySide6.QtGui import QAction, QKeySequence

    from nnstudio.app.main_window import MainWindow
    from nnstudio.resources import example_path

    monkeypatch.setenv("NNSTUDIO_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NNSTUDIO_DATA_DIR", str(tmp_path / "data"))
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    w.interactive = False
    w.ask_save_choice = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(w)
    try:
        assert w.open_file(str(example_path("circle.nnet")), ask=False)
        w.show()
        qtbot.waitExposed(w)
        ctl, panel = w.panels["stepper"].controller, w.panels["stepper"].panel
        box = panel.samples
        f8 = [a for a in w.findChildren(QAction) if a.shortcut() == QKeySequence("F8")]
        assert len(f8) == 1
        f8[0].trigger()                     # F8 (the offscreen platform never activates a window for keys)
        assert ctl.active
        assert ctl.st.learning_rate == 0.3 and box.lr_spin.value() == 0.3
        assert "η = 0.3" in panel.sample_line.text() and box.eta_note.isHidden()
        X, Y, _ = ctl.inputs()
        before = w.document.network.copy()
        settings_box = w.panels["training"].panel.settings_box
        settings_box.lr.field.setText("0.05")
        settings_box.lr.field.editingFinished.emit()
        assert w.document.training.learning_rate == 0.05
        assert ctl.st.learning_rate == 0.05 and box.lr_spin.value() == 0.05
        assert "η = 0.05" in panel.sample_line.text()
        ctl.to_end()
        expected = before.trace(X, Y, 0.05).new_weights
        assert all(np.array_equal(a, b) for a, b in zip(w.document.network.weights[1:], expected[1:], strict=True))
        panel.again_button.click()
        box.lr_spin.setValue(0.7)                                   # another η, for this step only
        assert ctl.st.learning_rate == 0.7 and w.document.training.learning_rate == 0.05
        assert not box.eta_note.isHidden() and "this step only" in box.eta_note.text()
        assert "this step only" in panel.sample_line.text()
        ctl.to_end()
        panel.again_button.click()                                  # the next step: the network's η again
        assert ctl.st.learning_rate == 0.05 and box.eta_note.isHidden()
    finally:
        w.undo_stack.setClean()
        w.document.dirty = False
        w.close()


def test_the_connections_dropconnect_dropped_are_drawn_dropped(win, qtbot):
    import dataclasses

    from nnstudio.document import commands as C

    doc, ctl = win.document, win.panels["stepper"].controller
    win.undo_stack.push(C.SetTrainingSettingsCommand(doc, dataclasses.replace(doc.training, dropconnect=0.5, seed=4)))
    win.panels["stepper"].action.trigger()
    st = ctl.st
    assert st is not None and st.dropconnect == 0.5
    item = win.canvas.scene.connections
    expected = np.concatenate([st.dropped(l).ravel() for l in (1, 2)])
    assert expected.any() and not expected.all()
    np.testing.assert_array_equal(item.dropped, expected)
    assert len(item._dropped_lines) == expected.sum()
    win.panels["stepper"].action.trigger()  # leaving clears the overlay: nothing is drawn dropped any more
    qtbot.waitUntil(lambda: not win.canvas.scene.connections.dropped.any())

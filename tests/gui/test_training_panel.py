"""The training dock and the plots: data choices, feature toggles, CSV import, views, export, kept runs."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from bare_host import BareHost, installed
from PySide6.QtCore import Qt

from nnstudio.document import NetworkDocument
from nnstudio.engine.datasets import DATASET_NAMES
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainingSettings
from nnstudio.training.csv_dialog import CsvImportDialog
from nnstudio.training.install import install
from nnstudio.training.views.common import export_csv, export_png

XOR = {"name": "xor", "samples": 200, "noise": 0.1, "test_fraction": 0.3, "seed": 1}


pytestmark = pytest.mark.usefixtures("no_training_left_running")


@pytest.fixture
def window(qtbot):
    w = BareHost(NetworkDocument(Network([2, 4, 1], ["tanh", "sigmoid"], "bce", seed=1), dataset=dict(XOR),
                                 training=TrainingSettings(learning_rate=0.3)))
    qtbot.addWidget(w)
    installed(w, install(w))
    w.resize(1300, 850)
    w.show()
    yield w
    w.training.shutdown()


def choose_dataset(window, name):
    box = window.training_panel.data_box
    box.combo.setCurrentIndex(DATASET_NAMES.index(name))
    box.combo.activated.emit(DATASET_NAMES.index(name))


def test_feature_toggles_resize_the_input_layer_and_undo_restores_it(window):
    doc, stack = window.document, window.undo_stack
    before = doc.structure()
    toggles = window.training_panel.data_box.features
    assert toggles.isVisible() and toggles.selection() == ["x1", "x2"]
    toggles.buttons["x1·x2"].click()
    assert doc.sizes[0] == 3
    assert doc.labels[0] == ["x1", "x2", "x1·x2"]
    assert doc.dataset["features"] == ["x1", "x2", "x1·x2"]
    assert np.array_equal(doc.network.weights[1][:, :2], before.network.weights[1])  # kept inputs keep weights
    assert window.training.fit_problem() == ""
    toggles.buttons["x1"].click()
    assert doc.labels[0] == ["x2", "x1·x2"]
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert doc.structure().same_as(before)
    assert "features" not in doc.dataset
    assert toggles.selection() == ["x1", "x2"]


def test_the_last_feature_cannot_be_switched_off(window):
    toggles = window.training_panel.data_box.features
    toggles.buttons["x1"].click()
    toggles.buttons["x2"].click()
    assert toggles.selection() == ["x2"]
    assert window.document.sizes[0] == 1


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_every_dataset_adapts_the_network_and_trains(qtbot, window, name):
    doc, ctl = window.document, window.training
    choose_dataset(window, name)
    assert doc.dataset["name"] == name
    assert ctl.fit_problem() == ""
    assert window.undo_stack.count() <= 1
    assert ctl.step_epoch()
    qtbot.waitUntil(lambda: not ctl.running, timeout=10000)
    assert ctl.epoch == 1 and np.isfinite(doc.network.params).all()
    plots = window.plots_panel
    for i in range(plots.tabs.count()):
        plots.tabs.setCurrentIndex(i)
        qtbot.wait(40)
    assert not plots._broken  # no view failed


def test_switching_to_sine_and_back_is_one_undo_step_each(window):
    doc, stack = window.document, window.undo_stack
    before = doc.structure()
    choose_dataset(window, "sine")
    assert doc.sizes[0] == 1 and doc.network.loss == "mse" and doc.network.output_activation == "identity"
    assert "network:" in stack.text(0)
    stack.undo()
    assert doc.structure().same_as(before) and doc.dataset == XOR


def test_noise_changes_merge_into_one_undo_step(window):
    box, stack = window.training_panel.data_box, window.undo_stack
    box.noise.setValue(0.2)
    box.noise.setValue(0.3)
    assert stack.count() == 1
    assert window.document.dataset["noise"] == 0.3
    stack.undo()
    assert window.document.dataset["noise"] == 0.1


def test_regenerate_draws_new_points(window):
    box = window.training_panel.data_box
    first = window.training.data.dataset.X_train.copy()
    box.regenerate.click()
    assert window.document.dataset["seed"] == 2
    assert not np.array_equal(window.training.data.dataset.X_train, first)


def test_settings_edits_are_undoable_and_reach_the_document(window):
    box, doc, stack = window.training_panel.settings_box, window.document, window.undo_stack
    box.lr.field.setText("0.003")
    box.lr.field.editingFinished.emit()
    assert doc.training.learning_rate == 0.003
    box.lr.slider.setValue(box.lr.slider.value() + 50)
    box.lr.slider.setValue(box.lr.slider.value() + 50)
    assert stack.count() == 1  # one learning-rate gesture
    box.batch.setValue(32)
    assert doc.training.batch_size == 32
    box.optimizer.setCurrentIndex(box.optimizer.findData("adam"))
    box.optimizer.activated.emit(box.optimizer.currentIndex())
    assert doc.training.optimizer == "adam" and box.betas_row.isVisibleTo(box.more)
    assert not box.nesterov.isVisibleTo(box.more)   # in the folded "More settings" section
    stack.undo()
    assert doc.training.optimizer == "sgd"
    assert box.optimizer.currentData() == "sgd"


def test_csv_import_dialog_with_a_categorical_column_and_missing_cells(qtbot, window, tmp_path):
    path = tmp_path / "pets.csv"
    rows = [["weight", "colour", "age", "kind"]]
    rng = np.random.default_rng(0)
    for i in range(60):
        kind = "cat" if i % 2 else "dog"
        weight = f"{rng.normal(4 if kind == 'cat' else 20, 2):.2f}" if i % 11 else ""
        colour = ["black", "white", "brown"][i % 3] if i % 13 else "?"
        rows.append([weight, colour, str(int(rng.integers(1, 15))), kind])
    with open(path, "w", newline="") as f:
        csv.writer(f).writerows(rows)
    dialog = CsvImportDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.set_path(str(path))
    assert dialog.target.currentText() == "kind"
    assert dialog.type_boxes["colour"].currentText() == "categorical"
    assert dialog.type_boxes["weight"].currentText() == "numeric"
    assert dialog.rows.rowCount() > 0 and dialog.rows.columnCount() == 4
    assert "dropped" in dialog.summary_text  # default: drop rows with a missing cell
    dialog.missing.setCurrentIndex(dialog.missing.findData("fill"))
    dialog.refresh_summary()
    assert "Filled" in dialog.summary_text
    assert "classification, 2 classes" in dialog.summary_text
    dialog.use_boxes["age"].setChecked(False)
    dialog.refresh_summary()
    block = dialog.result_block
    assert block["ignore"] == ["age"] and block["missing"] == "fill" and block["target"] == "kind"
    assert dialog.result_dataset.n_features == 5  # weight + 3 colours and "missing" (one-hot)
    # the app adapts the network in one undoable step
    doc, stack = window.document, window.undo_stack
    before = doc.structure()
    assert window.training_panel.data_box.apply(block, "Use pets.csv", encoding=dialog.result_dataset.encoding)
    assert doc.sizes[0] == 5 and doc.dataset["name"] == "csv" and doc.encoding is not None
    assert window.training.fit_problem() == ""
    assert window.training.step_batch()
    stack.undo()
    stack.undo()
    assert doc.structure().same_as(before) and doc.dataset == XOR


def test_csv_dialog_reports_a_bad_target(qtbot, window, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("a,b\n1,x\n2,y\n3,z\n")
    dialog = CsvImportDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.set_path(str(path))
    dialog.target.setCurrentText("b")
    dialog.use_boxes["a"].setChecked(False)
    dialog.refresh_summary()
    assert dialog.result_block is None and dialog.summary_text.startswith("Cannot import")


def test_plots_export_png_and_csv(qtbot, window, tmp_path):
    ctl = window.training
    assert ctl.step_epoch()
    qtbot.waitUntil(lambda: not ctl.running, timeout=10000)
    assert ctl.step_batch()
    loss = window.plots_panel.loss
    qtbot.waitUntil(lambda: loss.arrays.n >= 2, timeout=3000)
    assert export_png(loss.view, str(tmp_path / "loss.png"))
    assert (tmp_path / "loss.png").stat().st_size > 1000
    assert export_csv(loss.view, str(tmp_path / "loss.csv"))
    lines = (tmp_path / "loss.csv").read_text().splitlines()
    assert lines[0].startswith("epoch,step,train_loss,test_loss") and len(lines) == 1 + loss.arrays.n
    output = window.plots_panel.output
    assert export_csv(output.plot, str(tmp_path / "output.csv"))
    actions = [a.text() for a in loss.view.scene().contextMenu]
    assert not any("SVG" in t or "Export" in t for t in actions)


def test_keep_this_run_overlays_it_and_lists_it(qtbot, window):
    ctl, plots = window.training, window.plots_panel
    assert ctl.step_epoch()
    qtbot.waitUntil(lambda: not ctl.running, timeout=10000)
    plots.tabs.setCurrentWidget(plots.runs)
    qtbot.wait(50)
    run = plots.runs.keep()
    assert run is not None and "2-4-1" in run.label and "sgd lr 0.3" in run.label
    assert plots.runs.table.rowCount() == 1
    assert len(plots.loss._kept_items) >= 1
    plots.runs.clear()
    assert plots.loss._kept_items == []


def test_neuron_maps_reach_the_grid(qtbot, window):
    plots = window.plots_panel
    plots.tabs.setCurrentWidget(plots.neurons)
    window.training._mark_dirty()
    qtbot.waitUntil(lambda: len(plots.neurons.images) == 2 + 4 + 1, timeout=3000)
    image = plots.neurons.images[(1, 0)]
    assert image.width() == image.height() > 10


def test_space_toggles_play_in_the_panel(qtbot, window):
    from PySide6.QtCore import Qt

    ctl = window.training
    panel = window.training_panel
    panel.run_bar.play.setFocus()
    qtbot.keyClick(panel.run_bar.play, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ctl.running, timeout=5000)
    qtbot.keyClick(panel.run_bar.play, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not ctl.running, timeout=5000)


def test_clicking_a_data_point_shows_its_activations(qtbot, window):
    plots, doc = window.plots_panel, window.document
    plots.tabs.setCurrentWidget(plots.output)
    window.training._mark_dirty()
    qtbot.waitUntil(lambda: len(plots.output.train_points.points()) > 0, timeout=3000)
    spot = plots.output.train_points.points()[3]
    plots.output._choose("train", [spot])
    assert doc.preview is not None
    assert np.allclose(doc.preview["input"], window.training.data.dataset.X_train[3])
    assert len(plots.output.chosen.points()) == 1


def test_reset_is_one_undo_step(qtbot, window):
    ctl, doc, stack = window.training, window.document, window.undo_stack
    assert ctl.step_batch()
    trained, history = doc.network.params.copy(), dict(doc.history)
    ctl.reset()
    assert doc.history == {} and not np.array_equal(doc.network.params, trained)
    assert stack.text(stack.count() - 1) == "Reset training"
    stack.undo()
    assert np.array_equal(doc.network.params, trained) and doc.history == history


def test_initialiser_is_an_undoable_setting_that_reset_uses(window):
    from nnstudio.engine.initializers import initialize

    ctl, doc, stack, box = window.training, window.document, window.undo_stack, window.training_panel.settings_box
    box.init.setCurrentIndex(box.init.findData("zeros"))
    box.init.activated.emit(box.init.currentIndex())
    assert doc.training.initializer == "zeros"
    ctl.reset()
    assert not doc.network.weights[1].any()        # the chosen initialiser, not the default
    stack.undo()
    stack.undo()
    assert doc.training.initializer == "xavier_uniform" and box.init.currentData() == "xavier_uniform"
    box.init.setCurrentIndex(box.init.findData("he_normal"))
    box.init.activated.emit(box.init.currentIndex())
    ctl.reset()
    rng = np.random.default_rng(doc.training.seed)
    assert np.array_equal(doc.network.weights[1], initialize("he_normal", rng, *doc.network.weights[1].shape[::-1]))


def test_metrics_table_shows_the_confusion_matrix_with_the_output_names(qtbot):
    net = Network([2, 3], ["softmax"], "cross_entropy", seed=2)
    blobs = {"name": "blobs", "samples": 150, "noise": 0.6, "test_fraction": 0.3, "seed": 3, "classes": 3}
    w = BareHost(NetworkDocument(net, dataset=blobs, labels=[["x1", "x2"], ["red", "green", "blue"]],
                                 training=TrainingSettings(learning_rate=0.05)))
    qtbot.addWidget(w)
    installed(w, install(w))
    w.show()
    try:
        assert w.training.step_batch()
        view = w.plots_panel.metrics
        view.update_view(w.training)
        ds, t = w.training.data.dataset, view.table
        for button, X, y in ((view.on_test, ds.X_test, ds.y_test), (view.on_train, ds.X_train, ds.y_train)):
            button.click()
            predicted = w.document.network.forward(X).argmax(axis=1)
            expected = np.zeros((3, 3), dtype=int)
            np.add.at(expected, (y.astype(int), predicted), 1)
            shown = [[int(t.item(r, c).text()) for c in range(3)] for r in range(3)]
            assert shown == expected.tolist()
            recall = expected[1, 1] / expected[1].sum()
            assert float(t.item(1, 4).text()) == pytest.approx(recall, abs=5e-4)
        assert [t.verticalHeaderItem(r).text() for r in range(3)] == ["red", "green", "blue"]
    finally:
        w.training.shutdown()


def test_colours_survive_outputs_outside_zero_one():
    from nnstudio.training.colors import rgba_classes, rgba_from_unit

    rgba = rgba_from_unit(np.array([-3.0, 0.5, 7.0, np.nan]))
    assert rgba.shape == (4, 4)
    assert rgba_classes(np.array([[0.2, 0.8], [np.nan, 0.1]])).shape == (2, 4)


def test_settings_texts_come_from_the_engine_declarations(window):
    from PySide6.QtCore import Qt

    from nnstudio.engine.losses import LOSSES
    from nnstudio.engine.optimizers import OPTIMIZERS, SGD, Adam

    box = window.training_panel.settings_box
    opt = box.optimizer
    assert [opt.itemData(i) for i in range(opt.count())] == list(OPTIMIZERS)
    assert [opt.itemText(i) for i in range(opt.count())] == [c.title for c in OPTIMIZERS.values()]
    assert opt.itemData(0, Qt.ItemDataRole.ToolTipRole) == SGD.summary
    assert LOSSES["bce"].summary in box.loss.itemData(box.loss.findData("bce"), Qt.ItemDataRole.ToolTipRole)
    assert SGD.hyperparameters[0].tooltip in box.momentum.toolTip()
    assert Adam.hyperparameters[1].tooltip in box.beta2.toolTip()


def test_dropconnect_and_patience_are_undoable_settings_with_their_conventions_in_the_tooltips(window):
    box, doc, stack = window.training_panel.settings_box, window.document, window.undo_stack
    box.dropconnect.setValue(0.25)
    box.patience.setValue(40)
    assert doc.training.dropconnect == 0.25 and doc.training.patience == 40 and stack.count() == 2
    stack.undo()
    assert doc.training.patience == 0 and box.patience.text() == "off"
    assert "½λΣw²" in box.reg.toolTip() and "2 × its λ" in box.reg.toolTip()
    assert "1/(1 − p)" in box.dropconnect.toolTip()
    tips = {box.loss.itemData(k): box.loss.itemData(k, Qt.ItemDataRole.ToolTipRole) for k in range(box.loss.count())}
    assert "sum over the N samples and the K outputs (no mean)" in tips["sse"]
    assert "mean over the N samples and the K outputs" in tips["mse"]


def test_the_loss_plot_marks_the_best_test_epoch_and_reads_out_the_gap(window, qtbot):
    """An overfitting history: the test loss is lowest at epoch 2, then climbs while training goes on."""
    from nnstudio.training.history import History

    view, ctl = window.plots_panel.loss, window.training
    train = [0.7, 0.5, 0.3, 0.2, 0.1, 0.05]
    test = [0.72, 0.55, 0.41, 0.45, 0.52, 0.61]
    ctl.history = History([(e, e * 10, train[e], test[e], 0.0, np.nan, np.nan) for e in range(6)])
    view.update_view(ctl)
    assert view.best_epoch == 2 and view.best_line.isVisible() and view.best_line.value() == 2
    xs, ys = view.best_dot.getData()
    assert xs.tolist() == [2.0] and ys.tolist() == [0.41]
    assert "gap (test − train) +0.56" in view.readout.text()
    ctl.history = History([(e, e, train[e], np.nan, 0.0, np.nan, np.nan) for e in range(6)])
    view.update_view(ctl)
    assert view.best_epoch is None and not view.best_dot.isVisible() and "gap" not in view.readout.text()


def test_the_read_out_names_the_training_and_the_test_accuracy(window, qtbot):
    """Lessons ask for the test accuracy: the read-out gives both, each named."""
    from nnstudio.training.history import History

    view, ctl = window.plots_panel.loss, window.training
    ctl.history = History([(0, 0, 0.7, 0.72, 0.0, 0.5, 0.45), (1, 10, 0.2, 0.3, 0.0, 0.96, 0.9)])
    view.update_view(ctl)
    text = view.readout.text()
    assert "train accuracy 96.0 %" in text and "test accuracy 90.0 %" in text
    ctl.history = History([(0, 0, 0.7, np.nan, 0.0, 0.5, np.nan), (1, 10, 0.2, np.nan, 0.0, 0.96, np.nan)])
    view.update_view(ctl)
    assert "train accuracy 96.0 %" in view.readout.text() and "test accuracy" not in view.readout.text()

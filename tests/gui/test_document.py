"""The document and its undo commands: every edit undoes to a bit-identical state."""

import numpy as np
import pytest
from PySide6.QtGui import QUndoStack

from nnstudio.document import EditRefused, NetworkDocument
from nnstudio.document import commands as C
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainingSettings


def make_doc():
    net = Network([2, 3, 1], ["tanh", "sigmoid"], "bce", seed=3)
    return NetworkDocument(net, name="t", labels=[["a", "b"], None, ["out"]])


def snapshot(doc):
    return (doc.structure(), doc.training, dict(doc.history))


def same(s1, s2):
    return s1[0].same_as(s2[0]) and s1[1] == s2[1] and s1[2] == s2[2]


def test_every_command_undoes_and_redoes_exactly():
    doc = make_doc()
    stack = QUndoStack()
    start = snapshot(doc)
    events = []
    doc.subscribe(lambda e: events.append(e.kind))
    stack.push(C.AddLayerCommand(doc, 2, 4, "relu", seed=1))
    stack.push(C.AddNeuronCommand(doc, 1, seed=2))
    stack.push(C.MoveNeuronsCommand(doc, {(0, 0): doc.position(0, 0)}, {(0, 0): (-30.5, 12.25)}))
    stack.push(C.MaskConnectionsCommand(doc, [(1, 0, 1)]))
    stack.push(C.RestoreConnectionCommand(doc, 1, 0, 1, seed=5))
    stack.push(C.SetWeightCommand(doc, 2, 1, 0, 0.123456789))
    stack.push(C.SetBiasCommand(doc, 3, 0, -0.75))
    stack.push(C.SetActivationCommand(doc, 1, "relu"))
    stack.push(C.RandomiseWeightsCommand(doc, "he_normal", seed=9))
    stack.push(C.ReplaceParametersCommand(doc, doc.network.params * 0.5, "Train 250 epochs",
                                          history={"epoch": [1], "train_loss": [0.5]}))
    stack.push(C.SetTrainingSettingsCommand(doc, TrainingSettings(learning_rate=0.5)))
    stack.push(C.RemoveNeuronsCommand(doc, [(2, 0)]))
    stack.push(C.RemoveLayerCommand(doc, 1, seed=4))
    assert {"structure", "parameters", "layout", "activation", "settings", "history"} <= set(events)
    end = snapshot(doc)
    assert not same(start, end)
    while stack.canUndo():
        stack.undo()
    assert same(snapshot(doc), start)
    while stack.canRedo():
        stack.redo()
    assert same(snapshot(doc), end)


def test_refused_edits_change_nothing():
    doc = NetworkDocument(Network([2, 2, 1], ["sigmoid", "sigmoid"], "bce"))
    stack = QUndoStack()
    for make, args in [
        (C.RemoveNeuronsCommand, ([(2, 0)],)),
        (C.RemoveLayerCommand, (2,)),
        (C.RemoveLayerCommand, (0,)),
        (C.SetActivationCommand, (1, "softmax")),
        (C.SetActivationCommand, (0, "relu")),
        (C.SetWeightCommand, (1, 0, 5, 1.0)),
        (C.SetWeightCommand, (1, 0, 0, float("nan"))),
        (C.SetBiasCommand, (0, 0, 1.0)),
        (C.AddLayerCommand, (1, 0, "relu")),
        (C.AddLayerCommand, (1, 3, "nonsense")),
        (C.RestoreConnectionCommand, (1, 0, 0)),
        (C.RandomiseWeightsCommand, ("nope", 1)),
    ]:
        ok, message = C.push(stack, make, doc, *args)
        assert not ok and message, make
    assert stack.count() == 0


def test_masked_weight_cannot_be_set():
    doc = make_doc()
    stack = QUndoStack()
    stack.push(C.MaskConnectionsCommand(doc, [(1, 0, 0)]))
    assert doc.network.weights[1][0, 0] == 0 and doc.is_masked(1, 0, 0)
    with pytest.raises(EditRefused):
        C.SetWeightCommand(doc, 1, 0, 0, 1.0)


def test_value_edits_of_one_gesture_merge():
    doc = make_doc()
    stack = QUndoStack()
    before = doc.network.weights[1][0, 0]
    g = C.new_gesture_id()
    for k in range(5):
        stack.push(C.SetWeightCommand(doc, 1, 0, 0, before + 0.1 * (k + 1), gesture=g))
    assert stack.count() == 1
    assert doc.network.weights[1][0, 0] == pytest.approx(before + 0.5)
    stack.undo()
    assert doc.network.weights[1][0, 0] == before
    stack.push(C.SetWeightCommand(doc, 1, 0, 0, 1.0, gesture=C.new_gesture_id()))
    stack.push(C.SetWeightCommand(doc, 1, 0, 0, 2.0, gesture=C.new_gesture_id()))
    assert stack.count() == 2
    g = C.new_gesture_id()                     # one gesture, but another weight, then a bias: no merging
    stack.push(C.SetWeightCommand(doc, 1, 0, 0, 3.0, gesture=g))
    stack.push(C.SetWeightCommand(doc, 1, 0, 1, 3.0, gesture=g))
    stack.push(C.SetBiasCommand(doc, 1, 0, 3.0, gesture=g))
    stack.push(C.SetBiasCommand(doc, 1, 0, 4.0))  # no gesture: never merges
    assert stack.count() == 6


def test_training_settings_of_one_gesture_merge_and_keep_the_first_before():
    doc = make_doc()
    stack = QUndoStack()
    first = doc.training
    g = C.new_gesture_id()
    for lr in (0.2, 0.3, 0.4):
        stack.push(C.SetTrainingSettingsCommand(doc, TrainingSettings(learning_rate=lr), f"η {lr}", gesture=g))
    assert stack.count() == 1 and stack.undoText() == "η 0.4" and doc.training.learning_rate == 0.4
    stack.undo()
    assert doc.training == first


def test_a_restored_connection_gets_the_weight_the_initialiser_draws_for_it():
    doc = make_doc()
    l, j, i = 1, 0, 1
    C.MaskConnectionsCommand(doc, [(l, j, i)]).redo()
    fan_in, fan_out = doc.sizes[l - 1], doc.sizes[l]
    a = np.sqrt(6.0 / (fan_in + fan_out))
    expected = np.random.default_rng(5).uniform(-a, a, (fan_out, fan_in))[j, i]   # Glorot, written out
    cmd = C.RestoreConnectionCommand(doc, l, j, i, seed=5)
    cmd.redo()
    assert cmd.weight == expected and doc.network.weights[l][j, i] == expected and abs(expected) <= a


def test_preview_follows_parameter_changes():
    doc = make_doc()
    doc.set_preview_input([0.5, -1.0])
    z, a = doc.activation_values(2, 0)
    assert a == pytest.approx(1 / (1 + np.exp(-z)))
    stack = QUndoStack()
    b = doc.network.biases[2][0]
    stack.push(C.SetBiasCommand(doc, 2, 0, 3.0))
    z2, _ = doc.activation_values(2, 0)
    assert z2 == pytest.approx(z - b + 3.0)
    stack.push(C.AddNeuronCommand(doc, 0))  # the input no longer fits: the preview clears
    assert doc.preview is None
    with pytest.raises(ValueError):
        doc.set_preview_input([1.0])


def test_structure_event_comes_before_the_preview_it_invalidates():
    """Views rebuild for the new sizes before they restyle with the new preview."""
    doc = make_doc()
    doc.set_activations_preview([np.zeros(2), np.zeros(3), np.zeros(1)], [np.zeros(2), np.ones(3), np.ones(1)])
    seen = []
    doc.subscribe(lambda e: seen.append((e.kind, None if doc.preview is None else doc.sizes)))
    QUndoStack().push(C.RemoveNeuronsCommand(doc, [(1, 1)]))
    assert [k for k, _ in seen] == ["structure", "activations-preview"]
    assert doc.preview is None


def test_subscriber_errors_do_not_starve_others():
    doc = make_doc()
    seen = []

    def bad(event):
        raise RuntimeError("boom")

    doc.subscribe(bad)
    doc.subscribe(lambda e: seen.append(e.kind), kinds=["layout"])
    with pytest.raises(RuntimeError):
        doc.set_positions({(0, 0): (1, 2)})
    assert seen == ["layout"]


def test_layout_is_completed_when_missing_or_wrong():
    net = Network([3, 2], ["sigmoid"], "mse")
    doc = NetworkDocument(net, positions=[[[0, 0]], None])
    assert [len(layer) for layer in doc.positions] == [3, 2]
    assert doc.labels == [None, None]


def test_save_and_reopen_keep_everything(tmp_path):
    from nnstudio.io import netfile

    doc = make_doc()
    stack = QUndoStack()
    stack.push(C.MoveNeuronsCommand(doc, {(1, 2): doc.position(1, 2)}, {(1, 2): (123.5, -7.25)}))
    stack.push(C.MaskConnectionsCommand(doc, [(2, 0, 1)]))
    stack.push(C.SetTrainingSettingsCommand(doc, TrainingSettings(learning_rate=0.03, epochs=7)))
    doc.set_dataset_block({"name": "xor", "samples": 100, "noise": 0.1, "test_fraction": 0.3, "seed": 1})
    doc.extra["custom_key"] = {"kept": True}
    path = tmp_path / "n.nnet"
    doc.save(path)
    again = NetworkDocument.open(path)
    assert again.structure().same_as(doc.structure())
    assert again.training == doc.training and again.dataset == doc.dataset
    assert again.extra["custom_key"] == {"kept": True}
    assert again.path == str(path) and again.title == "n.nnet"
    assert isinstance(again.to_file(), netfile.NetworkFile)


def test_open_corrupt_file_raises_loader_error(tmp_path):
    from nnstudio.io.netfile import NetworkFileError

    bad = tmp_path / "bad.nnet"
    bad.write_text('{"format": "nnstudio-network", "version": 1, "layers": [}')
    with pytest.raises(NetworkFileError):
        NetworkDocument.open(bad)

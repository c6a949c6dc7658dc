"""Turning a layer's bias off and on is one undoable command that restores the biases exactly;
structural edits keep which layers have a bias."""

import numpy as np
import pytest
from PySide6.QtGui import QUndoStack

from nnstudio.document import EditRefused, NetworkDocument
from nnstudio.document import commands as C
from nnstudio.engine.network import Network


def make_doc():
    net = Network([2, 3, 2, 1], ["tanh", "tanh", "sigmoid"], "bce", seed=3)
    net.set_parameters(np.random.default_rng(0).normal(size=net.params.shape))
    return NetworkDocument(net)


def test_removing_a_bias_is_one_undo_step_that_restores_it_bit_for_bit():
    doc = make_doc()
    stack = QUndoStack()
    before = doc.structure()
    events = []
    doc.subscribe(lambda e: events.append(e.kind))
    stack.push(C.SetUseBiasCommand(doc, 2, False))
    assert stack.count() == 1 and stack.undoText() == "Remove biases of layer 2"
    assert not doc.network.has_bias(2) and not doc.network.biases[2].any()
    assert "structure" in events
    with pytest.raises(EditRefused, match="no bias"):
        C.SetBiasCommand(doc, 2, 0, 0.5)
    with pytest.raises(EditRefused, match="has no bias"):
        C.SetUseBiasCommand(doc, 2, False)
    stack.undo()
    assert doc.structure().same_as(before)
    stack.redo()
    assert doc.network.use_bias == [False, True, False, True]


def test_structural_edits_keep_the_bias_free_layers():
    doc = make_doc()
    stack = QUndoStack()
    stack.push(C.SetUseBiasCommand(doc, 3, False))
    stack.push(C.AddLayerCommand(doc, 1, 4, "relu", seed=1))
    assert doc.network.use_bias == [False, True, True, True, False]
    stack.push(C.AddNeuronCommand(doc, 2, seed=1))
    stack.push(C.RemoveLayerCommand(doc, 1))
    assert doc.network.use_bias == [False, True, True, False] and not doc.network.biases[3].any()


def test_the_input_layer_has_no_bias_to_switch():
    with pytest.raises(EditRefused, match="input layer has no bias"):
        C.SetUseBiasCommand(make_doc(), 0, True)

"""The network file's ``use_bias`` (per layer) and ``training.dropconnect`` / ``training.patience``:
load, validate, save, round trip with unknown keys kept."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest

from nnstudio.io import netfile
from nnstudio.io.netfile import NetworkFileError

DOC = {
    "format": "nnstudio-network", "version": 1, "name": "bias-free",
    "layers": [
        {"size": 3, "activation": "identity"},
        {"size": 4, "activation": "sigmoid", "use_bias": False, "my_note": "kept",
         "weights": [[0.1, -0.2, 0.3], [0.4, 0.5, -0.6], [0.7, -0.8, 0.9], [1.0, 1.1, -1.2]]},
        {"size": 1, "activation": "sigmoid", "weights": [[0.1, 0.2, 0.3, 0.4]], "bias": [0.25]},
    ],
    "loss": "sse",
    "training": {"learning_rate": 1.0, "batch_size": 4, "dropconnect": 0.25, "patience": 7, "future": [1, 2]},
}


def load(doc) -> netfile.NetworkFile:
    return netfile.from_dict(copy.deepcopy(doc))


def test_use_bias_false_loads_as_a_bias_free_layer():
    nf = load(DOC)
    net = nf.network
    assert net.use_bias == [False, False, True] and not net.biases[1].any() and net.biases[2][0] == 0.25
    assert net.loss == "sse"
    assert nf.training.dropconnect == 0.25 and nf.training.patience == 7


def test_round_trip_keeps_use_bias_unknown_keys_and_the_new_training_fields(tmp_path):
    nf = load(DOC)
    netfile.save(nf, tmp_path / "n.nnet")
    written = json.loads((tmp_path / "n.nnet").read_text())
    layer1, layer2 = written["layers"][1], written["layers"][2]
    assert layer1["use_bias"] is False and "bias" not in layer1 and layer1["my_note"] == "kept"
    assert "use_bias" not in layer2 and layer2["bias"] == [0.25]
    assert written["training"]["dropconnect"] == 0.25 and written["training"]["patience"] == 7
    assert written["training"]["future"] == [1, 2]
    again = netfile.load(tmp_path / "n.nnet")
    assert again.network.same_as(nf.network)
    assert netfile.dumps(again) == netfile.dumps(nf)


@pytest.mark.parametrize("mutate,expected", [
    (lambda d: d["layers"][1].update(use_bias="no"), "layers[1].use_bias: expected true or false"),
    (lambda d: d["layers"][1].update(bias=[0, 0, 0, 0]), "layers[1].bias: this layer has \"use_bias\": false"),
    (lambda d: d["layers"][0].update(use_bias=False), "layers[0].use_bias: the input layer has no"),
    (lambda d: d["training"].update(dropconnect=1.0), "training.dropconnect"),
    (lambda d: d["training"].update(patience=-1), "training.patience"),
])
def test_bad_values_are_refused_naming_the_path(mutate, expected):
    doc = copy.deepcopy(DOC)
    mutate(doc)
    with pytest.raises(NetworkFileError) as info:
        netfile.from_dict(doc)
    assert expected in str(info.value)


def test_bias_free_layers_stay_untrained_through_a_document_round_trip():
    nf = load(DOC)
    net = nf.network
    net.set_parameters(np.arange(net.params.size, dtype=float))
    assert not net.biases[1].any()

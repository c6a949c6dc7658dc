"""Network files: the DESIGN §3 example, round trips, every validation error, limits, versions, saving."""

from __future__ import annotations

import copy
import dataclasses
import errno
import json
import math
import os
import subprocess
import sys
import time

import numpy as np
import pytest

from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainingSettings
from nnstudio.io import netfile, netfile_text
from nnstudio.io.netfile import NetworkFileError

DESIGN_EXAMPLE = {
    "format": "nnstudio-network",
    "version": 1,
    "name": "XOR with one hidden layer",
    "layers": [
        {"size": 2, "activation": "identity", "labels": ["x1", "x2"]},
        {"size": 3, "activation": "tanh",
         "weights": [[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]],
         "bias": [0.0, 0.1, -0.1],
         "mask": [[1, 1], [1, 0], [1, 1]]},
        {"size": 1, "activation": "sigmoid", "weights": [[0.7, -0.8, 0.9]], "bias": [0.0]},
    ],
    "loss": "bce",
    "training": {"optimizer": "sgd", "learning_rate": 0.1, "momentum": 0.0, "batch_size": 10, "epochs": 200,
                 "regularization": "none", "regularization_rate": 0.0, "dropout": 0.0, "seed": 1},
    "dataset": {"name": "xor", "samples": 200, "noise": 0.1, "test_fraction": 0.3, "seed": 1},
    "layout": {"positions": [[[0, 0], [0, 80]], [[200, -40], [200, 40], [200, 120]], [[400, 40]]]},
    "history": {"epoch": [], "train_loss": [], "test_loss": []},
}


def example() -> dict:
    return copy.deepcopy(DESIGN_EXAMPLE)


def error_of(doc, source: str = "") -> str:
    """The message of the NetworkFileError that loading ``doc`` (dict or text) raises."""
    with pytest.raises(NetworkFileError) as info:
        if isinstance(doc, dict):
            netfile.from_dict(doc, source)
        else:
            netfile.loads(doc, source)
    message = str(info.value)
    assert message
    return message


def bits(arr) -> np.ndarray:
    return np.asarray(arr, dtype=np.float64).view(np.uint64)


def rich_file() -> netfile.NetworkFile:
    """A file with every section filled, extreme float64 weights and unknown keys everywhere."""
    rng = np.random.default_rng(7)
    net = Network([3, 4, 2], ["relu", "softmax"], "cross_entropy")
    special = np.array([5e-324, -5e-324, 2.2250738585072014e-308, 1e308, -1.7976931348623157e308, -0.0,
                        0.1, 1 / 3, np.nextafter(1.0, 2.0), 1e-310, 123456789.123456789, math.pi])
    net.params[...] = rng.standard_normal(net.params.size) * 10.0 ** rng.integers(-300, 300, net.params.size)
    net.params[:special.size] = special
    net.set_mask(1, (rng.random((4, 3)) > 0.3).astype(float))
    return netfile.NetworkFile(
        network=net, name="rich ✓", description="all\nsections",
        labels=[["a", "b", "c"], None, ["yes", "no"]],
        training=TrainingSettings(optimizer="adam", learning_rate=0.003, batch_size=7, seed=42),
        dataset={"name": "blobs", "samples": 300, "classes": 4, "seed": 3, "custom": [1, {"k": None}]},
        layout=[[[0.0, 1.5], [0.0, 2.5], [0.0, 3.5]], [[1.0, 0.0]] * 4, [[2.0, -1e-7], [2.0, 1e300]]],
        history={"epoch": [1, 2, 3], "train_loss": [0.9, 0.5, 0.25], "test_loss": [1.0, math.nan, 0.3]},
        encoding={"format": "nnstudio-csv-encoding", "version": 1, "features": [{"mean": 0.5}]},
        extra={"author": "me", "nested": {"a": [1, 2, {"b": "c"}]}},
        layer_extra=[{"note": "inputs"}, {}, {"colour": "#ff0000"}],
        training_extra={"schedule": {"kind": "step", "every": 10}},
        layout_extra={"zoom": 1.25},
    )


# -- the DESIGN example ------------------------------------------------------------------------------
def test_design_example_loads():
    nf = netfile.from_dict(example())
    net = nf.network
    assert net.sizes == [2, 3, 1]
    assert net.activations == ["tanh", "sigmoid"] and net.loss == "bce"
    assert net.weights[1].tolist() == [[0.1, -0.2], [0.3, 0.0], [-0.5, 0.6]]  # masked weight ignored → 0
    assert net.masks[1].tolist() == [[1, 1], [1, 0], [1, 1]] and net.masks[2] is None
    assert net.biases[1].tolist() == [0.0, 0.1, -0.1]
    assert nf.name == "XOR with one hidden layer"
    assert nf.labels == [["x1", "x2"], None, None]
    assert nf.layout[1] == [[200.0, -40.0], [200.0, 40.0], [200.0, 120.0]]
    assert nf.training.learning_rate == 0.1 and nf.training.batch_size == 10
    assert nf.dataset == DESIGN_EXAMPLE["dataset"]
    assert nf.history == {"epoch": [], "train_loss": [], "test_loss": []}
    assert nf.encoding is None and nf.extra == {}


def test_weights_follow_torch_linear_order():
    net = netfile.from_dict(example()).network
    x = np.array([[1.0, 2.0]])
    assert np.allclose(net.forward_trace(x).z[1], x @ np.array([[0.1, -0.2], [0.3, 0.0], [-0.5, 0.6]]).T
                       + [0.0, 0.1, -0.1])


# -- round trips --------------------------------------------------------------------------------------
def test_save_load_round_trip_is_bit_identical(tmp_path):
    nf = rich_file()
    path = tmp_path / "rich.nnet"
    netfile.save(nf, path)
    back = netfile.load(path)
    assert back.network.same_as(nf.network)
    assert np.array_equal(bits(back.network.params), bits(nf.network.params))
    assert back.network.sizes == [3, 4, 2] and back.network.activations == ["relu", "softmax"]
    for key in ("name", "description", "labels", "training", "dataset", "layout", "encoding", "extra",
                "layer_extra", "training_extra", "layout_extra"):
        assert getattr(back, key) == getattr(nf, key), key
    assert back.history["epoch"] == [1, 2, 3] and back.history["train_loss"] == [0.9, 0.5, 0.25]
    assert back.history["test_loss"][0] == 1.0 and math.isnan(back.history["test_loss"][1])


def test_random_weights_round_trip_bit_identical():
    rng = np.random.default_rng(0)
    net = Network([5, 7, 3], ["tanh", "identity"], "mse")
    raw = rng.integers(0, 2**64, net.params.size, dtype=np.uint64).view(np.float64)
    net.params[...] = np.where(np.isfinite(raw), raw, 1e308)  # any finite float64, subnormals included
    back = netfile.loads(netfile.dumps(netfile.network_file_for(net)))
    assert np.array_equal(bits(back.network.params), bits(net.params))


def test_dumps_is_stable_and_standard_json():
    text = netfile.dumps(rich_file())
    assert netfile.dumps(netfile.loads(text)) == text
    json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} written"))
    assert text.endswith("\n") and "rich ✓" in text


def test_weight_matrix_is_written_one_row_per_line():
    net = Network([40, 3, 1], ["relu", "sigmoid"], "bce")
    text = netfile.dumps(netfile.network_file_for(net))
    rows = [line for line in text.splitlines() if line.strip().rstrip(",").count(",") == 39]
    assert len(rows) == 3


def test_unknown_keys_survive_load_and_save():
    doc = example()
    doc["future_feature"] = {"x": [1, 2]}
    doc["layers"][1]["dropout_rate"] = 0.5
    doc["training"]["warmup"] = 3
    doc["dataset"]["shape"] = "wide"
    doc["layout"]["zoom"] = 2
    again = json.loads(netfile.dumps(netfile.from_dict(doc)))
    assert again["future_feature"] == {"x": [1, 2]}
    assert again["layers"][1]["dropout_rate"] == 0.5
    assert again["training"]["warmup"] == 3
    assert again["dataset"]["shape"] == "wide"
    assert again["layout"]["zoom"] == 2


def test_network_file_for_defaults_round_trip():
    net = Network([2, 2, 1], ["tanh", "sigmoid"], "bce", seed=3)
    nf = netfile.network_file_for(net, name="n")
    assert nf.labels == [None, None, None] and nf.history == {} and nf.dataset is None
    back = netfile.loads(netfile.dumps(nf))
    assert back.network.same_as(net) and back.name == "n" and back.training == TrainingSettings()


def test_lone_surrogate_in_a_string_still_round_trips():
    doc = example()
    doc["name"] = "bad \ud800 half"
    back = netfile.loads(netfile.dumps(netfile.from_dict(doc)))
    assert back.name == "bad \ud800 half"


def test_bom_is_accepted():
    text = b"\xef\xbb\xbf" + json.dumps(example()).encode()
    assert netfile.loads(text).network.sizes == [2, 3, 1]


# -- missing weights and bias -----------------------------------------------------------------------
def test_missing_weights_are_drawn_from_the_training_seed():
    doc = example()
    doc["training"]["seed"] = 9
    for layer in doc["layers"][1:]:
        del layer["weights"], layer["bias"]
        layer.pop("mask", None)
    net = netfile.from_dict(doc).network
    assert net.same_as(Network([2, 3, 1], ["tanh", "sigmoid"], "bce", seed=9))
    assert not np.array_equal(net.params, netfile.from_dict(example()).network.params)
    doc["training"]["initializer"] = "he_normal"
    net = netfile.from_dict(doc).network
    assert net.same_as(Network([2, 3, 1], ["tanh", "sigmoid"], "bce", init="he_normal", seed=9))


def test_the_initializer_is_a_training_setting_that_round_trips():
    doc = example()
    doc["training"]["initializer"] = "uniform_half"
    loaded = netfile.from_dict(doc)
    assert loaded.training.initializer == "uniform_half"
    assert netfile.to_dict(loaded)["training"]["initializer"] == "uniform_half"


def test_missing_bias_is_zero_and_mask_applies_to_drawn_weights():
    doc = example()
    del doc["layers"][1]["weights"], doc["layers"][1]["bias"]
    net = netfile.from_dict(doc).network
    assert net.biases[1].tolist() == [0.0, 0.0, 0.0]
    assert net.weights[1][1, 1] == 0.0 and net.weights[1][0, 0] != 0.0
    assert net.weights[2].tolist() == [[0.7, -0.8, 0.9]]


# -- validation errors ------------------------------------------------------------------------------
def _set(path, value):
    def mutate(doc):
        *parents, last = path
        target = doc
        for key in parents:
            target = target[key]
        target[last] = value
    return mutate


def _delete(path):
    def mutate(doc):
        *parents, last = path
        target = doc
        for key in parents:
            target = target[key]
        del target[last]
    return mutate


ERRORS = [
    (_set(["layers", 2, "weights"], [[0.7, -0.8, 0.9], [1, 2, 3]]), "layers[2].weights: expected 1 row, got 2"),
    (_set(["layers", 1, "weights", 1], [0.3]), "layers[1].weights[1]: expected 2 numbers, got 1"),
    (_set(["layers", 1, "weights", 1], 0.3), "layers[1].weights[1]: expected a list of 2 numbers, got 0.3"),
    (_set(["layers", 1, "weights"], "x"), "layers[1].weights: expected a list of 3 rows"),
    (_set(["layers", 1, "weights", 2, 1], True), "layers[1].weights[2][1]: expected a finite number, got true"),
    (_set(["layers", 1, "weights", 2, 1], "0.6"), "layers[1].weights[2][1]: expected a finite number, got a str"),
    (_set(["layers", 1, "weights", 0, 0], None), "layers[1].weights[0][0]: expected a finite number, got null"),
    (_set(["layers", 1, "weights", 0, 0], 10**400), "layers[1].weights[0][0]: expected a finite number"),
    (_set(["layers", 1, "weights", 0, 0], math.inf), "layers[1].weights[0][0]: expected a finite number"),
    (_set(["layers", 1, "bias"], [0.0, 0.1]), "layers[1].bias: expected 3 numbers, got 2"),
    (_set(["layers", 1, "bias", 2], False), "layers[1].bias[2]: expected a finite number, got false"),
    (_set(["layers", 1, "mask", 1, 1], 2), "layers[1].mask[1][1]: expected 0 or 1, got 2"),
    (_set(["layers", 1, "mask", 1, 1], True), "layers[1].mask[1][1]: expected a finite number, got true"),
    (_set(["layers", 1, "mask"], [[1, 1]]), "layers[1].mask: expected 3 rows, got 1"),
    (_set(["layers", 1, "size"], 0), "layers[1].size: expected an integer ≥ 1, got 0"),
    (_set(["layers", 1, "size"], 2.0), "layers[1].size: expected an integer, got 2.0"),
    (_set(["layers", 1, "size"], True), "layers[1].size: expected an integer, got true"),
    (_set(["layers", 1, "size"], 100_001), "layers[1].size: expected an integer ≤ 100,000"),
    (_delete(["layers", 1, "size"]), "layers[1].size: missing"),
    (_set(["layers", 1], [3]), "layers[1]: expected an object, got a list of 1"),
    (_set(["layers", 1, "activation"], "swish"),
     "layers[1].activation: unknown name 'swish' (known: identity, sigmoid, tanh, relu, leaky_relu, softmax)"),
    (_set(["layers", 1, "activation"], 3), "layers[1].activation: expected a string, got 3"),
    (_delete(["layers", 1, "activation"]), "layers[1].activation: missing (known: identity"),
    (_set(["layers", 1, "activation"], "softmax"), "layers[1].activation: softmax is allowed on the output layer"),
    (_set(["layers", 0, "activation"], "relu"), "layers[0].activation: the input layer has no activation"),
    (_set(["layers", 0, "weights"], []), "layers[0].weights: the input layer has no weights"),
    (_set(["layers", 0, "labels"], ["x1"]), "layers[0].labels: expected 2 labels, got 1"),
    (_set(["layers", 0, "labels"], ["x1", 2]), "layers[0].labels[1]: expected a string, got 2"),
    (_set(["layers", 0, "labels"], "x1"), "layers[0].labels: expected a list of labels"),
    (_set(["layers"], [{"size": 2}]), "layers: expected 2 to 64 layers (the input layer included), got 1"),
    (_set(["layers"], {}), "layers: expected a list of layers, got an object"),
    (_delete(["layers"]), "layers: missing"),
    (_set(["loss"], "hinge"), "loss: unknown name 'hinge' (known: mse, half_sse, sse, bce, cross_entropy)"),
    (_delete(["loss"]), "loss: missing"),
    (_set(["name"], 5), "name: expected a string, got 5"),
    (_set(["description"], []), "description: expected a string, got a list of 0"),
    (_set(["training"], []), "training: expected an object"),
    (_set(["training", "learning_rate"], -1), "training.learning_rate: must be a finite number ≥ 0"),
    (_set(["training", "learning_rate"], "0.1"), "training.learning_rate: expected a finite number, got a str"),
    (_set(["training", "learning_rate"], 10**400), "training.learning_rate: expected a finite number"),
    (_set(["training", "batch_size"], 0), "training.batch_size: must be ≥ 1"),
    (_set(["training", "batch_size"], 10.0), "training.batch_size: expected an integer, got 10.0"),
    (_set(["training", "nesterov"], 1), "training.nesterov: expected true or false, got 1"),
    (_set(["training", "optimizer"], "lbfgs"), "training.optimizer: unknown optimizer 'lbfgs'"),
    (_set(["training", "regularization"], "l3"), "training.regularization: must be one of none, l1, l2"),
    (_set(["training", "dropout"], 1), "training.dropout: must be in [0, 1)"),
    (_set(["training", "seed"], -1), "training.seed: expected an integer ≥ 0, got -1"),
    (_set(["training", "initializer"], "ones"), "training.initializer: must be one of zeros, uniform,"),
    (_set(["training", "hook"], math.nan), "training.hook: expected a JSON value"),
    (_set(["dataset", "name"], "mnist"), "dataset.name: unknown name 'mnist' (known: xor, circle"),
    (_delete(["dataset", "name"]), "dataset.name: missing"),
    (_set(["dataset", "samples"], 1), "dataset.samples: expected an integer ≥ 2, got 1"),
    (_set(["dataset", "noise"], -0.1), "dataset.noise: expected a number ≥ 0"),
    (_set(["dataset", "test_fraction"], 1.0), "dataset.test_fraction: expected a number below 1"),
    (_set(["dataset", "seed"], "1"), "dataset.seed: expected an integer, got a string"),
    (_set(["dataset", "classes"], 9), "dataset.classes: expected an integer ≤ 5, got 9"),
    (_set(["dataset", "target"], [1]), "dataset.target[0]: expected a string, got 1"),
    (_set(["dataset"], {"name": "csv"}), "dataset.path: missing"),
    (_set(["dataset"], 3), "dataset: expected an object, got 3"),
    (_set(["layout"], []), "layout: expected an object"),
    (_set(["layout", "positions"], [[], [], []]), "layout.positions[0]: expected 2 [x, y] points, got 0"),
    (_set(["layout", "positions"], [[]]), "layout.positions: expected 3 layers, got 1"),
    (_set(["layout", "positions", 2, 0], [1, 2, 3]), "layout.positions[2][0]: expected 2 numbers, got 3"),
    (_set(["layout", "positions", 2, 0], [1, "y"]), "layout.positions[2][0][1]: expected a finite number"),
    (_set(["history"], []), "history: expected an object"),
    (_set(["history", "epoch"], [1, 2]), "history.train_loss: expected 2 values (as many as history.epoch), got 0"),
    (_set(["history", "train_loss"], 0.5), "history.train_loss: expected a list of numbers, got 0.5"),
    (_set(["history"], {"epoch": [1], "train_loss": ["x"]}), "history.train_loss[0]: expected a finite number"),
    (_set(["history"], {"epoch": [True]}), "history.epoch[0]: expected a finite number, got true"),
    (_set(["encoding"], [1]), "encoding: expected an object, got a list of 1"),
    (_set(["format"], "other"), "format: expected \"nnstudio-network\", got a string ('other')"),
    (_delete(["format"]), "format: missing (expected \"nnstudio-network\")"),
    (_delete(["version"]), "version: missing (expected an integer)"),
    (_set(["version"], "1"), "version: expected an integer, got a string ('1')"),
    (_set(["version"], 1.0), "version: expected an integer, got 1.0"),
    (_set(["version"], True), "version: expected an integer, got true"),
    (_set(["version"], -1), "version: unknown format version -1"),
    (_set(["version"], 2), "version: written by a newer NN Studio (format version 2; this version reads up to 1)"),
]


@pytest.mark.parametrize("mutate, expected", ERRORS, ids=[e[1][:60] for e in ERRORS])
def test_validation_error_names_the_path(mutate, expected):
    doc = example()
    mutate(doc)
    message = error_of(doc)
    assert message.startswith(expected), message


def test_errors_are_prefixed_with_the_file_name(tmp_path):
    doc = example()
    doc["layers"][1]["weights"][1] = [0.3]
    path = tmp_path / "xor.nnet"
    path.write_text(json.dumps(doc))
    with pytest.raises(NetworkFileError) as info:
        netfile.load(path)
    assert str(info.value) == "xor.nnet: layers[1].weights[1]: expected 2 numbers, got 1"
    assert info.value.path == "layers[1].weights[1]" and info.value.source == "xor.nnet"
    assert isinstance(info.value, ValueError)


def test_not_an_object_and_not_a_network_file():
    assert error_of("[1, 2]").startswith("expected a JSON object at the top level, got a list of 2")
    assert error_of('{"name": "package"}').startswith("not an NN Studio network file")


def test_too_many_layers_neurons_and_weights():
    doc = example()
    doc["layers"] = [{"size": 1}] + [{"size": 1, "activation": "relu"}] * 64
    assert error_of(doc).startswith("layers: expected 2 to 64 layers")
    doc["layers"] = [{"size": 100_000}, {"size": 101, "activation": "relu"}]
    assert error_of(doc).startswith("layers: 10,100,000 weights in all; the limit is 10,000,000")


# -- text-level refusals ----------------------------------------------------------------------------
@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_literals_are_refused(literal):
    text = json.dumps(example()).replace("0.7", literal)
    assert literal.lstrip("-") in error_of(text, "n.nnet")
    assert error_of(text, "n.nnet").startswith("n.nnet: ")


def test_overflowing_number_literal_is_refused():
    text = json.dumps(example()).replace("0.7", "1e400")
    assert error_of(text) == "layers[2].weights[0][0]: expected a finite number, got inf"
    assert error_of(json.dumps(example()).replace("0.7", "9" * 5000)).startswith("a whole number of 5,000 digits")


def test_duplicate_keys_are_refused():
    text = json.dumps(example()).replace('"loss": "bce"', '"loss": "bce", "loss": "mse"')
    assert error_of(text) == 'duplicate key "loss" in an object'


def test_empty_truncated_and_garbage_text():
    text = json.dumps(example())
    assert error_of("") == "the file is empty"
    assert error_of(b"  \n ") == "the file is empty"
    truncated = error_of(text[: len(text) // 2])
    assert truncated.startswith("invalid JSON at line 1, column ") and "truncated" in truncated
    assert error_of(bytes(range(256)) * 4).startswith("not UTF-8 text: invalid byte 0x80 at line 2")
    assert error_of(b"\x00\x01\x02garbage").startswith("invalid JSON at line 1, column 1")
    assert error_of('{"format": "nnstudio-network",\n "version": 1,\n "layers": [}').startswith(
        "invalid JSON at line 3, column 13")


def test_depth_limit():
    ok = example()
    ok["deep"] = json.loads("[" * 17 + "]" * 17)  # 1 + 1 + 17 levels: allowed
    assert netfile.from_dict(ok).extra["deep"]
    assert netfile.loads(json.dumps(ok)).extra["deep"]
    deep = json.dumps(example())[:-1] + ', "deep": ' + "[" * 20 + "]" * 20 + "}"
    assert error_of(deep) == "nesting deeper than 20 levels; not a network file"
    quoted = json.dumps(example())[:-1] + ', "text": "' + "[" * 100 + '\\"[["}'  # brackets in strings
    assert netfile.loads(quoted).extra["text"] == "[" * 100 + '"[['


def test_unterminated_string_of_escapes_is_scanned_in_linear_time():
    text = b'{"format": "nnstudio-network", "name": "' + b'\\"' * 1_000_000  # no closing quote
    started = time.perf_counter()
    assert "Unterminated string" in error_of(text)
    assert time.perf_counter() - started < 3  # the first bracket scan was quadratic here (hours)


def test_hundred_megabyte_nested_file_is_refused_quickly(tmp_path):
    path = tmp_path / "nested.nnet"
    half = 50 * 1024 * 1024
    with open(path, "wb") as fh:
        fh.write(b"[" * half)
        fh.write(b"]" * half)
    started = time.perf_counter()
    with pytest.raises(NetworkFileError, match=r"^nested.nnet: nesting deeper than 20 levels"):
        netfile.load(path)
    assert time.perf_counter() - started < 5


def test_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.nnet"
    with open(path, "wb") as fh:
        fh.truncate(netfile.MAX_FILE_BYTES + 1)  # sparse: takes no disk space

    class NoRead:
        def __init__(self, real):
            self.real = real

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.real.close()

        def fileno(self):
            return self.real.fileno()

        def read(self, *args):
            raise AssertionError("the file was read")

    real_open = open
    monkeypatch.setattr(netfile, "open", lambda *a, **k: NoRead(real_open(*a, **k)), raising=False)
    with pytest.raises(NetworkFileError, match=r"^huge.nnet: the file is too large \(200.0 MB; the limit is 200 MB\)"):
        netfile.load(path)


def test_text_too_large_or_with_too_many_values(monkeypatch):
    monkeypatch.setattr(netfile_text, "MAX_FILE_BYTES", 100)
    assert error_of(json.dumps(example())).startswith("the file is too large")
    monkeypatch.setattr(netfile_text, "MAX_FILE_BYTES", 10**9)
    monkeypatch.setattr(netfile_text, "MAX_VALUES", 10)
    assert error_of(json.dumps(example())).startswith("too many values (more than 10)")


def test_missing_file_and_folder_are_network_file_errors(tmp_path):
    with pytest.raises(NetworkFileError, match=r"^nope.nnet: could not read the file: no such file"):
        netfile.load(tmp_path / "nope.nnet")
    with pytest.raises(NetworkFileError, match=r"could not read the file: is not a regular file \(a directory\)"):
        netfile.load(tmp_path)


# -- versions ---------------------------------------------------------------------------------------
def version_0_example() -> dict:
    """DESIGN_EXAMPLE as version 0 wrote it: no format key, "act", weights input-major."""
    doc = example()
    del doc["format"]
    doc["version"] = 0
    for layer in doc["layers"]:
        layer["act"] = layer.pop("activation")
        for key in ("weights", "mask"):
            if key in layer:
                layer[key] = [list(col) for col in zip(*layer[key], strict=True)]
    return doc


def test_version_0_migrates_to_the_same_network():
    old = version_0_example()
    kept = copy.deepcopy(old)
    nf = netfile.from_dict(old)
    assert nf.network.same_as(netfile.from_dict(example()).network)
    assert old == kept  # the migration does not change its input
    assert json.loads(netfile.dumps(nf))["version"] == netfile.VERSION


def test_migrations_table():
    assert netfile.MIGRATIONS == {0: netfile.migrate_0_to_1}
    assert netfile.migrate_0_to_1({"version": 0, "layers": [{"size": 1, "act": "identity"}]}) == {
        "version": 1, "format": "nnstudio-network", "layers": [{"size": 1, "activation": "identity"}]}


def test_version_0_with_ragged_weights_is_refused():
    old = version_0_example()
    old["layers"][1]["weights"][1] = [1.0]
    assert error_of(old).startswith("layers[1].weights: expected a rectangular list of rows (format version 0")


# -- a CSV data set's path ------------------------------------------------------------------------
def test_a_relative_csv_path_is_relative_to_the_network_file(tmp_path, monkeypatch):
    (tmp_path / "lesson" / "data").mkdir(parents=True)
    csv = tmp_path / "lesson" / "data" / "points.csv"
    csv.write_text("x1,x2,y\n0,1,1\n")
    doc = example()
    doc["dataset"] = {"name": "csv", "path": "data/points.csv", "target": "y"}
    (tmp_path / "lesson" / "net.nnet").write_text(json.dumps(doc))
    monkeypatch.chdir(tmp_path)                       # not the file's folder
    nf = netfile.load(tmp_path / "lesson" / "net.nnet")
    assert nf.dataset["path"] == str(csv) and os.path.isfile(nf.dataset["path"])
    netfile.save(nf, tmp_path / "lesson" / "copy.nnet")        # beside the data: stays relative
    assert json.loads((tmp_path / "lesson" / "copy.nnet").read_text())["dataset"]["path"] == "data/points.csv"
    (tmp_path / "elsewhere").mkdir()
    netfile.save(nf, tmp_path / "elsewhere" / "copy.nnet")     # the data are not below it: absolute
    assert json.loads((tmp_path / "elsewhere" / "copy.nnet").read_text())["dataset"]["path"] == str(csv)
    assert netfile.load(tmp_path / "elsewhere" / "copy.nnet").dataset["path"] == str(csv)
    assert nf.dataset["path"] == str(csv)             # saving changed nothing in memory


# -- saving -----------------------------------------------------------------------------------------
def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_save_is_atomic_and_keeps_a_backup(tmp_path):
    path = tmp_path / "net.nnet"
    first = netfile.from_dict(example())
    netfile.save(first, path)
    assert not (tmp_path / "net.nnet.bak").exists()
    old_text = path.read_text()
    second = netfile.from_dict(example())
    second.name = "second"
    netfile.save(second, path)
    assert (tmp_path / "net.nnet.bak").read_text() == old_text
    assert netfile.load(path).name == "second"
    assert leftovers(tmp_path) == []


def test_save_keeps_the_permissions_of_the_replaced_file(tmp_path):
    path = tmp_path / "net.nnet"
    netfile.save(netfile.from_dict(example()), path)
    os.chmod(path, 0o640)
    netfile.save(netfile.from_dict(example()), path)
    assert path.stat().st_mode & 0o777 == 0o640


def _raise(err: int):
    def fail(*args, **kwargs):
        raise OSError(err, os.strerror(err))
    return fail


@pytest.mark.parametrize("target, err", [("replace", errno.ENOSPC), ("fsync", errno.EIO),
                                         ("open", errno.EACCES), ("fdopen", errno.EROFS)])
def test_failed_save_leaves_the_old_file_intact(tmp_path, monkeypatch, target, err):
    path = tmp_path / "net.nnet"
    netfile.save(netfile.from_dict(example()), path)
    before = path.read_bytes()
    changed = netfile.from_dict(example())
    changed.name = "changed"
    monkeypatch.setattr(netfile.os, target, _raise(err))
    with pytest.raises(NetworkFileError) as info:
        netfile.save(changed, path)
    monkeypatch.undo()
    reason = "no space left on the device" if err == errno.ENOSPC else os.strerror(err)
    assert str(info.value).startswith(f"could not save net.nnet: {reason}")
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_save_refuses_what_it_could_not_read_back(tmp_path):
    nf = netfile.from_dict(example())
    nf.network.weights[2][0, 1] = math.nan
    with pytest.raises(NetworkFileError, match=r"^layers\[2\]: weights or biases are not finite"):
        netfile.save(nf, tmp_path / "x.nnet")
    assert list(tmp_path.iterdir()) == []
    nf = netfile.from_dict(example())
    nf.labels[1] = ["only one"]
    with pytest.raises(NetworkFileError, match=r"^labels\[1\]: expected 3 labels, got 1"):
        netfile.dumps(nf)
    nf = netfile.from_dict(example())
    nf.labels = [None]
    with pytest.raises(NetworkFileError, match=r"^labels: expected one entry per layer \(3\), got 1"):
        netfile.dumps(nf)
    nf = netfile.from_dict(example())
    nf.history = {"epoch": [1, 2], "train_loss": [0.5]}
    with pytest.raises(NetworkFileError, match=r"^history.train_loss: expected 2 values"):
        netfile.dumps(nf)
    nf = netfile.from_dict(example())
    nf.training = dataclasses.replace(nf.training, learning_rate=-1.0)   # settings are frozen values
    with pytest.raises(NetworkFileError, match=r"^training.learning_rate"):
        netfile.dumps(nf)


def test_numpy_values_and_non_finite_history_are_written_as_json():
    nf = netfile.from_dict(example())
    nf.history = {"epoch": np.arange(1, 4), "train_loss": [np.float64(0.5), math.inf, None]}
    nf.extra = {"count": np.int64(3)}
    doc = json.loads(netfile.dumps(nf))
    assert doc["history"] == {"epoch": [1, 2, 3], "train_loss": [0.5, None, None]}
    assert doc["count"] == 3


def test_importing_netfile_does_not_import_qt():
    code = "import sys, nnstudio.io.netfile; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_integer_of_thousands_of_digits_gets_our_own_message():
    doc = json.dumps(example()).replace('"version": 1', '"version": ' + "9" * 5000)
    message = error_of(doc, "big.nnet")
    assert message == "big.nnet: a whole number of 5,000 digits is too long (at most 4,000 digits); not a network file"
    assert "int_max_str_digits" not in message


@pytest.mark.parametrize("key", ["epochs", "batch_size", "seed"])
def test_a_huge_integer_setting_is_a_network_file_error(key):
    doc = example()
    doc.setdefault("training", {})[key] = 10**400
    with pytest.raises(NetworkFileError, match=rf"^training\.{key}: expected an integer ≤ 9,223,372,036,854,775,807"):
        netfile.from_dict(doc)
    with pytest.raises(NetworkFileError, match=rf"^x\.nnet: training\.{key}: expected an integer ≤"):
        netfile.loads(json.dumps(doc), "x.nnet")

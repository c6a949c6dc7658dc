"""From a CSV to a scored model on the command line: ``new --data``, the data settings saved by
``train`` and reused by ``eval``/``trace``, ``--split``, ``--missing`` and errors in the target's units."""

import csv
import json

import numpy as np
import pytest

from nnstudio.cli import main
from nnstudio.engine.network import Network
from nnstudio.io import netfile
from nnstudio.io.csv_import import split_indices


def run_cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def read_rows(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def run_json(capsys, *args):
    code, out, err = run_cli(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def classes_csv(tmp_path):
    """Two numeric inputs, a colour with gaps, and a yes/no label (line 1 is the header)."""
    rng = np.random.default_rng(0)
    lines = ["u,v,colour,label"]
    for i in range(200):
        u, v = rng.normal(size=2)
        colour = "" if i % 17 == 3 else ("red" if u > 0 else "blue")
        lines.append(f"{u:.5f},{'NA' if i % 23 == 5 else f'{v:.5f}'},{colour},{'yes' if u + v > 0 else 'no'}")
    path = tmp_path / "classes.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture
def housing_csv(tmp_path):
    """A regression target in large units: price = 1000·(3·a − 2·b) + 50 000 + noise."""
    rng = np.random.default_rng(1)
    lines = ["a,b,kind,price"]
    for _ in range(300):
        a, b = rng.uniform(0, 1, size=2)
        kind = "old" if b > 0.5 else "new"
        lines.append(f"{a:.5f},{b:.5f},{kind},{1000 * (3 * a - 2 * b) + 50000 + rng.normal() * 30:.2f}")
    path = tmp_path / "housing.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


# -- new ------------------------------------------------------------------------------------------
def test_new_with_all_sizes_draws_the_weights_the_engine_draws(tmp_path, capsys):
    out = tmp_path / "n.nnet"
    result = run_json(capsys, "new", "3,4,1", "--out", out, "--activation", "tanh", "--init", "he_normal",
                      "--seed", "7")
    assert result["sizes"] == [3, 4, 1] and result["loss"] == "bce"
    nf = netfile.load(out)
    reference = Network([3, 4, 1], ["tanh", "sigmoid"], "bce", init="he_normal", seed=7)
    np.testing.assert_array_equal(nf.network.params, reference.params)
    assert nf.training.seed == 7 and nf.training.initializer == "he_normal"
    assert nf.dataset is None


@pytest.mark.parametrize("output,loss", [("softmax", "cross_entropy"), ("identity", "mse"), ("sigmoid", "bce")])
def test_new_chooses_the_loss_that_suits_the_output(output, loss, tmp_path, capsys):
    result = run_json(capsys, "new", "2,3,3", "--output", output, "--out", tmp_path / "n.nnet")
    assert result["loss"] == loss and result["activations"] == ["relu", output]


def test_new_without_bias_writes_use_bias_false_on_every_layer(tmp_path, capsys):
    out = tmp_path / "n.nnet"
    run_json(capsys, "new", "3,4,1", "--no-bias", "--out", out)
    layers = json.loads(out.read_text())["layers"]
    assert "use_bias" not in layers[0]
    assert [layer["use_bias"] for layer in layers[1:]] == [False, False]


def test_new_from_a_two_class_csv_sizes_inputs_and_one_sigmoid_output(classes_csv, tmp_path, capsys):
    out = tmp_path / "n.nnet"
    result = run_json(capsys, "new", "5,3", "--data", classes_csv, "--out", out, "--missing", "fill",
                      "--test-fraction", "0.25")
    # u, v numeric; colour one-hot over blue, red and the "missing" category that fill adds
    assert result["sizes"] == [5, 5, 3, 1] and result["activations"] == ["relu", "relu", "sigmoid"]
    assert result["loss"] == "bce"
    nf = netfile.load(out)
    assert nf.labels[0] == ["u", "v", "colour=blue", "colour=red", "colour=missing"]
    assert nf.labels[-1] == ["yes"]
    assert nf.dataset == {"name": "csv", "path": str(classes_csv), "target": "label", "missing": "fill",
                          "standardize": False, "test_fraction": 0.25, "seed": 1}
    assert nf.encoding["features"][1]["fill"] is not None


def test_new_from_three_classes_gives_softmax_and_cross_entropy(tmp_path, capsys):
    path = tmp_path / "three.csv"
    path.write_text("x,kind\n" + "\n".join(f"{i},{'abc'[i % 3]}" for i in range(30)) + "\n")
    result = run_json(capsys, "new", "4", "--data", path, "--out", tmp_path / "n.nnet")
    assert result["sizes"] == [1, 4, 3] and result["activations"][-1] == "softmax"
    assert result["loss"] == "cross_entropy"
    assert netfile.load(tmp_path / "n.nnet").labels[-1] == ["a", "b", "c"]


def test_new_from_numbers_gives_identity_and_mse_unless_told(housing_csv, tmp_path, capsys):
    result = run_json(capsys, "new", "0", "--data", housing_csv, "--out", tmp_path / "n.nnet")
    assert result["sizes"] == [4, 1] and result["activations"] == ["identity"] and result["loss"] == "mse"
    told = run_json(capsys, "new", "6", "--data", housing_csv, "--target", "a", "--loss", "half_sse",
                    "--activation", "tanh", "--out", tmp_path / "m.nnet")
    assert told["sizes"] == [4, 6, 1] and told["loss"] == "half_sse" and told["activations"] == ["tanh", "identity"]
    assert netfile.load(tmp_path / "m.nnet").dataset["target"] == "a"


def test_new_from_a_built_in_data_set(tmp_path, capsys):
    result = run_json(capsys, "new", "8", "--data", "blobs", "--out", tmp_path / "n.nnet")
    assert result["sizes"] == [2, 8, 3] and result["loss"] == "cross_entropy"


@pytest.mark.parametrize("args,fragment", [
    (["new", "3", "--out", "{out}"], "at least 2 layers"),
    (["new", "3,x,1", "--out", "{out}"], "SIZES"),
    (["new", "3,0,1", "--out", "{out}"], "SIZES"),
    (["new", "3,1", "--target", "y", "--out", "{out}"], "need --data"),
    (["new", "3,2,1", "--output", "softmax", "--activation", "softmax", "--out", "{out}"], "softmax"),
    (["new", "3", "--data", "{missing}", "--out", "{out}"], "no such file"),
    (["new", "3", "--data", "{csv}", "--target", "nope", "--out", "{out}"], "nope"),
])
def test_new_bad_arguments_print_one_line_and_exit_2(args, fragment, tmp_path, classes_csv, capsys):
    names = {"out": tmp_path / "n.nnet", "missing": tmp_path / "none.csv", "csv": classes_csv}
    code, out, err = run_cli(capsys, *[a.format(**names) for a in args])
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and fragment in err
    assert not (tmp_path / "n.nnet").exists()


# -- the data settings: saved by train, reused by eval and trace ----------------------------------
def test_train_saves_the_data_settings_and_they_survive_a_save_load_round_trip(classes_csv, tmp_path, capsys):
    net, out = tmp_path / "n.nnet", tmp_path / "t.nnet"
    run_json(capsys, "new", "4", "--data", classes_csv, "--missing", "fill", "--out", net)
    run_json(capsys, "train", net, "--data", classes_csv, "--target", "label", "--missing", "fill",
             "--standardize", "--test-fraction", "0.3", "--seed", "4", "--epochs", "2", "--out", out)
    nf = netfile.load(out)
    assert nf.dataset == {"name": "csv", "path": str(classes_csv), "target": "label", "missing": "fill",
                          "standardize": True, "test_fraction": 0.3, "seed": 4}
    assert nf.training.seed == 4
    # statistics of the training rows only, as the split seed chose them
    us = np.array([float(r["u"]) for r in read_rows(classes_csv)])
    train, _ = split_indices(len(us), 0.3, 4)
    spec_u = nf.encoding["features"][0]
    assert spec_u["mean"] == pytest.approx(us[train].mean()) and spec_u["std"] == pytest.approx(us[train].std())
    assert nf.encoding["missing"] == "fill" and nf.encoding["standardize"] is True
    # the file keeps them through another save and load, relative path and all
    again = tmp_path / "sub" / "again.nnet"
    again.parent.mkdir()
    netfile.save(nf, again)
    back = netfile.load(again)
    assert back.dataset == nf.dataset and back.encoding == nf.encoding
    assert json.loads(out.read_text())["dataset"]["path"] == "classes.csv"  # beside the file: relative


def test_new_then_train_then_eval_need_no_data_options(classes_csv, tmp_path, capsys):
    net = tmp_path / "n.nnet"
    run_json(capsys, "new", "6", "--data", classes_csv, "--missing", "fill", "--standardize",
             "--test-fraction", "0.25", "--seed", "2", "--out", net)
    trained = run_json(capsys, "train", net, "--epochs", "30", "--lr", "0.3", "--out", net)
    assert trained["train"]["samples"] == 150 and trained["test"]["samples"] == 50
    test = run_json(capsys, "eval", net, "--split", "test")
    train = run_json(capsys, "eval", net, "--split", "train")
    both = run_json(capsys, "eval", net)
    for key in ("loss", "accuracy", "confusion_matrix", "precision", "recall", "f1", "samples"):
        assert test[key] == trained["test"][key], key
        assert train[key] == trained["train"][key], key
    assert test["split"] == "test" and both["split"] == "all" and both["samples"] == 200
    assert trained["test_loss"] == test["loss"] and trained["train_metrics"]["accuracy"] == train["accuracy"]
    assert test["accuracy"] > 0.85


def test_eval_test_split_is_the_held_out_rows_computed_independently(classes_csv, tmp_path, capsys):
    """Score the held-out rows by hand: rows read with csv, encoded from the saved statistics."""
    net = tmp_path / "n.nnet"
    run_json(capsys, "new", "4", "--data", classes_csv, "--standardize", "--test-fraction", "0.4",
             "--seed", "9", "--out", net)
    trained = run_json(capsys, "train", net, "--epochs", "5", "--out", net)
    result = run_json(capsys, "eval", net, "--split", "test")
    nf = netfile.load(net)
    kept = [r for r in read_rows(classes_csv) if r["colour"] and r["v"] != "NA"]  # drop policy
    _, test = split_indices(len(kept), 0.4, 9)
    feats = {f["column"]: f for f in nf.encoding["features"]}
    X = np.array([[(float(kept[i][c]) - feats[c]["mean"]) / feats[c]["std"] for c in ("u", "v")]
                  + [float(kept[i]["colour"] == k) for k in feats["colour"]["categories"]] for i in test])
    y = np.array([[float(kept[i]["label"] == "yes")] for i in test])
    p = nf.network.forward(X)
    bce = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    assert result["samples"] == len(test) == trained["test"]["samples"]
    assert result["loss"] == pytest.approx(bce, rel=1e-9)
    assert result["accuracy"] == pytest.approx(np.mean((p >= 0.5) == (y == 1)))


def test_eval_options_override_the_saved_settings(classes_csv, tmp_path, capsys):
    net = tmp_path / "n.nnet"
    run_json(capsys, "new", "4", "--data", classes_csv, "--missing", "fill", "--out", net)
    filled = run_json(capsys, "eval", net)
    code, _, err = run_cli(capsys, "eval", net, "--missing", "drop", "--json")
    # dropping rows leaves colour without its "missing" category: one input fewer than the network
    assert code == 2 and "input" in err
    assert filled["samples"] == 200


def test_eval_test_split_without_test_rows_is_an_error(classes_csv, tmp_path, capsys):
    net = tmp_path / "n.nnet"
    run_json(capsys, "new", "4", "--data", classes_csv, "--out", net)
    code, out, err = run_cli(capsys, "eval", net, "--split", "test")
    assert code == 2 and out == "" and err.count("error:") == 1
    assert err.splitlines()[-1].startswith("error: ") and "no test rows" in err


def test_eval_without_data_anywhere_is_an_error(tmp_path, capsys):
    net = tmp_path / "n.nnet"
    run_json(capsys, "new", "2,1", "--out", net)
    code, _, err = run_cli(capsys, "eval", net)
    assert code == 2 and "--data" in err


def test_built_in_data_settings_are_saved_and_reused(tmp_path, capsys):
    net = tmp_path / "n.nnet"
    run_json(capsys, "new", "6", "--data", "circle", "--out", net)
    trained = run_json(capsys, "train", net, "--test-fraction", "0.4", "--seed", "3", "--epochs", "3", "--out", net)
    assert netfile.load(net).dataset == {"name": "circle", "samples": 200, "noise": 0.1, "classes": 3,
                                         "test_fraction": 0.4, "seed": 3}
    test = run_json(capsys, "eval", net, "--split", "test")
    assert test["samples"] == 80 and test["loss"] == trained["test"]["loss"]


def test_trace_row_uses_the_saved_encoding(classes_csv, tmp_path, capsys):
    net = tmp_path / "n.nnet"
    run_json(capsys, "new", "3", "--data", classes_csv, "--standardize", "--test-fraction", "0.5", "--out", net)
    by_row = run_json(capsys, "trace", net, "--row", "2", "--split", "test", "--lr", "0.5")
    nf = netfile.load(net)
    kept = [r for r in read_rows(classes_csv) if r["colour"] and r["v"] != "NA"]
    _, test = split_indices(len(kept), 0.5, 1)
    row = kept[test[1]]
    feats = {f["column"]: f for f in nf.encoding["features"]}
    inputs = [(float(row[c]) - feats[c]["mean"]) / feats[c]["std"] for c in ("u", "v")]
    inputs += [float(row["colour"] == k) for k in feats["colour"]["categories"]]
    typed = run_json(capsys, "trace", net, "--input=" + ",".join(repr(x) for x in inputs),
                     "--target", "1" if row["label"] == "yes" else "0", "--lr", "0.5")
    np.testing.assert_allclose(by_row["layers"][0]["a"], typed["layers"][0]["a"], rtol=1e-12)
    assert by_row["loss"] == pytest.approx(typed["loss"], rel=1e-12)
    code, _, err = run_cli(capsys, "trace", net, "--row", "999")
    assert code == 2 and "rows are 1 to" in err


# -- regression in the target's own units -------------------------------------------------------------
def test_regression_errors_are_also_given_in_the_targets_units(housing_csv, tmp_path, capsys):
    net = tmp_path / "n.nnet"
    run_json(capsys, "new", "8", "--data", housing_csv, "--standardize", "--test-fraction", "0.2",
             "--activation", "tanh", "--out", net)
    trained = run_json(capsys, "train", net, "--epochs", "40", "--lr", "0.05", "--out", net)
    result = run_json(capsys, "eval", net, "--split", "test")
    for key in ("loss", "mse", "mae", "rmse", "r2", "mae_units", "rmse_units"):
        assert result[key] == trained["test"][key], key
    assert result["units"] == "price" and result["rmse"] == pytest.approx(np.sqrt(result["mse"]))
    # independently: predictions turned back into prices against the CSV's own prices
    nf = netfile.load(net)
    rows = list(read_rows(housing_csv))
    _, test = split_indices(len(rows), 0.2, 1)
    feats = {f["column"]: f for f in nf.encoding["features"]}
    X = np.array([[(float(rows[i][c]) - feats[c]["mean"]) / feats[c]["std"] for c in ("a", "b")]
                  + [float(rows[i]["kind"] == k) for k in feats["kind"]["categories"]] for i in test])
    target = nf.encoding["target"]
    price = nf.network.forward(X)[:, 0] * target["std"][0] + target["mean"][0]
    truth = np.array([float(rows[i]["price"]) for i in test])
    assert result["mae_units"] == pytest.approx(np.mean(np.abs(price - truth)), rel=1e-9)
    assert result["rmse_units"] == pytest.approx(np.sqrt(np.mean((price - truth) ** 2)), rel=1e-9)
    assert result["r2"] > 0.9


def test_train_prints_training_and_test_figures(housing_csv, tmp_path, capsys):
    net = tmp_path / "n.nnet"
    run_json(capsys, "new", "4", "--data", housing_csv, "--standardize", "--test-fraction", "0.2", "--out", net)
    code, out, err = run_cli(capsys, "train", net, "--epochs", "2", "--out", net)
    assert code == 0 and out == ""
    assert "training loss" in err and "test loss" in err
    lines = {line.split(":")[0]: line for line in err.splitlines()}
    assert "in price units: mae" in lines["training figures"] and "(240 rows)" in lines["training figures"]
    assert "(60 rows)" in lines["test figures"]


# -- help ------------------------------------------------------------------------------------------------
def test_every_option_of_every_sub_command_says_where_its_default_comes_from():
    from nnstudio.cli import COMMANDS, build_parser

    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name in COMMANDS:
        for action in subparsers.choices[name]._actions:
            if not action.option_strings or action.dest == "help":
                continue
            text = action.help or ""
            assert "(default" in text or "required" in text, f"{name} {action.option_strings[0]}: {text!r}"


def test_help_lists_the_new_options(capsys):
    for command, options in (("new", ["--no-bias", "--data", "--missing", "--init"]),
                             ("eval", ["--split", "--missing"]), ("train", ["--missing", "--standardize"]),
                             ("trace", ["--row"])):
        with pytest.raises(SystemExit) as exc:
            main([command, "--help"])
        assert exc.value.code == 0
        out = capsys.readouterr().out
        assert all(option in out for option in options), command


@pytest.mark.parametrize("key,value,fragment", [("missing", "guess", "dataset.missing"),
                                                ("standardize", "yes", "dataset.standardize"),
                                                ("test_fraction", 1.5, "dataset.test_fraction")])
def test_a_file_with_bad_data_settings_is_refused_naming_the_key(key, value, fragment, classes_csv, tmp_path,
                                                                 capsys):
    net = tmp_path / "n.nnet"
    run_json(capsys, "new", "4", "--data", classes_csv, "--out", net)
    doc = json.loads(net.read_text())
    doc["dataset"][key] = value
    net.write_text(json.dumps(doc))
    code, out, err = run_cli(capsys, "eval", net)
    assert code == 2 and out == "" and fragment in err and err.count("\n") == 1


def test_a_new_network_without_bias_trains_without_bias(tmp_path, capsys):
    """The from-scratch tutorial's 3-4-1 without biases: the engine sees no bias, training keeps it so."""
    net, out = tmp_path / "n.nnet", tmp_path / "t.nnet"
    result = run_json(capsys, "new", "2,4,1", "--no-bias", "--activation", "sigmoid", "--seed", "5", "--out", net)
    assert result["parameters"] == 2 * 4 + 4 * 1 and result["use_bias"] is False
    nf = netfile.load(net)
    assert nf.network.use_bias == [False, False, False]
    reference = Network([2, 4, 1], ["sigmoid", "sigmoid"], "bce", seed=5, use_bias=[False, False])
    np.testing.assert_array_equal(nf.network.params, reference.params)
    run_json(capsys, "train", net, "--data", "xor", "--epochs", "3", "--lr", "0.5", "--out", out)
    trained = netfile.load(out)
    assert trained.network.use_bias == [False, False, False]
    assert all(not np.any(trained.network.biases[l]) for l in (1, 2))
    assert not np.array_equal(trained.network.weights[1], nf.network.weights[1])
    assert all(layer.get("use_bias") is False and "bias" not in layer
               for layer in json.loads(out.read_text())["layers"][1:])


def test_a_file_whose_dataset_block_predates_the_reading_options_uses_its_encoding(classes_csv, tmp_path,
                                                                                    capsys):
    net = tmp_path / "n.nnet"
    run_json(capsys, "new", "4", "--data", classes_csv, "--standardize", "--missing", "fill", "--out", net)
    expected = run_json(capsys, "eval", net)
    doc = json.loads(net.read_text())
    doc["dataset"] = {"name": "csv", "path": "classes.csv", "target": "label"}  # as older versions wrote it
    net.write_text(json.dumps(doc))
    code, out, err = run_cli(capsys, "eval", net, "--json")
    assert code == 0 and "afresh" not in err
    assert json.loads(out) == expected


def test_new_train_and_eval_never_import_qt(classes_csv, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    net = tmp_path / "n.nnet"
    probe = (
        "import runpy, sys\n"
        "for argv in ([{new}], [{train}], [{eval}]):\n"
        "    sys.argv = ['nnstudio', *argv]\n"
        "    try:\n        runpy.run_module('nnstudio', run_name='__main__')\n"
        "    except SystemExit as e:\n        assert e.code in (0, None), (argv, e.code)\n"
        "print('LOADED:' + ','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph')))))\n"
    ).format(new=f"'new', '3', '--data', {str(classes_csv)!r}, '--test-fraction', '0.2', '--out', {str(net)!r}",
             train=f"'train', {str(net)!r}, '--epochs', '1', '--out', {str(net)!r}",
             eval=f"'eval', {str(net)!r}, '--split', 'test', '--json'")
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})
    assert "LOADED:" in result.stdout, result.stderr
    assert result.stdout.split("LOADED:")[1].strip() == ""


def test_a_typo_in_a_column_of_numbers_stops_with_one_line_naming_row_column_and_cell(tmp_path, capsys):
    """The issue's own example: data row 9 (line 10 of the file) holds "abc" in the numeric column x2."""
    path = tmp_path / "data.csv"
    rows = [f"{i},{i / 10},{i % 2}" for i in range(8)] + ["8,abc,0", "9,0.9,1"]
    path.write_text("x1,x2,y\n" + "\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "net.nnet"
    assert main(["new", "4", "--data", str(path), "--target", "y", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "row 9, column x2: 'abc' is not a number" in err[0] and "line 10" in err[0]
    assert not out.exists()

"""The train, eval and trace sub-commands (DESIGN §4), run as a user would."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnstudio.cli import main
from nnstudio.engine.datasets import make_dataset
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings
from nnstudio.io import netfile

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def xor_file(tmp_path):
    net = Network([2, 6, 1], ["tanh", "sigmoid"], loss="bce", seed=3)
    nf = netfile.network_file_for(net, name="xor test")
    nf.training = TrainingSettings(learning_rate=0.2, batch_size=10, epochs=40, seed=2)
    nf.dataset = {"name": "xor", "samples": 200, "noise": 0.1, "test_fraction": 0.3, "seed": 1}
    path = tmp_path / "xor.nnet"
    netfile.save(nf, path)
    return path


def run_cli(*args, capsys):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_train_writes_the_trained_network_and_history(xor_file, tmp_path, capsys):
    out_path, hist = tmp_path / "out.nnet", tmp_path / "h.csv"
    code, out, err = run_cli("train", xor_file, "--data", "xor", "--out", out_path, "--history", hist,
                             "--json", capsys=capsys)
    assert code == 0, err
    result = json.loads(out)
    assert result["status"] == "done" and result["epochs"] == 40
    # the same run through the engine directly gives bit-identical weights
    nf = netfile.load(xor_file)
    data = make_dataset("xor", samples=200, noise=0.1, test_fraction=0.3, seed=1)
    list(Trainer(nf.network, TrainData.from_dataset(data, 1), nf.training).run())
    trained = netfile.load(out_path)
    np.testing.assert_array_equal(trained.network.params, nf.network.params)
    with open(hist, newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 40 and rows[-1]["epoch"] == "40"
    assert float(rows[-1]["train_loss"]) == pytest.approx(result["train_loss"])
    assert trained.history["epoch"][-1] == 40


def test_train_overrides_settings_and_allows_lr_zero(xor_file, tmp_path, capsys):
    out_path = tmp_path / "out.nnet"
    code, _, err = run_cli("train", xor_file, "--data", "xor", "--lr", "0", "--epochs", "3", "--out", out_path,
                           capsys=capsys)
    assert code == 0, err
    np.testing.assert_array_equal(netfile.load(out_path).network.params, netfile.load(xor_file).network.params)
    assert netfile.load(out_path).training.learning_rate == 0


def test_eval_reports_loss_and_metrics(xor_file, capsys):
    code, out, _ = run_cli("eval", xor_file, "--data", "xor", "--json", capsys=capsys)
    assert code == 0
    result = json.loads(out)
    net = netfile.load(xor_file).network
    data = make_dataset("xor", samples=200, noise=0.1, test_fraction=0.3, seed=1)
    X = np.concatenate([data.X_train, data.X_test])
    Y = data.targets(np.concatenate([data.y_train, data.y_test]), 1)
    assert result["loss"] == pytest.approx(net.loss_value(X, Y), rel=1e-12)
    assert 0 <= result["accuracy"] <= 1 and result["samples"] == 200


def test_trace_equals_the_engine_trace(xor_file, capsys):
    code, out, _ = run_cli("trace", xor_file, "--input=-0.5,1", "--target", "1", "--lr", "0.3", "--json",
                           capsys=capsys)
    assert code == 0
    result = json.loads(out)
    net = netfile.load(xor_file).network
    tr = net.trace(np.array([[-0.5, 1.0]]), np.array([[1.0]]), learning_rate=0.3)
    assert result["loss"] == tr.loss
    assert result["layers"][0] == {"z": [-0.5, 1.0], "a": [-0.5, 1.0]}
    for l in (1, 2):
        layer = result["layers"][l]
        np.testing.assert_array_equal(layer["z"], tr.z[l][0])
        np.testing.assert_array_equal(layer["delta"], tr.delta[l][0])
        np.testing.assert_array_equal(layer["grad_weights"], tr.grad_weights[l])
        np.testing.assert_array_equal(layer["new_weights"], tr.new_weights[l])
        np.testing.assert_array_equal(layer["new_bias"], tr.new_bias[l])


def test_regression_eval_gives_mse_mae_r2(tmp_path, capsys):
    net = Network([1, 4, 1], ["tanh", "identity"], loss="mse", seed=1)
    path = tmp_path / "sine.nnet"
    netfile.save(netfile.network_file_for(net), path)
    code, out, _ = run_cli("eval", path, "--data", "sine", "--json", capsys=capsys)
    assert code == 0 and {"loss", "mse", "mae", "r2"} <= set(json.loads(out))


def test_train_on_a_csv_file_with_a_named_target(tmp_path, capsys):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(120, 2))
    rows = [[f"{a:.6f}", f"{b:.6f}", "yes" if a + b > 0 else "no"] for a, b in X]
    csv_path = tmp_path / "d.csv"
    csv_path.write_text("u,v,label\n" + "\n".join(",".join(r) for r in rows) + "\n")
    net_path = tmp_path / "n.nnet"
    netfile.save(netfile.network_file_for(Network([2, 4, 1], ["tanh", "sigmoid"], loss="bce")), net_path)
    code, out, err = run_cli("train", net_path, "--data", csv_path, "--target", "label", "--epochs", "60",
                             "--lr", "0.5", "--out", tmp_path / "o.nnet", "--json", capsys=capsys)
    assert code == 0, err
    assert json.loads(out)["train_metrics"]["accuracy"] > 0.9
    assert "120 rows" in err  # the import summary goes to stderr


@pytest.mark.parametrize("args,fragment", [
    (["train", "{missing}", "--data", "xor", "--out", "o.nnet"], "no such file"),
    (["eval", "{bad}", "--data", "xor"], "bad.nnet"),
    (["eval", "{xor}", "--data", "nonsense"], "not a built-in data set"),
    (["trace", "{xor}", "--input", "1,2,3", "--target", "1"], "3 value(s)"),
    (["trace", "{xor}", "--input", "1,x", "--target", "1"], "not a number"),
    (["train", "{xor}", "--data", "xor", "--out", "o.nnet", "--batch-size", "0"], "≥ 1"),
    (["eval", "{xor}", "--data", "{csv}"], "not a number"),
    (["eval", "{xor}", "--data", "sine"], "input"),
])
def test_bad_input_prints_one_line_and_exits_2(args, fragment, xor_file, tmp_path, capsys):
    (tmp_path / "bad.nnet").write_text('{"format": "nnstudio-network", "version": 1, "layers": [')
    typo = tmp_path / "typo.csv"
    typo.write_text("a,b,y\n" + "\n".join(f"{i},{i * 2},{i % 2}" for i in range(30)) + "\n4O,1,0\n")
    names = {"missing": tmp_path / "missing.nnet", "bad": tmp_path / "bad.nnet", "xor": xor_file, "csv": typo}
    code, out, err = run_cli(*[a.format(**names) for a in args], capsys=capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and fragment in err
    assert "Traceback" not in err


def test_python_dash_m_runs_headless(xor_file, tmp_path):
    result = subprocess.run([sys.executable, "-m", "nnstudio", "trace", str(xor_file), "--input=0.1,0.2",
                             "--target", "0", "--json"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["output"]
    bad = subprocess.run([sys.executable, "-m", "nnstudio", "eval", str(tmp_path / "none.nnet"), "--data", "xor"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_a_reader_that_stops_early_ends_the_command_quietly():
    """``nnstudio gd … | head -2``: no 'Broken pipe' error, exit status 0."""
    proc = subprocess.Popen([sys.executable, "-m", "nnstudio", "gd", "--function", "x^2", "--x0", "1",
                             "--lr", "0.1", "--steps", "5000"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline().startswith(b"f(x)")
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and b"error" not in err, err

"""The command line on hostile files, run as a user would (a subprocess with a timeout, so a
blocking read fails the test instead of hanging it): pipes, devices, symlinks, full disks."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainingSettings
from nnstudio.io import netfile

ROOT = Path(__file__).resolve().parents[2]
FULL_DISK = ("from pathlib import Path\nimport nnstudio.io.safe_files as sf\nreal = sf._write_synced\n"
             "def _full(tmp, data, mode):\n    if '{name}' not in str(tmp):\n        return real(tmp, data, mode)\n"
             "    Path(tmp).touch()\n    with open('/dev/full', 'wb') as fh:\n        fh.write(data); fh.flush()\n"
             "sf._write_synced = _full\n")
"""A prelude under which writing a file whose name contains ``{name}`` fails with ENOSPC (from /dev/full)."""


def nnstudio(*argv, cwd: Path, prelude: str = "") -> subprocess.CompletedProcess:
    code = f"{prelude}\nimport sys\nfrom nnstudio.cli import main\nsys.exit(main({[str(a) for a in argv]!r}))"
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=60, env=env)


def one_line_error(result, *fragments) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in result.stderr, result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def net(tmp_path):
    nf = netfile.network_file_for(Network([2, 4, 1], ["tanh", "sigmoid"], loss="bce", seed=1))
    nf.training = TrainingSettings(learning_rate=0.3, epochs=5)
    path = tmp_path / "xor.nnet"
    netfile.save(nf, path)
    return path


def test_a_named_pipe_as_network_file_or_csv_is_one_line_not_a_hang(net, tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    one_line_error(nnstudio("train", pipe, "--data", "xor", "--out", "o.nnet", cwd=tmp_path),
                   "pipe: could not read the file: is not a regular file (a named pipe)")
    one_line_error(nnstudio("train", net, "--data", pipe, "--out", "o.nnet", cwd=tmp_path),
                   f"{pipe}: is not a regular file (a named pipe)")
    one_line_error(nnstudio("eval", net, "--data", pipe, cwd=tmp_path), "a named pipe")
    assert not (tmp_path / "o.nnet").exists()


def test_a_csv_linked_to_dev_zero_is_refused_at_once(net, tmp_path):
    link = tmp_path / "data.csv"
    link.symlink_to("/dev/zero")
    one_line_error(nnstudio("train", net, "--data", link, "--out", "o.nnet", cwd=tmp_path),
                   "data.csv: is not a regular file (a character device)")


def test_outputs_onto_devices_and_folders_are_refused_before_training(net, tmp_path):
    for out in ("/dev/null", "/dev/full", str(tmp_path)):
        one_line_error(nnstudio("train", net, "--data", "xor", "--out", out, cwd=tmp_path),
                       f"cannot write {out}: it is not a regular file")
    one_line_error(nnstudio("train", net, "--data", "xor", "--out", "o.nnet", "--history", "/dev/null",
                            cwd=tmp_path), "cannot write /dev/null")
    assert not (tmp_path / "o.nnet").exists()
    for option, out in (("--torch", "/dev/full"), ("--onnx", "/dev/null")):
        one_line_error(nnstudio("export", net, option, out, cwd=tmp_path), f"cannot write {out}")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode) and stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_out_through_a_symlink_updates_the_target(net, tmp_path):
    target = tmp_path / "models" / "trained.nnet"
    target.parent.mkdir()
    link = tmp_path / "latest.nnet"
    link.symlink_to(target)
    result = nnstudio("train", net, "--data", "xor", "--out", link, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and netfile.load(target).history["epoch"][-1] == 5


def test_a_full_disk_names_the_history_file_and_keeps_the_previous_one(net, tmp_path):
    history = tmp_path / "loss.csv"
    history.write_text("epoch,train_loss\n1,0.5\n")
    line = one_line_error(nnstudio("train", net, "--data", "xor", "--out", "o.nnet", "--history", history, "--json",
                                   cwd=tmp_path, prelude=FULL_DISK.format(name="loss.csv")),
                          f"cannot write {history}: no space left on the device")
    assert line and history.read_text() == "epoch,train_loss\n1,0.5\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_full_disk_on_export_is_exit_2(net, tmp_path):
    result = nnstudio("export", net, "--torch", "m.py", cwd=tmp_path, prelude=FULL_DISK.format(name="m.py"))
    line = one_line_error(result, "cannot write m.py: no space left on the device")
    assert line and not (tmp_path / "m.py").exists()


# -- divergence ---------------------------------------------------------------------------------------
XOR = ROOT / "resources" / "examples" / "xor.nnet"


@pytest.mark.parametrize("lr, reason", [("1e6", "the loss stayed above"), ("1e300", "a weight reached")])
def test_train_that_diverges_says_so_exits_1_and_saves_nothing(tmp_path, lr, reason):
    result = nnstudio("train", XOR, "--data", "xor", "--lr", lr, "--epochs", "300", "--out", "o.nnet",
                      "--history", "h.csv", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("error: diverged at epoch ") and "): lower the learning rate (now " in last, last
    assert reason in last and last.endswith("Nothing was saved (--save-diverged saves it anyway).")
    assert list(tmp_path.iterdir()) == []


def test_save_diverged_saves_the_last_good_weights_when_the_last_are_not_finite(tmp_path):
    result = nnstudio("train", XOR, "--data", "xor", "--lr", "1e308", "--optimizer", "adam", "--out", "o.nnet",
                      "--save-diverged", "--json", cwd=tmp_path)
    assert result.returncode == 1 and "Saving the last good weights (epoch 0" in result.stderr, result.stderr
    import json

    assert json.loads(result.stdout)["status"] == "diverged"
    saved = netfile.load(tmp_path / "o.nnet")
    np.testing.assert_array_equal(saved.network.params, netfile.load(XOR).network.params)


def test_json_divergence_is_one_object(tmp_path):
    result = nnstudio("train", XOR, "--data", "xor", "--lr", "1e6", "--out", "o.nnet", "--json", cwd=tmp_path)
    import json

    doc = json.loads(result.stdout)
    assert result.returncode == 1 and doc["status"] == "diverged" and doc["reason"] == "exploding loss"
    assert doc["message"].startswith(f"diverged at epoch {doc['epochs']} (loss ")

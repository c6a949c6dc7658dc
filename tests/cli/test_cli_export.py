"""``nnstudio export``: files written, the JSON contract, and one-line errors with exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnstudio.engine.network import Network
from nnstudio.io import netfile

ROOT = Path(__file__).resolve().parents[2]


def nnstudio(*argv: str, cwd: Path, prelude: str = "") -> subprocess.CompletedProcess:
    """Run ``python -m nnstudio`` (with ``prelude`` executed first, to simulate a missing package)."""
    command = [sys.executable, "-m", "nnstudio", *argv]
    if prelude:
        command = [sys.executable, "-c", f"{prelude}\nimport sys\nfrom nnstudio.cli import main\n"
                   f"sys.exit(main({list(argv)!r}))"]
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120, env=env)


def assert_one_line_error(result, *fragments: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture
def net_path(tmp_path) -> Path:
    net = Network([2, 3, 1], ["tanh", "sigmoid"], loss="bce", seed=4)
    path = tmp_path / "xor.nnet"
    netfile.save(netfile.network_file_for(net, name="XOR", labels=[["x1", "x2"], None, ["xor"]]), path)
    return path


def test_export_both_with_json(net_path, tmp_path):
    result = nnstudio("export", str(net_path), "--onnx", "out.onnx", "--torch", "out.py", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"onnx": "out.onnx", "torch": "out.py"}
    assert (tmp_path / "out.onnx").stat().st_size > 0
    assert "def build_model():" in (tmp_path / "out.py").read_text(encoding="utf-8")
    assert "wrote ONNX model out.onnx" in result.stderr


def test_export_onnx_only_matches_the_network(net_path, tmp_path):
    ort = pytest.importorskip("onnxruntime")
    result = nnstudio("export", str(net_path), "--onnx", "net.onnx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "wrote ONNX model net.onnx"
    assert not (tmp_path / "net.py").exists()
    X = np.random.default_rng(0).normal(size=(5, 2))
    session = ort.InferenceSession(str(tmp_path / "net.onnx"), providers=["CPUExecutionProvider"])
    out = session.run(None, {"input": X.astype(np.float32)})[0]
    np.testing.assert_allclose(out, netfile.load(net_path).network.forward(X), rtol=0, atol=1e-6)


def test_export_onnx_float64(net_path, tmp_path):
    onnx = pytest.importorskip("onnx")
    result = nnstudio("export", str(net_path), "--onnx", "net.onnx", "--float64", "--opset", "13", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    model = onnx.load(str(tmp_path / "net.onnx"))
    assert model.graph.input[0].type.tensor_type.elem_type == onnx.TensorProto.DOUBLE
    assert model.opset_import[0].version == 13


def test_export_torch_only_runs_as_a_script(net_path, tmp_path):
    pytest.importorskip("torch", reason="no PyTorch: the parity reference is optional (README)")
    result = nnstudio("export", str(net_path), "--torch", "model.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    run = subprocess.run([sys.executable, "model.py"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Linear(in_features=2, out_features=3" in run.stdout


def test_bad_network_file_is_one_line(tmp_path):
    (tmp_path / "bad.nnet").write_text('{"format": "nnstudio-network", "version": 1, "layers": 3}')
    result = nnstudio("export", "bad.nnet", "--onnx", "out.onnx", cwd=tmp_path)
    assert_one_line_error(result, "bad.nnet", "layers")
    assert not (tmp_path / "out.onnx").exists()


def test_missing_network_file_is_one_line(tmp_path):
    assert_one_line_error(nnstudio("export", "nope.nnet", "--torch", "m.py", cwd=tmp_path), "nope.nnet")


def test_nothing_to_export_is_one_line(net_path, tmp_path):
    assert_one_line_error(nnstudio("export", str(net_path), cwd=tmp_path), "--onnx", "--torch")


def test_same_output_for_both_is_refused(net_path, tmp_path):
    assert_one_line_error(nnstudio("export", str(net_path), "--onnx", "x", "--torch", "./x", cwd=tmp_path),
                          "same file")


def test_unwritable_output_is_one_line(net_path, tmp_path):
    result = nnstudio("export", str(net_path), "--torch", "missing/dir/m.py", cwd=tmp_path)
    assert_one_line_error(result, "missing/dir/m.py")


def test_bad_opset_is_one_line(net_path, tmp_path):
    assert_one_line_error(nnstudio("export", str(net_path), "--onnx", "x.onnx", "--opset", "7", cwd=tmp_path),
                          "opset")


def test_missing_onnx_package_is_one_line_with_the_hint(net_path, tmp_path):
    result = nnstudio("export", str(net_path), "--onnx", "x.onnx", cwd=tmp_path,
                      prelude="import sys\nsys.modules['onnx'] = None")
    assert_one_line_error(result, "pip install -e \".[onnx]\"")
    assert not (tmp_path / "x.onnx").exists()


def test_export_never_imports_qt(net_path, tmp_path):
    probe = ("import sys\nsys.modules['PySide6'] = None\nsys.modules['pyqtgraph'] = None\n"
             "sys.modules['shiboken6'] = None")
    result = nnstudio("export", str(net_path), "--onnx", "x.onnx", "--torch", "x.py", cwd=tmp_path, prelude=probe)
    assert result.returncode == 0, result.stderr

"""ONNX and PyTorch export: outputs equal the engine's, masks folded, metadata, hostile text."""

from __future__ import annotations

import ast
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnstudio.engine.network import Network
from nnstudio.io import netfile
from nnstudio.io.export_common import ExportError, MissingExtraError
from nnstudio.io.export_onnx import export_onnx, onnx_model
from nnstudio.io.export_torch import export_torch, torch_script

ROOT = Path(__file__).resolve().parents[2]
ACTIVATIONS = ("identity", "sigmoid", "tanh", "relu", "leaky_relu", "softmax")
LOSS_OUTPUTS = {"mse": "identity", "half_sse": "tanh", "bce": "sigmoid", "cross_entropy": "softmax"}
"""Each loss with an output activation it is used with."""
BATCHES = (1, 17)


def network_with_output(activation: str, loss: str = "mse", seed: int = 3) -> Network:
    """A 3-5-4-k network whose hidden layers and output use ``activation`` (softmax: output only);
    biases random too, so every parameter matters."""
    hidden = "tanh" if activation == "softmax" else activation
    n_out = 3 if activation == "softmax" else 2
    net = Network([3, 5, 4, n_out], [hidden, hidden, activation], loss=loss, seed=seed)
    rng = np.random.default_rng(seed)
    for l in range(1, len(net.sizes)):
        net.biases[l][...] = rng.normal(0, 0.5, net.biases[l].shape)
    return net


def masked_network() -> Network:
    net = network_with_output("leaky_relu", seed=5)
    net.set_mask(1, (np.arange(15).reshape(5, 3) % 3 != 0).astype(int))
    net.set_mask(2, np.eye(4, 5, dtype=int) + np.eye(4, 5, 1, dtype=int))
    return net


def inputs(batch: int, n: int = 3, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed + batch).normal(0, 1.5, size=(batch, n))


def bias_free_network() -> Network:
    """Layers 1 and 3 without bias (``use_bias`` false), layer 2 with one."""
    net = network_with_output("tanh", seed=6)
    net.set_use_bias(1, False)
    net.set_use_bias(3, False)
    return net


NETWORKS = {
    **{f"activation={a}": (lambda a=a: network_with_output(a)) for a in ACTIVATIONS},
    **{f"loss={loss}": (lambda loss=loss, a=a: network_with_output(a, loss)) for loss, a in LOSS_OUTPUTS.items()},
    "masked": masked_network,
    "bias_free": bias_free_network,
}


# ------------------------------------------------------------------------------------------- ONNX
onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")


def onnx_outputs(path: Path, X: np.ndarray, dtype=np.float32) -> np.ndarray:
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    (out,) = session.run(["output"], {"input": X.astype(dtype)})
    return out


@pytest.mark.parametrize("make", NETWORKS.values(), ids=NETWORKS.keys())
@pytest.mark.parametrize("batch", BATCHES)
def test_onnx_outputs_match_the_engine(make, batch, tmp_path):
    net = make()
    path = tmp_path / "net.onnx"
    export_onnx(net, path)
    onnx.checker.check_model(onnx.load(str(path)))
    X = inputs(batch)
    out = onnx_outputs(path, X)
    assert out.dtype == np.float32 and out.shape == (batch, net.n_outputs)
    np.testing.assert_allclose(out, net.forward(X), rtol=0, atol=1e-6)


def test_one_onnx_file_serves_every_batch_size(tmp_path):
    net = network_with_output("sigmoid")
    export_onnx(net, tmp_path / "net.onnx")
    for batch in (1, 17, 256):
        X = inputs(batch)
        np.testing.assert_allclose(onnx_outputs(tmp_path / "net.onnx", X), net.forward(X), rtol=0, atol=1e-6)


@pytest.mark.parametrize("make", NETWORKS.values(), ids=NETWORKS.keys())
def test_onnx_float64_is_exact_up_to_rounding(make, tmp_path):
    net = make()
    export_onnx(net, tmp_path / "net.onnx", dtype="float64")
    X = inputs(17)
    out = onnx_outputs(tmp_path / "net.onnx", X, np.float64)
    assert out.dtype == np.float64
    # ONNX attributes are float32, so LeakyRelu's alpha is 0.01 rounded to float32 (≈2e-10 off)
    tolerance = 1e-8 if "leaky_relu" in net.activations else 1e-12
    np.testing.assert_allclose(out, net.forward(X), rtol=0, atol=tolerance)


def test_onnx_graph_is_gemm_and_activation_nodes_with_a_dynamic_batch():
    net = Network([2, 4, 3, 3], ["leaky_relu", "identity", "softmax"], loss="cross_entropy")
    model = onnx_model(net, opset=13)
    graph = model.graph
    assert [n.op_type for n in graph.node] == ["Gemm", "LeakyRelu", "Gemm", "Gemm", "Softmax"]
    assert [i.name for i in graph.input] == ["input"] and [o.name for o in graph.output] == ["output"]
    assert graph.node[-1].output == ["output"]
    in_dims = graph.input[0].type.tensor_type.shape.dim
    out_dims = graph.output[0].type.tensor_type.shape.dim
    assert in_dims[0].dim_param == "batch" and in_dims[1].dim_value == 2
    assert out_dims[0].dim_param == "batch" and out_dims[1].dim_value == 3
    attrs = {n.op_type: {a.name: onnx.helper.get_attribute_value(a) for a in n.attribute} for n in graph.node}
    assert attrs["Gemm"] == {"transB": 1}
    assert attrs["Softmax"] == {"axis": -1}
    assert attrs["LeakyRelu"]["alpha"] == pytest.approx(0.01)
    assert model.opset_import[0].version == 13


def test_onnx_folds_masks_into_the_weights():
    net = masked_network()
    net.weights[1][...] = 7.0  # stale values under the mask must not reach the export
    model = onnx_model(net)
    weights = {t.name: onnx.numpy_helper.to_array(t) for t in model.graph.initializer}
    w1 = weights["layer1.weight"]
    assert np.all(w1[net.masks[1] == 0] == 0) and np.all(w1[net.masks[1] == 1] == 7.0)
    np.testing.assert_array_equal(weights["layer2.weight"], (net.weights[2] * net.masks[2]).astype(np.float32))


def test_onnx_bias_free_layers_have_no_bias_initialiser():
    net = bias_free_network()
    model = onnx_model(net)
    names = {t.name for t in model.graph.initializer}
    assert names == {"layer1.weight", "layer2.weight", "layer2.bias", "layer3.weight"}
    gemms = [n for n in model.graph.node if n.op_type == "Gemm"]
    assert [len(n.input) for n in gemms] == [2, 3, 2]


def encoded_network_file(tmp_path) -> netfile.NetworkFile:
    """A network trained on a CSV import: standardised numeric column and a one-hot column."""
    from nnstudio.io.csv_import import import_csv

    csv = tmp_path / "pets.csv"
    csv.write_text("weight,colour,kind\n4.0,red,cat\n30.5,blue,dog\n5.5,blue,cat\n22.0,green,dog\n")
    dataset, _ = import_csv(csv, standardize=True)
    net = Network([dataset.n_features, 3, 1], ["tanh", "sigmoid"], loss="bce")
    return netfile.network_file_for(net, name="Pets", description="Cat or dog?", encoding=dataset.encoding)


def test_onnx_metadata_documents_the_input_encoding(tmp_path):
    nf = encoded_network_file(tmp_path)
    export_onnx(nf, tmp_path / "pets.onnx")
    model = onnx.load(str(tmp_path / "pets.onnx"))
    props = {p.key: p.value for p in model.metadata_props}
    assert props["name"] == "Pets" and props["description"] == "Cat or dog?"
    assert json.loads(props["input_names"]) == ["weight", "colour=blue", "colour=green", "colour=red"]
    assert json.loads(props["output_names"]) == ["P(kind=dog)"]
    assert json.loads(props["input_encoding"]) == nf.encoding
    weight = nf.encoding["features"][0]
    assert f"(x - {weight['mean']!r}) / {weight['std']!r}" in props["input_encoding_text"]
    assert "one-hot over 3 categories in this order (an unknown category gives all zeros): blue, green, red" \
        in props["input_encoding_text"]
    assert props["input_encoding_text"] in model.doc_string
    assert props["loss"] == "bce"


def test_onnx_metadata_without_encoding_uses_the_input_labels():
    net = Network([2, 1], ["sigmoid"], loss="bce")
    nf = netfile.network_file_for(net, labels=[["x1", "x2"], ["XOR"]])
    props = {p.key: p.value for p in onnx_model(nf).metadata_props}
    assert json.loads(props["input_names"]) == ["x1", "x2"]
    assert json.loads(props["output_names"]) == ["XOR"]
    assert json.loads(props["input_encoding"]) is None
    assert "used as given" in props["input_encoding_text"]


@pytest.mark.parametrize(("options", "message"), [
    ({"opset": 12}, "opset must be an integer from 13"),
    ({"opset": "17"}, "opset must be an integer"),
    ({"dtype": "float16"}, "dtype must be one of float32, float64"),
])
def test_onnx_bad_options_are_refused(options, message, tmp_path):
    with pytest.raises(ExportError, match=message):
        export_onnx(Network([2, 1], ["sigmoid"]), tmp_path / "x.onnx", **options)
    assert not list(tmp_path.iterdir())


def test_missing_onnx_package_gives_the_install_hint(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "onnx", None)  # makes `import onnx` raise ImportError
    with pytest.raises(MissingExtraError, match=r"pip install nnstudio\[onnx\]"):
        export_onnx(Network([2, 1], ["sigmoid"]), tmp_path / "x.onnx")


def test_exports_refuse_a_diverged_network(tmp_path):
    net = Network([2, 1], ["sigmoid"])
    net.weights[1][0, 0] = np.nan
    with pytest.raises(ExportError, match="not finite"):
        export_onnx(net, tmp_path / "x.onnx")
    with pytest.raises(ExportError, match="not finite"):
        export_torch(net, tmp_path / "x.py")
    assert not list(tmp_path.iterdir())


def test_a_failed_export_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "net.onnx"
    path.write_bytes(b"old")
    monkeypatch.setattr("os.replace", _raise_disk_full)
    with pytest.raises(OSError, match="No space") as info:
        export_onnx(Network([2, 1], ["sigmoid"]), path)
    assert info.value.filename == str(path)
    assert path.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["net.onnx"]


def _raise_disk_full(*args):
    raise OSError(28, "No space left on device")


def test_io_imports_without_onnx_or_torch():
    probe = ("import sys\nsys.modules['onnx'] = None\nsys.modules['torch'] = None\n"
             "import nnstudio.io.export_onnx, nnstudio.io.export_torch, nnstudio.cli.export\n"
             "from nnstudio.engine.network import Network\n"
             "print(len(nnstudio.io.export_torch.torch_script(Network([2, 1], ['sigmoid']))) > 0)\n")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


# ---------------------------------------------------------------------------------------- PyTorch
def import_script(path: Path):
    spec = importlib.util.spec_from_file_location(f"exported_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("make", NETWORKS.values(), ids=NETWORKS.keys())
@pytest.mark.parametrize("batch", BATCHES)
def test_torch_outputs_match_the_engine_in_float64(make, batch, tmp_path):
    torch = pytest.importorskip("torch")
    net = make()
    path = tmp_path / "model.py"
    export_torch(net, path)
    module = import_script(path)
    assert isinstance(module.model, torch.nn.Sequential)
    model = module.build_model()
    assert all(p.dtype == torch.float64 for p in model.parameters())
    X = inputs(batch)
    with torch.no_grad():
        out = model(torch.from_numpy(X)).numpy()
    assert out.shape == (batch, net.n_outputs)
    np.testing.assert_allclose(out, net.forward(X), rtol=0, atol=1e-10)


def test_torch_model_is_linear_and_activation_modules(tmp_path):
    torch = pytest.importorskip("torch")
    net = Network([2, 4, 3, 3], ["leaky_relu", "identity", "softmax"], loss="cross_entropy")
    export_torch(net, tmp_path / "m.py")
    model = import_script(tmp_path / "m.py").model
    kinds = [type(m).__name__ for m in model]
    assert kinds == ["Linear", "LeakyReLU", "Linear", "Linear", "Softmax"]
    assert model[1].negative_slope == 0.01 and model[4].dim == 1
    for module, l in ((model[0], 1), (model[2], 2), (model[3], 3)):
        assert torch.equal(module.weight, torch.from_numpy(net.weights[l]))  # bit-exact literals
        assert torch.equal(module.bias, torch.from_numpy(net.biases[l]))


def test_torch_bias_free_layers_are_linear_with_bias_false(tmp_path):
    torch = pytest.importorskip("torch")
    net = bias_free_network()
    export_torch(net, tmp_path / "m.py")
    linears = [m for m in import_script(tmp_path / "m.py").model if isinstance(m, torch.nn.Linear)]
    assert [lin.bias is None for lin in linears] == [True, False, True]
    assert torch.equal(linears[1].bias, torch.from_numpy(net.biases[2]))


def test_torch_script_folds_masks():
    net = masked_network()
    net.weights[1][...] = 7.0
    text = torch_script(net)
    row0 = "[" + ", ".join("0.0" if m == 0 else "7.0" for m in net.masks[1][0]) + "]"
    assert row0 in text


def test_torch_header_documents_the_input_encoding(tmp_path):
    nf = encoded_network_file(tmp_path)
    text = torch_script(nf)
    header = text.split("import torch")[0]
    assert all(line.startswith("#") or not line for line in header.splitlines())
    weight = nf.encoding["features"][0]
    assert f"weight: numeric, standardised as (x - {weight['mean']!r}) / {weight['std']!r}" in header
    assert "colour: categorical, one-hot over 3 categories" in header and "blue, green, red" in header
    assert "Inputs (4): weight, colour=blue, colour=green, colour=red" in header
    assert "Cat or dog?" in header and header.startswith("# Pets")


def test_hostile_text_stays_in_comments_and_string_literals(tmp_path):
    evil = 'x"\n__import__("sys").exit(3)\r\x00\u2028\x0c#"""\\'
    net = Network([2, 1], ["sigmoid"])
    nf = netfile.network_file_for(net, name=evil, description=evil * 3, labels=[[evil, "b'"], [evil]])
    text = torch_script(nf)
    tree = ast.parse(text)  # would fail on a NUL byte or a broken literal
    top = [type(node).__name__ for node in tree.body]
    assert top == ["Import", "Assign", "Assign", "FunctionDef", "FunctionDef", "Assign", "If"]
    assert not any(isinstance(node, ast.Name) and node.id == "__import__" for node in ast.walk(tree))
    assert ast.literal_eval(tree.body[1].value) == [evil, "b'"]
    assert ast.literal_eval(tree.body[2].value) == [evil]


def test_writing_the_torch_script_needs_no_torch(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "torch", None)
    export_torch(Network([2, 1], ["sigmoid"]), tmp_path / "m.py")
    assert "def build_model():" in (tmp_path / "m.py").read_text(encoding="utf-8")


def test_running_the_script_prints_the_model(tmp_path):
    pytest.importorskip("torch")
    export_torch(Network([2, 3, 1], ["relu", "sigmoid"]), tmp_path / "m.py")
    result = subprocess.run([sys.executable, str(tmp_path / "m.py")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Sequential" in result.stdout and "Linear(in_features=2, out_features=3" in result.stdout


def test_export_source_rejects_other_objects(tmp_path):
    with pytest.raises(TypeError, match="NetworkFile or a Network"):
        export_torch({"layers": []}, tmp_path / "x.py")

"""Import contracts: the engine, the file I/O and the headless CLI never load Qt (DESIGN §1)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import sys, runpy
{body}
bad = sorted(m for m in sys.modules if m.startswith(("PySide6", "pyqtgraph", "shiboken6")))
print("LOADED:" + ",".join(bad))
"""


def _loaded_qt_modules(body: str, tmp_path) -> str:
    result = subprocess.run([sys.executable, "-c", PROBE.format(body=body)], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120,
                            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert "LOADED:" in result.stdout, result.stderr
    return result.stdout.split("LOADED:")[1].strip()


def test_engine_and_io_never_import_qt(tmp_path):
    body = ("import pkgutil, importlib, nnstudio.engine, nnstudio.io\n"
            "for pkg in (nnstudio.engine, nnstudio.io):\n"
            "    for m in pkgutil.iter_modules(pkg.__path__):\n"
            "        importlib.import_module(pkg.__name__ + '.' + m.name)\n")
    assert _loaded_qt_modules(body, tmp_path) == ""


def test_cli_train_never_imports_qt(tmp_path):
    from nnstudio.engine.network import Network
    from nnstudio.io import netfile

    net_path = tmp_path / "xor.nnet"
    netfile.save(netfile.network_file_for(Network([2, 3, 1], ["tanh", "sigmoid"], loss="bce")), net_path)
    body = (f"sys.argv = ['nnstudio', 'train', {str(net_path)!r}, '--data', 'xor', '--epochs', '2', "
            f"'--out', {str(tmp_path / 'out.nnet')!r}]\n"
            "try:\n    runpy.run_module('nnstudio', run_name='__main__')\n"
            "except SystemExit as e:\n    assert e.code in (0, None), e.code\n")
    assert _loaded_qt_modules(body, tmp_path) == ""
    assert (tmp_path / "out.nnet").exists()


# -- the floors (pyproject.toml's [tool.importlinter] contracts) -------------------------------------------
import ast  # noqa: E402
import tomllib  # noqa: E402

import pytest  # noqa: E402

PACKAGE = ROOT / "nnstudio"
DYNAMIC_IMPORTERS = {"import_module", "__import__"}


def _contracts() -> list[dict]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]


def _floors() -> dict[str, int]:
    """Top-level module → its floor (0 = the top) from the layers contract."""
    layers = next(c for c in _contracts() if c["type"] == "layers")["layers"]
    return {name.strip().strip("()"): k for k, layer in enumerate(layers) for name in layer.split("|")}


def _allowed(source: str, target: str) -> bool:
    """Whether module ``source`` may import ``target`` by the declared contracts (both ``nnstudio.x…``)."""
    top = lambda m: ".".join(m.split(".")[:2])  # noqa: E731
    floors = _floors()
    s, t = top(source), top(target)
    if s != t and s in floors and t in floors and floors[t] <= floors[s]:
        return False  # the same floor (siblings are independent) or a floor above
    for c in _contracts():
        if c["type"] == "forbidden" and any(source.startswith(m) for m in c["source_modules"]):
            if any(target == m or target.startswith(m + ".") for m in c["forbidden_modules"]):
                return False
    return True


def _dynamic_imports(path: Path):
    """(line, imported module or None when it cannot be read) of every importlib/__import__ call in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name not in DYNAMIC_IMPORTERS:
            continue
        arg = node.args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            yield node.lineno, arg.value
        elif isinstance(arg, ast.JoinedStr) and arg.values and isinstance(arg.values[0], ast.Constant):
            prefix = str(arg.values[0].value)  # f"nnstudio.cli.{name}": the package is known
            yield node.lineno, prefix.rstrip(".") if prefix.count(".") >= 2 else None
        else:
            yield node.lineno, None


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_dynamic_imports_respect_the_floors():
    """import-linter cannot see ``importlib.import_module("nnstudio.x")``: no such import crosses a floor."""
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = _module_name(path)
        for line, target in _dynamic_imports(path):
            where = f"{path.relative_to(ROOT)}:{line}"
            if target is None:
                bad.append(f"{where}: a module name built at run time cannot be checked")
            elif target.startswith("nnstudio") and not _allowed(source, target):
                bad.append(f"{where}: {source} imports {target} by name across the floors")
    assert not bad, "\n".join(bad)


def test_the_dynamic_import_check_catches_a_panel_importing_the_app(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("import importlib\nimportlib.import_module('nnstudio.app.main_window')\n"
                     "__import__(f'nnstudio.training.{1}')\nimportlib.import_module(name)\n")
    found = list(_dynamic_imports(probe))
    assert found == [(2, "nnstudio.app.main_window"), (3, "nnstudio.training"), (4, None)]
    assert not _allowed("nnstudio.stepper.install", "nnstudio.app.main_window")
    assert not _allowed("nnstudio.stepper.install", "nnstudio.training")
    assert not _allowed("nnstudio.cli.train", "nnstudio.document.data")
    assert _allowed("nnstudio.app.panels", "nnstudio.training.install")
    assert _allowed("nnstudio.cli", "nnstudio.cli.train")


def test_the_layer_contracts_hold():
    """``lint-imports`` over the declared contracts (CI runs it too)."""
    pytest.importorskip("importlinter")
    result = subprocess.run([sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command;"
                             "sys.argv = ['lint-imports']; lint_imports_command()"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]

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

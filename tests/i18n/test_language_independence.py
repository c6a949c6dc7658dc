"""Switching the interface to French changes no number the engine computes, no file written and no
CLI output: the same commands run with the English and the French interface installed in the process
give byte-identical files and output, and the CLI in a French locale still speaks English."""

import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnstudio.cli import main
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainingSettings
from nnstudio.io import netfile
from nnstudio.io import numbers as io_numbers

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def french(qapp):
    """The French interface installed in this process for the test (English again afterwards)."""
    from nnstudio.app.i18n import install_language

    assert install_language(qapp, "fr")
    assert io_numbers.DECIMAL_SEPARATOR == ","
    yield
    install_language(qapp, "en")


def _network_file(path: Path) -> Path:
    net = Network([2, 5, 1], ["tanh", "sigmoid"], loss="bce", seed=4)
    nf = netfile.network_file_for(net, name="xor", labels=[["x1", "x2"], None, ["same sign"]])
    nf.training = TrainingSettings(learning_rate=0.3, batch_size=8, epochs=25, seed=3)
    nf.dataset = {"name": "xor", "samples": 120, "noise": 0.1, "test_fraction": 0.25, "seed": 2}
    netfile.save(nf, path)
    return path


def _comparable(text: str, folder: Path) -> bytes:
    """``text`` without what differs from run to run: the folder and the time taken."""
    return re.sub(r"in \d+\.\d+ s\b", "in <t> s", text.replace(str(folder), "<dir>")).encode()


def _run_commands(folder: Path, capsys) -> dict[str, bytes]:
    """Every output of a few CLI runs: what they print and the files they write."""
    folder.mkdir()
    source = _network_file(folder / "in.nnet")
    runs = {
        "train": ["train", source, "--data", "xor", "--out", folder / "out.nnet", "--history", folder / "h.csv"],
        "eval": ["eval", folder / "out.nnet", "--data", "xor"],
        "trace": ["trace", folder / "out.nnet", "--input=0.25,-0.5", "--target=1"],
        "gd": ["gd", "--function", "x^2 + 3*y^2", "--x0", "1.5", "--y0", "-0.5", "--lr", "0.1", "--steps", "8"],
        "export": ["export", folder / "out.nnet", "--format", "torch", "--out", folder / "model.py"],
    }
    outputs = {}
    for name, args in runs.items():
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        outputs[f"{name} code"] = str(code).encode()
        outputs[f"{name} stdout"] = _comparable(out, folder)
        outputs[f"{name} stderr"] = _comparable(err, folder)
    for path in sorted(folder.iterdir()):
        outputs[path.name] = path.read_bytes()
    return outputs


def test_cli_outputs_and_files_are_the_same_with_the_french_interface(qapp, tmp_path, capsys, request):
    english = _run_commands(tmp_path / "en", capsys)
    request.getfixturevalue("french")
    french = _run_commands(tmp_path / "fr", capsys)
    assert english.keys() == french.keys()
    assert english["train code"] == b"0" and english["out.nnet"]
    different = [key for key in english if english[key] != french[key]]
    assert not different, [(key, english[key][:300], french[key][:300]) for key in different]
    assert b"0.3" in english["in.nnet"]  # the files keep the decimal point


def test_engine_numbers_are_the_same_with_the_french_interface(qapp, request):
    from nnstudio.engine.datasets import make_dataset
    from nnstudio.engine.training import TrainData, Trainer

    def train():
        net = Network([2, 6, 1], ["tanh", "sigmoid"], loss="bce", seed=7)
        data = TrainData.from_dataset(make_dataset("circle", samples=100, noise=0.1, seed=1), 1)
        trainer = Trainer(net, data, TrainingSettings(learning_rate=0.2, batch_size=10, epochs=15, seed=5))
        trainer.run()
        return net.params.copy(), net.loss_value(data.X_test, data.Y_test)

    params_en, loss_en = train()
    request.getfixturevalue("french")
    params_fr, loss_fr = train()
    assert np.array_equal(params_en, params_fr) and loss_en == loss_fr


def test_the_cli_speaks_english_in_a_french_locale(tmp_path):
    env = dict(os.environ, LANG="fr_FR.UTF-8", LC_ALL="fr_FR.UTF-8", LANGUAGE="fr", PYTHONPATH=str(ROOT))
    missing = subprocess.run([sys.executable, "-m", "nnstudio", "eval", str(tmp_path / "none.nnet"), "--data", "xor"],
                             capture_output=True, text=True, env=env, timeout=120)
    assert missing.returncode != 0 and "none.nnet" in missing.stderr
    gd = subprocess.run([sys.executable, "-m", "nnstudio", "gd", "--function", "x^2", "--x0", "1.5", "--lr", "0.1",
                         "--steps", "3"], capture_output=True, text=True, env=env, timeout=120)
    assert gd.returncode == 0, gd.stderr
    assert "," not in gd.stdout.replace(", ", "")  # decimal points, never decimal commas
    bad = subprocess.run([sys.executable, "-m", "nnstudio", "gd", "--function", "x^", "--x0", "1"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode != 0 and "error" in bad.stderr.lower()


def test_csv_errors_read_in_french_and_still_name_the_row_column_and_cell(french, tmp_path):
    from nnstudio.io.csv_import import CsvImportError, import_csv

    typo = tmp_path / "mesures.csv"
    typo.write_text("x1,x2,y\n" + "".join(f"{i},{i / 10},{i % 2}\n" for i in range(8)) + "8,abc,0\n9,0.9,1\n",
                    encoding="utf-8")
    with pytest.raises(CsvImportError) as typo_error:
        import_csv(typo, target="y")
    assert str(typo_error.value) == (
        "mesures.csv, ligne 10 du fichier : ligne de données 9, colonne x2 : « abc » n'est pas un nombre "
        "(1 cellule sur 10 de cette colonne n'est pas un nombre ; corrigez la cellule, ou rendez la colonne "
        "catégorielle)")
    ragged = tmp_path / "bancal.csv"
    ragged.write_text("x1;x2;y\n1;2;0\n3;4\n", encoding="utf-8")
    with pytest.raises(CsvImportError, match=r"^bancal\.csv : ligne 3 : 3 champs attendus comme dans l'en-tête, "
                                             r"2 trouvés \(séparateur : point-virgule ;"):
        import_csv(ragged, target="y")

"""``nnstudio gd``: the table, the JSON contract, negative numbers and one-line errors."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from nnstudio.cli import gd
from nnstudio.cli.errors import CliError

ROOT = Path(__file__).resolve().parents[2]


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nnstudio")
    gd.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(["gd", *argv])


def run(argv: list[str], capsys) -> str:
    assert gd.run(parse(argv)) == 0
    captured = capsys.readouterr()
    return captured.out


def run_json(argv: list[str], capsys) -> dict:
    out = run([*argv, "--json"], capsys)
    return json.loads(out)  # exactly one JSON object: json.loads refuses anything after it


def test_json_rows_for_the_parabola(capsys):
    data = run_json(["--function", "x^2 - x + 1", "--x0", "5", "--lr", "0.3", "--steps", "3"], capsys)
    assert set(data) == {"steps", "diverged", "stopped_at"}
    assert data["diverged"] is False and data["stopped_at"] is None
    assert data["steps"][0] == {"step": 0, "point": [5.0], "gradient": [9.0], "value": 21.0}
    assert [row["step"] for row in data["steps"]] == [0, 1, 2, 3]
    assert [row["point"][0] for row in data["steps"]] == pytest.approx([5.0, 2.3, 1.22, 0.788], rel=1e-14)
    assert data["steps"][1]["gradient"] == pytest.approx([3.6])
    assert data["steps"][1]["value"] == pytest.approx(3.99)


def test_table_is_aligned(capsys):
    out = run(["--function", "x^2 - x + 1", "--x0", "5", "--lr", "0.3", "--steps", "4"], capsys)
    lines = out.splitlines()
    assert lines[0] == "f(x) = x^2 - x + 1"
    assert lines[1] == "df/dx = 2*x - 1"
    assert lines[2].startswith("optimizer gd: lr = 0.3")
    table = lines[3:]
    assert table[0].split() == ["step", "x", "df/dx", "f"]
    assert table[1].split() == ["0", "5", "9", "21"]
    assert table[2].split() == ["1", "2.3", "3.6", "3.99"]
    assert len(table) == 6 and len({len(line) for line in table}) == 1  # right-aligned columns


def test_two_variables_and_negative_starts(capsys):
    data = run_json(["--function", "x^2 + 3*y^2", "--x0=-2", "--y0", "-1", "--lr", "0.1", "--steps", "1"],
                    capsys)
    assert data["steps"][0] == {"step": 0, "point": [-2.0, -1.0], "gradient": [-4.0, -6.0], "value": 7.0}
    assert data["steps"][1]["point"] == pytest.approx([-1.6, -0.4])
    out = run(["--function", "x*y", "--x0", "-2", "--y0=-0.5", "--lr", "0.1", "--steps", "1"], capsys)
    lines = out.splitlines()
    assert lines[1:3] == ["df/dx = y", "df/dy = x"]
    assert lines[4].split() == ["step", "x", "y", "df/dx", "df/dy", "f"]
    assert lines[5].split() == ["0", "-2", "-0.5", "-0.5", "-2", "1"]


def test_lr_zero_is_allowed(capsys):
    data = run_json(["--function", "x^2", "--x0", "1.5", "--lr", "0", "--steps", "3"], capsys)
    assert [row["point"] for row in data["steps"]] == [[1.5]] * 4


def test_preset_defaults_and_optimizers(capsys):
    data = run_json(["--function", "rosenbrock", "--steps", "2", "--optimizer", "adam", "--lr", "0.1"],
                    capsys)
    assert data["steps"][0]["point"] == [-1.2, 1.0]
    # Adam's first step moves each coordinate by lr against the sign of the gradient
    assert data["steps"][1]["point"] == pytest.approx([-1.1, 1.1], rel=1e-7)
    momentum = run_json(["--function", "x^2", "--x0", "1", "--lr", "0.1", "--steps", "2",
                         "--optimizer", "gd", "--momentum", "0.9"], capsys)
    assert [row["point"][0] for row in momentum["steps"]] == pytest.approx([1.0, 0.8, 0.46])
    preset = run_json(["--function", "parabola", "--steps", "1"], capsys)  # start 5, lr 0.3
    assert preset["steps"][1]["point"] == pytest.approx([2.3])


def test_divergence_is_flagged(capsys):
    data = run_json(["--function", "x^2 - x + 1", "--x0", "5", "--lr", "1.5", "--steps", "100"], capsys)
    assert data["diverged"] is True and data["stopped_at"] == 18 and len(data["steps"]) == 18
    out = run(["--function", "x^2 - x + 1", "--x0", "5", "--lr", "1.5", "--steps", "100"], capsys)
    assert out.splitlines()[-1].startswith("diverged at step 18")


START = ["--x0", "1", "--lr", "0.1", "--steps", "1"]


@pytest.mark.parametrize(("argv", "message"), [
    (["--function", "2x", "--x0", "1", "--lr", "0.1", "--steps", "1"], "position 2"),
    (["--function", "__import__('os')", *START], "unknown name '__import__'"),
    (["--function", "x*y", "--x0", "1", "--lr", "0.1", "--steps", "1"], "uses y, so it needs --y0"),
    (["--function", "x^2", "--lr", "0.1", "--steps", "1"], "needs a start point --x0"),
    (["--function", "x^2", "--x0", "1", "--steps", "1"], "--lr is required"),
    (["--function", "x^2", "--x0", "1", "--lr", "0.1", "--steps=-1"], "--steps"),
    (["--function", "x^2", "--x0", "1", "--lr", "0.1", "--steps", "2.5"], "--steps: expected a whole number"),
    (["--function", "x^2", "--x0", "1", "--lr=-0.1", "--steps", "1"], "--lr: expected a number ≥ 0"),
    (["--function", "x^2", "--x0", "abc", "--lr", "0.1", "--steps", "1"], "--x0: expected a number"),
    (["--function", "x^2", "--x0", "nan", "--lr", "0.1", "--steps", "1"], "--x0: expected a finite number"),
    (["--function", "x^2", *START, "--optimizer", "lbfgs"], "unknown optimizer 'lbfgs'"),
    (["--function", "x^2", *START, "--optimizer", "adam", "--momentum", "0.9"],
     "has no parameter 'momentum'"),
    (["--function", "log(x)", "--x0", "-1", "--lr", "0.1", "--steps", "1"], "not defined at the start point"),
])
def test_user_errors_raise_cli_error(argv, message):
    with pytest.raises(CliError) as info:
        gd.run(parse(argv))
    assert message in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.skipif(not (ROOT / "nnstudio" / "__main__.py").exists(),
                    reason="python -m nnstudio is not there yet")
def test_python_m_nnstudio_gd():
    command = [sys.executable, "-m", "nnstudio", "gd", "--function", "x^2 - x + 1", "--x0", "5",
               "--lr", "0.3", "--steps", "2", "--json"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["steps"][0] == {"step": 0, "point": [5.0], "gradient": [9.0], "value": 21.0}
    assert len(data["steps"]) == 3
    bad = subprocess.run([*command[:5], "(x", "--x0", "1", "--lr", "0.1", "--steps", "1"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.startswith("error: ") and "missing ')'" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("expression, x1", [("---x", 1.1), ("-x^2", 1.2), ("--x", 0.9)])
def test_a_function_starting_with_dashes_is_read_as_the_value(capsys, expression, x1):
    from nnstudio.cli import main

    assert main(["gd", "--function", expression, "--x0", "1", "--lr", "0.1", "--steps", "1", "--json"]) == 0
    steps = json.loads(capsys.readouterr().out)["steps"]
    assert steps[1]["point"] == [pytest.approx(x1)]

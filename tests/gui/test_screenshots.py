"""``main.py --screenshot`` renders every example (and a large network) to a non-blank PNG."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from nnstudio.resources import example_files

ROOT = Path(__file__).resolve().parents[2]


def run_screenshot(out: Path, *args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NNSTUDIO_CONFIG_DIR=str(tmp_path / "cfg"),
               NNSTUDIO_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args, "--screenshot", str(out)],
                          env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)


def assert_not_blank(path: Path) -> None:
    image = QImage(str(path))
    assert not image.isNull() and image.width() >= 800
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
    assert len(colours) > 20, "the screenshot looks blank"


@pytest.mark.parametrize("example", example_files() or [None], ids=lambda p: p.name if p else "none")
def test_screenshot_of_each_example(example, tmp_path):
    if example is None:
        pytest.skip("no example networks in resources/examples yet")
    out = tmp_path / f"{example.stem}.png"
    result = run_screenshot(out, str(example), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert_not_blank(out)


def test_screenshot_of_a_large_network_and_of_the_default(tmp_path):
    from nnstudio.engine.network import Network
    from nnstudio.io import netfile

    net = Network([784, 128, 64, 10], ["relu", "relu", "softmax"], "cross_entropy", seed=1)
    big = tmp_path / "mnist.nnet"
    netfile.save(netfile.network_file_for(net, name="MNIST"), big)
    out = tmp_path / "big.png"
    result = run_screenshot(out, str(big), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert_not_blank(out)
    out = tmp_path / "default.png"
    result = run_screenshot(out, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert_not_blank(out)


def test_screenshot_of_a_corrupt_file_fails_with_a_message(tmp_path):
    bad = tmp_path / "bad.nnet"
    bad.write_text("{not json")
    result = run_screenshot(tmp_path / "x.png", str(bad), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "bad.nnet" in result.stderr

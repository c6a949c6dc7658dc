"""Starting the app with no display prints one line with the two ways out and exits with 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nnstudio.app.launch import display_problem

ROOT = Path(__file__).resolve().parents[2]


def _env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra)
    return env


@pytest.mark.parametrize("platform", [None, "xcb"])
def test_no_display_names_the_problem_and_the_ways_out(tmp_path, platform):
    env = _env(NNSTUDIO_CONFIG_DIR=str(tmp_path), NNSTUDIO_DATA_DIR=str(tmp_path))
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    done = subprocess.run([sys.executable, str(ROOT / "main.py")], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    lines = [s for s in done.stderr.splitlines() if s.strip()]
    assert len(lines) == 1, done.stderr
    assert "display" in lines[0] and "xvfb-run -a" in lines[0] and "--screenshot" in lines[0]
    assert "plugin" not in lines[0].lower() and done.stdout == ""


def test_screenshot_still_works_without_a_display(tmp_path):
    out = tmp_path / "shot.png"
    env = _env(NNSTUDIO_CONFIG_DIR=str(tmp_path), NNSTUDIO_DATA_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--screenshot", str(out), "--size", "800x600"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 10_000


def test_which_environments_have_a_display():
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux")
    assert display_problem({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux")
    assert display_problem({}, "linux")
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None

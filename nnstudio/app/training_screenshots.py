"""Render the app mid-training with each built-in dataset (for the docs and for looking at the work).

    python -m nnstudio.app.training_screenshots OUT_DIR [--seconds 1.5] [--size 1600x1000] [--tab Output]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .main_window import MainWindow

EXAMPLES = {"xor": "xor.nnet", "circle": "circle.nnet", "spiral": "spiral.nnet", "blobs": "blobs_softmax.nnet",
            "sine": "sine_regression.nnet", "plane": "linear_regression.nnet"}


def wait(app, seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def render(window, app, name: str, out: Path, seconds: float, tab: str | None) -> Path:
    from nnstudio.engine.datasets import DATASET_NAMES
    from nnstudio.resources import example_path

    training = window.panels["training"]
    ctl = training.controller
    example = EXAMPLES.get(name)
    if example and example_path(example).exists():
        window.open_file(str(example_path(example)), as_template=True, ask=False)
    box = training.panel.data_box
    if (window.document.dataset or {}).get("name") != name:
        box.combo.setCurrentIndex(DATASET_NAMES.index(name))
        box.combo.activated.emit(DATASET_NAMES.index(name))
    if tab:
        tabs = training.plots.tabs
        for i in range(tabs.count()):
            if tabs.tabText(i) == tab:
                tabs.setCurrentIndex(i)
    ctl.until_stopped = True
    ctl.play()
    wait(app, seconds)
    path = out / f"training-{name}.png"
    window.grab().save(str(path))
    ctl.pause()
    window.undo_stack.clear()
    return path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seconds", type=float, default=1.5)
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--tab", help="plots tab to show (Output, Neurons, Metrics, Weights, Runs)")
    parser.add_argument("--only", nargs="*", help="dataset names")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMessageBox

    from nnstudio.engine.datasets import DATASET_NAMES

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow()
    window.interactive = False
    window.ask_save_choice = lambda: QMessageBox.StandardButton.Discard
    w, h = (int(v) for v in args.size.split("x"))
    window.resize(w, h)
    window.show()
    window.docks.default_sizes()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.only or DATASET_NAMES:
        print(render(window, app, name, args.out, args.seconds, args.tab))
    window.panels["training"].controller.shutdown()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

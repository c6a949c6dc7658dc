"""Render the docs' pictures of the main window at one window size (for a laptop screen: 1366×768).

    python -m nnstudio.app.docs_screenshots docs [--size 1366x768]

Writes ``NAME-WxH.png`` beside the 1400×900 pictures: the main window (light, dark, the spiral
example), training on XOR, the spiral and the sine (with slow motion on XOR), the step-through's
update labels on 2-2-5-1 and 2-4-3, a network adapted to a 99-input CSV, the template gallery and the
divergence banner. The first picture shows the first screen (with the Lessons welcome); the others
hide the Lessons dock.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path


def _wait(app, seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def _window(app, folder: str, size):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from .main_window import MainWindow

    window = MainWindow(settings=QSettings(os.path.join(folder, "shots.ini"), QSettings.Format.IniFormat))
    window.interactive = False
    window.ask_save_choice = lambda: QMessageBox.StandardButton.Discard
    window.resize(*size)
    window.show()
    window.docks.default_sizes()
    _wait(app, 0.2)
    return window


def _close(window) -> None:
    window.panels["training"].controller.shutdown()
    window.undo_stack.setClean()
    window.document.dirty = False
    window.close()


def _wide_csv(folder: str) -> str:
    import numpy as np

    rng = np.random.default_rng(0)
    path = os.path.join(folder, "wide.csv")
    rows = [",".join([f"measure_{k}" for k in range(99)] + ["label"])]
    for _ in range(120):
        v = rng.normal(size=99)
        rows.append(",".join(f"{x:.3f}" for x in v) + "," + ("yes" if v[0] + v[1] > 0 else "no"))
    Path(path).write_text("\n".join(rows) + "\n")
    return path


def render(out: Path, size=(1366, 768)) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from nnstudio.engine.network import Network
    from nnstudio.io import netfile

    from .i18n import install_language
    from .training_screenshots import render as render_training

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(app, "en")      # "2 features", not "2 feature(s)"
    tag = f"{size[0]}x{size[1]}"
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def save(window, name: str) -> None:
        _wait(app, 0.15)
        path = out / f"{name}-{tag}.png"
        window.grab().save(str(path))
        saved.append(path)

    with tempfile.TemporaryDirectory() as folder:
        os.environ["NNSTUDIO_DATA_DIR"] = folder
        window = _window(app, folder, size)
        try:
            window.open_example()
            window.canvas.fit()
            save(window, "main-window")
            window.set_theme("dark")
            save(window, "main-window-dark")
            window.set_theme("light")
            lessons = window.docks.docks.get("lessons")
            if lessons is not None:
                lessons.hide()          # the other pictures show the canvas and the panels larger
            window.open_example("spiral.nnet")
            window.canvas.fit()
            save(window, "main-window-spiral")
            ctl = window.panels["training"].controller
            for name in ("xor", "spiral", "sine"):
                path = render_training(window, app, name, Path(folder), 1.5, None)   # not over the 1400×900 one
                saved.append(Path(shutil.move(path, out / f"training-{name}-{tag}.png")))
            # slow motion on XOR: one weight update per frame
            window.open_example()
            bar = window.panels["training"].panel.run_bar
            bar.speed.setValue(0)
            ctl.play()
            _wait(app, 1.5)
            save(window, "training-slow-motion")
            ctl.pause()
            bar.speed.setValue(bar.speed.maximum())
            # a network adapted to a wide CSV
            block = {"name": "csv", "path": _wide_csv(folder), "target": "label", "test_fraction": 0.2, "seed": 1}
            window.panels["training"].panel.data_box.apply(block, "Use wide.csv")
            window.canvas.fit()
            save(window, "training-csv-wide")
            # the divergence banner (η = 100 on the sine)
            net = Network([1, 16, 1], ["relu", "identity"], "mse", seed=2)
            path = os.path.join(folder, "diverging.nnet")
            nf = netfile.network_file_for(net, name="η = 100", dataset={"name": "sine", "samples": 200,
                                                                         "noise": 0.1, "test_fraction": 0.3,
                                                                         "seed": 1})
            netfile.save(nf, path)
            window.open_file(path, ask=False)
            import dataclasses

            from nnstudio.document import commands as C

            window.undo_stack.push(C.SetTrainingSettingsCommand(
                window.document, dataclasses.replace(window.document.training, learning_rate=100.0)))
            ctl.play()
            for _ in range(100):
                if ctl.state == "diverged":
                    break
                _wait(app, 0.1)
            save(window, "training-diverged")
            # the template gallery
            from .template_gallery import TemplateGallery

            gallery = TemplateGallery(window)
            gallery.show()
            gallery.choose("xor.nnet")
            _wait(app, 0.2)
            path = out / f"template-gallery-{tag}.png"
            gallery.grab().save(str(path))
            saved.append(path)
            gallery.close()
            # the step-through's update labels
            for which, file in (("2-2-5-1", _deep_file(folder)), ("2-4-3", _softmax_file(folder))):
                window.open_file(file, ask=False)
                parts = window.panels["stepper"]
                parts.controller.use_rows(3)
                parts.action.trigger()
                parts.controller.go_to(len(parts.controller.st) - 1)
                window.canvas.fit(include_overlay=True)
                save(window, f"stepper-{which}-update")
                parts.controller.restart()
                parts.action.trigger()
        finally:
            _close(window)
    return saved


def _deep_file(folder: str) -> str:
    from nnstudio.engine.network import Network
    from nnstudio.io import netfile

    net = Network([2, 2, 5, 1], ["tanh", "tanh", "sigmoid"], "bce", seed=4)
    path = os.path.join(folder, "deep.nnet")
    netfile.save(netfile.network_file_for(net, name="2-2-5-1 on the circle", dataset={
        "name": "circle", "samples": 200, "noise": 0.1, "test_fraction": 0.3, "seed": 1}), path)
    return path


def _softmax_file(folder: str) -> str:
    from nnstudio.engine.network import Network
    from nnstudio.io import netfile

    net = Network([2, 4, 3], ["tanh", "softmax"], "cross_entropy", seed=3)
    path = os.path.join(folder, "softmax.nnet")
    netfile.save(netfile.network_file_for(net, name="Three blobs, 2-4-3 softmax", dataset={
        "name": "blobs", "samples": 300, "noise": 0.2, "test_fraction": 0.3, "seed": 1, "classes": 3}), path)
    return path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args(argv)
    w, h = (int(v) for v in args.size.lower().split("x"))
    for path in render(args.out, (w, h)):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

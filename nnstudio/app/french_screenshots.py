"""Render the French interface for the French user guide: ``python -m nnstudio.app.french_screenshots OUT_DIR``.

Writes, at 1366×768 (a school laptop): ``fenetre-principale.png`` (the XOR example), ``entrainement.png``
(the circle example after a few seconds of training), ``pas-a-pas.png`` (the step-through at the
backward pass of XOR) and ``labo.png`` (the Lab: x² − x + 1 with three learning rates). The main window
is the one ``main.py --lang fr --screenshot OUT.png --size 1366x768`` renders.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZE = (1366, 768)


def render(out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from .i18n import install_language
    from .launch import save_screenshot
    from .main_window import MainWindow
    from .training_screenshots import wait

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(app, "fr")
    out_dir.mkdir(parents=True, exist_ok=True)
    saved = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["NNSTUDIO_DATA_DIR"] = tmp
        window = MainWindow(settings=QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window.interactive = False
        try:
            lessons = window.docks.docks.get("lessons")
            if lessons is not None:
                lessons.hide()  # the welcome page: the guide shows the canvas and the panels
            window.open_example("xor.nnet")
            save_screenshot(app, window, str(out_dir / "fenetre-principale.png"), SIZE)
            saved.append(out_dir / "fenetre-principale.png")

            stepper = window.panels["stepper"]
            stepper.controller.enter()
            stepper.controller.go_to(len(stepper.controller.st) - 2)  # the backward pass of the first layer
            window.canvas.scene.select_neuron((1, 0)) if hasattr(window.canvas.scene, "select_neuron") else None
            wait(app, 0.3)
            save_screenshot(app, window, str(out_dir / "pas-a-pas.png"), SIZE)
            saved.append(out_dir / "pas-a-pas.png")
            stepper.controller.leave()
            window.docks.docks["plots"].raise_()

            window.open_example("circle.nnet")
            training = window.panels["training"]
            training.controller.until_stopped = True
            training.controller.play()
            wait(app, 4.0)
            training.controller.pause()
            wait(app, 0.3)
            save_screenshot(app, window, str(out_dir / "entrainement.png"), SIZE)
            saved.append(out_dir / "entrainement.png")

            lab = window.panels["lab"].open()
            lab.resize(*SIZE)
            tab = lab.analytic
            tab.functions.select("parabola")
            tab.descent.steps.setValue(30)
            tab.descent.compare.click()
            wait(app, 0.5)
            lab.grab().save(str(out_dir / "labo.png"))
            saved.append(out_dir / "labo.png")
            lab.shutdown()
            lab.close()
        finally:
            window.panels["training"].controller.shutdown()
            window.undo_stack.setClean()
            window.document.dirty = False
            window.close()
    return saved


if __name__ == "__main__":
    for p in render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/fr")):
        print(p)

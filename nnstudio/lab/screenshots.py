"""Render the lab's tabs offscreen for the user guide: ``python -m nnstudio.lab.screenshots [OUT_DIR]``.

Writes ``lab-analytic.png`` (x² − x + 1 with a small, a good and a too-large learning rate),
``lab-analytic-2d.png`` (the quadratic bowl: gradient descent against momentum), ``lab-landscape.png``
(an XOR network's loss over the PCA plane of its trajectory, with a slice) and ``lab-rates.png``
(a sweep of seven learning rates and the range test).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

SIZE = (1200, 800)


def _wait(app, condition, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not condition() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def render(out_dir: Path) -> list[Path]:
    """Render the four pictures into ``out_dir``; returns their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from nnstudio.document import NetworkDocument
    from nnstudio.engine.network import Network
    from nnstudio.engine.training import TrainingSettings

    from .window import LabWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    doc = NetworkDocument(Network([2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "bce", seed=3),
                          training=TrainingSettings(learning_rate=0.1, batch_size=10, epochs=200),
                          dataset={"name": "xor", "samples": 500, "noise": 0.1, "test_fraction": 0.3, "seed": 1})
    lab = LabWindow(doc)
    lab.resize(*SIZE)
    lab.show()
    out_dir.mkdir(parents=True, exist_ok=True)
    saved = []

    def save(name: str) -> None:
        _wait(app, lambda: True)
        path = out_dir / name
        lab.grab().save(str(path))
        saved.append(path)

    try:
        tab = lab.analytic
        tab.functions.select("parabola")
        tab.descent.steps.setValue(30)
        tab.descent.compare.click()
        save("lab-analytic.png")
        tab.functions.select("bowl", kappa=10.0)
        tab.descent.set_optimizer("momentum")
        tab.descent.set_learning_rates([0.02, 0.1])
        tab.descent.steps.setValue(40)
        save("lab-analytic-2d.png")
        lab.tabs.setCurrentWidget(lab.landscape)
        land = lab.landscape
        land.kind.setCurrentIndex(land.kind.findData("pca"))
        land.epochs.setValue(100)
        land.slice_picker.set_address((1, 0, 0))
        land.train_button.click()
        _wait(app, lambda: land.landscape is not None and land.slice_plot.legend.isVisible())
        save("lab-landscape.png")
        lab.tabs.setCurrentWidget(lab.rates)
        rates = lab.rates
        rates.sweep.rates.setText("0.001, 0.00398, 0.0158, 0.0631, 0.251, 1, 8")
        rates.sweep.epochs.setValue(200)
        rates.sweep.run_button.click()
        rates.range_test.run_button.click()
        _wait(app, lambda: rates.sweep.run_button.isEnabled() and rates.range_test.result is not None)
        rates.sweep.table.selectRow(3)
        save("lab-rates.png")
    finally:
        lab.shutdown()
        lab.close()
    return saved


if __name__ == "__main__":
    for p in render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")):
        print(p)

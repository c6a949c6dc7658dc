"""Canvas benchmark: open a 784-128-64-10 network, repaint after pan/zoom, recolour after a weight edit.

Run: ``QT_QPA_PLATFORM=offscreen python bench/bench_canvas.py [--runs N]``. Prints medians of several
runs with the target and the ratio median/target (below 1 is within target), plus a reference row: the
same visible lines drawn from a Python list of QLineF instead of the batched NumPy array.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QLineF  # noqa: E402
from PySide6.QtGui import QImage, QPainter, QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from nnstudio.canvas import NetworkCanvas  # noqa: E402
from nnstudio.document import NetworkDocument  # noqa: E402
from nnstudio.document import commands as C  # noqa: E402
from nnstudio.engine.network import Network  # noqa: E402

SIZE = (1200, 800)


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def render(canvas) -> QImage:
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    canvas.view.render(painter)
    painter.end()
    return image


def open_large(app, keep: list):
    net = Network([784, 128, 64, 10], ["relu", "relu", "softmax"], "cross_entropy", seed=1)
    doc = NetworkDocument(net)
    canvas = NetworkCanvas(doc, QUndoStack())
    canvas.resize(*SIZE)
    canvas.show()
    app.processEvents()
    canvas.fit()
    render(canvas)
    keep.append(canvas)
    return canvas


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rows = []
    keep: list = []

    rows.append(("open 784-128-64-10 (scene + first render)", median_ms(lambda: open_large(app, keep), args.runs),
                 2000.0))
    canvas = keep[-1]
    shown = canvas.scene.connections.visible_count()

    flip = [1.1]

    def pan_zoom():
        canvas.view.pan(40, 25)
        canvas.view.zoom_by(flip[0])
        flip[0] = 1 / flip[0]
        render(canvas)

    rows.append((f"pan + zoom repaint ({shown:,} lines shown)", median_ms(pan_zoom, args.runs * 4), 33.0))
    canvas.set_threshold_fraction(0.0)
    rows.append(("repaint with all 109,184 lines shown", median_ms(lambda: render(canvas), max(2, args.runs // 2)),
                 1000.0))
    canvas.set_threshold_fraction(canvas.scene.connections.fraction_for_count(2500))

    # reference: the same lines, pens and hints, but from Python lists of QLineF (built per paint)
    conn = canvas.scene.connections
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    scale = canvas.view.zoom()

    def draw_list():
        p = QPainter(image)
        p.scale(scale, scale)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, conn._antialias)
        for start, end, pen in conn._bucket_bounds:
            p.setPen(pen)
            p.drawLines([QLineF(*row) for row in conn._sorted[start:end]])
        p.end()

    def draw_batched():
        p = QPainter(image)
        p.scale(scale, scale)
        conn.paint(p, None)
        p.end()

    n = conn.visible_count()
    rows.append((f"reference: {n:,} lines from lists of QLineF", median_ms(draw_list, args.runs * 4), None))
    rows.append((f"batched: {n:,} lines from the NumPy buffer", median_ms(draw_batched, args.runs * 4), None))

    small = NetworkDocument(Network([2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "bce", seed=1))
    stack = QUndoStack()
    small_canvas = NetworkCanvas(small, stack)
    small_canvas.resize(*SIZE)
    values = iter(range(10_000))

    def edit_weight():
        stack.push(C.SetWeightCommand(small, 2, 3, 4, 0.001 * next(values)))

    rows.append(("recolour 2-8-8-1 after a weight edit (command + views)", median_ms(edit_weight, 50), 5.0))

    width = max(len(r[0]) for r in rows)
    print(f"{'case':<{width}}  {'median ms':>10}  {'target ms':>9}  {'ratio':>6}")
    for name, ms, target in rows:
        t = f"{target:9.0f}" if target else f"{'':>9}"
        ratio = f"{ms / target:6.2f}" if target else f"{'':>6}"
        print(f"{name:<{width}}  {ms:10.2f}  {t}  {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

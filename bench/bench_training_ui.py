"""Training inside the running app against the headless engine, and the GUI's responsiveness.

For XOR on a 2-8-8-1 network (batch 10) and a 784-128-64-10 network on 10,000 synthetic samples:
headless engine steps/s (reference, same process), steps/s inside the app while it redraws,
event-loop latency (a QTimer.singleShot(0) probe posted every 10 ms; p50/p95/p99 of its delay) and
frames per second (controller refreshes, and actual paints of the plots and the canvas).

    python bench/bench_training_ui.py [--seconds 5] [--stand-in]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from nnstudio.engine.dataset import Dataset  # noqa: E402
from nnstudio.engine.network import Network  # noqa: E402
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings  # noqa: E402
from nnstudio.io.dataset_block import LoadedData, load  # noqa: E402
from nnstudio.training.install import install  # noqa: E402

REPEATS = 3
XOR_BLOCK = {"name": "xor", "samples": 200, "noise": 0.1, "test_fraction": 0.3, "seed": 1}


class PaintCounter(QObject):
    def __init__(self, widgets):
        super().__init__()
        self.count = 0
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def make_window(stand_in: bool):
    """The app's window with every panel, or (``stand_in``) with the training panel only."""
    from nnstudio.app.main_window import MainWindow

    w = MainWindow(panels=not stand_in)
    w.interactive = False
    w.ask_save_choice = lambda: QMessageBox.StandardButton.Discard
    if stand_in:
        w.panels["training"] = install(w)
    return w


def synthetic(n=10_000, d=784, k=10, seed=0) -> LoadedData:
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, d))
    y = (X @ rng.standard_normal((d, k))).argmax(axis=1)
    cut = int(n * 0.8)
    ds = Dataset("synthetic", X[:cut], y[:cut], X[cut:], y[cut:], "classification",
                 [f"p{i}" for i in range(d)], [str(c) for c in range(k)])
    return LoadedData(ds, None, None, list(ds.feature_names), planar=False)


def headless(net: Network, data: LoadedData, settings: TrainingSettings, seconds: float) -> float:
    """Steps/s of the bare engine (train_steps in a loop), the reference."""
    ds = data.dataset
    tr = Trainer(net.copy(), TrainData(ds.X_train, ds.targets(ds.y_train, net.n_outputs)), settings)
    tr.train_steps(50)
    start, t0 = tr.step, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        tr.train_steps(200)
    return (tr.step - start) / (time.perf_counter() - t0)


def in_app(app, window, ctl, seconds: float) -> dict:
    plots = window.plots_panel
    watched = [plots.loss.view.viewport(), plots.output.plot.viewport()]
    canvas = getattr(window, "canvas", None)
    if canvas is not None and hasattr(canvas, "view"):
        watched.append(canvas.view.viewport())
    counter = PaintCounter(watched)
    delays = []

    def probe():
        t = time.perf_counter()
        QTimer.singleShot(0, lambda: delays.append(time.perf_counter() - t))

    timer = QTimer()
    timer.timeout.connect(probe)
    ctl.until_stopped = True
    ctl.play()
    warm = QEventLoop()
    QTimer.singleShot(500, warm.quit)
    warm.exec()
    timer.start(10)
    s0, f0, p0, t0 = ctl.trainer.step, ctl.frames, counter.count, time.perf_counter()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    elapsed = time.perf_counter() - t0
    steps = ctl.trainer.step - s0
    timer.stop()
    t_stop = time.perf_counter()
    ctl.pause()
    stop_ms = (time.perf_counter() - t_stop) * 1000
    d = np.array(delays) * 1000
    return {"steps/s": steps / elapsed, "fps": (ctl.frames - f0) / elapsed,
            "paints/s": (counter.count - p0) / elapsed / len(watched),
            "p50": np.percentile(d, 50), "p95": np.percentile(d, 95), "p99": np.percentile(d, 99),
            "pause ms": stop_ms}


def load_network(window, net: Network) -> None:
    from nnstudio.io import netfile

    window.document.load_file(netfile.network_file_for(net))
    window.undo_stack.clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="length of each measurement")
    parser.add_argument("--repeats", type=int, default=3, help="alternating headless/in-app pairs per case")
    parser.add_argument("--stand-in", action="store_true", help="the app's window with the training panel only")
    parser.add_argument("--switch-ms", type=float, help="sys.setswitchinterval in milliseconds")
    parser.add_argument("--in-thread", action="store_true", help="train in a thread of the app (the fallback) "
                        "instead of the engine process")
    parser.add_argument("--only", choices=["xor", "big"], help="run one case")

    args = parser.parse_args()
    global REPEATS
    REPEATS = max(1, args.repeats)
    if args.switch_ms:
        sys.setswitchinterval(args.switch_ms / 1000)
    app = QApplication.instance() or QApplication([])
    window = make_window(args.stand_in)
    ctl = window.panels["training"].controller
    ctl.use_process = not args.in_thread
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    rows = []

    # XOR, 2-8-8-1
    if args.only != "big":
        xor_case(app, window, ctl, args.seconds, rows)
    if args.only != "xor":
        big_case(app, window, ctl, args.seconds, rows)
    report(window, args, rows)
    ctl.shutdown()
    window.close()
    return 0


def xor_case(app, window, ctl, seconds, rows) -> None:
    net = Network([2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "bce", seed=1)
    load_network(window, net)
    window.document.set_dataset_block(dict(XOR_BLOCK))
    settings = TrainingSettings(learning_rate=0.3, batch_size=10)
    window.document.set_training_settings(settings)
    measure(app, window, ctl, "XOR 2-8-8-1, batch 10", net, load(XOR_BLOCK), settings, seconds, rows)


def big_case(app, window, ctl, seconds, rows) -> None:
    big = Network([784, 128, 64, 10], ["relu", "relu", "softmax"], "cross_entropy", init="he_normal", seed=1)
    load_network(window, big)
    data = synthetic()
    settings = TrainingSettings(learning_rate=0.01, batch_size=10)
    window.document.set_training_settings(settings)
    ctl.use_data(data)
    measure(app, window, ctl, "784-128-64-10, 10k samples, batch 10", big, data, settings, seconds, rows)


def measure(app, window, ctl, name, net, data, settings, seconds, rows) -> None:
    """REPEATS alternating (headless, in-app) pairs; the row with the median ratio is reported, so a
    burst of load from other processes on the machine skews one pair, not the figure."""
    pairs = []
    for _ in range(REPEATS):
        ref = headless(net, data, settings, seconds)
        pairs.append((ref, in_app(app, window, ctl, seconds)))
    pairs.sort(key=lambda p: p[1]["steps/s"] / p[0])
    ref, result = pairs[len(pairs) // 2]
    result["ratios"] = [p[1]["steps/s"] / p[0] for p in pairs]
    rows.append((name, ref, result))


def report(window, args, rows) -> None:
    where = "in a thread of the app" if args.in_thread else "in the engine process"
    print(f"window: {type(window).__name__}, training {where}, {REPEATS} × {args.seconds:g} s per case "
          f"(median pair shown), switch interval {sys.getswitchinterval() * 1000:g} ms, "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"{'case':40} {'headless/s':>11} {'in app/s':>10} {'ratio':>6} {'fps':>5} {'paints/s':>8} "
          f"{'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'pause ms':>8}")
    for name, ref, r in rows:
        print(f"{name:40} {ref:11,.0f} {r['steps/s']:10,.0f} {r['steps/s'] / ref:6.0%} {r['fps']:5.1f} "
              f"{r['paints/s']:8.1f} {r['p50']:7.1f} {r['p95']:7.1f} {r['p99']:7.1f} {r['pause ms']:8.1f}   "
              f"(ratios {', '.join(f'{x:.0%}' for x in r['ratios'])})")


if __name__ == "__main__":
    sys.exit(main())

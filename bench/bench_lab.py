"""Gradient-descent lab, engine side: the loss landscape and the learning-rate sweep.

1. A 41×41 loss landscape of a 2-8-8-1 network (tanh, tanh, sigmoid; bce) on 500 XOR samples over
   a filter-normalised random plane: median wall time of ``--rounds`` runs, and the ratio against
   the slow reference (one ``Network.loss_value`` per grid point) in the same process.
   Target: < 0.5 s.
2. A sweep of the 6 default learning rates × 200 epochs of XOR (2-8-8-1, batch 10), for a data set
   of 500 samples split 70/30 (the app's default test fraction; 350 training samples) and for 500
   training samples: in this process (the reference), then in 1 and 2 worker processes, cold (a new
   pool; the very first row also starts the fork server) and warm (median of ``--rounds``).
   "cpu/wall" is the summed CPU time of the runs over the wall time: ~2 means both cores busy.
   "ui gap" is the longest pause of a 10 ms timer loop in this (the GUI's) thread while the sweep
   runs. Target: < 3 s with 2 warm workers.

Run: ``python bench/bench_lab.py [--rounds 5] [--quick]``. Other jobs on the machine distort the
figures; the load average is printed before and after.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import numpy as np

from nnstudio.engine.datasets import make_dataset
from nnstudio.engine.landscape import compute_landscape
from nnstudio.engine.lr_sweep import default_learning_rates
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, TrainingSettings
from nnstudio.parallel.sweep import run_sweep, shutdown_pool, start_sweep

LANDSCAPE_TARGET = 0.5
SWEEP_TARGET = 3.0


def xor_net() -> Network:
    return Network([2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "bce", seed=1)


def xor_data(test_fraction: float) -> TrainData:
    return TrainData.from_dataset(make_dataset("xor", 500, 0.1, test_fraction, 1), 1)


# -- landscape -----------------------------------------------------------------------------------

def slow_landscape(net, X, Y, d1, d2, grid) -> float:
    """The reference: one ``Network.loss_value`` (vectorised over the samples) per grid point."""
    t0 = time.perf_counter()
    probe = net.copy()
    for a in grid:
        for b in grid:
            probe.params[...] = net.params + a * d1 + b * d2
            probe.loss_value(X, Y)
    return time.perf_counter() - t0


def bench_landscape(rounds: int) -> None:
    """Rounds interleave the two, so a change of machine load hits both alike."""
    net, data = xor_net(), xor_data(0.0)
    X, Y = data.X_train, data.Y_train
    grid = np.linspace(-1, 1, 41)
    fast, slow = [], []
    for r in range(rounds):
        t0 = time.perf_counter()
        land = compute_landscape(net, X, Y, "random", resolution=41, rng=np.random.default_rng(r))
        fast.append(time.perf_counter() - t0)
        slow.append(slow_landscape(net, X, Y, land.d1, land.d2, grid))
    f, s = statistics.median(fast), statistics.median(slow)
    print(f"\n41×41 landscape, 2-8-8-1 on {len(X)} samples ({rounds} rounds)")
    print(f"{'':30} {'median s':>9} {'min s':>7} {'× ref':>6} {'target':>7}")
    print(f"{'compute_landscape (loss_grid)':30} {f:>9.3f} {min(fast):>7.3f} {s / f:>6.2f} "
          f"{'< ' + str(LANDSCAPE_TARGET):>7} {'ok' if f < LANDSCAPE_TARGET else 'MISSED'}")
    print(f"{'reference: loop of loss_value':30} {s:>9.3f} {min(slow):>7.3f} {1.0:>6.2f}")


# -- sweep ---------------------------------------------------------------------------------------

def timed_sweep(net, data, settings, lrs, epochs, workers) -> dict:
    """One sweep; wall time, summed CPU time of the runs, worker processes, longest UI-loop gap."""
    t0 = time.perf_counter()
    if workers == 0:
        results = run_sweep(net, data, settings, lrs, epochs, max_workers=0)
        gap = float("nan")
    else:
        handle = start_sweep(net, data, settings, lrs, epochs, max_workers=workers)
        gap, last = 0.0, time.perf_counter()
        while not handle.done:
            time.sleep(0.01)
            handle.poll()
            now = time.perf_counter()
            gap, last = max(gap, now - last), now
        results = handle.results
    wall = time.perf_counter() - t0
    assert all(r.status == "done" for r in results), [r.status for r in results]
    return {"wall": wall, "cpu": sum(r.cpu_time for r in results), "gap": gap,
            "procs": len({r.process for r in results}), "acc": [r.final_train_accuracy for r in results]}


def bench_sweep(rounds: int, test_fraction: float, first: bool) -> None:
    net, data = xor_net(), xor_data(test_fraction)
    settings = TrainingSettings(batch_size=10, seed=1)
    lrs, epochs = default_learning_rates(), 200

    def sweep(workers):
        return timed_sweep(net, data, settings, lrs, epochs, workers)

    rows = [("in this process (reference)", sweep(0))]
    shutdown_pool()
    label = "2 workers, cold (+fork server)" if first else "2 workers, cold pool"
    rows.append((label, sweep(2)))
    rows.append((f"2 workers, warm (median of {rounds})", median_row([sweep(2) for _ in range(rounds)])))
    shutdown_pool()
    rows.append(("1 worker, cold pool", sweep(1)))
    rows.append((f"1 worker, warm (median of {rounds})", median_row([sweep(1) for _ in range(rounds)])))
    shutdown_pool()
    print(f"\nsweep: {len(lrs)} learning rates × {epochs} epochs, XOR 2-8-8-1, batch 10, "
          f"{len(data.X_train)} training + {0 if data.X_test is None else len(data.X_test)} test samples")
    print(f"{'':34} {'wall s':>7} {'cpu s':>7} {'cpu/wall':>8} {'procs':>5} {'ui gap ms':>9} "
          f"{'× ref':>6} {'target':>7}")
    ref = rows[0][1]["wall"]
    for name, row in rows:
        verdict = ""
        if name.startswith("2 workers, warm"):
            verdict = f"{'< ' + str(SWEEP_TARGET):>7} {'ok' if row['wall'] < SWEEP_TARGET else 'MISSED'}"
        print(f"{name:34} {row['wall']:>7.2f} {row['cpu']:>7.2f} {row['cpu'] / row['wall']:>8.2f} "
              f"{row['procs']:>5} {row['gap'] * 1000:>9.0f} {ref / row['wall']:>6.2f} {verdict}")
    accs = rows[0][1]["acc"]
    print("final train accuracy per lr: " + ", ".join(f"{lr:g}: {a:.2f}" for lr, a in zip(lrs, accs,
                                                                                          strict=True)))


def median_row(rows: list[dict]) -> dict:
    mid = sorted(rows, key=lambda r: r["wall"])[len(rows) // 2]
    return {**mid, "gap": max(r["gap"] for r in rows)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="2 rounds, one data split")
    args = parser.parse_args()
    rounds = 2 if args.quick else args.rounds
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    bench_landscape(max(2 * rounds, 5))
    bench_sweep(rounds, 0.3, first=True)
    if not args.quick:
        bench_sweep(rounds, 0.0, first=False)
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

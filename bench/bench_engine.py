"""Training steps per second of the NumPy engine against PyTorch CPU on the same network.

Each case trains the same network, batch size and optimiser (plain SGD) in both, interleaving
rounds of the engine and of torch; the figures are the medians over rounds of steps per second and
of the per-round ratio engine / torch (a round of each, back to back, sees the same machine load;
on a shared machine the load changes from second to second).
Run: ``python bench/bench_engine.py [--rounds 7] [--quick]``.
The engine's step is the real one (``Trainer.train_batch``: shuffled batch gather, forward,
backward with the full trace kept in its buffers, update).
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings

CASES = [
    # name, sizes, hidden act, output act, loss, batch, dtype, samples, target ratio
    ("(a) 2-8-8-1 tanh, bce, batch 10, f64", [2, 8, 8, 1], "tanh", "sigmoid", "bce", 10, np.float64,
     1000, 8.0),
    ("(b) 784-128-64-10 relu, CE, batch 64, f32", [784, 128, 64, 10], "relu", "softmax", "cross_entropy", 64,
     np.float32, 2048, 1.5),
    ("(c) 2-256-256-256-1 tanh, batch 256, f32", [2, 256, 256, 256, 1], "tanh", "sigmoid", "bce", 256,
     np.float32, 4096, 1.2),
]


def make_data(sizes, loss, samples, dtype, rng):
    X = rng.normal(size=(samples, sizes[0])).astype(dtype)
    if loss == "cross_entropy":
        Y = np.eye(sizes[-1], dtype=dtype)[rng.integers(0, sizes[-1], samples)]
    else:
        Y = rng.integers(0, 2, (samples, sizes[-1])).astype(dtype)
    return X, Y


def engine_runner(sizes, hidden, out, loss, batch, dtype, X, Y):
    acts = [hidden] * (len(sizes) - 2) + [out]
    net = Network(sizes, acts, loss=loss, dtype=dtype, seed=1)
    trainer = Trainer(net, TrainData(X, Y), TrainingSettings(learning_rate=0.01, batch_size=batch, seed=1))

    def run(steps):
        for _ in range(steps):
            trainer.train_batch()
    return run


def torch_runner(torch, sizes, hidden, out, loss, batch, dtype, X, Y):
    nn = torch.nn
    tdtype = torch.float64 if dtype == np.float64 else torch.float32
    layers = []
    for l in range(1, len(sizes)):
        layers.append(nn.Linear(sizes[l - 1], sizes[l]))
        if l < len(sizes) - 1:
            layers.append(nn.Tanh() if hidden == "tanh" else nn.ReLU())
    if out == "sigmoid":
        layers.append(nn.Sigmoid())
    model = nn.Sequential(*layers).to(tdtype)
    crit = nn.BCELoss() if loss == "bce" else nn.CrossEntropyLoss()
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    Xt, Yt = torch.tensor(X), torch.tensor(Y)
    n = len(X)
    gen = torch.Generator().manual_seed(1)
    state = {"perm": torch.randperm(n, generator=gen), "cursor": 0}

    def run(steps):
        for _ in range(steps):
            if state["cursor"] >= n:
                state["perm"], state["cursor"] = torch.randperm(n, generator=gen), 0
            idx = state["perm"][state["cursor"]:state["cursor"] + batch]
            state["cursor"] += batch
            opt.zero_grad()
            crit(model(Xt[idx]), Yt[idx]).backward()
            opt.step()
    return run


def steps_per_second(run, steps):
    run(max(1, steps // 10))  # warm up
    t0 = time.perf_counter()
    run(steps)
    return steps / (time.perf_counter() - t0)


def compare(torch, case, rounds, steps):
    name, sizes, hidden, out, loss, batch, dtype, samples, target = case
    X, Y = make_data(sizes, loss, samples, dtype, np.random.default_rng(0))
    eng = engine_runner(sizes, hidden, out, loss, batch, dtype, X, Y)
    ref = torch_runner(torch, sizes, hidden, out, loss, batch, dtype, X, Y) if torch else None
    e_rates, t_rates = [], []
    for _ in range(rounds):
        e_rates.append(steps_per_second(eng, steps))
        if ref:
            t_rates.append(steps_per_second(ref, steps))
    e = statistics.median(e_rates)
    t = statistics.median(t_rates) if t_rates else float("nan")
    # each engine round and the torch round right after it ran under the same machine load
    ratios = [er / tr for er, tr in zip(e_rates, t_rates, strict=False)] or [float("nan")]
    return name, e, t, statistics.median(ratios), min(ratios), max(ratios), target


def width_scan(widths, rounds, dtype=np.float32, batch=64):
    rows = []
    for w in widths:
        sizes = [2, w, w, 1]
        X, Y = make_data(sizes, "bce", 2048, dtype, np.random.default_rng(0))
        eng = engine_runner(sizes, "tanh", "sigmoid", "bce", batch, dtype, X, Y)
        steps = max(20, int(20000 / (1 + w * w / 500)))
        rate = statistics.median(steps_per_second(eng, steps) for _ in range(rounds))
        rows.append((w, 1e6 / rate))
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="fewer steps (a smoke run)")
    args = parser.parse_args()
    try:
        import torch
        torch.manual_seed(0)
    except ImportError:
        torch = None
        print("torch is not installed: engine figures only (pip install torch==2.13.0)")
    scale = 0.1 if args.quick else 1.0
    print("ratio = median over rounds of (engine rate / torch rate of the round right after it); "
          "range = lowest and highest round")
    print(f"{'case':46} {'engine steps/s':>15} {'torch steps/s':>14} {'ratio':>7} {'range':>13} {'target':>7}")
    for case in CASES:
        steps = int(scale * {10: 20000, 64: 1500, 256: 600}[case[5]])
        name, e, t, ratio, low, high, target = compare(torch, case, args.rounds, max(steps, 20))
        print(f"{name:46} {e:15.0f} {t:14.0f} {ratio:6.2f}x {low:5.2f}–{high:5.2f}x {target:6.1f}x")
    print("\ncost per step as the hidden width grows (2-w-w-1 tanh, batch 64, float32)")
    print(f"{'width':>6} {'µs/step':>10}")
    widths = [8, 16, 32, 64, 128, 256, 512, 1024]
    for w, us in width_scan(widths, max(3, args.rounds // 2)):
        print(f"{w:6d} {us:10.1f}")


if __name__ == "__main__":
    main()

"""``nnstudio train NET --data DATA … --out OUT``: train a network file headless."""

from __future__ import annotations

import csv
import io
import math
import time

import numpy as np

from nnstudio.engine.training import DIVERGED, TrainData, Trainer

from .common import (
    check_writable,
    finite_or_none,
    fraction,
    is_builtin,
    load_data,
    load_network_file,
    non_negative_float,
    positive_int,
    print_json,
    progress,
)
from .errors import CliError


def register(subparsers) -> None:
    p = subparsers.add_parser("train", help="train a network file on a data set")
    p.add_argument("net", metavar="NET", help="network file (.nnet)")
    p.add_argument("--data", required=True, metavar="DATA",
                   help="built-in data set name (xor, circle, spiral, …) or a CSV file")
    p.add_argument("--target", metavar="COL", help="target column(s) of a CSV, comma-separated")
    p.add_argument("--epochs", type=lambda s: positive_int(s) if s != "0" else 0)
    p.add_argument("--lr", type=non_negative_float, help="learning rate (0 allowed)")
    p.add_argument("--batch-size", type=positive_int)
    p.add_argument("--optimizer", choices=["sgd", "momentum", "nesterov", "rmsprop", "adam"])
    p.add_argument("--momentum", type=non_negative_float)
    p.add_argument("--seed", type=int)
    p.add_argument("--standardize", action="store_true", help="z-score the CSV's numeric inputs")
    p.add_argument("--test-fraction", type=fraction)
    p.add_argument("--out", required=True, metavar="OUT", help="where to save the trained network")
    p.add_argument("--history", metavar="FILE.csv", help="also write the loss history as CSV")
    p.add_argument("--save-diverged", action="store_true",
                   help="save even when training diverges (the last good weights when the last ones are not finite)")
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout")


def run(args) -> int:
    check_writable(args.out, args.history)  # refuse a device or a folder before training, not after
    nf = load_network_file(args.net)
    settings = _settings(nf.training, args)
    dataset = load_data(args.data, nf, args.target, args.standardize, args.test_fraction, args.seed)
    net = nf.network
    if dataset.n_features != net.n_inputs:
        raise CliError(f"the data has {dataset.n_features} input column(s) but {args.net} has "
                       f"{net.n_inputs} input neuron(s)")
    trainer = Trainer(net, TrainData.from_dataset(dataset, net.n_outputs), settings)
    history = {key: list(values) for key, values in (nf.history or {}).items()}
    first_epoch = int(history["epoch"][-1]) if history.get("epoch") else 0
    started = time.perf_counter()
    last = None
    every = max(1, settings.epochs // 10)
    for last in trainer.run():
        _append(history, first_epoch, last)
        if not args.json and (last.epoch % every == 0 or last.status != "running"):
            progress(_line(last))
    seconds = time.perf_counter() - started
    diverged = last is not None and last.status == DIVERGED
    if diverged and not _keep_diverged(trainer, args):
        return 1
    nf.training = settings
    nf.history = history
    if not is_builtin(args.data):
        nf.encoding = dataset.encoding
        nf.dataset = {"name": "csv", "path": str(args.data), "target": dataset.target_names
                      if dataset.task == "regression" else args.target or None}
    from nnstudio.io import netfile

    netfile.save(nf, args.out)
    if args.history:
        _write_history(args.history, history)
    result = _result(trainer, last, seconds, args.out)
    if args.json:
        print_json(result)
    else:
        progress(f"saved {args.out} ({result['steps']} steps in {seconds:.2f} s)")
    return 1 if diverged else 0


def _keep_diverged(trainer, args) -> bool:
    """Say that the run diverged (one line on stderr); True when ``--save-diverged`` asks to save
    anyway — the last good weights when the diverged ones are not finite."""
    div = trainer.divergence
    message = f"error: {div.message(trainer.settings.learning_rate)}."
    if not args.save_diverged:
        progress(f"{message} Nothing was saved (--save-diverged saves it anyway).")
        if args.json:
            print_json({"status": DIVERGED, "epochs": div.epoch, "steps": div.step, "loss": finite_or_none(div.loss),
                        "reason": div.reason, "message": div.message(trainer.settings.learning_rate)})
        return False
    if not np.isfinite(trainer.net.params).all():
        good = trainer.restore_last_good()
        if good is None:
            progress(f"{message} No healthy weights to save.")
            return False
        message += f" Saving the last good weights (epoch {good.epoch}, loss {good.loss:.6g})."
    progress(message)
    return True


def _settings(base, args):
    settings = base.given(learning_rate=args.lr, epochs=args.epochs, batch_size=args.batch_size,
                          optimizer=args.optimizer, momentum=args.momentum, seed=args.seed)
    try:
        settings.validate()
    except ValueError as exc:
        raise CliError(str(exc)) from None
    return settings


def _append(history: dict, first_epoch: int, p) -> None:
    history.setdefault("epoch", []).append(first_epoch + p.epoch)
    history.setdefault("train_loss", []).append(p.train_loss)
    history.setdefault("test_loss", []).append(p.test_loss if p.test_loss is not None else math.nan)
    for key in ("accuracy", "r2"):
        if key in p.metrics:
            history.setdefault(f"train_{key}", []).append(p.metrics[key])
            history.setdefault(f"test_{key}", []).append(p.test_metrics.get(key, math.nan))
    n = len(history["epoch"])
    for values in history.values():  # keep every column the same length
        values.extend([math.nan] * (n - len(values)))
    _drop_nan_columns(history)


def _drop_nan_columns(history: dict) -> None:
    for key in [k for k, v in history.items() if k != "epoch" and all(_is_nan(x) for x in v)]:
        del history[key]


def _is_nan(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def _line(p) -> str:
    parts = [f"epoch {p.epoch}", f"train loss {p.train_loss:.6g}"]
    if p.test_loss is not None:
        parts.append(f"test loss {p.test_loss:.6g}")
    if "accuracy" in p.metrics:
        parts.append(f"accuracy {p.metrics['accuracy']:.4f}")
    return ", ".join(parts)


def _write_history(path: str, history: dict) -> None:
    """The history as CSV, written atomically (a failure names the file and keeps the old one)."""
    from nnstudio.io.safe_files import write_text_atomically

    keys = list(history)
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(keys)
    for row in zip(*(history[k] for k in keys), strict=True):
        writer.writerow(["" if _is_nan(x) else repr(x) if isinstance(x, float) else x for x in row])
    write_text_atomically(path, text.getvalue())


def _result(trainer, last, seconds: float, out: str) -> dict:
    result = {"status": last.status if last else "done", "epochs": trainer.epoch, "steps": trainer.step,
              "train_loss": finite_or_none(last.train_loss) if last else None,
              "test_loss": finite_or_none(last.test_loss) if last else None,
              "metrics": last.metrics if last else {}, "test_metrics": last.test_metrics if last else {},
              "seconds": seconds, "out": str(out)}
    return result

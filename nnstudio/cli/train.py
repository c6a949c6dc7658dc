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
    load_network_file,
    non_negative_float,
    positive_int,
    print_json,
    progress,
)
from .data import add_data_options, check_fits, load, record, resolve
from .errors import CliError
from .scoring import score, summary_line


def register(subparsers) -> None:
    p = subparsers.add_parser("train", help="train a network file on a data set",
                              description="Train NET and save it to OUT with the data settings it used. "
                                          "An option left out takes the file's value (its training and "
                                          "dataset blocks), else the default shown.")
    p.add_argument("net", metavar="NET", help="network file (.nnet)")
    add_data_options(p, data_help="built-in data set name (xor, circle, spiral, …) or a CSV file "
                                  "(default: the file's dataset block)")
    p.add_argument("--epochs", type=lambda s: positive_int(s) if s != "0" else 0,
                   help="epochs to train (default: the file's training.epochs, else 200)")
    p.add_argument("--lr", type=non_negative_float, metavar="X",
                   help="learning rate, 0 allowed (default: the file's training.learning_rate, else 0.1)")
    p.add_argument("--batch-size", type=positive_int, metavar="N",
                   help="rows per step (default: the file's training.batch_size, else 10)")
    p.add_argument("--optimizer", choices=["sgd", "momentum", "nesterov", "rmsprop", "adam"],
                   help="(default: the file's training.optimizer, else sgd)")
    p.add_argument("--momentum", type=non_negative_float, metavar="X",
                   help="momentum in [0, 1) (default: the file's training.momentum, else 0)")
    p.add_argument("--seed", type=int, metavar="N",
                   help="seed of the batch order, and of the train/test split (default: the file's "
                        "training.seed and dataset.seed, else 1)")
    p.add_argument("--out", required=True, metavar="OUT", help="where to save the trained network (required)")
    p.add_argument("--history", metavar="FILE.csv", help="also write the loss history as CSV (default: none)")
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout (default: text on stderr)")
    p.add_argument("--save-diverged", action="store_true",
                   help="save even when training diverges (the last good weights when the last ones are not "
                        "finite) (default: nothing is saved)")


def run(args) -> int:
    check_writable(args.out, args.history)  # refuse a device or a folder before training, not after
    nf = load_network_file(args.net)
    settings = _settings(nf.training, args)
    data_settings = resolve(args, nf.dataset, args.seed, nf.encoding)
    dataset = load(data_settings)
    net = nf.network
    check_fits(dataset, net, args.net)
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
    record(nf, data_settings, dataset)
    from nnstudio.io import netfile

    netfile.save(nf, args.out)
    if args.history:
        _write_history(args.history, history)
    result = _result(trainer, last, dataset, seconds, args.out)
    if args.json:
        print_json(result)
    else:
        for label, key in (("training", "train"), ("test", "test")):
            if result[key] is not None:
                progress(summary_line(f"{label} figures", result[key]))
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
    parts = [f"epoch {p.epoch}", f"training loss {p.train_loss:.6g}"]
    if p.test_loss is not None:
        parts.append(f"test loss {p.test_loss:.6g}")
    for key in ("accuracy", "r2"):
        if key in p.metrics:
            parts.append(f"training {key} {p.metrics[key]:.4f}")
        if key in p.test_metrics:
            parts.append(f"test {key} {p.test_metrics[key]:.4f}")
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


def _result(trainer, last, dataset, seconds: float, out: str) -> dict:
    """The figures of the trained network on its training rows and on its test rows (``test`` is
    None without test rows), computed as ``eval --split train|test`` computes them."""
    net = trainer.net
    train = score(net, dataset, dataset.X_train, dataset.y_train)
    test = score(net, dataset, dataset.X_test, dataset.y_test) if len(dataset.X_test) else None
    return {"status": last.status if last else "done", "epochs": trainer.epoch, "steps": trainer.step,
            "train": train, "test": test,
            "train_loss": train["loss"], "test_loss": test["loss"] if test else None,
            "train_metrics": _metrics(train), "test_metrics": _metrics(test) if test else {},
            "seconds": seconds, "out": str(out)}


def _metrics(result: dict) -> dict:
    return {k: v for k, v in result.items() if k not in ("loss", "samples")}

"""The data options shared by ``new``, ``train``, ``eval`` and ``trace``, and the data settings
they save in (and read back from) the network file.

The settings live where the app keeps them: the ``dataset`` block names the data and how it was
read (``{"name": "csv", "path": …, "target": …, "missing": "drop", "standardize": true,
"test_fraction": 0.2, "seed": 1}``, or a built-in set's ``samples``, ``noise``, ``test_fraction``,
``seed``) and the top-level ``encoding`` holds what the CSV import computed from the training rows
(categories, means and deviations of the inputs and of a standardised target, fill values). An
option left out takes the file's value, then the default below.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from nnstudio.engine.dataset import Dataset
from nnstudio.engine.datasets import DATASET_NAMES, make_dataset

from .common import fraction, progress
from .errors import CliError

CSV = "csv"
SPLITS = ("train", "test", "all")
MISSING = ("drop", "fill")
_BUILTIN_DEFAULTS = {"samples": 200, "noise": 0.1, "test_fraction": 0.3, "seed": 1, "classes": 3}


def add_data_options(p, *, data_help: str, split: bool = False, from_file: bool = True) -> None:
    """Add ``--data`` and the options that say how a CSV is read (and ``--split`` with ``split``);
    their defaults come from the network file's dataset block when ``from_file``."""
    saved = (lambda key: f"the file's dataset.{key}, else ") if from_file else (lambda key: "")
    p.add_argument("--data", metavar="DATA", help=data_help)
    p.add_argument("--target", metavar="COL",
                   help=f"target column(s) of a CSV, comma-separated (default: {saved('target')}a column named like a "
                        "label (class, target, label, y, …), else the last column)")
    p.add_argument("--missing", choices=MISSING,
                   help="rows with a missing cell (empty, ?, NA): drop them, or fill the cell with the "
                        f"column's median / a \"missing\" category (default: {saved('missing')}drop)")
    p.add_argument("--standardize", action=argparse.BooleanOptionalAction, default=None,
                   help="z-score the CSV's numeric inputs and numeric target with the training rows' "
                        f"mean and deviation (default: {saved('standardize')}off)")
    p.add_argument("--test-fraction", type=fraction, metavar="F",
                   help="share of the rows held out as test rows (default: "
                        f"{saved('test_fraction')}0 for a CSV — all rows train — and 0.3 for a "
                        "built-in set)")
    if split:
        p.add_argument("--split", choices=SPLITS, default=None,
                       help="rows to score: those train used (train), held out (test), or both "
                            "(default: all)")


@dataclass
class DataSettings:
    """What to read and how: a built-in set's name or a CSV path, with the reading options."""

    source: str
    target: list[str] | None = None
    missing: str = "drop"
    standardize: bool = False
    test_fraction: float = 0.0
    seed: int = 1
    extra: dict = field(default_factory=dict)  # other keys of the file's block (column_types, samples, …)

    @property
    def builtin(self) -> bool:
        return self.source in DATASET_NAMES

    def block(self, dataset: Dataset) -> dict:
        """The ``dataset`` block that records these settings (and the target the import chose)."""
        if self.builtin:
            return {**self.extra, "name": self.source, "test_fraction": self.test_fraction, "seed": self.seed}
        targets = list((dataset.encoding or {}).get("target", {}).get("columns") or self.target or [])
        return {**self.extra, "name": CSV, "path": os.path.abspath(self.source),
                "target": targets[0] if len(targets) == 1 else targets or None,
                "missing": self.missing, "standardize": self.standardize,
                "test_fraction": self.test_fraction, "seed": self.seed}


def resolve(args, block: dict | None, seed: int | None = None, encoding: dict | None = None) -> DataSettings:
    """The data settings: each option given on the command line, else the file's ``block`` (then
    its CSV ``encoding``, for files whose block predates the reading options), else the default.
    ``seed`` (``--seed``) also seeds the train/test split."""
    block = dict(block or {})
    source = getattr(args, "data", None)
    if source is None:
        if not block:
            raise CliError("no data: give --data (a built-in data set or a CSV file); the network file "
                           "names none")
        source = block["path"] if block.get("name") == CSV else block["name"]
    same = (block.get("name") == CSV and source not in DATASET_NAMES
            or block.get("name") == source)
    saved = block if same else {}
    if same and block.get("name") == CSV and encoding:
        target = (encoding.get("target") or {}).get("columns")
        saved = {"target": target, "missing": encoding.get("missing"),
                 "standardize": encoding.get("standardize"), **saved}
    builtin = source in DATASET_NAMES
    if not builtin and not Path(source).exists():
        known = ", ".join(DATASET_NAMES)
        raise CliError(f"{source}: no such file, and not a built-in data set ({known})")
    target = getattr(args, "target", None)
    targets = _names(target) if target is not None else _names(saved.get("target"))
    standardize = getattr(args, "standardize", None)
    test_fraction = getattr(args, "test_fraction", None)
    default_fraction = _BUILTIN_DEFAULTS["test_fraction"] if builtin else 0.0
    if builtin:
        extra = {k: saved.get(k, v) for k, v in _BUILTIN_DEFAULTS.items() if k not in ("test_fraction", "seed")}
        extra.update({k: v for k, v in saved.items() if k not in _BUILTIN_DEFAULTS and k != "name"})
    else:
        extra = {k: v for k, v in saved.items() if k in ("column_types", "ignore")}
    return DataSettings(
        source=source, target=None if builtin else targets,
        missing=getattr(args, "missing", None) or saved.get("missing") or "drop",
        standardize=bool(saved.get("standardize", False) if standardize is None else standardize),
        test_fraction=float(saved.get("test_fraction", default_fraction) if test_fraction is None
                            else test_fraction),
        seed=int(seed if seed is not None else saved.get("seed", 1)),
        extra=extra)


def _names(target) -> list[str] | None:
    if target is None:
        return None
    names = [t.strip() for t in target.split(",")] if isinstance(target, str) else [str(t) for t in target]
    return [n for n in names if n] or None


def load(settings: DataSettings, encoding: dict | None = None) -> Dataset:
    """The data set; a CSV is encoded with ``encoding`` (a trained network's) when it is given and
    agrees with the settings, else imported afresh (statistics from its training rows)."""
    if settings.builtin:
        e = settings.extra
        return make_dataset(settings.source, samples=int(e["samples"]), noise=float(e["noise"]),
                            test_fraction=settings.test_fraction, seed=settings.seed, classes=int(e["classes"]))
    from nnstudio.io.csv_import import apply_encoding, import_csv

    if encoding and _agrees(settings, encoding):
        dataset, summary = apply_encoding(settings.source, encoding, test_fraction=settings.test_fraction,
                                          seed=settings.seed)
    else:
        if encoding:
            progress("note: the options differ from the network file's encoding: the CSV is encoded afresh")
        dataset, summary = import_csv(settings.source, target=settings.target,
                                      column_types=settings.extra.get("column_types"),
                                      missing=settings.missing, standardize=settings.standardize,
                                      test_fraction=settings.test_fraction, seed=settings.seed,
                                      ignore=settings.extra.get("ignore", ()))
    progress(summary.text())
    return dataset


def _agrees(settings: DataSettings, encoding: dict) -> bool:
    target = (encoding.get("target") or {}).get("columns")
    return ((settings.target is None or settings.target == target)
            and settings.missing == encoding.get("missing")
            and settings.standardize == bool(encoding.get("standardize")))


def rows(dataset: Dataset, split: str) -> tuple[np.ndarray, np.ndarray]:
    """Inputs and labels/targets of the rows of ``split`` (train, test or all)."""
    if split == "train":
        return dataset.X_train, dataset.y_train
    if split == "test":
        if len(dataset.X_test) == 0:
            raise CliError("the data has no test rows (its test fraction is 0); use --split train or all, "
                           "or train with --test-fraction")
        return dataset.X_test, dataset.y_test
    return np.concatenate([dataset.X_train, dataset.X_test]), np.concatenate([dataset.y_train, dataset.y_test])


def record(nf, settings: DataSettings, dataset: Dataset) -> None:
    """Save the data settings (and a CSV's encoding) in the network file ``nf``."""
    nf.dataset = settings.block(dataset)
    if not settings.builtin:
        nf.encoding = dataset.encoding


def check_fits(dataset: Dataset, net, name: str) -> None:
    """The network's input layer must take the data's encoded inputs."""
    if dataset.n_features != net.n_inputs:
        raise CliError(f"the data has {dataset.n_features} input column(s) but {name} has "
                       f"{net.n_inputs} input neuron(s)")

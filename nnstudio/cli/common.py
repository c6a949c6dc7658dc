"""Helpers shared by the sub-commands: number lists, network files, data sets, JSON output."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import numpy as np

from nnstudio.engine.dataset import Dataset
from nnstudio.engine.datasets import DATASET_NAMES, make_dataset

from .errors import CliError


def number_list(text: str) -> list[float]:
    """Parse ``"0.5,-1,2e-3"``; argparse ``type=`` for comma-separated numbers."""
    values = []
    for part in str(text).split(","):
        part = part.strip()
        try:
            value = float(part)
        except ValueError:
            raise CliError(f"{part!r} is not a number (expected comma-separated numbers, "
                           f"e.g. --input=-0.5,1)") from None
        if not math.isfinite(value):
            raise CliError(f"{part!r} is not a finite number")
        values.append(value)
    return values


def non_negative_float(text: str) -> float:
    value = number_list(text)
    if len(value) != 1 or value[0] < 0:
        raise CliError(f"expected one number ≥ 0, got {text!r}")
    return value[0]


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise CliError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise CliError(f"expected a whole number ≥ 1, got {text!r}")
    return value


def fraction(text: str) -> float:
    value = non_negative_float(text)
    if value >= 1:
        raise CliError(f"expected a fraction in [0, 1), got {text!r}")
    return value


def check_writable(*paths: str | None) -> None:
    """Refuse, before any work, output paths that name a device, a pipe, a socket or a folder
    (:func:`nnstudio.io.safe_files.write_target`); ``None`` entries are skipped."""
    from nnstudio.io.safe_files import write_target

    for path in paths:
        if path:
            write_target(path)


def load_network_file(path: str):
    """Load a network file; its loader raises NetworkFileError (a ValueError) naming the problem."""
    from nnstudio.io import netfile

    if not Path(path).exists():
        raise CliError(f"{path}: no such file")
    return netfile.load(path)


def is_builtin(data: str) -> bool:
    return data in DATASET_NAMES


def load_data(data: str, nf, target: str | None = None, standardize: bool = False,
              test_fraction: float | None = None, seed: int | None = None) -> Dataset:
    """A built-in data set by name (options from the file's dataset block) or a CSV file.

    A CSV is used whole for training unless ``test_fraction`` is given; with an input
    encoding in the network file (and no new options) the CSV is encoded as the network was
    trained, so a saved network predicts from raw rows.
    """
    block = dict(nf.dataset or {}) if nf is not None else {}
    if is_builtin(data):
        same = block.get("name") == data
        return make_dataset(
            data,
            samples=int(block.get("samples", 200)) if same else 200,
            noise=float(block.get("noise", 0.1)) if same else 0.1,
            test_fraction=float(test_fraction if test_fraction is not None
                                else block.get("test_fraction", 0.3) if same else 0.3),
            seed=int(seed if seed is not None else block.get("seed", 1) if same else 1),
            classes=int(block.get("classes", 3)) if same else 3,
        )
    if not Path(data).exists():
        known = ", ".join(DATASET_NAMES)
        raise CliError(f"{data}: no such file, and not a built-in data set ({known})")
    from nnstudio.io.csv_import import apply_encoding, import_csv

    encoding = getattr(nf, "encoding", None) if nf is not None else None
    if encoding and target is None and not standardize:
        dataset, summary = apply_encoding(data, encoding, test_fraction=test_fraction or 0.0,
                                          seed=seed if seed is not None else 1)
    else:
        targets = [t.strip() for t in target.split(",")] if target else None
        dataset, summary = import_csv(data, target=targets, standardize=standardize,
                                      test_fraction=test_fraction or 0.0,
                                      seed=seed if seed is not None else 1)
    progress(summary.text())
    return dataset


def progress(message: str) -> None:
    """Progress and notes go to stderr, so stdout stays one JSON object with --json."""
    print(message, file=sys.stderr, flush=True)


def print_json(obj) -> None:
    json.dump(obj, sys.stdout, allow_nan=False, default=_json_default)
    sys.stdout.write("\n")


def _json_default(obj):
    if isinstance(obj, np.ndarray):
        return obj.tolist()
    if isinstance(obj, np.generic):
        return obj.item()
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def finite_or_none(value):
    return value if value is not None and math.isfinite(value) else None

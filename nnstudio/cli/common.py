"""Helpers shared by the sub-commands: number lists, network files, JSON output."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import numpy as np

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

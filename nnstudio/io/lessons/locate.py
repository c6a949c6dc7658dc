"""Where the networks and data sets a lesson names are: examples, built-in data, CSV files."""

from __future__ import annotations

from pathlib import Path

from nnstudio.engine.datasets import DATASET_NAMES
from nnstudio.resources import DATA, EXAMPLES


def example_file(name: str, lesson_dir: str | Path | None = None) -> Path | None:
    """The network file for ``name``: an example (``xor`` or ``xor.nnet``), or a ``.nnet`` path relative
    to the lesson's folder; None when there is no such file."""
    name = str(name)
    stem = name.removesuffix(".nnet")
    candidates = [EXAMPLES / f"{stem}.nnet"] if "/" not in stem and "\\" not in stem else []
    if lesson_dir is not None and name.endswith(".nnet"):
        candidates.append(Path(lesson_dir) / name)
    return next((p for p in candidates if p.is_file()), None)


def dataset_source(name: str, lesson_dir: str | Path | None = None) -> str | Path | None:
    """A built-in data set's name as is, or the CSV file for ``name`` (``resources/data/NAME[.csv]``, or a
    path relative to the lesson's folder); None when it is neither."""
    name = str(name)
    if name in DATASET_NAMES:
        return name
    stem = name.removesuffix(".csv")
    candidates = [DATA / f"{stem}.csv"] if "/" not in stem and "\\" not in stem else []
    if lesson_dir is not None and name.endswith(".csv"):
        candidates.append(Path(lesson_dir) / name)
    return next((p for p in candidates if p.is_file()), None)

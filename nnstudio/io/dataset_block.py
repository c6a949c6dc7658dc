"""The one dataset loader: a document's dataset block turned into arrays, for every panel and the CLI.

A built-in block looks like ``{"name": "xor", "samples": 200, "noise": 0.1, "test_fraction": 0.3,
"seed": 1, "classes": 3, "features": ["x1", "x2", "x1²"]}``; ``features`` (optional, 2-D sets
only) chooses the TensorFlow-Playground input features computed from ``(x1, x2)``. A CSV block is
``{"name": "csv", "path": …, "target": …, "missing": "drop", "standardize": true,
"test_fraction": 0.2, "seed": 1, "column_types": {…}}``.
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from nnstudio.engine.dataset import CLASSIFICATION, Dataset
from nnstudio.engine.datasets import DATASET_NAMES, make_dataset
from nnstudio.engine.text import QT_TRANSLATE_NOOP

#: The Playground features of a 2-D input ``(x1, x2)``, in display order.
FEATURES: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "x1": lambda a, b: a,
    "x2": lambda a, b: b,
    "x1²": lambda a, b: a * a,
    "x2²": lambda a, b: b * b,
    "x1·x2": lambda a, b: a * b,
    "sin x1": lambda a, b: np.sin(a),
    "sin x2": lambda a, b: np.sin(b),
}
FEATURE_TIPS = {
    "x1": QT_TRANSLATE_NOOP("Training", "the first coordinate"),
    "x2": QT_TRANSLATE_NOOP("Training", "the second coordinate"),
    "x1²": QT_TRANSLATE_NOOP("Training", "x1 squared: lets a single neuron draw round boundaries"),
    "x2²": QT_TRANSLATE_NOOP("Training", "x2 squared: lets a single neuron draw round boundaries"),
    "x1·x2": QT_TRANSLATE_NOOP("Training",
                               "the product x1·x2: positive in two opposite quadrants (solves XOR by itself)"),
    "sin x1": QT_TRANSLATE_NOOP("Training", "sin of x1: a wavy feature"),
    "sin x2": QT_TRANSLATE_NOOP("Training", "sin of x2: a wavy feature"),
}
BASE_FEATURES = ["x1", "x2"]
CSV = "csv"
ONE_D = ("sine",)
DEFAULT_BLOCK = {"name": "xor", "samples": 200, "noise": 0.1, "test_fraction": 0.3, "seed": 1}


def block_or_default(block: dict | None) -> dict:
    """The document's dataset block, or the default XOR block when it has none."""
    return copy.deepcopy(block) if block else dict(DEFAULT_BLOCK)


def is_builtin(block: dict) -> bool:
    return block.get("name") in DATASET_NAMES


def is_planar(block: dict) -> bool:
    """True for the built-in 2-D sets (the ones with feature toggles and an input plane)."""
    return is_builtin(block) and block["name"] not in ONE_D


def features_of(block: dict) -> list[str]:
    """The chosen input features of a 2-D block (default x1, x2)."""
    chosen = block.get("features") or BASE_FEATURES
    return [f for f in FEATURES if f in chosen]


def feature_matrix(points: np.ndarray, features: list[str]) -> np.ndarray:
    """``(n, 2)`` points → ``(n, len(features))`` network inputs."""
    a, b = points[:, 0], points[:, 1]
    return np.column_stack([FEATURES[f](a, b) for f in features])


@dataclass
class LoadedData:
    """A dataset ready for training plus what the views need to draw it."""

    dataset: Dataset           # network inputs (features applied)
    points_train: np.ndarray | None  # the raw 2-D (or 1-D) points, for plots; None for CSV with >2 inputs
    points_test: np.ndarray | None
    features: list[str]        # input names
    planar: bool               # the input plane can be drawn (2 raw coordinates)
    summary: str = ""
    plane_features: list[str] | None = None  # features computed from plane points (None: the points are the inputs)

    @property
    def task(self) -> str:
        return self.dataset.task

    @property
    def n_inputs(self) -> int:
        return self.dataset.n_features

    def inputs_from_points(self, points: np.ndarray) -> np.ndarray:
        """Network inputs for raw 2-D points of the plane."""
        return points if self.plane_features is None else feature_matrix(points, self.plane_features)

    @property
    def same_units(self) -> bool:
        """Both plane axes are the built-in data's x1, x2 (one unit: draw them square)."""
        return self.plane_features is not None

    def all_points(self) -> np.ndarray | None:
        parts = [p for p in (self.points_train, self.points_test) if p is not None and len(p)]
        return np.concatenate(parts) if parts else None


_cache: dict = {}
CACHE_SIZE = 4


def load(block: dict) -> LoadedData:
    """Arrays for a dataset block (raises ValueError / CsvImportError with a clear message); the last
    few results are cached (a CSV file by its path, size and modification time)."""
    key = json.dumps(block, sort_keys=True, default=str)
    if block.get("name") == CSV:
        st = os.stat(block["path"])
        key += f"|{st.st_size}|{st.st_mtime_ns}"
    hit = _cache.get(key)
    if hit is None:
        hit = _cache[key] = _load(block)
        while len(_cache) > CACHE_SIZE:
            del _cache[next(iter(_cache))]
    return hit


def _load(block: dict) -> LoadedData:
    if block.get("name") == CSV:
        return _load_csv(block)
    kwargs = {k: block[k] for k in ("samples", "noise", "test_fraction", "seed", "classes") if k in block}
    if "noise" in kwargs:
        kwargs["noise"] = float(kwargs["noise"])
    if "test_fraction" in kwargs:
        kwargs["test_fraction"] = float(kwargs["test_fraction"])
    ds = make_dataset(block["name"], **kwargs)
    if not is_planar(block):
        return LoadedData(ds, ds.X_train, ds.X_test, list(ds.feature_names), planar=False)
    feats = features_of(block)
    encoded = replace(ds, X_train=feature_matrix(ds.X_train, feats), X_test=feature_matrix(ds.X_test, feats),
                      feature_names=list(feats))
    return LoadedData(encoded, ds.X_train, ds.X_test, feats, planar=True, plane_features=feats)


def _load_csv(block: dict) -> LoadedData:
    from .csv_import import import_csv

    ds, summary = import_csv(block["path"], target=block.get("target"), column_types=block.get("column_types"),
                             missing=block.get("missing", "drop"), standardize=bool(block.get("standardize")),
                             test_fraction=float(block.get("test_fraction", 0.0)), seed=int(block.get("seed", 1)),
                             ignore=block.get("ignore", ()))
    planar = ds.n_features == 2
    small = ds.n_features <= 2
    return LoadedData(ds, ds.X_train if small else None, ds.X_test if small else None,
                      list(ds.feature_names), planar=planar, summary=summary.text())


def needs(data: LoadedData) -> tuple[int, int]:
    """(inputs, outputs) a network needs for this data."""
    return data.dataset.n_features, data.dataset.n_outputs


def output_setup(data: LoadedData) -> tuple[str, str]:
    """The (output activation, loss) that suit the data's task and class count."""
    if data.task == CLASSIFICATION:
        return ("sigmoid", "bce") if data.dataset.n_outputs == 1 else ("softmax", "cross_entropy")
    return "identity", "mse"

"""Where the step-through's sample comes from: a row (or rows) of the document's data, or typed values.

Qt-free. ``load_samples(doc)`` turns the document's dataset block into network-ready rows (inputs
and targets shaped for the network's outputs: 0/1 for one sigmoid output, one-hot for several);
``parse_values`` reads typed numbers; ``Samples.batch`` picks consecutive rows for a mini-batch.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnstudio.document.numbers import list_separator, parse_float, split_numbers
from nnstudio.widgets.i18n import translate

from .numbers import MINUS, fmt

DEFAULT_BLOCK = {"name": "xor", "samples": 200, "noise": 0.1, "test_fraction": 0.3, "seed": 1}
MAX_BATCH = 64


@dataclass(frozen=True, eq=False)
class Samples:
    """The training rows of a dataset: inputs ``X`` (n, features), targets ``Y`` (n, outputs)."""

    X: np.ndarray
    Y: np.ndarray
    labels: np.ndarray | None        # class labels (classification) for display, else None
    feature_names: tuple[str, ...]
    target_names: tuple[str, ...]
    name: str

    def __len__(self) -> int:
        return len(self.X)

    def batch(self, start: int, size: int) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """``size`` consecutive rows from ``start`` (wrapping around): X, Y and the row numbers."""
        n = len(self.X)
        rows = [(int(start) + k) % n for k in range(max(1, min(int(size), n)))]
        return self.X[rows], self.Y[rows], rows

    def target_text(self, row: int) -> str:
        """The target as the learner knows it: the class name, or the numbers."""
        if self.labels is not None:
            label = int(self.labels[row])
            names = self.target_names
            return names[label] if 0 <= label < len(names) else str(label)
        return ", ".join(fmt(v) for v in self.Y[row])


def _load_dataset(block: dict):
    """The engine ``Dataset`` of a block (the training package handles features and CSV files)."""
    try:
        from nnstudio.training.data import load
    except ImportError:  # the training package is optional here
        from nnstudio.engine.datasets import make_dataset

        keys = ("samples", "noise", "test_fraction", "seed", "classes")
        return make_dataset(block["name"], **{k: block[k] for k in keys if k in block})
    return load(block).dataset


def load_samples(doc) -> Samples:
    """The training rows of the document's data (the XOR default when it has none).

    Raises ``ValueError`` with a learner-readable message when the data does not fit the network.
    """
    block = dict(doc.dataset) if doc.dataset else dict(DEFAULT_BLOCK)
    ds = _load_dataset(block)
    net = doc.network
    if ds.n_features != net.n_inputs:
        raise ValueError(translate("Stepper", "the data ({name}) has {features} input(s) but the network has "
                                              "{inputs}: type a sample instead").format(
            name=block.get("name", "data"), features=ds.n_features, inputs=net.n_inputs))
    Y = ds.targets(ds.y_train, net.n_outputs)  # raises ValueError naming the mismatch
    labels = np.asarray(ds.y_train, dtype=np.int64) if ds.task == "classification" else None
    return Samples(np.asarray(ds.X_train, dtype=np.float64), np.asarray(Y, dtype=np.float64), labels,
                   tuple(ds.feature_names), tuple(ds.target_names), str(block.get("name", "data")))


def parse_values(text: str, count: int, what: str) -> np.ndarray:
    """Numbers typed as ``"0.5, −0.3"`` (commas or spaces; − or -) → an array of ``count`` values."""
    parts = split_numbers(text.replace(MINUS, "-"))
    try:
        values = np.array([parse_float(p) for p in parts], dtype=np.float64)
    except ValueError:
        raise ValueError(translate("Stepper", "{what}: type numbers separated by commas, e.g. 0.5, -0.3").format(
            what=what)) from None
    if values.size != count:
        raise ValueError(translate("Stepper", "{what}: expected %n number(s), got {got}", None, count).format(
            what=what, got=values.size))
    if not np.all(np.isfinite(values)):
        raise ValueError(translate("Stepper", "{what}: the numbers must be finite").format(what=what))
    return values


def format_values(values) -> str:
    """The inverse of ``parse_values`` for pre-filling a field."""
    return list_separator().join(fmt(v, 6) for v in np.asarray(values).reshape(-1))

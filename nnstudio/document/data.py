"""The document's data, ready for its network: the rows the step-through walks and the problem the lab trains.

Qt-free; every panel loads data through here (and ``nnstudio.io.dataset_block``). ``load_samples(doc)``
turns the document's dataset block into network-ready rows (inputs and targets shaped for the network's
outputs: 0/1 for one sigmoid output, one-hot for several); ``Samples.batch`` picks consecutive rows for
a mini-batch; ``problem_of(doc)`` is a private copy of the network with its data and settings.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

import numpy as np

from nnstudio.engine.network import Network
from nnstudio.engine.text import translate
from nnstudio.engine.training import TrainData, TrainingSettings
from nnstudio.io.dataset_block import block_or_default, load
from nnstudio.io.numbers import fmt


def class_name(name: str) -> str:
    """A built-in dataset's class name ("class 1") in the interface language; a CSV's names as they are."""
    match = re.fullmatch(r"class (\d+)", str(name))
    return translate("Training", "class {i}").format(i=match.group(1)) if match else str(name)


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
            return class_name(names[label]) if 0 <= label < len(names) else str(label)
        return ", ".join(fmt(v) for v in self.Y[row])


def load_samples(doc) -> Samples:
    """The training rows of the document's data (the XOR default when it has none).

    Raises ``ValueError`` with a learner-readable message when the data does not fit the network.
    """
    block = block_or_default(doc.dataset)
    ds = load(block).dataset
    net = doc.network
    if ds.n_features != net.n_inputs:
        raise ValueError(translate("Stepper", "the data ({name}) has {features} input(s) but the network has "
                                              "{inputs}: type a sample instead").format(
            name=block.get("name", "data"), features=ds.n_features, inputs=net.n_inputs))
    Y = ds.targets(ds.y_train, net.n_outputs)  # raises ValueError naming the mismatch
    labels = np.asarray(ds.y_train, dtype=np.int64) if ds.task == "classification" else None
    return Samples(np.asarray(ds.X_train, dtype=np.float64), np.asarray(Y, dtype=np.float64), labels,
                   tuple(ds.feature_names), tuple(ds.target_names), str(block.get("name", "data")))


@dataclass
class Problem:
    """A private copy of the document's network, its training data and training settings."""

    network: Network
    data: TrainData
    settings: TrainingSettings
    dataset_name: str

    @property
    def description(self) -> str:
        sizes = "-".join(str(n) for n in self.network.sizes)
        n = len(self.data.X_train)
        return translate("Lab", "network {sizes}, {data} ({n} training samples), loss {loss}").format(
            sizes=sizes, data=self.dataset_name, n=n, loss=self.network.loss)


def problem_of(doc) -> Problem:
    """The document's problem; raises ValueError with a learner-readable message when the data
    does not fit the network."""
    block = block_or_default(doc.dataset)
    try:
        dataset = load(block).dataset
    except OSError as exc:
        raise ValueError(translate("Lab", "cannot read the data ({error})").format(error=exc)) from None
    net = doc.network.copy()
    if dataset.n_features != net.n_inputs:
        raise ValueError(translate("Lab", "the data has {features} input column(s) but the network has {inputs} "
                                          "input neuron(s)").format(features=dataset.n_features, inputs=net.n_inputs))
    data = TrainData.from_dataset(dataset, net.n_outputs)
    return Problem(net, data, dataclasses.replace(doc.training), str(block.get("name", "data")))

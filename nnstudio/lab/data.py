"""The document's training problem as engine objects: a network copy, its data and settings (Qt-free)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, TrainingSettings

DEFAULT_BLOCK = {"name": "xor", "samples": 200, "noise": 0.1, "test_fraction": 0.3, "seed": 1}


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
        return f"network {sizes}, {self.dataset_name} ({n} training samples), loss {self.network.loss}"


def _load_block(block: dict):
    """The engine Dataset of a document dataset block (features and CSV handled by the training package)."""
    try:
        from nnstudio.training.data import load
    except ImportError:  # the training package is optional for the lab
        from nnstudio.engine.datasets import make_dataset

        keys = ("samples", "noise", "test_fraction", "seed", "classes")
        return make_dataset(block["name"], **{k: block[k] for k in keys if k in block})
    return load(block).dataset


def problem_of(doc) -> Problem:
    """The document's problem; raises ValueError with a learner-readable message when the data
    does not fit the network."""
    block = dict(doc.dataset) if doc.dataset else dict(DEFAULT_BLOCK)
    try:
        dataset = _load_block(block)
    except OSError as exc:
        raise ValueError(f"cannot read the data ({exc})") from None
    net = doc.network.copy()
    if dataset.n_features != net.n_inputs:
        raise ValueError(f"the data has {dataset.n_features} input column(s) but the network has "
                         f"{net.n_inputs} input neuron(s)")
    data = TrainData.from_dataset(dataset, net.n_outputs)
    return Problem(net, data, dataclasses.replace(doc.training), str(block.get("name", "data")))

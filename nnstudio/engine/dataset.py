"""The dataset container shared by the built-in generators and the CSV import."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

CLASSIFICATION = "classification"
REGRESSION = "regression"


@dataclass
class Dataset:
    """Train/test arrays ready for a network.

    ``X_*`` has shape ``(samples, features)``. For classification ``y_*`` holds integer class
    labels of shape ``(samples,)``; for regression it holds float targets of shape
    ``(samples, outputs)``. ``encoding`` optionally describes how raw inputs were encoded
    (the CSV import fills it, see ``nnstudio.io.csv_import``).
    """

    name: str
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    task: str = CLASSIFICATION
    feature_names: list[str] = field(default_factory=list)
    target_names: list[str] = field(default_factory=list)
    encoding: dict | None = None

    @property
    def n_features(self) -> int:
        return int(self.X_train.shape[1])

    @property
    def n_classes(self) -> int:
        """Number of classes (0 for regression)."""
        if self.task != CLASSIFICATION:
            return 0
        if self.target_names:
            return len(self.target_names)
        labels = np.concatenate([self.y_train, self.y_test])
        return int(labels.max()) + 1 if labels.size else 0

    @property
    def n_outputs(self) -> int:
        """Output neurons a network needs: 1 for two classes (sigmoid), k for k classes (softmax)."""
        if self.task == CLASSIFICATION:
            return 1 if self.n_classes <= 2 else self.n_classes
        return int(self.y_train.shape[1])

    def targets(self, y: np.ndarray, n_outputs: int) -> np.ndarray:
        """Targets shaped for a network with ``n_outputs`` output neurons.

        Classification: one output gives a 0/1 column (two classes only); ``n_classes`` outputs
        give one-hot rows. Regression targets are returned as they are.
        """
        if self.task != CLASSIFICATION:
            y = np.asarray(y, dtype=np.float64)
            y = y.reshape(len(y), -1)
            if y.shape[1] != n_outputs:
                raise ValueError(f"the data has {y.shape[1]} target column(s) but the network has "
                                 f"{n_outputs} output neuron(s)")
            return y
        labels = np.asarray(y, dtype=np.int64)
        k = self.n_classes
        if n_outputs == 1:
            if k > 2:
                raise ValueError(f"the data has {k} classes but the network has 1 output neuron; "
                                 f"use {k} softmax outputs")
            return labels.astype(np.float64).reshape(-1, 1)
        if n_outputs != k:
            raise ValueError(f"the data has {k} classes but the network has {n_outputs} output neurons")
        return np.eye(k)[labels]

    @property
    def train_targets_default(self) -> np.ndarray:
        return self.targets(self.y_train, self.n_outputs)


def output_setup(dataset: Dataset) -> tuple[str, str]:
    """The (output activation, loss) that suit the data: two classes → sigmoid + BCE, more →
    softmax + cross-entropy, numeric targets → identity + MSE."""
    if dataset.task == CLASSIFICATION:
        return ("sigmoid", "bce") if dataset.n_outputs == 1 else ("softmax", "cross_entropy")
    return "identity", "mse"


def output_names(dataset: Dataset) -> list[str]:
    """Labels of the output neurons a network needs for the data (:attr:`Dataset.n_outputs`)."""
    n_out = dataset.n_outputs
    names = [str(n) for n in dataset.target_names]
    if dataset.task == CLASSIFICATION and n_out > 1:
        return names[:n_out] or [f"class {i}" for i in range(n_out)]
    if dataset.task == CLASSIFICATION:
        return [names[1] if len(names) == 2 else "class 1"]
    return names[:n_out] or [f"y{i + 1}" for i in range(n_out)]

"""Real data as a user would bring it (skipped when ../shared/datasets is absent)."""

from pathlib import Path

import numpy as np
import pytest

from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings
from nnstudio.io.csv_import import apply_encoding, import_csv

DATASETS = Path(__file__).resolve().parents[2].parent / "shared" / "datasets"
pytestmark = pytest.mark.skipif(not DATASETS.is_dir(), reason="../shared/datasets is absent")


def train(dataset, sizes, acts, loss, epochs, lr, batch):
    net = Network(sizes, acts, loss=loss, init="he_normal", seed=1)
    trainer = Trainer(net, TrainData.from_dataset(dataset, sizes[-1]),
                      TrainingSettings(optimizer="adam", learning_rate=lr, batch_size=batch, seed=1))
    return net, list(trainer.run(epochs))[-1]


def test_mushrooms_reach_99_percent_test_accuracy():
    data, summary = import_csv(DATASETS / "mushrooms.csv", target="class", missing="fill", test_fraction=0.25,
                               seed=3)
    assert summary.rows_used == 8124 and data.n_classes == 2
    _, last = train(data, [data.n_features, 8, 1], ["relu", "sigmoid"], "bce", epochs=8, lr=0.01, batch=32)
    assert last.test_metrics["accuracy"] >= 0.99, last.test_metrics


def test_california_housing_reaches_test_r2_of_07_and_predicts_from_raw_rows():
    path = DATASETS / "california_housing.csv"
    data, summary = import_csv(path, target="median_house_value", standardize=True, test_fraction=0.2, seed=1)
    assert summary.rows_dropped == 207 and data.task == "regression" and data.n_features == 13
    net, last = train(data, [13, 32, 16, 1], ["relu", "relu", "identity"], "mse", epochs=25, lr=0.003, batch=64)
    assert last.test_metrics["r2"] >= 0.7, last.test_metrics
    # the saved encoding turns the raw file into the same inputs and targets again
    again, _ = apply_encoding(path, data.encoding, test_fraction=0.2, seed=1)
    np.testing.assert_array_equal(again.X_test, data.X_test)
    np.testing.assert_array_equal(again.y_test, data.y_test)
    target = data.encoding["target"]
    assert target["std"][0] > 1000  # house values are scaled for training: y = mean + std·ŷ

"""Data as a user would bring it: generated files shaped like mushrooms.csv and
california_housing.csv (tests/io/conftest.py), imported, trained on and scored."""

import numpy as np
from generated_csv import HOUSING_MISSING, MUSHROOM_ROWS

from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings
from nnstudio.io.csv_import import apply_encoding, import_csv


def train(dataset, sizes, acts, loss, epochs, lr, batch):
    net = Network(sizes, acts, loss=loss, init="he_normal", seed=1)
    trainer = Trainer(net, TrainData.from_dataset(dataset, sizes[-1]),
                      TrainingSettings(optimizer="adam", learning_rate=lr, batch_size=batch, seed=1))
    return net, list(trainer.run(epochs))[-1]


def test_mushrooms_reach_99_percent_test_accuracy(mushrooms_csv):
    data, summary = import_csv(mushrooms_csv, target="class", missing="fill", test_fraction=0.25, seed=3)
    assert summary.rows_used == MUSHROOM_ROWS and data.n_classes == 2
    _, last = train(data, [data.n_features, 8, 1], ["relu", "sigmoid"], "bce", epochs=8, lr=0.01, batch=32)
    assert last.test_metrics["accuracy"] >= 0.99, last.test_metrics


def test_california_housing_reaches_test_r2_of_07_and_predicts_from_raw_rows(housing_csv):
    data, summary = import_csv(housing_csv, target="median_house_value", standardize=True, test_fraction=0.2,
                               seed=1)
    assert summary.rows_dropped == HOUSING_MISSING and data.task == "regression" and data.n_features == 13
    net, last = train(data, [13, 32, 16, 1], ["relu", "relu", "identity"], "mse", epochs=25, lr=0.003, batch=64)
    assert last.test_metrics["r2"] >= 0.7, last.test_metrics
    # the saved encoding turns the raw file into the same inputs and targets again
    again, _ = apply_encoding(housing_csv, data.encoding, test_fraction=0.2, seed=1)
    np.testing.assert_array_equal(again.X_test, data.X_test)
    np.testing.assert_array_equal(again.y_test, data.y_test)
    target = data.encoding["target"]
    assert target["std"][0] > 1000  # house values are scaled for training: y = mean + std·ŷ

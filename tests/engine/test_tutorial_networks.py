"""The tutorials' own networks, checked against the tutorials' own code.

The from-scratch 3-4-1 network (James Loy, "How to build your own Neural Network from scratch in
Python"): the tutorial's NumPy loop is written out below in its own style, started from the example
file's weights, and must agree with the engine after its 1,500 iterations."""

from __future__ import annotations

import time

import numpy as np

from nnstudio.engine.training import TrainData, Trainer
from nnstudio.io import netfile
from nnstudio.io.csv_import import import_csv
from nnstudio.resources import example_path


def sigmoid(x):
    return 1.0 / (1 + np.exp(-x))


def sigmoid_derivative(x):
    return x * (1.0 - x)


class NeuralNetwork:
    """The tutorial's class, verbatim in style: no biases, sum of squares, ``w += d_w``."""

    def __init__(self, x, y, weights1, weights2):
        self.input = x
        self.weights1 = weights1  # the tutorial draws np.random.rand(self.input.shape[1], 4)
        self.weights2 = weights2  # and np.random.rand(4, 1)
        self.y = y
        self.output = np.zeros(self.y.shape)

    def feedforward(self):
        self.layer1 = sigmoid(np.dot(self.input, self.weights1))
        self.output = sigmoid(np.dot(self.layer1, self.weights2))

    def backprop(self):
        # application of the chain rule to find derivative of the loss function with respect to weights2 and weights1
        d_weights2 = np.dot(self.layer1.T, (2 * (self.y - self.output) * sigmoid_derivative(self.output)))
        d_weights1 = np.dot(self.input.T, (np.dot(2 * (self.y - self.output) * sigmoid_derivative(self.output),
                                                  self.weights2.T) * sigmoid_derivative(self.layer1)))
        # update the weights with the derivative (slope) of the loss function
        self.weights1 += d_weights1
        self.weights2 += d_weights2


def test_from_scratch_341_matches_the_tutorials_loop_after_1500_iterations():
    path = example_path("from_scratch_341.nnet")
    nf = netfile.load(path)
    net = nf.network
    assert net.sizes == [3, 4, 1] and net.use_bias == [False, False, False] and net.loss == "sse"
    s = nf.training
    assert (s.optimizer, s.learning_rate, s.momentum, s.batch_size, s.epochs) == ("sgd", 1.0, 0.0, 4, 1500)
    assert s.regularization == "none" and s.dropout == 0 and s.dropconnect == 0

    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
    y = np.array([[0], [1], [1], [0]], dtype=float)
    nn = NeuralNetwork(X, y, net.weights[1].T.copy(), net.weights[2].T.copy())
    for _ in range(1500):
        nn.feedforward()
        nn.backprop()

    data, _ = import_csv(path.parent / nf.dataset["path"], target=nf.dataset["target"], test_fraction=0.0)
    np.testing.assert_array_equal(data.X_train, X)  # the example's CSV is the tutorial's data
    trainer = Trainer(net, TrainData.from_dataset(data, 1), s)
    *_, last = trainer.run()
    assert last.epoch == 1500
    np.testing.assert_allclose(net.weights[1], nn.weights1.T, rtol=0, atol=1e-9)
    np.testing.assert_allclose(net.weights[2], nn.weights2.T, rtol=0, atol=1e-9)
    assert not net.biases[1].any() and not net.biases[2].any()
    nn.feedforward()
    np.testing.assert_allclose(net.forward(X), nn.output, rtol=0, atol=1e-9)
    assert abs(last.train_loss - np.sum((y - nn.output) ** 2)) < 1e-9  # sse is the tutorial's loss


def test_mushrooms_mlp_reaches_99_percent_test_accuracy_quickly():
    path = example_path("mushrooms_mlp.nnet")
    nf = netfile.load(path)
    net = nf.network
    assert net.sizes[1:] == [5, 3, 1] and net.activations == ["relu", "relu", "sigmoid"] and net.loss == "bce"
    assert nf.training.optimizer == "sgd" and nf.training.momentum == 0
    started = time.perf_counter()
    block = nf.dataset
    data, _ = import_csv(path.parent / block["path"], target=block["target"], test_fraction=block["test_fraction"],
                         seed=block["seed"])
    assert data.X_train.shape[1] == net.sizes[0]
    *_, last = Trainer(net, TrainData.from_dataset(data, 1), nf.training).run()
    assert last.test_metrics["accuracy"] >= 0.99
    assert time.perf_counter() - started < 15

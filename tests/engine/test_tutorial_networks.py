"""The tutorials' own networks, checked against the tutorials' own code.

The from-scratch 3-4-1 network (James Loy, "How to build your own Neural Network from scratch in
Python"): the tutorial's NumPy loop is written out below in its own style, started from the example
file's weights, and must agree with the engine after its 1,500 iterations.

The freeCodeCamp network (Aditya Dehal, "How to build a Neural Network from scratch", 2019): the
tutorial's functions, in its layout (one column per sample, W as outputs × inputs), with its four bugs
fixed and marked "fixed (n)" as the example's description numbers them; started from its own
``init_params`` (seed 3, randn × 0.01), it must agree with the engine after the example's 1,000 epochs."""

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


def init_params(layer_dims):
    """The freeCodeCamp tutorial's initialisation: seed 3, W = randn × 0.01, b = 0."""
    rng = np.random.RandomState(3)  # the tutorial's np.random.seed(3), without touching global state
    params = {}
    for l in range(1, len(layer_dims)):
        params["W" + str(l)] = rng.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        params["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return params


def fcc_sigmoid(Z):
    return 1 / (1 + np.exp(-Z)), Z  # the tutorial returns (A, cache)


def forward_prop(X, params):
    A, caches = X, []
    for l in range(1, len(params) // 2 + 1):
        A_prev = A
        Z = np.dot(params["W" + str(l)], A_prev) + params["b" + str(l)]
        A, activation_cache = fcc_sigmoid(Z)
        caches.append(((A_prev, params["W" + str(l)], params["b" + str(l)]), activation_cache))
    return A, caches


def cost_function(A, Y):
    m = Y.shape[1]
    return (-1 / m) * (np.dot(np.log(A), Y.T) + np.dot(np.log(1 - A), 1 - Y.T))  # fixed (1): np.log


def one_layer_backward(dA, cache):
    (A_prev, W, _), Z = cache
    s = fcc_sigmoid(Z)[0]  # fixed (2): sigmoid returns (A, cache)
    dZ = dA * s * (1 - s)
    m = A_prev.shape[1]
    return np.dot(W.T, dZ), (1 / m) * np.dot(dZ, A_prev.T), (1 / m) * np.sum(dZ, axis=1, keepdims=True)


def backprop(AL, Y, caches):
    grads, L = {}, len(caches)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    # fixed (3): the output layer's gradients are dW(L) and db(L), not dW(L-1) and db(L-1)
    grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = one_layer_backward(dAL, caches[L - 1])
    for l in reversed(range(L - 1)):
        grads["dA" + str(l)], grads["dW" + str(l + 1)], grads["db" + str(l + 1)] = one_layer_backward(
            grads["dA" + str(l + 1)], caches[l])
    return grads


def update_parameters(parameters, grads, learning_rate):
    for l in range(1, len(parameters) // 2 + 1):  # fixed (4): the gradients are grads["dW…"], grads["db…"]
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return parameters


def fcc_train(X, Y, layer_dims, epochs, lr):
    params, cost_history = init_params(layer_dims), []
    for _ in range(epochs):
        Y_hat, caches = forward_prop(X, params)
        cost_history.append(cost_function(Y_hat, Y).item())
        params = update_parameters(params, backprop(Y_hat, Y, caches), lr)
    return params, cost_history


def test_freecodecamp_341_matches_the_tutorials_corrected_code_from_its_own_starting_weights():
    path = example_path("freecodecamp_341.nnet")
    nf = netfile.load(path)
    net = nf.network
    assert net.sizes == [3, 4, 1] and net.activations == ["sigmoid", "sigmoid"] and net.loss == "bce"
    assert net.use_bias[1:] == [True, True]  # biases on both layers (the input layer has none)
    s = nf.training
    assert (s.optimizer, s.momentum, s.batch_size, s.regularization, s.dropout, s.dropconnect) == (
        "sgd", 0.0, 4, "none", 0, 0)
    start = init_params([3, 4, 1])
    for l in (1, 2):  # the file starts from the tutorial's own init_params
        np.testing.assert_array_equal(net.weights[l], start["W" + str(l)])
        np.testing.assert_array_equal(net.biases[l], start["b" + str(l)].ravel())

    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
    y = np.array([[0], [1], [1], [0]], dtype=float)
    params, costs = fcc_train(X.T, y.T, [3, 4, 1], s.epochs, s.learning_rate)  # one column per sample

    data, _ = import_csv(path.parent / nf.dataset["path"], target=nf.dataset["target"], test_fraction=0.0)
    np.testing.assert_array_equal(data.X_train, X)
    losses = [p.train_loss for p in Trainer(net, TrainData.from_dataset(data, 1), s).run()]
    assert len(losses) == s.epochs == 1000
    for l in (1, 2):
        np.testing.assert_allclose(net.weights[l], params["W" + str(l)], rtol=0, atol=1e-9)
        np.testing.assert_allclose(net.biases[l], params["b" + str(l)].ravel(), rtol=0, atol=1e-9)
    # the engine reports the loss after each epoch's update; the tutorial's cost is taken before it
    np.testing.assert_allclose(losses[:-1], costs[1:], rtol=0, atol=1e-9)
    assert costs[200] > 0.68 and losses[-1] < 0.005  # the plateau at ln 2 the description promises, then the drop
    np.testing.assert_allclose(net.forward(X), forward_prop(X.T, params)[0].T, rtol=0, atol=1e-9)


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

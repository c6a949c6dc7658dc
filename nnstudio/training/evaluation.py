"""Loss and metrics of a network on loaded data, outside any trainer (for idle views)."""

from __future__ import annotations

import math

from nnstudio.engine.training import DIVERGED, DONE, Progress, network_metrics
from nnstudio.io.dataset_block import LoadedData


def targets(data: LoadedData, n_outputs: int):
    """(Y_train, Y_test) shaped for ``n_outputs`` outputs (raises ValueError when they don't fit)."""
    ds = data.dataset
    y_test = ds.targets(ds.y_test, n_outputs) if len(ds.X_test) else None
    return ds.targets(ds.y_train, n_outputs), y_test


def _loss_and_metrics(net, X, Y, task):
    ws = net.workspace(len(X))
    out = ws.forward(X)
    loss = ws.loss_value(Y)
    if not math.isfinite(loss):
        return math.nan, {}
    return loss, network_metrics(out, Y, task)


def evaluate(net, data: LoadedData, epoch: int = 0, step: int = 0) -> Progress | None:
    """A Progress for ``net`` on ``data``, or None when the data does not fit the network."""
    ds = data.dataset
    if ds.n_features != net.n_inputs:
        return None
    try:
        Y, Y_test = targets(data, net.n_outputs)
    except ValueError:
        return None
    train_loss, metrics = _loss_and_metrics(net, ds.X_train, Y, ds.task)
    test_loss, test_metrics = (None, {})
    if Y_test is not None:
        test_loss, test_metrics = _loss_and_metrics(net, ds.X_test, Y_test, ds.task)
    status = DONE if math.isfinite(train_loss) else DIVERGED
    return Progress(epoch, step, train_loss, test_loss, 0.0, metrics, test_metrics, status)

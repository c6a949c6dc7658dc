"""``nnstudio eval NET --data DATA``: loss and metrics of a network file on a data set."""

from __future__ import annotations

import numpy as np

from nnstudio.engine.training import network_metrics

from .common import load_data, load_network_file, print_json
from .errors import CliError


def register(subparsers) -> None:
    p = subparsers.add_parser("eval", help="loss and metrics of a network on a data set")
    p.add_argument("net", metavar="NET", help="network file (.nnet)")
    p.add_argument("--data", required=True, metavar="DATA", help="built-in data set name or CSV file")
    p.add_argument("--target", metavar="COL", help="target column(s) of a CSV, comma-separated")
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout")


def run(args) -> int:
    nf = load_network_file(args.net)
    dataset = load_data(args.data, nf, args.target)
    net = nf.network
    if dataset.n_features != net.n_inputs:
        raise CliError(f"the data has {dataset.n_features} input column(s) but {args.net} has "
                       f"{net.n_inputs} input neuron(s)")
    X = np.concatenate([dataset.X_train, dataset.X_test])
    y = np.concatenate([dataset.y_train, dataset.y_test])
    Y = dataset.targets(y, net.n_outputs)
    loss = net.loss_value(X, Y)
    result = {"loss": loss, **network_metrics(net.forward(X), Y, dataset.task), "samples": int(len(X))}
    if args.json:
        print_json(result)
    else:
        for key, value in result.items():
            print(f"{key:>18}: {value}")
    return 0

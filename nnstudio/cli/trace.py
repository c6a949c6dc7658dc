"""``nnstudio trace NET --input … --target … [--lr X]``: one sample through one SGD step."""

from __future__ import annotations

import numpy as np

from .common import load_network_file, non_negative_float, number_list, positive_int, print_json
from .data import SPLITS, check_fits, load, resolve, rows
from .errors import CliError


def register(subparsers) -> None:
    p = subparsers.add_parser("trace", help="one sample's forward pass, backward pass and SGD step",
                              description="One sample through one SGD step: give it as --input and "
                                          "--target, or pick row N of the network's data with --row "
                                          "(read as train read it: the file's dataset block and encoding).")
    p.add_argument("net", metavar="NET", help="network file (.nnet)")
    p.add_argument("--input", type=number_list, metavar="V1,V2,…",
                   help="input values, one per input neuron, comma-separated (write --input=-0.5,1 for "
                        "negatives); required unless --row is given")
    p.add_argument("--target", type=number_list, metavar="T1,…",
                   help="one target per output neuron (one-hot for a softmax output); required with --input")
    p.add_argument("--row", type=positive_int, metavar="N",
                   help="take input and target from row N (1 = first) of the data's --split rows "
                        "instead of --input/--target (default: none)")
    p.add_argument("--split", choices=SPLITS,
                   help="the rows --row counts in: train, test or all (default: train)")
    p.add_argument("--data", metavar="DATA",
                   help="data set for --row (default: the file's dataset block)")
    p.add_argument("--lr", type=non_negative_float, metavar="X",
                   help="learning rate (default: the file's training.learning_rate)")
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout (default: text)")


def run(args) -> int:
    nf = load_network_file(args.net)
    net = nf.network
    inputs, targets = _sample(args, nf)
    lr = args.lr if args.lr is not None else nf.training.learning_rate
    trace = net.trace(np.array([inputs]), np.array([targets]), learning_rate=lr)
    result = {"learning_rate": lr, **trace.to_json(sample=0)}
    if args.json:
        print_json(result)
    else:
        _print_human(result)
    return 0


def _sample(args, nf) -> tuple[list[float], list[float]]:
    """The sample's (inputs, targets): typed, or row ``--row`` of the file's data."""
    net = nf.network
    if args.row is not None:
        if args.input is not None or args.target is not None:
            raise CliError("give either --row or --input and --target, not both")
        dataset = load(resolve(args, nf.dataset, encoding=nf.encoding), nf.encoding)
        check_fits(dataset, net, args.net)
        X, y = rows(dataset, args.split or "train")
        if args.row > len(X):
            raise CliError(f"--row {args.row}: the {args.split or 'train'} rows are 1 to {len(X)}")
        Y = dataset.targets(y[args.row - 1:args.row], net.n_outputs)
        return X[args.row - 1].tolist(), Y[0].tolist()
    if args.input is None or args.target is None:
        raise CliError("give --input and --target (or --row N to take a row of the data)")
    if len(args.input) != net.n_inputs:
        raise CliError(f"--input has {len(args.input)} value(s) but the network has {net.n_inputs} inputs")
    if len(args.target) != net.n_outputs:
        raise CliError(f"--target has {len(args.target)} value(s) but the network has "
                       f"{net.n_outputs} outputs")
    return args.input, args.target


def _print_human(result: dict) -> None:
    print(f"loss = {result['loss']:.6g}   output = {_fmt(result['output'])}")
    for l, layer in enumerate(result["layers"]):
        print(f"layer {l}:")
        for key, value in layer.items():
            print(f"  {key:>12} = {_fmt(value)}")


def _fmt(value) -> str:
    arr = np.asarray(value)
    return np.array2string(arr, precision=6, suppress_small=False, max_line_width=100)

"""``nnstudio trace NET --input … --target … [--lr X]``: one sample through one SGD step."""

from __future__ import annotations

import numpy as np

from .common import load_network_file, non_negative_float, number_list, print_json
from .errors import CliError


def register(subparsers) -> None:
    p = subparsers.add_parser("trace", help="one sample's forward pass, backward pass and SGD step")
    p.add_argument("net", metavar="NET", help="network file (.nnet)")
    p.add_argument("--input", required=True, type=number_list, metavar="V1,V2,…",
                   help="input values, comma-separated (write --input=-0.5,1 for negatives)")
    p.add_argument("--target", required=True, type=number_list, metavar="T1,…",
                   help="one target per output neuron (one-hot for a softmax output)")
    p.add_argument("--lr", type=non_negative_float, help="learning rate (default: the file's)")
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout")


def run(args) -> int:
    nf = load_network_file(args.net)
    net = nf.network
    if len(args.input) != net.n_inputs:
        raise CliError(f"--input has {len(args.input)} value(s) but the network has {net.n_inputs} inputs")
    if len(args.target) != net.n_outputs:
        raise CliError(f"--target has {len(args.target)} value(s) but the network has "
                       f"{net.n_outputs} outputs")
    lr = args.lr if args.lr is not None else nf.training.learning_rate
    trace = net.trace(np.array([args.input]), np.array([args.target]), learning_rate=lr)
    result = {"learning_rate": lr, **trace.to_json(sample=0)}
    if args.json:
        print_json(result)
    else:
        _print_human(result)
    return 0


def _print_human(result: dict) -> None:
    print(f"loss = {result['loss']:.6g}   output = {_fmt(result['output'])}")
    for l, layer in enumerate(result["layers"]):
        print(f"layer {l}:")
        for key, value in layer.items():
            print(f"  {key:>12} = {_fmt(value)}")


def _fmt(value) -> str:
    arr = np.asarray(value)
    return np.array2string(arr, precision=6, suppress_small=False, max_line_width=100)

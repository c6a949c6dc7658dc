"""``nnstudio eval NET [--data DATA] [--split train|test|all]``: loss and metrics of a network file."""

from __future__ import annotations

from .common import load_network_file, print_json
from .data import add_data_options, check_fits, load, resolve, rows
from .scoring import score


def register(subparsers) -> None:
    p = subparsers.add_parser("eval", help="loss and metrics of a network on a data set",
                              description="Loss and metrics of NET. Without options it reads the data "
                                          "the way train did (the file's dataset block and encoding), so "
                                          "--split test scores exactly the rows train held out.")
    p.add_argument("net", metavar="NET", help="network file (.nnet)")
    add_data_options(p, data_help="built-in data set name or CSV file (default: the file's dataset block)",
                     split=True)
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout (default: text)")


def run(args) -> int:
    nf = load_network_file(args.net)
    dataset = load(resolve(args, nf.dataset, encoding=nf.encoding), nf.encoding)
    net = nf.network
    check_fits(dataset, net, args.net)
    split = args.split or "all"
    X, y = rows(dataset, split)
    result = {"split": split, **score(net, dataset, X, y)}
    if args.json:
        print_json(result)
    else:
        for key, value in result.items():
            print(f"{key:>18}: {value}")
    return 0

"""``nnstudio new SIZES --out FILE``: write a new network file, sized by hand or by a data set."""

from __future__ import annotations

from pathlib import Path

from nnstudio.engine.activations import ACTIVATIONS
from nnstudio.engine.dataset import CLASSIFICATION, output_names, output_setup
from nnstudio.engine.initializers import INITIALIZERS
from nnstudio.engine.losses import LOSSES
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainingSettings

from .common import positive_int, print_json, progress
from .data import add_data_options, load, record, resolve
from .errors import CliError

HIDDEN_DEFAULT = "relu"
OUTPUT_DEFAULT = "sigmoid"
SEED_DEFAULT = 1


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "new", help="write a new network file (sizes given, or taken from a data set)",
        description="Write a new network with freshly drawn weights. SIZES lists every layer's size "
                    "(3,4,1); with --data it lists the hidden layers only (5,3, or 0 for none) and the "
                    "input size, the output size, the output activation and the loss come from the data: "
                    "2 classes → 1 sigmoid output + bce, more → softmax + cross_entropy, numbers → "
                    "identity + mse. The data settings are saved, so train and eval need no data options.")
    p.add_argument("sizes", metavar="SIZES", type=_sizes,
                   help="layer sizes, comma-separated: all layers (3,4,1), or the hidden ones with --data")
    p.add_argument("--out", required=True, metavar="FILE", help="where to write the network (required)")
    p.add_argument("--activation", choices=_hidden_activations(), metavar="ACT",
                   help=f"hidden layers' activation: {', '.join(_hidden_activations())} "
                        f"(default: {HIDDEN_DEFAULT})")
    p.add_argument("--output", choices=list(ACTIVATIONS), metavar="ACT",
                   help=f"output layer's activation (default: from the data with --data, else {OUTPUT_DEFAULT})")
    p.add_argument("--loss", choices=list(LOSSES), metavar="LOSS",
                   help=f"{', '.join(LOSSES)} (default: from the data with --data, else the one that suits "
                        "the output: bce after sigmoid, cross_entropy after softmax, else mse)")
    p.add_argument("--init", choices=list(INITIALIZERS), metavar="NAME",
                   help=f"weight initialiser: {', '.join(INITIALIZERS)} "
                        f"(default: {TrainingSettings.initializer}); saved as training.initializer")
    p.add_argument("--seed", type=int, metavar="N",
                   help=f"seed of the weights, saved as training.seed (and of the data's train/test split) "
                        f"(default: {SEED_DEFAULT})")
    p.add_argument("--no-bias", action="store_true",
                   help="layers without biases (\"use_bias\": false on every layer) (default: biases)")
    add_data_options(p, data_help="size the input and output layers for this data set: a built-in name "
                                  "or a CSV file (default: none, SIZES gives every layer)", from_file=False)
    p.add_argument("--json", action="store_true",
                   help="print one JSON object on stdout (default: a line on stderr)")


def _hidden_activations() -> list[str]:
    return [name for name in ACTIVATIONS if name != "softmax"]


def _sizes(text: str) -> list[int]:
    """``"5,3"`` → ``[5, 3]``; ``"0"`` means no layers (no hidden layer, with --data)."""
    if text.strip() == "0":
        return []
    try:
        return [positive_int(part.strip()) for part in text.split(",")]
    except CliError:
        raise CliError(f"SIZES: expected layer sizes ≥ 1 separated by commas (e.g. 3,4,1), got {text!r}") from None


def run(args) -> int:
    seed = SEED_DEFAULT if args.seed is None else args.seed
    init = args.init or TrainingSettings.initializer
    hidden_act = args.activation or HIDDEN_DEFAULT
    labels = None
    nf_dataset = None
    if args.data is not None:
        settings = resolve(args, None, seed)
        dataset = load(settings)
        default_act, default_loss = output_setup(dataset)
        out_act = args.output or default_act
        n_out = dataset.n_outputs
        if out_act == "softmax" and n_out == 1:
            n_out = 2  # two classes, one-hot over two softmax outputs
        sizes = [dataset.n_features, *args.sizes, n_out]
        loss = args.loss or (default_loss if args.output is None else _loss_for(out_act, dataset.task))
        outputs = output_names(dataset) if n_out == dataset.n_outputs else list(dataset.target_names)
        labels = [list(dataset.feature_names)] + [None] * len(args.sizes) + [outputs]
        nf_dataset = (settings, dataset)
    else:
        if _data_options_given(args):
            raise CliError("--target, --missing, --standardize and --test-fraction need --data")
        sizes = list(args.sizes)
        if len(sizes) < 2:
            raise CliError(f"SIZES: a network needs at least 2 layers (input and output), got {len(sizes)}; "
                           "with --data, SIZES lists the hidden layers only")
        out_act = args.output or OUTPUT_DEFAULT
        loss = args.loss or _loss_for(out_act, CLASSIFICATION)
    activations = [hidden_act] * (len(sizes) - 2) + [out_act]
    try:
        net = Network(sizes, activations, loss, init=init, seed=seed,
                      use_bias=[not args.no_bias] * (len(sizes) - 1))
    except ValueError as exc:
        raise CliError(str(exc)) from None
    from nnstudio.io import netfile

    nf = netfile.network_file_for(net, name=_name(args, sizes))
    nf.training = TrainingSettings(seed=seed, initializer=init)
    if labels is not None:
        nf.labels = labels
    if nf_dataset is not None:
        record(nf, *nf_dataset)
    netfile.save(nf, args.out)
    result = {"out": str(args.out), "sizes": sizes, "activations": activations, "loss": loss,
              "init": init, "seed": seed, "use_bias": not args.no_bias, "parameters": net.n_parameters}
    if args.json:
        print_json(result)
    else:
        progress(f"wrote {args.out}: {'-'.join(map(str, sizes))} ({', '.join(activations)}, loss {loss}, "
                 f"{result['parameters']} parameters)")
    return 0


def _loss_for(output_activation: str, task: str) -> str:
    """The loss that suits an output activation: bce after sigmoid (for classes), cross_entropy
    after softmax, mse otherwise."""
    if output_activation == "softmax":
        return "cross_entropy"
    if output_activation == "sigmoid" and task == CLASSIFICATION:
        return "bce"
    return "mse"


def _data_options_given(args) -> bool:
    return any(getattr(args, key) is not None for key in ("target", "missing", "standardize", "test_fraction"))


def _name(args, sizes: list[int]) -> str:
    shape = "-".join(map(str, sizes))
    return f"{shape} network" + (f" for {Path(args.data).name}" if args.data else "")

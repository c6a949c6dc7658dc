"""(Re)generate the example networks in this folder, deterministically.

    python resources/examples/make_examples.py            # write the .nnet files here
    python resources/examples/make_examples.py --out DIR  # write them elsewhere
    python resources/examples/make_examples.py --check    # also train each one and compare

Every example is a network file (format v1, DESIGN §3) with initial weights drawn by
``Network(sizes, activations, loss, seed=training.seed)`` — the same weights the loader would
draw for a file without weights — a ``dataset`` block, ``training`` settings that work, labels, a
layout (200 px between layers, 90 px between neurons, centred on y = 0; the app's own layout for
layers of more than 12 neurons), and a description that
states what training promises. The promise is also stored machine-readably in the extra top-level
key ``expected``: a list of ``{"on": "train" | "test", "metric": "accuracy" | "r2" | "loss", "at_least"
| "at_most": x}`` checks on the final epoch's metrics, and ``{"on": "weights", "layer": l, "near":
[[…]], "within": d}`` for weights that must end up near known values. ``tests/test_examples.py``
trains every example with its own settings and checks these promises.

``from_scratch_341`` and ``freecodecamp_341`` need three inputs, which no built-in data set has; their
data is the small CSV ``from_scratch_341.csv`` next to them (``dataset.path`` is relative to the network
file). Their starting weights are drawn like their tutorials' (uniform in [0, 1) for the first, the
freeCodeCamp tutorial's own seeded ``randn × 0.01`` for the second), not Xavier. ``mushrooms_mlp``
reads ``../data/mushrooms.csv`` (the UCI Mushroom data set, see ``resources/data/README.md``).

Examples that reproduce a tutorial name it in their description and say exactly what differs.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run from a checkout without installing

from nnstudio.document.layout import auto_layout  # noqa: E402
from nnstudio.engine.datasets import PLANE_COEFFICIENTS  # noqa: E402
from nnstudio.engine.network import Network  # noqa: E402
from nnstudio.io import netfile, training_block  # noqa: E402
from nnstudio.io.csv_import import import_csv  # noqa: E402
from nnstudio.io.export_common import encoded_feature_names  # noqa: E402

LAYER_GAP = 200.0
NEURON_GAP = 90.0
SMALL_LAYER = 12

FROM_SCRATCH_CSV = "from_scratch_341.csv"
FROM_SCRATCH_ROWS = [  # James Loy, "How to build your own Neural Network from scratch in Python" (2018)
    ("x1", "x2", "x3", "y"),
    (0, 0, 1, 0),
    (0, 1, 1, 1),
    (1, 0, 1, 1),
    (1, 1, 1, 0),
]


@dataclass
class Example:
    """What one example file holds besides its weights (drawn from ``training.seed``)."""

    file: str
    name: str
    description: str
    sizes: list[int]
    activations: list[str]
    loss: str
    dataset: dict
    training: dict
    labels: list
    expected: list[dict]
    encoding: dict | None = None
    extra: dict = field(default_factory=dict)
    use_bias: list | None = None  # one flag per weight layer (None: every layer has a bias)
    weights: list | None = None   # starting weights (None: drawn by Network(..., seed=training.seed))


def accuracy(at_least: float, on: str = "test") -> dict:
    return {"on": on, "metric": "accuracy", "at_least": at_least}


def built_in(name: str, samples: int = 200, noise: float = 0.1, test_fraction: float = 0.3, seed: int = 1,
             **more) -> dict:
    return {"name": name, "samples": samples, "noise": noise, "test_fraction": test_fraction, "seed": seed,
            **more}


def sgd(learning_rate: float, epochs: int, batch_size: int = 10, seed: int = 1, **more) -> dict:
    return {"optimizer": "sgd", "learning_rate": learning_rate, "batch_size": batch_size, "epochs": epochs,
            "seed": seed, **more}


def adam(learning_rate: float, epochs: int, batch_size: int = 10, seed: int = 1) -> dict:
    return {"optimizer": "adam", "learning_rate": learning_rate, "batch_size": batch_size, "epochs": epochs,
            "seed": seed}


def examples() -> list[Example]:
    """All examples, in the order a user meets the ideas."""
    a, b = PLANE_COEFFICIENTS
    return [
        Example(
            "linear_regression.nnet", "Linear regression with one neuron",
            "One neuron with no activation computes y = w1·x1 + w2·x2 + b: that is linear regression. "
            f"The data lie on the plane y = {a:g}·x1 − {-b:g}·x2 plus a little noise, and gradient descent "
            "on the half sum of squared errors walks the two weights to the plane's slopes. After 30 epochs "
            f"of SGD the weights sit within 0.05 of {a:g} and {b:g}, the bias near 0, and the test R² is "
            "at least 0.95. Watch the weights in the inspector as it trains.",
            [2, 1], ["identity"], "half_sse", built_in("plane"), sgd(0.1, 30),
            [["x1", "x2"], ["y"]],
            [{"on": "test", "metric": "r2", "at_least": 0.95},
             {"on": "weights", "layer": 1, "near": [[a, b]], "within": 0.05}]),
        Example(
            "logistic.nnet", "Logistic regression: one sigmoid neuron",
            "A single sigmoid neuron on two inputs is logistic regression: it outputs the probability of "
            "class 1 and separates the classes with one straight line, w1·x1 + w2·x2 + b = 0. The linear "
            "data set is split by the line x2 = x1/2, so one neuron is all it takes; trained with binary "
            "cross-entropy and SGD it reaches at least 95 % test accuracy in 50 epochs. Look at how the "
            "boundary line turns into place.",
            [2, 1], ["sigmoid"], "bce", built_in("linear"), sgd(0.5, 50),
            [["x1", "x2"], ["class 1"]], [accuracy(0.95)]),
        Example(
            "xor.nnet", "XOR with two hidden neurons",
            "XOR is the classic problem one neuron cannot solve: class 1 is where x1 and x2 have the same "
            "sign, and no single line separates that. Two hidden sigmoid neurons each draw a line, and the "
            "output neuron combines them into a band along one diagonal. That band cannot cover both "
            "quadrants perfectly, so this network tops out at about 90 %: with its seed it reaches at least "
            "90 % test accuracy in 300 epochs of SGD. Other seeds can get stuck near 75 % with both lines "
            "on the same side — try a few, then add a third hidden neuron and watch it do better.",
            [2, 2, 1], ["sigmoid", "sigmoid"], "bce", built_in("xor"), sgd(1.0, 300, seed=6),
            [["x1", "x2"], ["h1", "h2"], ["same sign"]], [accuracy(0.90)]),
        Example(
            "circle.nnet", "Circle: a ring around a disc",
            "The inner disc is class 1 and the ring around it class 0, so the boundary must be closed. "
            "Each of the four tanh hidden neurons draws one straight edge and the output neuron combines "
            "them into a rounded polygon around the disc. It reaches at least 95 % test accuracy in 200 "
            "epochs of SGD. With only two hidden neurons it cannot close the shape — try it.",
            [2, 4, 1], ["tanh", "sigmoid"], "bce", built_in("circle"), sgd(0.3, 200),
            [["x1", "x2"], ["inside"]], [accuracy(0.95)]),
        Example(
            "spiral.nnet", "Spiral: two hidden layers",
            "Two interleaved spirals need a boundary that winds around the centre. The first hidden layer "
            "draws lines, the second combines them into curved pieces, and the output glues those into a "
            "spiral: depth buys shapes that one layer of the same size cannot make. With Adam it reaches "
            "at least 95 % test accuracy in 200 epochs.",
            [2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "bce", built_in("spiral", samples=300),
            adam(0.03, 200), [["x1", "x2"], ["arm 2"]], [accuracy(0.95)]),
        Example(
            "blobs_softmax.nnet", "Three blobs: softmax classification",
            "Three classes need three outputs. A softmax layer turns the three scores into probabilities "
            "that add up to 1, and cross-entropy rewards a high probability for the right class. With no "
            "hidden layer the boundaries between classes are straight lines meeting in the middle. It "
            "reaches at least 95 % test accuracy in 50 epochs of SGD.",
            [2, 3], ["softmax"], "cross_entropy", built_in("blobs", samples=300, noise=0.2, classes=3),
            sgd(0.3, 50), [["x1", "x2"], ["blob 1", "blob 2", "blob 3"]], [accuracy(0.95)]),
        Example(
            "from_scratch_341.nnet", "A 3-4-1 network, from scratch",
            "The network of James Loy's tutorial \"How to build your own Neural Network from scratch in "
            "Python\" (2018), exactly: three inputs, four sigmoid hidden neurons, one sigmoid output and no "
            "biases at all (both layers have use_bias off, as the tutorial leaves them out). Its loss is "
            "the sum of squared errors over the four rows, sse = Σ (y − ŷ)², and its update w += d_w, "
            "with d_w = 2(y − ŷ)·ŷ(1 − ŷ) carried back by the chain rule, is plain gradient descent on sse "
            "with a learning rate of 1 on the full batch of its 4 rows: one epoch here is one pass of its "
            "loop. The target is x1 XOR x2; the third input is always 1, which acts as a bias for the "
            "hidden neurons only. What differs: the starting weights, drawn uniformly in [0, 1) like the "
            "tutorial's np.random.rand but with this file's seed (Reset draws Xavier weights instead). "
            "From the same starting weights, its NumPy loop and this network agree to 1e-9 after its "
            "1500 iterations. The data live in from_scratch_341.csv next to this file. After 1500 epochs "
            "it classifies all 4 rows, 100 % accuracy, with a loss of at most 0.005.",
            **on_the_four_rows("sse", sgd(1.0, 1500, batch_size=4)), use_bias=[False, False],
            weights=uniform_weights([3, 4, 1], 1)),
        Example(
            "freecodecamp_341.nnet", "freeCodeCamp's network from scratch, its bugs fixed",
            "The network of Aditya Dehal's freeCodeCamp tutorial \"How to build a Neural Network from "
            "scratch\" (2019): sigmoid neurons in every layer, with biases, the mean binary cross-entropy as "
            "its cost_function and plain gradient descent on the whole batch; the 3-4-1 size of its diagram. "
            "Its starting weights are its own init_params(layer_dims): np.random.seed(3), W = randn × 0.01, "
            "b = 0. Its code does not run as printed; four bugs, fixed here: (1) cost_function calls log(1 − "
            "A) without np.; (2) one_layer_backward uses sigmoid(Z)·(1 − sigmoid(Z)), but sigmoid returns a "
            "pair (A, cache), so it must take sigmoid(Z)[0]; (3) backprop stores the output layer's "
            "gradients as dW(L−1) and db(L−1), one layer too low, where the layer below then overwrites "
            "them: the output layer's gradients are lost and update_parameters finds no dW(L) — they are "
            "dW(L) and db(L); (4) update_parameters reads grads['W…'] and grads['b…'] where backprop wrote "
            "grads['dW…'] and grads['db…']. What differs: the tutorial gives no data, learning rate or "
            "number of epochs; this file trains on the four rows of from_scratch_341.csv (x1 XOR x2, x3 "
            "always 1) with η = 5 for 1000 epochs. Its tiny starting weights make the four hidden neurons "
            "almost alike: the loss sits on a plateau at ln 2 ≈ 0.693 for about 200 epochs before it drops "
            "(with η = 4 or less it stays there for more than 10,000 epochs — try it). From the same "
            "starting weights, the tutorial's corrected code and this network agree to 1e-9 after 1000 "
            "epochs. After 1000 epochs it classifies all 4 rows, 100 % accuracy, with a loss of at most "
            "0.005.",
            **on_the_four_rows("bce", sgd(5.0, 1000, batch_size=4)), weights=freecodecamp_weights([3, 4, 1])),
        Example(
            "mlp_bce.nnet", "A small MLP: ReLU, ReLU, sigmoid",
            "A multi-layer perceptron 2 → 5 → 3 → 1 with ReLU hidden layers and a sigmoid output, trained "
            "with binary cross-entropy and plain SGD on the two moons. ReLU neurons are either off or "
            "linear, so the boundary is made of straight pieces; with its seed it reaches at least 95 % "
            "test accuracy in 300 epochs. Watch for dead ReLUs — neurons whose input stays negative stop "
            "learning.",
            [2, 5, 3, 1], ["relu", "relu", "sigmoid"], "bce", built_in("moons"), sgd(0.1, 300, seed=2),
            [["x1", "x2"], ["lower moon"]], [accuracy(0.95)]),
        Example(
            "sine_regression.nnet", "Sine regression",
            "Regression with a curve: eight tanh hidden neurons each contribute one smooth step, and the "
            "linear output neuron adds them up into a sine wave over [−π, π]. Trained with mean squared "
            "error and Adam it reaches a test R² of at least 0.95 in 200 epochs. Fewer hidden neurons give "
            "a cruder curve; try two.",
            [1, 8, 1], ["tanh", "identity"], "mse", built_in("sine"), adam(0.03, 200),
            [["x"], ["sin x"]], [{"on": "test", "metric": "r2", "at_least": 0.95}]),
        mushrooms_example(),
        Example(
            "overfit_me.nnet", "Overfit me: few points, a big network, noise",
            "A network made to overfit, to see what overfitting looks like: only 40 points of the circle "
            "data set with a lot of noise (0.25), half of them held out for testing, and a 2-24-24-1 tanh "
            "network with 697 parameters, trained with Adam. The training loss falls to almost nothing and "
            "the training accuracy reaches 100 %: with its 20 training points it learns the noise by heart, "
            "and its boundary curls around single points. Meanwhile the test loss, after its best value "
            "in the first hundred epochs, climbs back to at least 1 after 1500 epochs: the gap between the "
            "two curves is the overfitting (the Training panel shows it, and marks the best test epoch on "
            "the loss plot). Then try the cures: early stopping (patience, which brings back the best "
            "weights), L2 regularisation, dropout or dropconnect, a smaller network, or more samples.",
            [2, 24, 24, 1], ["tanh", "tanh", "sigmoid"], "bce",
            built_in("circle", samples=40, noise=0.25, test_fraction=0.5), adam(0.01, 1500),
            [["x1", "x2"], ["inside"]],
            [accuracy(1.0, on="train"), {"on": "test", "metric": "loss", "at_least": 1.0}]),
    ]


MUSHROOMS_CSV = "../data/mushrooms.csv"


def mushrooms_example() -> Example:
    """The PyTorch practical's MLP n-5-3-1 on the UCI Mushroom data (n = the one-hot width)."""
    dataset = {"name": "csv", "path": MUSHROOMS_CSV, "target": "class", "test_fraction": 0.2, "seed": 1}
    data, summary = import_csv(HERE / MUSHROOMS_CSV, target="class", test_fraction=0.2, seed=1)
    n = data.X_train.shape[1]
    return Example(
        "mushrooms_mlp.nnet", f"Mushrooms: the PyTorch practical's {n}-5-3-1 MLP",
        f"The multi-layer perceptron of the PyTorch practical on the UCI Mushroom data set: the 22 "
        f"categorical features one-hot encoded into {n} inputs, two hidden ReLU layers of 5 and 3 "
        f"neurons, one sigmoid output for P(poisonous), binary cross-entropy and plain SGD — the "
        f"practical's n-5-3-1 network with n = {n}. What differs: the CSV import drops the "
        f"{summary.rows_dropped} rows whose stalk-root is missing ('?') and keeps {summary.rows_used}, of "
        f"which 20 % are held out for testing; the learning rate (0.1), the batch size (32) and the seed "
        f"are this file's choices; the practical's sigmoid followed by torch.nn.BCELoss is computed here "
        f"exactly from the logits (the same loss except at saturation, where BCELoss clamps its "
        f"logarithm). It reaches at least 99 % test accuracy in 10 "
        f"epochs, in about a second. The data live in ../data/mushrooms.csv (see its README for the "
        f"source and licence).",
        [n, 5, 3, 1], ["relu", "relu", "sigmoid"], "bce", dataset, sgd(0.1, 10, batch_size=32),
        [encoded_feature_names(data.encoding), ["P(class=p)"]], [accuracy(0.99)], encoding=data.encoding)


def uniform_weights(sizes: list[int], seed: int) -> list:
    """Starting weights uniform in [0, 1), layer by layer (the from-scratch tutorials'
    ``np.random.rand(n_in, n_out)``, transposed to our ``(out, in)``)."""
    rng = np.random.default_rng(seed)
    return [rng.random((sizes[l - 1], sizes[l])).T for l in range(1, len(sizes))]


def on_the_four_rows(loss: str, training: dict) -> dict:
    """The parts of a from-scratch tutorial's 3-4-1 sigmoid network trained on ``from_scratch_341.csv``
    (the four rows, all for training) that promises to classify them all with a loss of at most 0.005."""
    return {"sizes": [3, 4, 1], "activations": ["sigmoid", "sigmoid"], "loss": loss, "training": training,
            "dataset": {"name": "csv", "path": FROM_SCRATCH_CSV, "target": "y", "test_fraction": 0.0, "seed": 1},
            "labels": [["x1", "x2", "x3"], ["y"]], "encoding": from_scratch_encoding(),
            "expected": [accuracy(1.0, on="train"), {"on": "train", "metric": "loss", "at_most": 0.005}]}


def freecodecamp_weights(sizes: list[int]) -> list:
    """The freeCodeCamp tutorial's ``init_params``: NumPy's legacy generator seeded with 3, then
    ``randn(n_out, n_in) × 0.01`` layer by layer, already in our ``(out, in)`` order (biases 0)."""
    rng = np.random.RandomState(3)
    return [rng.randn(sizes[l], sizes[l - 1]) * 0.01 for l in range(1, len(sizes))]


def from_scratch_encoding() -> dict:
    """The input encoding the CSV import records for ``from_scratch_341.csv`` (used as given)."""
    names = list(FROM_SCRATCH_ROWS[0])
    return {
        "format": "nnstudio-csv-encoding", "version": 1, "columns": names,
        "features": [{"column": n, "kind": "numeric", "mean": 0.0, "std": 1.0, "fill": None} for n in names[:3]],
        "target": {"columns": ["y"], "task": "classification", "kind": "numeric", "classes": ["0", "1"]},
        "missing": "drop", "standardize": False,
    }


def layout(sizes: list[int]) -> list:
    """Columns ``LAYER_GAP`` apart, neurons ``NEURON_GAP`` apart, each column centred on y = 0; a network
    with a layer of more than ``SMALL_LAYER`` neurons gets the app's own layout (tighter rows, wider
    columns), or its columns are too tall for the screen and the canvas squashes them together."""
    if max(sizes) > SMALL_LAYER:
        return auto_layout(sizes)
    return [[[l * LAYER_GAP, (j - (n - 1) / 2) * NEURON_GAP] for j in range(n)] for l, n in enumerate(sizes)]


def network_file(ex: Example) -> netfile.NetworkFile:
    settings, _ = training_block.read(ex.training)
    net = Network(ex.sizes, ex.activations, ex.loss, seed=settings.seed, weights=ex.weights,
                  use_bias=ex.use_bias)
    labels = ex.labels if len(ex.labels) == len(ex.sizes) else [ex.labels[0]] + [None] * (
        len(ex.sizes) - 2) + [ex.labels[-1]]
    return netfile.network_file_for(
        net, name=ex.name, description=ex.description, labels=labels, training=settings,
        dataset=dict(ex.dataset), layout=layout(ex.sizes), history={}, encoding=ex.encoding,
        extra={"expected": ex.expected, **ex.extra})


def write_all(folder: Path) -> list[Path]:
    """Write every example (and the from-scratch CSV) into ``folder``; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    csv = folder / FROM_SCRATCH_CSV
    csv.write_text("".join(",".join(map(str, row)) + "\n" for row in FROM_SCRATCH_ROWS), encoding="utf-8")
    paths = [csv]
    for ex in examples():
        path = folder / ex.file
        path.write_text(netfile.dumps(network_file(ex)), encoding="utf-8")  # no .bak, unlike save()
        paths.append(path)
    return paths


def check(folder: Path) -> bool:
    """Train every example in ``folder`` and print what it reached against what it promises."""
    sys.path.insert(0, str(HERE.parents[1] / "tests"))
    from test_examples import train_example, unmet_promises

    ok = True
    for path in sorted(folder.glob("*.nnet")):
        nf, progress = train_example(path)
        failures = unmet_promises(nf, progress)
        ok &= not failures
        reached = {k: round(v, 4) for k, v in {**progress.metrics, "loss": progress.train_loss}.items()
                   if isinstance(v, float)}
        test = {k: round(v, 4) for k, v in progress.test_metrics.items() if isinstance(v, float)}
        print(f"{path.name:24} {'ok  ' if not failures else 'FAIL'} train {reached} test {test}")
        for failure in failures:
            print(f"    {failure}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into (default: here)")
    parser.add_argument("--check", action="store_true", help="train every example and check its promise")
    args = parser.parse_args(argv)
    for path in write_all(args.out):
        print(f"wrote {path}")
    return 0 if not args.check or check(args.out) else 1


if __name__ == "__main__":
    sys.exit(main())

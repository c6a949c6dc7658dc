"""The catalogue of named actions and state values a lesson may use (Qt-free).

A lesson file never names code: it names an *action* the app performs for "Show me"
(``lab.open_function``) or a *state value* a check reads (``training.test_accuracy``). Each is
declared here once, with its arguments; the panels implement them by registering the same names on
the window's ``host.hooks``, and a test checks that every declared name is implemented. So
``nnstudio lessons check`` can validate a lesson without Qt, and renaming an action breaks a test,
not a classroom.

Layers and neurons are counted as on the canvas: layer 0 is the input layer, layer 1 the first
hidden layer; neurons are numbered from 1 (h1, h2, …).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from nnstudio.engine.activations import ACTIVATIONS
from nnstudio.engine.training import TrainingSettings

CONCEPTS: tuple[str, ...] = (
    "neuron", "activation-functions", "softmax", "forward-pass-matrix", "loss-functions", "chain-rule",
    "backpropagation", "gradient-descent", "learning-rate", "batch-and-epochs", "overfitting",
    "regularization-l1-l2", "dropout-dropconnect", "numpy-from-scratch", "pytorch-mlp",
    "classification-mushrooms", "regression-housing",
)
"""The concepts of the curriculum; a lesson lists the ones it covers."""

LANGUAGES: tuple[str, ...] = ("en", "fr")
"""Every text of a lesson is written in each of these languages."""

CONTROLS: tuple[str, ...] = (
    "canvas", "training.play", "training.reset", "training.learning_rate", "training.batch_size",
    "training.regularization", "training.dropout", "training.data", "training.loss_plot",
    "training.output_plot", "stepper.next", "stepper.explanation", "lab.function", "lab.eta", "lab.plot",
)
"""Controls a lesson may highlight or hide (``ui.highlight``, ``ui.hide``); each panel names its widgets so."""

def _setting_kinds() -> dict[str, str]:
    """Every field of the typed training settings, with the kind of its value (read from its default)."""
    kinds = {}
    for f in fields(TrainingSettings):
        default = f.default
        kinds[f.name] = ("bool" if isinstance(default, bool) else "integer" if isinstance(default, int)
                         else "number" if isinstance(default, float) else "text")
    return kinds


SETTINGS: dict[str, str] = _setting_kinds()
"""Training settings ``training.set`` may change (every field of ``TrainingSettings``), with the kind of
their value; a value is checked by the settings' own validation (ranges and choices)."""

STEPPER_STEPS: tuple[str, ...] = ("forward", "loss", "backward", "update")
STEPPER_QUANTITIES: tuple[str, ...] = ("z", "a", "delta", "grad_weight", "grad_bias", "new_weight", "new_bias",
                                       "loss")

CHOICES: dict[str, tuple[str, ...]] = {
    "activation": tuple(name for name in ACTIVATIONS if name != "softmax"),
    "setting": tuple(SETTINGS),
    "stepper_step": STEPPER_STEPS,
    "quantity": STEPPER_QUANTITIES,
    "control": CONTROLS,
}
"""Kinds whose values are one of a fixed list of words."""

VALUE_KINDS = ("number", "integer", "bool", "text", "integers", "any")
"""What a state value reads as: a number, a whole number, true/false, a word, a list of whole numbers."""


@dataclass(frozen=True)
class Arg:
    """One argument of an action or a state value.

    ``kind``: ``number`` | ``integer`` | ``text`` | ``integers`` (a list of whole numbers ≥ 1) |
    ``example`` (an example network's name, or a ``.nnet`` path relative to the lesson) |
    ``dataset`` (a built-in data set's name, or a CSV file in ``resources/data/`` or relative to the
    lesson) | ``expression`` (a formula in x, y for the Lab) | ``controls`` (a list of controls) |
    ``setting_value`` (checked against the ``field`` argument) | one of ``CHOICES``.
    """

    name: str
    kind: str
    required: bool = True
    help: str = ""


@dataclass(frozen=True)
class Entry:
    """A named action or state value: its arguments, what it does, and (states) the kind of its value."""

    name: str
    help: str
    args: tuple[Arg, ...] = ()
    value: str = ""

    def arg(self, name: str) -> Arg | None:
        return next((a for a in self.args if a.name == name), None)


def _entries(*entries: Entry) -> dict[str, Entry]:
    return {entry.name: entry for entry in entries}


ACTIONS: dict[str, Entry] = _entries(
    Entry("app.open_example", "open an example network (as File ▸ New from template)",
          (Arg("name", "example", help="example name, e.g. xor, or a .nnet path relative to the lesson"),)),
    Entry("training.set", "set one training setting (one undoable edit)",
          (Arg("field", "setting"), Arg("value", "setting_value"))),
    Entry("training.set_data", "choose the data set: a built-in one or a CSV file",
          (Arg("name", "dataset"), Arg("samples", "integer", False), Arg("noise", "number", False),
           Arg("target", "text", False, "the CSV column to predict"))),
    Entry("training.play", "start training (it runs until paused)"),
    Entry("training.train_epochs", "set Epochs and press Play: training pauses when the epoch counter reaches it",
          (Arg("epochs", "integer"),)),
    Entry("training.pause", "pause training"),
    Entry("training.reset", "draw fresh weights and clear the history"),
    Entry("network.set_hidden", "give the network these hidden layer sizes",
          (Arg("sizes", "integers", help="e.g. [8, 8]"),)),
    Entry("network.set_activation", "use this activation in every hidden layer",
          (Arg("name", "activation"),)),
    Entry("lab.open_function", "open the Lab on a function of x from x₀ with η, showing only the start point",
          (Arg("expr", "expression"), Arg("x0", "number"), Arg("eta", "number"))),
    Entry("lab.set_eta", "set the Lab's learning rate η", (Arg("eta", "number"),)),
    Entry("stepper.start", "open the step-through on the first step of this kind (for this layer)",
          (Arg("step", "stepper_step"), Arg("layer", "integer", False, "1 = first hidden layer"))),
    Entry("ui.highlight", "draw attention to a control", (Arg("control", "control"),)),
    Entry("ui.hide", "hide controls for a classroom (until the lesson ends)", (Arg("controls", "controls"),)),
    Entry("ui.show_all", "show the controls hidden by ui.hide again"),
)
"""Actions a step's "Show me" may perform, in the order they are listed in the step."""

STATES: dict[str, Entry] = _entries(
    Entry("training.epoch", "epochs trained so far", value="integer"),
    Entry("training.running", "whether training is running", value="bool"),
    Entry("training.loss", "the loss on the training set", value="number"),
    Entry("training.test_loss", "the loss on the test set", value="number"),
    Entry("training.gap", "test loss − training loss (the generalisation gap)", value="number"),
    Entry("training.train_accuracy", "the accuracy on the training set (classification)", value="number"),
    Entry("training.test_accuracy", "the accuracy on the test set (classification)", value="number"),
    Entry("training.test_r2", "R² on the test set (regression)", value="number"),
    Entry("training.diverged", "whether the loss diverged (non-finite or far above its start)", value="bool"),
    Entry("training.setting", "the value of one training setting", (Arg("field", "setting"),), value="any"),
    Entry("training.data", "the data set's name (a built-in name or the CSV file's name)", value="text"),
    Entry("training.updates_per_epoch", "weight updates in one epoch: ⌈training samples / batch size⌉",
          value="integer"),
    Entry("network.hidden_sizes", "the sizes of the hidden layers", value="integers"),
    Entry("network.parameters", "the number of weights and biases", value="integer"),
    Entry("network.widest_hidden", "the largest hidden layer's size (0 without one)", value="integer"),
    Entry("network.hidden_activation", "the activation of the first hidden layer", value="text"),
    Entry("network.output_activation", "the activation of the output layer", value="text"),
    Entry("network.loss", "the network's loss function", value="text"),
    Entry("stepper.active", "whether the step-through is open", value="bool"),
    Entry("stepper.step", "the kind of the step shown: forward, loss, backward or update", value="text"),
    Entry("stepper.value", "a number of the traced sample, as the engine computes it",
          (Arg("quantity", "quantity"), Arg("layer", "integer", False, "1 = first hidden layer"),
           Arg("neuron", "integer", False, "from 1"), Arg("source", "integer", False,
                                                           "for a weight: the neuron of the previous layer, from 1")),
          value="number"),
    Entry("lab.open", "whether the Lab window is open", value="bool"),
    Entry("lab.eta", "the Lab's learning rate η", value="number"),
    Entry("lab.steps_shown", "how many steps of the descent the Lab shows so far", value="integer"),
    Entry("lab.x0", "the Lab's start point x₀", value="number"),
    Entry("lab.iterate", "x_k: the point after k steps of gradient descent, as the engine computes it",
          (Arg("k", "integer"),), value="number"),
    Entry("lab.diverged", "whether the Lab's descent diverged: f ended above its start value, or the point left "
          "the plot's box", value="bool"),
    Entry("lab.overshoots", "whether a step jumps past the minimum (the derivative changes sign)", value="bool"),
)
"""State values a check may read."""

"""Mini-batch training: a ``Trainer`` that steps batch by batch, and ``train`` as a generator.

One step: forward on a mini-batch (with dropout and dropconnect masks drawn for this step when
they are on), backward, add the regulariser's gradient to the weights' gradient (L2: λ·W, the
gradient of the penalty ½λΣW² — a tutorial writing λΣW² has λ_ours = 2·λ_tutorial; L1:
λ·sign(W); biases are not regularised), then the optimiser's update.
Early stopping (``patience`` > 0, with a test set): the best test loss and its parameters are
kept; when ``patience`` epochs pass without a better one, the best parameters come back and the
run ends (status ``done``, ``Trainer.stopped_early`` True).
Every epoch reshuffles the training set with the trainer's own seeded Generator. A loss or
parameter that becomes NaN or infinite ends the run with status ``diverged`` (no exception).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace

import numpy as np

from . import metrics
from .initializers import INITIALIZERS
from .network import Network
from .optimizers import OPTIMIZER_NAMES, make_optimizer

RUNNING, DONE, DIVERGED, STOPPED = "running", "done", "diverged", "stopped"
REGULARIZATIONS = ("none", "l1", "l2")


def setting(default, *, restart: bool = False, minimum: float | None = None, below: float | None = None,
            choices: tuple | None = None):
    """One field of ``TrainingSettings``: its default, whether changing it needs a new trainer (a
    fresh optimiser state: ``restart``) rather than applying live, and its valid range
    (``minimum`` ≤ v, v < ``below``) or ``choices``."""
    return field(default=default, metadata={"restart": restart, "minimum": minimum, "below": below,
                                            "choices": choices})


@dataclass(frozen=True)
class TrainingSettings:
    """Every training hyper-parameter: the file's ``training`` block (DESIGN §3), held by the
    document and handed unchanged to trainers, engine processes, sweeps and the CLI.

    Frozen: one value is shared by the document, its undo commands and the trainers (in threads
    and processes); a change is a new value (``dataclasses.replace``) that travels whole, so no
    copy can drift. Adding a field is one line here; the file's (de)serialiser reads the fields.
    Fields marked ``restart`` need a new trainer when they change; the others apply live.
    """

    optimizer: str = setting("sgd", restart=True)
    learning_rate: float = setting(0.1, minimum=0.0)
    momentum: float = setting(0.0, restart=True, minimum=0.0, below=1.0)
    nesterov: bool = setting(False, restart=True)
    beta1: float = setting(0.9, restart=True)
    beta2: float = setting(0.999, restart=True)
    alpha: float = setting(0.99, restart=True)
    batch_size: int = setting(10, restart=True, minimum=1)
    epochs: int = setting(200, minimum=0)
    regularization: str = setting("none", choices=REGULARIZATIONS)
    regularization_rate: float = setting(0.0, minimum=0.0)
    dropout: float = setting(0.0, minimum=0.0, below=1.0)
    dropconnect: float = setting(0.0, minimum=0.0, below=1.0)  # P(drop each weight) per step (Wan et al.)
    patience: int = setting(0, minimum=0)  # early stopping: epochs without a better test loss (0 = off)
    seed: int = setting(1, restart=True)
    initializer: str = setting("xavier_uniform", choices=tuple(INITIALIZERS))  # what Reset draws with

    def restart_key(self) -> tuple:
        """The values of the fields whose change needs a new trainer (see ``setting``)."""
        return tuple(getattr(self, f.name) for f in fields(self) if f.metadata["restart"])

    def given(self, **values) -> TrainingSettings:
        """A copy with the values that are not None (e.g. command-line overrides); unknown
        names raise TypeError."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})

    def validate(self) -> None:
        """Raise ValueError naming the first setting that is out of range."""
        for f in fields(self):
            value, meta = getattr(self, f.name), f.metadata
            low, below, choices = meta["minimum"], meta["below"], meta["choices"]
            if choices is not None and value not in choices:
                raise ValueError(f"{f.name} must be one of {', '.join(choices)}, got {value!r}")
            if low is None:
                continue
            if not (math.isfinite(value) and value >= low and (below is None or value < below)):
                whole = isinstance(f.default, int)
                span = (f"in [{low:g}, {below:g})" if below is not None
                        else f"≥ {low:g}" if whole else f"a finite number ≥ {low:g}")
                raise ValueError(f"{f.name} must be {span}, got {value}")
        if self.optimizer not in OPTIMIZER_NAMES:
            raise ValueError(f"unknown optimizer {self.optimizer!r} (known: {', '.join(OPTIMIZER_NAMES)})")


@dataclass(frozen=True)
class Progress:
    """What one epoch (or one manual step) reports: frozen numbers, no live arrays."""

    epoch: int
    step: int
    train_loss: float
    test_loss: float | None
    penalty: float = 0.0
    metrics: dict = field(default_factory=dict)
    test_metrics: dict = field(default_factory=dict)
    status: str = RUNNING


@dataclass
class TrainData:
    """Network-ready arrays: targets already shaped for the output layer."""

    X_train: np.ndarray
    Y_train: np.ndarray
    X_test: np.ndarray | None = None
    Y_test: np.ndarray | None = None
    task: str = "classification"

    @classmethod
    def from_dataset(cls, dataset, n_outputs: int) -> TrainData:
        test = len(dataset.X_test) > 0
        return cls(dataset.X_train, dataset.targets(dataset.y_train, n_outputs),
                   dataset.X_test if test else None,
                   dataset.targets(dataset.y_test, n_outputs) if test else None, dataset.task)


class Trainer:
    """Trains ``network`` in place, one mini-batch at a time, with preallocated buffers."""

    def __init__(self, network: Network, data: TrainData, settings: TrainingSettings):
        settings.validate()
        self.net = network
        self.settings = settings
        dt = network.dtype
        self.X = np.ascontiguousarray(data.X_train, dtype=dt)
        self.Y = np.ascontiguousarray(np.asarray(data.Y_train, dtype=dt).reshape(len(self.X), -1))
        if self.X.ndim != 2 or self.X.shape[1] != network.n_inputs:
            raise ValueError(f"the data has {self.X.shape[1] if self.X.ndim == 2 else '?'} input column(s) "
                             f"but the network has {network.n_inputs} input neuron(s)")
        if self.Y.shape[1] != network.n_outputs:
            raise ValueError(f"the data has {self.Y.shape[1]} target column(s) but the network has "
                             f"{network.n_outputs} output neuron(s)")
        if len(self.X) == 0:
            raise ValueError("the training set is empty")
        no_test = data.X_test is None or len(data.X_test) == 0
        self.X_test = None if no_test else np.asarray(data.X_test, dtype=dt)
        self.Y_test = None if self.X_test is None else np.asarray(data.Y_test, dtype=dt).reshape(
            len(self.X_test), -1)
        self.task = data.task
        self.rng = np.random.default_rng(settings.seed)
        self.optimizer = make_optimizer(settings.optimizer, settings.learning_rate, settings.momentum,
                                        settings.nesterov, settings.beta1, settings.beta2, settings.alpha)
        self.epoch = 0
        self.step = 0
        self.status = RUNNING
        self._workspaces: dict[int, object] = {}
        self._grad_mask = network.gradient_mask()
        self._reg_weights = network.weight_indicator()
        self._reg_tmp = np.empty_like(network.params)
        self._order = None
        self._cursor = 0
        self._X_shuffled = self._Y_shuffled = None
        self.best_test_loss = math.inf
        self.best_epoch: int | None = None
        self.best_params: np.ndarray | None = None
        self.stopped_early = False

    # -- settings that change while training -----------------------------------------------------
    def apply(self, settings: TrainingSettings) -> None:
        """Train on with ``settings`` from the next batch on (the one path for live changes).
        Raises ValueError when they are invalid or change a ``restart`` field (a new trainer is
        needed then: the optimiser state and batch order depend on those)."""
        settings.validate()
        if settings.restart_key() != self.settings.restart_key():
            raise ValueError("the optimiser, its parameters, the batch size or the seed changed: "
                             "a new trainer is needed")
        self.settings = settings
        self.optimizer.learning_rate = float(settings.learning_rate)

    # -- stepping ---------------------------------------------------------------------------------
    def _workspace(self, n: int):
        ws = self._workspaces.get(n)
        if ws is None:
            ws = self._workspaces[n] = self.net.workspace(n)
        return ws

    def _next_batch(self):
        """The next mini-batch as row slices of a per-epoch shuffled copy of the data (no
        per-batch gather); a new seeded permutation starts each epoch."""
        n = len(self.X)
        if self._order is None or self._cursor >= n:
            self._order = self.rng.permutation(n)
            self._cursor = 0
            if self._X_shuffled is None:
                self._X_shuffled, self._Y_shuffled = np.empty_like(self.X), np.empty_like(self.Y)
            np.take(self.X, self._order, axis=0, out=self._X_shuffled)
            np.take(self.Y, self._order, axis=0, out=self._Y_shuffled)
        start = self._cursor
        stop = min(start + int(self.settings.batch_size), n)
        self._cursor = stop
        return self._workspace(stop - start), self._X_shuffled[start:stop], self._Y_shuffled[start:stop]

    def train_batch(self) -> bool:
        """One mini-batch update. Returns True when it completed an epoch."""
        ws, xb, yb = self._next_batch()
        self.apply_step(ws, xb, yb)
        self.step += 1
        if self._cursor >= len(self.X):
            self.epoch += 1
            return True
        return False

    def apply_step(self, ws, xb, yb) -> None:
        """Forward, backward, regulariser gradient, optimiser update on one batch."""
        s = self.settings
        ws.set_dropout(s.dropout, self.rng if s.dropout > 0 else None)
        ws.set_dropconnect(s.dropconnect, self.rng if s.dropconnect > 0 else None)
        with np.errstate(over="ignore", under="ignore", invalid="ignore", divide="ignore"):
            ws.forward_unchecked(xb)
            grads = ws.backward_unchecked(yb)
            if s.regularization != "none" and s.regularization_rate > 0:
                self._add_regularization(grads)
            self.optimizer.step(self.net.params, grads)

    def _add_regularization(self, grads: np.ndarray) -> None:
        """L2: g += λ·W;  L1: g += λ·sign(W)  (weights only, masked ones excluded)."""
        s = self.settings
        if s.regularization == "l2":
            np.multiply(self.net.params, self._reg_weights, out=self._reg_tmp)
        else:
            np.sign(self.net.params, out=self._reg_tmp)
            self._reg_tmp *= self._reg_weights
        self._reg_tmp *= s.regularization_rate
        grads += self._reg_tmp

    def train_steps(self, count: int) -> int:
        """Up to ``count`` mini-batch updates, stopping at the end of an epoch; returns how many."""
        for done in range(1, count + 1):
            if self.train_batch():
                return done
        return count

    def train_epoch(self) -> None:
        """Batches until the current epoch ends."""
        while not self.train_batch():
            pass

    # -- reporting --------------------------------------------------------------------------------
    def penalty(self) -> float:
        """The regulariser's share of the loss: L2 ½λΣW², L1 λΣ|W| (weights only)."""
        s = self.settings
        if s.regularization == "none" or s.regularization_rate == 0:
            return 0.0
        w = self.net.params * self._reg_weights
        if s.regularization == "l2":
            return float(0.5 * s.regularization_rate * np.dot(w, w))
        return float(s.regularization_rate * np.abs(w).sum())

    def evaluate(self) -> Progress:
        """Loss and metrics on the whole training and test sets (no dropout)."""
        train_loss, train_metrics = self._loss_and_metrics(self.X, self.Y)
        test_loss, test_metrics = (None, {})
        if self.X_test is not None:
            test_loss, test_metrics = self._loss_and_metrics(self.X_test, self.Y_test)
        finite = math.isfinite(train_loss) and bool(np.isfinite(self.net.params).all())
        if not finite:
            self.status = DIVERGED
        return Progress(self.epoch, self.step, train_loss, test_loss, self.penalty() if finite else math.nan,
                        train_metrics, test_metrics, self.status)

    # -- early stopping ---------------------------------------------------------------------------
    def note_progress(self, progress: Progress) -> bool:
        """Record an evaluation for early stopping; True when the run should stop now: ``patience``
        > 0, a test loss, and ``patience`` epochs since the best one. A strictly lower test loss
        becomes the best (its parameters copied)."""
        loss = progress.test_loss
        if loss is None or not math.isfinite(loss):
            return False
        if loss < self.best_test_loss:
            self.best_test_loss, self.best_epoch = loss, progress.epoch
            if self.best_params is None:
                self.best_params = self.net.params.copy()
            else:
                np.copyto(self.best_params, self.net.params)
            return False
        patience = int(self.settings.patience)
        return patience > 0 and self.best_epoch is not None and progress.epoch - self.best_epoch >= patience

    def restore_best(self) -> None:
        """Put the parameters of the best test loss back (early stopping ends the run)."""
        if self.best_params is not None:
            np.copyto(self.net.params, self.best_params)
        self.stopped_early = True
        self.status = DONE

    def _loss_and_metrics(self, X, Y):
        ws = self._workspace_eval(len(X))
        out = ws.forward(X)
        loss = ws.loss_value(Y)
        if not math.isfinite(loss) or not np.isfinite(out).all():
            return math.nan if not math.isfinite(loss) else loss, {}
        return loss, network_metrics(out, Y, self.task)

    def _workspace_eval(self, n):
        key = ("eval", n)
        ws = self._workspaces.get(key)
        if ws is None:
            ws = self._workspaces[key] = self.net.workspace(n)
        return ws

    def run(self, epochs: int | None = None) -> Iterator[Progress]:
        """Train for ``epochs`` (default: the settings'), yielding a Progress after each epoch; the
        last has status ``done``, or ``diverged`` as soon as the loss or a parameter is not finite.
        Early stopping (see the module docstring) ends it with the best parameters restored and a
        last Progress of them (its ``epoch`` is the epoch training stopped at)."""
        total = int(self.settings.epochs if epochs is None else epochs)
        for i in range(total):
            self.train_epoch()
            if i == total - 1:
                self.status = DONE
            progress = self.evaluate()
            if progress.status != DIVERGED and self.note_progress(progress):
                self.restore_best()
                yield self.evaluate()
                return
            yield progress
            if progress.status == DIVERGED:
                return
        if total == 0:
            self.status = DONE
            yield self.evaluate()


def train(network: Network, data: TrainData, settings: TrainingSettings,
          epochs: int | None = None) -> Iterator[Progress]:
    """Train ``network`` in place; a generator of per-epoch Progress (the last one has status
    ``done`` or ``diverged``)."""
    yield from Trainer(network, data, settings).run(epochs)


def network_metrics(outputs: np.ndarray, Y: np.ndarray, task: str) -> dict:
    """Metrics of network outputs against network-shaped targets (0/1 column or one-hot rows
    for classification)."""
    if task == "classification":
        labels = (Y[:, 0] >= 0.5).astype(np.int64) if Y.shape[1] == 1 else Y.argmax(axis=1)
        return metrics.evaluate(outputs, labels, task)
    return metrics.evaluate(outputs, Y, task)

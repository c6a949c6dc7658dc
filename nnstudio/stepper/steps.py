"""The step-through model: one sample (or mini-batch) through forward, loss, backward and update.

``StepThrough(network, x, y, learning_rate)`` computes ONE engine ``Trace`` (DESIGN §2) on a copy
of the network and turns it into an ordered list of ``Step`` views:

    forward layer 1 … L,  loss,  backward layer L … 1,  update        (2L + 2 steps)

A ``Step`` is what the canvas shows at that moment: neuron labels, connection labels, the arrays
behind them (for colouring and sizing), the highlighted layer and, for the update, the new flat
parameters. Every number comes from the trace (or the network's current weights); nothing is
recomputed here except products shown for display, such as a connection's contribution w·a.

Steps are a pure function of (index, sample): going back shows exactly what was shown before.
The model never changes the network it was given.

Keys: a neuron is ``(l, j)`` (layer l, neuron j, both 0-based; layer 0 = the inputs); a
connection is ``(l, j, i)`` — from neuron i of layer l−1 to neuron j of layer l, i.e. weight
``W[l][j, i]`` (the document's convention).

Mini-batch mode: with several samples the update uses the batch-averaged gradient. The neurons
show one sample's z, a and δ (``sample_index``) or, with ``sample_index=None``, the batch mean of
z and a and the batch sum Σₙδₙ = ∂L/∂b (each δₙ already carries the loss's 1/N).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np

from nnstudio.document.naming import Names
from nnstudio.engine.losses import get_loss
from nnstudio.engine.network import Network
from nnstudio.engine.text import QT_TRANSLATE_NOOP, translate
from nnstudio.io.numbers import DIGITS, fmt

FORWARD, LOSS, BACKWARD, UPDATE = "forward", "loss", "backward", "update"
KINDS = (FORWARD, LOSS, BACKWARD, UPDATE)

LOSS_NAMES = {"mse": QT_TRANSLATE_NOOP("Stepper", "mean squared error"),
              "half_sse": QT_TRANSLATE_NOOP("Stepper", "half sum of squared errors"),
              "sse": QT_TRANSLATE_NOOP("Stepper", "sum of squared errors"),
              "bce": QT_TRANSLATE_NOOP("Stepper", "binary cross-entropy"),
              "cross_entropy": QT_TRANSLATE_NOOP("Stepper", "cross-entropy")}


def loss_name(name: str) -> str:
    """The loss's full name in the interface language (``mse`` → "mean squared error")."""
    return translate("Stepper", LOSS_NAMES[name]) if name in LOSS_NAMES else name


def _frozen(arr) -> np.ndarray:
    """A read-only copy, so a Step's arrays cannot be changed behind its back."""
    out = np.array(arr, dtype=np.float64, copy=True)
    out.setflags(write=False)
    return out


def _frozen_map(mapping: dict) -> MappingProxyType:
    return MappingProxyType(dict(mapping))


def _freeze_values(values: dict) -> MappingProxyType:
    """``{layer: {name: array}}`` as read-only mappings of read-only arrays."""
    return MappingProxyType({l: MappingProxyType(dict(d)) for l, d in values.items()})


@dataclass(frozen=True, eq=False)
class Step:
    """What the canvas and panels show at one step (immutable).

    - ``kind``: "forward" | "loss" | "backward" | "update"; ``layer``: the layer computed (the
      output layer for the loss, None for the update); ``highlight_layer``: the layer to
      emphasise (None for the update, which changes every layer).
    - ``neuron_texts[(l, j)]``: the label under a neuron, e.g. ``"z = 0.24\\na = 0.5597"``.
    - ``connection_texts[(l, j, i)]``: the label on a connection (only existing connections).
    - ``neuron_values[l]``: the arrays behind the neuron labels, by name: "x" (inputs), "z",
      "a", "y" (targets), "delta", "grad_bias", "bias", "new_bias", "delta_bias".
    - ``connection_values[l]``: one ``(out, in)`` array per layer for colouring and sizing the
      connections: contributions w·a (forward), ∂L/∂W (backward), ΔW (update).
    - ``weight_values[l]``: the named ``(out, in)`` arrays behind the connection labels:
      "weight", "contribution", "grad", "new_weight", "delta".
    - ``loss``: the loss value from the loss step on; ``new_parameters``: for the update, the
      flat parameters after the SGD step (the network's ``params`` layout), else None.
    """

    index: int
    kind: str
    layer: int | None
    title: str
    caption: str
    highlight_layer: int | None
    neuron_texts: MappingProxyType
    connection_texts: MappingProxyType
    neuron_values: MappingProxyType
    connection_values: MappingProxyType
    weight_values: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    loss: float | None = None
    new_parameters: np.ndarray | None = None
    sample_index: int | None = None

    def view(self) -> dict:
        """A plain, comparable snapshot of everything shown (texts and array values as lists)."""
        return {
            "index": self.index, "kind": self.kind, "layer": self.layer, "title": self.title,
            "caption": self.caption, "highlight_layer": self.highlight_layer,
            "neuron_texts": sorted(self.neuron_texts.items()),
            "connection_texts": sorted(self.connection_texts.items()),
            "neuron_values": {l: {k: v.tolist() for k, v in d.items()} for l, d in self.neuron_values.items()},
            "connection_values": {l: v.tolist() for l, v in self.connection_values.items()},
            "weight_values": {l: {k: v.tolist() for k, v in d.items()} for l, d in self.weight_values.items()},
            "loss": self.loss, "sample_index": self.sample_index,
            "new_parameters": None if self.new_parameters is None else self.new_parameters.tolist(),
        }


class StepThrough:
    """One pass through ``network`` for the sample ``x`` → ``y`` (or a batch ``X`` → ``Y``).

    ``learning_rate`` is the η of the update step (plain SGD, as ``Network.trace``; no momentum,
    regularisation or dropout). With ``dropconnect`` p > 0 the step is a training step with
    dropconnect: one mask drawn from ``numpy.random.default_rng(seed)`` drops some connections
    (``dropped(l)``), the kept weights count ×1/(1 − p) (``effective_weights(l)``). The network
    is copied (in float64, the precision the numbers are shown and checked in): later edits of the
    original do not change the steps (``is_stale`` tells). ``sample_index`` chooses whose values
    the neurons show in a batch (None = the batch); ``digits`` is the number of significant digits of every label;
    ``labels`` the neurons' names (the document's ``labels``), for the explanations.
    """

    def __init__(self, network: Network, x, y, learning_rate: float = 0.1, sample_index: int | None = None,
                 digits: int = DIGITS, dropconnect: float = 0.0, seed: int = 1, labels=None):
        lr = float(learning_rate)
        if not (math.isfinite(lr) and lr >= 0):
            raise ValueError(f"the learning rate must be a finite number ≥ 0, got {learning_rate}")
        self.network = network.copy(np.float64)
        self.names = Names(labels, self.network.sizes)   # the canvas's names of neurons and connections
        self.learning_rate = lr
        self.digits = int(digits)
        self.dropconnect = float(dropconnect)
        rng = np.random.default_rng(seed) if self.dropconnect > 0 else None
        self.trace = self.network.trace(x, y, lr, dropconnect=self.dropconnect, rng=rng)
        self.batch_size = int(self.trace.a[0].shape[0])
        self.loss_function = get_loss(self.network.loss)
        self.fused = self.loss_function.fused_with == self.network.output_activation
        self._plan = self._make_plan(self.network.n_layers)
        self._index = 0
        self._sample: int | None = None
        self._cache: dict[tuple[int, int | None], Step] = {}
        self.sample_index = sample_index

    # -- the sequence ---------------------------------------------------------------------------
    @staticmethod
    def _make_plan(L: int) -> list[tuple[str, int | None]]:
        return ([(FORWARD, l) for l in range(1, L + 1)] + [(LOSS, L)]
                + [(BACKWARD, l) for l in range(L, 0, -1)] + [(UPDATE, None)])

    def __len__(self) -> int:
        return len(self._plan)

    @property
    def n_layers(self) -> int:
        return self.network.n_layers

    @property
    def steps(self) -> list[Step]:
        """Every step, in order, for the current sample choice."""
        return [self.step(i) for i in range(len(self._plan))]

    def step(self, index: int) -> Step:
        """The step at ``index`` (0 … len − 1) for the current sample choice (cached, immutable)."""
        if not 0 <= index < len(self._plan):
            raise IndexError(f"step {index} out of range 0 … {len(self._plan) - 1}")
        key = (index, self._sample)
        if key not in self._cache:
            self._cache[key] = self._build(index)
        return self._cache[key]

    # -- navigation -----------------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self._index

    @property
    def current(self) -> Step:
        return self.step(self._index)

    @property
    def at_start(self) -> bool:
        return self._index == 0

    @property
    def at_end(self) -> bool:
        return self._index == len(self._plan) - 1

    def go_to(self, index: int) -> Step:
        """Jump to ``index`` (clamped to the valid range) and return that step."""
        self._index = min(max(int(index), 0), len(self._plan) - 1)
        return self.current

    def next(self) -> Step:
        """One step on (stays on the last step)."""
        return self.go_to(self._index + 1)

    def previous(self) -> Step:
        """One step back (stays on the first step); shows exactly what that step showed before."""
        return self.go_to(self._index - 1)

    def restart(self) -> Step:
        return self.go_to(0)

    def to_end(self) -> Step:
        return self.go_to(len(self._plan) - 1)

    # -- samples --------------------------------------------------------------------------------
    @property
    def sample_index(self) -> int | None:
        """Whose z, a and δ the neurons show; None = the batch (mean z and a, Σδ)."""
        return self._sample

    @sample_index.setter
    def sample_index(self, value: int | None) -> None:
        if self.batch_size == 1:
            value = 0 if value is None else value  # the mean of one sample is that sample
        if value is not None:
            value = int(value)
            if not 0 <= value < self.batch_size:
                raise IndexError(f"sample {value} out of range 0 … {self.batch_size - 1}")
        self._sample = value

    @property
    def batch_mode(self) -> bool:
        """True when the batch as a whole is shown (several samples, none selected)."""
        return self._sample is None

    def pick(self, arr: np.ndarray) -> np.ndarray:
        """One sample's row of a ``(batch, n)`` array, or the batch mean."""
        return arr[self._sample] if self._sample is not None else arr.mean(axis=0)

    def pick_delta(self, l: int) -> np.ndarray:
        """The sample's δ of layer ``l``, or the batch sum Σₙδₙ (= ∂L/∂b) in batch mode."""
        d = self.trace.delta[l]
        return d[self._sample] if self._sample is not None else d.sum(axis=0)

    # -- results --------------------------------------------------------------------------------
    def updated_parameters(self) -> np.ndarray:
        """The flat parameters after one SGD step (``trace.new_weights``/``new_bias`` in the
        layout of ``network.params``), a new array."""
        parts = []
        for l in range(1, self.n_layers + 1):
            parts.append(self.trace.new_weights[l].ravel())
            parts.append(self.trace.new_bias[l])
        return np.concatenate(parts)

    def is_stale(self, network: Network) -> bool:
        """True when ``network`` no longer is the one these steps were computed for."""
        return not self.network.same_as(network.copy(np.float64))

    def exists(self, l: int, j: int, i: int) -> bool:
        """False for a connection removed by the layer's mask."""
        m = self.network.masks[l]
        return m is None or bool(m[j, i])

    def dropped(self, l: int) -> np.ndarray | None:
        """Layer ``l``'s connections that dropconnect dropped in this step (bool, shaped like W[l]),
        or None when dropconnect is off."""
        keep = self.trace.dropconnect_keep
        if not keep:
            return None
        m = self.network.masks[l]
        return (keep[l] == 0) & (True if m is None else m != 0)

    def effective_weights(self, l: int) -> np.ndarray:
        """The weights this step used: W[l], or W[l] ⊙ K[l]/(1 − p) under dropconnect."""
        keep = self.trace.dropconnect_keep
        w = self.network.weights[l]
        return w if not keep else w * keep[l] / (1.0 - self.dropconnect)

    def _mark_dropped(self, l: int, texts: dict) -> dict:
        """Connection labels with the dropped ones saying so."""
        dropped = self.dropped(l)
        if dropped is None:
            return texts
        word = translate("Stepper", "dropped (dropconnect)")
        return {key: word if dropped[key[1], key[2]] else text for key, text in texts.items()}

    def _dropconnect_note(self) -> str:
        if not self.dropconnect:
            return ""
        return translate("Stepper", " Dropconnect p = {p}: the dashed connections are dropped in this step; the "
                                    "others count ×1/(1 − p).").format(p=self._f(self.dropconnect))

    # -- building steps -------------------------------------------------------------------------
    def _build(self, index: int) -> Step:
        kind, layer = self._plan[index]
        builder = {FORWARD: self._forward_step, LOSS: self._loss_step,
                   BACKWARD: self._backward_step, UPDATE: self._update_step}[kind]
        parts = builder(layer)
        return Step(index=index, kind=kind, layer=layer, sample_index=self._sample, **parts)

    def _f(self, value) -> str:
        return fmt(value, self.digits)

    def _label(self, name: str) -> str:
        return translate("Stepper", "mean {name}").format(name=name) if self.batch_mode else name

    def _batch_note(self) -> str:
        if self.batch_size == 1:
            return ""
        who = (translate("Stepper", "the batch mean") if self.batch_mode
               else translate("Stepper", "sample {n}").format(n=self._sample + 1))
        return translate("Stepper", " Batch of {size} samples; the neurons show {who}.").format(
            size=self.batch_size, who=who)

    def _activation_name(self, l: int) -> str:
        return self.network.activations[l - 1]

    def _forward_neurons(self, l: int, texts: dict, values: dict) -> None:
        """Layer l's forward labels: the inputs for layer 0, else z and a."""
        if l == 0:
            x = self.pick(self.trace.a[0])
            values[0] = {"x": _frozen(x)}
            for j, v in enumerate(x):
                texts[(0, j)] = f"{self._label('x')} = {self._f(v)}"
            return
        z, a = self.pick(self.trace.z[l]), self.pick(self.trace.a[l])
        values[l] = {"z": _frozen(z), "a": _frozen(a)}
        for j in range(len(z)):
            texts[(l, j)] = f"{self._label('z')} = {self._f(z[j])}\n{self._label('a')} = {self._f(a[j])}"

    def _connections(self, l: int):
        """(j, i) of every existing connection into layer ``l``."""
        m = self.network.masks[l]
        keep = np.ones(self.network.weights[l].shape, dtype=bool) if m is None else m != 0
        return [(j, i) for j, i in np.argwhere(keep).tolist()]

    def _forward_step(self, l: int) -> dict:
        texts, values = {}, {}
        for k in range(l + 1):
            self._forward_neurons(k, texts, values)
        w = self.effective_weights(l)
        contribution = w * self.pick(self.trace.a[l - 1])[None, :]
        label = self._label("w·a")
        conn = self._mark_dropped(l, {(l, j, i): f"{label} = {self._f(contribution[j, i])}"
                                      for j, i in self._connections(l)})
        act = self._activation_name(l)
        where = (translate("Stepper", "the output layer") if l == self.n_layers
                 else translate("Stepper", "layer {l}").format(l=l))
        adds = (translate("Stepper", "plus its bias: z = Σ w·a + b") if self.network.has_bias(l)
                else translate("Stepper", "with no bias (this layer has none): z = Σ w·a"))
        caption = (translate("Stepper", "Each neuron of {where} adds up its inputs times their weights, {adds}. "
                                        "Then it applies {act}: a = f(z). Each connection shows its input's "
                                        "contribution w·a.").format(where=where, adds=adds, act=act)
                   + self._dropconnect_note() + self._batch_note())
        title = translate("Stepper", "Forward: layer {l} ({act})").format(l=l, act=act)
        return dict(title=title, caption=caption, highlight_layer=l,
                    neuron_texts=_frozen_map(texts), connection_texts=_frozen_map(conn),
                    neuron_values=_freeze_values(values), connection_values=_frozen_map({l: _frozen(contribution)}),
                    weight_values=_frozen_map({l: _frozen_map({"weight": _frozen(w),
                                                               "contribution": _frozen(contribution)})}))

    def _loss_step(self, L: int) -> dict:
        texts, values = {}, {}
        for k in range(L):
            self._forward_neurons(k, texts, values)
        y_hat, y = self.pick(self.trace.a[L]), self.pick(self.trace.targets)
        values[L] = {"z": _frozen(self.pick(self.trace.z[L])), "a": _frozen(y_hat), "y": _frozen(y)}
        for j in range(len(y_hat)):
            texts[(L, j)] = f"{self._label('ŷ')} = {self._f(y_hat[j])}\n{self._label('y')} = {self._f(y[j])}"
        name = self.network.loss
        caption = translate("Stepper", "The output ŷ is compared with the target y. The loss ({loss}) measures "
                                       "how far off it is: L = {value}.").format(loss=loss_name(name),
                                                                                 value=self._f(self.trace.loss))
        if self.batch_size > 1:
            caption += translate("Stepper", " The loss is the mean over the batch of {size} samples.").format(
                size=self.batch_size)
        title = translate("Stepper", "Loss ({name})").format(name=name)
        return dict(title=title, caption=caption, highlight_layer=L,
                    neuron_texts=_frozen_map(texts), connection_texts=_frozen_map({}),
                    neuron_values=_freeze_values(values), connection_values=_frozen_map({}),
                    loss=float(self.trace.loss))

    def _backward_step(self, l: int) -> dict:
        L = self.n_layers
        texts, values = {}, {}
        for k in range(l):
            self._forward_neurons(k, texts, values)
        delta_label = "Σδ" if self.batch_mode else "δ"
        for k in range(l, L + 1):
            d = self.pick_delta(k)
            values[k] = {"delta": _frozen(d)}
            if self.network.has_bias(k):
                values[k]["grad_bias"] = _frozen(self.trace.grad_bias[k])
            for j in range(len(d)):
                texts[(k, j)] = f"{delta_label} = {self._f(d[j])}"
        grad = self.trace.grad_weights[l]
        conn = self._mark_dropped(l, {(l, j, i): f"∂L/∂w = {self._f(grad[j, i])}" for j, i in self._connections(l)})
        title = translate("Stepper", "Backward: layer {l} ({act})").format(l=l, act=self._activation_name(l))
        return dict(title=title,
                    caption=self._backward_caption(l), highlight_layer=l,
                    neuron_texts=_frozen_map(texts), connection_texts=_frozen_map(conn),
                    neuron_values=_freeze_values(values), connection_values=_frozen_map({l: _frozen(grad)}),
                    weight_values=_frozen_map({l: _frozen_map({"grad": _frozen(grad)})}),
                    loss=float(self.trace.loss))

    def _backward_caption(self, l: int) -> str:
        out = self.network.output_activation
        if l < self.n_layers:
            first = translate("Stepper", "The error flows back: each neuron collects the δ of the next layer "
                                         "through its outgoing weights, Σ w·δ, and multiplies it by the slope of "
                                         "its activation, f′(z).")
        elif self.fused:
            first = translate("Stepper", "How does each output's z change the loss? With {act} and {loss} the chain "
                                         "rule simplifies to δ = ŷ − y (divided as the loss averages).").format(
                act=out, loss=loss_name(self.network.loss))
        elif out == "softmax":
            first = translate("Stepper", "How does each output's z change the loss? Softmax ties the outputs "
                                         "together, so δ uses its Jacobian: δₖ = aₖ·(∂L/∂aₖ − Σⱼ ∂L/∂aⱼ·aⱼ).")
        else:
            first = translate("Stepper", "How does each output's z change the loss? δ = ∂L/∂z = ∂L/∂ŷ · f′(z).")
        second = (translate("Stepper", " Each connection shows ∂L/∂w = δ · a_prev: how fast the loss changes when "
                                       "that weight grows.")
                  + (translate("Stepper", " For the bias, ∂L/∂b = δ.") if self.network.has_bias(l) else ""))
        if self.batch_size > 1:
            second += translate("Stepper", " The gradients are summed over the batch (each δ already carries 1/N).")
        return first + second + self._dropconnect_note() + self._batch_note()

    def _update_step(self, _layer) -> dict:
        tr, net = self.trace, self.network
        texts = {}
        values = {}
        x = self.pick(tr.a[0])
        values[0] = {"x": _frozen(x)}
        for j, v in enumerate(x):
            texts[(0, j)] = f"{self._label('x')} = {self._f(v)}"
        conn, conn_values, weight_values = {}, {}, {}
        for l in range(1, self.n_layers + 1):
            w, nw = net.weights[l], tr.new_weights[l]
            b, nb = net.biases[l], tr.new_bias[l]
            dw, db = nw - w, nb - b
            if net.has_bias(l):  # a bias-free layer has no b to show
                values[l] = {"bias": _frozen(b), "new_bias": _frozen(nb), "delta_bias": _frozen(db)}
                for j in range(len(b)):
                    texts[(l, j)] = f"b: {self._f(b[j])} → {self._f(nb[j])}"
            conn.update(self._mark_dropped(l, {
                (l, j, i): f"{self._f(w[j, i])} → {self._f(nw[j, i])} (Δw {self._f(dw[j, i])})"
                for j, i in self._connections(l)}))
            conn_values[l] = _frozen(dw)
            weight_values[l] = _frozen_map({"weight": _frozen(w), "new_weight": _frozen(nw), "delta": _frozen(dw)})
        eta = self._f(self.learning_rate)
        caption = (translate("Stepper", "Every weight and bias takes one small step against its gradient: "
                                        "w ← w − η·∂L/∂w with η = {eta}.").format(eta=eta)
                   + (translate("Stepper", " The gradient is the batch average.") if self.batch_size > 1 else "")
                   + (translate("Stepper", " Dropped connections do not move in this step.") if self.dropconnect
                      else ""))
        title = translate("Stepper", "Update: one SGD step (η = {eta})").format(eta=eta)
        return dict(title=title, caption=caption,
                    highlight_layer=None, neuron_texts=_frozen_map(texts), connection_texts=_frozen_map(conn),
                    neuron_values=_freeze_values(values), connection_values=_frozen_map(conn_values),
                    weight_values=_frozen_map(weight_values), loss=float(tr.loss),
                    new_parameters=_frozen(self.updated_parameters()))

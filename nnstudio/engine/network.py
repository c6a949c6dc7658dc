"""The layered network: forward pass, backward pass and the full per-layer trace.

Conventions (DESIGN §2): inputs ``X`` are ``(batch, features)``; layer ``l`` (1 … L) has
``W[l]`` of shape ``(out, in)`` and ``b[l]`` of shape ``(out,)``; ``z = a_prev @ W.T + b`` and
``a = f(z)``. A 0/1 mask ``M[l]`` of the shape of ``W[l]`` removes single connections: masked
weights are zero and get zero gradient. A layer built with ``use_bias`` False has no bias:
``z = a_prev @ W.T``; its slot in ``params`` stays 0 and its gradient is always 0, so no
optimiser ever moves it (``torch.nn.Linear(bias=False)``).

Dropconnect (Wan et al., 2013), in training steps only: each weight is kept with probability
1 − p by a fresh 0/1 mask K[l] and the kept ones are scaled by 1/(1 − p) (the inverted
convention of our dropout), so the step uses W̃[l] = W[l] ⊙ K[l]/(1 − p) and evaluation uses W[l]
unchanged; ∂L/∂W[l] = (δ[l]ᵀ·a[l−1]) ⊙ K[l]/(1 − p).

All weights and biases live in one flat array (``Network.params``); ``weights[l]`` and
``biases[l]`` are views into it, so an optimiser updates every parameter with one operation.
Lists are indexed by layer: index 0 is the input layer and holds ``None`` for W, b and masks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .activations import get_activation
from .initializers import initialize
from .losses import get_loss


@dataclass
class Trace:
    """Everything one pass computed, per layer (index 0 = the input layer).

    ``z[l]``, ``a[l]``: pre-activation and activation, ``(batch, size_l)``; for the input layer
    both are the inputs. ``delta[l] = ∂L/∂z[l]``; ``grad_weights[l] = ∂L/∂W[l]``,
    ``grad_bias[l] = ∂L/∂b[l]`` (batch-averaged as the loss is). After an SGD step
    ``new_weights[l] = W[l] − η·∂L/∂W[l]`` and likewise ``new_bias``. ``use_bias[l]`` is False
    for a layer without bias (its bias entries are 0 and untrained); ``dropconnect_keep[l]`` is
    the 0/1 dropconnect mask of the traced step (empty when dropconnect was off).
    """

    z: list
    a: list
    delta: list = field(default_factory=list)
    grad_weights: list = field(default_factory=list)
    grad_bias: list = field(default_factory=list)
    loss: float | None = None
    targets: np.ndarray | None = None
    learning_rate: float | None = None
    new_weights: list = field(default_factory=list)
    new_bias: list = field(default_factory=list)
    use_bias: list = field(default_factory=list)
    dropconnect_keep: list = field(default_factory=list)

    def has_bias(self, l: int) -> bool:
        return l > 0 and (not self.use_bias or bool(self.use_bias[l]))

    @property
    def output(self) -> np.ndarray:
        return self.a[-1]

    def to_json(self, sample: int | None = 0) -> dict:
        """The CLI ``trace`` layout; one sample's rows (``sample=None`` keeps the batch)."""

        def pick(arr):
            arr = np.asarray(arr)
            return (arr[sample] if sample is not None else arr).tolist()

        layers = [{"z": pick(self.z[0]), "a": pick(self.a[0])}]
        for l in range(1, len(self.z)):
            layer = {"z": pick(self.z[l]), "a": pick(self.a[l])}
            bias = self.has_bias(l)
            if not bias:
                layer["use_bias"] = False
            if self.delta:
                layer["delta"] = pick(self.delta[l])
                layer["grad_weights"] = self.grad_weights[l].tolist()
                if bias:
                    layer["grad_bias"] = self.grad_bias[l].tolist()
            if self.new_weights:
                layer["new_weights"] = self.new_weights[l].tolist()
                if bias:
                    layer["new_bias"] = self.new_bias[l].tolist()
            layers.append(layer)
        out = {"output": pick(self.output), "layers": layers}
        if self.loss is not None:
            out = {"loss": self.loss, **out}
        return out


class Network:
    """A fully connected layered network with per-layer activations and connection masks."""

    def __init__(self, sizes, activations, loss="mse", weights=None, biases=None, masks=None,
                 dtype=np.float64, init="xavier_uniform", seed=1, use_bias=None):
        sizes = [int(s) for s in sizes]
        if len(sizes) < 2 or min(sizes) < 1:
            raise ValueError(f"a network needs at least 2 layers of at least 1 neuron, got sizes {sizes}")
        activations = list(activations)
        if len(activations) == len(sizes):
            activations = activations[1:]  # the input layer's own (identity) activation
        if len(activations) != len(sizes) - 1:
            raise ValueError(f"expected {len(sizes) - 1} activations, got {len(activations)}")
        for l, name in enumerate(activations, start=1):
            if get_activation(name).name == "softmax" and l != len(sizes) - 1:
                raise ValueError(f"layer {l}: softmax is allowed on the output layer only")
        get_loss(loss)
        self.sizes = sizes
        self.activations = activations
        self.loss = loss
        self.dtype = np.dtype(dtype)
        self._allocate()
        self.use_bias = _use_bias_list(use_bias, len(sizes))
        rng = np.random.default_rng(seed)
        for l in range(1, len(sizes)):
            w = weights[l - 1] if weights is not None else initialize(init, rng, sizes[l - 1], sizes[l])
            b = biases[l - 1] if biases is not None else np.zeros(sizes[l])
            self.weights[l][...] = np.asarray(w, dtype=np.float64).reshape(sizes[l], sizes[l - 1])
            self.biases[l][...] = np.asarray(b, dtype=np.float64).reshape(sizes[l])
        if masks is not None:
            for l, m in enumerate(masks, start=1):
                if m is not None:
                    self.set_mask(l, m)
        self._zero_absent_biases()

    # -- storage --------------------------------------------------------------------------------
    def _allocate(self):
        self.params = np.zeros(self.parameter_count_for(self.sizes), dtype=self.dtype)
        self.weights, self.biases = _views(self.params, self.sizes)
        self.masks = [None] * len(self.sizes)

    @staticmethod
    def parameter_count_for(sizes) -> int:
        return sum(sizes[l] * sizes[l - 1] + sizes[l] for l in range(1, len(sizes)))

    @property
    def n_parameters(self) -> int:
        """Weights and biases the network has: ``params`` minus the bias slots of bias-free layers."""
        return self.params.size - sum(self.sizes[l] for l in range(1, len(self.sizes)) if not self.use_bias[l])

    @property
    def n_layers(self) -> int:
        """Number of weight layers L (the input layer is layer 0)."""
        return len(self.sizes) - 1

    @property
    def n_inputs(self) -> int:
        return self.sizes[0]

    @property
    def n_outputs(self) -> int:
        return self.sizes[-1]

    @property
    def output_activation(self) -> str:
        return self.activations[-1]

    def activation(self, l: int):
        """The activation object of layer ``l`` (1 … L)."""
        return get_activation(self.activations[l - 1])

    def has_bias(self, l: int) -> bool:
        """Whether layer ``l`` (1 … L) has a bias (the input layer has none)."""
        return bool(self.use_bias[l])

    def set_use_bias(self, l: int, flag: bool) -> None:
        """Give layer ``l`` a bias (starting at 0) or remove it (its entries become 0)."""
        if not 1 <= l < len(self.sizes):
            raise ValueError(f"layer {l} has no bias to switch (layers 1 … {len(self.sizes) - 1})")
        self.use_bias[l] = bool(flag)
        self.biases[l][...] = 0.0

    def _zero_absent_biases(self) -> None:
        for l in range(1, len(self.sizes)):
            if not self.use_bias[l]:
                self.biases[l][...] = 0.0

    def set_mask(self, l: int, mask) -> None:
        """Set layer ``l``'s 0/1 connection mask (None = fully connected); masked weights become 0."""
        if mask is None:
            self.masks[l] = None
            return
        m = (np.asarray(mask) != 0).astype(self.dtype)
        if m.shape != self.weights[l].shape:
            raise ValueError(f"layer {l}: mask shape {m.shape} differs from weights {self.weights[l].shape}")
        self.masks[l] = None if m.all() else m
        if self.masks[l] is not None:
            self.weights[l] *= self.masks[l]

    def gradient_mask(self) -> np.ndarray | None:
        """A flat 0/1 array over ``params`` (1 = trainable), or None when every parameter is:
        masked weights and the bias slots of bias-free layers are 0."""
        if all(m is None for m in self.masks) and all(self.use_bias[1:]):
            return None
        flat = np.ones_like(self.params)
        w, b = _views(flat, self.sizes)
        for l in range(1, len(self.sizes)):
            if self.masks[l] is not None:
                w[l][...] = self.masks[l]
            if not self.use_bias[l]:
                b[l][...] = 0.0
        return flat

    def weight_indicator(self) -> np.ndarray:
        """A flat array over ``params``: 1 for (unmasked) weights, 0 for biases — for L1/L2."""
        flat = np.zeros_like(self.params)
        w, _ = _views(flat, self.sizes)
        for l in range(1, len(self.sizes)):
            w[l][...] = 1.0 if self.masks[l] is None else self.masks[l]
        return flat

    def copy(self, dtype=None) -> Network:
        """A deep copy (optionally converted to another float dtype)."""
        net = Network.__new__(Network)
        net.sizes = list(self.sizes)
        net.activations = list(self.activations)
        net.loss = self.loss
        net.dtype = np.dtype(dtype) if dtype is not None else self.dtype
        net.params = self.params.astype(net.dtype, copy=True)
        net.weights, net.biases = _views(net.params, net.sizes)
        net.masks = [None if m is None else m.astype(net.dtype) for m in self.masks]
        net.use_bias = list(self.use_bias)
        return net

    # -- pickling: the one way a network goes to another process -------------------------------
    def __getstate__(self) -> dict:
        """Plain state: ``weights``/``biases`` are views of ``params`` and are rebuilt on load
        (pickled apart they would become copies no longer tied to ``params``)."""
        state = self.__dict__.copy()
        del state["weights"], state["biases"]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.weights, self.biases = _views(self.params, self.sizes)

    def set_parameters(self, params: np.ndarray) -> None:
        """Overwrite all weights and biases from a flat array (the layout of ``params``); the
        bias slots of bias-free layers stay 0."""
        self.params[...] = params
        self._zero_absent_biases()

    def same_as(self, other: Network) -> bool:
        """Same structure, activations, loss, biases present, masks and bit-identical parameters."""
        return (self.sizes == other.sizes and self.activations == other.activations
                and self.loss == other.loss and self.use_bias == other.use_bias
                and np.array_equal(self.params, other.params)
                and all(_same_mask(a, b) for a, b in zip(self.masks, other.masks, strict=True)))

    # -- passes ---------------------------------------------------------------------------------
    def workspace(self, batch: int) -> Workspace:
        return Workspace(self, batch)

    def forward(self, X) -> np.ndarray:
        """The outputs ŷ for inputs ``X`` (a new array)."""
        X = self._as_inputs(X)
        return self.workspace(X.shape[0]).forward(X).copy()

    def forward_trace(self, X) -> Trace:
        """A forward pass that keeps z and a of every layer."""
        X = self._as_inputs(X)
        ws = self.workspace(X.shape[0])
        ws.forward(X)
        return Trace(z=[X.copy()] + [z.copy() for z in ws.z[1:]], a=[X.copy()] + [a.copy() for a in ws.a[1:]])

    def trace(self, X, Y, learning_rate: float | None = None, dropconnect: float = 0.0,
              rng: np.random.Generator | None = None, keep=None) -> Trace:
        """Forward and backward pass with every intermediate; with a learning rate, one SGD step's
        new weights too (the network itself is left unchanged). With ``dropconnect`` p > 0 the
        step is a training step with dropconnect: masks drawn from ``rng``, or the given 0/1
        ``keep`` masks (one per layer, index 0 None); they are kept in ``Trace.dropconnect_keep``."""
        X = self._as_inputs(X)
        Y = self._as_targets(Y, X.shape[0])
        ws = self.workspace(X.shape[0])
        if dropconnect > 0:
            ws.set_dropconnect(dropconnect, rng if rng is not None else np.random.default_rng(), keep)
        ws.forward(X)
        loss = ws.loss_value(Y)
        ws.backward(Y)
        tr = Trace(
            z=[X.copy()] + [z.copy() for z in ws.z[1:]],
            a=[X.copy()] + [a.copy() for a in ws.a[1:]],
            delta=[None] + [d.copy() for d in ws.delta[1:]],
            grad_weights=[None] + [g.copy() for g in ws.grad_weights[1:]],
            grad_bias=[None] + [g.copy() for g in ws.grad_bias[1:]],
            loss=loss, targets=Y.copy(), learning_rate=learning_rate, use_bias=list(self.use_bias),
            dropconnect_keep=ws.dropconnect_keep_masks(),
        )
        if learning_rate is not None:
            tr.new_weights = [None] + [self.weights[l] - learning_rate * tr.grad_weights[l]
                                       for l in range(1, len(self.sizes))]
            tr.new_bias = [None] + [self.biases[l] - learning_rate * tr.grad_bias[l]
                                    for l in range(1, len(self.sizes))]
        return tr

    def loss_value(self, X, Y) -> float:
        """L(ŷ(X), Y) without regularisation."""
        X = self._as_inputs(X)
        Y = self._as_targets(Y, X.shape[0])
        ws = self.workspace(X.shape[0])
        ws.forward(X)
        return ws.loss_value(Y)

    def _as_inputs(self, X) -> np.ndarray:
        X = np.asarray(X, dtype=self.dtype)
        if X.ndim == 1:
            X = X.reshape(1, -1)
        if X.ndim != 2 or X.shape[1] != self.sizes[0]:
            raise ValueError(f"expected inputs with {self.sizes[0]} values per sample, got shape {X.shape}")
        return X

    def _as_targets(self, Y, n: int) -> np.ndarray:
        Y = np.asarray(Y, dtype=self.dtype)
        if Y.ndim <= 1:
            Y = Y.reshape(n, -1)
        if Y.shape != (n, self.sizes[-1]):
            raise ValueError(f"expected targets with {self.sizes[-1]} values per sample, got shape {Y.shape}")
        return Y


def _use_bias_list(use_bias, n: int) -> list[bool]:
    """Per layer (index 0 = input, always False): None = every layer has a bias; else one flag
    per weight layer (or per layer, the input's ignored)."""
    if use_bias is None:
        return [False] + [True] * (n - 1)
    flags = [bool(f) for f in use_bias]
    if len(flags) == n:
        flags = flags[1:]
    if len(flags) != n - 1:
        raise ValueError(f"expected {n - 1} use_bias flags, got {len(flags)}")
    return [False] + flags


def _same_mask(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and np.array_equal(a, b))


def _views(flat: np.ndarray, sizes) -> tuple[list, list]:
    """Weight and bias views into one flat parameter array (W[l] then b[l], layer by layer)."""
    weights, biases, offset = [None], [None], 0
    for l in range(1, len(sizes)):
        n_w = sizes[l] * sizes[l - 1]
        weights.append(flat[offset:offset + n_w].reshape(sizes[l], sizes[l - 1]))
        offset += n_w
        biases.append(flat[offset:offset + sizes[l]])
        offset += sizes[l]
    return weights, biases


class Workspace:
    """Preallocated buffers for one batch size; the training hot path allocates nothing.

    After ``forward`` and ``backward`` the buffers *are* the trace: ``z``, ``a``, ``delta``,
    ``grad_weights`` and ``grad_bias`` (views into the flat ``grads``, aligned with
    ``Network.params``).
    """

    def __init__(self, net: Network, batch: int):
        self.net = net
        self.batch = batch
        dt = net.dtype
        sizes = net.sizes
        self.acts = [None] + [net.activation(l) for l in range(1, len(sizes))]
        self.loss = get_loss(net.loss)
        self.z = [None] + [np.empty((batch, n), dtype=dt) for n in sizes[1:]]
        self.a = [None] + [np.empty((batch, n), dtype=dt) for n in sizes[1:]]
        self.delta = [None] + [np.empty((batch, n), dtype=dt) for n in sizes[1:]]
        self.back = [None] + [np.empty((batch, n), dtype=dt) for n in sizes[1:]]
        self.grads = np.zeros_like(net.params)
        self.grad_weights, self.grad_bias = _views(self.grads, sizes)
        self.pre_dropout = [None] * len(sizes)
        self.dropout_masks = [None] * len(sizes)
        self.dropconnect_scale = [None] * len(sizes)  # K[l]/(1 − p), or None when off
        self.dropped_weights = [None] * len(sizes)    # W̃[l] = W[l] ⊙ K[l]/(1 − p)
        self._dropconnect_on = False
        self._fused = self.loss.fused_with == net.output_activation
        self._masked_layers = [l for l in range(1, len(sizes)) if net.masks[l] is not None]
        self._dropout_on = False

    def forward(self, X: np.ndarray) -> np.ndarray:
        """z[l] = a[l−1] @ W[l].T + b[l] (no b for a bias-free layer; W̃[l] under dropconnect);
        a[l] = f(z[l]).  Returns the output buffer."""
        with np.errstate(over="ignore", under="ignore", invalid="ignore"):
            return self.forward_unchecked(X)

    def forward_unchecked(self, X: np.ndarray) -> np.ndarray:
        """``forward`` without its own ``np.errstate`` (the trainer enters one per batch)."""
        net = self.net
        self.a[0] = self.z[0] = X
        for l in range(1, len(net.sizes)):
            z = self.z[l]
            np.matmul(self.a[l - 1], self._weights(l).T, out=z)
            if net.use_bias[l]:
                z += net.biases[l]
            if self.dropout_masks[l] is None:
                self.acts[l].forward(z, out=self.a[l])
            else:
                self.acts[l].forward(z, out=self.pre_dropout[l])
                np.multiply(self.pre_dropout[l], self.dropout_masks[l], out=self.a[l])
        return self.a[-1]

    def _weights(self, l: int) -> np.ndarray:
        """W[l], or under dropconnect W̃[l] = W[l] ⊙ K[l]/(1 − p) (computed from the current W)."""
        scale = self.dropconnect_scale[l]
        if scale is None:
            return self.net.weights[l]
        return np.multiply(self.net.weights[l], scale, out=self.dropped_weights[l])

    def loss_value(self, Y: np.ndarray) -> float:
        """The loss of the last forward pass (computed from z for the fused pairs)."""
        z = self.z[-1] if self._fused else None
        return self.loss.value(self.a[-1], Y, z)

    def backward(self, Y: np.ndarray) -> np.ndarray:
        """δ[L] = ∂L/∂z[L];  ∂L/∂W[l] = δ[l]ᵀ·a[l−1];  ∂L/∂b[l] = Σ_n δ[l];
        δ[l−1] = (δ[l]·W[l]) ⊙ f'(z[l−1]).  Bias-free layers keep ∂L/∂b = 0; under dropconnect
        W̃[l] replaces W[l] and ∂L/∂W[l] is multiplied by K[l]/(1 − p).  Returns the flat gradient
        (aligned with params)."""
        with np.errstate(over="ignore", under="ignore", invalid="ignore", divide="ignore"):
            return self.backward_unchecked(Y)

    def backward_unchecked(self, Y: np.ndarray) -> np.ndarray:
        """``backward`` without its own ``np.errstate``."""
        net = self.net
        L = len(net.sizes) - 1
        if self._fused:
            self.loss.fused_delta(net.output_activation, self.a[L], Y, out=self.delta[L])
        else:
            grad_output = self.loss.gradient(self.a[L], Y)
            self.acts[L].backward(self.z[L], self.a[L], grad_output, out=self.delta[L])
        for l in range(L, 0, -1):
            delta = self.delta[l]
            np.matmul(delta.T, self.a[l - 1], out=self.grad_weights[l])
            if net.use_bias[l]:
                np.add.reduce(delta, 0, out=self.grad_bias[l])
            else:
                self.grad_bias[l].fill(0.0)
            if self.dropconnect_scale[l] is not None:
                self.grad_weights[l] *= self.dropconnect_scale[l]
            if l > 1:
                back = self.back[l - 1]
                weights = net.weights[l] if self.dropconnect_scale[l] is None else self.dropped_weights[l]
                np.matmul(delta, weights, out=back)
                if self.dropout_masks[l - 1] is not None:
                    back *= self.dropout_masks[l - 1]
                    a_prev = self.pre_dropout[l - 1]
                else:
                    a_prev = self.a[l - 1]
                self.acts[l - 1].backward(self.z[l - 1], a_prev, back, out=self.delta[l - 1])
        for l in self._masked_layers:
            self.grad_weights[l] *= net.masks[l]
        return self.grads

    def set_dropout(self, rate: float, rng: np.random.Generator | None) -> None:
        """Draw inverted-dropout masks for the hidden layers: keep with probability 1 − p,
        scale kept activations by 1/(1 − p). ``rate`` 0 or no rng switches dropout off."""
        if (rate <= 0 or rng is None) and not self._dropout_on:
            return
        self._dropout_on = rate > 0 and rng is not None
        L = len(self.net.sizes) - 1
        for l in range(1, L):
            if rate <= 0 or rng is None:
                self.dropout_masks[l] = None
                continue
            if self.pre_dropout[l] is None:
                self.pre_dropout[l] = np.empty_like(self.a[l])
                self.dropout_masks[l] = np.empty_like(self.a[l])
            elif self.dropout_masks[l] is None:
                self.dropout_masks[l] = np.empty_like(self.a[l])
            keep = rng.random(self.a[l].shape) >= rate
            np.multiply(keep, 1.0 / (1.0 - rate), out=self.dropout_masks[l])

    def set_dropconnect(self, rate: float, rng: np.random.Generator | None, keep=None) -> None:
        """Draw fresh dropconnect masks for every weight layer: keep each weight with probability
        1 − p (K = 1) and scale kept ones by 1/(1 − p). ``keep`` (0/1 arrays per layer, index 0
        None) replaces the draw, for tests and the step-through. ``rate`` 0 or no rng (and no
        ``keep``) switches dropconnect off."""
        on = rate > 0 and (rng is not None or keep is not None)
        if not on and not self._dropconnect_on:
            return
        self._dropconnect_on = on
        for l in range(1, len(self.net.sizes)):
            if not on:
                self.dropconnect_scale[l] = None
                continue
            shape = self.net.weights[l].shape
            if self.dropconnect_scale[l] is None:
                self.dropconnect_scale[l] = np.empty(shape, dtype=self.net.dtype)
                if self.dropped_weights[l] is None:
                    self.dropped_weights[l] = np.empty(shape, dtype=self.net.dtype)
            kept = (np.asarray(keep[l]) != 0) if keep is not None else rng.random(shape) >= rate
            np.multiply(kept, 1.0 / (1.0 - rate), out=self.dropconnect_scale[l])

    def dropconnect_keep_masks(self) -> list:
        """The current 0/1 dropconnect masks K[l] (index 0 None), or [] when dropconnect is off."""
        if not self._dropconnect_on:
            return []
        return [None] + [(s != 0).astype(self.net.dtype) for s in self.dropconnect_scale[1:]]

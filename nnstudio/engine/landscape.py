"""The network's loss landscape: the training loss over a plane through parameter space.

A plane is an origin θ₀ (the current flat parameters, ``Network.params``) and two directions
d₁, d₂ of the same length; its points are θ(α, β) = θ₀ + α·d₁ + β·d₂. Three ways to choose the
directions (Li et al. 2018, "Visualizing the loss landscape of neural nets"):

- ``weight_pair_directions``: two chosen parameters (unit vectors e_k), so α and β are plain
  offsets of those two weights (or biases);
- ``filter_normalized_directions``: random Gaussian directions with each neuron's slice rescaled
  to the norm of that neuron's parameters, so the plot does not depend on the weights' scale;
- ``pca_directions``: the two principal directions of recorded parameter snapshots.

``loss_grid`` evaluates L(θ(α, β)) on a whole grid at once: the grid's parameter vectors are
stacked and pushed through the layers with batched matrix products, a chunk of grid points at a
time. The loss is the data loss of ``Network.loss_value`` (no regulariser, no dropout). Masked
connections stay at zero: directions are multiplied by the network's connection masks.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnstudio.engine.text import translate

from .losses import get_loss
from .network import Network, _views

CHUNK_ELEMENTS = 1 << 16
"""Upper bound on grid points × samples × widest layer held at once by ``loss_grid``: 512 KB per
buffer in f64, so a layer's buffers stay in a 1 MB L2 cache (4 MB chunks run ~3× slower)."""


class Cancelled(Exception):
    """``loss_grid`` was asked to stop (its ``cancel_event`` was set)."""


# -- parameter addressing ------------------------------------------------------------------------

def param_index(net: Network, layer: int, j: int, i: int | None) -> int:
    """Flat index into ``net.params`` of ``W[layer][j, i]``, or of ``b[layer][j]`` when ``i`` is None."""
    if not 1 <= layer <= net.n_layers:
        raise ValueError(translate("engine", "layer must be in 1 … {n_layers}, got {layer}").format(
            n_layers=net.n_layers, layer=layer))
    n_out, n_in = net.sizes[layer], net.sizes[layer - 1]
    if not 0 <= j < n_out:
        raise ValueError(translate("engine", "layer {layer}: neuron j must be in 0 … {value}, got {j}").format(
            layer=layer, value=n_out - 1, j=j))
    if i is not None and not 0 <= i < n_in:
        raise ValueError(translate("engine", "layer {layer}: input i must be in 0 … {value}, got {i}").format(
            layer=layer, value=n_in - 1, i=i))
    offset = sum(net.sizes[l] * (net.sizes[l - 1] + 1) for l in range(1, layer))
    if i is None:
        return offset + n_out * n_in + j
    return offset + j * n_in + i


def param_label(layer: int, j: int, i: int | None) -> str:
    """A short axis label: ``W[2][0,3]`` or ``b[2][0]``."""
    return f"b[{layer}][{j}]" if i is None else f"W[{layer}][{j},{i}]"


def _trainable_index(net: Network, address) -> int:
    layer, j, i = address
    k = param_index(net, layer, j, i)
    mask = net.gradient_mask()
    if mask is not None and mask[k] == 0:
        raise ValueError(translate("engine", "{param_label} is a masked (removed) connection").format(
            param_label=param_label(layer, j, i)))
    return k


# -- directions ----------------------------------------------------------------------------------

def weight_pair_directions(net: Network, first, second) -> tuple[np.ndarray, np.ndarray]:
    """Unit directions e_k₁, e_k₂ along two parameters, each given as ``(layer, j, i)`` for
    ``W[layer][j, i]`` or ``(layer, j, None)`` for the bias ``b[layer][j]``."""
    k1, k2 = _trainable_index(net, first), _trainable_index(net, second)
    if k1 == k2:
        raise ValueError(translate("engine", "choose two different parameters"))
    d1, d2 = np.zeros(net.params.size), np.zeros(net.params.size)
    d1[k1] = d2[k2] = 1.0
    return d1, d2


def filter_normalized_direction(net: Network, rng: np.random.Generator,
                                include_bias: bool = True) -> np.ndarray:
    """One random direction, filter-normalised (Li et al. 2018).

    d ~ N(0, I), masked weights set to 0; then for every neuron j of every layer l its slice
    s = (W-row d_W[l][j, :], bias d_b[l][j]) is rescaled to the norm of the neuron's own
    parameters θ = (W[l][j, :], b[l][j]):  s ← s · ‖θ‖ / ‖s‖  (0 when ‖s‖ = 0).
    With ``include_bias=False`` the slice is the row alone (‖s‖ = ‖W[l][j, :]‖) and the bias
    directions are 0, as in the paper's released code.
    """
    d = rng.standard_normal(net.params.size)
    mask = net.gradient_mask()
    if mask is not None:
        d *= mask
    d_w, d_b = _views(d, net.sizes)
    for l in range(1, len(net.sizes)):
        if include_bias and net.has_bias(l):
            theta = np.column_stack([net.weights[l], net.biases[l]])
            s = np.column_stack([d_w[l], d_b[l]])
        else:
            theta, s = net.weights[l], d_w[l]
            d_b[l][...] = 0.0
        scale = _safe_ratio(np.linalg.norm(theta, axis=1), np.linalg.norm(s, axis=1))
        d_w[l] *= scale[:, None]
        if include_bias and net.has_bias(l):
            d_b[l] *= scale
    return d


def filter_normalized_directions(net: Network, rng: np.random.Generator,
                                 include_bias: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Two independent filter-normalised random directions (see ``filter_normalized_direction``)."""
    return (filter_normalized_direction(net, rng, include_bias),
            filter_normalized_direction(net, rng, include_bias))


def pca_directions(trajectory) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The two principal directions of parameter snapshots ``trajectory`` (T, P), T ≥ 2.

    M = trajectory − mean(trajectory);  M = U·S·Vᵀ (SVD);  d₁, d₂ = the first two rows of Vᵀ
    (unit, orthogonal); explained-variance ratios r_k = s_k² / Σ s². Signs are chosen so that
    the trajectory moves forward along each direction: (θ_T − θ₁)·d_k ≥ 0.
    Returns ``(d1, d2, ratios)``.
    """
    M = np.asarray(trajectory, dtype=np.float64)
    if M.ndim != 2 or M.shape[0] < 2 or M.shape[1] < 2:
        raise ValueError(translate("engine", "a trajectory needs at least 2 snapshots of at least 2 parameters, got "
                                             "{shape}").format(
            shape=M.shape))
    centred = M - M.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    total = float(np.sum(s * s))
    if total == 0.0:
        raise ValueError(translate("engine", "the trajectory does not move: all snapshots are equal"))
    s2 = np.zeros(2)
    s2[:min(2, s.size)] = (s * s)[:2]
    directions = [vt[k].copy() for k in range(2)]
    travel = M[-1] - M[0]
    for d in directions:
        if np.dot(travel, d) < 0:
            d *= -1.0
    return directions[0], directions[1], s2 / total


# -- evaluation ----------------------------------------------------------------------------------

def loss_grid(net: Network, X, Y, origin, d1, d2, alphas, betas, *, chunk: int | None = None,
              progress_callback=None, cancel_event=None) -> np.ndarray:
    """L(θ₀ + α_a·d₁ + β_b·d₂) for every α in ``alphas`` and β in ``betas``; shape (len α, len β).

    Indexed ``[a, b]`` (α along the first axis, as pyqtgraph's ImageItem expects image[x, y];
    transpose for matplotlib's ``contour``). The grid is evaluated ``chunk`` points at a time
    (default: bounded by ``CHUNK_ELEMENTS``); ``progress_callback(done, total)`` is called after
    each chunk and a set ``cancel_event`` raises ``Cancelled`` between chunks. Non-finite losses
    (far from the origin, with a large span) are returned as they are. Layers before the first
    one the plane moves (e.g. below two chosen weights) are computed once, not per grid point.
    """
    alphas = np.asarray(alphas, dtype=np.float64).ravel()
    betas = np.asarray(betas, dtype=np.float64).ravel()
    origin, d1, d2 = _plane(net, origin, d1, d2)
    X = net._as_inputs(X)
    Y = net._as_targets(Y, X.shape[0])
    aa, bb = np.meshgrid(alphas, betas, indexing="ij")
    coeffs = np.column_stack([aa.ravel(), bb.ravel()])
    total = len(coeffs)
    step = chunk or max(1, CHUNK_ELEMENTS // (X.shape[0] * max(net.sizes)))
    out = np.empty(total, dtype=np.float64)
    basis = np.stack([d1, d2])
    first = _first_moving_layer(net.sizes, d1, d2)
    a_fixed = _fixed_activations(net, X, origin, first)
    for start in range(0, total, step):
        if cancel_event is not None and cancel_event.is_set():
            raise Cancelled("loss grid cancelled")
        stop = min(total, start + step)
        thetas = origin + coeffs[start:stop] @ basis
        out[start:stop] = stacked_losses(net, a_fixed, Y, thetas.astype(net.dtype, copy=False), first)
        if progress_callback is not None:
            progress_callback(stop, total)
    return out.reshape(len(alphas), len(betas))


def stacked_losses(net: Network, X: np.ndarray, Y: np.ndarray, thetas: np.ndarray,
                   start: int = 1) -> np.ndarray:
    """The loss of the network's architecture for each parameter vector (row) of ``thetas`` (G, P).

    Per layer, for all G vectors at once: Z[l] = A[l−1] @ W[l]ᵀ + b[l] with W[l]ᵀ stacked as
    (G, in, out) (one batched matmul), A[l] = f(Z[l]); then L_g from ``_per_vector_losses``.
    With ``start`` > 1, ``X`` is A[start−1], shared by all vectors (layers below are fixed).
    """
    G, N = thetas.shape[0], X.shape[0]
    weights, biases = _stacked_views(thetas, net.sizes)
    a = X
    with np.errstate(over="ignore", under="ignore", invalid="ignore", divide="ignore"):
        for l in range(start, len(net.sizes)):
            z = np.matmul(a, np.ascontiguousarray(weights[l].transpose(0, 2, 1)))
            z += biases[l][:, None, :]
            a = net.activation(l).forward(z.reshape(G * N, -1)).reshape(G, N, -1)
        return _per_vector_losses(net, a, z, Y)


def _per_vector_losses(net: Network, a: np.ndarray, z: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """L_g = Σ_{n,k} ℓ_gnk / c from ``Loss.per_output``, whose terms sum to L·c with
    c = ``Loss.share_divisor(N, K)`` (N, N·K for bce, 1 for sse). Checked against ``Loss.value``
    on the first vector; a loss that breaks this contract falls back to ``Loss.value`` per vector."""
    loss = get_loss(net.loss)
    G, N, K = a.shape
    fused = loss.fused_with == net.output_activation

    def exact(g):
        return loss.value(a[g], Y, z[g] if fused else None)
    targets = np.broadcast_to(Y, (G, N, K)).reshape(G * N, K)
    extra = (z.reshape(G * N, K),) if fused else ()
    shares = loss.per_output(a.reshape(G * N, K), targets, *extra)
    losses = shares.reshape(G, N * K).sum(axis=1) / loss.share_divisor(N, K)
    if not np.isclose(losses[0], exact(0), rtol=1e-9, atol=0.0, equal_nan=True):
        return np.array([exact(g) for g in range(G)])
    return losses


def loss_slice(net: Network, X, Y, layer: int, j: int, i: int | None, values) -> np.ndarray:
    """The loss as one parameter (``W[layer][j, i]``, or ``b[layer][j]`` when ``i`` is None) takes
    each of ``values``, all other parameters fixed at their current values."""
    k = _trainable_index(net, (layer, j, i))
    origin = net.params.astype(np.float64)
    origin[k] = 0.0
    d = np.zeros_like(origin)
    d[k] = 1.0
    return loss_grid(net, X, Y, origin, d, np.zeros_like(d), values, [0.0])[:, 0]


def trajectory_losses(net: Network, X, Y, trajectory) -> np.ndarray:
    """The loss at each recorded parameter snapshot θ_t (rows of ``trajectory`` (T, P)), vectorised:
    the height of the real path, e.g. to mark gradient-descent steps on a 1-D slice."""
    X = net._as_inputs(X)
    Y = net._as_targets(Y, X.shape[0])
    thetas = np.atleast_2d(np.asarray(trajectory, dtype=net.dtype))
    if thetas.shape[1] != net.params.size:
        raise ValueError(translate("engine", "snapshots have {shape} values, the network has {size} parameters").format(
            shape=thetas.shape[1], size=net.params.size))
    step = max(1, CHUNK_ELEMENTS // (X.shape[0] * max(net.sizes)))
    return np.concatenate([stacked_losses(net, X, Y, thetas[i:i + step]) for i in range(0, len(thetas), step)])


def project(trajectory, origin, d1, d2, return_residual: bool = False):
    """Coordinates (α, β) of each snapshot θ_t in the plane θ₀ + α·d₁ + β·d₂; shape (T, 2).

    Least squares: (α, β)_t = argmin ‖θ_t − θ₀ − α·d₁ − β·d₂‖ (exact for points in the plane,
    whether or not d₁ ⟂ d₂). With ``return_residual`` also the distances ‖θ_t − plane‖ (T,).
    """
    points = np.atleast_2d(np.asarray(trajectory, dtype=np.float64))
    D = np.column_stack([np.asarray(d1, dtype=np.float64), np.asarray(d2, dtype=np.float64)])
    offsets = (points - np.asarray(origin, dtype=np.float64)).T
    coords = np.linalg.lstsq(D, offsets, rcond=None)[0].T
    if not return_residual:
        return coords
    return coords, np.linalg.norm(offsets.T - coords @ D.T, axis=1)


# -- the result for a contour plot ---------------------------------------------------------------

@dataclass
class Landscape:
    """A loss surface over a plane, ready for a contour plot.

    ``losses[a, b]`` is the loss at α = ``alphas[a]``, β = ``betas[b]``; the current weights are
    at (0, 0) (``origin_loss``). ``trajectory`` holds the projected snapshots (T, 2) or None,
    ``residual`` their distance to the plane. ``explained_variance`` is set for PCA planes.
    """

    alphas: np.ndarray
    betas: np.ndarray
    losses: np.ndarray
    origin: np.ndarray
    d1: np.ndarray
    d2: np.ndarray
    kind: str = "random"
    labels: tuple[str, str] = ("α", "β")
    explained_variance: np.ndarray | None = None
    trajectory: np.ndarray | None = None
    residual: np.ndarray | None = None
    origin_loss: float = float("nan")

    @property
    def extent(self) -> tuple[float, float, float, float]:
        """(α_min, α_max, β_min, β_max) of the grid."""
        return (float(self.alphas[0]), float(self.alphas[-1]), float(self.betas[0]), float(self.betas[-1]))

    def finite_range(self) -> tuple[float, float]:
        """Smallest and largest finite loss on the grid (for colour levels); (nan, nan) if none."""
        finite = self.losses[np.isfinite(self.losses)]
        if finite.size == 0:
            return float("nan"), float("nan")
        return float(finite.min()), float(finite.max())


def compute_landscape(net: Network, X, Y, kind: str = "random", *, resolution: int = 41,
                      span: float | None = None, weights=None, trajectory=None, directions=None,
                      rng: np.random.Generator | None = None, include_bias: bool = True,
                      progress_callback=None, cancel_event=None) -> Landscape:
    """The landscape around the current weights over a plane of the given ``kind``.

    ``kind``: ``"weights"`` (``weights=((l, j, i), (l, j, i))``), ``"random"`` (filter-normalised,
    from ``rng``), ``"pca"`` (of ``trajectory`` (T, P)) or ``"custom"`` (``directions=(d1, d2)``;
    pass the same directions again to follow training live on a fixed plane). The grid has
    ``resolution`` points per axis over [−span, span]; the default span is 1 for random planes,
    2 (weight units) for weight pairs, and for PCA 1.25× the largest projected coordinate.
    A given ``trajectory`` is projected onto the plane.
    """
    origin = net.params.astype(np.float64)
    ratios, labels = None, ("α", "β")
    if kind == "weights":
        d1, d2 = weight_pair_directions(net, *weights)
        labels = (param_label(*weights[0]), param_label(*weights[1]))
    elif kind == "random":
        d1, d2 = filter_normalized_directions(net, rng or np.random.default_rng(), include_bias)
    elif kind == "pca":
        d1, d2, ratios = pca_directions(trajectory)
        labels = (f"PC1 ({ratios[0]:.0%})", f"PC2 ({ratios[1]:.0%})")
    elif kind == "custom":
        d1, d2 = directions
    else:
        raise ValueError(translate("engine", "unknown plane kind {kind!r} (known: weights, random, pca, "
                                             "custom)").format(kind=kind))
    coords = residual = None
    if trajectory is not None:
        coords, residual = project(trajectory, origin, d1, d2, return_residual=True)
    if span is None:
        span = _default_span(kind, coords)
    grid = np.linspace(-span, span, int(resolution))
    losses = loss_grid(net, X, Y, origin, d1, d2, grid, grid,
                       progress_callback=progress_callback, cancel_event=cancel_event)
    return Landscape(grid, grid.copy(), losses, origin, np.asarray(d1, float), np.asarray(d2, float),
                     kind, labels, ratios, coords, residual, net.loss_value(X, Y))


# -- helpers -------------------------------------------------------------------------------------

def _default_span(kind: str, coords) -> float:
    if kind == "pca" and coords is not None and coords.size:
        extent = float(np.max(np.abs(coords)))
        return 1.25 * extent if extent > 0 else 1.0
    return 2.0 if kind == "weights" else 1.0


def _plane(net: Network, origin, d1, d2):
    """Origin and directions as float64 arrays of the right length, directions masked."""
    arrays = [np.asarray(v, dtype=np.float64).ravel() for v in (origin, d1, d2)]
    for name, v in zip(("origin", "d1", "d2"), arrays, strict=True):
        if v.size != net.params.size:
            raise ValueError(translate("engine", "{name} has {size} values, the network has {size2} parameters").format(
                name=name, size=v.size, size2=net.params.size))
    mask = net.gradient_mask()
    if mask is not None:
        arrays[1] = arrays[1] * mask
        arrays[2] = arrays[2] * mask
    return arrays


def _first_moving_layer(sizes, d1: np.ndarray, d2: np.ndarray) -> int:
    """The first layer whose W or b has a non-zero component in d₁ or d₂ (the output layer if none)."""
    offset = 0
    for l in range(1, len(sizes)):
        n = sizes[l] * (sizes[l - 1] + 1)
        if d1[offset:offset + n].any() or d2[offset:offset + n].any():
            return l
        offset += n
    return len(sizes) - 1


def _fixed_activations(net: Network, X: np.ndarray, origin: np.ndarray, first: int) -> np.ndarray:
    """A[first−1] at the origin's parameters (X itself when first = 1)."""
    if first == 1:
        return X
    probe = net.copy()
    probe.params[...] = origin
    ws = probe.workspace(X.shape[0])
    ws.forward(X)
    return ws.a[first - 1].copy()


def _safe_ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    out = np.zeros_like(num)
    np.divide(num, den, out=out, where=den > 0)
    return out


def _stacked_views(thetas: np.ndarray, sizes) -> tuple[list, list]:
    """Like ``network._views`` for a stack (G, P): W[l] of shape (G, out, in), b[l] of shape (G, out)."""
    G = thetas.shape[0]
    weights, biases, offset = [None], [None], 0
    for l in range(1, len(sizes)):
        n_w = sizes[l] * sizes[l - 1]
        weights.append(thetas[:, offset:offset + n_w].reshape(G, sizes[l], sizes[l - 1]))
        biases.append(thetas[:, offset + n_w:offset + n_w + sizes[l]])
        offset += n_w + sizes[l]
    return weights, biases

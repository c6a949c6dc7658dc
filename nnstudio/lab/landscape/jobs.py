"""The landscape tab's background jobs: plain functions of engine calls (run by ``TaskRunner``)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnstudio.document.data import Problem
from nnstudio.engine.landscape import (
    Landscape,
    compute_landscape,
    loss_slice,
    param_index,
    param_label,
    trajectory_losses,
)
from nnstudio.engine.network import Network
from nnstudio.engine.training import Trainer

MAX_SNAPSHOTS = 200


@dataclass
class PlaneRequest:
    """What to compute: a plane ``kind`` through ``network``'s weights on the training data."""

    network: Network
    X: np.ndarray
    Y: np.ndarray
    kind: str
    resolution: int
    span: float | None = None
    weights: tuple | None = None
    trajectory: np.ndarray | None = None
    directions: tuple | None = None
    seed: int = 0


@dataclass
class Slice:
    """Loss along one parameter: the curve, and the values that parameter took during training."""

    label: str
    values: np.ndarray
    losses: np.ndarray
    current: float
    current_loss: float
    steps: np.ndarray
    step_losses: np.ndarray
    path_losses: np.ndarray


def train_trajectory(problem: Problem, epochs: int, context=None) -> tuple[Network, np.ndarray]:
    """Train the problem's network copy for ``epochs`` and return it with its parameter snapshots
    (T, P): the start, then about ``MAX_SNAPSHOTS`` evenly spaced mini-batch steps."""
    net = problem.network.copy()
    trainer = Trainer(net, problem.data, problem.settings)
    batches = -(-len(problem.data.X_train) // max(1, int(problem.settings.batch_size)))
    every = max(1, epochs * batches // MAX_SNAPSHOTS)
    snapshots = [net.params.copy()]
    for epoch in range(epochs):
        done = False
        while not done:
            done = trainer.train_batch()
            if trainer.step % every == 0:
                snapshots.append(net.params.copy())
        if context is not None:
            context.report(epoch + 1, epochs)
            if context.cancelled:
                break
        if not np.all(np.isfinite(net.params)):
            break
    if not np.array_equal(snapshots[-1], net.params):
        snapshots.append(net.params.copy())
    return net, np.array(snapshots)


def compute_plane(request: PlaneRequest, context=None) -> Landscape:
    """``compute_landscape`` for a request, reporting progress and honouring cancellation."""
    r = request
    return compute_landscape(r.network, r.X, r.Y, r.kind, resolution=r.resolution, span=r.span, weights=r.weights,
                             trajectory=r.trajectory, directions=r.directions, rng=np.random.default_rng(r.seed),
                             progress_callback=None if context is None else context.report,
                             cancel_event=None if context is None else context.cancel_event)


def compute_slice(network: Network, X, Y, address, trajectory=None, span: float = 2.0,
                  points: int = 201) -> Slice:
    """The loss as parameter ``address`` = (l, j, i | None) varies by ±``span`` around its current
    value (widened to cover its values in ``trajectory``), all other parameters fixed; plus, for
    each snapshot, the slice's loss at that parameter's value and the snapshot's real loss."""
    k = param_index(network, *address)
    current = float(network.params[k])
    steps = np.zeros(0) if trajectory is None else np.asarray(trajectory)[:, k]
    lo, hi = current - span, current + span
    if steps.size:
        lo, hi = min(lo, float(steps.min())), max(hi, float(steps.max()))
        pad = 0.05 * (hi - lo)
        lo, hi = lo - pad, hi + pad
    values = np.linspace(lo, hi, points)
    losses = loss_slice(network, X, Y, *address, values)
    step_losses = loss_slice(network, X, Y, *address, steps) if steps.size else np.zeros(0)
    path_losses = trajectory_losses(network, X, Y, trajectory) if steps.size else np.zeros(0)
    current_loss = float(loss_slice(network, X, Y, *address, [current])[0])
    return Slice(param_label(*address), values, losses, current, current_loss, steps, step_losses, path_losses)

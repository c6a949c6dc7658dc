"""Every neuron's output over the input plane, computed once per frame for the output and neuron views."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnstudio.io.dataset_block import LoadedData


@dataclass
class PlaneField:
    """``a[l]`` has shape ``(resolution², size_l)``; grid rows are y, x runs fastest."""

    bounds: tuple[float, float, float, float]
    resolution: int
    a: list

    def image(self, layer: int, j: int) -> np.ndarray:
        """Neuron ``(layer, j)``'s output as a ``(res, res)`` array, row 0 = lowest y."""
        return self.a[layer][:, j].reshape(self.resolution, self.resolution)


class PlaneSampler:
    """Caches the grid for the data's bounds; ``field(net, data)`` runs one forward pass."""

    def __init__(self, resolution: int = 72):
        self.resolution = resolution
        self._key = None
        self._inputs = None
        self._bounds = None

    def field(self, net, data: LoadedData | None) -> PlaneField | None:
        if data is None or not data.planar or data.n_inputs != net.n_inputs:
            return None
        key = (id(data), self.resolution)
        if key != self._key:
            self._bounds = plane_bounds(data.all_points())
            grid = plane_grid(self._bounds, self.resolution)
            self._inputs = np.ascontiguousarray(data.inputs_from_points(grid), dtype=net.dtype)
            self._key = key
        trace = net.forward_trace(self._inputs)
        return PlaneField(self._bounds, self.resolution, trace.a)


def plane_bounds(points: np.ndarray, margin: float = 0.15) -> tuple[float, float, float, float]:
    """(x_min, x_max, y_min, y_max) of a square-ish box around 2-D points."""
    lo, hi = points.min(axis=0), points.max(axis=0)
    pad = (hi - lo) * margin + 1e-9
    lo, hi = lo - pad, hi + pad
    return float(lo[0]), float(hi[0]), float(lo[1]), float(hi[1])


def plane_grid(bounds, resolution: int) -> np.ndarray:
    """``resolution²`` points over the box, row-major with x fastest: row r is y index r."""
    x0, x1, y0, y1 = bounds
    xs = np.linspace(x0, x1, resolution)
    ys = np.linspace(y0, y1, resolution)
    gx, gy = np.meshgrid(xs, ys)
    return np.column_stack([gx.ravel(), gy.ravel()])

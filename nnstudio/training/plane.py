"""Every neuron's output over the input plane, computed once per frame for the output and neuron views."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .data import LoadedData, plane_grid


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
            self._bounds = data.plane_box()
            grid = plane_grid(self._bounds, self.resolution)
            self._inputs = np.ascontiguousarray(data.inputs_from_points(grid), dtype=net.dtype)
            self._key = key
        trace = net.forward_trace(self._inputs)
        return PlaneField(self._bounds, self.resolution, trace.a)

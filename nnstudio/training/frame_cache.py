"""What the views share per frame: every neuron's output over the input plane and its images,
computed once per frame however many views ask."""

from __future__ import annotations

from .plane import PlaneSampler
from .views.neurons import neuron_images


class FrameCache:
    def __init__(self):
        self.sampler = PlaneSampler()
        self._field_key = self._field = self._images_field = None
        self._images: dict = {}

    def plane_field(self, frame: int, network, data):
        """Every neuron's output over the input plane (None without 2-D data), cached per
        (frame, data, network)."""
        key = (frame, id(data), id(network))
        if key != self._field_key:
            self._field_key = key
            try:
                self._field = self.sampler.field(network, data)
            except ValueError:
                self._field = None
        return self._field

    def neuron_images(self, field, network) -> dict:
        """``{(l, j): QImage}`` for ``field`` (cached with it)."""
        if field is not self._images_field:
            self._images_field = field
            self._images = {} if field is None else neuron_images(field, network)
        return self._images

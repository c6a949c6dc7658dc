"""The step-through's named actions and state values for lessons (declared in ``io/lessons/catalogue``).

``stepper.value`` reads the engine's trace of the pass being stepped through — the numbers the panel
shows — for the sample the neurons show. Layers count from 1 (the first hidden layer), neurons and
source neurons from 1, as on the canvas.
"""

from __future__ import annotations

import math


def register(hooks, parts) -> None:
    """Register the ``stepper.*`` names on ``hooks`` for the installed ``StepperParts``."""
    ctl = parts.controller

    def start(step: str, layer: int | None = None) -> None:
        if not ctl.active:
            parts.action.setChecked(True)
        st = ctl.st
        if st is None:
            raise ValueError("the step-through cannot start on this network and data")
        for index in range(len(st)):
            candidate = st.step(index)
            if candidate.kind == step and (layer is None or candidate.layer == layer):
                ctl.go_to(index)
                return
        raise ValueError(f"the step-through has no {step} step" + (f" for layer {layer}" if layer else ""))

    def value(quantity: str, layer: int | None = None, neuron: int = 1, source: int | None = None):
        st = ctl.st
        if st is None:
            return None
        trace = st.trace
        if quantity == "loss":
            return None if trace.loss is None else float(trace.loss)
        layer = st.n_layers if layer is None else int(layer)
        j = int(neuron) - 1
        sample = st.sample_index if st.sample_index is not None else 0
        if quantity in ("z", "a", "delta"):
            rows = {"z": trace.z, "a": trace.a, "delta": trace.delta}[quantity]
            return _number(rows[layer][sample, j])
        if quantity == "grad_bias":
            return _number(trace.grad_bias[layer][j])
        if quantity == "new_bias":
            return _number(trace.new_bias[layer][j])
        i = int(source or 1) - 1
        matrices = trace.grad_weights if quantity == "grad_weight" else trace.new_weights
        return _number(matrices[layer][j, i])

    hooks.register_action("stepper.start", start)
    hooks.register_state("stepper.active", lambda: bool(ctl.active))
    hooks.register_state("stepper.step", lambda: ctl.st.current.kind if ctl.st is not None else None)
    hooks.register_state("stepper.value", value)
    panel = parts.panel
    for name, widget in (("stepper.next", getattr(getattr(panel, "nav", None), "next_button", None)),
                         ("stepper.explanation", getattr(panel, "explanation", None))):
        if widget is not None:
            widget.setObjectName(name)


def _number(x) -> float | None:
    value = float(x)
    return value if math.isfinite(value) else None

"""Step-through of one forward and backward pass with the real numbers (Qt-free core).

``StepThrough`` turns one engine ``Trace`` into the ordered steps a learner walks through;
``explain`` writes the formula of a neuron or connection with the numbers substituted;
``matrix_view`` writes the current layer as matrices; ``numbers`` formats every number.
The GUI renders what these produce; nothing here imports Qt.
"""

from nnstudio.io.numbers import fmt

from .steps import BACKWARD, FORWARD, KINDS, LOSS, UPDATE, Step, StepThrough

__all__ = ["BACKWARD", "FORWARD", "KINDS", "LOSS", "UPDATE", "Step", "StepThrough", "fmt"]

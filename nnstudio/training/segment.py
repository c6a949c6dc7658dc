"""A run segment: the state before Play/Step (what undo returns to) and the one undo command that
commits the trained weights ("Train 250 epochs")."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnstudio.document import commands as C


@dataclass
class Segment:
    """The state before a run segment: what undo returns to."""

    before: np.ndarray
    history_before: dict
    epoch0: int
    step0: int

    def command(self, doc, params: np.ndarray, epoch: int, step: int, history: dict):
        """``ReplaceParametersCommand`` from the state before to ``params`` (with ``history``)."""
        epochs, steps = epoch - self.epoch0, step - self.step0
        text = f"Train {epochs} epoch{'s' * (epochs != 1)}" if epochs else f"Train {steps} step{'s' * (steps != 1)}"
        return C.ReplaceParametersCommand(doc, params, text, before=self.before, history=history,
                                          history_before=self.history_before)

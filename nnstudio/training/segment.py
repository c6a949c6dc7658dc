"""A run segment: the state before Play/Step (what undo returns to) and the one undo command that
commits the trained weights ("Train 250 epochs")."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnstudio.document import commands as C
from nnstudio.engine.text import translate


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
        text = (translate("Training", "Train %n epoch(s)", None, epochs) if epochs
                else translate("Training", "Train %n step(s)", None, steps))
        return C.ReplaceParametersCommand(doc, params, text, before=self.before, history=history, source="train",
                                          history_before=self.history_before)

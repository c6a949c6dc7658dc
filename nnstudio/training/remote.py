"""A trainer living in the engine process, seen from the GUI process with the ``Trainer`` attributes
the controller uses: ``net`` (a local mirror, updated when a run or step reports back), ``settings``,
``epoch``, ``step``, ``set_learning_rate``/``set_regularization``/``set_dropout``, ``train_batch``,
``evaluate``."""

from __future__ import annotations

import dataclasses

import numpy as np

from nnstudio.engine.training import TrainData, TrainingSettings

from .engine_process import EngineProcess, trainer_spec


class RemoteTrainer:
    def __init__(self, engine: EngineProcess, net, data: TrainData, settings: TrainingSettings,
                 epoch: int = 0, step: int = 0):
        settings.validate()
        self.engine = engine
        self.net = net.copy()
        self.settings = dataclasses.replace(settings)
        self.epoch, self.step = int(epoch), int(step)
        engine.request(("setup", trainer_spec(self.net, data, self.settings, self.epoch, self.step)))

    # -- settings that may change between runs ------------------------------------------------------
    def set_learning_rate(self, lr: float) -> None:
        self._live(learning_rate=float(lr))

    def set_regularization(self, kind: str, rate: float) -> None:
        self._live(regularization=(kind, float(rate)))

    def set_dropout(self, rate: float) -> None:
        self._live(dropout=float(rate))

    def _live(self, **changes) -> None:
        s = dataclasses.replace(self.settings)
        if "learning_rate" in changes:
            s.learning_rate = changes["learning_rate"]
        if "regularization" in changes:
            s.regularization, s.regularization_rate = changes["regularization"]
        if "dropout" in changes:
            s.dropout = changes["dropout"]
        if s != self.settings:
            s.validate()
            self.engine.request(("settings", changes))
            self.settings = s

    def sync_params(self, params: np.ndarray) -> None:
        """Continue from ``params`` (the document's weights were edited between runs)."""
        self.engine.request(("params", np.asarray(params)))
        np.copyto(self.net.params, params)

    # -- stepping ---------------------------------------------------------------------------------
    def train_batch(self) -> bool:
        ended, self.epoch, self.step, params = self.engine.request(("step",))
        np.copyto(self.net.params, params)
        return ended

    def evaluate(self):
        (progress,) = self.engine.request(("evaluate",))
        return progress

    def absorb(self, epoch: int, step: int, params: np.ndarray) -> None:
        """Mirror what a run reported."""
        self.epoch, self.step = int(epoch), int(step)
        if params.shape == self.net.params.shape:
            np.copyto(self.net.params, params)

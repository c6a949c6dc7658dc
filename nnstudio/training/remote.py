"""A trainer living in the engine process, seen from the GUI process with the ``Trainer`` attributes
the controller uses: ``net`` (a local mirror, updated when a run or step reports back), ``settings``,
``epoch``, ``step``, ``apply``, ``train_batch``, ``evaluate``."""

from __future__ import annotations

import numpy as np

from nnstudio.engine.training import TrainData, TrainingSettings

from .engine_process import EngineProcess, TrainerSetup


class RemoteTrainer:
    def __init__(self, engine: EngineProcess, net, data: TrainData, settings: TrainingSettings,
                 epoch: int = 0, step: int = 0):
        settings.validate()
        self.engine = engine
        self.net = net.copy()
        self.settings = settings
        self.epoch, self.step = int(epoch), int(step)
        engine.request(("setup", TrainerSetup(self.net, data, settings, self.epoch, self.step)))

    # -- settings that change between runs ---------------------------------------------------------
    def apply(self, settings: TrainingSettings) -> None:
        """``Trainer.apply`` in the engine process."""
        if settings != self.settings:
            settings.validate()
            self.engine.request(("settings", settings))
            self.settings = settings

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

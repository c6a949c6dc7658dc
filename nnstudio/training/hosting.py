"""Where the trainer lives: in the engine process (started on first use) or, when no process can
run, in this process. ``TrainerHost`` builds trainers and owns the engine process (no Qt)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from nnstudio.engine.text import translate
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings

from .engine_process import EngineError, EngineProcess
from .remote import RemoteTrainer


class TrainerHost:
    """``use_process`` False trains in this process; ``say(text)`` reports a fallback."""

    def __init__(self, say: Callable[[str], None]):
        self.say = say
        self.use_process = True
        self.engine: EngineProcess | None = None

    def new_trainer(self, net, data: TrainData, settings: TrainingSettings, epoch: int, step: int):
        """A trainer of ``net`` (a copy the caller gives away) continuing from ``epoch``/``step``;
        raises ValueError when the engine process refuses the setup."""
        engine = self.start_engine()
        if engine is not None:
            try:
                return RemoteTrainer(engine, net, data, settings, epoch, step)
            except EngineError as exc:
                if engine.alive:
                    raise ValueError(str(exc)) from None
                self.say(translate("Training",
                                   "The training process failed ({error}); training in the app itself.").format(
                    error=exc))
                self.use_process = False
        tr = Trainer(net, data, settings)
        tr.epoch, tr.step = epoch, step
        return tr

    def start_engine(self) -> EngineProcess | None:
        """The engine process, started on first use (None when processes are off or cannot start)."""
        if not self.use_process:
            return None
        if self.engine is not None and not self.engine.alive:
            self.engine.close(0.1)
            self.engine = None
        if self.engine is None:
            try:
                self.engine = EngineProcess()
            except (OSError, RuntimeError) as exc:
                self.say(translate("Training", "Could not start the training process ({error}); training in the app "
                                               "itself.").format(error=exc))
                self.use_process = False
                return None
        return self.engine

    def close(self, timeout: float) -> None:
        """End the engine process (closing the window)."""
        if self.engine is not None:
            self.engine.close(timeout)
            self.engine = None


def can_continue(trainer, doc, step: int) -> bool:
    """True when ``trainer`` may go on training the document at ``step``: same weights, and no
    setting changed that needs a fresh optimiser state."""
    return (trainer is not None and trainer.settings.restart_key() == doc.training.restart_key()
            and np.array_equal(trainer.net.params, doc.network.params) and trainer.step == step)

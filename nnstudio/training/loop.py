"""The training loop shared by the engine process and the in-thread fallback (Qt-free).

It trains in short chunks of mini-batches (the chunk adapts so that it lasts about
``CHUNK_SECONDS``); between chunks it checks for a stop request, applies live setting changes,
evaluates now and then (one history row each time: before the first step of a new history, after
each of the first ``EARLY_EPOCHS`` epochs — where the loss falls fastest — then at most every
``EVAL_SECONDS``, less often as the history grows) and publishes a snapshot at most every
``SNAPSHOT_SECONDS``. Under a speed limit (``max_rate`` steps per second: the panel's slow motion) it
takes only the steps the limit allows and sleeps in between.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from nnstudio.engine.text import translate
from nnstudio.engine.training import DIVERGED, Trainer, TrainingSettings
from nnstudio.io.numbers import fmt

from .history import row_from_progress

CHUNK_SECONDS = 0.004
SNAPSHOT_SECONDS = 1 / 30
EVAL_SECONDS = 0.02
EARLY_EPOCHS = 30
RUN, EPOCH = "run", "epoch"
MAX_CHUNK = 4096


@dataclass(frozen=True)
class LiveChange:
    """A change while a run goes on: the document's new settings (the trainer takes them with
    ``Trainer.apply``), the epoch to stop at (None = until stopped) and the speed limit."""

    settings: TrainingSettings
    epoch_limit: int | None
    max_rate: float | None = None    # the speed limit in steps per second (None: full speed)


class RunLoop:
    """One run of ``trainer``: call :meth:`run`; it returns the final status
    ("paused", "done" or "diverged"). ``publish(status, loop)`` is called for every snapshot,
    ``add_row(row)`` for every history row, ``poll()`` returns ``(stop, change)`` with the newest
    :class:`LiveChange` or None."""

    def __init__(self, trainer: Trainer, mode: str, epoch_limit: int | None, history_length: int,
                 publish: Callable, add_row: Callable, poll: Callable):
        self.trainer = trainer
        self.mode = mode
        self.epoch_limit = epoch_limit
        self.history_length = history_length
        self.publish = publish
        self.add_row = add_row
        self.poll = poll
        self.chunk = 8
        self.max_rate: float | None = None     # steps per second (None: full speed)
        self._rate_mark = (0.0, 0)             # (time, step) the speed limit counts from
        self.progress = None
        self.rate = 0.0
        self.note = ""  # what ended the run, when it is worth saying (early stopping)
        self._last_row_finite = True

    def run(self) -> str:
        status = self._loop()
        if self.progress is None or self.progress.step != self.trainer.step:
            self.evaluate()
            if self.progress.status == DIVERGED:
                status = "diverged"
        return status

    def _loop(self) -> str:
        tr = self.trainer
        now = time.perf_counter()
        last_snap = last_eval = now
        snap_step = tr.step
        if self.history_length == 0 and tr.step == 0:
            self.evaluate()                  # the curve starts at the initial loss (epoch 0)
        while True:
            stop, change = self.poll()
            if stop:
                return "paused"
            if change is not None:
                self.apply(change)
            if self.epoch_limit is not None and tr.epoch >= self.epoch_limit:
                return "done"
            steps = self._allowed_steps()
            if steps == 0:
                time.sleep(min(0.005, 0.5 / self.max_rate))
                continue
            epoch_before = tr.epoch
            t0 = time.perf_counter()
            tr.train_steps(steps)
            now = time.perf_counter()
            self._adapt(now - t0)
            ended = tr.epoch != epoch_before
            due = tr.epoch <= EARLY_EPOCHS or now - last_eval >= EVAL_SECONDS * max(1.0, self.history_length / 1000)
            limit = self.epoch_limit is not None and tr.epoch >= self.epoch_limit
            watching = ended and tr.settings.patience > 0 and tr.X_test is not None
            if ended and (due or self.mode == EPOCH or limit or watching):
                self.evaluate(record=due or self.mode == EPOCH or limit)
                last_eval = now
                if self.progress.status == DIVERGED:
                    return "diverged"
                if watching and tr.note_progress(self.progress):
                    return self._stop_early()
            if self.mode == EPOCH and ended:
                return "paused"
            slow = self.max_rate is not None and self.max_rate * SNAPSHOT_SECONDS <= 1.0
            if now - last_snap >= SNAPSHOT_SECONDS or slow:     # slow motion: every step is drawn
                if not np.isfinite(tr.net.params).all():
                    self.evaluate()
                    return "diverged"
                self.rate = (tr.step - snap_step) / (now - last_snap)
                snap_step, last_snap = tr.step, now
                self.publish("running", self)

    def _allowed_steps(self) -> int:
        """Steps to take now: the chunk at full speed; under a speed limit, those the limit allows
        since it was set (at most one chunk; 0 = wait)."""
        if self.max_rate is None:
            return self.chunk
        t0, step0 = self._rate_mark
        due = int((time.perf_counter() - t0) * self.max_rate) - (self.trainer.step - step0)
        return max(0, min(self.chunk, due))

    def set_max_rate(self, rate: float | None) -> None:
        """Limit the speed to ``rate`` steps per second (None or ≤ 0: full speed)."""
        self.max_rate = float(rate) if rate is not None and rate > 0 else None
        self._rate_mark = (time.perf_counter(), self.trainer.step)

    def _adapt(self, elapsed: float) -> None:
        """Scale the chunk so that it lasts about CHUNK_SECONDS."""
        if elapsed <= 0:
            self.chunk = min(self.chunk * 2, MAX_CHUNK)
            return
        target = self.chunk * CHUNK_SECONDS / elapsed
        self.chunk = int(min(max(1, 0.5 * self.chunk + 0.5 * target), MAX_CHUNK))

    def apply(self, change: LiveChange) -> None:
        self.trainer.apply(change.settings)
        self.epoch_limit = change.epoch_limit
        if change.max_rate != self.max_rate:
            self.set_max_rate(change.max_rate)

    def _stop_early(self) -> str:
        """Early stopping: the best test loss's weights come back and the run ends (``done``)."""
        tr = self.trainer
        stopped_at = tr.epoch
        tr.restore_best()
        self.evaluate()
        self.note = translate("Training", "Early stopping at epoch {stopped}: no better test loss for {patience} "
                                          "epochs; the weights of epoch {best} (best test loss {loss}) are "
                                          "back.").format(stopped=stopped_at, patience=tr.settings.patience,
                                                          best=tr.best_epoch, loss=fmt(tr.best_test_loss))
        return "done"

    def evaluate(self, record: bool = True) -> None:
        """Loss and metrics now; a history row unless ``record`` is False (only the first of a run
        of non-finite ones)."""
        self.progress = self.trainer.evaluate()
        finite = math.isfinite(self.progress.train_loss)
        if not record:
            return
        if finite or self._last_row_finite:
            self.add_row(row_from_progress(self.progress))
            self.history_length += 1
        self._last_row_finite = finite

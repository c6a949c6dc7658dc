"""The training controller: the run's state, its commands (play, pause, step, stop, reset), the worker
thread, the one redraw timer, and the commit of each run as an undo command.

Data flows one way (DESIGN §1): document → a copy in the trainer → snapshots → views. While a run
goes on, the latest snapshot's weights are written into the document (``source="train"``, not
undoable) so the canvas follows; when the run pauses or stops, the weights enter the document as
one ``ReplaceParametersCommand`` ("Train 250 epochs") whose ``before`` is the state before the run.
Only the GUI thread ever writes to the document. Its helpers: ``data_source`` (the data),
``hosting`` (where the trainer lives), ``segment`` (what a run commits), ``pacing`` (how often the
weights are written while running), ``frame_cache`` (what the views share per frame).
"""

from __future__ import annotations

import copy
import math
from contextlib import nullcontext
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from nnstudio.document import commands as C
from nnstudio.engine.training import DIVERGED, Trainer
from nnstudio.io.dataset_block import LoadedData
from nnstudio.io.numbers import localize
from nnstudio.widgets.i18n import translate

from .data_source import DataSource
from .engine_process import EngineError
from .evaluation import evaluate
from .frame_cache import FrameCache
from .history import History, row_from_progress
from .hosting import TrainerHost, can_continue
from .loop import EPOCH, RUN, LiveChange
from .pacing import FramePacer
from .remote import RemoteTrainer
from .run_thread import RunThread
from .segment import Segment
from .worker import Snapshot

IDLE, RUNNING, PAUSED, DONE, DIVERGED_STATE, ERROR = "idle", "running", "paused", "done", "diverged", "error"
FRAME_MS = 25
PARK_FOR_FRAMES = True
RESUME_MS = 400     # after an edit that paused training, resume when no further edit came for this long
DIVERGED_HINT = "lower the learning rate, then press Reset (or Play to restart from the weights before the run)"


class TrainingController(QObject):
    """Play/pause/step/stop/reset of training on a document, with one redraw timer.

    Signals: ``stateChanged(state)``, ``refresh()`` (redraw from ``doc.network``, ``data``,
    ``history``, ``progress``), ``dataChanged()``, ``message(text)``.
    """

    stateChanged = Signal(str)
    refresh = Signal()
    dataChanged = Signal()
    message = Signal(str)
    networkAdapted = Signal()     # the panel resized the input/output layers (the canvas may refit)
    sampleChosen = Signal(str, int)  # a data point was clicked: ("train" | "test", row in that part)

    def __init__(self, doc, undo_stack, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.undo_stack = undo_stack
        self.state = IDLE
        self.status_text = ""
        self.history = History.from_dict(doc.history)
        self.trainer: Trainer | RemoteTrainer | None = None
        self.host = TrainerHost(self.message.emit)
        self.source = DataSource()
        self.progress = None
        self.steps_per_second = 0.0
        self.until_stopped = True     # Play trains until paused; the epoch target is an option
        self.max_rate: float | None = None   # the speed control: steps per second (None: full speed)
        self.last_good: tuple | None = None   # (params, epoch, step) of the last finite snapshot of a run
        self.divergence = ""          # why the last run diverged ('' when it did not)
        self.lock_seed = False        # Reset keeps the seed (else it draws the next one)
        self._resume_after_edit = False
        self._resume_index = 0
        self._resume_timer = QTimer(self)
        self._resume_timer.setSingleShot(True)
        self._resume_timer.setInterval(RESUME_MS)
        self._resume_timer.timeout.connect(self._resume)
        self.frames = 0
        self.run_thread: RunThread | None = None
        self._segment: Segment | None = None
        self._seen_seq = 0
        self._writing = False
        self._dirty = True
        self._painting = False
        self.pacer = FramePacer()
        self.cache = FrameCache()
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._on_frame)
        self._unsubscribe = doc.subscribe(self._on_doc_event)
        doc.edit_guards.append(self.before_edit)
        self.ensure_data()
        self._mark_dirty()

    # -- state ------------------------------------------------------------------------------------
    @property
    def data(self) -> LoadedData | None:
        return self.source.data

    @property
    def data_error(self) -> str:
        return self.source.error

    @property
    def engine(self):
        """The engine process (None before the first run or without processes)."""
        return self.host.engine

    @property
    def use_process(self) -> bool:
        return self.host.use_process

    @use_process.setter
    def use_process(self, on: bool) -> None:
        self.host.use_process = bool(on)

    @property
    def running(self) -> bool:
        return self.run_thread is not None

    @property
    def epoch(self) -> int:
        return self.trainer.epoch if self.trainer is not None else int(_last(self.history, 0))

    @property
    def step(self) -> int:
        return self.trainer.step if self.trainer is not None else int(_last(self.history, 1))

    def _set_state(self, state: str, text: str = "") -> None:
        self.state, self.status_text = state, text
        self.stateChanged.emit(state)
        if text:
            self.message.emit(text)

    # -- data -------------------------------------------------------------------------------------
    def ensure_data(self) -> LoadedData | None:
        """Load the document's dataset block when it changed; None (and ``data_error``) on failure."""
        if self.source.ensure(self.doc.dataset):
            self.trainer = None
            self.dataChanged.emit()
        return self.data

    def use_data(self, data: LoadedData) -> None:
        """Train on ``data`` instead of the document's dataset block (benchmarks, scripted use), until
        the block changes."""
        self._halt(commit=True, state=PAUSED)
        self.source.use(data, self.doc.dataset)
        self.trainer = None
        self.dataChanged.emit()
        self._mark_dirty()

    def fit_problem(self) -> str:
        """Why the data cannot train the current network ('' when it can)."""
        self.ensure_data()
        return self.source.fit_problem(self.doc.network)

    # -- what the views share per frame ---------------------------------------------------------------
    def plane_field(self):
        """Every neuron's output over the input plane (None without 2-D data); cached per frame."""
        return self.cache.plane_field(self.frames, self.doc.network, self.data)

    def neuron_images(self, field) -> dict:
        """``{(l, j): QImage}`` for ``field`` (cached with it)."""
        return self.cache.neuron_images(field, self.doc.network)

    # -- trainer ----------------------------------------------------------------------------------
    def _ensure_trainer(self):
        problem = self.fit_problem()
        if problem:
            self._set_state(ERROR, translate("Training", "Cannot train: {problem}.").format(problem=problem))
            return None
        tr = self.trainer
        try:
            if not can_continue(tr, self.doc, int(_last(self.history, 1))):
                tr = self.trainer = self._new_trainer()
            tr.apply(self.doc.training)
        except (ValueError, EngineError) as exc:
            self.trainer = None
            self._set_state(ERROR, translate("Training", "Cannot train: {problem}.").format(problem=exc))
            return None
        return tr

    def _new_trainer(self):
        """A trainer of a copy of the network, continuing the document's history."""
        net = self.doc.network.copy()
        self.history = History.from_dict(self.doc.history)
        epoch, step = int(_last(self.history, 0)), int(_last(self.history, 1))
        return self.host.new_trainer(net, self.source.train_data(net.n_outputs), self.doc.training, epoch, step)

    def _epoch_limit(self, tr) -> int | None:
        if self.until_stopped:
            return None
        epochs = int(self.doc.training.epochs)
        return epochs if tr.epoch < epochs else tr.epoch + max(epochs, 1)

    # -- commands from the panel --------------------------------------------------------------------
    def set_speed(self, steps_per_second: float | None) -> None:
        """Limit training to ``steps_per_second`` (None: full speed); applies at once to a running run."""
        self.max_rate = steps_per_second if steps_per_second and steps_per_second > 0 else None
        self.set_live_settings()

    def toggle(self) -> None:
        """Play/Pause."""
        self._resume_after_edit = False
        if self.running:
            self.pause()
        else:
            self.play()

    def play(self) -> bool:
        return self._launch(RUN)

    def step_epoch(self) -> bool:
        return self._launch(EPOCH)

    def pause(self) -> None:
        """Stop the worker and commit its weights as one undo step."""
        self._halt(commit=True, state=PAUSED)

    def stop(self) -> None:
        """End the run: commit, and forget the optimiser state (the next Play starts fresh)."""
        self._halt(commit=True, state=IDLE)
        self.trainer = None
        self._set_state(IDLE, "Stopped.")

    def pause_for_edit(self) -> None:
        """Call before pushing an edit of the network: pauses (and commits) a running training."""
        if self.running:
            self._halt(commit=True, state=PAUSED, text=translate("Training", "Paused for editing."))

    def before_edit(self, command) -> None:
        """The document's edit guard: an edit that changes the maths (a weight, a layer, …) pauses
        and commits a running training first, which resumes once the edits stop; layout-only edits
        (moving neurons, names) and training settings (they apply live) let it run."""
        if getattr(command, "changes_maths", True) and (self.running or self._resume_after_edit):
            if self.running:
                self.pause_for_edit()
                self._resume_after_edit = True
                self._resume_index = self.undo_stack.index()
            self._resume_timer.start()

    def _resume(self) -> None:
        """Play again after the edits that paused it (not after an Undo, which went back)."""
        if (self._resume_after_edit and not self.running and self.state == PAUSED and not self.fit_problem()
                and self.undo_stack.index() >= self._resume_index):
            self._resume_after_edit = False
            self.play()
        self._resume_after_edit = False

    def step_batch(self) -> bool:
        """One mini-batch update (exactly one engine step, waited for), committed as a command."""
        if self.running:
            self.pause()
        tr = self._ensure_trainer()
        if tr is None:
            return False
        self._begin_segment(tr)
        try:
            tr.train_batch()
            self._record(tr.evaluate())
        except EngineError as exc:
            self._segment, self.trainer = None, None
            self._set_state(ERROR, translate("Training", "Training failed: {error}.").format(error=exc))
            return False
        self._write_live(tr.net.params)
        self._finish(DIVERGED if self.progress.status == DIVERGED else "paused")
        return True

    def reset(self) -> None:
        """Fresh weights: the next seed (the same one when ``lock_seed``) with the initialiser; the
        history cleared (one undo step)."""
        self._halt(commit=True, state=IDLE)
        self._resume_after_edit = False
        seed = int(self.doc.training.seed) + (0 if self.lock_seed else 1)
        self._writing = True
        try:
            self.undo_stack.beginMacro(translate("Training", "Reset training"))
            if seed != int(self.doc.training.seed):
                self.undo_stack.push(C.SetTrainingSettingsCommand(
                    self.doc, replace(self.doc.training, seed=seed), translate("Training", "Seed {seed}").format(
                        seed=seed)))
            self.undo_stack.push(C.RandomiseWeightsCommand(self.doc, self.doc.training.initializer, seed))
            self.undo_stack.push(C.SetHistoryCommand(self.doc, {}))
            self.undo_stack.endMacro()
        finally:
            self._writing = False
        self.trainer = None
        self.history = History()
        self.steps_per_second = 0.0
        self._set_state(IDLE, translate("Training", "Reset: weights re-initialised ({init}, seed {seed}).").format(
            init=self.doc.training.initializer, seed=seed))
        self._mark_dirty()

    def back_to_last_good(self) -> bool:
        """After a divergence: the weights of the last finite snapshot, as one undo step."""
        if self.last_good is None or self.state != DIVERGED_STATE:
            return False
        params, epoch, _step = self.last_good
        self._writing = True
        try:
            self.undo_stack.push(C.ReplaceParametersCommand(self.doc, params,
                                                            translate("Training", "Back to the last good weights "
                                                                                  "(epoch "
                                                                                  "{epoch})").format(epoch=epoch)))
        except ValueError as exc:
            self.message.emit(translate("Training", "Could not go back: {error}").format(error=exc))
            return False
        finally:
            self._writing = False
        self.trainer = None
        self.divergence = ""
        self._set_state(PAUSED, translate("Training", "Back to the weights of epoch {epoch}; lower η before playing "
                                                      "again.").format(epoch=epoch))
        self._mark_dirty()
        return True

    def shutdown(self, timeout: float = 0.9) -> bool:
        """Stop the worker within ``timeout`` seconds (closing the window); True when it stopped."""
        self.timer.stop()
        stopped = self._halt(commit=True, state=PAUSED, timeout=timeout * 0.6)
        self.host.close(timeout * 0.3)
        self.trainer = None
        return stopped

    def set_live_settings(self) -> None:
        """Pass the document's live-changeable settings to a running worker."""
        if self.run_thread is not None:
            self.run_thread.change(LiveChange(self.doc.training, self._limit if self.trainer is None
                                              else self._epoch_limit(self.trainer), self.max_rate))

    # -- the run ----------------------------------------------------------------------------------
    def _launch(self, mode: str) -> bool:
        if self.running:
            return False
        tr = self._ensure_trainer()
        if tr is None:
            return False
        self._begin_segment(tr)
        self.last_good = None
        limit = self._epoch_limit(tr) if mode == RUN else None
        self._limit = limit
        self._seen_seq = 0
        self.pacer.restart()
        first = LiveChange(self.doc.training, limit, self.max_rate) if self.max_rate is not None else None
        self.run_thread = RunThread(tr, self.history, mode, limit, self._on_worker_finished, first)
        self.timer.start()
        self._set_state(RUNNING)
        return True

    def _begin_segment(self, tr) -> None:
        self._segment = Segment(self.doc.network.params.copy(), copy.deepcopy(self.doc.history), tr.epoch, tr.step)

    def _halt(self, commit: bool, state: str, timeout: float = 2.0, text: str = "") -> bool:
        """Stop a running worker synchronously; commit (or discard) its segment."""
        run = self.run_thread
        if run is None:
            return True
        stopped = run.stop(timeout)
        self.run_thread = None
        if not stopped:  # never expected: the worker checks the flag every few milliseconds
            self._segment = None
            self._set_state(ERROR, translate("Training", "The training thread did not stop in time."))
            return False
        final = run.worker.final
        if final is not None and commit:
            self._absorb(final)
        if commit and final is not None:
            status = final.status if final.status in (DIVERGED, "error") else state
            self._finish(status, text)
        else:
            self._segment = None
        return True

    @Slot(object)
    def _on_worker_finished(self, final: Snapshot) -> None:
        run = self.run_thread
        if run is None or not run.owns(final):
            return  # already handled by _halt
        run.join()
        self.run_thread = None
        self._absorb(final)
        self._finish({"done": DONE, "running": PAUSED}.get(final.status, final.status),
                     final.message if final.status == "done" else "")

    def _absorb(self, snap: Snapshot, write: bool = True) -> None:
        if snap.progress is not None:
            self.progress = snap.progress
        if isinstance(self.trainer, RemoteTrainer) and snap.params.size:
            self.trainer.absorb(snap.epoch, snap.step, snap.params)
        if snap.status != DIVERGED and snap.params.size and np.isfinite(snap.params).all():
            self.last_good = (snap.params.copy(), snap.epoch, snap.step)
            if write:
                self._write_live(snap.params)
        elif snap.good is not None:  # the engine's last healthy evaluation (a finite frame may already explode)
            params, epoch, step = snap.good
            self.last_good = (np.array(params, copy=True), int(epoch), int(step))

    def _finish(self, status: str, text: str = "") -> None:
        """Commit the segment (or, after divergence, return to the weights before it)."""
        tr, seg = self.trainer, self._segment
        self._segment = None
        self._mark_dirty()
        if status in (DIVERGED, DIVERGED_STATE):
            if seg is not None:
                self._write_live(seg.before)
                if self.last_good is None or self.last_good[2] <= seg.step0:
                    self.last_good = (seg.before.copy(), seg.epoch0, seg.step0)
            self.trainer = None
            self.history = History.from_dict(self.doc.history)
            lr = self.doc.training.learning_rate
            message = translate("Training", "The loss is diverging — the learning rate is probably too large "
                                            "(η = {lr}). Training stopped at epoch {epoch}; the weights from "
                                            "before Play are back.")
            self.divergence = localize(message.format(lr=f"{lr:g}", epoch=tr.epoch if tr else "?"))
            self._set_state(DIVERGED_STATE, self.divergence)
            return
        self.divergence = ""
        if seg is not None and tr is not None and tr.step > seg.step0:
            self._commit(tr, seg)
        if status == "error":
            self._set_state(ERROR, translate("Training", "Training failed; see the console for details."))
        elif status == DONE:
            done = tr.epoch
            self._set_state(DONE, text or translate("Training", "Done: %n epoch(s).", None, done))
        else:
            self._set_state(status if status in (PAUSED, IDLE) else PAUSED, text)

    def _commit(self, tr, seg: Segment) -> None:
        self._writing = True
        try:
            self.undo_stack.push(seg.command(self.doc, tr.net.params, tr.epoch, tr.step, self.history.to_dict()))
        except ValueError as exc:
            self.message.emit(translate("Training", "Could not keep the trained weights: {error}").format(error=exc))
        finally:
            self._writing = False

    def _record(self, progress) -> None:
        self.progress = progress
        self.history.append(row_from_progress(progress))

    def _write_live(self, params: np.ndarray) -> None:
        if params.shape != self.doc.network.params.shape or np.array_equal(params, self.doc.network.params):
            return
        self._writing = True
        try:
            self.doc.replace_parameters(params, "train")
        finally:
            self._writing = False

    # -- redraw -----------------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        self._dirty = True
        if not self.timer.isActive():
            self.timer.start()

    @Slot()
    def _on_frame(self) -> None:
        """The one redraw timer: take the newest snapshot, let the views redraw, paint — with the
        worker parked, so the frame runs alone (see ``worker.Control``)."""
        run = self.run_thread if PARK_FOR_FRAMES else None
        with run.parked() if run is not None else nullcontext(False) as parked:
            self._frame()
            if self._painting and parked:
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def _frame(self) -> None:
        self._painting = False
        run = self.run_thread
        if run is not None:
            snap = run.latest()
            if snap is not None and snap.seq != self._seen_seq:
                self._seen_seq = snap.seq
                self.pacer.update()
                self._absorb(snap, write=self.pacer.writes_on(self.frames))
                rate = snap.steps_per_second
                self.steps_per_second = rate if self.steps_per_second == 0 else \
                    0.7 * self.steps_per_second + 0.3 * rate
                self._dirty = True
        elif self._dirty:
            self._idle_evaluate()
        if self._dirty:
            self._dirty = False
            self.frames += 1
            self._painting = True
            self.refresh.emit()
        elif run is None:
            self.timer.stop()

    def _idle_evaluate(self) -> None:
        data = self.ensure_data()
        self.progress = None if data is None else evaluate(self.doc.network, data, self.epoch, self.step)

    # -- document events --------------------------------------------------------------------------
    def _on_doc_event(self, event) -> None:
        if self._writing:
            return
        kind = event.kind
        if kind in ("parameters", "structure", "activation", "reset"):
            if self.running:  # an edit we were not told about: never race, drop the unsaved run
                self._halt(commit=False, state=IDLE)
                self._set_state(IDLE, translate("Training", "Training stopped: the network was changed while it ran."))
            if kind != "parameters":
                self.trainer = None
            if kind == "reset":
                self.history = History.from_dict(self.doc.history)
                self._set_state(IDLE)
                self.ensure_data()
            self._mark_dirty()
        elif kind == "history" and not self.running:
            self.history = History.from_dict(self.doc.history)
            self._mark_dirty()
        elif kind == "dataset":
            if self.running:
                self.pause()
            self.ensure_data()
            self._mark_dirty()
        elif kind == "settings":
            self._on_settings()

    def _on_settings(self) -> None:
        tr = self.trainer
        if not self.running or tr is None:
            return
        if tr.settings.restart_key() == self.doc.training.restart_key():
            self.set_live_settings()
            return
        self._halt(commit=True, state=PAUSED)
        self.message.emit(translate("Training", "Optimiser, batch size or seed changed: training goes on with a fresh "
                                                "optimiser state."))
        self.play()


def _last(history: History, column: int) -> float:
    if not history.rows:
        return 0
    value = history.rows[-1][column]
    return value if math.isfinite(value) else 0

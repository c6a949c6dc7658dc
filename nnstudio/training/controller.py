"""The training controller: owns the worker thread, commits results as undo commands, drives redraws.

Data flows one way (DESIGN §1): document → a copy in the trainer → snapshots → views. While a run
goes on, the latest snapshot's weights are written into the document (``source="train"``, not
undoable) so the canvas follows; when the run pauses or stops, the weights enter the document as
one ``ReplaceParametersCommand`` ("Train 250 epochs") whose ``before`` is the state before the run.
Only the GUI thread ever writes to the document.
"""

from __future__ import annotations

import copy
import math
import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from nnstudio.document import commands as C
from nnstudio.engine.training import DIVERGED, TrainData, Trainer
from nnstudio.io.dataset_block import LoadedData, block_or_default, load

from . import threads
from .adapt import semantic_problem
from .engine_process import EngineError, EngineProcess
from .evaluation import evaluate, targets
from .history import History, row_from_progress
from .loop import EPOCH, RUN, LiveChange
from .plane import PlaneSampler
from .remote import RemoteTrainer
from .views.neurons import neuron_images
from .worker import Control, LocalWorker, RemoteWorker, Snapshot

IDLE, RUNNING, PAUSED, DONE, DIVERGED_STATE, ERROR = "idle", "running", "paused", "done", "diverged", "error"
FRAME_MS = 25
PARK_FOR_FRAMES = True
GUI_BUSY_HIGH, GUI_BUSY_LOW = 0.55, 0.35
MAX_WRITE_EVERY = 30
DIVERGED_HINT = "lower the learning rate, then press Reset (or Play to restart from the weights before the run)"


@dataclass
class Segment:
    """The state before a run segment: what undo returns to."""

    before: np.ndarray
    history_before: dict
    epoch0: int
    step0: int


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
        self.engine: EngineProcess | None = None
        self.use_process = True
        self.data: LoadedData | None = None
        self.data_error = ""
        self.progress = None
        self.steps_per_second = 0.0
        self.until_stopped = False
        self.frames = 0
        self._data_block = None
        self._worker: RemoteWorker | LocalWorker | None = None
        self._thread: QThread | None = None
        self._control: Control | None = None
        self._segment: Segment | None = None
        self._seen_seq = 0
        self._writing = False
        self._dirty = True
        self._limit: int | None = None
        self._painting = False
        self.write_every = 1          # write the weights into the document every n-th frame (adaptive)
        self.gui_busy = 0.0           # the GUI thread's CPU share while training (EMA)
        self._cpu_mark = None
        self.sampler = PlaneSampler()
        self._field_key = self._field = self._images_field = None
        self._images: dict = {}
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._on_frame)
        self._unsubscribe = doc.subscribe(self._on_doc_event)
        self.ensure_data()
        self._mark_dirty()

    # -- state ------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None

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
        block = block_or_default(self.doc.dataset)
        if block == self._data_block and (self.data is not None or self.data_error):
            return self.data
        self._data_block = block
        try:
            self.data, self.data_error = load(block), ""
        except (ValueError, OSError) as exc:
            self.data, self.data_error = None, str(exc)
        self.trainer = None
        self.dataChanged.emit()
        return self.data

    def use_data(self, data: LoadedData) -> None:
        """Train on ``data`` instead of the document's dataset block (benchmarks, scripted use), until
        the block changes."""
        self._halt(commit=True, state=PAUSED)
        self.data, self.data_error = data, ""
        self._data_block = block_or_default(self.doc.dataset)
        self.trainer = None
        self.dataChanged.emit()
        self._mark_dirty()

    def fit_problem(self) -> str:
        """Why the data cannot train the current network ('' when it can)."""
        data = self.ensure_data()
        if data is None:
            return self.data_error or "no data"
        net = self.doc.network
        if data.n_inputs != net.n_inputs:
            return (f"the data has {data.n_inputs} input{'s' * (data.n_inputs != 1)} but the network has "
                    f"{net.n_inputs} input neuron{'s' * (net.n_inputs != 1)}")
        try:
            targets(data, net.n_outputs)
        except ValueError as exc:
            return str(exc)
        return semantic_problem(net, data)

    # -- what the views share per frame ---------------------------------------------------------------
    def plane_field(self):
        """Every neuron's output over the input plane (None without 2-D data); cached per frame."""
        key = (self.frames, id(self.data), id(self.doc.network))
        if key != self._field_key:
            self._field_key = key
            try:
                self._field = self.sampler.field(self.doc.network, self.data)
            except ValueError:
                self._field = None
        return self._field

    def neuron_images(self, field) -> dict:
        """``{(l, j): QImage}`` for ``field`` (cached with it)."""
        if field is not self._images_field:
            self._images_field = field
            self._images = {} if field is None else neuron_images(field, self.doc.network)
        return self._images

    # -- trainer ----------------------------------------------------------------------------------
    def _ensure_trainer(self):
        problem = self.fit_problem()
        if problem:
            self._set_state(ERROR, f"Cannot train: {problem}.")
            return None
        doc, tr = self.doc, self.trainer
        reuse = (tr is not None and tr.settings.restart_key() == doc.training.restart_key()
                 and np.array_equal(tr.net.params, doc.network.params)
                 and tr.step == int(_last(self.history, 1)))
        try:
            if not reuse:
                tr = self.trainer = self._new_trainer()
            tr.apply(doc.training)
        except (ValueError, EngineError) as exc:
            self.trainer = None
            self._set_state(ERROR, f"Cannot train: {exc}.")
            return None
        return tr

    def _new_trainer(self):
        """A trainer in the engine process (or, when none can run, in this process)."""
        data, net = self.data, self.doc.network.copy()
        ds = data.dataset
        Y, Y_test = targets(data, net.n_outputs)
        test = Y_test is not None
        train_data = TrainData(ds.X_train, Y, ds.X_test if test else None, Y_test, ds.task)
        self.history = History.from_dict(self.doc.history)
        epoch, step = int(_last(self.history, 0)), int(_last(self.history, 1))
        engine = self.start_engine()
        if engine is not None:
            try:
                return RemoteTrainer(engine, net, train_data, self.doc.training, epoch, step)
            except EngineError as exc:
                if engine.alive:
                    raise ValueError(str(exc)) from None
                self.message.emit(f"The training process failed ({exc}); training in the app itself.")
                self.use_process = False
        tr = Trainer(net, train_data, self.doc.training)
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
                self.message.emit(f"Could not start the training process ({exc}); training in the app itself.")
                self.use_process = False
                return None
        return self.engine

    def _epoch_limit(self, tr) -> int | None:
        if self.until_stopped:
            return None
        epochs = int(self.doc.training.epochs)
        return epochs if tr.epoch < epochs else tr.epoch + max(epochs, 1)

    # -- commands from the panel --------------------------------------------------------------------
    def toggle(self) -> None:
        """Play/Pause."""
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
            self._halt(commit=True, state=PAUSED, text="Paused for editing.")

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
            self._set_state(ERROR, f"Training failed: {exc}.")
            return False
        self._write_live(tr.net.params)
        self._finish(DIVERGED if self.progress.status == DIVERGED else "paused")
        return True

    def reset(self) -> None:
        """Re-initialise the weights with the initialiser and seed, clear the history (one undo step)."""
        self._halt(commit=True, state=IDLE)
        seed = int(self.doc.training.seed)
        self._writing = True
        try:
            self.undo_stack.beginMacro("Reset training")
            self.undo_stack.push(C.RandomiseWeightsCommand(self.doc, self.doc.training.initializer, seed))
            self.undo_stack.push(C.SetHistoryCommand(self.doc, {}, "Clear history"))
            self.undo_stack.endMacro()
        finally:
            self._writing = False
        self.trainer = None
        self.history = History()
        self.steps_per_second = 0.0
        self._set_state(IDLE, f"Reset: weights re-initialised ({self.doc.training.initializer}, seed {seed}).")
        self._mark_dirty()

    def shutdown(self, timeout: float = 0.9) -> bool:
        """Stop the worker within ``timeout`` seconds (closing the window); True when it stopped."""
        self.timer.stop()
        stopped = self._halt(commit=True, state=PAUSED, timeout=timeout * 0.6)
        if self.engine is not None:
            self.engine.close(timeout * 0.3)
            self.engine = None
        self.trainer = None
        return stopped

    def set_live_settings(self) -> None:
        """Pass the document's live-changeable settings to a running worker."""
        if self._control is not None:
            self._control.change(LiveChange(self.doc.training, self._epoch_limit(self.trainer)))

    # -- the run ----------------------------------------------------------------------------------
    def _launch(self, mode: str) -> bool:
        if self.running:
            return False
        tr = self._ensure_trainer()
        if tr is None:
            return False
        self._begin_segment(tr)
        self._control = Control()
        limit = self._epoch_limit(tr) if mode == RUN else None
        self._limit = limit
        if isinstance(tr, RemoteTrainer):
            worker = RemoteWorker(tr.engine, self.history, self._control, mode, limit)
        else:
            worker = LocalWorker(tr, self.history, self._control, mode, limit)
        thread = QThread()
        thread.setObjectName("training")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(self._on_worker_finished, Qt.ConnectionType.QueuedConnection)
        self._worker, self._thread = worker, thread
        self._seen_seq = 0
        self._cpu_mark = None
        threads.register(thread)
        thread.start()
        self.timer.start()
        self._set_state(RUNNING)
        return True

    def _begin_segment(self, tr) -> None:
        self._segment = Segment(self.doc.network.params.copy(), copy.deepcopy(self.doc.history), tr.epoch, tr.step)

    def _halt(self, commit: bool, state: str, timeout: float = 2.0, text: str = "") -> bool:
        """Stop a running worker synchronously; commit (or discard) its segment."""
        worker, thread = self._worker, self._thread
        if thread is None:
            return True
        self._control.request_stop()
        deadline = time.perf_counter() + timeout
        stopped = worker.done.wait(timeout)
        thread.quit()
        stopped = thread.wait(max(1, int((deadline - time.perf_counter()) * 1000))) and stopped
        self._worker = self._thread = None
        if not stopped:  # never expected: the worker checks the flag every few milliseconds
            self._segment = None
            self._set_state(ERROR, "The training thread did not stop in time.")
            return False
        final = worker.final
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
        worker, thread = self._worker, self._thread
        if worker is None or worker.final is not final:
            return  # already handled by _halt
        thread.quit()
        thread.wait(2000)
        self._worker = self._thread = None
        self._absorb(final)
        self._finish({"done": DONE, "running": PAUSED}.get(final.status, final.status),
                     final.message if final.status == "done" else "")

    def _absorb(self, snap: Snapshot, write: bool = True) -> None:
        if snap.progress is not None:
            self.progress = snap.progress
        if isinstance(self.trainer, RemoteTrainer) and snap.params.size:
            self.trainer.absorb(snap.epoch, snap.step, snap.params)
        if write and snap.status != DIVERGED and np.isfinite(snap.params).all():
            self._write_live(snap.params)

    def _pace(self) -> None:
        """Keep the GUI thread's CPU share between GUI_BUSY_LOW and GUI_BUSY_HIGH while training:
        writing the weights into the document redraws the canvas (and whatever else listens), which
        for a large network costs far more than a frame; such writes then happen every n-th frame."""
        now = (time.perf_counter(), time.thread_time())
        if self._cpu_mark is not None:
            wall, cpu = now[0] - self._cpu_mark[0], now[1] - self._cpu_mark[1]
            if wall > 0:
                self.gui_busy = 0.8 * self.gui_busy + 0.2 * min(1.0, cpu / wall)
            if self.gui_busy > GUI_BUSY_HIGH and self.write_every < MAX_WRITE_EVERY:
                self.write_every += 1
            elif self.gui_busy < GUI_BUSY_LOW and self.write_every > 1:
                self.write_every -= 1
        self._cpu_mark = now

    def _finish(self, status: str, text: str = "") -> None:
        """Commit the segment (or, after divergence, return to the weights before it)."""
        tr, seg = self.trainer, self._segment
        self._segment = None
        self._mark_dirty()
        if status in (DIVERGED, DIVERGED_STATE):
            if seg is not None:
                self._write_live(seg.before)
            self.trainer = None
            self.history = History.from_dict(self.doc.history)
            self._set_state(DIVERGED_STATE, f"Diverged at epoch {tr.epoch if tr else '?'}: the loss became "
                                            f"NaN or infinite — {DIVERGED_HINT}.")
            return
        if seg is not None and tr is not None and tr.step > seg.step0:
            self._commit(tr, seg)
        if status == "error":
            self._set_state(ERROR, "Training failed; see the console for details.")
        elif status == DONE:
            self._set_state(DONE, text or f"Done: {tr.epoch} epochs.")
        else:
            self._set_state(status if status in (PAUSED, IDLE) else PAUSED, text)

    def _commit(self, tr, seg: Segment) -> None:
        epochs, steps = tr.epoch - seg.epoch0, tr.step - seg.step0
        text = f"Train {epochs} epoch{'s' * (epochs != 1)}" if epochs else f"Train {steps} step{'s' * (steps != 1)}"
        self._writing = True
        try:
            self.undo_stack.push(C.ReplaceParametersCommand(self.doc, tr.net.params, text, before=seg.before,
                                                            history=self.history.to_dict(),
                                                            history_before=seg.history_before))
        except ValueError as exc:
            self.message.emit(f"Could not keep the trained weights: {exc}")
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
        local = isinstance(self._worker, LocalWorker)
        control = self._control if PARK_FOR_FRAMES and local else None
        parked = control is not None and control.park()
        try:
            self._frame()
            if self._painting and parked:
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            if control is not None:
                control.unpark()

    def _frame(self) -> None:
        self._painting = False
        worker = self._worker
        if worker is not None:
            snap = worker.latest()
            if snap is not None and snap.seq != self._seen_seq:
                self._seen_seq = snap.seq
                self._pace()
                self._absorb(snap, write=self.frames % self.write_every == 0)
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
        elif worker is None:
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
                self._set_state(IDLE, "Training stopped: the network was changed while it ran.")
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
        self.message.emit("Optimiser, batch size or seed changed: training goes on with a fresh optimiser state.")
        self.play()


def _last(history: History, column: int) -> float:
    if not history.rows:
        return 0
    value = history.rows[-1][column]
    return value if math.isfinite(value) else 0

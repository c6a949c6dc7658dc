"""The step-through session: the chosen sample, the ``StepThrough`` and the update as one undoable edit.

``StepController`` owns no widget. It builds a ``StepThrough`` from the document's network and the
chosen sample (data rows or typed values), moves through its steps, plays them on a timer, and
keeps the document in step with the position:

- entering the update step pushes ONE ``StepUpdateCommand`` (the SGD step of the trace);
- leaving the update step backwards undoes it again (when it is still on top of the undo stack);
- leaving step-through before the update leaves the network unchanged;
- any other change of the document rebuilds the steps from the new network (or leaves the mode
  when the sample no longer fits, or when another file is opened).

η is the document's ``TrainingSettings.learning_rate``, read each time the steps are built (a
change in the Training panel rebuilds them). ``set_learning_rate`` may try another η for THIS
step only (``eta_override``, shown as such by the panel); it ends with the step (a new pass,
leaving) or when the network's own η changes. The loss is the network's.
"""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from nnstudio.document.commands import ReplaceParametersCommand
from nnstudio.document.data import Samples, load_samples
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from .steps import StepThrough

UPDATE_TEXT = QT_TRANSLATE_NOOP("Stepper", "Step-through update")
MAX_BATCH = 64  # rows of one step-through mini-batch, at most
WATCHED = ("reset", "structure", "activation", "parameters", "dataset")
SETTINGS = ("settings",)


class StepUpdateCommand(ReplaceParametersCommand):
    """The update step's new weights and biases, as one undo entry (source "step" in its event)."""

    def __init__(self, doc, params, text: str | None = None):
        super().__init__(doc, params, text or translate("Stepper", UPDATE_TEXT))
        self.source = "step"


class StepController(QObject):
    """See the module docstring. ``st`` is None while step-through is off."""

    stepChanged = Signal()          # the shown step (or the whole stepper) changed
    activeChanged = Signal(bool)
    samplesChanged = Signal()       # the data rows were (re)loaded
    inputChanged = Signal()         # the chosen sample, batch or learning rate changed
    playingChanged = Signal(bool)
    message = Signal(str)

    def __init__(self, doc, undo_stack, parent=None):
        super().__init__(parent)
        self.doc, self.stack = doc, undo_stack
        self.st: StepThrough | None = None
        self.samples: Samples | None = None
        self.samples_error = ""
        self.source = "data"            # or "typed"
        self.row, self.batch_size = 0, 1
        self.shown: int | None = 0      # the batch sample the neurons show; None = the batch
        self.typed_x = self.typed_y = None
        self.eta_override: float | None = None   # another η for this step only; None = the network's
        self._network_eta = self.network_learning_rate
        self._update_cmd = None
        self._update_index = -1
        self._own = 0
        self._resync_pending = False
        self.timer = QTimer(self)
        self.timer.setInterval(1200)
        self.timer.timeout.connect(self._tick)
        unsubscribe = (doc.subscribe(self._on_event, WATCHED), doc.subscribe(self._on_settings, SETTINGS))
        self._unsubscribe = lambda: [u() for u in unsubscribe]
        self.reload_samples()

    # -- state ----------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.st is not None

    @property
    def update_applied(self) -> bool:
        return self._update_cmd is not None

    @property
    def network_learning_rate(self) -> float:
        """η of the document's training settings."""
        return float(self.doc.training.learning_rate)

    @property
    def learning_rate(self) -> float:
        """η of this step: the override when one is set, else the network's."""
        return self.network_learning_rate if self.eta_override is None else self.eta_override

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def inputs(self) -> tuple[np.ndarray, np.ndarray, str]:
        """The chosen inputs X, targets Y and a short description ("row 12", "rows 12–15", "typed")."""
        if self.source == "data" and self.samples is not None:
            X, Y, rows = self.samples.batch(self.row, self.batch_size)
            what = (translate("Stepper", "row {n}").format(n=rows[0] + 1) if len(rows) == 1
                    else translate("Stepper", "rows {first}–{last}").format(first=rows[0] + 1, last=rows[-1] + 1))
            return X, Y, f"{self.samples.name} {what}"
        if self.typed_x is None:
            raise ValueError("choose a sample: a row of the data or typed input values and target")
        return self.typed_x.reshape(1, -1), self.typed_y.reshape(1, -1), translate("Stepper", "typed sample")

    def make_stepper(self) -> StepThrough:
        """A fresh ``StepThrough`` of the document's network on the chosen sample (raises ValueError)."""
        X, Y, _ = self.inputs()
        net = self.doc.network
        if X.shape[1] != net.n_inputs or Y.shape[1] != net.n_outputs:
            raise ValueError(translate("Stepper", "the sample has {inputs} input(s) and {targets} target(s); the "
                                                  "network needs {n_inputs} and {n_outputs}").format(
                inputs=X.shape[1], targets=Y.shape[1], n_inputs=net.n_inputs, n_outputs=net.n_outputs))
        shown = None if self.shown is None else min(self.shown, len(X) - 1)
        s = self.doc.training
        return StepThrough(net, X, Y, self.learning_rate, sample_index=shown, dropconnect=s.dropconnect, seed=s.seed,
                           labels=self.doc.labels)

    # -- entering and leaving -------------------------------------------------------------------
    def enter(self) -> bool:
        """Start at the first step; False (and a message) when no sample fits the network."""
        if self.active:
            return True
        try:
            self.st = self.make_stepper()
        except ValueError as exc:
            self.message.emit(translate("Stepper", "Step-through: {error}").format(error=exc))
            return False
        self._update_cmd = None
        self.activeChanged.emit(True)
        self.stepChanged.emit()
        return True

    def leave(self) -> None:
        """Stop; an update already applied stays (one undo entry), otherwise nothing changed."""
        if not self.active:
            return
        self.pause()
        self.st = None
        self._update_cmd = None
        self.eta_override = None
        self.activeChanged.emit(False)
        self.inputChanged.emit()

    def shutdown(self) -> None:
        self.leave()
        self._unsubscribe()

    # -- navigation -----------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        st = self.st
        if st is None:
            return
        last = len(st) - 1
        index = min(max(int(index), 0), last)
        if index != last and self.update_applied and not self._undo_update():
            return
        st.go_to(index)
        if index == last and not self.update_applied:
            self._apply_update()
        self.stepChanged.emit()

    def next(self) -> None:
        if self.st is not None:
            self.go_to(self.st.index + 1)

    def previous(self) -> None:
        if self.st is not None:
            self.go_to(self.st.index - 1)

    def restart(self) -> None:
        self.go_to(0)

    def to_end(self) -> None:
        if self.st is not None:
            self.go_to(len(self.st) - 1)

    def new_pass(self, next_sample: bool = False) -> None:
        """After the update: a new pass with the updated weights (on the next rows when asked)."""
        if not self.active:
            return
        if next_sample and self.source == "data" and self.samples is not None:
            self.row = (self.row + self.batch_size) % len(self.samples)
        self._update_cmd = None   # it stays applied: it is the network the new pass starts from
        self.eta_override = None  # a new step: the network's η again
        self._rebuild(index=0)
        self.inputChanged.emit()

    # -- playing --------------------------------------------------------------------------------
    def play(self) -> None:
        if not self.active or self.playing:
            return
        if self.st.at_end:
            self.restart()
        self.timer.start()
        self.playingChanged.emit(True)

    def pause(self) -> None:
        if self.playing:
            self.timer.stop()
            self.playingChanged.emit(False)

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def set_interval(self, ms: int) -> None:
        self.timer.setInterval(max(50, int(ms)))

    def _tick(self) -> None:
        if self.st is None or self.st.at_end:
            self.pause()
            return
        self.next()
        if self.st is not None and self.st.at_end:
            self.pause()

    # -- choosing the sample ----------------------------------------------------------------------
    def reload_samples(self) -> None:
        """Read the document's data rows again (after a dataset, structure or file change)."""
        try:
            self.samples, self.samples_error = load_samples(self.doc), ""
        except (ValueError, OSError, KeyError) as exc:
            self.samples, self.samples_error = None, str(exc)
        if self.samples is not None:
            self.row = min(self.row, len(self.samples) - 1)
        else:
            self.source = "typed"
        if self.typed_x is None or self.typed_x.size != self.doc.network.n_inputs or (
                self.typed_y.size != self.doc.network.n_outputs):
            self._default_typed()
        self.samplesChanged.emit()

    def _default_typed(self) -> None:
        net = self.doc.network
        if self.samples is not None:
            self.typed_x, self.typed_y = self.samples.X[self.row].copy(), self.samples.Y[self.row].copy()
        else:
            self.typed_x = np.full(net.n_inputs, 0.5)
            self.typed_y = np.eye(net.n_outputs)[0] if net.n_outputs > 1 else np.ones(1)

    def use_rows(self, row: int, batch_size: int | None = None) -> None:
        """Use data rows ``row`` … ``row + batch_size − 1`` (0-based)."""
        if self.samples is None:
            self.message.emit(translate("Stepper", "Step-through: {error}").format(
                error=self.samples_error or translate("Stepper", "no data")))
            return
        self.source = "data"
        self.row = min(max(int(row), 0), len(self.samples) - 1)
        if batch_size is not None:
            self.batch_size = min(max(int(batch_size), 1), MAX_BATCH, len(self.samples))
        self._input_changed()

    def use_typed(self, x, y) -> None:
        x = np.asarray(x, dtype=np.float64).reshape(-1).copy()
        y = np.asarray(y, dtype=np.float64).reshape(-1).copy()
        if self.source == "typed" and np.array_equal(x, self.typed_x) and np.array_equal(y, self.typed_y):
            return
        self.source, self.typed_x, self.typed_y = "typed", x, y
        self._input_changed()

    def set_learning_rate(self, lr: float | None) -> None:
        """Try η = ``lr`` for this step only (None, or the network's own η, ends the override)."""
        override = None if lr is None or float(lr) == self.network_learning_rate else float(lr)
        if override != self.eta_override:
            self.eta_override = override
            self._input_changed()

    def set_shown_sample(self, index: int | None) -> None:
        """Which sample of the batch the neurons show (None = the batch); the trace is unchanged."""
        self.shown = index
        if self.st is not None:
            self.st.sample_index = None if index is None else min(index, self.st.batch_size - 1)
            self.stepChanged.emit()

    def _input_changed(self) -> None:
        if self.active:
            self._rebuild(index=self.st.index)
        self.inputChanged.emit()

    # -- the update as one undoable edit --------------------------------------------------------
    @contextmanager
    def _changing_document(self):
        """Our own document changes: the events they publish are expected, not edits to react to."""
        self._own += 1
        try:
            yield
        finally:
            self._own -= 1

    def _apply_update(self) -> None:
        cmd = StepUpdateCommand(self.doc, self.st.current.new_parameters)
        with self._changing_document():
            self.stack.push(cmd)
        self._update_cmd, self._update_index = cmd, self.stack.index()

    def _update_on_top(self) -> bool:
        i = self._update_index
        return self.stack.index() == i and i > 0 and self.stack.command(i - 1) is self._update_cmd

    def _undo_update(self) -> bool:
        """Undo our update; False (with a message) when later edits sit on top of it."""
        if not self._update_on_top():
            self.message.emit(translate("Stepper", "Step-through: other edits came after the update; undo them first "
                                                   "(Edit ▸ Undo)"))
            return False
        with self._changing_document():
            self.stack.undo()
        self._update_cmd = None
        return True

    def _rebuild(self, index: int) -> None:
        """A new ``StepThrough`` for the current network and sample, shown at ``index``."""
        if self.update_applied and not self._undo_update():
            return
        if self._fresh_stepper():
            self.go_to(index)

    def _fresh_stepper(self) -> bool:
        """Replace ``st`` by the steps of the current network and sample; when that fails, leave
        step-through and say why."""
        try:
            self.st = self.make_stepper()
        except ValueError as exc:
            self.leave()
            self.message.emit(translate("Stepper", "Step-through stopped: {error}").format(error=exc))
            return False
        return True

    # -- document events ------------------------------------------------------------------------
    def _on_event(self, event) -> None:
        if self._own:
            return
        if event.kind == "reset":
            self._network_eta, self.eta_override = self.network_learning_rate, None
        if event.kind in ("reset", "structure", "dataset"):
            self.reload_samples()
        if event.kind == "dataset" and self.active:
            self._input_changed()          # the chosen row now holds another sample: trace it
        if event.kind == "reset" and self.active:
            self.leave()
            self.message.emit(translate("Stepper", "Step-through ended: another network was opened"))
            return
        if self.active and not self._resync_pending:
            self._resync_pending = True
            QTimer.singleShot(0, self._resync)

    def _on_settings(self, _event) -> None:
        """The network's training settings changed: a new network η replaces any override and the
        steps not yet applied are recomputed with it (an applied update keeps the η it used)."""
        eta, dropconnect = self.network_learning_rate, self.doc.training.dropconnect
        changed = eta != self._network_eta or (self.st is not None and dropconnect != self.st.dropconnect)
        if eta != self._network_eta:
            self._network_eta, self.eta_override = eta, None
        if changed and self.active and not self.update_applied:
            self._rebuild(index=self.st.index)
        self.inputChanged.emit()

    def _is_update_of(self, net) -> bool:
        """True when ``net`` is this stepper's network after its update step (e.g. redone)."""
        probe = self.st.network.copy(net.dtype)
        probe.set_parameters(self.st.updated_parameters().astype(net.dtype))
        return probe.same_as(net)

    def _resync(self) -> None:
        self._resync_pending = False
        st = self.st
        if st is None:
            return
        net, last = self.doc.network, len(st) - 1
        if not st.is_stale(net):
            if self.update_applied:        # the update was undone from the Edit menu
                self._update_cmd = None
                st.go_to(last - 1)
                self.stepChanged.emit()
            return
        if self._is_update_of(net):
            if not self.update_applied:    # ... and redone
                self._update_cmd, self._update_index = self.stack.command(self.stack.index() - 1), self.stack.index()
                st.go_to(last)
                self.stepChanged.emit()
            return
        self._update_cmd = None            # another edit: recompute the steps for the new network
        index = min(st.index, last - 1)
        if not self._fresh_stepper():
            return
        self.st.go_to(min(index, len(self.st) - 2))
        self.message.emit(translate("Stepper", "The network changed: the steps show the new numbers"))
        self.stepChanged.emit()

"""Puts the step-through on the canvas: labels, the highlighted layer, connection colours, neuron fill.

During step-through each step's texts go under the neurons and onto the connections (in a dense
layer only the focused neuron's connections are labelled); the layer being computed is highlighted;
connections are coloured and sized by the current phase's values (w·a forward, ∂L/∂w backward, Δw
at the update) for the layers the phase has reached; neurons are filled with the activations
computed so far (the document's activations preview, restored afterwards).

Outside step-through the "gradient view" colours every connection by ∂L/∂w of the chosen sample.
Every number comes from the stepper (its trace); nothing is computed here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from .canvas_parts import focus_neuron_texts, focus_of, focus_texts, phase_values
from .steps import BACKWARD, FORWARD, UPDATE

VALUE_NAMES = {FORWARD: "w·a", BACKWARD: "∂L/∂w", UPDATE: "Δw"}
GRADIENT_NAME = "∂L/∂w"
FEW_LABELS_NOTE = QT_TRANSLATE_NOOP("Stepper", "Many connections or neurons: numbers are written on the selected "
                                               "neuron and its connections — click a neuron to see its own.")


class CanvasLink(QObject):
    """Listens to a ``StepController`` (and the canvas selection) and draws on the host's canvas
    (a ``CanvasSurface``: its overlay, selection and fit)."""

    noteChanged = Signal(str)   # a hint about what the canvas shows ("" for none)

    def __init__(self, controller, canvas, parent=None):
        super().__init__(parent)
        self.ctl, self.canvas, self.doc = controller, canvas, controller.doc
        self.gradient_view = False
        self.selection: tuple | None = None
        self.value_name: str | None = None
        self.note = ""
        self._drawn = False            # an overlay of ours is on the canvas
        self._saved_preview = None     # the activations preview before step-through
        self._previewing = False
        self._pending = False
        controller.stepChanged.connect(self.refresh)
        controller.activeChanged.connect(self._active_changed)
        controller.inputChanged.connect(self.refresh_later)
        canvas.selectionChangedTo.connect(self._selection_changed)
        self._unsubscribe = self.doc.subscribe(self._on_event, ["parameters", "structure", "reset", "activation",
                                                                 "dataset"])

    def set_gradient_view(self, on: bool) -> None:
        self.gradient_view = bool(on)
        self.refresh()

    def refresh_later(self) -> None:
        """Coalesce several changes into one redraw."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._pending = False
        st = self.ctl.st
        if st is not None and st.network.sizes == self.doc.network.sizes:
            self._show_step(st, st.current)
        elif st is None and self.gradient_view:
            self._show_gradients()
        else:
            self._clear()

    # -- drawing --------------------------------------------------------------------------------
    def _show_step(self, st, step) -> None:
        values = phase_values(st, step)
        self.value_name = VALUE_NAMES.get(step.kind) if values is not None else None
        if self.value_name == "w·a" and step.sample_index is None and st.batch_size > 1:
            self.value_name = "mean w·a"
        focus = focus_of(self.selection)
        texts, few = focus_texts(dict(step.connection_texts), focus, values)
        badges, few_badges = focus_neuron_texts(dict(step.neuron_texts), st.network.sizes, focus)
        dropped = [None] + [st.dropped(l) for l in range(1, st.n_layers + 1)] if st.dropconnect else None
        self.canvas.set_overlay(badges, texts, step.highlight_layer, values, self.value_name, dropped)
        self._drawn = True
        self._show_activations(st, step)
        self._set_note(translate("Stepper", FEW_LABELS_NOTE) if few or few_badges else "")

    def _show_activations(self, st, step) -> None:
        """Fill the neurons with the activations the pass has reached (the shown sample or batch mean)."""
        reached = step.layer if step.kind == FORWARD else st.n_layers
        z = [st.pick(st.trace.z[l]) if l <= reached else None for l in range(st.n_layers + 1)]
        a = [st.pick(st.trace.a[l]) if l <= reached else None for l in range(st.n_layers + 1)]
        if not self._previewing:
            self._saved_preview = self.doc.preview
            self._previewing = True
        self.doc.set_activations_preview(z, a, "step-through")

    def _show_gradients(self) -> None:
        try:
            st = self.ctl.make_stepper()
        except ValueError:
            self._clear()
            return
        grads = [None] + [st.trace.grad_weights[l] for l in range(1, st.n_layers + 1)]
        self.value_name = GRADIENT_NAME
        self.canvas.set_overlay(connection_values=grads, value_name=GRADIENT_NAME)
        self._drawn = True
        self._restore_preview()
        self._set_note("")

    def _clear(self) -> None:
        self.value_name = None
        if self._drawn:
            self.canvas.clear_overlay()
            self._drawn = False
        self._restore_preview()
        self._set_note("")

    def _restore_preview(self) -> None:
        if not self._previewing:
            return
        self._previewing = False
        saved, self._saved_preview = self._saved_preview, None
        if saved is not None and saved.get("input") is not None:
            self.doc.set_preview_input(saved["input"])
        elif saved is not None and saved.get("a") is not None:
            self.doc.set_activations_preview(saved["z"], saved["a"], saved.get("label"))
        else:
            self.doc.set_activations_preview(None, None)

    def _set_note(self, note: str) -> None:
        if note != self.note:
            self.note = note
            self.noteChanged.emit(note)

    # -- events ---------------------------------------------------------------------------------
    def _active_changed(self, active: bool) -> None:
        self.refresh()
        if active:
            QTimer.singleShot(0, lambda: self.canvas.fit(include_overlay=True))

    def _selection_changed(self, kind: str, ids: list) -> None:
        selection = tuple(ids[0]) if kind in ("neuron", "connection") and ids else None
        if selection != self.selection:
            self.selection = selection
            if self.ctl.st is not None:
                self.refresh_later()

    def _on_event(self, event) -> None:
        if event.kind in ("structure", "reset"):
            self._drawn = False            # the canvas dropped its overlay
            if self._previewing and self.ctl.st is None:
                self._previewing, self._saved_preview = False, None
        if self.ctl.st is None and self.gradient_view:
            self.refresh_later()

    def detach(self) -> None:
        self._unsubscribe()

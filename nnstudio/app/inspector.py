"""The inspector dock: properties of the selected neuron, connection or layer (or the network),
editable through undo commands."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nnstudio.canvas.tooltips import layer_kind, layer_title
from nnstudio.document import commands as C
from nnstudio.engine.losses import LOSSES
from nnstudio.io.numbers import fmt
from nnstudio.widgets.number_entry import NumberEntry

from .dialogs import activation_combo

LIVE_DELAY_MS = 250


class TypingEdit(QLineEdit):
    """A line edit that knows whether the user is in the middle of typing (then the inspector waits)."""

    def __init__(self, text: str):
        super().__init__(text)
        self.typing = False
        self.textEdited.connect(lambda _t: setattr(self, "typing", True))
        self.editingFinished.connect(lambda: setattr(self, "typing", False))


class Inspector(QScrollArea):
    """Rebuilds a small form whenever the selection or the document changes."""

    def __init__(self, window):
        super().__init__()
        self.window = window
        self.setWidgetResizable(True)
        self.setMinimumWidth(260)
        self._pending = False
        self.kind, self.ids = "none", []
        window.document.subscribe(self._on_document_event,
                                  ["reset", "structure", "activation", "parameters", "labels",
                                   "activations-preview", "meta"])
        window.canvas.selectionChangedTo.connect(self.on_selection)
        self.rebuild()

    def on_selection(self, kind: str, ids: list) -> None:
        self.kind, self.ids = kind, list(ids)
        self.schedule()

    def _on_document_event(self, event) -> None:
        live = event.kind in ("parameters", "activations-preview") and event.get("source", "edit") != "edit"
        self.schedule(LIVE_DELAY_MS if live else 0)   # training/stepping: a few refreshes per second

    def schedule(self, delay_ms: int = 0) -> None:
        """Rebuild soon (never inside a widget's own signal); updates coalesce."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(delay_ms, self.rebuild)

    # -- building -------------------------------------------------------------------------------
    def rebuild(self) -> None:
        self._pending = False
        focus = QApplication.focusWidget()
        if getattr(focus, "typing", False) and self.isAncestorOf(focus):
            self.schedule(LIVE_DELAY_MS)  # do not wipe out what the user is typing
            return
        doc = self.window.document
        kind, ids = self.window.canvas.selection()
        self.kind, self.ids = kind, ids
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(10, 8, 10, 8)
        title = QLabel()
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        outer.addWidget(title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        buttons = QHBoxLayout()
        try:
            if kind == "neuron" and len(ids) == 1:
                self._neuron(doc, *ids[0], title, form, buttons)
            elif kind == "neuron":
                title.setText(f"<b>{len(ids)} neurons selected</b>")
                self._button(buttons, f"Remove {len(ids)} neurons", self.window.controller.delete_selection)
            elif kind == "connection":
                self._connection(doc, *ids[0], title, form, buttons)
            elif kind == "layer":
                self._layer(doc, ids[0], title, form, buttons)
            else:
                self._network(doc, title, form)
        except (IndexError, ValueError):  # a stale selection during a structural change
            self._network(doc, title, form)
        outer.addLayout(buttons)
        hint = QLabel(self._hint(kind))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        outer.addWidget(hint)
        outer.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(page)

    @staticmethod
    def _hint(kind: str) -> str:
        return {
            "neuron": "Double-click the neuron to type its bias; Shift+wheel changes it a little. "
                      "Delete removes it.",
            "connection": "Double-click to type the weight; Shift+wheel changes it a little. Delete removes "
                          "the connection; Ctrl+drag between the neurons restores it.",
            "layer": "Delete removes a hidden layer.",
        }.get(kind, "Click a neuron, a connection or a layer title to inspect it.")

    def _button(self, row: QHBoxLayout, text: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(lambda: slot())
        row.addWidget(b)
        return b

    def _push(self, make, *args, **kwargs):
        self.window.controller.push(make, *args, **kwargs)

    def _status(self, message: str) -> None:
        self.window.show_status(message)

    def _exact_entry(self, value: float, on_value) -> NumberEntry:
        """A field showing ``value`` exactly; a typed new value goes to ``on_value``, a typo to the status bar."""
        entry = NumberEntry(value, digits=None, tip=f"exact value {float(value)!r}; type a new one and press Enter")
        entry.valueEdited.connect(on_value)
        entry.rejected.connect(self._status)
        return entry

    def _neuron(self, doc, l, j, title, form, buttons):
        net = doc.network
        title.setText(f"<b>{doc.neuron_label(l, j)}</b><br>{layer_title(doc, l)}, neuron {j + 1} of "
                      f"{net.sizes[l]}")
        name = TypingEdit(doc.neuron_label(l, j))
        name.editingFinished.connect(lambda: self._rename(l, j, name.text()))
        form.addRow("Name", name)
        if l > 0:
            act = net.activations[l - 1]
            form.addRow("Activation", QLabel(act))
            if net.has_bias(l):
                form.addRow("Bias b", self._exact_entry(net.biases[l][j],
                                                        lambda v: self._push(C.SetBiasCommand, l, j, v)))
            else:
                form.addRow("Bias b", QLabel("no bias (turned off for this layer)"))
            n_in = net.sizes[l - 1] if net.masks[l] is None else int(net.masks[l][j].sum())
            form.addRow("Inputs", QLabel(f"{n_in} connections"))
        values = doc.activation_values(l, j)
        if values is not None:
            if l > 0:
                form.addRow("z", QLabel(fmt(values[0])))
            form.addRow("a" if l > 0 else "value", QLabel(fmt(values[1])))
        self._button(buttons, "Remove neuron", self.window.controller.delete_selection)

    def _rename(self, l, j, text):
        doc = self.window.document
        text = text.strip()
        if not text or text == doc.neuron_label(l, j):
            return
        labels = [doc.neuron_label(l, k) for k in range(doc.sizes[l])]
        labels[j] = text
        self._push(C.SetLabelsCommand, l, labels)

    def _connection(self, doc, l, j, i, title, form, buttons):
        src, dst = doc.neuron_label(l - 1, i), doc.neuron_label(l, j)
        title.setText(f"<b>{src} → {dst}</b><br>connection of layer {l}")
        w = doc.network.weights[l][j, i]
        form.addRow("Weight w", self._exact_entry(w, lambda v: self._push(C.SetWeightCommand, l, j, i, v)))
        form.addRow("|w|", QLabel(fmt(abs(w))))
        self._button(buttons, "Delete connection", self.window.controller.delete_selection)

    def _layer(self, doc, l, title, form, buttons):
        net = doc.network
        title.setText(f"<b>{layer_title(doc, l)}</b><br>{layer_kind(doc, l)} layer {l}")
        form.addRow("Neurons", QLabel(str(net.sizes[l])))
        if l > 0:
            combo = activation_combo(net.activations[l - 1], allow_softmax=l == net.n_layers)
            combo.activated.connect(lambda _i: self._push(C.SetActivationCommand, l, combo.currentData()))
            form.addRow("Activation", combo)
            form.addRow("Weights", QLabel(f"{net.sizes[l]} × {net.sizes[l - 1]}"))
            bias = QCheckBox("each neuron has a bias b")
            bias.setChecked(net.has_bias(l))
            bias.setToolTip("Off: z = Σ w·a with no bias, which is never trained (PyTorch bias=False). "
                            "Undoable; turning it back on starts the biases at 0.")
            bias.toggled.connect(lambda on: self._push(C.SetUseBiasCommand, l, on))
            form.addRow("Bias", bias)
        ctl = self.window.controller
        self._button(buttons, "Add neuron", lambda: ctl.add_neuron(l))
        if 0 < l < net.n_layers:
            self._button(buttons, "Remove layer", ctl.delete_selection)

    def _network(self, doc, title, form):
        net = doc.network
        title.setText(f"<b>{doc.name or doc.title}</b>")
        form.addRow("Layers", QLabel(" – ".join(str(n) for n in net.sizes)))
        form.addRow("Activations", QLabel(", ".join(net.activations)))
        loss = QComboBox()
        for name in LOSSES:
            loss.addItem(name, name)
        loss.setCurrentIndex(max(0, loss.findData(net.loss)))
        loss.activated.connect(lambda _i: self._push(C.SetLossCommand, loss.currentData()))
        form.addRow("Loss", loss)
        form.addRow("Parameters", QLabel(f"{net.n_parameters:,}"))
        masked = sum(int((m == 0).sum()) for m in net.masks if m is not None)
        if masked:
            form.addRow("Deleted connections", QLabel(str(masked)))
        if doc.description:
            d = QLabel(doc.description)
            d.setWordWrap(True)
            d.setToolTip(doc.description)
            form.addRow(d)

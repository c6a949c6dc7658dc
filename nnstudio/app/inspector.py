"""The inspector dock: properties of the selected neuron, connection or layer (or the network),
editable through undo commands."""

from __future__ import annotations

import html

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

from nnstudio.canvas.tooltips import layer_kind_text, layer_title
from nnstudio.document import commands as C
from nnstudio.engine.losses import LOSSES
from nnstudio.io.numbers import entry_text, fmt
from nnstudio.widgets.i18n import translate
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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.rebuild)
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
        """Rebuild soon (never inside a widget's own signal); updates coalesce, and an edit or a new file
        does not wait behind a pending live refresh."""
        if not self._timer.isActive() or self._timer.remainingTime() > delay_ms:
            self._timer.start(delay_ms)

    # -- building -------------------------------------------------------------------------------
    def rebuild(self) -> None:
        self._timer.stop()
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
                count = len(ids)
                title.setText(translate("Inspector", "<b>%n neuron(s) selected</b>", None, count))
                self._button(buttons, translate("Inspector", "Remove %n neuron(s)", None, count),
                             self.window.controller.delete_selection)
            elif kind == "connection" and not doc.is_masked(*ids[0]):
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
            "neuron": translate("Inspector", "Double-click the neuron to type its bias; Shift+wheel changes it a "
                                             "little. Delete removes it."),
            "connection": translate("Inspector", "Double-click to type the weight; Shift+wheel changes it a little. "
                                                 "Delete removes the connection; Ctrl+drag between the neurons "
                                                 "restores it."),
            "layer": translate("Inspector", "Delete removes a hidden layer."),
        }.get(kind, translate("Inspector", "Click a neuron, a connection or a layer title to inspect it."))

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
        entry = NumberEntry(value, digits=4, exact_on_focus=True,
                            tip=translate("Inspector", "exact value {value}; click to edit it, type a new one and "
                                                       "press Enter").format(value=entry_text(value)))
        entry.valueEdited.connect(on_value)
        entry.rejected.connect(self._status)
        return entry

    def _neuron(self, doc, l, j, title, form, buttons):
        net = doc.network
        title.setText(translate("Inspector", "<b>{name}</b><br>{layer}, neuron {j} of {size}").format(
            name=html.escape(doc.neuron_label(l, j)), layer=layer_title(doc, l), j=j + 1, size=net.sizes[l]))
        name = TypingEdit(doc.neuron_label(l, j))
        name.editingFinished.connect(lambda: self._rename(l, j, name.text()))
        form.addRow(translate("Inspector", "Name"), name)
        if l > 0:
            act = net.activations[l - 1]
            form.addRow(translate("Inspector", "Activation"), QLabel(act))
            if net.has_bias(l):
                form.addRow(translate("Inspector", "Bias b"), self._exact_entry(net.biases[l][j],
                                                        lambda v: self._push(C.SetBiasCommand, l, j, v)))
            else:
                form.addRow(translate("Inspector", "Bias b"), QLabel(translate("Inspector", "no bias (turned off "
                                                                                              "for this layer)")))
            n_in = net.sizes[l - 1] if net.masks[l] is None else int(net.masks[l][j].sum())
            connections = translate("Inspector", "%n connection(s)", None, n_in)
            form.addRow(translate("Inspector", "Inputs"), QLabel(connections))
        values = doc.activation_values(l, j)
        if values is not None:
            if l > 0:
                form.addRow("z", QLabel(fmt(values[0])))
            form.addRow("a" if l > 0 else translate("Inspector", "value"), QLabel(fmt(values[1])))
        self._button(buttons, translate("Inspector", "Remove neuron"), self.window.controller.delete_selection)

    def _rename(self, l, j, text):
        doc = self.window.document
        text = text.strip()
        if not text or text == doc.neuron_label(l, j):
            return
        labels = [doc.neuron_label(l, k) for k in range(doc.sizes[l])]
        labels[j] = text
        self._push(C.SetLabelsCommand, l, labels)

    def _connection(self, doc, l, j, i, title, form, buttons):
        names = doc.names
        title.setText(translate("Inspector", "<b>{connection}</b><br>connection into {layer}, weight w of "
                                             "{neuron}").format(connection=html.escape(names.connection(l, j, i)),
                                                                layer=names.layer(l), neuron=names.neuron(l, j)))
        w = doc.network.weights[l][j, i]
        form.addRow(translate("Inspector", "Weight w"),
                    self._exact_entry(w, lambda v: self._push(C.SetWeightCommand, l, j, i, v)))
        form.addRow("|w|", QLabel(fmt(abs(w))))
        self._button(buttons, translate("Inspector", "Delete connection"), self.window.controller.delete_selection)

    def _layer(self, doc, l, title, form, buttons):
        net = doc.network
        title.setText(translate("Inspector", "<b>{title}</b><br>{kind} layer {l}").format(
            title=layer_title(doc, l), kind=layer_kind_text(doc, l), l=l))
        form.addRow(translate("Inspector", "Neurons"), QLabel(str(net.sizes[l])))
        if l > 0:
            combo = activation_combo(net.activations[l - 1], allow_softmax=l == net.n_layers)
            combo.activated.connect(lambda _i: self._push(C.SetActivationCommand, l, combo.currentData()))
            form.addRow(translate("Inspector", "Activation"), combo)
            form.addRow(translate("Inspector", "Weights"), QLabel(f"{net.sizes[l]} × {net.sizes[l - 1]}"))
            bias = QCheckBox(translate("Inspector", "each neuron has a bias b"))
            bias.setChecked(net.has_bias(l))
            bias.setToolTip(translate("Inspector", "Off: z = Σ w·a with no bias, which is never trained (PyTorch "
                                                    "bias=False). "
                            "Undoable; turning it back on starts the biases at 0."))
            bias.toggled.connect(lambda on: self._push(C.SetUseBiasCommand, l, on))
            form.addRow(translate("Inspector", "Bias"), bias)
        ctl = self.window.controller
        self._button(buttons, translate("Inspector", "Add neuron"), lambda: ctl.add_neuron(l))
        if 0 < l < net.n_layers:
            self._button(buttons, translate("Inspector", "Remove layer"), ctl.delete_selection)

    def _network(self, doc, title, form):
        net = doc.network
        title.setText(f"<b>{doc.name or doc.title}</b>")
        form.addRow(translate("Inspector", "Layers"), QLabel(" – ".join(str(n) for n in net.sizes)))
        form.addRow(translate("Inspector", "Activations"), QLabel(", ".join(net.activations)))
        loss = QComboBox()
        for name in LOSSES:
            loss.addItem(name, name)
        loss.setCurrentIndex(max(0, loss.findData(net.loss)))
        loss.activated.connect(lambda _i: self._push(C.SetLossCommand, loss.currentData()))
        form.addRow(translate("Inspector", "Loss"), loss)
        form.addRow(translate("Inspector", "Parameters"), QLabel(f"{net.n_parameters:,}"))
        masked = sum(int((m == 0).sum()) for m in net.masks if m is not None)
        if masked:
            form.addRow(translate("Inspector", "Deleted connections"), QLabel(str(masked)))
        if doc.description:
            d = QLabel(doc.description)
            d.setWordWrap(True)
            d.setToolTip(doc.description)
            form.addRow(d)

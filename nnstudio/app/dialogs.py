"""Small dialogs of the Network and Help menus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nnstudio.canvas.tooltips import layer_title
from nnstudio.engine.activations import ACTIVATIONS
from nnstudio.engine.initializers import DESCRIPTIONS, INITIALIZERS
from nnstudio.io.numbers import localize
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _lay_out(dialog: QDialog, rows, note: QWidget | None = None) -> None:
    """``rows`` of (label, field) in a form, an optional note under it, then OK / Cancel."""
    form = QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    if note is not None:
        layout.addWidget(note)
    layout.addWidget(_buttons(dialog))


def activation_combo(current: str | None = None, allow_softmax: bool = True) -> QComboBox:
    combo = QComboBox()
    for name, act in ACTIVATIONS.items():
        if name == "softmax" and not allow_softmax:
            continue
        combo.addItem(name, name)
        combo.setItemData(combo.count() - 1, localize(translate("engine", act.formula)), Qt.ItemDataRole.ToolTipRole)
    if current is not None and combo.findData(current) >= 0:
        combo.setCurrentIndex(combo.findData(current))
    return combo


class AddLayerDialog(QDialog):
    """Where (after which layer), how many neurons, which activation."""

    def __init__(self, doc, after: int | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "Add layer"))
        L = doc.network.n_layers
        self.position = QComboBox()
        for l in range(0, L + 1):
            what = layer_title(doc, l)
            text = f"after {what}" if l < L else f"after {what} (becomes the new output layer)"
            self.position.addItem(text, l + 1)
        default = L - 1 if after is None else min(max(after, 0), L)
        self.position.setCurrentIndex(default)
        self.size = QSpinBox()
        self.size.setRange(1, 4096)
        self.size.setValue(4)
        self.activation = activation_combo("tanh", allow_softmax=True)
        _lay_out(self, [(translate("Dialogs", "Insert"), self.position), (translate("Dialogs", "Neurons"), self.size),
                        (translate("Dialogs", "Activation"), self.activation)])

    def values(self) -> tuple[int, int, str]:
        return self.position.currentData(), self.size.value(), self.activation.currentData()


class ActivationDialog(QDialog):
    def __init__(self, doc, layer: int | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "Set activation"))
        self.layer = QComboBox()
        for l in range(1, doc.network.n_layers + 1):
            self.layer.addItem(f"{layer_title(doc, l)} ({doc.network.activations[l - 1]})", l)  # names only
        if layer is not None and layer >= 1:
            self.layer.setCurrentIndex(layer - 1)
        self.activation = activation_combo(doc.network.activations[self.layer.currentData() - 1])
        self.layer.currentIndexChanged.connect(
            lambda: self.activation.setCurrentIndex(
                self.activation.findData(doc.network.activations[self.layer.currentData() - 1])))
        self.formula = QLabel()
        self.activation.currentIndexChanged.connect(self._show_formula)
        self._show_formula()
        _lay_out(self, [(translate("Dialogs", "Layer"), self.layer),
                        (translate("Dialogs", "Activation"), self.activation), ("", self.formula)])

    def _show_formula(self):
        self.formula.setText(localize(translate("engine", ACTIVATIONS[self.activation.currentData()].formula)))

    def values(self) -> tuple[int, str]:
        return self.layer.currentData(), self.activation.currentData()


class RandomiseDialog(QDialog):
    def __init__(self, seed: int = 1, init: str = "xavier_uniform", parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "Randomise weights"))
        self.init = QComboBox()
        for name in INITIALIZERS:
            description = localize(translate("engine", DESCRIPTIONS[name])) if name in DESCRIPTIONS else ""
            self.init.addItem(f"{name} — {description}", name)
        self.init.setCurrentIndex(max(0, self.init.findData(init)))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(int(seed))
        self.seed.setToolTip(translate("Dialogs", "The same seed gives the same weights"))
        note = QLabel(translate("Dialogs", "Biases are set to 0; deleted connections stay deleted."))
        note.setWordWrap(True)
        _lay_out(self, [(translate("Dialogs", "Initialiser"), self.init), (translate("Dialogs", "Seed"), self.seed)],
                 note)

    def values(self) -> tuple[str, int]:
        return self.init.currentData(), self.seed.value()


class TextDialog(QDialog):
    """A read-only rich-text page (tour, shortcuts)."""

    def __init__(self, title: str, html: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 520)
        browser = QTextBrowser()
        browser.setOpenExternalLinks(True)
        browser.setHtml(html)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        box.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(box)


def tour_html() -> str:
    return translate("Dialogs", TOUR_HTML)


TOUR_HTML = QT_TRANSLATE_NOOP("Dialogs", """
<h2>A short tour of NN Studio</h2>
<p><b>The canvas</b> (centre) shows the network: each circle is a neuron, columns are layers, from the
inputs on the left to the outputs on the right. Lines are connections: <span style="color:#2166ac">blue</span>
for a positive weight, <span style="color:#e66101">orange</span> for a negative one; thicker and darker
means a larger weight. The ring around a neuron is its bias, the fill its activation when known.
Hover over anything to see its numbers and formula.</p>
<p><b>Editing</b>: drag neurons to arrange them; double-click a neuron to type its bias, a connection to
type its weight, a layer title to edit the layer. Select something and press <i>Delete</i> to remove it;
a deleted connection comes back by Ctrl+dragging from a neuron to a neuron of the next layer.
Shift+wheel (or Alt+drag) on the selected neuron or connection changes its value a little.
Everything can be undone with Ctrl+Z.</p>
<p><b>The inspector</b> (right) shows the selected neuron, connection or layer and lets you edit it.
The <b>Training</b> panel trains the network on a dataset; the <b>Plots</b> panel shows the loss as it
learns.</p>
<p><b>Large networks</b>: the slider under the canvas hides weak connections, so even a network with
100,000 connections stays readable and smooth.</p>
""")

SHORTCUTS = [  # (keys, what they do)
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New network from a template")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("Shortcuts", "Open a network file")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save")),
    ("Ctrl+Shift+S", QT_TRANSLATE_NOOP("Shortcuts", "Save as")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo")),
    ("Ctrl+Shift+Z / Ctrl+Y", QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Delete"), QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected neurons, "
                                                                              "connection or layer")),
    ("Ctrl+A", QT_TRANSLATE_NOOP("Shortcuts", "Select all neurons")),
    ("Ctrl++ / Ctrl+−", QT_TRANSLATE_NOOP("Shortcuts", "Zoom in / out")),
    ("Ctrl+0", QT_TRANSLATE_NOOP("Shortcuts", "Fit the network in the window")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Wheel"), QT_TRANSLATE_NOOP("Shortcuts", "Zoom around the mouse")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Middle button drag, Space+drag"), QT_TRANSLATE_NOOP("Shortcuts", "Pan")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+drag between neurons"), QT_TRANSLATE_NOOP("Shortcuts", "Restore a deleted "
                                                                                                 "connection")),
    ("C", QT_TRANSLATE_NOOP("Shortcuts", "Connect tool on/off")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Double-click"), QT_TRANSLATE_NOOP("Shortcuts", "Type an exact bias, weight or "
                                                                                    "name")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Shift+wheel, Alt+drag"), QT_TRANSLATE_NOOP("Shortcuts", "Change the selected "
                                                                                             "bias/weight coarsely")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Add a layer")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("Shortcuts", "Add a neuron to the selected layer")),
    ("Ctrl+R", QT_TRANSLATE_NOOP("Shortcuts", "Re-layout")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
]


def shortcuts_html() -> str:
    rows = "".join(f"<tr><td><b>{translate('Shortcuts', k)}</b></td>"
                   f"<td>&nbsp;&nbsp;{translate('Shortcuts', v)}</td></tr>" for k, v in SHORTCUTS)
    return translate("Dialogs", "<h2>Keyboard and mouse</h2>") + f"<table cellpadding='3'>{rows}</table>"

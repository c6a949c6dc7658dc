"""Picking one parameter of the network: a weight W[l][j, i] or a bias b[l][j]."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from nnstudio.engine.landscape import param_label
from nnstudio.widgets.i18n import translate

BIAS = -1


class WeightPicker(QWidget):
    """Layer, neuron and input (or "bias") combos, plus "From canvas" to take the canvas selection.

    ``address()`` is ``(layer, j, i)`` for ``W[layer][j, i]`` or ``(layer, j, None)`` for the bias.
    """

    changed = Signal()

    def __init__(self, doc, canvas=None, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.canvas = canvas
        self.layer = QComboBox()
        self.neuron = QComboBox()
        self.source = QComboBox()
        self.layer.setToolTip(translate("Lab", "The layer the weight leads into"))
        self.neuron.setToolTip(translate("Lab", "The neuron j the weight leads into"))
        self.source.setToolTip(translate("Lab", "The input neuron i the weight comes from, or the neuron's bias"))
        self.from_canvas = QPushButton(translate("Lab", "From canvas"))
        self.from_canvas.setToolTip(translate("Lab", "Use the connection (or neuron, for its bias) selected on the "
                                                     "canvas"))
        self.from_canvas.setVisible(canvas is not None)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, box in ((translate("Lab", "layer"), self.layer), (translate("Lab", "to"), self.neuron),
                           (translate("Lab", "from"), self.source)):
            row.addWidget(QLabel(label))
            row.addWidget(box, 1)
        row.addWidget(self.from_canvas)
        self.layer.currentIndexChanged.connect(self._layer_chosen)
        self.neuron.currentIndexChanged.connect(self.changed)
        self.source.currentIndexChanged.connect(self.changed)
        self.from_canvas.clicked.connect(self.take_canvas_selection)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the network's layers (after a structural edit), keeping the choice when possible."""
        keep = self.address() if self.layer.count() else None
        sizes = self.doc.network.sizes
        self.layer.blockSignals(True)
        self.layer.clear()
        for l in range(1, len(sizes)):
            self.layer.addItem(f"{l}", l)
        self.layer.blockSignals(False)
        self._layer_chosen()
        if keep is not None:
            self.set_address(keep)

    def _layer_chosen(self, *_args) -> None:
        l = self.layer.currentData()
        if l is None:
            return
        for box, layer, extra in ((self.neuron, l, False), (self.source, l - 1, True)):
            current = box.currentIndex()
            box.blockSignals(True)
            box.clear()
            for j in range(self.doc.network.sizes[layer]):
                box.addItem(self.doc.neuron_label(layer, j), j)
            if extra:
                box.addItem(translate("Lab", "bias"), BIAS)
            box.setCurrentIndex(max(0, min(current, box.count() - 1)))
            box.blockSignals(False)
        self.changed.emit()

    def address(self) -> tuple[int, int, int | None]:
        i = self.source.currentData()
        return int(self.layer.currentData()), int(self.neuron.currentData()), None if i == BIAS else int(i)

    def set_address(self, address) -> None:
        l, j, i = address
        self.layer.setCurrentIndex(self.layer.findData(l))
        self.neuron.setCurrentIndex(self.neuron.findData(j))
        self.source.setCurrentIndex(self.source.findData(BIAS if i is None else i))

    def label(self) -> str:
        """The chosen parameter named as on the canvas, with its matrix entry: "weight x1 → h1.2 (W[1][1,0])"."""
        l, j, i = self.address()
        names = self.doc.names
        what = (translate("Canvas", "bias of {neuron}").format(neuron=names.neuron(l, j)) if i is None
                else translate("Lab", "weight {connection}").format(connection=names.connection(l, j, i)))
        return f"{what} ({param_label(l, j, i)})"

    def take_canvas_selection(self) -> bool:
        """Use the canvas's selected connection (or single neuron's bias); False if nothing fits."""
        if self.canvas is None:
            return False
        kind, ids = self.canvas.selection()
        if kind == "connection" and ids:
            self.set_address(tuple(ids[0]))
            return True
        if kind == "neuron" and len(ids) == 1 and ids[0][0] > 0:
            self.set_address((ids[0][0], ids[0][1], None))
            return True
        return False

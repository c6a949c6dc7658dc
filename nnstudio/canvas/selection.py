"""What is selected on the scene and what lies under a point (a mixin of ``NetworkScene``)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath

from .items import LayerHeaderItem, NeuronItem


class SceneSelection:
    """Needs ``neurons``, ``headers``, ``connections``, ``_selected_connection``, ``_last_selection`` and
    the ``selectionChangedTo`` signal of the scene."""

    def selection(self) -> tuple[str, list]:
        items = self.selectedItems()
        neurons = sorted(i.id for i in items if isinstance(i, NeuronItem))
        if neurons:
            return "neuron", neurons
        layers = sorted(i.layer for i in items if isinstance(i, LayerHeaderItem))
        if layers:
            return "layer", layers
        if self._selected_connection is not None:
            return "connection", [self._selected_connection]
        return "none", []

    def select(self, kind: str, ids) -> None:
        """Select neurons, layers or one connection by id (used by panels and tests)."""
        self.blockSignals(True)
        try:
            self.clearSelection()
            self._selected_connection = None
            if kind == "neuron":
                for l, j in ids:
                    self.neurons[l][j].setSelected(True)
            elif kind == "layer":
                for l in ids:
                    self.headers[l].setSelected(True)
            elif kind == "connection" and ids:
                self._selected_connection = tuple(ids[0])
        finally:
            self.blockSignals(False)
        self.connections.set_selected(self._selected_connection)
        self._emit_selection()

    def select_all_neurons(self) -> None:
        path = QPainterPath()
        path.addRect(self.sceneRect())
        self._selected_connection = None
        self.connections.set_selected(None)
        self.setSelectionArea(path)
        for h in self.headers:
            h.setSelected(False)

    def _qt_selection_changed(self) -> None:
        if any(isinstance(i, NeuronItem | LayerHeaderItem) for i in self.selectedItems()):
            self._selected_connection = None
            self.connections.set_selected(None)
        self._emit_selection()

    def _emit_selection(self, force: bool = False) -> None:
        sel = self.selection()
        if force or sel != self._last_selection:
            self._last_selection = sel
            self.selectionChangedTo.emit(*sel)

    def value_target(self) -> tuple[str, tuple] | None:
        """The value a coarse (wheel / Alt+drag) edit changes: a bias or a weight, or None."""
        kind, ids = self.selection()
        if kind == "neuron" and len(ids) == 1 and ids[0][0] > 0 and self.doc.network.has_bias(ids[0][0]):
            return "bias", ids[0]
        if kind == "connection":
            return "weight", ids[0]
        return None

    def neuron_at(self, pos: QPointF, exclude=None) -> NeuronItem | None:
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder):
            if isinstance(item, NeuronItem) and item is not exclude:
                return item
        return None

    def header_at(self, pos: QPointF) -> LayerHeaderItem | None:
        for item in self.items(pos):
            if isinstance(item, LayerHeaderItem):
                return item
        return None

    def connection_at(self, pos: QPointF, scale: float = 1.0) -> tuple | None:
        return self.connections.connection_at(pos, 5.0 / scale)

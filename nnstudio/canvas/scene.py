"""The scene: maps document ids to items and keeps them in sync with the document.

Its other jobs are mixins, one module each: ``styling`` (how items look), ``overlay`` (what other panels
draw on it), ``selection`` (what is selected, what lies under a point) and ``gestures`` (mouse gestures
turned into intents: signals the controller turns into commands)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtWidgets import QGraphicsScene

from nnstudio.document.layout import row_gap

from . import palette
from .connections import ConnectionsItem
from .gestures import SceneGestures
from .items import BadgeItem, LayerBandItem, LayerHeaderItem, NeuronItem
from .overlay import SceneOverlay
from .selection import SceneSelection
from .styling import AUTO_VISIBLE, LABEL_LIMIT, SceneStyling


def neuron_radius(size: int) -> float:
    return float(min(17.0, max(2.5, 0.36 * row_gap(size))))


class NetworkScene(SceneGestures, SceneSelection, SceneOverlay, SceneStyling, QGraphicsScene):
    """Items for one :class:`~nnstudio.document.NetworkDocument`."""

    neuronsMoved = Signal(object, object)              # positions before, after (one drag)
    connectRequested = Signal(object, object)      # (l, j) from, (l, j) to
    editRequested = Signal(str, object)            # "weight" (l,j,i) | "bias" (l,j) | "label" (l,j) | "layer" (l,)
    nudgeRequested = Signal(str, object, float, int)   # kind, id, change since gesture start, gesture id
    selectionChangedTo = Signal(str, object)         # "neuron"/"connection"/"layer"/"none", ids
    statusMessage = Signal(str)

    def __init__(self, doc, theme: palette.Theme = palette.LIGHT, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.theme = theme
        self.mode = "select"              # or "connect": plain drags draw connections
        self.show_weights = False
        self.show_biases = True
        self.threshold_fraction = 0.0     # hide connections weaker than this fraction of the strongest
        self.neurons: list[list[NeuronItem]] = []
        self.headers: list[LayerHeaderItem] = []
        self.pos_arrays: list[np.ndarray] = []
        self.connections = ConnectionsItem(theme)
        self.addItem(self.connections)
        self.overlay = self._empty_overlay()
        self.thumbnails: dict = {}
        self._badges: list[BadgeItem] = []
        self._band: LayerBandItem | None = None
        self._selected_connection: tuple | None = None
        self._last_selection = ("none", [])
        self._syncing = False
        self._geometry_pending = False
        self._press_positions: dict | None = None
        self._drag: dict | None = None
        self._wheel = {"target": None, "time": 0.0, "total": 0.0, "gesture": 0}
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.selectionChanged.connect(self._qt_selection_changed)
        self._unsubscribe = doc.subscribe(self._on_event)
        self.rebuild(auto_threshold=True)

    def detach(self) -> None:
        """Stop listening to the document (before the scene is dropped)."""
        self._unsubscribe()

    def rebuild(self, auto_threshold: bool = False) -> None:
        """Recreate every item from the document (after a reset or a structural change)."""
        self._syncing = True
        self.blockSignals(True)
        try:
            self._clear_overlay_items()
            for layer in self.neurons:
                for item in layer:
                    self.removeItem(item)
            for header in self.headers:
                self.removeItem(header)
            doc = self.doc
            self.neurons, self.headers = [], []
            self.pos_arrays = [np.array(doc.positions[l], dtype=float).reshape(-1, 2)
                               for l in range(len(doc.sizes))]
            for l, n in enumerate(doc.sizes):
                r = neuron_radius(n)
                column = []
                for j in range(n):
                    item = NeuronItem(l, j, r)
                    item.setPos(*self.pos_arrays[l][j])
                    item.on_moved = self._neuron_moved
                    self.addItem(item)
                    column.append(item)
                self.neurons.append(column)
                header = LayerHeaderItem(l)
                self.addItem(header)
                self.headers.append(header)
            self._selected_connection = None
            self.connections.set_layers(doc.sizes)
            self.connections.set_geometry(self.pos_arrays)
            self._refresh_values(auto_threshold=auto_threshold)
            if self.connections.visible_count() > 2 * AUTO_VISIBLE:
                self._refresh_values(auto_threshold=True)
            self._restyle_neurons()
            self._relabel()
            self._place_headers()
            self._apply_thumbnails()
            self._update_scene_rect()
        finally:
            self.blockSignals(False)
            self._syncing = False
        self._last_selection = ("none", [])
        self.selectionChangedTo.emit("none", [])

    def _update_scene_rect(self) -> None:
        pts = np.vstack(self.pos_arrays)
        x0, y0 = pts.min(axis=0)
        x1, y1 = pts.max(axis=0)
        rect = QRectF(QPointF(x0, y0), QPointF(x1, y1)).adjusted(-240, -160, 240, 160)
        margin = max(rect.width(), rect.height(), 800)
        self.setSceneRect(rect.adjusted(-margin, -margin, margin, margin))

    def content_rect(self, header_space: float = 0.0, with_badges: bool = False) -> QRectF:
        """The rectangle holding every neuron and label (plus ``header_space`` above, in scene units,
        for the layer captions, which keep their size on screen; and the overlay's badges under the
        neurons ``with_badges``)."""
        if with_badges:
            rect = self.content_rect()
            for column in self.neurons:
                for item in column:
                    rect = rect.united(item.mapRectToScene(item.childrenBoundingRect()))
            return rect

        rect = QRectF()
        for column in self.neurons:
            if not column:
                continue
            if len(column) <= LABEL_LIMIT:
                for item in column:
                    rect = rect.united(item.sceneBoundingRect())
                    if item.label_text():
                        w = 9 * len(item.label_text()) + 24  # labels keep their size on screen
                        c = item.scenePos()
                        rect = rect.united(QRectF(c.x() - w, c.y() - 8, 2 * w, 16))
            else:
                pts = self.pos_arrays[column[0].layer]
                r = column[0].radius + 2
                rect = rect.united(QRectF(QPointF(*(pts.min(axis=0) - r)), QPointF(*(pts.max(axis=0) + r))))
        return rect.adjusted(-10, -10 - header_space, 10, 10)

    def _on_event(self, event) -> None:
        kind = event.kind
        if kind in ("reset", "structure"):
            self.thumbnails = {}
            self.overlay = self._empty_overlay()
            self.rebuild(auto_threshold=kind == "reset")
        elif kind == "layout":
            self._sync_positions(event.get("ids"))
        elif kind == "parameters":
            layers = event.get("layers")
            if self.overlay["connection_values"] is None:
                self._refresh_values(layers)
            elif event.get("mask"):
                self._refresh_values(layers)
            self._restyle_neurons()
        elif kind in ("activation", "labels"):
            self._relabel()
            self._place_headers()
        elif kind == "activations-preview":
            self._restyle_neurons()

    def _sync_positions(self, ids) -> None:
        doc = self.doc
        self._syncing = True
        try:
            if ids is None:
                ids = [(l, j) for l, n in enumerate(doc.sizes) for j in range(n)]
            for l, j in ids:
                x, y = doc.positions[l][j]
                self.pos_arrays[l][j] = (x, y)
                item = self.neurons[l][j]
                if item.pos() != QPointF(x, y):
                    item.setPos(x, y)
        finally:
            self._syncing = False
        self.connections.set_geometry(self.pos_arrays)
        self._place_headers()
        self._rebuild_overlay_items()
        self._update_scene_rect()

    def _neuron_moved(self, item: NeuronItem) -> None:
        if self._syncing:
            return
        p = item.pos()
        self.pos_arrays[item.layer][item.index] = (p.x(), p.y())
        if not self._geometry_pending:
            self._geometry_pending = True
            QTimer.singleShot(0, self.flush_geometry)

    def flush_geometry(self) -> None:
        """Apply pending neuron moves to the connection lines (coalesced to once per event loop)."""
        if self._geometry_pending:
            self._geometry_pending = False
            self.connections.set_geometry(self.pos_arrays)

"""The scene: maps document ids to items, keeps them in sync with the document, and turns mouse
gestures into intents (signals) that the controller turns into commands."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QToolTip

from nnstudio.document.layout import row_gap

from . import palette
from .connections import ConnectionsItem
from .items import BadgeItem, LayerBandItem, LayerHeaderItem, NeuronItem
from .label_layout import Obstacles, place_badge
from .tooltips import connection_tooltip, layer_kind, layer_title, neuron_tooltip

LABEL_LIMIT = 40          # label the neurons of input/output layers up to this size
AUTO_VISIBLE = 2500       # a large network opens showing at most this many connections
WHEEL_STEP = 0.1          # coarse edit: value change per wheel notch
DRAG_STEP = 0.01          # coarse edit: value change per pixel of Alt+drag
GESTURE_PAUSE = 0.8       # seconds between wheel notches that still count as one gesture


def neuron_radius(size: int) -> float:
    return float(min(17.0, max(2.5, 0.36 * row_gap(size))))


class NetworkScene(QGraphicsScene):
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

    @staticmethod
    def _empty_overlay():
        return {"neuron_texts": {}, "connection_texts": {}, "highlight_layer": None,
                "connection_values": None, "value_name": None}

    def detach(self) -> None:
        """Stop listening to the document (before the scene is dropped)."""
        self._unsubscribe()

    # -- building -------------------------------------------------------------------------------
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
            self._rebuild_overlay_items()
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

    # -- styling --------------------------------------------------------------------------------
    def set_theme(self, theme: palette.Theme) -> None:
        self.theme = theme
        self.connections.set_theme(theme)
        self._restyle_neurons()
        self._relabel()
        self._place_headers()
        self._rebuild_overlay_items()

    def _connection_values(self):
        cv = self.overlay["connection_values"]
        net = self.doc.network
        if cv is not None:
            return cv
        return net.weights

    def _refresh_values(self, layers=None, auto_threshold: bool = False) -> None:
        net = self.doc.network
        self.connections.set_values(self._connection_values(), net.masks, layers=layers)
        if auto_threshold:
            self.threshold_fraction = self.connections.fraction_for_count(AUTO_VISIBLE)
        self._apply_threshold()

    def _apply_threshold(self) -> None:
        self.connections.set_threshold_fraction(self.threshold_fraction)
        self.connections.set_labels(self.show_weights, self.overlay["connection_texts"])

    def set_threshold_fraction(self, fraction: float) -> None:
        self.threshold_fraction = float(min(max(fraction, 0.0), 1.0))
        self._apply_threshold()

    def _restyle_neurons(self, layers=None) -> None:
        theme, doc = self.theme, self.doc
        net = doc.network
        all_b = np.concatenate([np.abs(b) for b in net.biases[1:]]) if net.n_layers else np.zeros(1)
        all_b = all_b[np.isfinite(all_b)]
        bscale = float(all_b.max()) if all_b.size and all_b.max() > 0 else 1.0
        preview = doc.preview
        for l, column in enumerate(self.neurons):
            if layers is not None and l not in layers:
                continue
            a = None if preview is None or preview["a"] is None else preview["a"][l]
            for j, item in enumerate(column):
                fill = theme.neuron_fill if a is None else palette.value_colour(theme, a[j])
                ring, width = None, 0.0
                if l > 0 and self.show_biases:
                    b = float(net.biases[l][j])
                    k = item.radius / 17.0
                    if np.isfinite(b) and b != 0:
                        ring = theme.positive if b > 0 else theme.negative
                        width = k * (1.0 + 4.0 * min(abs(b) / bscale, 1.0))
                    else:
                        ring, width = theme.zero, k * 1.0
                outline = theme.muted_text if l == 0 else theme.neuron_outline
                item.set_style(fill, outline, theme.selection, ring, width)

    def _relabel(self) -> None:
        doc, theme = self.doc, self.theme
        last = len(self.neurons) - 1
        for l, column in enumerate(self.neurons):
            side = "left" if l == 0 else ("right" if l == last else None)
            if len(column) > LABEL_LIMIT:
                side = None
            for j, item in enumerate(column):
                item.set_label(doc.neuron_label(l, j), side, theme.text)

    def _place_headers(self) -> None:
        """Layer captions on one baseline above the tallest column."""
        doc, theme = self.doc, self.theme
        top = min(float(pts[:, 1].min()) - (column[0].radius if column else 10)
                  for pts, column in zip(self.pos_arrays, self.neurons, strict=True)) - 16
        for l, header in enumerate(self.headers):
            n = doc.sizes[l]
            if l == 0:
                sub = f"{n} feature{'s' * (n != 1)}"
            else:
                sub = f"{n} neuron{'s' * (n != 1)} · {doc.network.activations[l - 1]}"
            header.set_text(layer_title(doc, l), sub, theme.text, theme.muted_text, theme.selection)
            pts = self.pos_arrays[l]
            header.anchor = (float(pts[:, 0].mean()), top)    # row 0; LayerControls staggers rows
            header.setPos(*header.anchor)

    # -- document events ------------------------------------------------------------------------
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
            chosen = self._selected_connection
            if event.get("mask") and chosen is not None and self.doc.is_masked(*chosen):
                self.select("none", [])          # a deleted connection is no longer selected
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

    # -- overlay and thumbnails (the step-through and training hooks) ---------------------------
    def set_overlay(self, neuron_texts=None, connection_texts=None, highlight_layer=None,
                    connection_values=None, value_name=None) -> None:
        cv = None
        if connection_values is not None:
            net = self.doc.network
            cv = [None]
            for l in range(1, len(net.sizes)):
                v = connection_values[l] if l < len(connection_values) else None
                v = net.weights[l] if v is None else np.asarray(v, dtype=float)
                if v.shape != net.weights[l].shape:
                    raise ValueError(f"connection_values[{l}]: expected shape {net.weights[l].shape}, "
                                     f"got {v.shape}")
                cv.append(v)
        self.overlay = {"neuron_texts": dict(neuron_texts or {}), "connection_texts": dict(connection_texts or {}),
                        "highlight_layer": highlight_layer, "connection_values": cv, "value_name": value_name}
        self._refresh_values()
        self._rebuild_overlay_items()

    def clear_overlay(self) -> None:
        self.set_overlay()

    def _clear_overlay_items(self) -> None:
        for badge in self._badges:
            if badge.scene() is self:
                self.removeItem(badge)
        self._badges = []
        if self._band is not None:
            self.removeItem(self._band)
            self._band = None

    def _rebuild_overlay_items(self) -> None:
        self._clear_overlay_items()
        theme = self.theme
        circles = [(item.pos().x(), item.pos().y(), item.outer_radius()) for column in self.neurons
                   for item in column]
        obstacles = Obstacles(circles)
        for (l, j), text in self.overlay["neuron_texts"].items():
            if 0 <= l < len(self.neurons) and 0 <= j < len(self.neurons[l]) and text:
                item = self.neurons[l][j]
                below = max(item.radius + 7, item.outer_radius() + 4)
                badge = BadgeItem(item, str(text), theme.badge_fill, theme.text, below)
                rect = place_badge(item.pos(), item.outer_radius(), *badge.size(), obstacles, badge.below)
                badge.place(rect.translated(-item.pos()), item.outer_radius())
                self._badges.append(badge)
        self.connections.set_obstacles(circles, obstacles.rects)
        hl = self.overlay["highlight_layer"]
        if hl is not None and 0 <= hl < len(self.pos_arrays):
            pts = self.pos_arrays[hl]
            r = self.neurons[hl][0].radius
            rect = QRectF(QPointF(pts[:, 0].min() - r - 22, pts[:, 1].min() - r - 50),
                          QPointF(pts[:, 0].max() + r + 22, pts[:, 1].max() + r + 40))
            self._band = LayerBandItem(rect, theme.band)
            self.addItem(self._band)

    def set_neuron_thumbnails(self, images: dict) -> None:
        """``images[(l, j)] = QImage`` drawn inside the neuron; replaces earlier thumbnails."""
        self.thumbnails = {k: v for k, v in images.items() if isinstance(v, QImage)}
        self._apply_thumbnails()

    def _apply_thumbnails(self) -> None:
        for l, column in enumerate(self.neurons):
            for j, item in enumerate(column):
                item.set_thumbnail(self.thumbnails.get((l, j)))

    # -- selection ------------------------------------------------------------------------------
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
        if kind == "neuron" and len(ids) == 1 and ids[0][0] > 0:
            return "bias", ids[0]
        if kind == "connection":
            return "weight", ids[0]
        return None

    # -- lookups --------------------------------------------------------------------------------
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

    @staticmethod
    def _view_scale(event) -> float:
        widget = event.widget()
        view = widget.parent() if widget is not None else None
        try:
            return max(abs(view.transform().m11()), 1e-6)
        except AttributeError:
            return 1.0

    def connection_at(self, pos: QPointF, scale: float = 1.0) -> tuple | None:
        return self.connections.connection_at(pos, 5.0 / scale)

    # -- mouse gestures -------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        pos = event.scenePos()
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        neuron = self.neuron_at(pos)
        mods = event.modifiers()
        scale = self._view_scale(event)
        if neuron is not None and (self.mode == "connect" or mods & Qt.KeyboardModifier.ControlModifier):
            self._start_connect(neuron, pos, mods)
            event.accept()
            return
        if mods & Qt.KeyboardModifier.AltModifier and self._start_value_drag(neuron, pos, scale):
            event.accept()
            return
        if neuron is None and self.header_at(pos) is None:
            hit = self.connection_at(pos, scale)
            if hit is not None:
                self.select("connection", [hit])
                event.accept()
                return
            if self._selected_connection is not None:
                self._selected_connection = None
                self.connections.set_selected(None)
                self._emit_selection()
        super().mousePressEvent(event)
        if neuron is not None:
            self._press_positions = {i.id: (i.pos().x(), i.pos().y())
                                     for i in self.selectedItems() if isinstance(i, NeuronItem)}

    def _start_connect(self, neuron, pos, mods) -> None:
        line = QGraphicsLineItem(QLineF(neuron.scenePos(), pos))
        pen = QPen(self.theme.selection, 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        line.setPen(pen)
        line.setZValue(30)
        self.addItem(line)
        self._drag = {"kind": "connect", "from": neuron, "line": line, "start": pos, "ctrl_click":
                      bool(mods & Qt.KeyboardModifier.ControlModifier) and self.mode != "connect"}

    def _start_value_drag(self, neuron, pos, scale) -> bool:
        target = self.value_target()
        if target is None:
            return False
        kind, ids = target
        on_target = (neuron is not None and neuron.id == ids) or (
            neuron is None and kind == "weight" and self.connection_at(pos, scale) == ids)
        if not on_target:
            return False
        self._drag = {"kind": "value", "target": target, "y": pos.y(), "scale": scale,
                      "gesture": self._new_gesture()}
        return True

    def _new_gesture(self) -> int:
        from nnstudio.document.commands import new_gesture_id

        return new_gesture_id()

    def mouseMoveEvent(self, event) -> None:
        drag = self._drag
        if drag is None:
            super().mouseMoveEvent(event)
            return
        pos = event.scenePos()
        if drag["kind"] == "connect":
            drag["line"].setLine(QLineF(drag["from"].scenePos(), pos))
        else:
            pixels = (drag["y"] - pos.y()) * drag["scale"]
            kind, ids = drag["target"]
            self.nudgeRequested.emit(kind, ids, round(pixels) * DRAG_STEP, drag["gesture"])
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        drag, self._drag = self._drag, None
        if drag is not None:
            if drag["kind"] == "connect":
                self._finish_connect(drag, event.scenePos(), self._view_scale(event))
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.flush_geometry()
        before, self._press_positions = self._press_positions, None
        if before:
            after = {}
            for (l, j), old in before.items():
                p = self.neurons[l][j].pos()
                if (p.x(), p.y()) != old:
                    after[(l, j)] = (p.x(), p.y())
            if after:
                self.neuronsMoved.emit({k: before[k] for k in after}, after)

    def _finish_connect(self, drag, pos, scale) -> None:
        self.removeItem(drag["line"])
        source = drag["from"]
        target = self.neuron_at(pos, exclude=source)
        moved = QLineF(drag["start"], pos).length() * scale > 3
        if not moved and drag["ctrl_click"]:
            source.setSelected(not source.isSelected())
            return
        if target is None:
            if moved:
                self.statusMessage.emit("Drop the line on a neuron of the next layer to connect")
            return
        self.connectRequested.emit(source.id, target.id)

    def mouseDoubleClickEvent(self, event) -> None:
        pos = event.scenePos()
        neuron = self.neuron_at(pos)
        if neuron is not None:
            self.editRequested.emit("bias" if neuron.layer > 0 else "label", neuron.id)
            event.accept()
            return
        header = self.header_at(pos)
        if header is not None:
            self.editRequested.emit("layer", (header.layer,))
            event.accept()
            return
        hit = self.connection_at(pos, self._view_scale(event))
        if hit is not None:
            self.select("connection", [hit])
            self.editRequested.emit("weight", hit)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def wheel_nudge(self, notches: float) -> bool:
        """Shift/Alt+wheel on a selected neuron or connection: coarse change; True when used."""
        target = self.value_target()
        if target is None:
            return False
        w = self._wheel
        now = time.monotonic()
        if w["target"] != target or now - w["time"] > GESTURE_PAUSE:
            w.update(target=target, total=0.0, gesture=self._new_gesture())
        w["time"] = now
        w["total"] += notches * WHEEL_STEP
        self.nudgeRequested.emit(target[0], target[1], w["total"], w["gesture"])
        return True

    # -- tooltips -------------------------------------------------------------------------------
    def helpEvent(self, event) -> None:
        pos = event.scenePos()
        text = self.tooltip_at(pos, self._view_scale(event))
        if text:
            QToolTip.showText(event.screenPos(), text, event.widget())
            event.accept()
        else:
            QToolTip.hideText()
            event.ignore()

    def tooltip_at(self, pos: QPointF, scale: float = 1.0) -> str | None:
        doc = self.doc
        neuron = self.neuron_at(pos)
        if neuron is not None:
            extra = self.overlay["neuron_texts"].get(neuron.id)
            return neuron_tooltip(doc, neuron.layer, neuron.index, extra)
        header = self.header_at(pos)
        if header is not None:
            l = header.layer
            kind = layer_kind(doc, l)
            act = "" if l == 0 else f"; activation {doc.network.activations[l - 1]}"
            return (f"<b>{layer_title(doc, l)}</b> — {kind} layer {l}: {doc.sizes[l]} neurons{act}"
                    "<br>click to select the layer; double-click to edit it")
        hit = self.connection_at(pos, scale)
        if hit is not None:
            l, j, i = hit
            cv = self.overlay["connection_values"]
            value = None if cv is None else float(cv[l][j, i])
            name = self.overlay["value_name"] or ("value" if cv is not None else None)
            return connection_tooltip(doc, l, j, i, name, value, self.overlay["connection_texts"].get(hit))
        return None

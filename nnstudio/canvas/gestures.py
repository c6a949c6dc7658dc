"""Mouse gestures on the scene turned into intents (signals the controller turns into commands): drag to
connect, Alt+drag or Shift+wheel to nudge a value, double-click to edit, hover for tooltips (a mixin of
``NetworkScene``)."""

from __future__ import annotations

import time

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QToolTip

from nnstudio.document.commands import new_gesture_id
from nnstudio.widgets.i18n import translate

from .items import NeuronItem
from .tooltips import connection_tooltip, layer_kind_text, layer_title, neuron_tooltip

WHEEL_STEP = 0.1          # coarse edit: value change per wheel notch
DRAG_STEP = 0.01          # coarse edit: value change per pixel of Alt+drag
GESTURE_PAUSE = 0.8       # seconds between wheel notches that still count as one gesture


class SceneGestures:
    """Needs the selection and lookups (``SceneSelection``), ``mode``, ``theme``, ``overlay``, ``neurons``,
    ``_drag``, ``_wheel``, ``_press_positions`` and the intent signals of the scene."""

    @staticmethod
    def _view_scale(event) -> float:
        widget = event.widget()
        view = widget.parent() if widget is not None else None
        try:
            return max(abs(view.transform().m11()), 1e-6)
        except AttributeError:
            return 1.0

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt virtual
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
                      "gesture": new_gesture_id()}
        return True

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt virtual
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

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt virtual
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
                self.statusMessage.emit(translate("Canvas", "Drop the line on a neuron of the next layer to connect"))
            return
        self.connectRequested.emit(source.id, target.id)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt virtual
        pos = event.scenePos()
        neuron = self.neuron_at(pos)
        if neuron is not None:
            has_bias = neuron.layer > 0 and self.doc.network.has_bias(neuron.layer)
            self.editRequested.emit("bias" if has_bias else "label", neuron.id)
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
            w.update(target=target, total=0.0, gesture=new_gesture_id())
        w["time"] = now
        w["total"] += notches * WHEEL_STEP
        self.nudgeRequested.emit(target[0], target[1], w["total"], w["gesture"])
        return True

    def helpEvent(self, event) -> None:  # noqa: N802 - Qt virtual
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
            kind, size = layer_kind_text(doc, l), doc.sizes[l]
            act = "" if l == 0 else translate("Canvas", "; activation {name}").format(
                name=doc.network.activations[l - 1])
            return (translate("Canvas", "<b>{title}</b> — {kind} layer {l}: %n neuron(s)", None, size).format(
                title=layer_title(doc, l), kind=kind, l=l) + act
                + translate("Canvas", "<br>click to select the layer; double-click to edit it"))
        hit = self.connection_at(pos, scale)
        if hit is not None:
            l, j, i = hit
            cv = self.overlay["connection_values"]
            value = None if cv is None else float(cv[l][j, i])
            name = self.overlay["value_name"] or ("value" if cv is not None else None)
            return connection_tooltip(doc, l, j, i, name, value, self.overlay["connection_texts"].get(hit))
        return None

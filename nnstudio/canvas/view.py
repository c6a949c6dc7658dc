"""The view: zoom around the mouse, pan (middle button or Space+drag), fit, and the legend."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from nnstudio.widgets.i18n import translate

from . import palette

MIN_ZOOM, MAX_ZOOM, MAX_FIT_ZOOM = 0.01, 8.0, 1.3
HEADER_ROOM = 76     # pixels kept above the network for the layer captions and their +/− buttons


class NetworkView(QGraphicsView):
    """A QGraphicsView with the gestures of the canvas; the legend is drawn in the foreground."""

    spaceTapped = Signal()   # Space pressed and released without panning

    def __init__(self, scene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.legend = LegendWidget(self)
        self._pan_from: QPointF | None = None
        self._space_panned = False   # Space held: did a drag pan (then releasing it is no tap)
        self.extra_top = 0       # more room above, set when the captions need several rows
        self.fitted_zoom = None  # the zoom the last fit chose (the user has not zoomed since when equal)
        self.caption_refits = 0  # refits since the last fresh one, each with more room for the captions
        self._fit_overlay = False
        self._legend_pending = False
        self._refit_pending = False
        self._space = False
        self._legend_font = QFont()
        self._legend_font.setPixelSize(11)

    # -- zoom and fit ---------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, anchor_under_mouse: bool = True) -> None:
        current = self.zoom()
        factor = min(max(factor, MIN_ZOOM / current), MAX_ZOOM / current)
        if not anchor_under_mouse:
            old = self.transformationAnchor()
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(factor, factor)
            self.setTransformationAnchor(old)
        else:
            self.scale(factor, factor)

    def fit(self, include_overlay: bool = False, caption_room: float = 0) -> None:
        """Show the whole network, never magnified beyond MAX_FIT_ZOOM; room is kept above for the
        layer captions (constant size on screen; ``caption_room`` pixels more for staggered rows of
        them) and below-left for the legend. With ``include_overlay``, zoom out further when the
        overlay's badges under the neurons would stick out of the view."""
        if caption_room:
            self.caption_refits += 1
        else:
            self.caption_refits = 0    # a fresh fit: the rows of captions are counted again at its zoom
        self.extra_top = caption_room
        rect = self.scene().content_rect()
        if rect.isEmpty():
            return
        self._fit_overlay = include_overlay
        self._fit_rect(rect, lambda s: max(min(s, MAX_FIT_ZOOM), MIN_ZOOM), minimum_room=50)
        if include_overlay:
            rect = self.scene().content_rect(with_badges=True)
            self._fit_rect(rect, lambda s: s if s < self.transform().m11() else None, minimum_room=0)

    def _fit_rect(self, rect: QRectF, choose, minimum_room: float) -> None:
        """Scale to ``choose(s)`` (None: leave the view) where ``s`` fits ``rect``, centred below the captions."""
        vp = self.viewport().rect()
        top, bottom, side = HEADER_ROOM + self.extra_top, 16, 24
        avail_w = max(vp.width() - 2 * side, minimum_room)
        avail_h = max(vp.height() - top - bottom, minimum_room)
        s = choose(min(avail_w / max(rect.width(), 1e-9), avail_h / max(rect.height(), 1e-9)))
        if s is None or not s > 0:   # a view with no room (collapsed, closing): keep the current zoom
            return
        self.resetTransform()
        self.scale(s, s)
        self.fitted_zoom = s
        centre = rect.center()
        self.centerOn(QPointF(centre.x(), centre.y() - (top - bottom) / 2 / s))

    # -- Qt virtuals ----------------------------------------------------------------------------
    def wheelEvent(self, event) -> None:
        delta = event.angleDelta()
        amount = delta.y() or delta.x()
        mods = event.modifiers()
        if mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier):
            if amount and self.scene().wheel_nudge(amount / 120.0):
                event.accept()
                return
        if amount:
            self.zoom_by(1.0015 ** amount)
        event.accept()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position()
            self._space_panned = self._space_panned or self._space
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            d = event.position() - self._pan_from
            self._pan_from = event.position()
            self.pan(-d.x(), -d.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._pan_from is not None and event.button() in (Qt.MouseButton.MiddleButton, Qt.MouseButton.LeftButton):
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def pan(self, dx: float, dy: float) -> None:
        """Scroll by (dx, dy) viewport pixels."""
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + round(dx))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + round(dy))

    def event(self, event) -> bool:
        """Keep Space from the window's Play/Pause shortcut: here a tap plays/pauses (``spaceTapped``)
        and a hold + drag pans."""
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Space:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and event.isAutoRepeat():
            event.accept()
            return
        if event.key() == Qt.Key.Key_Space:
            self._space = True
            self._space_panned = False
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and event.isAutoRepeat():
            event.accept()
            return
        if event.key() == Qt.Key.Key_Space:
            tapped = self._space and not self._space_panned
            self._space = False
            self._pan_from = None
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            if tapped:
                self.spaceTapped.emit()
            return
        super().keyReleaseEvent(event)

    def drawBackground(self, painter, rect: QRectF) -> None:
        painter.fillRect(rect, self.scene().theme.background)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.legend.place()
        if self.is_fitted() and not self._refit_pending:
            self._refit_pending = True          # the window or a dock changed size: fit again
            QTimer.singleShot(0, self, self._refit)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt virtual
        super().scrollContentsBy(dx, dy)
        self.place_legend_later()

    def drawForeground(self, painter, rect: QRectF) -> None:  # noqa: N802 - Qt virtual
        super().drawForeground(painter, rect)
        self.place_legend_later()     # neurons may have moved or the zoom changed

    def place_legend_later(self) -> None:
        """Move the legend off the neurons once the current events are handled (coalesced)."""
        if not self._legend_pending:
            self._legend_pending = True
            QTimer.singleShot(0, self, self._place_legend)

    def _place_legend(self) -> None:
        self._legend_pending = False
        self.legend.place()

    def is_fitted(self) -> bool:
        """Whether the view shows the last fit's zoom (the user has not zoomed since)."""
        return self.fitted_zoom is not None and abs(self.zoom() - self.fitted_zoom) < 1e-9

    def _refit(self) -> None:
        self._refit_pending = False
        if self.is_fitted():
            self.fit(self._fit_overlay)




class LegendWidget(QWidget):
    """The small legend in the bottom-left corner (a child of the view, so it does not scroll)."""

    def __init__(self, view: NetworkView):
        super().__init__(view)
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._font = QFont()
        self._font.setPixelSize(11)
        self._rows: list = []
        self._wanted = True
        self.refresh()

    def refresh(self) -> None:
        """Recompute rows and size (after a theme or preview change)."""
        scene = self.view.scene()
        theme = scene.theme
        overlay = scene.overlay
        named = overlay["value_name"] if overlay["connection_values"] is not None else None
        what, size = (named, f"|{named}|") if named else (translate("Canvas", "weight"), "|w|")  # an overlay's values
        rows = [("line", theme.positive, translate("Canvas", "positive {what}").format(what=what)),
                ("line", theme.negative, translate("Canvas", "negative {what}").format(what=what)),
                ("text", None, translate("Canvas", "thicker, darker: larger {size}").format(size=size))]
        if scene.show_biases:
            rows.append(("ring", None, translate("Canvas", "ring: bias (colour = sign)")))
        if scene.doc.preview is not None:
            rows.append(("fill", None, translate("Canvas", "fill: activation a")))
        self._rows = rows
        m = QFontMetricsF(self._font)
        self.resize(int(max(m.horizontalAdvance(t) for *_, t in rows) + 50), int(m.height() * len(rows) + 14))
        self.place()
        self.update()

    def place(self) -> None:
        """Bottom-left, or the first other corner where it covers no neuron and no caption; hidden
        when every corner would cover one (it never hides part of the network)."""
        view, margin = self.view, 10
        vp = view.viewport()
        w, h = self.width(), self.height()
        corners = [(margin, vp.height() - h - margin), (vp.width() - w - margin, vp.height() - h - margin),
                   (vp.width() - w - margin, margin), (margin, margin)]
        obstacles = self._obstacles()
        for x, y in corners:
            if not any(QRectF(x, y, w, h).intersects(r) for r in obstacles):
                if self.pos() != QPoint(int(x), int(y)):
                    self.move(int(x), int(y))
                if self.isHidden() and self._wanted:
                    self.show()
                return
        if self.isVisible():
            self.hide()

    def set_wanted(self, wanted: bool) -> None:
        self._wanted = bool(wanted)
        self.setVisible(wanted)
        if wanted:
            self.place()

    def _obstacles(self) -> list[QRectF]:
        """The neurons' (with a margin for rings), the captions' and the overlay's badges' rectangles in
        viewport pixels."""
        view, scene = self.view, self.view.scene()
        t = view.viewportTransform()
        out = []
        pos = getattr(scene, "pos_arrays", [])
        if pos:
            pts = np.vstack(pos)
            r = max((c[0].radius for c in scene.neurons if c), default=10) * t.m11() + 6
            xs, ys = pts[:, 0] * t.m11() + t.dx(), pts[:, 1] * t.m22() + t.dy()
            inside = (xs > -r) & (ys > -r) & (xs < view.width() + r) & (ys < view.height() + r)
            out += [QRectF(x - r, y - r, 2 * r, 2 * r) for x, y in zip(xs[inside], ys[inside], strict=True)]
        for header in getattr(scene, "headers", []):
            out.append(header.deviceTransform(t).mapRect(header.boundingRect()))
        texts = [n._label_item for layer in getattr(scene, "neurons", []) for n in layer
                 if getattr(n, "_label_item", None) is not None]
        for item in texts + list(getattr(scene, "_badges", [])):   # neuron names, step-through badges
            if item.isVisible():
                out.append(item.deviceTransform(t).mapRect(item.boundingRect()))
        for child in view.viewport().children():
            if isinstance(child, QWidget) and child.isVisible():
                out.append(QRectF(child.geometry()))        # the +/− buttons
        return out

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter) -> None:
        theme = self.view.scene().theme
        m = QFontMetricsF(self._font)
        box = QRectF(0.5, 0.5, self.width() - 1, self.height() - 1)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(theme.grid, 1))
        painter.setBrush(theme.badge_fill)
        painter.drawRoundedRect(box, 6, 6)
        painter.setFont(self._font)
        lh = m.height()
        x = 0
        for k, (kind, colour, text) in enumerate(self._rows):
            cy = 7 + lh * k + lh / 2
            if kind == "line":
                painter.setPen(QPen(colour, 3))
                painter.drawLine(QPointF(x + 10, cy), QPointF(x + 32, cy))
            elif kind == "ring":
                painter.setBrush(theme.neuron_fill)
                painter.setPen(QPen(theme.positive, 2.5))
                painter.drawEllipse(QPointF(x + 21, cy), lh * 0.32, lh * 0.32)
            elif kind == "fill":
                painter.setPen(QPen(theme.neuron_outline, 1))
                painter.setBrush(palette.value_colour(theme, 0.8))
                painter.drawEllipse(QPointF(x + 21, cy), lh * 0.32, lh * 0.32)
            painter.setPen(theme.text if kind != "text" else theme.muted_text)
            painter.drawText(QRectF(x + 40, cy - lh / 2, self.width() - 44, lh),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

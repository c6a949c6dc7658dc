"""The view: zoom around the mouse, pan (middle button or Space+drag), fit, and the legend."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from . import palette

MIN_ZOOM, MAX_ZOOM, MAX_FIT_ZOOM = 0.01, 8.0, 1.3


class NetworkView(QGraphicsView):
    """A QGraphicsView with the gestures of the canvas; the legend is drawn in the foreground."""

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

    def fit(self, include_overlay: bool = False) -> None:
        """Show the whole network, never magnified beyond MAX_FIT_ZOOM; room is kept above for the
        layer captions (constant size on screen) and below-left for the legend. With ``include_overlay``,
        zoom out further when the overlay's badges under the neurons would stick out of the view."""
        rect = self.scene().content_rect()
        if rect.isEmpty():
            return
        self._fit_rect(rect, lambda s: max(min(s, MAX_FIT_ZOOM), MIN_ZOOM), minimum_room=50)
        if include_overlay:
            rect = self.scene().content_rect(with_badges=True)
            self._fit_rect(rect, lambda s: s if s < self.transform().m11() else None, minimum_room=0)

    def _fit_rect(self, rect: QRectF, choose, minimum_room: float) -> None:
        """Scale to ``choose(s)`` (None: leave the view) where ``s`` fits ``rect``, centred below the captions."""
        vp = self.viewport().rect()
        top, bottom, side = 52, 16, 24
        avail_w = max(vp.width() - 2 * side, minimum_room)
        avail_h = max(vp.height() - top - bottom, minimum_room)
        s = choose(min(avail_w / max(rect.width(), 1e-9), avail_h / max(rect.height(), 1e-9)))
        if s is None:
            return
        self.resetTransform()
        self.scale(s, s)
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

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self._pan_from = None
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def drawBackground(self, painter, rect: QRectF) -> None:
        painter.fillRect(rect, self.scene().theme.background)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.legend.place()




class LegendWidget(QWidget):
    """The small legend in the bottom-left corner (a child of the view, so it does not scroll)."""

    def __init__(self, view: NetworkView):
        super().__init__(view)
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._font = QFont()
        self._font.setPixelSize(11)
        self._rows: list = []
        self.refresh()

    def refresh(self) -> None:
        """Recompute rows and size (after a theme or preview change)."""
        scene = self.view.scene()
        theme = scene.theme
        overlay = scene.overlay
        named = overlay["value_name"] if overlay["connection_values"] is not None else None
        what, size = (named, f"|{named}|") if named else ("weight", "|w|")  # an overlay's values colour the lines
        rows = [("line", theme.positive, f"positive {what}"), ("line", theme.negative, f"negative {what}"),
                ("text", None, f"thicker, darker: larger {size}")]
        if scene.show_biases:
            rows.append(("ring", None, "ring: bias (colour = sign)"))
        if scene.doc.preview is not None:
            rows.append(("fill", None, "fill: activation a"))
        self._rows = rows
        m = QFontMetricsF(self._font)
        self.resize(int(max(m.horizontalAdvance(t) for *_, t in rows) + 50), int(m.height() * len(rows) + 14))
        self.place()
        self.update()

    def place(self) -> None:
        self.move(10, self.view.height() - self.height() - 10)

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

"""The canvas widget: the view, a threshold slider, and the hooks other panels call."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QCheckBox, QLabel, QSlider, QVBoxLayout, QWidget

from nnstudio.io.safe_files import write_atomically
from nnstudio.widgets.flow_layout import FlowLayout
from nnstudio.widgets.i18n import translate

from . import palette
from .context_menu import build_menu
from .controller import CanvasController
from .layer_controls import LayerControls
from .scene import NetworkScene
from .view import NetworkView


class NetworkCanvas(QWidget):
    """Shows and edits one document. See the package docstring for the public hooks."""

    selectionChangedTo = Signal(str, object)
    statusMessage = Signal(str)
    spaceTapped = Signal()        # Space tapped on the canvas (the training panel plays/pauses)

    def __init__(self, doc, undo_stack, parent=None, theme: str = "light"):
        super().__init__(parent)
        self.doc = doc
        self.scene = NetworkScene(doc, palette.THEMES.get(theme, palette.LIGHT), self)
        self.view = NetworkView(self.scene, self)
        self.view.spaceTapped.connect(self.spaceTapped)
        self.controller = CanvasController(doc, undo_stack, self.scene, self)
        self.controller.statusMessage.connect(self.statusMessage)
        self.scene.selectionChangedTo.connect(self.selectionChangedTo)
        self.context_menu = None      # the last right-click's menu (see context_menu.py)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_context_menu)

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 1000)
        self.slider.setToolTip(translate("Canvas", "Hide connections weaker than this fraction of the strongest one "
                                                   "in their layer"))
        self.slider.setFixedWidth(140)
        self.slider.valueChanged.connect(self._slider_moved)
        self.threshold_label = QLabel()
        self.weights_box = QCheckBox(translate("Canvas", "Weight values"))
        self.weights_box.setToolTip(translate("Canvas", "Write each visible weight on its connection (up to 250 of "
                                                        "them)"))
        self.weights_box.toggled.connect(self.set_show_weights)
        self.bar = bar = FlowLayout(spacing=10)      # wraps when the canvas is narrow
        bar.setContentsMargins(10, 3, 10, 5)
        bar.addWidget(QLabel(translate("Canvas", "Hide weak connections:")))
        bar.addWidget(self.slider)
        bar.addWidget(self.threshold_label)
        bar.addWidget(self.weights_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        doc.subscribe(self._on_event, ["reset", "structure", "parameters", "activations-preview"])
        self._sync_slider()
        self.layer_controls = LayerControls(self)

    def _show_context_menu(self, point) -> None:
        """Right-click: the menu for what lies under ``point`` (viewport coordinates)."""
        self.context_menu = build_menu(self, self.view.mapToScene(point))
        self.context_menu.popup(self.view.viewport().mapToGlobal(point))

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    # -- public hooks for the step-through and the training panel -------------------------------
    def set_overlay(self, neuron_texts=None, connection_texts=None, highlight_layer=None,
                    connection_values=None, value_name=None, dropped_connections=None) -> None:
        """Show extra values: text badges under neurons ``{(l, j): str}``, labels on connections
        ``{(l, j, i): str}``, a highlighted layer, and optionally per-layer arrays (index 0 None, each
        shaped like W[l]) that colour and size the connections instead of the weights (e.g. the
        gradient, with ``value_name="∂L/∂w"`` for the tooltips); ``dropped_connections`` (per-layer
        bool arrays) are drawn dashed, as dropped (dropconnect)."""
        self.scene.set_overlay(neuron_texts, connection_texts, highlight_layer, connection_values, value_name,
                               dropped_connections)
        self.view.legend.refresh()
        self._sync_slider()

    def clear_overlay(self) -> None:
        self.scene.clear_overlay()
        self.view.legend.refresh()
        self._sync_slider()

    def set_neuron_thumbnails(self, images: dict) -> None:
        """Small images drawn inside neurons, ``{(l, j): QImage}`` (e.g. each neuron's heat map)."""
        self.scene.set_neuron_thumbnails(images)

    def clear_neuron_thumbnails(self) -> None:
        self.scene.set_neuron_thumbnails({})

    def selection(self) -> tuple[str, list]:
        return self.scene.selection()

    def select(self, kind: str, ids) -> None:
        self.scene.select(kind, ids)

    # -- view commands --------------------------------------------------------------------------
    def fit(self, include_overlay: bool = False) -> None:
        """Show the whole network; with ``include_overlay``, zoom out further if the overlay's badges under
        the neurons would stick out of the view."""
        self.view.fit(include_overlay)

    def input_widget(self) -> QWidget:
        """The widget receiving the mouse presses that start edits."""
        return self.view.viewport()

    def zoom_in(self) -> None:
        self.view.zoom_by(1.25, anchor_under_mouse=False)

    def zoom_out(self) -> None:
        self.view.zoom_by(0.8, anchor_under_mouse=False)

    def set_show_weights(self, on: bool) -> None:
        self.scene.show_weights = bool(on)
        self.scene._apply_threshold()
        if self.weights_box.isChecked() != bool(on):
            self.weights_box.setChecked(bool(on))

    def set_show_biases(self, on: bool) -> None:
        self.scene.show_biases = bool(on)
        self.scene._restyle_neurons()
        self.view.legend.refresh()

    def set_theme(self, name: str) -> None:
        self.scene.set_theme(palette.THEMES.get(name, palette.LIGHT))
        self.view.legend.refresh()
        self.view.viewport().update()

    def set_connect_mode(self, on: bool) -> None:
        self.scene.mode = "connect" if on else "select"

    def set_threshold_fraction(self, fraction: float) -> None:
        self.scene.set_threshold_fraction(fraction)
        self._sync_slider()

    # -- export ---------------------------------------------------------------------------------
    def render_image(self, scale: float = 2.0) -> QImage:
        """The whole network rendered to an image (``scale`` pixels per scene unit, capped)."""
        self.scene.flush_geometry()
        rect = self.scene.content_rect(header_space=40)
        scale = min(scale, 8000 / max(rect.width(), 1), 8000 / max(rect.height(), 1))
        image = QImage(max(1, int(rect.width() * scale)), max(1, int(rect.height() * scale)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self.scene.theme.background)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.scene.render(painter, QRectF(image.rect()), rect)
        painter.end()
        return image

    def export_png(self, path: str) -> bool:
        """Write the canvas as PNG through the safe atomic writer (a device or a folder is refused
        with FileWriteError, a ValueError naming the file)."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        ok = self.render_image().save(buffer, "PNG")
        if ok:
            write_atomically(path, bytes(buffer.data()))
        return ok

    def export_svg(self, path: str) -> bool:
        from PySide6.QtSvg import QSvgGenerator

        rect = self.scene.content_rect(header_space=40)
        gen = QSvgGenerator()
        buffer = QBuffer()
        gen.setOutputDevice(buffer)
        gen.setSize(rect.size().toSize())
        gen.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        gen.setTitle(self.doc.name or translate("Canvas", "network"))
        painter = QPainter(gen)
        ok = painter.isActive()
        self.scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
        painter.end()
        if ok:
            write_atomically(path, bytes(buffer.data()))
        return ok

    # -- internals ------------------------------------------------------------------------------
    def _on_event(self, event) -> None:
        if event.kind in ("reset", "activations-preview"):
            self.view.legend.refresh()
        if event.kind == "reset":
            self.view.fit()
        self._sync_slider()

    def _slider_moved(self, value: int) -> None:
        self.scene.set_threshold_fraction(value / 1000.0)
        self._update_threshold_label()

    def _sync_slider(self) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(self.scene.threshold_fraction * 1000))
        self.slider.blockSignals(False)
        self._update_threshold_label()

    def _update_threshold_label(self) -> None:
        c = self.scene.connections
        shown, total = c.visible_count(), c.enabled_count()
        what = self.scene.overlay["value_name"] or (translate("Canvas", "value")
                                                   if self.scene.overlay["connection_values"] is not None
                                                   else translate("Canvas", "weight"))
        if c.fraction > 0:
            text = translate("Canvas", "below {fraction} of each layer's strongest {what}: showing {shown} of "
                                       "{total}").format(fraction=f"{c.fraction:.0%}", what=what, shown=shown,
                                                         total=total)
        else:
            text = translate("Canvas", "showing all %n connection(s)", None, total)
        self.threshold_label.setText(text)

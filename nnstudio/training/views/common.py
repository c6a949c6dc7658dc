"""Shared plot set-up: a light pyqtgraph plot with PNG/CSV export in its context menu (no SVG:
pyqtgraph's SVG export is broken on Qt 6.11)."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nnstudio.widgets.i18n import translate

BACKGROUND = "#fbfbfd"
FOREGROUND = "#1f2430"


def make_plot(x_label: str = "", y_label: str = "", title: str | None = None) -> pg.PlotWidget:
    """A PlotWidget in the app's light style, with export actions instead of pyqtgraph's dialog."""
    w = pg.PlotWidget(background=BACKGROUND)
    style_plot(w.getPlotItem(), x_label, y_label, title)
    install_export_menu(w)
    return w


def make_layout() -> pg.GraphicsLayoutWidget:
    """A GraphicsLayoutWidget (several plots, one view to paint) with the export actions."""
    w = pg.GraphicsLayoutWidget()
    w.setBackground(BACKGROUND)
    install_export_menu(w)
    return w


def style_plot(item: pg.PlotItem, x_label: str = "", y_label: str = "", title: str | None = None) -> None:
    """Axis colours and fonts, labels, no pyqtgraph menu. No grid: a grid makes every repaint of the
    plot area re-render the axes (several milliseconds per frame)."""
    font = QFont()
    font.setPointSizeF(8.5)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen("#9aa3b2"))
        axis.setTextPen(pg.mkPen(FOREGROUND))
        axis.setTickFont(font)
        axis.enableAutoSIPrefix(False)
    if x_label:
        item.setLabel("bottom", x_label, color=FOREGROUND)
    if y_label:
        item.setLabel("left", y_label, color=FOREGROUND)
    if title:
        item.setTitle(title, color=FOREGROUND, size="9pt")
    item.setMenuEnabled(False)


def nice_range(lo: float, hi: float, minimum_span: float = 0.0) -> tuple[float, float]:
    """``(lo, top)`` with ``top`` the next 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k at or above ``hi``
    (a coarse, stable range: it changes a few times per decade)."""
    hi = max(hi, lo + minimum_span, lo + 1e-12)
    span = hi - lo
    k = math.floor(math.log10(span))
    for m in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        top = lo + m * 10 ** k
        if top >= hi:
            return lo, float(top)
    return lo, float(lo + 10 ** (k + 1))


def _plot_item(widget):
    """The PlotItem to export: the widget's own, or the first of a layout."""
    if hasattr(widget, "getPlotItem"):
        return widget.getPlotItem()
    return next(item for item in widget.ci.items if isinstance(item, pg.PlotItem))


def install_export_menu(widget) -> None:
    """Replace the scene's "Export..." (which offers SVG) with PNG and CSV actions."""
    scene = widget.scene()
    png = QAction(translate("Training", "Save plot as PNG…"), scene)
    png.triggered.connect(lambda: export_png(widget))
    csv = QAction(translate("Training", "Save plot data as CSV…"), scene)
    csv.triggered.connect(lambda: export_csv(widget))
    scene.contextMenu = [png, csv]


def export_png(widget, path: str | None = None) -> bool:
    from pyqtgraph.exporters import ImageExporter

    path = path or QFileDialog.getSaveFileName(widget, "Save plot as PNG", "plot.png", "PNG images (*.png)")[0]
    if not path:
        return False
    exporter = ImageExporter(widget.getPlotItem() if hasattr(widget, "getPlotItem") else widget.scene())
    exporter.parameters()["width"] = max(800, int(widget.width() * 2))
    try:
        exporter.export(path)
    except Exception as exc:  # noqa: BLE001 - shown to the user
        QMessageBox.warning(widget, translate("Training", "Could not save the plot"), str(exc))
        return False
    return True


def export_csv(widget, path: str | None = None) -> bool:
    """The plot's data as CSV: ``widget.csv_writer(path)`` when the view set one (e.g. the whole
    training history), else pyqtgraph's CSVExporter of the curves."""
    from pyqtgraph.exporters import CSVExporter

    path = path or QFileDialog.getSaveFileName(widget, "Save plot data as CSV", "plot.csv", "CSV files (*.csv)")[0]
    if not path:
        return False
    try:
        writer = getattr(widget, "csv_writer", None)
        if writer is not None:
            writer(path)
        else:
            CSVExporter(_plot_item(widget)).export(path)
    except Exception as exc:  # noqa: BLE001
        QMessageBox.warning(widget, translate("Training", "Could not save the data"), str(exc))
        return False
    return True


def save_widget_png(widget, path: str | None = None) -> bool:
    """Any widget (a table, the neuron grid) as a PNG, as it is on screen."""
    path = path or QFileDialog.getSaveFileName(widget, "Save as PNG", "view.png", "PNG images (*.png)")[0]
    if not path:
        return False
    if not widget.grab().save(path):
        QMessageBox.warning(widget, translate("Training", "Could not save the image"),
                            translate("Training", "Could not write {path}").format(path=path))
        return False
    return True

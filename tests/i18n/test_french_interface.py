"""In French, no text of the interface is left in English: the main window (menus, toolbar, every
dock), the Lab window and each dialog are built once in English and once in French, and every text
the French build shows (labels, buttons, titles, tool tips, placeholders, combo entries, headers,
actions, tabs, plot titles and axes) must differ from the English build's, apart from names."""

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

#: Texts that are the same in both languages: names, symbols, units and words French shares.
ALLOWED = {
    "Adam", "RMSprop", "SGD", "ReLU", "Leaky ReLU", "XOR", "ONNX", "PyTorch", "NN Studio", "PyQtGraph", "CSV", "PNG",
    "SVG", "Nesterov", "Xavier", "Glorot", "Kaiming", "Softmax", "softmax", "sigmoid", "tanh", "relu", "leaky_relu",
    "identity", "bce", "mse", "cross_entropy", "half_sse", "xavier_uniform", "xavier_normal", "he_normal", "zeros",
    "uniform", "normal", "uniform_half", "sgd", "adam", "rmsprop", "momentum", "Momentum", "Activation", "Activations",
    "Auto", "auto", "Points", "Pause", "Transformations", "Options", "Minimum", "Maximum", "Position", "Distance",
    "Type", "Initialisation", "Variance", "Architecture", "Classification", "Dropout", "dropout", "DropConnect",
    "Batch", "Test", "test", "Total", "Description", "Gradient", "gradient", "F1", "Alpha", "Mean", "Train",
    "English", "Français", "Format", "Surface", "Accuracy", "Stop", "Mode", "Source", "Standard", "Moyenne",
}
#: Words of names and formulas: a text made of these only (``sigmoid, sigmoid``, ``a = tanh(z)``) is allowed.
NAME_WORDS = {"sigmoid", "tanh", "relu", "leaky_relu", "softmax", "identity", "max", "sin", "log", "exp", "sqrt",
              "Himmelblau", "Rosenbrock", "bce", "mse", "cross_entropy", "half_sse", "XOR", "Adam", "RMSprop", "SGD",
              "ReLU", "Classes", "sse", "dropconnect", "patience",
              "type", "colour", "height", "kind"}  # the last three: the test CSV's column names (data, not interface)
WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}(?:_[A-Za-zÀ-ÿ]+)*")


def _clean(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text or "").replace("&nbsp;", " ").replace("&", "")
    return " ".join(text.split())


def _texts_of_widget(w: QWidget, out: set) -> None:
    add = out.add
    if callable(getattr(w, "placeholder", None)):      # text painted when there is nothing to draw
        add(w.placeholder())
    if isinstance(getattr(w, "message", None), str):
        add(w.message)
    add(w.toolTip())
    add(w.statusTip())
    add(w.windowTitle() if w.isWindow() or isinstance(w, QDockWidget) else "")
    if isinstance(w, QLabel):
        add(w.text())
    elif isinstance(w, QAbstractButton):
        add(w.text())
    elif isinstance(w, QLineEdit):
        add(w.placeholderText())
    elif isinstance(w, QComboBox):
        out.update(w.itemText(i) for i in range(w.count()))
        out.update(str(w.itemData(i, Qt.ItemDataRole.ToolTipRole) or "") for i in range(w.count()))
    elif isinstance(w, QGroupBox):
        add(w.title())
    elif isinstance(w, QTabWidget):
        out.update(w.tabText(i) for i in range(w.count()))
        out.update(w.tabToolTip(i) for i in range(w.count()))
    elif isinstance(w, QTextBrowser):
        add(w.toPlainText())
    elif isinstance(w, QAbstractItemView) and w.model() is not None:
        model = w.model()
        try:
            count = model.columnCount(QModelIndex())
        except TypeError:  # a list model: one column
            count = 1
        out.update(str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(count))
    for action in w.actions():
        _texts_of_action(action, out)


def _texts_of_action(action: QAction, out: set) -> None:
    out.update((action.text(), action.toolTip(), action.statusTip()))
    menu = action.menu()
    if isinstance(menu, QMenu):
        out.add(menu.title())
        for sub in menu.actions():
            _texts_of_action(sub, out)


def _plot_texts(root: QWidget, out: set) -> None:
    import pyqtgraph as pg

    for plot in root.findChildren(pg.PlotWidget):
        item = plot.getPlotItem()
        out.add(item.titleLabel.text)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            out.add(axis.labelText)
        if item.legend is not None:
            out.update(label.text for _sample, label in item.legend.items)
        menu = item.getViewBox().menu
        if menu is not None:
            for action in menu.actions():
                _texts_of_action(action, out)
        for action in item.ctrlMenu.actions() if item.ctrlMenu is not None else []:
            _texts_of_action(action, out)


def collect(roots) -> set[str]:
    raw: set = set()
    for root in roots:
        for w in [root, *root.findChildren(QWidget)]:
            _texts_of_widget(w, raw)
        _plot_texts(root, raw)
    return {_clean(t) for t in raw if t and WORD.search(_clean(t))}


def build_everything(qtbot, tmp_path):
    """The main window on an example network with every dock, the Lab window and each dialog."""
    from PySide6.QtCore import QSettings

    from nnstudio.app import dialogs
    from nnstudio.app.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    window.interactive = False
    qtbot.addWidget(window)
    window.open_example()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    roots = [window]
    stepper = window.panels["stepper"].controller
    assert stepper.enter()                       # the step-through's captions and explanations
    stepper.go_to(len(stepper.st) - 2)
    lab = window.panels["lab"].open()
    qtbot.addWidget(lab)
    roots.append(lab)
    doc = window.document
    from nnstudio.app.template_gallery import TemplateGallery
    from nnstudio.training.csv_dialog import CsvImportDialog

    tmp_path.mkdir(parents=True, exist_ok=True)
    table = tmp_path / "plants.csv"
    table.write_text("height,colour,kind\n1.5,red,a\n2.5,blue,b\n1.0,red,a\n3.5,blue,b\n2.0,red,a\n", encoding="utf-8")
    csv_dialog = CsvImportDialog(window)
    assert csv_dialog.set_path(str(table))
    made = [dialogs.AddLayerDialog(doc, parent=window), dialogs.ActivationDialog(doc, 1, parent=window),
            dialogs.RandomiseDialog(parent=window),
            dialogs.TextDialog("", dialogs.tour_html(), window),
            dialogs.TextDialog("", dialogs.shortcuts_html(), window),
            TemplateGallery(window), csv_dialog]
    for dialog in made:
        qtbot.addWidget(dialog)
    roots += made
    window.fill_recent_menu()
    roots += context_menus(window)
    return window, roots


def context_menus(window) -> list[QMenu]:
    """The canvas's right-click menus on a hidden neuron, the output layer's title, a connection and the
    background (built as a right-click builds them, not shown)."""
    from PySide6.QtCore import QPointF

    from nnstudio.canvas.context_menu import build_menu

    scene = window.canvas.scene
    hidden, output = scene.neurons[1][0].scenePos(), scene.neurons[2][0].scenePos()
    on_connection = scene.neurons[0][0].scenePos() * 0.78 + hidden * 0.22
    points = [hidden, scene.headers[2].sceneBoundingRect().center(), on_connection,
              QPointF(output.x() + 5000, output.y() + 5000)]
    menus = [build_menu(window.canvas, point) for point in points]
    window.canvas.select("none", [])
    return menus


@pytest.fixture
def texts_in(qapp, qtbot, tmp_path):
    from nnstudio.app.i18n import install_language

    def texts(language: str) -> set[str]:
        install_language(qapp, language)
        window, roots = build_everything(qtbot, tmp_path / language)
        found = collect(roots)
        for root in roots:
            if isinstance(root, QDialog):
                root.close()
        window.panels["lab"].window.shutdown()
        window.panels["stepper"].controller.leave()
        window.document.dirty = False
        window.undo_stack.setClean()
        window.close()
        return found

    yield texts
    install_language(qapp, "en")


def test_nothing_is_left_in_english(texts_in):
    english = texts_in("en")
    french = texts_in("fr")
    assert len(english) > 200 and len(french) > 200
    same = sorted(t for t in french & english
                  if t not in ALLOWED and not set(WORD.findall(t)) <= NAME_WORDS | ALLOWED)
    assert not same, f"{len(same)} texts still in English:\n" + "\n".join(same)

"""The lab window: three tabs sharing the document, the undo stack and one background-task runner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QTabWidget

from nnstudio.document import NetworkDocument
from nnstudio.parallel import pool
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from .analytic import AnalyticTab
from .landscape import LandscapeTab
from .rates import LearningRateTab
from .tasks import TaskRunner

TITLE = QT_TRANSLATE_NOOP("Lab", "Gradient-descent lab")


PREFERRED_SIZE = (1200, 800)


def fitting_size(available) -> tuple[int, int]:
    """The Lab's size: ``PREFERRED_SIZE``, shrunk to 95 % of the screen's available size (a 1366×768 screen
    keeps room for its taskbar and the main window's Lessons panel stays reachable)."""
    w, h = PREFERRED_SIZE
    if available is None:
        return w, h
    return min(w, int(available.width() * 0.95)), min(h, int(available.height() * 0.9))


class LabWindow(QMainWindow):
    """A separate window; ``shutdown()`` stops its threads and the sweep's worker processes.

    Closing the window only hides it (work in progress finishes); it never keeps the application
    alive on its own (``WA_QuitOnClose`` is off), and the application's ``aboutToQuit`` should
    call ``shutdown`` (``install`` connects it).
    """

    def __init__(self, document: NetworkDocument | None = None, undo_stack: QUndoStack | None = None,
                 canvas=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Lab", TITLE))
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.document = document if document is not None else NetworkDocument()
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.canvas = canvas
        self.tasks = TaskRunner(self)
        self.tabs = QTabWidget()
        self.analytic = AnalyticTab()
        self.landscape = LandscapeTab(self.document, self.tasks, canvas)
        self.tabs.addTab(self.analytic, translate("Lab", "Analytic functions"))
        self.rates = LearningRateTab(self.document, self.undo_stack, self.tasks)
        self.tabs.addTab(self.landscape, translate("Lab", "Loss landscape"))
        self.tabs.addTab(self.rates, translate("Lab", "Learning rates"))
        self.setCentralWidget(self.tabs)
        self.resize(*fitting_size(self.screen().availableGeometry().size() if self.screen() else None))
        self._shut = False

    def shutdown(self) -> None:
        """End all background work for good: threads joined, sweep processes ended."""
        if self._shut:
            return
        self._shut = True
        self.rates.detach()
        self.tasks.shutdown()
        self.landscape.detach()
        pool.shutdown_pool(wait=True)

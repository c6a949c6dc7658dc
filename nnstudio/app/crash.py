"""An exception hook: an unexpected error shows a dialog with the details and a way to save a copy
of the work, instead of killing the app. An emergency copy is also autosaved at once."""

from __future__ import annotations

import sys
import traceback

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from nnstudio.widgets.i18n import translate


def format_exception(exc_type, exc, tb) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


class CrashHandler:
    """Installed as ``sys.excepthook``; ``show`` is replaceable (tests)."""

    def __init__(self, window):
        self.window = window
        self.previous = sys.excepthook
        self.active = False
        self.show = self._show_dialog
        self.last_details: str | None = None

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous(exc_type, exc, tb)
            return
        details = format_exception(exc_type, exc, tb)
        self.last_details = details
        print(details, file=sys.stderr)
        if self.active:  # an error while showing the dialog: do not recurse
            return
        self.active = True
        try:
            try:
                self.window.autosaver.autosave(force=True)
            except Exception:  # noqa: BLE001 - the dialog must still appear
                pass
            self.show(exc_type, exc, details)
        finally:
            self.active = False

    def _show_dialog(self, exc_type, exc, details: str) -> None:
        if QApplication.instance() is None:
            return
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("MainWindow", "Something went wrong"))
        box.setText(translate("MainWindow", "An unexpected error happened: {error}").format(
            error=f"{exc_type.__name__}: {exc}"))
        box.setInformativeText(translate("MainWindow", "Your work is still open. An emergency copy was saved and "
                                                       "will be offered at the next start; you can also save a copy "
                                                       "now. Please report the details."))
        box.setDetailedText(details)
        save = box.addButton(translate("MainWindow", "Save a Copy…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(translate("MainWindow", "Continue"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is save:
            self.save_copy()

    def save_copy(self, path: str | None = None) -> bool:
        """Write the document to ``path`` (asked for when None) without changing the window's file."""
        from nnstudio.io import netfile

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.window, translate("MainWindow", "Save a copy"),
                                                  "recovered.nnet", translate("MainWindow", "Network files (*.nnet)"))
            if not path:
                return False
        try:
            netfile.save(self.window.document.to_file(), path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self.window, translate("MainWindow", "Could not save"), str(exc))
            return False
        return True

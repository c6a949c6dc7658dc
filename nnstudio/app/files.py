"""Opening, saving, recovering and exporting the window's network file (a mixin of the main window)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from nnstudio.io import netfile
from nnstudio.resources import example_files, example_path
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from .autosave import find_recoverable, remove
from .example_texts import is_example, translate_example
from .settings import add_recent_file, recent_files

FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Network files (*.nnet);;All files (*)")


class DocumentFiles:
    """File menu slots. Needs ``document``, ``undo_stack``, ``canvas``, ``settings``, ``autosaver``,
    ``recent_menu``, ``warn``, ``show_status``, ``update_title`` and ``is_modified`` on the window;
    ``ask_save_choice`` / ``ask_save_path`` are replaceable (tests)."""

    def open_example(self, name: str = "xor.nnet") -> bool:
        """Open a built-in example as an untitled copy (so Save asks where)."""
        path = example_path(name)
        if not path.exists():
            files = example_files()
            if not files:
                self.show_status(translate("MainWindow", "No example networks found; showing a small default network"))
                return False
            path = files[0]
        return self.open_file(str(path), as_template=True, ask=False)

    def open_file(self, path: str, as_template: bool = False, ask: bool = True) -> bool:
        """Open ``path``; a bad file shows the loader's message and keeps the current network."""
        if ask and not self.maybe_save():
            return False
        try:
            nf = netfile.load(path)
        except (ValueError, OSError) as exc:
            self.warn(translate("MainWindow", "Could not open the network"), str(exc))
            self.show_status(translate("MainWindow", "Could not open {name}").format(name=Path(path).name))
            return False
        if as_template or is_example(path):
            translate_example(nf)
        self.document.load_file(nf, None if as_template else str(Path(path).resolve()))
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.autosaver.discard()
        if not as_template:
            add_recent_file(self.settings, path)
        self.update_title()
        self.canvas.fit()
        self.show_status(translate("MainWindow", "Opened {name}").format(name=Path(path).name))
        return True

    def open_dialog(self) -> None:
        folder = str(Path(self.document.path).parent) if self.document.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open network"), folder,
                                              translate("MainWindow", FILE_FILTER))
        if path:
            self.open_file(path)

    def new_from_template(self) -> None:
        """The template gallery (examples with pictures, an empty network, a CSV file)."""
        from .template_gallery import TemplateGallery, start_from

        gallery = TemplateGallery(self)
        self.template_gallery = gallery            # tests drive it
        if gallery.exec() and gallery.chosen is not None and self.maybe_save():
            start_from(self, gallery.chosen)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files(self.settings)
        if not files:
            self.recent_menu.addAction(translate("MainWindow", "(none)")).setEnabled(False)
            return
        for f in files:
            action = self.recent_menu.addAction(Path(f).name)
            action.setToolTip(f)
            action.triggered.connect(lambda _c=False, f=f: self.open_file(f))

    def save(self) -> bool:
        if not self.document.path:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        path = self.ask_save_path()
        if not path:
            return False
        if not path.endswith(".nnet"):
            path += ".nnet"
        return self._save_to(path)

    def _ask_save_path(self) -> str | None:
        start = self.document.path or str(Path.home() / f"{(self.document.name or 'network').replace(' ', '-')}.nnet")
        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Save network"), start,
                                              translate("MainWindow", FILE_FILTER))
        return path or None

    def _save_to(self, path: str) -> bool:
        try:
            self.document.save(path)
        except (ValueError, OSError) as exc:
            self.warn(translate("MainWindow", "Could not save"), str(exc))
            return False
        self.undo_stack.setClean()
        self.autosaver.discard()
        add_recent_file(self.settings, path)
        self.update_title()
        self.show_status(translate("MainWindow", "Saved {name}").format(name=Path(path).name))
        return True

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True to go on."""
        if not self.is_modified():
            return True
        choice = self.ask_save_choice()
        if choice == QMessageBox.StandardButton.Save:
            return self.save()
        return choice == QMessageBox.StandardButton.Discard

    def _ask_save_choice(self):
        question = translate("MainWindow", "Save the changes to {name} before closing it?")
        return QMessageBox.question(
            self, translate("MainWindow", "Unsaved changes"), question.format(name=self.document.title),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def export_canvas(self, kind: str) -> None:
        stem = Path(self.document.path).stem if self.document.path else (self.document.name or "network")
        title = translate("MainWindow", "Export canvas as {kind}").format(kind=kind.upper())
        path, _ = QFileDialog.getSaveFileName(self, title,
                                              str(Path.home() / f"{stem}.{kind}"),
                                              translate("MainWindow", "{kind} image (*.{ext})").format(
                                                  kind=kind.upper(), ext=kind))
        if not path:
            return
        try:
            ok = self.canvas.export_png(path) if kind == "png" else self.canvas.export_svg(path)
        except ValueError as exc:  # FileWriteError: a device, a folder, a full disk
            self.warn(translate("MainWindow", "Could not export the canvas"), str(exc))
            return
        self.show_status(translate("MainWindow", "Exported {name}").format(name=Path(path).name) if ok
                         else translate("MainWindow", "Could not write {path}").format(path=path))

    def offer_recovery(self, ask=None) -> bool:
        """Offer the newest autosave a crashed session left behind; True when one was recovered."""
        found = find_recoverable()
        if not found:
            return False
        rec = found[0]
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(rec.saved_at))
        ask = ask or (lambda text: QMessageBox.question(
            self, translate("MainWindow", "Recover unsaved work?"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes)
        recovered = False
        if ask(translate("MainWindow", "NN Studio did not close properly last time. Recover “{title}”, autosaved "
                                       "{when}?").format(title=rec.title, when=when)):
            try:
                nf = netfile.load(rec.network_path)
            except (ValueError, OSError) as exc:
                self.warn(translate("MainWindow", "Could not recover"), str(exc))
            else:
                self.document.load_file(nf, rec.original_path)
                self.undo_stack.clear()
                self.document.dirty = True  # recovered work is unsaved until the user saves it
                self.update_title()
                self.canvas.fit()
                self.show_status(translate("MainWindow", "Recovered the autosaved network: save it to keep it"))
                recovered = True
        for r in found:
            remove(r)
        return recovered

    # -- a .nnet dropped on the window ---------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt virtual
        if dropped_network(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt virtual
        path = dropped_network(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.open_file(path)


def dropped_network(mime) -> str | None:
    """The first local .nnet file among dropped URLs."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".nnet"):
            return url.toLocalFile()
    return None

"""The main window (a placeholder until the canvas lands): shows the open network's structure."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from nnstudio.resources import example_path


class MainWindow(QMainWindow):
    def __init__(self):
        super().__init__()
        self.setWindowTitle("NN Studio")
        self.label = QLabel("No network")
        self.setCentralWidget(self.label)
        self.network_file = None

    def open_example(self, name: str = "xor.nnet") -> None:
        path = example_path(name)
        if path.exists():
            self.open_file(str(path))

    def open_file(self, path: str) -> bool:
        from nnstudio.io import netfile

        try:
            nf = netfile.load(path)
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, "Could not open network", str(exc))
            return False
        self.network_file = nf
        net = nf.network
        self.setWindowTitle(f"{Path(path).name} — NN Studio")
        self.label.setText(f"{nf.name or Path(path).stem}: layers {'-'.join(map(str, net.sizes))}, "
                           f"activations {', '.join(net.activations)}, loss {net.loss}")
        return True

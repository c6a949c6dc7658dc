"""Messages of a panel's controller in the window's status bar."""

from __future__ import annotations

STATUS_MS = 6000


def connect_status(window, signal) -> None:
    """Show each text ``signal`` emits: through ``window.show_status`` (the main window), else the
    status bar of a plain QMainWindow; nothing for other widgets."""
    if hasattr(window, "show_status"):
        signal.connect(window.show_status)
    elif hasattr(window, "statusBar"):
        signal.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))

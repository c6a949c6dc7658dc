"""Installing the panels into the main window: each gets the window as its ``PanelHost``."""

from __future__ import annotations

import logging


def _training(host):
    from nnstudio.training.install import install

    return install(host)


def _stepper(host):
    from nnstudio.stepper.install import install

    return install(host)


def _lab(host):
    from nnstudio.lab.install import install

    return install(host)


#: The panels in installation order (the step-through tabs itself with the training plots).
PANELS = (("training", _training), ("stepper", _stepper), ("lab", _lab))


def install_panels(window) -> tuple[dict[str, object], dict[str, str]]:
    """Install every panel into ``window``; returns (what each installed, by name) and (the errors of
    those that failed, by name). A panel that fails is skipped: the editor still works."""
    installed, errors = {}, {}
    for name, install in PANELS:
        try:
            installed[name] = install(window)
        except Exception as exc:  # noqa: BLE001 - a broken panel must not stop the editor
            logging.getLogger(__name__).exception("the %s panel could not be installed", name)
            errors[name] = f"{type(exc).__name__}: {exc}"
    return installed, errors

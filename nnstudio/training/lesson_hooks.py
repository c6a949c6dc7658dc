"""The training panel's named actions and state values for lessons (declared in ``io/lessons/catalogue``).

Actions go through the same undoable commands as the panel's widgets; state values read the
controller's latest evaluation (``progress``) and the document.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

from nnstudio.document import commands as C
from nnstudio.engine.datasets import DATASET_NAMES
from nnstudio.engine.training import DIVERGED
from nnstudio.io.dataset_block import CSV, block_or_default, load
from nnstudio.widgets.i18n import translate

from .controller import DIVERGED_STATE
from .panel.data_box import dataset_title

CSV_IMPORT = {"missing": "drop", "standardize": True, "test_fraction": 0.3, "seed": 1}
"""How a lesson's CSV file is imported: rows with a missing cell dropped, numeric inputs standardised, 30 % test."""


def register(hooks, parts) -> None:
    """Register the ``training.*`` names on ``hooks`` for the installed ``TrainingPanels``."""
    ctl, panel = parts.controller, parts.panel
    doc = ctl.doc

    def set_setting(field: str, value) -> None:
        settings = dataclasses.replace(doc.training, **{field: value})
        ok, message = C.push(ctl.undo_stack, C.SetTrainingSettingsCommand, doc, settings,
                             translate("Training", "Set {field} to {value}").format(
                                 field=field.replace("_", " "), value=value))
        if not ok:
            raise ValueError(message)

    def set_data(name: str, samples: int | None = None, noise: float | None = None,
                 target: str | None = None) -> None:
        if name in DATASET_NAMES:
            block = {"name": name, "samples": int(samples or 200), "noise": 0.1 if noise is None else float(noise),
                     "test_fraction": 0.3, "seed": 1}
            panel.data_box.apply(block, translate("Training", "Use dataset {name}").format(name=dataset_title(name)))
            return
        block = {"name": CSV, "path": str(Path(name).resolve()), **CSV_IMPORT}
        if target:
            block["target"] = target
        data = load(block)
        panel.data_box.apply(block, translate("Training", "Use {name}").format(name=Path(name).name),
                             encoding=data.dataset.encoding)

    def play() -> None:
        ctl.until_stopped = True  # a lesson's Play runs until the learner pauses
        ctl.play()

    def train_epochs(epochs: int) -> None:
        if int(doc.training.epochs) != int(epochs):
            set_setting("epochs", int(epochs))
        ctl.until_stopped = False
        ctl.play()

    hooks.register_action("training.set", set_setting)
    hooks.register_action("training.train_epochs", train_epochs)
    hooks.register_action("training.set_data", set_data)
    hooks.register_action("training.play", play)
    hooks.register_action("training.pause", ctl.pause)
    hooks.register_action("training.reset", ctl.reset)

    def progress():
        return ctl.progress

    def train_loss():
        p = progress()
        return None if p is None else p.train_loss

    def test_loss():
        p = progress()
        return None if p is None else p.test_loss

    def gap():
        train, test = train_loss(), test_loss()
        return None if train is None or test is None else test - train

    def metric(which: str, name: str):
        def read():
            p = progress()
            values = {} if p is None else (p.metrics if which == "train" else p.test_metrics)
            return values.get(name)
        return read

    def diverged() -> bool:
        p = progress()
        if ctl.state == DIVERGED_STATE:
            return True
        return p is not None and (p.status == DIVERGED or not math.isfinite(p.train_loss))

    def data_name() -> str:
        block = block_or_default(doc.dataset)
        return Path(block["path"]).name if block.get("name") == CSV else str(block.get("name"))

    def updates_per_epoch():
        data = ctl.ensure_data()
        if data is None:
            return None
        return math.ceil(len(data.dataset.X_train) / max(1, int(doc.training.batch_size)))

    hooks.register_state("training.epoch", lambda: int(ctl.epoch))
    hooks.register_state("training.running", lambda: bool(ctl.running))
    hooks.register_state("training.loss", train_loss)
    hooks.register_state("training.test_loss", test_loss)
    hooks.register_state("training.gap", gap)
    hooks.register_state("training.train_accuracy", metric("train", "accuracy"))
    hooks.register_state("training.test_accuracy", metric("test", "accuracy"))
    hooks.register_state("training.test_r2", metric("test", "r2"))
    hooks.register_state("training.diverged", diverged)
    hooks.register_state("training.setting", lambda field: getattr(doc.training, field))
    hooks.register_state("training.data", data_name)
    hooks.register_state("training.updates_per_epoch", updates_per_epoch)
    _name_controls(panel, parts.plots)


def _name_controls(panel, plots) -> None:
    """Object names by which a lesson highlights or hides controls (``ui.highlight``, catalogue CONTROLS)."""
    settings, run_bar, data = panel.settings_box, panel.run_bar, panel.data_box
    named = {"training.play": getattr(run_bar, "play", None), "training.reset": getattr(run_bar, "reset", None),
             "training.learning_rate": settings.lr, "training.batch_size": settings.batch,
             "training.regularization": settings.reg, "training.dropout": settings.dropout,
             "training.data": data, "training.loss_plot": getattr(plots, "loss", None),
             "training.output_plot": getattr(plots, "output", None)}
    for name, widget in named.items():
        if widget is not None:
            widget.setObjectName(name)

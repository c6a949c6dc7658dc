"""Adopting a learning rate: one undoable change of the document's training settings."""

from __future__ import annotations

import dataclasses

from nnstudio.document import commands
from nnstudio.io.numbers import localize
from nnstudio.widgets.i18n import translate


def adopt_learning_rate(doc, undo_stack, lr: float) -> tuple[bool, str]:
    """Push ``SetTrainingSettingsCommand`` with ``learning_rate = lr``; returns (ok, message)."""
    settings = dataclasses.replace(doc.training, learning_rate=float(lr))
    ok, error = commands.push(undo_stack, commands.SetTrainingSettingsCommand, doc, settings,
                              localize(translate("Lab", "Set learning rate to {lr}").format(lr=f"{lr:g}")))
    if not ok:
        return ok, translate("Lab", "Refused: {error}").format(error=error)
    text = translate("Lab", "The training settings now use η = {lr} (Undo to go back).").format(lr=f"{lr:g}")
    return ok, localize(text)


def settings_text(settings) -> str:
    """The document's training settings in one line, for the tab's header."""
    return localize(translate("Lab", "Training settings of the document: {optimizer}, learning rate η = {lr}, "
                                     "batch size {batch}, {epochs} epochs, seed {seed}").format(
        optimizer=settings.optimizer, lr=f"{settings.learning_rate:g}", batch=settings.batch_size,
        epochs=settings.epochs, seed=settings.seed))

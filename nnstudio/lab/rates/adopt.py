"""Adopting a learning rate: one undoable change of the document's training settings."""

from __future__ import annotations

import dataclasses

from nnstudio.document import commands


def adopt_learning_rate(doc, undo_stack, lr: float) -> tuple[bool, str]:
    """Push ``SetTrainingSettingsCommand`` with ``learning_rate = lr``; returns (ok, message)."""
    settings = dataclasses.replace(doc.training, learning_rate=float(lr))
    ok, error = commands.push(undo_stack, commands.SetTrainingSettingsCommand, doc, settings,
                              f"Set learning rate to {lr:g}")
    return ok, (f"The training settings now use η = {lr:g} (Undo to go back)." if ok else f"Refused: {error}")


def settings_text(settings) -> str:
    """The document's training settings in one line, for the tab's header."""
    return (f"Training settings of the document: {settings.optimizer}, learning rate η = {settings.learning_rate:g}, "
            f"batch size {settings.batch_size}, {settings.epochs} epochs, seed {settings.seed}")

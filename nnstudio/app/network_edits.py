"""The Network menu's dialogs: add a layer or a neuron, set an activation, randomise the weights
(a mixin of the main window; the canvas controller turns each choice into one undo command)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from nnstudio.widgets.i18n import translate

from . import dialogs


class NetworkEdits:
    """Needs ``document``, ``controller`` (the canvas controller), ``canvas`` and ``show_status``."""

    def add_layer_dialog(self) -> None:
        dlg = dialogs.AddLayerDialog(self.document, self.controller.selected_layer(), self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            index, size, activation = dlg.values()
            if self.controller.add_layer(index, size, activation):
                self.canvas.fit()

    def add_neuron(self) -> None:
        layer = self.controller.selected_layer()
        if layer is None:
            self.show_status(translate("MainWindow", "Select a layer (click its title) or a neuron first"))
            return
        self.controller.add_neuron(layer)

    def activation_dialog(self, layer: int | None = None) -> None:
        layer = self.controller.selected_layer() if layer is None else layer
        dlg = dialogs.ActivationDialog(self.document, layer, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.controller.set_activation(*dlg.values())

    def edit_layer(self, layer: int) -> None:
        """Double-click on a layer title: choose its activation (the input layer has none)."""
        if layer == 0:
            self.show_status(translate("MainWindow", "The input layer passes the features on unchanged; it has no "
                                                     "activation"))
            return
        self.activation_dialog(layer)

    def randomise_dialog(self) -> None:
        dlg = dialogs.RandomiseDialog(self.document.training.seed, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            init, seed = dlg.values()
            self.controller.randomise(init, seed)

"""Choosing how to descend: optimiser and its parameters, learning rates, number of steps."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnstudio.engine.gd import OPTIMIZERS, optimizer_defaults
from nnstudio.engine.optimizers import LEARNING_RATE
from nnstudio.io.numbers import format_values
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate
from nnstudio.widgets.number_entry import NumberEntry

from ..widgets import MessageLabel, parse_numbers, spin

NAMES = {"gd": QT_TRANSLATE_NOOP("Lab", "Gradient descent"),
         "momentum": QT_TRANSLATE_NOOP("Lab", "Momentum (heavy ball)"),
         "nesterov": QT_TRANSLATE_NOOP("Lab", "Nesterov momentum"), "rmsprop": "RMSprop", "adam": "Adam"}
"""The optimisers offered, in menu order (``sgd`` is the same as ``gd`` on an exact gradient)."""
SHOWN = {"gd": (), "momentum": ("momentum", "dampening"), "nesterov": ("momentum",),
         "rmsprop": ("alpha", "eps", "momentum", "centered"), "adam": ("beta1", "beta2", "eps")}
"""The parameters offered per optimiser (the others keep the optimiser's defaults)."""
COMPARE_FACTORS = (0.2, 1.0, 5.0)


class OptimizerPanel(QGroupBox):
    """Emits ``changed`` on any edit. ``learning_rates()`` raises ValueError for a bad list."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(translate("Lab", "Gradient descent"), parent)
        self.suggested_lr = 0.1
        self.optimizer = QComboBox()
        for name, text in NAMES.items():
            if name in OPTIMIZERS:
                self.optimizer.addItem(translate("Lab", text), name)
        self.params_box = QWidget()
        self.params_form = QFormLayout(self.params_box)
        self.params_form.setContentsMargins(12, 0, 0, 0)
        self.param_widgets: dict[str, QWidget] = {}
        self.rates = QLineEdit(format_values([0.3]))
        self.rates.setToolTip(translate("Lab", "Learning rate {tip}. One value, or several separated by commas to "
                                               "compare them side by side").format(tip=LEARNING_RATE.tooltip))
        self.suggest = QPushButton(translate("Lab", "Suggested"))
        self.suggest.setToolTip(translate("Lab", "The preset's suggested learning rate"))
        self.compare = QPushButton(translate("Lab", "Small / good / large"))
        self.compare.setToolTip(translate("Lab", "Three learning rates: ⅕ of the suggested one, the suggested one, "
                                                 "and 5 times it"))
        self.steps = QSpinBox()
        self.steps.setRange(0, 1000)
        self.steps.setValue(20)
        self.steps.setToolTip(translate("Lab", "Number of updates p ← p − η·d"))
        self.error = MessageLabel()
        self._layout()
        self.optimizer.currentIndexChanged.connect(self._optimizer_chosen)
        self.rates.editingFinished.connect(self.changed)
        self.steps.valueChanged.connect(self.changed)
        self.suggest.clicked.connect(lambda: self.set_learning_rates([self.suggested_lr]))
        self.compare.clicked.connect(
            lambda: self.set_learning_rates([float(f"{self.suggested_lr * k:.3g}") for k in COMPARE_FACTORS]))
        self._optimizer_chosen()

    def _layout(self) -> None:
        box = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(translate("Lab", "Optimiser"), self.optimizer)
        box.addLayout(form)
        box.addWidget(self.params_box)
        form = QFormLayout()
        form.addRow(translate("Lab", "Learning rate(s) η"), self.rates)
        buttons = QHBoxLayout()
        buttons.addWidget(self.suggest)
        buttons.addWidget(self.compare)
        form.addRow(buttons)
        form.addRow(translate("Lab", "Steps"), self.steps)
        box.addLayout(form)
        box.addWidget(self.error)

    # -- reading --------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self.optimizer.currentData()

    def params(self) -> dict:
        out = {}
        for key, widget in self.param_widgets.items():
            out[key] = widget.isChecked() if isinstance(widget, QCheckBox) else widget.value()
        return out

    def learning_rates(self) -> list[float]:
        return parse_numbers(self.rates.text())

    def set_learning_rates(self, values) -> None:
        self.rates.setText(format_values(values))
        self.changed.emit()

    def set_optimizer(self, name: str) -> None:
        self.optimizer.setCurrentIndex(self.optimizer.findData(name))

    # -- reacting -------------------------------------------------------------------------------
    def _optimizer_chosen(self, *_args) -> None:
        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        self.param_widgets = {}
        defaults = optimizer_defaults(self.name)
        declared = {p.name: p for p in OPTIMIZERS[self.name][0].hyperparameters}
        for key in SHOWN.get(self.name, tuple(defaults)):
            value, param = defaults[key], declared[key]
            if isinstance(value, bool):
                widget = QCheckBox()
                widget.setChecked(value)
                widget.toggled.connect(self.changed)
            elif key == "eps":
                widget = NumberEntry(float(value), 0.0)
                widget.valueEdited.connect(self.changed)
            else:
                widget = spin(float(value), param.minimum or 0.0, param.upper or 10.0, 4, 0.01)
                widget.valueChanged.connect(self.changed)
            widget.setToolTip(param.tooltip)
            self.param_widgets[key] = widget
            self.params_form.addRow(key, widget)
        self.params_box.setVisible(bool(self.param_widgets))
        self.changed.emit()

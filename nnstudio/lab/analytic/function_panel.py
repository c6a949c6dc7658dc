"""Choosing the function: a preset or a typed formula, its derivative, and the start point."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit

from nnstudio.engine.expression import ExpressionError
from nnstudio.engine.gd import PRESETS, AnalyticFunction, make_function
from nnstudio.io.numbers import localize
from nnstudio.widgets.i18n import translate

from ..widgets import MessageLabel, spin

CUSTOM = "custom"


class FunctionPanel(QGroupBox):
    """Emits ``changed`` whenever a valid function or start point is chosen; ``function`` is None
    while the typed formula is invalid (the error is shown under it)."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(translate("Lab", "Function"), parent)
        self.function: AnalyticFunction | None = None
        self.chooser = QComboBox()
        for name, preset in PRESETS.items():
            self.chooser.addItem(translate("engine", preset.title), name)
            tip = localize(translate("engine", preset.description))
            self.chooser.setItemData(self.chooser.count() - 1, tip, 3)  # tooltip role
        self.chooser.addItem(translate("Lab", "Your own formula…"), CUSTOM)
        self.formula = QLineEdit()
        self.formula.setPlaceholderText(translate("Lab", "e.g. x^2 + 3*sin(y)"))
        self.formula.setToolTip(translate("Lab", "Numbers, x, y, + − * / ^, parentheses, and sin cos tan exp log sqrt "
                                                "abs tanh.\nRead by NN Studio's own parser: nothing is ever run as "
                                                "Python code."))
        self.error = MessageLabel()
        self.caret = QLabel()
        self.caret.setStyleSheet("color: #b00020; font-family: monospace;")
        self.caret.hide()
        self.kappa = spin(10.0, 1.0, 1000.0, 1, 1.0,
                          translate("Lab", "Condition number κ: the bowl is κ times steeper along y"))
        self.kappa_label = QLabel("κ")
        self.derivative = QLabel()
        self.derivative.setWordWrap(True)
        self.derivative.setToolTip(translate("Lab", "The exact derivative, found symbolically from the formula"))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #555;")
        self.x0 = spin(5.0, -1e5, 1e5, 3, 0.1, translate("Lab", "Start point x₀ (or drag the ⊕ marker on the plot)"))
        self.y0 = spin(0.0, -1e5, 1e5, 3, 0.1, translate("Lab", "Start point y₀ (or drag the ⊕ marker on the plot)"))
        self.y0_label = QLabel(translate("Lab", "start y₀"))
        self._layout()
        self.chooser.currentIndexChanged.connect(self._preset_chosen)
        self.formula.textEdited.connect(self._formula_typed)
        self.kappa.valueChanged.connect(self._preset_chosen)
        self.x0.valueChanged.connect(self.changed)
        self.y0.valueChanged.connect(self.changed)
        self._preset_chosen()

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(translate("Lab", "Preset"), self.chooser)
        form.addRow("f =", self.formula)
        form.addRow(self.error)
        form.addRow(self.caret)
        form.addRow(self.kappa_label, self.kappa)
        form.addRow(self.description)
        form.addRow(self.derivative)
        form.addRow(translate("Lab", "start x₀"), self.x0)
        form.addRow(self.y0_label, self.y0)

    # -- reading --------------------------------------------------------------------------------
    @property
    def preset(self) -> str:
        return self.chooser.currentData()

    def start(self) -> tuple[float, ...]:
        dims = self.function.dims if self.function is not None else 1
        return (self.x0.value(), self.y0.value())[:dims]

    def set_start(self, point, emit: bool = True) -> None:
        """Set the start spin boxes (from a drag on the plot)."""
        for box, value in zip((self.x0, self.y0), point, strict=False):
            box.blockSignals(True)
            box.setValue(float(value))
            box.blockSignals(False)
        if emit:
            self.changed.emit()

    def select(self, spec: str, **params) -> None:
        """Choose a preset by name, or type a formula (as a user would)."""
        index = self.chooser.findData(spec)
        if index >= 0:
            if "kappa" in params:
                self.kappa.setValue(params["kappa"])
            self.chooser.setCurrentIndex(index)
            self._preset_chosen()
        else:
            self.formula.setText(spec)
            self._formula_typed(spec)

    # -- reacting -------------------------------------------------------------------------------
    def _preset_chosen(self, *_args) -> None:
        name = self.preset
        if name == CUSTOM:
            self._formula_typed(self.formula.text())
            return
        params = {"kappa": self.kappa.value()} if "kappa" in PRESETS[name].params else {}
        function = make_function(name, **params)
        self.formula.setText(function.formula)
        self._set_description(localize(translate("engine", PRESETS[name].description)))
        self.set_start(function.start, emit=False)
        self._accept(function)

    def _formula_typed(self, text: str) -> None:
        if self.preset != CUSTOM:
            self.chooser.blockSignals(True)
            self.chooser.setCurrentIndex(self.chooser.findData(CUSTOM))
            self.chooser.blockSignals(False)
            self._set_description("")
        try:
            function = make_function(text)
        except ExpressionError as exc:
            self._refuse(text, str(exc), exc.position)
            return
        except ValueError as exc:
            self._refuse(text, str(exc), None)
            return
        self._accept(function)

    def _accept(self, function: AnalyticFunction) -> None:
        self.function = function
        self.error.clear_message()
        self.caret.hide()
        self.formula.setStyleSheet("")
        two_d = function.dims == 2
        self.y0.setVisible(two_d)
        self.y0_label.setVisible(two_d)
        is_bowl = self.preset == "bowl"
        self.kappa.setVisible(is_bowl)
        self.kappa_label.setVisible(is_bowl)
        self.derivative.setText(derivative_text(function))
        self.derivative.show()
        self.changed.emit()

    def _refuse(self, text: str, message: str, position: int | None) -> None:
        self.function = None
        self.formula.setStyleSheet("QLineEdit { border: 1px solid #b00020; }")
        self.error.show_error(translate("Lab", "Cannot use this formula: {error}.").format(error=message))
        show_caret = position is not None and bool(text) and len(text) <= 60
        if show_caret:
            self.caret.setText(f"{text}\n{' ' * position}^")
        self.caret.setVisible(show_caret)
        self.derivative.setText("")
        self.derivative.hide()
        self.changed.emit()

    def _set_description(self, text: str) -> None:
        self.description.setText(text)
        self.description.setVisible(bool(text))


def derivative_text(function: AnalyticFunction) -> str:
    """The gradient as readable formulas: ``f′(x) = 2x − 1`` or ``∂f/∂x = …`` and ``∂f/∂y = …``."""
    partials = [p.pretty() for p in function.partials]
    if function.dims == 1:
        return localize(translate("Lab", "Derivative:  f′(x) = {0}").format(partials[0]))
    return localize(translate("Lab", "Gradient:\n  ∂f/∂x = {0}\n  ∂f/∂y = {1}").format(*partials))

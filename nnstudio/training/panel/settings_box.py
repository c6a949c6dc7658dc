"""Training settings: activation, loss, optimiser, learning rate, batch size, epochs or "until
stopped", L1/L2 and rate; and in ``more`` (the panel folds it away) the rarely changed ones: the
optimiser's momentum, Nesterov, betas and alpha, early stopping (patience), dropout and dropconnect,
initialiser and seed. Each edit is an undo step (consecutive edits of one field merge); learning
rate, regularisation, dropout, dropconnect and patience apply live."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from nnstudio.document import EditRefused
from nnstudio.document import commands as C
from nnstudio.engine.activations import ACTIVATIONS
from nnstudio.engine.initializers import DESCRIPTIONS as INIT_DESCRIPTIONS
from nnstudio.engine.initializers import INITIALIZERS
from nnstudio.engine.losses import LOSSES
from nnstudio.engine.optimizers import LEARNING_RATE, OPTIMIZERS, SGD, Adam, RMSprop, optimizer_class
from nnstudio.io.numbers import localize
from nnstudio.widgets.flow_layout import FlowLayout
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate
from nnstudio.widgets.number_entry import NumberEntry

from .widgets import LogSlider

LIVE_NOTE = QT_TRANSLATE_NOOP("Training", "changes apply at once, even while training")
RESTART_NOTE = QT_TRANSLATE_NOOP("Training", "changing it while training restarts the optimiser's state")


FIELD_LABELS = {"learning_rate": QT_TRANSLATE_NOOP("Training", "learning rate"),
                "batch_size": QT_TRANSLATE_NOOP("Training", "batch size"),
                "epochs": QT_TRANSLATE_NOOP("Training", "epochs"),
                "momentum": QT_TRANSLATE_NOOP("Training", "momentum"),
                "seed": QT_TRANSLATE_NOOP("Training", "seed"), "dropout": QT_TRANSLATE_NOOP("Training", "dropout"),
                "dropconnect": QT_TRANSLATE_NOOP("Training", "dropconnect"),
                "regularization_rate": QT_TRANSLATE_NOOP("Training", "regularisation rate"),
                "optimizer": QT_TRANSLATE_NOOP("Training", "optimiser"),
                "initializer": QT_TRANSLATE_NOOP("Training", "initialiser"),
                "patience": QT_TRANSLATE_NOOP("Training", "patience")}


def field_label(field: str) -> str:
    """A training setting's name in the interface language (undo texts)."""
    return translate("Training", FIELD_LABELS[field]) if field in FIELD_LABELS else field.replace("_", " ")


def _note(text: str, note: str) -> str:
    """``text; note`` with the note (LIVE_NOTE or RESTART_NOTE) in the interface language."""
    return f"{text}; {translate('Training', note)}"


def _tip(cls, name: str, note: str) -> str:
    """The tooltip of hyper-parameter ``name`` of optimiser ``cls``, from its declaration."""
    param = next(p for p in cls.hyperparameters if p.name == name)
    return _note(f"{cls.title} {param.tooltip}", note)


def _spin(lo, hi, step, decimals=None, tip=""):
    box = QDoubleSpinBox() if decimals is not None else QSpinBox()
    if decimals is not None:
        box.setDecimals(decimals)
    box.setRange(lo, hi)
    box.setSingleStep(step)
    box.setKeyboardTracking(False)
    box.setToolTip(tip)
    return box


class SettingsBox(QGroupBox):
    def __init__(self, ctl, parent=None):
        super().__init__(translate("Training", "Settings"), parent)
        self.ctl = ctl
        self.loss = QComboBox()
        for key, loss in LOSSES.items():
            self.loss.addItem(key, key)
            self.loss.setItemData(self.loss.count() - 1, f"{translate('engine', loss.summary)}: {loss.formula} — "
                                  f"{translate('engine', loss.reduction)}",
                                  Qt.ItemDataRole.ToolTipRole)
        self.loss.setToolTip(translate("Training", "The loss the training minimises (a property of the network; "
                                                   "undoable)"))
        self.optimizer = QComboBox()
        for key, cls in OPTIMIZERS.items():
            self.optimizer.addItem(cls.title, key)
            self.optimizer.setItemData(self.optimizer.count() - 1, translate("engine", cls.summary),
                                       Qt.ItemDataRole.ToolTipRole)
        self.optimizer.setToolTip(_note(translate("Training", "How the gradient becomes a weight update"),
                                        RESTART_NOTE))
        self.momentum = _spin(0.0, 0.999, 0.05, 3, _tip(SGD, "momentum", RESTART_NOTE))
        self.nesterov = QCheckBox(translate("Training", "Nesterov"))
        self.nesterov.setToolTip(_tip(SGD, "nesterov", RESTART_NOTE))
        self.beta1 = _spin(0.0, 0.9999, 0.01, 4, _tip(Adam, "beta1", RESTART_NOTE))
        self.beta2 = _spin(0.0, 0.99999, 0.001, 5, _tip(Adam, "beta2", RESTART_NOTE))
        self.alpha = _spin(0.0, 0.9999, 0.01, 4, _tip(RMSprop, "alpha", RESTART_NOTE))
        self.lr = LogSlider(1e-5, 10.0)
        self.lr.setToolTip(_note(translate("Training", "Learning rate {tip} (log scale; type an exact value in the "
                                                       "field)").format(tip=LEARNING_RATE.tooltip), LIVE_NOTE))
        self.batch = _spin(1, 1_000_000, 1, tip=_note(translate("Training", "Samples per weight update (1 = "
                                                                           "stochastic, all = full batch)"),
                                                      RESTART_NOTE))
        self.epochs = _spin(1, 10_000_000, 50, tip=translate("Training", "Train until this epoch, then stop"))
        self.epochs.setMaximumWidth(90)
        self.until_stopped = QCheckBox(translate("Training", "until stopped"))
        self.until_stopped.setToolTip(translate("Training", "Ignore the epoch count: train until you press Pause or "
                                                            "Stop"))
        self.reg = QComboBox()
        for key, text in (("none", translate("Training", "none")), ("l1", "L1"), ("l2", "L2")):
            self.reg.addItem(text, key)
        self.reg.setToolTip(_note(translate("Training", "Regularisation: L2 adds λ·w to each weight's gradient "
                                                        "(weight decay), the gradient of the penalty ½λΣw² — a "
                                                        "tutorial writing λΣw² means λ here = 2 × its λ. L1 adds "
                                                        "λ·sign(w) (penalty λΣ|w|; drives weights to exactly 0). "
                                                        "Biases are not regularised"), LIVE_NOTE))
        self.reg_rate = NumberEntry(0.0, 0.0, 1e3)
        self.reg_rate.setMaximumWidth(76)
        self.reg_rate.setToolTip(_note(translate("Training", "Regularisation rate λ"), LIVE_NOTE))
        self.dropout = _spin(0.0, 0.9, 0.05, 2, _note(translate("Training", "Dropout: the share of hidden neurons "
                                                                            "switched off at random in each training "
                                                                            "step (inverted dropout; none at "
                                                                            "evaluation)"), LIVE_NOTE))
        self.dropconnect = _spin(0.0, 0.9, 0.05, 2, _note(translate(
            "Training", "Dropconnect (Wan et al., 2013): the probability of dropping each weight in each training "
                        "step; kept weights count ×1/(1 − p), like inverted dropout, and nothing is dropped at "
                        "evaluation"), LIVE_NOTE))
        self.patience = _spin(0, 1_000_000, 10, tip=_note(translate(
            "Training", "Early stopping: stop when the test loss has not improved for this many epochs, and bring back "
                        "the weights of the best test epoch (0 = off; needs a test set)"), LIVE_NOTE))
        self.patience.setSpecialValueText(translate("Training", "off"))
        self.init = QComboBox()
        for key in INITIALIZERS:
            self.init.addItem(key, key)
            self.init.setItemData(self.init.count() - 1, localize(translate("engine", INIT_DESCRIPTIONS[key])),
                                  Qt.ItemDataRole.ToolTipRole)
        self.init.setToolTip(translate("Training", "How Reset draws the weights (hover an entry for its formula)"))
        self.seed = _spin(0, 1_000_000, 1, tip=_note(translate("Training", "The training seed: weight initialisation "
                                                                          "on Reset, the batch order and dropout"),
                                                     RESTART_NOTE))
        form = _form(self)
        self.activation = QComboBox()
        for name, act in ACTIVATIONS.items():
            if name != "softmax":
                self.activation.addItem(name, name)
                self.activation.setItemData(self.activation.count() - 1, localize(translate("engine", act.formula)),
                                            Qt.ItemDataRole.ToolTipRole)
        self.activation.setToolTip(translate("Training", "The activation of every hidden layer (one undo step; each "
                                                         "layer's own is in "
                                   "the Inspector when you click its title)"))
        self.activation.activated.connect(self._activation_chosen)
        form.addRow(translate("Training", "Activation"), self.activation)
        form.addRow(translate("Training", "Loss"), self.loss)
        form.addRow(translate("Training", "Optimiser"), self.optimizer)
        form.addRow(translate("Training", "Learning rate"), self.lr)
        form.addRow(translate("Training", "Batch size"), self.batch)
        form.addRow(translate("Training", "Epochs"), _row(self.epochs, self.until_stopped))
        form.addRow(translate("Training", "Regularisation"), _row(self.reg, QLabel(translate("Training", "rate")),
                                                                  self.reg_rate))
        self.form = form
        # the rarely changed settings: the panel shows them in a folded section of their own
        self.more = QWidget()
        more = self.more_form = _form(self.more)
        self.momentum_row = _row(self.momentum, self.nesterov)
        more.addRow(translate("Training", "Momentum"), self.momentum_row)
        self.betas_row = _row(self.beta1, self.beta2)
        more.addRow("β1, β2", self.betas_row)
        more.addRow("α", self.alpha)
        more.addRow(translate("Training", "Early stopping"), _row(QLabel(translate("Training", "patience")),
                                                                  self.patience))
        more.addRow(translate("Training", "Dropout"), _row(self.dropout, QLabel("dropconnect"), self.dropconnect))
        more.addRow(translate("Training", "Initialiser"), _row(self.init, QLabel(translate("Training", "seed")),
                                                               self.seed))
        self._last_field = None
        self._gesture = None
        self._syncing = False
        self.loss.activated.connect(self._loss_chosen)
        self.optimizer.activated.connect(lambda _i: self._set("optimizer", self.optimizer.currentData()))
        self.momentum.valueChanged.connect(lambda v: self._set("momentum", float(v)))
        self.nesterov.toggled.connect(lambda on: self._set("nesterov", bool(on)))
        self.beta1.valueChanged.connect(lambda v: self._set("beta1", float(v)))
        self.beta2.valueChanged.connect(lambda v: self._set("beta2", float(v)))
        self.alpha.valueChanged.connect(lambda v: self._set("alpha", float(v)))
        self.lr.valueChanged.connect(lambda v: self._set("learning_rate", float(v)))
        self.batch.valueChanged.connect(lambda v: self._set("batch_size", int(v)))
        self.epochs.valueChanged.connect(lambda v: self._set("epochs", int(v)))
        self.until_stopped.toggled.connect(self._until_stopped)
        self.reg.activated.connect(self._reg_chosen)
        self.reg_rate.valueEdited.connect(lambda v: self._set("regularization_rate", float(v)))
        self.dropout.valueChanged.connect(lambda v: self._set("dropout", float(v)))
        self.dropconnect.valueChanged.connect(lambda v: self._set("dropconnect", float(v)))
        self.patience.valueChanged.connect(lambda v: self._set("patience", int(v)))
        self.init.activated.connect(lambda _i: self._set("initializer", self.init.currentData()))
        self.seed.valueChanged.connect(lambda v: self._set("seed", int(v)))
        ctl.doc.subscribe(lambda _e: self.sync(), kinds=("settings", "activation", "reset", "structure"))
        self.sync()

    # -- from the document ----------------------------------------------------------------------------
    def sync(self) -> None:
        s, net = self.ctl.doc.training, self.ctl.doc.network
        self._syncing = True
        try:
            hidden = set(net.activations[:-1])
            self.activation.setCurrentIndex(self.activation.findData(hidden.pop()) if len(hidden) == 1 else -1)
            self.form.setRowVisible(self.activation, net.n_layers > 1)
            self.loss.setCurrentIndex(max(0, self.loss.findData(net.loss)))
            self.optimizer.setCurrentIndex(max(0, self.optimizer.findData(s.optimizer)))
            self.momentum.setValue(s.momentum)
            self.nesterov.setChecked(bool(s.nesterov))
            self.beta1.setValue(s.beta1)
            self.beta2.setValue(s.beta2)
            self.alpha.setValue(s.alpha)
            self.lr.set_value(s.learning_rate)
            self.batch.setValue(int(s.batch_size))
            self.epochs.setValue(max(1, int(s.epochs)))
            self.until_stopped.setChecked(self.ctl.until_stopped)
            self.reg.setCurrentIndex(max(0, self.reg.findData(s.regularization)))
            self.reg_rate.set_value(s.regularization_rate)
            self.dropout.setValue(s.dropout)
            self.dropconnect.setValue(s.dropconnect)
            self.patience.setValue(int(s.patience))
            self.init.setCurrentIndex(max(0, self.init.findData(s.initializer)))
            self.seed.setValue(int(s.seed))
        finally:
            self._syncing = False
        declared = {p.name for p in optimizer_class(s.optimizer).hyperparameters}   # rows its optimiser has
        self.more_form.setRowVisible(self.momentum_row, "momentum" in declared)
        self.nesterov.setVisible("nesterov" in declared)
        self.more_form.setRowVisible(self.betas_row, "beta1" in declared)
        self.more_form.setRowVisible(self.alpha, "alpha" in declared)
        self.epochs.setEnabled(not self.ctl.until_stopped)
        self.reg_rate.setEnabled(s.regularization != "none")

    # -- to the document ------------------------------------------------------------------------------
    def _activation_chosen(self, _index: int) -> None:
        """Every hidden layer gets the chosen activation: one undo step."""
        name, net, stack = self.activation.currentData(), self.ctl.doc.network, self.ctl.undo_stack
        layers = [l for l in range(1, net.n_layers) if net.activations[l - 1] != name]
        if not layers:
            return
        for guard in list(self.ctl.doc.edit_guards):
            guard(C.SetActivationCommand)      # a running training pauses (and commits) before the macro
        stack.beginMacro(translate("Training", "Set the hidden layers' activation to {name}").format(name=name))
        try:
            for l in layers:
                C.push(stack, C.SetActivationCommand, self.ctl.doc, l, name)
        finally:
            stack.endMacro()

    def _set(self, field: str, value) -> None:
        if self._syncing:
            return
        doc = self.ctl.doc
        if getattr(doc.training, field) == value:
            return
        if field != self._last_field:
            self._last_field, self._gesture = field, C.new_gesture_id()
        settings = dataclasses.replace(doc.training, **{field: value})
        ok, message = C.push(self.ctl.undo_stack, C.SetTrainingSettingsCommand, doc, settings,
                             translate("Training", "Set {field} to {value}").format(
                                 field=field_label(field), value=localize(str(value))), gesture=self._gesture)
        if not ok:
            self.ctl.message.emit(message)
            self.sync()

    def _reg_chosen(self, _index: int) -> None:
        kind = self.reg.currentData()
        rate = self.ctl.doc.training.regularization_rate
        if kind != "none" and rate == 0:
            rate = 0.001
        doc = self.ctl.doc
        settings = dataclasses.replace(doc.training, regularization=kind, regularization_rate=rate)
        self._last_field = None
        C.push(self.ctl.undo_stack, C.SetTrainingSettingsCommand, doc, settings,
               translate("Training", "Set regularisation to {kind}").format(kind=self.reg.currentText()))

    def _until_stopped(self, on: bool) -> None:
        if self._syncing:
            return
        self.ctl.until_stopped = bool(on)
        self.epochs.setEnabled(not on)
        self.ctl.set_live_settings()

    def _loss_chosen(self, _index: int) -> None:
        name = self.loss.currentData()
        if name == self.ctl.doc.network.loss:
            return
        self.ctl.pause_for_edit()
        try:
            self.ctl.undo_stack.push(C.SetLossCommand(self.ctl.doc, name))
        except EditRefused as exc:
            self.ctl.message.emit(str(exc))
            self.sync()


def _form(widget: QWidget) -> QFormLayout:
    """A form whose fields grow, with the labels above the fields when the dock is narrow."""
    form = QFormLayout(widget)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def _row(*widgets) -> QWidget:
    """Widgets side by side, wrapping onto a second line in a narrow dock."""
    w = QWidget()
    layout = FlowLayout(w)
    for x in widgets:
        layout.addWidget(x)
    return w

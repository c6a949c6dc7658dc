"""Choosing what to step through: a row of the data table (or a mini-batch of rows), typed values,
the learning rate, and — in a batch — whose numbers the neurons show."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nnstudio.io.numbers import fmt, format_values, parse_values
from nnstudio.widgets.i18n import translate

from .controller import MAX_BATCH


class SamplesModel(QAbstractTableModel):
    """The data rows as a read-only table, formatted only when a cell is shown (a CSV can have
    thousands of rows and a hundred encoded columns)."""

    _ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

    def __init__(self, parent=None):
        super().__init__(parent)
        self.samples = None
        self.headers: list[str] = []

    def set_samples(self, samples) -> None:
        self.beginResetModel()
        self.samples = samples
        self.headers = [] if samples is None else ["#", *samples.feature_names, translate("Stepper", "target")]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 (Qt's own default argument)
        return 0 if parent.isValid() or self.samples is None else len(self.samples)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.samples is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._ALIGN.value)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        r, c = index.row(), index.column()
        if c == 0:
            return str(r + 1)
        if c == len(self.headers) - 1:
            return self.samples.target_text(r)
        return fmt(self.samples.X[r, c - 1])

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


class SampleBox(QWidget):
    """Edits the controller's sample choice; reflects it back when it changes elsewhere."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.ctl = controller
        self._syncing = False
        self.data_radio = QRadioButton(translate("Stepper", "A row of the data"))
        self.typed_radio = QRadioButton(translate("Stepper", "Typed values"))
        group = QButtonGroup(self)
        group.addButton(self.data_radio)
        group.addButton(self.typed_radio)
        self.table = QTableView()
        self.model = SamplesModel(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(translate("Stepper", "Click a row to step through that sample; Shift+click or drag "
                                                   "over several rows "
                              "for a mini-batch. A click on a data point in the Plots' Output tab chooses "
                              "that sample too."))
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(1, MAX_BATCH)
        self.batch_spin.setToolTip(translate("Stepper", "Mini-batch: this many consecutive rows; the update uses "
                                                        "their mean gradient"))
        self.shown_combo = QComboBox()
        self.shown_combo.setToolTip(translate("Stepper", "Whose z, a and δ the neurons show; the update always uses "
                                                         "the whole batch"))
        self.inputs_edit = QLineEdit()
        self.inputs_edit.setPlaceholderText("e.g. 0.5, −0.3")
        self.target_edit = QLineEdit()
        self.target_edit.setPlaceholderText("e.g. 1")
        self.inputs_edit.setToolTip(translate("Stepper", "The input values, separated by commas (Enter uses them)"))
        self.target_edit.setToolTip(translate("Stepper", "The target: one value per output neuron (one-hot for "
                                                         "softmax)"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #cf222e")
        self.error.setWordWrap(True)
        self.lr_spin = QDoubleSpinBox()
        self.lr_spin.setDecimals(4)
        self.lr_spin.setRange(0.0, 10.0)
        self.lr_spin.setSingleStep(0.01)
        self.lr_spin.setToolTip(translate("Stepper", "η, the learning rate of the update step: w ← w − η·∂L/∂w. It "
                                                     "is the network's (Training panel); another value here is for "
                                                     "this step only"))
        self.eta_note = QLabel()
        self.eta_note.setObjectName("hint")
        self.eta_note.setVisible(False)
        self._build_layout()
        self._connect()
        controller.samplesChanged.connect(self.sync)
        controller.inputChanged.connect(self.sync)
        self.sync()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.data_radio)
        top.addWidget(self.typed_radio)
        top.addStretch(1)
        batch = QHBoxLayout()
        self.batch_label = QLabel(translate("Stepper", "Batch size"))
        self.batch_label.setToolTip(translate("Stepper", "How many rows this step traces (the training uses the "
                                                         "network's batch size, shown here, from the Training panel)"))
        batch.addWidget(self.batch_label)
        batch.addWidget(self.batch_spin)
        batch.addSpacing(6)
        self.shown_label = QLabel(translate("Stepper", "Show"))
        batch.addWidget(self.shown_label)
        batch.addWidget(self.shown_combo, 1)
        typed = QHBoxLayout()
        typed.addWidget(QLabel("x"))
        typed.addWidget(self.inputs_edit, 1)
        typed.addWidget(QLabel("y"))
        typed.addWidget(self.target_edit, 1)
        self.typed_widget = QWidget()
        self.typed_widget.setLayout(typed)
        typed.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(batch)
        layout.addWidget(self.typed_widget)
        layout.addWidget(self.error)

    def _connect(self) -> None:
        self.data_radio.toggled.connect(self._source_toggled)
        self.table.selectionModel().selectionChanged.connect(self._row_chosen)
        self.batch_spin.valueChanged.connect(self._batch_changed)
        self.shown_combo.currentIndexChanged.connect(self._shown_changed)
        self.inputs_edit.editingFinished.connect(self._typed_edited)
        self.target_edit.editingFinished.connect(self._typed_edited)
        self.lr_spin.valueChanged.connect(lambda v: None if self._syncing else self.ctl.set_learning_rate(v))

    # -- from the controller --------------------------------------------------------------------
    def sync(self) -> None:
        """Show the controller's current choice (table rows, batch, typed values, η)."""
        self._syncing = True
        try:
            ctl = self.ctl
            self._fill_table()
            has_data = ctl.samples is not None
            self.data_radio.setEnabled(has_data)
            (self.data_radio if ctl.source == "data" and has_data else self.typed_radio).setChecked(True)
            self.table.setEnabled(has_data and ctl.source == "data")
            self.batch_spin.setEnabled(has_data and ctl.source == "data")
            self.batch_spin.setValue(ctl.batch_size)
            self.typed_widget.setEnabled(ctl.source == "typed")
            if not self.inputs_edit.hasFocus() and ctl.typed_x is not None:
                self.inputs_edit.setText(format_values(ctl.typed_x))
                self.target_edit.setText(format_values(ctl.typed_y))
            self.lr_spin.setValue(ctl.learning_rate)
            self.batch_label.setText(translate("Stepper", "Batch size (network: {size})").format(
                size=int(ctl.doc.training.batch_size)))
            own = ctl.eta_override is not None
            self.eta_note.setText(translate("Stepper", "this step only (network: {lr})").format(
                lr=fmt(ctl.network_learning_rate)) if own else "")
            self.eta_note.setVisible(own)
            self._fill_shown()
            self.error.setText("" if has_data else translate("Stepper", "No data rows: {error}").format(
                error=ctl.samples_error))
            self.error.setVisible(bool(self.error.text()))
            if has_data and ctl.source == "data":
                self._select_rows(ctl.row, ctl.batch_size)
        finally:
            self._syncing = False

    def _fill_table(self) -> None:
        samples = self.ctl.samples
        if self.model.samples is not samples:
            self.model.set_samples(samples)

    def _select_rows(self, row: int, size: int) -> None:
        """Highlight the batch's rows (those before the end of the table; the batch wraps around)."""
        model = self.model
        last = min(row + size, model.rowCount()) - 1
        chosen = QItemSelection(model.index(row, 0), model.index(last, model.columnCount() - 1))
        selection = self.table.selectionModel()
        selection.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.scrollTo(model.index(row, 0))

    def _fill_shown(self) -> None:
        ctl = self.ctl
        size = ctl.batch_size if ctl.source == "data" else 1
        self.shown_combo.clear()
        for k in range(size):
            self.shown_combo.addItem(translate("Stepper", "sample {n}").format(n=k + 1), k)
        if size > 1:
            self.shown_combo.addItem(translate("Stepper", "the batch (mean z, a; Σδ)"), None)
        self.shown_combo.setCurrentIndex(self.shown_combo.findData(ctl.shown) if ctl.shown is not None
                                         else self.shown_combo.count() - 1)
        self.shown_combo.setEnabled(size > 1)
        self.shown_label.setEnabled(size > 1)

    # -- from the user --------------------------------------------------------------------------
    def _source_toggled(self, data: bool) -> None:
        if self._syncing:
            return
        if data:
            self.ctl.use_rows(self.ctl.row)
        else:
            self.apply_typed()

    def _row_chosen(self, *_selection) -> None:
        if self._syncing:
            return
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        if not rows:
            return
        size = len(rows) if len(rows) > 1 else self.ctl.batch_size   # a click moves the batch, a range sets it
        self.ctl.use_rows(rows[0], size)

    def _batch_changed(self, value: int) -> None:
        if not self._syncing:
            if self.ctl.shown is not None and self.ctl.shown >= value:
                self.ctl.shown = 0
            self.ctl.use_rows(self.ctl.row, value)

    def _shown_changed(self, index: int) -> None:
        if not self._syncing and index >= 0:
            self.ctl.set_shown_sample(self.shown_combo.itemData(index))

    def _typed_edited(self) -> None:
        if not self._syncing and self.typed_radio.isChecked():
            self.apply_typed()

    def apply_typed(self) -> bool:
        net = self.ctl.doc.network
        try:
            x = parse_values(self.inputs_edit.text(), net.n_inputs, translate("Stepper", "Inputs"))
            y = parse_values(self.target_edit.text(), net.n_outputs, translate("Stepper", "Target"))
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.setVisible(True)
            return False
        self.error.setText("")
        self.error.setVisible(False)
        self.ctl.use_typed(x, y)
        return True

"""The CSV import dialog: the first rows, the target column, each column's type and use, the
missing-value policy, standardisation, the test share, and the import summary (or the error)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from nnstudio.io.csv_import import CsvImportError, import_csv, preview
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

PREVIEW_ROWS = 12
MISSING = [("drop", QT_TRANSLATE_NOOP("Training", "Drop rows with a missing cell")),
           ("fill", QT_TRANSLATE_NOOP("Training", "Fill: column median / a \"missing\" category"))]


DELIMITERS = {"comma": QT_TRANSLATE_NOOP("Training", "commas"),
              "semicolon": QT_TRANSLATE_NOOP("Training", "semicolons"), "tab": QT_TRANSLATE_NOOP("Training", "tabs")}


def delimiter_text(name: str) -> str:
    return translate("Training", DELIMITERS[name]) if name in DELIMITERS else name


class CsvImportDialog(QDialog):
    """``set_path(path)`` (or ``choose_file()``), then ``exec()``; the result is ``result_block``
    (the document's dataset block) and ``result_dataset``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Training", "Import a CSV file"))
        self.resize(820, 620)
        self.path = None
        self.info = None
        self.result_block = None
        self.result_dataset = None
        self.summary_text = ""
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.rows = QTableWidget()
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setToolTip(translate("Training", "The first rows of the file, as read"))
        self.columns = QTableWidget(0, 4)
        self.columns.setHorizontalHeaderLabels([translate("Training", "column"), translate("Training", "use"),
                                                translate("Training", "type"),
                                                translate("Training", "missing / distinct")])
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns.setToolTip(translate("Training", "Each column: use it as an input or leave it out, and its "
                                                      "type. Numeric columns "
                                "become one input each; categorical ones one input per category (one-hot)."))
        self.target = QComboBox()
        self.target.setToolTip(translate("Training", "The column the network learns to predict. Text or a few whole "
                                                     "numbers: "
                               "classification; other numbers: regression."))
        self.missing = QComboBox()
        for key, text in MISSING:
            self.missing.addItem(translate("Training", text), key)
        self.missing.setToolTip(translate("Training", "What to do with empty cells and ?, NA, NaN, N/A. Rows with a "
                                                      "missing target "
                                "are always dropped."))
        self.standardize = QCheckBox(translate("Training", "Standardise numeric inputs"))
        self.standardize.setChecked(True)
        self.standardize.setToolTip(translate("Training", "Scale each numeric input to mean 0 and standard "
                                                          "deviation 1 (training "
                                    "rows' statistics): networks learn much faster on scaled inputs"))
        self.test = QSpinBox()
        self.test.setRange(0, 90)
        self.test.setValue(20)
        self.test.setSuffix(" %")
        self.test.setToolTip(translate("Training", "Share of the rows held out as test data"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 1_000_000)
        self.seed.setValue(1)
        self.seed.setToolTip(translate("Training", "Seed of the random train/test split"))
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setMaximumHeight(120)
        self.summary.setToolTip(translate("Training", "What the import makes of the file with these options"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Training", "Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        options = QFormLayout()
        options.addRow(translate("Training", "Target column"), self.target)
        options.addRow(translate("Training", "Missing values"), self.missing)
        options.addRow("", self.standardize)
        split = QHBoxLayout()
        split.addWidget(self.test)
        split.addWidget(QLabel(translate("Training", "seed")))
        split.addWidget(self.seed)
        split.addStretch(1)
        options.addRow(translate("Training", "Test rows"), split)
        middle = QHBoxLayout()
        middle.addWidget(self.columns, 3)
        middle.addLayout(options, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.rows, 2)
        layout.addLayout(middle, 3)
        layout.addWidget(QLabel(translate("Training", "Import summary")))
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh_summary)
        for signal in (self.target.currentIndexChanged, self.missing.currentIndexChanged,
                       self.standardize.toggled, self.test.valueChanged, self.seed.valueChanged):
            signal.connect(self._schedule)

    # -- file -----------------------------------------------------------------------------------------
    def choose_file(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self, translate("Training", "Open a CSV file"), str(Path.home()),
                                              translate("Training", "CSV files (*.csv *.txt)"))
        return bool(path) and self.set_path(path)

    def set_path(self, path: str) -> bool:
        try:
            self.info = preview(path, PREVIEW_ROWS)
        except (CsvImportError, OSError) as exc:
            self.file_label.setText(translate("Training", "Could not read {name}: {error}").format(
                name=Path(path).name, error=exc))
            return False
        self.path = str(path)
        info = self.info
        rows = info.row_count
        self.file_label.setText(translate("Training", "{name}: %n row(s), {columns} columns, separated by "
                                                      "{delimiter}", None, rows).format(
            name=Path(path).name, columns=len(info.header), delimiter=delimiter_text(info.delimiter)))
        self._fill_rows(info)
        self._fill_columns(info)
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItems(info.header)
        self.target.setCurrentText(info.target)
        self.target.blockSignals(False)
        self.refresh_summary()
        return True

    def _fill_rows(self, info) -> None:
        t = self.rows
        t.setColumnCount(len(info.header))
        t.setRowCount(len(info.rows))
        t.setHorizontalHeaderLabels(info.header)
        for r, row in enumerate(info.rows):
            for c, cell in enumerate(row):
                t.setItem(r, c, QTableWidgetItem(cell))
        t.resizeColumnsToContents()

    def _fill_columns(self, info) -> None:
        t = self.columns
        t.setRowCount(len(info.header))
        self.use_boxes, self.type_boxes = {}, {}
        for r, name in enumerate(info.header):
            item = QTableWidgetItem(name)
            if name in info.problems:
                item.setToolTip(info.problems[name])
                item.setForeground(Qt.GlobalColor.darkRed)
            t.setItem(r, 0, item)
            use = QCheckBox()
            use.setChecked(info.types.get(name) != "empty")
            use.setToolTip(translate("Training", "Use {name} as an input (the target column is always used)").format(
                name=name))
            use.toggled.connect(self._schedule)
            t.setCellWidget(r, 1, use)
            kind = QComboBox()
            kind.addItem(translate("Training", "numeric"), "numeric")
            kind.addItem(translate("Training", "categorical"), "categorical")
            kind.setCurrentIndex(kind.findData("categorical" if info.types.get(name) == "categorical" else "numeric"))
            kind.setEnabled(info.types.get(name) != "empty")
            kind.setToolTip(translate("Training", "numeric: one input with the value; categorical: one 0/1 input "
                                                  "per category"))
            kind.currentIndexChanged.connect(self._schedule)
            t.setCellWidget(r, 2, kind)
            t.setItem(r, 3, QTableWidgetItem(f"{info.missing.get(name, 0)} / {info.distinct.get(name, 0)}"))
            self.use_boxes[name], self.type_boxes[name] = use, kind

    # -- options → summary ------------------------------------------------------------------------------
    def _schedule(self, *_args) -> None:
        self._timer.start()

    def options(self) -> dict:
        """The import options as the document's dataset block stores them."""
        info = self.info
        target = self.target.currentText()
        overrides = {}
        for name in info.header:
            kind = self.type_boxes[name].currentData()
            if info.types.get(name) != "empty" and kind != info.types.get(name):
                overrides[name] = kind
        ignore = [n for n in info.header if n != target and not self.use_boxes[n].isChecked()]
        block = {"name": "csv", "path": self.path, "target": target, "missing": self.missing.currentData(),
                 "standardize": self.standardize.isChecked(), "test_fraction": self.test.value() / 100,
                 "seed": self.seed.value()}
        if overrides:
            block["column_types"] = overrides
        if ignore:
            block["ignore"] = ignore
        return block

    def refresh_summary(self) -> None:
        if self.info is None:
            return
        block = self.options()
        try:
            ds, summary = import_csv(self.path, target=block["target"], column_types=block.get("column_types"),
                                     missing=block["missing"], standardize=block["standardize"],
                                     test_fraction=block["test_fraction"], seed=block["seed"],
                                     ignore=block.get("ignore", ()))
        except (CsvImportError, ValueError, OSError) as exc:
            self.result_block = self.result_dataset = None
            self.summary_text = translate("Training", "Cannot import with these options: {error}").format(error=exc)
            self.summary.setStyleSheet("color: #b42318;")
        else:
            self.result_block, self.result_dataset = block, ds
            self.summary_text = summary.text()
            self.summary.setStyleSheet("")
        self.summary.setPlainText(self.summary_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.result_block is not None)

    def accept(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.refresh_summary()
        if self.result_block is not None:
            super().accept()

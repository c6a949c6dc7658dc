"""The data section: a built-in dataset (with a preview, sample count, noise, test share, seed,
Regenerate and feature toggles) or a CSV file (Open CSV… with the import dialog)."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnstudio.engine.datasets import DATASET_DESCRIPTIONS, DATASET_NAMES
from nnstudio.io.dataset_block import BASE_FEATURES, CSV, block_or_default, features_of, is_planar, load
from nnstudio.io.numbers import localize
from nnstudio.widgets.flow_layout import FlowLayout
from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from ..adapt import plan
from ..commands import DataAndStructureCommand
from .features import FeatureToggles
from .preview import DataPreview

TITLES = {"xor": "XOR", "circle": QT_TRANSLATE_NOOP("Training", "Circle"),
          "gaussians": QT_TRANSLATE_NOOP("Training", "Two gaussians"),
          "spiral": QT_TRANSLATE_NOOP("Training", "Spiral"), "moons": QT_TRANSLATE_NOOP("Training", "Moons"),
          "linear": QT_TRANSLATE_NOOP("Training", "Linearly separable"),
          "blobs": QT_TRANSLATE_NOOP("Training", "Blobs (3–5 classes)"),
          "plane": QT_TRANSLATE_NOOP("Training", "Regression plane"),
          "sine": QT_TRANSLATE_NOOP("Training", "Sine (1-D regression)")}


def dataset_title(name: str) -> str:
    return translate("Training", TITLES[name]) if name in TITLES else name


class DataBox(QGroupBox):
    def __init__(self, ctl, parent=None):
        super().__init__(translate("Training", "Data"), parent)
        self.ctl = ctl
        self.combo = QComboBox()
        for name in DATASET_NAMES:
            self.combo.addItem(dataset_title(name), name)
            self.combo.setItemData(self.combo.count() - 1, localize(translate("engine", DATASET_DESCRIPTIONS[name])),
                                   Qt.ItemDataRole.ToolTipRole)
        self.combo.setToolTip(translate("Training", "A built-in toy dataset (hover an entry for a description)"))
        self.open_csv = QPushButton(translate("Training", "Open CSV…"))
        self.open_csv.setToolTip(translate("Training", "Train on your own table: choose the target column, column "
                                                       "types, "
                                 "missing-value policy and standardisation"))
        self.preview = DataPreview()
        self.samples = QSpinBox()
        self.samples.setRange(10, 100_000)
        self.samples.setSingleStep(50)
        self.samples.setToolTip(translate("Training", "How many points to generate (training + test)"))
        self.noise = QDoubleSpinBox()
        self.noise.setRange(0.0, 2.0)
        self.noise.setSingleStep(0.05)
        self.noise.setToolTip(translate("Training", "Random jitter added to the points (0 = exact shapes)"))
        self.test = QSpinBox()
        self.test.setRange(0, 90)
        self.test.setSuffix(" %")
        self.test.setSingleStep(5)
        self.test.setToolTip(translate("Training", "Share of the points held out as test data: never trained on, "
                                                   "used to see "
                             "how well the network generalises"))
        self.classes = QSpinBox()
        self.classes.setRange(3, 5)
        self.classes.setToolTip(translate("Training", "Number of blobs (classes); the output layer needs one "
                                                      "softmax neuron per class"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 1_000_000)
        self.seed.setToolTip(translate("Training", "The random seed of the data: the same seed gives the same points"))
        self.regenerate = QPushButton(translate("Training", "Regenerate"))
        self.regenerate.setToolTip(translate("Training", "Draw new random points (next seed)"))
        self.features = FeatureToggles()
        self.features_label = QLabel(translate("Training", "Input features"))
        self.features_label.setToolTip(translate("Training", "Which functions of (x1, x2) the network receives as "
                                                             "inputs"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("color: #4b5563;")
        form_widget = QWidget()
        form_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form_widget.setMinimumWidth(180)
        form = QFormLayout(form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("Training", "Samples"), self.samples)
        form.addRow(translate("Training", "Noise"), self.noise)
        form.addRow(translate("Training", "Test"), self.test)
        self.classes_label = QLabel(translate("Training", "Classes"))
        form.addRow(self.classes_label, self.classes)
        seed_row = FlowLayout()
        self.seed.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        seed_row.addWidget(self.seed)
        seed_row.addWidget(self.regenerate)
        form.addRow(translate("Training", "Seed"), seed_row)
        self.form = form
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.setMinimumContentsLength(8)
        top = FlowLayout()                      # wraps in a narrow dock
        top.addWidget(self.combo)
        top.addWidget(self.open_csv)
        middle = FlowLayout()                   # the preview above the fields when narrow
        middle.addWidget(self.preview)
        middle.addWidget(form_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addWidget(self.features_label)
        layout.addWidget(self.features)
        layout.addWidget(self.summary)
        self.combo.activated.connect(self._dataset_chosen)
        self.samples.valueChanged.connect(lambda v: self._set("samples", int(v)))
        self.noise.valueChanged.connect(lambda v: self._set("noise", round(float(v), 4)))
        self.test.valueChanged.connect(lambda v: self._set("test_fraction", round(v / 100, 4)))
        self.classes.valueChanged.connect(lambda v: self._set("classes", int(v)))
        self.seed.valueChanged.connect(lambda v: self._set("seed", int(v)))
        self.regenerate.clicked.connect(lambda: self.seed.setValue(self.seed.value() + 1))
        self.features.changed.connect(self._features_changed)
        self.open_csv.clicked.connect(self.import_csv)
        for w in (self.samples, self.noise, self.test, self.classes, self.seed):
            w.setKeyboardTracking(False)
        ctl.dataChanged.connect(self.sync)
        ctl.doc.subscribe(lambda _e: self.sync(), kinds=("structure", "labels", "reset"))
        self.sync()

    # -- from the document --------------------------------------------------------------------------
    def sync(self) -> None:
        block = block_or_default(self.ctl.doc.dataset)
        builtin = block.get("name") in DATASET_NAMES
        widgets = (self.combo, self.samples, self.noise, self.test, self.classes, self.seed, self.features)
        for w in widgets:
            w.blockSignals(True)
        try:
            if builtin:
                self._drop_csv_item()
                self.combo.setCurrentIndex(DATASET_NAMES.index(block["name"]))
                self.samples.setValue(int(block.get("samples", 200)))
                self.noise.setValue(float(block.get("noise", 0.1)))
                self.test.setValue(int(round(100 * float(block.get("test_fraction", 0.3)))))
                self.classes.setValue(int(block.get("classes", 3)))
                self.seed.setValue(int(block.get("seed", 1)))
            else:
                self._show_csv_item(block)
            planar = builtin and is_planar(block)
            self.features.set_selection(features_of(block) if planar else [])
        finally:
            for w in widgets:
                w.blockSignals(False)
        for row in range(self.form.rowCount()):  # the generator's options mean nothing for a CSV file
            self.form.setRowVisible(row, builtin)
        self.form.setRowVisible(self.classes, block.get("name") == "blobs")
        self.features.setVisible(planar)
        self.features_label.setVisible(planar)
        data = self.ctl.data
        self.preview.set_data(data)
        self.summary.setText(self._summary(block, data))

    def _summary(self, block, data) -> str:
        if data is None:
            return self.ctl.data_error
        ds = data.dataset
        inputs = ds.n_features
        text = translate("Training", "{train} training and {test} test samples, %n input(s)", None, inputs).format(
            train=len(ds.X_train), test=len(ds.X_test))
        if ds.task == "classification":
            text += translate("Training", ", {classes} classes.").format(classes=max(2, ds.n_classes))
        else:
            text += translate("Training", ", regression.")
        if block.get("name") == CSV:
            text = f"{Path(block['path']).name}: {text}"
        return text

    def _show_csv_item(self, block) -> None:
        label = f"CSV: {Path(block.get('path', '?')).name}"
        if self.combo.count() == len(DATASET_NAMES):
            self.combo.addItem(label, CSV)
        self.combo.setItemText(len(DATASET_NAMES), label)
        self.combo.setCurrentIndex(len(DATASET_NAMES))

    def _drop_csv_item(self) -> None:
        if self.combo.count() > len(DATASET_NAMES):
            self.combo.removeItem(len(DATASET_NAMES))

    # -- to the document ----------------------------------------------------------------------------
    def _dataset_chosen(self, index: int) -> None:
        name = self.combo.itemData(index)
        old = block_or_default(self.ctl.doc.dataset)
        if name == old.get("name") or name == CSV:
            return
        block = {k: old[k] for k in ("samples", "noise", "test_fraction", "seed") if k in old and
                 old.get("name") in DATASET_NAMES}
        block = {"name": name, "samples": 200, "noise": 0.1, "test_fraction": 0.3, "seed": 1, **block}
        if name == "blobs":
            block["classes"] = int(old.get("classes", 3))
        if is_planar(block) and is_planar(old):
            block["features"] = features_of(old)
        self.apply(block, translate("Training", "Use dataset {name}").format(name=dataset_title(name)))

    def _set(self, key: str, value) -> None:
        block = block_or_default(self.ctl.doc.dataset)
        if block.get(key) == value:
            return
        block[key] = value
        what = {"samples": translate("Training", "samples"), "noise": translate("Training", "noise"),
                "test_fraction": translate("Training", "test fraction"), "seed": translate("Training", "seed"),
                "classes": translate("Training", "classes")}.get(key, key.replace("_", " "))
        self.apply(block, translate("Training", "Change dataset {what}").format(what=what), merge_key=key)

    def _features_changed(self, names: list) -> None:
        block = block_or_default(self.ctl.doc.dataset)
        block["features"] = list(names) if names != BASE_FEATURES else BASE_FEATURES[:]
        self.apply(block, translate("Training", "Use input features {names}").format(names=", ".join(names)))

    def apply(self, block: dict, text: str, encoding=..., merge_key=None, ask: bool = False) -> bool:
        """Push one command setting the block and, when the data needs it, adapting the network."""
        ctl = self.ctl
        try:
            data = load(block)
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, translate("Training", "Could not load the data"), str(exc))
            self.sync()
            return False
        structure, changes = plan(ctl.doc, data, seed=int(ctl.doc.training.seed), init=ctl.doc.training.initializer)
        if structure is not None and ask and not self._confirm(changes):
            structure, changes = None, []
        ctl.pause_for_edit()
        label = translate("Training", "{text} (network: {changes})").format(
            text=text, changes=", ".join(changes)) if changes else text
        ctl.undo_stack.push(DataAndStructureCommand(ctl.doc, copy.deepcopy(block), structure, label,
                                                    encoding=encoding, merge_key=merge_key))
        if changes:
            ctl.message.emit(translate("Training", "The network was adapted to the data: {changes}.").format(
                changes=", ".join(changes)))
            ctl.networkAdapted.emit()
        return True

    def _confirm(self, changes) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, translate("Training", "Adapt the network?"),
                          translate("Training", "The data does not fit the network's input/output layers.\n\n"
                                                "Adapting changes: {changes}.\n\nThis is one undo step.").format(
                              changes="; ".join(changes)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("Training", "Adapt the network"))
        box.button(QMessageBox.StandardButton.No).setText(translate("Training", "Keep the network"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def adapt_network(self) -> None:
        """The "Adapt the network to the data" button."""
        ctl = self.ctl
        if ctl.data is None:
            return
        self.apply(block_or_default(ctl.doc.dataset), "Adapt network to the data")

    def import_csv(self) -> None:
        from ..csv_dialog import CsvImportDialog

        dialog = CsvImportDialog(self)
        if dialog.choose_file() and dialog.exec():
            block, dataset = dialog.result_block, dialog.result_dataset
            self.apply(block, translate("Training", "Use {name}").format(name=Path(block["path"]).name),
                       encoding=dataset.encoding, ask=True)

"""Import a CSV file as a :class:`~nnstudio.engine.dataset.Dataset`, and encode raw rows alike.

The steps, one module each:

* :mod:`~nnstudio.io.csv_table` reads the file, streaming, into typed columns (delimiter,
  header, quoting, UTF-8, size limit; :mod:`~nnstudio.io.csv_columns` stores a column);
* :mod:`~nnstudio.io.csv_options` checks the arguments and sorts the columns into roles;
* :mod:`~nnstudio.io.csv_typing` decides numeric or categorical ("typos are errors, not
  categories": a column that is at least half numbers with some text cells is an error naming
  the first text cell; decimal commas in ``;``/tab files are numbers);
* :mod:`~nnstudio.io.csv_target` picks the target (a column named like a label, ``class``,
  ``target``, ``label``, ``y``, …, else the last one), the task and the classes;
* :mod:`~nnstudio.io.csv_encoding` turns columns into inputs (one-hot, standardisation except for
  0/1 columns, fill values) and records how, so that :func:`encode_rows` and
  :func:`apply_encoding` turn raw rows into the same inputs later;
* :mod:`~nnstudio.io.csv_preview` shows a file before importing it.

Missing cells
    A cell that is empty or one of ``?``, ``NA``, ``NaN``, ``nan``, ``N/A``. ``missing="drop"``
    drops every row with a missing cell in a used column; ``missing="fill"`` fills a numeric
    column with the mean of its training values and a categorical column with its most frequent
    training value. A row whose *target* is missing is always dropped (a target cannot be made up).
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from nnstudio.engine.dataset import CLASSIFICATION, REGRESSION, Dataset
from nnstudio.engine.text import translate

from .csv_columns import MISSING_TOKENS, Column, column_of
from .csv_encoding import (
    ENCODING_FORMAT,
    ENCODING_VERSION,
    check_encoding,
    encode_features,
    encode_targets,
    feature_names,
    feature_spec,
    feature_width,
    target_scaling,
)
from .csv_options import Plan, check_options, plan
from .csv_preview import CsvPreview, preview
from .csv_table import CsvImportError, Table, read_table
from .csv_target import quoted, target_spec
from .csv_typing import CATEGORICAL, NUMERIC, resolve_kind

__all__ = [
    "MISSING_TOKENS",
    "CsvImportError",
    "CsvPreview",
    "ImportSummary",
    "apply_encoding",
    "check_encoding",
    "encode_rows",
    "import_csv",
    "preview",
    "split_indices",
]

_HIGH_CARDINALITY = 50


@dataclass
class ImportSummary:
    """What an import read and did; :meth:`as_dict` for JSON, :meth:`text` for people."""

    source: str
    delimiter: str
    rows_read: int
    rows_used: int
    rows_dropped: int
    dropped_by_column: dict[str, int]
    filled_by_column: dict[str, int]
    inputs: list[dict]
    ignored: list[str]
    encoded_width: int
    task: str
    target_columns: list[str]
    classes: list[str]
    class_counts: dict[str, int]
    train_rows: int
    test_rows: int
    standardized: bool
    missing_policy: str
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The summary as a JSON-serialisable dict."""
        return asdict(self)

    def text(self) -> str:
        """A few lines for the CLI and the app."""
        lines = [translate("CSV", "{file}: {read} rows read, {used} used").format(
            file=self.source, read=self.rows_read, used=self.rows_used)
            + (translate("CSV", ", {dropped} dropped ({missing} missing)").format(
                dropped=self.rows_dropped, missing=_counts_text(self.dropped_by_column)) if self.rows_dropped else "")
            + "."]
        kinds = Counter(col["kind"] for col in self.inputs)
        lines.append(translate("CSV", "Inputs: {columns} columns ({numeric} numeric, {categorical} categorical) -> "
                                      "{width} encoded inputs").format(
            columns=len(self.inputs), numeric=kinds[NUMERIC], categorical=kinds[CATEGORICAL], width=self.encoded_width)
            + (translate("CSV", ", standardized") if self.standardized else "") + ".")
        if self.filled_by_column:
            total = sum(self.filled_by_column.values())
            lines.append(translate("CSV", "Filled {total} missing cells ({cells}).").format(
                total=total, cells=_counts_text(self.filled_by_column)))
        lines.append(translate("CSV", "Target {columns}: {task}.").format(columns=", ".join(self.target_columns),
                                                                         task=self._task_text()))
        lines.append(translate("CSV", "Split: {train} training rows, {test} test rows.").format(
            train=self.train_rows, test=self.test_rows))
        lines.extend(translate("CSV", "Warning: {warning}").format(warning=w) for w in self.warnings)
        return "\n".join(lines)

    def _task_text(self) -> str:
        if self.task == REGRESSION:
            n = len(self.target_columns)
            return translate("CSV", "regression, %n output(s)", None, n)
        k = len(self.classes)
        outputs = translate("CSV", "1 sigmoid output") if k <= 2 else translate("CSV",
                                                                                "{k} softmax outputs").format(k=k)
        return translate("CSV", "classification, {k} classes ({counts}) -> {outputs}").format(
            k=k, counts=_counts_text(self.class_counts), outputs=outputs)


def _counts_text(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{name} {count}" for name, count in counts.items())


# -- public functions ------------------------------------------------------------------------------
def import_csv(path: str | Path, target: str | Sequence[str] | None = None,
               column_types: Mapping[str, str] | None = None, task: str | None = None,
               missing: str = "drop", standardize: bool = False, test_fraction: float = 0.0,
               seed: int = 1, ignore: Iterable[str] = ()) -> tuple[Dataset, ImportSummary]:
    """Read the CSV file at ``path`` and encode it as a dataset (rules in the module docstring).

    ``target`` names the target column(s) (default: see :mod:`~nnstudio.io.csv_target`);
    ``column_types`` overrides column types (``{"zip": "categorical"}``); ``task`` is
    ``"classification"``, ``"regression"`` or ``None`` (guess); ``missing`` is ``"drop"`` or
    ``"fill"``; ``ignore`` names columns to leave out. ``test_fraction`` of the rows (chosen with
    ``seed``) form the test part, keeping file order in both parts. Every problem raises
    :class:`CsvImportError`.
    """
    table = read_table(path)
    roles = plan(table, target, column_types, ignore)
    check_options(table, task, missing, test_fraction, seed)
    used = roles.features + roles.targets
    columns = {name: table.column(name) for name in used}
    kinds = {name: resolve_kind(table, name, columns[name], roles.overrides.get(name)) for name in used}
    kept = _kept_rows(columns, roles.features, roles.targets, missing)
    _check_rows_left(table, kept, columns, roles, missing)
    target = target_spec(table, roles.targets, columns, kinds, task, kept)
    train, test = split_indices(len(kept), test_fraction, seed)
    fit = kept if test.size == 0 else kept[train]  # the training rows, whose statistics are kept
    features = [feature_spec(table, name, kinds[name], columns[name], kept, fit, missing, standardize)
                for name in roles.features]
    if standardize and target["task"] == REGRESSION:
        target.update(target_scaling(columns, target["columns"], fit))
    encoding = {
        "format": ENCODING_FORMAT, "version": ENCODING_VERSION, "columns": list(table.header),
        "features": features, "target": target, "missing": missing, "standardize": bool(standardize),
    }
    return _build(table, encoding, columns, kept, train, test, roles.ignored)


def apply_encoding(path: str | Path, encoding: Mapping, test_fraction: float = 0.0,
                   seed: int = 1) -> tuple[Dataset, ImportSummary]:
    """Import the CSV file at ``path`` with a saved ``encoding`` instead of inferring one.

    Columns, categories, statistics, fill values, classes and the missing-value policy all come
    from ``encoding`` (a saved network's), so the inputs match what the network was trained on.
    Extra columns are ignored; an unknown class in the target column is an error.
    """
    check_encoding(encoding)
    encoding = copy.deepcopy(dict(encoding))
    table = read_table(path)
    names = [spec["column"] for spec in encoding["features"]]
    targets = list(encoding["target"]["columns"])
    absent = [name for name in names + targets if name not in table.header]
    if absent:
        raise CsvImportError(translate("CSV", "{file}: the file has no column {quoted} (it has {quoted2})").format(
            file=table.name, quoted=quoted(absent), quoted2=quoted(table.header)))
    check_options(table, None, encoding["missing"], test_fraction, seed)
    columns = {name: table.column(name) for name in names + targets}
    kept = _kept_rows(columns, names, targets, encoding["missing"])
    if kept.size == 0:
        raise CsvImportError(translate("CSV",
                                       "{file}: no rows left after dropping rows with missing values").format(
                                           file=table.name))
    train, test = split_indices(len(kept), test_fraction, seed)
    ignored = [name for name in table.header if name not in names + targets]
    return _build(table, encoding, columns, kept, train, test, ignored)


def encode_rows(encoding: Mapping, rows: Iterable[Mapping | Sequence]) -> np.ndarray:
    """Encode raw rows into network inputs, shape ``(len(rows), width)``, as the import did.

    A row is a mapping from column name to raw value, or a sequence holding either a whole CSV
    row (all columns of ``encoding["columns"]`` in file order) or just the input columns (in
    ``encoding["features"]`` order). Values are strings as in the file (numbers and ``None``
    are accepted). An unknown category encodes as all zeros; a missing value takes the
    encoding's fill value, or raises :class:`CsvImportError` when the policy was ``"drop"``.
    """
    check_encoding(encoding)
    names = [spec["column"] for spec in encoding["features"]]
    cells = _rows_to_columns(rows, names, list(encoding["columns"]))
    columns = {name: column_of(name, cells[name]) for name in names}
    n = len(cells[names[0]])
    return encode_features(encoding["features"], columns, np.arange(n), lambda i: f"row {i + 1}")


def split_indices(n: int, test_fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Training and test positions among ``n`` rows, each sorted; deterministic for a seed.

    The test part has ``round(n * test_fraction)`` rows, at least 1 and at most ``n - 1`` when
    ``test_fraction > 0`` and ``n >= 2``; with ``test_fraction == 0`` it is empty.
    """
    if test_fraction == 0 or n < 2:
        return np.arange(n), np.arange(0)
    n_test = min(max(int(round(n * test_fraction)), 1), n - 1)
    order = np.random.default_rng(seed).permutation(n)
    return np.sort(order[n_test:]), np.sort(order[:n_test])


# -- rows --------------------------------------------------------------------------------------------
def _kept_rows(columns: Mapping[str, Column], features: list[str], targets: list[str], missing: str) -> np.ndarray:
    """Indices of the rows kept: no missing target, and (drop policy) no missing input."""
    dropped = np.zeros(columns[targets[0]].n, dtype=bool)
    for name in targets + (features if missing == "drop" else []):
        dropped |= columns[name].missing
    return np.flatnonzero(~dropped)


def _check_rows_left(table: Table, kept: np.ndarray, columns: Mapping[str, Column], roles: Plan,
                     missing: str) -> None:
    """Raise when no row survives the missing-value policy, naming the columns to blame."""
    if kept.size:
        return
    used = roles.targets + (roles.features if missing == "drop" else [])
    blame = {name: int(columns[name].missing.sum()) for name in used if columns[name].missing.any()}
    hint = " (or use missing=\"fill\")" if missing == "drop" else ""
    raise CsvImportError(translate("CSV", "{file}: no rows left after dropping rows with missing values (missing "
                                          "cells: {blame}); ignore some of these columns{hint}").format(
                                              file=table.name, blame=_counts_text(blame), hint=hint))


def _rows_to_columns(rows: Iterable[Mapping | Sequence], names: list[str], header: list[str]) -> dict[str, list[str]]:
    """Cells per input column from raw rows (mappings, whole CSV rows or input-only rows)."""
    columns: dict[str, list[str]] = {name: [] for name in names}
    header_pos = [header.index(name) for name in names]
    for i, row in enumerate(rows):
        if isinstance(row, Mapping):
            for name in names:
                if name not in row:
                    raise CsvImportError(translate("CSV",
                                                   "row {value}: no value for column \"{name}\"").format(
                                                       value=i + 1, name=name))
                columns[name].append(_raw_cell(row[name]))
            continue
        if isinstance(row, str | bytes) or not isinstance(row, Sequence):
            raise CsvImportError(translate("CSV", "row {value}: expected a mapping or a sequence of values, got "
                                                  "{row!r}").format(value=i + 1, row=row))
        if len(row) == len(header):
            positions = header_pos
        elif len(row) == len(names):
            positions = range(len(names))
        else:
            raise CsvImportError(translate("CSV", "row {value}: expected {header} values (a whole CSV row) or "
                                                  "{names} (the input columns), got {row}").format(
                                                      value=i + 1, header=len(header), names=len(names), row=len(row)))
        for name, position in zip(names, positions, strict=True):
            columns[name].append(_raw_cell(row[position]))
    return columns


def _raw_cell(value) -> str:
    """A raw value as a stripped cell string (``None`` is missing)."""
    if value is None:
        return ""
    return value.strip() if isinstance(value, str) else str(value).strip()


# -- assembling the dataset and the summary ------------------------------------------------------------
def _build(table: Table, encoding: dict, columns: Mapping[str, Column], kept: np.ndarray,
           train: np.ndarray, test: np.ndarray, ignored: list[str]) -> tuple[Dataset, ImportSummary]:
    """Encode the kept rows with ``encoding``, split them and summarise the import."""
    features, target = encoding["features"], encoding["target"]

    def locate(i: int) -> str:
        return table.where(int(kept[i]))

    X = encode_features(features, columns, kept, locate)
    y = encode_targets(target, columns, kept, locate)
    task = target["task"]
    whole = test.size == 0  # no copy of the (possibly large) matrices when nothing is held out
    dataset = Dataset(
        name=Path(table.name).stem, X_train=X if whole else X[train], y_train=y if whole else y[train],
        X_test=X[test], y_test=y[test], task=task, feature_names=feature_names(features),
        target_names=list(target["classes"] if task == CLASSIFICATION else target["columns"]),
        encoding=encoding)
    return dataset, _summary(table, encoding, columns, kept, y, len(train), len(test), ignored)


def _summary(table: Table, encoding: Mapping, columns: Mapping[str, Column], kept: np.ndarray,
             y: np.ndarray, n_train: int, n_test: int, ignored: list[str]) -> ImportSummary:
    features, target = encoding["features"], encoding["target"]
    dropped = np.ones(table.n_rows, dtype=bool)
    dropped[kept] = False
    names = [spec["column"] for spec in features]
    causes = list(target["columns"]) + (names if encoding["missing"] == "drop" else [])
    dropped_by, filled_by = {}, {}
    for name in [name for name in table.header if name in causes]:
        if (count := int((columns[name].missing & dropped).sum())):
            dropped_by[name] = count
    for name in names:
        if (count := int(columns[name].missing[kept].sum())):
            filled_by[name] = count
    classes = list(target.get("classes", []))
    counts = np.bincount(y, minlength=len(classes)) if classes else []
    summary = ImportSummary(
        source=table.name, delimiter=table.delimiter_name, rows_read=table.n_rows,
        rows_used=int(kept.size), rows_dropped=int(dropped.sum()), dropped_by_column=dropped_by,
        filled_by_column=filled_by,
        inputs=[{"column": spec["column"], "kind": spec["kind"], "width": feature_width(spec)} for spec in features],
        ignored=list(ignored), encoded_width=sum(feature_width(spec) for spec in features),
        task=target["task"], target_columns=list(target["columns"]), classes=classes,
        class_counts={c: int(k) for c, k in zip(classes, counts, strict=True)},
        train_rows=n_train, test_rows=n_test, standardized=bool(encoding["standardize"]),
        missing_policy=encoding["missing"])
    summary.warnings = _warnings(summary, features)
    return summary


def _warnings(summary: ImportSummary, features: Sequence[Mapping]) -> list[str]:
    """Hints about columns that are probably not meant as inputs."""
    warnings = []
    for spec in features:
        k = feature_width(spec)
        if spec["kind"] == CATEGORICAL and k > _HIGH_CARDINALITY and k > summary.rows_used / 2:
            warnings.append(translate("CSV", "column \"{column}\" has {k} different values in {rows} rows; if it "
                                             "is an identifier, ignore it").format(column=spec["column"], k=k,
                                                                                   rows=summary.rows_used))
    return warnings

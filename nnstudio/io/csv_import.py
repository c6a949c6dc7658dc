"""Import a CSV file as a :class:`~nnstudio.engine.dataset.Dataset`, and encode raw rows alike.

The file is read by :mod:`nnstudio.io.csv_table` (delimiter, header, quoting, UTF-8); this module
types the columns, chooses the target and the task, handles missing cells, encodes the inputs
and splits the rows.

Rules
-----
Missing cells
    A cell that is empty or one of :data:`MISSING_TOKENS` (``?``, ``NA``, ``NaN``, ``nan``,
    ``N/A``). ``missing="drop"`` drops every row with a missing cell in a used column;
    ``missing="fill"`` fills a numeric column with the median of its training values and gives
    a categorical column with missing cells one more category, :data:`MISSING_CATEGORY`
    (``"missing"``), that those cells take. A row whose *target* is missing is always dropped (a
    target cannot be made up).
Column types
    A column whose present cells are all finite decimal numbers is numeric. A column of which
    fewer than :data:`TYPO_NUMERIC_SHARE` (90 %) of the present cells are numbers is categorical.
    A column in between — at least 90 % numbers and at least one text cell — is taken as a
    numeric column with a typo and is an error naming the first text cell's line and column,
    unless ``column_types`` declares the column categorical. ``inf``, ``nan`` spellings other
    than the missing tokens and numbers with ``_`` count as text.
Target and task
    The target is the last column unless named. A text target means classification; a numeric
    target whose values are all integers with at most :data:`MAX_CLASS_INTEGERS` (10) distinct
    values means classification too; any other numeric target means regression. ``task=``
    overrides the guess. Several target columns mean regression. Class names are sorted
    (numerically for numeric targets) and the label of a row is its class's index.
Encoding
    Numeric inputs become one column each, ``(x - mean) / std`` when standardising (statistics
    of the training part only, a std of 0 becomes 1) and ``x`` otherwise. Categorical inputs are
    one-hot encoded over their sorted categories (taken from all rows used); an unknown category
    encodes as all zeros. Targets are never scaled.

The encoding is recorded in ``Dataset.encoding`` as a JSON-serialisable dict (see
:func:`check_encoding` for its layout), so that :func:`encode_rows` and :func:`apply_encoding`
turn raw rows into the same inputs later.
"""

from __future__ import annotations

import copy
import itertools
import math
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from nnstudio.engine.dataset import CLASSIFICATION, REGRESSION, Dataset
from nnstudio.io.csv_table import CsvImportError, Table, read_table

__all__ = [
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

MISSING_TOKENS = frozenset({"", "?", "NA", "NaN", "nan", "N/A"})
"""Cell values (after stripping whitespace) that mean "missing"."""

TYPO_NUMERIC_SHARE = 0.9
"""A column with at least this share of numeric present cells and some text is a typo error."""

MISSING_CATEGORY = "missing"
"""The category that missing cells of a categorical input take with ``missing="fill"``."""

MAX_CLASS_INTEGERS = 10
"""A numeric target with at most this many distinct integer values is taken as class labels."""

NUMERIC = "numeric"
CATEGORICAL = "categorical"
KINDS = (NUMERIC, CATEGORICAL)
MISSING_POLICIES = ("drop", "fill")
TASKS = (CLASSIFICATION, REGRESSION)
ENCODING_FORMAT = "nnstudio-csv-encoding"
ENCODING_VERSION = 1

_HIGH_CARDINALITY = 50

Locate = Callable[[int], str]


# ----------------------------------------------------------------------------------------------
# Results
# ----------------------------------------------------------------------------------------------


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
        lines = [f"{self.source}: {self.rows_read} rows read, {self.rows_used} used" +
                 (f", {self.rows_dropped} dropped ({_counts_text(self.dropped_by_column)} missing)"
                  if self.rows_dropped else "") + "."]
        kinds = Counter(col["kind"] for col in self.inputs)
        lines.append(f"Inputs: {len(self.inputs)} columns ({kinds[NUMERIC]} numeric, "
                     f"{kinds[CATEGORICAL]} categorical) -> {self.encoded_width} encoded inputs"
                     + (", standardized" if self.standardized else "") + ".")
        if self.filled_by_column:
            total = sum(self.filled_by_column.values())
            lines.append(f"Filled {total} missing cells ({_counts_text(self.filled_by_column)}).")
        lines.append(f"Target {', '.join(self.target_columns)}: {self._task_text()}.")
        lines.append(f"Split: {self.train_rows} training rows, {self.test_rows} test rows.")
        lines.extend(f"Warning: {w}" for w in self.warnings)
        return "\n".join(lines)

    def _task_text(self) -> str:
        if self.task == REGRESSION:
            n = len(self.target_columns)
            return f"regression, {n} output{'s' if n > 1 else ''}"
        k = len(self.classes)
        outputs = "1 sigmoid output" if k <= 2 else f"{k} softmax outputs"
        return f"classification, {k} classes ({_counts_text(self.class_counts)}) -> {outputs}"


def _counts_text(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{name} {count}" for name, count in counts.items())


@dataclass
class CsvPreview:
    """The start of a CSV file and what the import would make of its columns (for the dialog).

    ``types`` maps each column to ``"numeric"``, ``"categorical"`` or ``"empty"``;
    ``problems`` maps a column to the error an import would raise for it (e.g. a typo);
    ``task`` is the task guessed for ``target`` (``None`` when the target has a problem).
    """

    source: str
    delimiter: str
    header: list[str]
    rows: list[list[str]]
    row_count: int
    types: dict[str, str]
    missing: dict[str, int]
    distinct: dict[str, int]
    problems: dict[str, str]
    target: str
    task: str | None


# ----------------------------------------------------------------------------------------------
# Public functions
# ----------------------------------------------------------------------------------------------


def import_csv(path: str | Path, target: str | Sequence[str] | None = None,
               column_types: Mapping[str, str] | None = None, task: str | None = None,
               missing: str = "drop", standardize: bool = False, test_fraction: float = 0.0,
               seed: int = 1, ignore: Iterable[str] = ()) -> tuple[Dataset, ImportSummary]:
    """Read the CSV file at ``path`` and encode it as a dataset (rules in the module docstring).

    ``target`` names the target column(s), default the last column; ``column_types`` overrides
    column types (``{"zip": "categorical"}``); ``task`` is ``"classification"``,
    ``"regression"`` or ``None`` (guess); ``missing`` is ``"drop"`` or ``"fill"``; ``ignore``
    names columns to leave out. ``test_fraction`` of the rows (chosen with ``seed``) form the
    test part, keeping file order in both parts. Every problem raises :class:`CsvImportError`.
    """
    table = read_table(path)
    plan = _plan(table, target, column_types, ignore)
    _check_options(table, task, missing, test_fraction, seed)
    columns = {name: _analyse(table.column(name)) for name in plan.features + plan.targets}
    kinds = {name: _resolve_kind(table, name, columns[name], plan.overrides.get(name))
             for name in plan.features + plan.targets}
    kept = _kept_rows(columns, plan.features, plan.targets, missing)
    _check_rows_left(table, kept, columns, plan, missing)
    target_spec = _target_spec(table, plan.targets, columns, kinds, task, kept)
    train, test = split_indices(len(kept), test_fraction, seed)
    features = [_feature_spec(table, name, kinds[name], columns[name], kept, kept[train], missing,
                              standardize) for name in plan.features]
    if standardize and target_spec["task"] == REGRESSION:
        target_spec.update(_target_scaling(columns, target_spec["columns"], kept[train]))
    encoding = {
        "format": ENCODING_FORMAT, "version": ENCODING_VERSION, "columns": list(table.header),
        "features": features, "target": target_spec, "missing": missing,
        "standardize": bool(standardize),
    }
    return _build(table, encoding, columns, kept, train, test, plan.ignored)


def _target_scaling(columns: Mapping[str, _Column], names: list[str], rows: np.ndarray) -> dict:
    """Regression targets are z-scored like the inputs when standardising: ``(y − mean) / std``
    from the training rows (std 0 → 1), so the loss has a sane scale. The network then predicts
    in these units: ``y = mean + std · ŷ``."""
    means, stds = [], []
    for name in names:
        values = columns[name].numbers[rows]
        means.append(float(values.mean()) if values.size else 0.0)
        std = float(values.std()) if values.size else 1.0
        stds.append(std if std > 0 else 1.0)
    return {"mean": means, "std": stds}


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
    feature_names = [spec["column"] for spec in encoding["features"]]
    target_names = list(encoding["target"]["columns"])
    absent = [name for name in feature_names + target_names if name not in table.header]
    if absent:
        raise CsvImportError(f"{table.name}: the file has no column {_quoted(absent)} "
                             f"(it has {_quoted(table.header)})")
    _check_options(table, None, encoding["missing"], test_fraction, seed)
    columns = {name: _Column(table.column(name)) for name in feature_names + target_names}
    kept = _kept_rows(columns, feature_names, target_names, encoding["missing"])
    if kept.size == 0:
        raise CsvImportError(f"{table.name}: no rows left after dropping rows with missing values")
    train, test = split_indices(len(kept), test_fraction, seed)
    ignored = [name for name in table.header if name not in feature_names + target_names]
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
    columns = _rows_to_columns(rows, names, list(encoding["columns"]))
    return _encode_features(encoding["features"], columns, lambda i: f"row {i + 1}")


def preview(path: str | Path, rows: int = 20,
            column_types: Mapping[str, str] | None = None) -> CsvPreview:
    """Header, the first ``rows`` data rows and the inferred column types of a CSV file.

    Unlike :func:`import_csv` a typo or an empty column does not raise; it is reported in
    ``problems``. Unreadable files still raise :class:`CsvImportError`.
    """
    table = read_table(path)
    overrides = _check_column_types(table, column_types)
    columns = {name: _analyse(table.column(name)) for name in table.header}
    types, problems = {}, {}
    for name in table.header:
        kind, problem = _kind_and_problem(table, name, columns[name], overrides.get(name))
        types[name] = kind or "empty"
        if problem:
            problems[name] = problem
    target = table.header[-1]
    task = None
    if target not in problems:
        try:
            task = _target_spec(table, [target], columns, {target: types[target]}, None)["task"]
        except CsvImportError as exc:
            problems[target] = str(exc)
    return CsvPreview(
        source=table.name, delimiter=table.delimiter_name, header=list(table.header),
        rows=table.head(rows), row_count=table.n_rows, types=types,
        missing={name: int(col.missing.sum()) for name, col in columns.items()},
        distinct={name: len(set(col.cells) - MISSING_TOKENS) for name, col in columns.items()},
        problems=problems, target=target, task=task)


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


# ----------------------------------------------------------------------------------------------
# Checking the arguments
# ----------------------------------------------------------------------------------------------


@dataclass
class _Plan:
    """Which columns are inputs, targets and ignored, and the type overrides."""

    features: list[str]
    targets: list[str]
    ignored: list[str]
    overrides: dict[str, str]


def _plan(table: Table, target, column_types, ignore) -> _Plan:
    """Check the column arguments against the header and sort the columns into roles."""
    ignored = _names_argument(table, ignore, "ignore")
    overrides = _check_column_types(table, column_types)
    if target is None:
        candidates = [name for name in table.header if name not in ignored]
        if not candidates:
            raise CsvImportError(f"{table.name}: every column is ignored")
        targets = [candidates[-1]]
    else:
        targets = _names_argument(table, [target] if isinstance(target, str) else target, "target")
        if not targets:
            raise CsvImportError(f"{table.name}: no target column given")
    clash = [name for name in targets if name in ignored]
    if clash:
        raise CsvImportError(f"{table.name}: target column {_quoted(clash)} is also ignored")
    features = [name for name in table.header if name not in targets and name not in ignored]
    if not features:
        raise CsvImportError(f"{table.name}: no input columns: every column is the target or ignored")
    return _Plan(features, targets, ignored, overrides)


def _names_argument(table: Table, names, what: str) -> list[str]:
    """Check that ``names`` is a collection of column names of ``table``; no duplicates."""
    if isinstance(names, str) or not isinstance(names, Iterable):
        raise CsvImportError(f"{table.name}: {what} must be a list of column names, got {names!r}")
    names = list(names)
    for name in names:
        if not isinstance(name, str):
            raise CsvImportError(f"{table.name}: {what}: {name!r} is not a column name")
        if name not in table.header:
            raise CsvImportError(f"{table.name}: {what}: no column \"{name}\" "
                                 f"(the columns are {_quoted(table.header)})")
    if len(set(names)) != len(names):
        raise CsvImportError(f"{table.name}: {what}: a column is named twice")
    return names


def _check_column_types(table: Table, column_types) -> dict[str, str]:
    """Validate ``column_types``: known columns, kinds ``numeric``/``categorical``."""
    if column_types is None:
        return {}
    if not isinstance(column_types, Mapping):
        raise CsvImportError(f"{table.name}: column_types must map column names to types")
    _names_argument(table, list(column_types), "column_types")
    for name, kind in column_types.items():
        if kind not in KINDS:
            raise CsvImportError(f"{table.name}: column_types: \"{name}\": unknown type {kind!r} "
                                 f"(use {' or '.join(KINDS)})")
    return dict(column_types)


def _check_options(table: Table, task, missing, test_fraction, seed) -> None:
    """Validate ``task``, ``missing``, ``test_fraction`` and ``seed``."""
    if task is not None and task not in TASKS:
        raise CsvImportError(f"{table.name}: unknown task {task!r} (use {' or '.join(TASKS)})")
    if missing not in MISSING_POLICIES:
        raise CsvImportError(f"{table.name}: unknown missing-value policy {missing!r} "
                             f"(use {' or '.join(MISSING_POLICIES)})")
    if (isinstance(test_fraction, bool) or not isinstance(test_fraction, int | float)
            or not 0 <= test_fraction < 1):
        raise CsvImportError(f"{table.name}: test_fraction must be a number from 0 to below 1, "
                             f"got {test_fraction!r}")
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        raise CsvImportError(f"{table.name}: seed must be a non-negative integer, got {seed!r}")


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(f"\"{name}\"" for name in names)


# ----------------------------------------------------------------------------------------------
# Column typing
# ----------------------------------------------------------------------------------------------


class _Column:
    """The cells of one column with their missing mask and (when parsed) their numbers.

    ``numbers`` is NaN where a cell is missing or text (``None`` when not parsed); ``text``
    holds the positions of the present cells that are not numbers.
    """

    def __init__(self, cells: list[str], parse: bool = False):
        self.cells = cells
        self.missing = _missing_mask(cells)
        self.present = int(len(cells) - self.missing.sum())
        self.numbers: np.ndarray | None = None
        self.text = np.arange(0)
        if parse:
            self.numbers, self.text = _parse_numbers(cells, self.missing)

    @property
    def mostly_text(self) -> bool:
        """More than 10 % (1 - :data:`TYPO_NUMERIC_SHARE`) of the present cells are text."""
        return self.text.size > self.present * (1 - TYPO_NUMERIC_SHARE) + 1e-9


def _analyse(cells: list[str]) -> _Column:
    return _Column(cells, parse=True)


def _take(cells: list[str], rows: np.ndarray) -> list[str]:
    """The cells at ``rows`` (sorted distinct positions); ``cells`` itself when that is all."""
    if rows.size == len(cells):
        return cells
    if rows.size < 2:
        return [cells[i] for i in rows.tolist()]
    return list(operator.itemgetter(*rows.tolist())(cells))


def _missing_mask(cells: list[str]) -> np.ndarray:
    """True where a cell is one of :data:`MISSING_TOKENS`."""
    if MISSING_TOKENS.isdisjoint(cells):
        return np.zeros(len(cells), dtype=bool)
    return np.array(list(map(MISSING_TOKENS.__contains__, cells)), dtype=bool).reshape(len(cells))


def _to_float(cell: str) -> float:
    """The finite decimal number in ``cell``, or NaN when it is not one."""
    if "_" in cell:
        return math.nan
    try:
        value = float(cell)
    except ValueError:
        return math.nan
    return value if math.isfinite(value) else math.nan


def _parse_numbers(cells: list[str], missing: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Parse the present cells as numbers: ``(values, text positions)``.

    ``values`` is NaN at missing and text cells. A clean numeric column is converted by NumPy
    in one go; otherwise each distinct cell value is parsed once.
    """
    values = np.full(len(cells), np.nan)
    present = np.flatnonzero(~missing)
    subset = _take(cells, present)
    if "_" not in "".join(subset):
        try:
            parsed = np.fromiter(map(float, subset), dtype=np.float64, count=len(subset))
        except ValueError:
            parsed = None
        if parsed is not None and np.isfinite(parsed).all():
            values[present] = parsed
            return values, np.arange(0)
    number_of = {cell: _to_float(cell) for cell in set(subset)}
    parsed = np.array([number_of[cell] for cell in subset], dtype=np.float64).reshape(len(subset))
    values[present] = parsed
    return values, present[np.isnan(parsed)]


def _kind_and_problem(table: Table, name: str, col: _Column,
                      override: str | None) -> tuple[str | None, str | None]:
    """The column's kind (``None`` when empty) and the error an import would raise, if any."""
    if col.present == 0:
        return None, (f"{table.name}: column \"{name}\" has no values (every cell is missing); "
                      "ignore the column")
    if override == CATEGORICAL:
        return CATEGORICAL, None
    if override == NUMERIC:
        if col.text.size:
            return NUMERIC, _typo_message(table, name, col, col.text, "the column is set to numeric")
        return NUMERIC, None
    if col.mostly_text:
        return CATEGORICAL, None
    if col.text.size == 0:
        return NUMERIC, None
    return NUMERIC, _typo_message(table, name, col, col.text,
                                  f"{len(col.text)} of {col.present} cells in this column are not "
                                  "numbers; fix the cell, or set the column type to categorical")


def _typo_message(table: Table, name: str, col: _Column, text: np.ndarray, advice: str) -> str:
    first = int(text[0])
    return (f"{table.name}: line {table.lines[first]}, column \"{name}\": "
            f"\"{col.cells[first]}\" is not a number ({advice})")


def _resolve_kind(table: Table, name: str, col: _Column, override: str | None) -> str:
    """The column's kind, or :class:`CsvImportError` for an empty column or a typo."""
    kind, problem = _kind_and_problem(table, name, col, override)
    if problem:
        raise CsvImportError(problem)
    return kind


def _sort_categories(values: Iterable[str]) -> list[str]:
    """Sorted category names: numbers first, by value, then text in string order."""
    return sorted(values, key=_category_key)


def _category_key(value: str) -> tuple[int, float, str]:
    number = _to_float(value)
    return (0, number, value) if number == number else (1, 0.0, value)


def _number_name(value: float) -> str:
    """A class name for a numeric label: ``"3"`` for 3.0, ``"0.5"`` for 0.5."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


# ----------------------------------------------------------------------------------------------
# Target, rows and features
# ----------------------------------------------------------------------------------------------


def _target_spec(table: Table, targets: list[str], columns: Mapping[str, _Column],
                 kinds: Mapping[str, str], task: str | None, rows: np.ndarray | None = None) -> dict:
    """The ``encoding["target"]`` entry: columns, task, kind and (classification) classes.

    Classes and the task guess come from the target cells of ``rows`` (default all rows).
    """
    if len(targets) > 1:
        if task == CLASSIFICATION:
            raise CsvImportError(f"{table.name}: classification takes one target column, "
                                 f"got {len(targets)} ({_quoted(targets)})")
        text = [name for name in targets if kinds[name] != NUMERIC]
        if text:
            raise CsvImportError(f"{table.name}: target column \"{text[0]}\" is not numeric; "
                                 "several target columns must all be numbers (regression)")
        return {"columns": list(targets), "task": REGRESSION, "kind": NUMERIC}
    name = targets[0]
    col, kind = columns[name], kinds[name]
    if rows is None:
        rows = np.arange(len(col.cells))
    rows = rows[~col.missing[rows]]
    if kind == CATEGORICAL:
        if task == REGRESSION:
            raise CsvImportError(f"{table.name}: target column \"{name}\" holds text, "
                                 "so it cannot be a regression target")
        classes = _sort_categories(set(_take(col.cells, rows)))
    else:
        values = col.numbers[rows]
        distinct = np.unique(values)
        looks_like_labels = (distinct.size <= MAX_CLASS_INTEGERS
                             and bool(np.all(distinct == np.round(distinct))))
        if task == REGRESSION or (task is None and not looks_like_labels):
            return {"columns": [name], "task": REGRESSION, "kind": NUMERIC}
        classes = [_number_name(v) for v in distinct]
    if len(classes) < 2:
        raise CsvImportError(f"{table.name}: target column \"{name}\" has only one class "
                             f"(\"{classes[0]}\"); a classifier needs at least two")
    return {"columns": [name], "task": CLASSIFICATION, "kind": kind, "classes": classes}


def _kept_rows(columns: Mapping[str, _Column], features: list[str], targets: list[str],
               missing: str) -> np.ndarray:
    """Indices of the rows kept: no missing target, and (drop policy) no missing input."""
    n = len(columns[targets[0]].cells)
    dropped = np.zeros(n, dtype=bool)
    for name in targets + (features if missing == "drop" else []):
        dropped |= columns[name].missing
    return np.flatnonzero(~dropped)


def _check_rows_left(table: Table, kept: np.ndarray, columns: Mapping[str, _Column], plan: _Plan,
                     missing: str) -> None:
    """Raise when no row survives the missing-value policy, naming the columns to blame."""
    if kept.size:
        return
    used = plan.targets + (plan.features if missing == "drop" else [])
    blame = {name: int(columns[name].missing.sum()) for name in used if columns[name].missing.any()}
    hint = " (or use missing=\"fill\")" if missing == "drop" else ""
    raise CsvImportError(f"{table.name}: no rows left after dropping rows with missing values "
                         f"(missing cells: {_counts_text(blame)}); ignore some of these columns{hint}")


def _feature_spec(table: Table, name: str, kind: str, col: _Column, used: np.ndarray,
                  fit: np.ndarray, missing: str, standardize: bool) -> dict:
    """The ``encoding["features"]`` entry of one input column.

    ``used`` are the rows kept, ``fit`` the training rows whose statistics (mean, std, fill
    value) are recorded.
    """
    present_fit = fit[~col.missing[fit]]
    if present_fit.size == 0:
        raise CsvImportError(f"{table.name}: column \"{name}\" has no values in the training rows, "
                             "so it cannot be filled or scaled; ignore it")
    if kind == NUMERIC:
        values = col.numbers[present_fit]
        with np.errstate(over="ignore", invalid="ignore"):
            mean = float(values.mean()) if standardize else 0.0
            std = float(values.std()) if standardize else 1.0
        if not (math.isfinite(mean) and math.isfinite(std)):
            raise CsvImportError(f"{table.name}: column \"{name}\": the numbers are too large to "
                                 f"average (up to {np.abs(values).max():g})")
        spec = {"column": name, "kind": NUMERIC, "mean": 0.0, "std": 1.0, "fill": None}
        if standardize:
            spec["mean"], spec["std"] = mean, std if std > 0 else 1.0
        if missing == "fill":
            spec["fill"] = float(np.median(values))
        return spec
    categories = _sort_categories(set(_take(col.cells, used)) - MISSING_TOKENS)
    spec = {"column": name, "kind": CATEGORICAL, "categories": categories, "fill": None}
    if missing == "fill" and col.missing[used].any():
        if MISSING_CATEGORY not in categories:
            categories.append(MISSING_CATEGORY)
        spec["fill"] = MISSING_CATEGORY
    return spec


# ----------------------------------------------------------------------------------------------
# Encoding
# ----------------------------------------------------------------------------------------------


def _feature_width(spec: Mapping) -> int:
    return 1 if spec["kind"] == NUMERIC else len(spec["categories"])


def _feature_names(features: Sequence[Mapping]) -> list[str]:
    names = []
    for spec in features:
        if spec["kind"] == NUMERIC:
            names.append(spec["column"])
        else:
            names.extend(f"{spec['column']}={c}" for c in spec["categories"])
    return names


def _encode_features(features: Sequence[Mapping], columns: Mapping[str, list[str]], locate: Locate,
                     parsed: Mapping[str, np.ndarray] | None = None) -> np.ndarray:
    """The input matrix for raw (stripped) cells given per column.

    ``parsed`` optionally holds already parsed numbers of numeric columns (NaN where missing),
    which saves parsing them again.
    """
    parsed = parsed or {}
    n = len(columns[features[0]["column"]])
    X = np.zeros((n, sum(_feature_width(spec) for spec in features)))
    offset = 0
    for spec in features:
        cells = columns[spec["column"]]
        if spec["kind"] == NUMERIC:
            X[:, offset] = _encode_numeric(spec, cells, locate, parsed.get(spec["column"]))
        else:
            index = _category_indices(spec, cells, locate)
            rows = np.flatnonzero(index >= 0)
            X[rows, offset + index[rows]] = 1.0
        offset += _feature_width(spec)
    return X


def _encode_numeric(spec: Mapping, cells: list[str], locate: Locate,
                    values: np.ndarray | None = None) -> np.ndarray:
    """One numeric input column: parse (unless ``values`` are given), fill, scale."""
    if values is None:
        values, text = _parse_numbers(cells, _missing_mask(cells))
    else:
        values, text = values.copy(), np.arange(0)
    missing = np.isnan(values)
    if text.size:
        first = int(text[0])
        raise CsvImportError(f"{locate(first)}, column \"{spec['column']}\": "
                             f"\"{cells[first]}\" is not a number")
    if missing.any():
        if spec["fill"] is None:
            raise _missing_error(spec, missing, locate)
        values[missing] = spec["fill"]
    with np.errstate(over="ignore", invalid="ignore"):
        encoded = (values - spec["mean"]) / spec["std"]
    bad = np.flatnonzero(~np.isfinite(encoded))
    if bad.size:
        raise CsvImportError(f"{locate(int(bad[0]))}, column \"{spec['column']}\": "
                             f"\"{cells[int(bad[0])]}\" is too large to encode")
    return encoded


def _category_indices(spec: Mapping, cells: list[str], locate: Locate) -> np.ndarray:
    """Category index per cell (-1 for an unknown category), missing cells filled."""
    index = {c: i for i, c in enumerate(spec["categories"])}
    missing = _missing_mask(cells)
    if missing.any():
        if spec["fill"] is None:
            raise _missing_error(spec, missing, locate)
        index.update(dict.fromkeys(MISSING_TOKENS, index[spec["fill"]]))
    return np.fromiter(map(index.get, cells, itertools.repeat(-1)), dtype=np.int64, count=len(cells))


def _missing_error(spec: Mapping, missing: np.ndarray, locate: Locate) -> CsvImportError:
    first = int(np.flatnonzero(missing)[0])
    return CsvImportError(f"{locate(first)}, column \"{spec['column']}\": the value is missing and "
                          "the encoding has no fill value for this column (it was made with "
                          "missing=\"drop\", or the column had no missing cells)")


def _encode_targets(target: Mapping, columns: Mapping[str, list[str]], locate: Locate) -> np.ndarray:
    """Labels ``(n,)`` for classification, float targets ``(n, m)`` for regression."""
    if target["task"] == REGRESSION:
        blocks = []
        means = target.get("mean") or [0.0] * len(target["columns"])
        stds = target.get("std") or [1.0] * len(target["columns"])
        for name, mean, std in zip(target["columns"], means, stds, strict=True):
            spec = {"column": name, "fill": None, "mean": mean, "std": std}
            blocks.append(_encode_numeric(spec, columns[name], locate))
        return np.column_stack(blocks) if blocks else np.zeros((0, 0))
    name = target["columns"][0]
    index = {c: i for i, c in enumerate(target["classes"])}
    labels = np.empty(len(columns[name]), dtype=np.int64)
    for i, cell in enumerate(columns[name]):
        key = cell
        if target["kind"] == NUMERIC:
            number = _to_float(cell)
            key = _number_name(number) if number == number else cell
        if key not in index:
            raise CsvImportError(f"{locate(i)}, column \"{name}\": \"{cell}\" is not one of the "
                                 f"classes ({', '.join(target['classes'])})")
        labels[i] = index[key]
    return labels


def _rows_to_columns(rows: Iterable[Mapping | Sequence], names: list[str],
                     header: list[str]) -> dict[str, list[str]]:
    """Cells per input column from raw rows (mappings, whole CSV rows or input-only rows)."""
    columns: dict[str, list[str]] = {name: [] for name in names}
    header_pos = [header.index(name) for name in names]
    for i, row in enumerate(rows):
        if isinstance(row, Mapping):
            for name in names:
                if name not in row:
                    raise CsvImportError(f"row {i + 1}: no value for column \"{name}\"")
                columns[name].append(_raw_cell(row[name]))
            continue
        if isinstance(row, str | bytes) or not isinstance(row, Sequence):
            raise CsvImportError(f"row {i + 1}: expected a mapping or a sequence of values, got {row!r}")
        if len(row) == len(header):
            positions = header_pos
        elif len(row) == len(names):
            positions = range(len(names))
        else:
            raise CsvImportError(f"row {i + 1}: expected {len(header)} values (a whole CSV row) or "
                                 f"{len(names)} (the input columns), got {len(row)}")
        for name, position in zip(names, positions, strict=True):
            columns[name].append(_raw_cell(row[position]))
    return columns


def _raw_cell(value) -> str:
    """A raw value as a stripped cell string (``None`` is missing)."""
    if value is None:
        return ""
    return value.strip() if isinstance(value, str) else str(value).strip()


# ----------------------------------------------------------------------------------------------
# Assembling the dataset and the summary
# ----------------------------------------------------------------------------------------------


def _build(table: Table, encoding: dict, columns: Mapping[str, _Column], kept: np.ndarray,
           train: np.ndarray, test: np.ndarray, ignored: list[str]) -> tuple[Dataset, ImportSummary]:
    """Encode the kept rows with ``encoding``, split them and summarise the import."""
    features, target = encoding["features"], encoding["target"]
    used = {name: _take(columns[name].cells, kept)
            for name in [spec["column"] for spec in features] + list(target["columns"])}

    def locate(i: int) -> str:
        return f"{table.name}: line {table.lines[kept[i]]}"

    parsed = {name: col.numbers[kept] for name, col in columns.items()
              if col.numbers is not None and col.text.size == 0}
    X = _encode_features(features, used, locate, parsed)
    y = _encode_targets(target, used, locate)
    task = target["task"]
    dataset = Dataset(
        name=Path(table.name).stem, X_train=X[train], y_train=y[train], X_test=X[test], y_test=y[test],
        task=task, feature_names=_feature_names(features),
        target_names=list(target["classes"] if task == CLASSIFICATION else target["columns"]),
        encoding=encoding)
    return dataset, _summary(table, encoding, columns, kept, y, len(train), len(test), ignored)


def _summary(table: Table, encoding: Mapping, columns: Mapping[str, _Column], kept: np.ndarray,
             y: np.ndarray, n_train: int, n_test: int, ignored: list[str]) -> ImportSummary:
    features, target = encoding["features"], encoding["target"]
    dropped = np.ones(table.n_rows, dtype=bool)
    dropped[kept] = False
    feature_names = [spec["column"] for spec in features]
    causes = list(target["columns"]) + (feature_names if encoding["missing"] == "drop" else [])
    dropped_by, filled_by = {}, {}
    for name in [name for name in table.header if name in causes]:
        if (count := int((columns[name].missing & dropped).sum())):
            dropped_by[name] = count
    for name in feature_names:
        if (count := int(columns[name].missing[kept].sum())):
            filled_by[name] = count
    classes = list(target.get("classes", []))
    counts = np.bincount(y, minlength=len(classes)) if classes else []
    summary = ImportSummary(
        source=table.name, delimiter=table.delimiter_name, rows_read=table.n_rows,
        rows_used=int(kept.size), rows_dropped=int(dropped.sum()), dropped_by_column=dropped_by,
        filled_by_column=filled_by,
        inputs=[{"column": spec["column"], "kind": spec["kind"], "width": _feature_width(spec)}
                for spec in features],
        ignored=list(ignored), encoded_width=sum(_feature_width(spec) for spec in features),
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
        k = _feature_width(spec)
        if spec["kind"] == CATEGORICAL and k > _HIGH_CARDINALITY and k > summary.rows_used / 2:
            warnings.append(f"column \"{spec['column']}\" has {k} different values in "
                            f"{summary.rows_used} rows; if it is an identifier, ignore it")
    return warnings


# ----------------------------------------------------------------------------------------------
# Validating a saved encoding
# ----------------------------------------------------------------------------------------------


def check_encoding(encoding) -> None:
    """Validate an encoding dict (e.g. loaded from a network file); raise :class:`CsvImportError`.

    Layout::

        {"format": "nnstudio-csv-encoding", "version": 1,
         "columns": [all CSV column names in file order],
         "features": [{"column": "age", "kind": "numeric", "mean": m, "std": s, "fill": f | null},
                      {"column": "odor", "kind": "categorical", "categories": [...],
                       "fill": category | null}, ...],
         "target": {"columns": [...], "task": "classification" | "regression",
                    "kind": "numeric" | "categorical", "classes": [...]},   # classes: classification
         "missing": "drop" | "fill", "standardize": bool}

    A numeric input encodes as ``(x - mean) / std`` (``mean`` 0 and ``std`` 1 when not
    standardised).
    """
    _expect(isinstance(encoding, Mapping), "encoding", "expected an object")
    _expect(encoding.get("format") == ENCODING_FORMAT, "encoding.format", f"expected \"{ENCODING_FORMAT}\"")
    _expect(encoding.get("version") == ENCODING_VERSION, "encoding.version",
            f"expected {ENCODING_VERSION}, got {encoding.get('version')!r}")
    columns = encoding.get("columns")
    _expect(_is_str_list(columns) and len(set(columns)) == len(columns), "encoding.columns",
            "expected a list of distinct column names")
    _expect(encoding.get("missing") in MISSING_POLICIES, "encoding.missing", "expected \"drop\" or \"fill\"")
    _expect(isinstance(encoding.get("standardize"), bool), "encoding.standardize", "expected true or false")
    features = encoding.get("features")
    _expect(isinstance(features, list) and features, "encoding.features", "expected a non-empty list")
    for i, spec in enumerate(features):
        _check_feature(spec, f"encoding.features[{i}]", columns)
    _check_target(encoding.get("target"), columns)


def _check_feature(spec, where: str, columns: list[str]) -> None:
    _expect(isinstance(spec, Mapping), where, "expected an object")
    _expect(spec.get("column") in columns, f"{where}.column", "expected one of encoding.columns")
    _expect(spec.get("kind") in KINDS, f"{where}.kind", "expected \"numeric\" or \"categorical\"")
    fill = spec.get("fill")
    if spec["kind"] == NUMERIC:
        _expect(_is_finite(spec.get("mean")), f"{where}.mean", "expected a finite number")
        _expect(_is_finite(spec.get("std")) and spec["std"] > 0, f"{where}.std", "expected a positive number")
        _expect(fill is None or _is_finite(fill), f"{where}.fill", "expected a finite number or null")
    else:
        categories = spec.get("categories")
        _expect(_is_str_list(categories) and categories and len(set(categories)) == len(categories),
                f"{where}.categories", "expected a non-empty list of distinct strings")
        _expect(fill is None or fill in categories, f"{where}.fill", "expected one of the categories or null")


def _check_target(target, columns: list[str]) -> None:
    where = "encoding.target"
    _expect(isinstance(target, Mapping), where, "expected an object")
    names = target.get("columns")
    _expect(_is_str_list(names) and names and all(n in columns for n in names), f"{where}.columns",
            "expected a non-empty list of names from encoding.columns")
    _expect(target.get("task") in TASKS, f"{where}.task", "expected \"classification\" or \"regression\"")
    _expect(target.get("kind") in KINDS, f"{where}.kind", "expected \"numeric\" or \"categorical\"")
    for key in ("mean", "std"):
        if key in target:
            values = target[key]
            _expect(isinstance(values, list) and len(values) == len(names) and all(map(_is_finite, values))
                    and (key == "mean" or all(v > 0 for v in values)), f"{where}.{key}",
                    f"expected {len(names)} finite number(s){' > 0' if key == 'std' else ''}")
    if target["task"] == CLASSIFICATION:
        _expect(len(names) == 1, f"{where}.columns", "classification takes exactly one column")
        classes = target.get("classes")
        _expect(_is_str_list(classes) and len(classes) >= 2 and len(set(classes)) == len(classes),
                f"{where}.classes", "expected a list of at least two distinct class names")


def _expect(condition, where: str, message: str) -> None:
    if not condition:
        raise CsvImportError(f"{where}: {message}")


def _is_str_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_finite(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)

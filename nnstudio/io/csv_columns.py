"""Typed storage of one CSV column, built chunk by chunk without a Python object per cell.

A :class:`Column` holds, for ``n`` rows:

* ``numbers`` — float64, the value of every cell that is a number, NaN elsewhere;
* ``missing`` — bool, the cells that are empty or one of :data:`MISSING_TOKENS`;
* ``text_rows`` / ``text_cells`` — the rows (and stripped strings) of the present cells that are
  not numbers: the only cells kept as Python strings in a numeric column;
* ``codes`` / ``values`` — every cell as a code into the list of distinct stripped strings, kept
  while the column has at most :data:`MAX_CODES` distinct values (categorical columns, integer
  labels); a column with more (a continuous numeric one) drops them after its first chunk.

:class:`ColumnBuilder` turns chunks of raw cells (unstripped strings, as the csv module gives
them) into this: a chunk of clean numbers is converted by NumPy in one go; otherwise each
distinct cell is looked at once.

Numbers
    A cell is a number when Python's ``float`` reads it as a finite value and it has no ``_``;
    ``inf`` and ``nan`` spellings other than the missing tokens count as text. With
    ``decimal_comma`` (files separated by ``;`` or tabs), ``0,53`` and ``-1,5e3`` are numbers
    too (``0.53``, ``-1500``); ``comma_rows`` counts them and ``point`` says whether the column
    also has numbers written with a ``.`` (the two notations mixed are refused by the typing).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np

MISSING_TOKENS = frozenset({"", "?", "NA", "NaN", "nan", "N/A"})
"""Cell values (after stripping whitespace) that mean "missing"."""

MAX_CODES = 1000
"""A column keeps a code per cell while it has at most this many distinct values."""

_COMMA_NUMBER = re.compile(r"[+-]?(?:\d+,\d*|,\d+)(?:[eE][+-]?\d+)?")
_MISSING, _NUMBER, _COMMA, _TEXT = 0, 1, 2, 3


def to_float(cell: str, decimal_comma: bool = False) -> float:
    """The finite number in the stripped ``cell`` (see module doc), or NaN."""
    if "_" in cell:
        return math.nan
    try:
        value = float(cell)
    except ValueError:
        if not (decimal_comma and _COMMA_NUMBER.fullmatch(cell)):
            return math.nan
        value = float(cell.replace(",", "."))
    return value if math.isfinite(value) else math.nan


def number_name(value: float) -> str:
    """A name for a number: ``"3"`` for 3.0, ``"0.5"`` for 0.5."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class Column:
    """One column's cells in typed arrays (see the module doc)."""

    def __init__(self, name: str, numbers: np.ndarray, missing: np.ndarray, text_rows: np.ndarray,
                 text_codes: np.ndarray, text_names: list[str], codes: np.ndarray | None, values: list[str] | None,
                 comma_rows: int = 0, point: bool = False):
        self.name = name
        self.numbers = numbers
        self.missing = missing
        self.text_rows = text_rows
        self._text_codes, self._text_names = text_codes, text_names
        self.codes = codes
        self.values = values
        self.comma_rows = comma_rows
        self.point = point

    @property
    def n(self) -> int:
        return len(self.numbers)

    @property
    def text_cells(self) -> list[str]:
        """The stripped texts of the cells at ``text_rows`` (made when asked for)."""
        names = self._text_names
        return [names[c] for c in self._text_codes.tolist()]

    def decimal_comma_cells(self) -> int:
        """How many text cells are numbers written with a decimal comma (``0,53``), text in a file
        separated by commas."""
        counts = np.bincount(self._text_codes, minlength=len(self._text_names))
        return int(sum(k for name, k in zip(self._text_names, counts.tolist(), strict=True)
                       if to_float(name, decimal_comma=True) == to_float(name, decimal_comma=True)))

    @property
    def present(self) -> int:
        """How many cells are not missing."""
        return int(self.n - self.missing.sum())

    def cell(self, i: int) -> str:
        """The stripped text of cell ``i`` (a number without its raw text is named by its value)."""
        if self.codes is not None:
            return self.values[self.codes[i]]
        if self.missing[i]:
            return ""
        k = np.searchsorted(self.text_rows, i)
        if k < len(self.text_rows) and self.text_rows[k] == i:
            return self._text_names[self._text_codes[k]]
        return number_name(self.numbers[i])

    def cells(self, rows: np.ndarray) -> list[str]:
        """The stripped texts of the cells at ``rows``."""
        if self.codes is not None:
            values = self.values
            return [values[c] for c in self.codes[rows].tolist()]
        return [self.cell(i) for i in rows.tolist()]

    def category_codes(self, rows: np.ndarray) -> tuple[np.ndarray, list[str], np.ndarray]:
        """``(codes, names, counts)``: a code per row of ``rows`` into ``names`` (distinct stripped
        texts; missing cells get the code of their token) and how many of ``rows`` have each name
        (names with a count of 0 do not occur in ``rows``). Without a sort when the column has codes."""
        if self.codes is not None:
            codes = self.codes[rows]
            return codes, self.values, np.bincount(codes, minlength=len(self.values))
        names, codes = np.unique(np.asarray(self.cells(rows), dtype=object), return_inverse=True)
        codes = codes.reshape(-1)
        return codes, [str(v) for v in names], np.bincount(codes, minlength=len(names))

    def names_in(self, rows: np.ndarray) -> list[str]:
        """The distinct stripped texts of the cells at ``rows``."""
        _, names, counts = self.category_codes(rows)
        return [name for name, count in zip(names, counts.tolist(), strict=True) if count]

    def distinct_present(self) -> int:
        """How many different values the present cells have."""
        present = ~self.missing
        if self.codes is not None:
            return int(np.unique(self.codes[present]).size)
        numbers = self.numbers[present]
        return int(np.unique(numbers[~np.isnan(numbers)]).size) + int(np.unique(self._text_codes).size)


class GrowingArray:
    """A 1-D array filled chunk by chunk in one buffer (grown by 1.25x when full, or reserved once
    with :meth:`reserve`), so that a large column is not kept as many small arrays."""

    def __init__(self, dtype, capacity: int = 0):
        self.buffer = np.empty(capacity, dtype=dtype)
        self.n = 0

    def reserve(self, capacity: int) -> None:
        if capacity > len(self.buffer):
            bigger = np.empty(capacity, dtype=self.buffer.dtype)
            bigger[:self.n] = self.buffer[:self.n]
            self.buffer = bigger

    def extend(self, values: np.ndarray) -> None:
        if self.n + len(values) > len(self.buffer):
            self.reserve(max(self.n + len(values), int(len(self.buffer) * 1.25)))
        self.buffer[self.n:self.n + len(values)] = values
        self.n += len(values)

    def array(self) -> np.ndarray:
        """The values; the buffer itself when it is nearly full, else a trimmed copy."""
        if len(self.buffer) - self.n > self.n // 20:
            return self.buffer[:self.n].copy()
        return self.buffer[:self.n]


class ColumnBuilder:
    """Collects the chunks of one column; :meth:`finish` gives the :class:`Column`."""

    def __init__(self, name: str, decimal_comma: bool = False, keep_codes: bool = True):
        self.name = name
        self.decimal_comma = decimal_comma
        self.n = 0
        self._numbers = GrowingArray(np.float64)
        self._missing: list[np.ndarray] = []  # row positions
        self._text_rows: list[np.ndarray] = []
        self._text_codes: list[np.ndarray] = []
        self._text_index: dict[str, int] = {}
        self._codes: GrowingArray | None = GrowingArray(np.int32) if keep_codes else None
        self._index: dict[str, int] = {}
        self.comma_rows = 0
        self.point = False

    def reserve(self, rows: int) -> None:
        """Make room for ``rows`` rows in all (an estimate from the file size saves regrowing)."""
        self._numbers.reserve(rows)
        if self._codes is not None:
            self._codes.reserve(rows)

    def add(self, cells: Sequence[str]) -> None:
        """Append a chunk of raw cells (surrounding whitespace allowed)."""
        n = len(cells)
        joined = "".join(cells)
        values = None
        if "_" not in joined:
            try:
                values = np.fromiter(map(float, cells), dtype=np.float64, count=n)
            except ValueError:
                values = None
        if values is not None and np.isfinite(values).all():
            self._numbers.extend(values)
            self.point = self.point or "." in joined
        else:
            self._add_mixed(cells)
        if self._codes is not None:
            self._add_codes(cells)
        self.n += n

    def _add_mixed(self, cells: Sequence[str]) -> None:
        """A chunk with missing or text cells: each distinct raw cell is classified once."""
        kind_of: dict[str, int] = {}
        value_of: dict[str, float] = {}
        text_of: dict[str, int] = {}
        for raw in dict.fromkeys(cells):
            cell = raw.strip()
            value = math.nan
            if cell in MISSING_TOKENS:
                kind = _MISSING
            else:
                value = to_float(cell, self.decimal_comma)
                if value != value:
                    kind = _TEXT
                    text_of[raw] = self._text_index.setdefault(cell, len(self._text_index))
                else:
                    kind = _COMMA if "," in cell else _NUMBER
                    self.point = self.point or (kind == _NUMBER and "." in cell)
            kind_of[raw], value_of[raw] = kind, value
        n = len(cells)
        kinds = set(kind_of.values())
        if len(kinds) == 1:  # a whole chunk of one kind (a text column): no per-cell pass
            kind = np.full(n, next(iter(kinds)), dtype=np.int8)
        else:
            kind = np.fromiter(map(kind_of.__getitem__, cells), dtype=np.int8, count=n)
        if not kinds & {_NUMBER, _COMMA}:
            self._numbers.extend(np.full(n, np.nan))
        else:
            self._numbers.extend(np.fromiter(map(value_of.__getitem__, cells), dtype=np.float64, count=n))
        missing = np.flatnonzero(kind == _MISSING)
        if missing.size:
            self._missing.append(missing + self.n)
        text = np.flatnonzero(kind == _TEXT)
        if text.size == n:
            self._text_rows.append(np.arange(self.n, self.n + n))
            self._text_codes.append(np.fromiter(map(text_of.__getitem__, cells), dtype=np.int64, count=n))
        elif text.size:
            self._text_rows.append(text + self.n)
            self._text_codes.append(np.fromiter(map(text_of.__getitem__, (cells[i] for i in text.tolist())),
                                                dtype=np.int64, count=text.size))
        self.comma_rows += int((kind == _COMMA).sum())

    def _add_codes(self, cells: Sequence[str]) -> None:
        index = self._index
        distinct = None
        if len(set(cells[:4 * MAX_CODES])) <= MAX_CODES:  # a cheap look at the start first
            distinct = dict.fromkeys(cells)
        if distinct is None or len(distinct) > MAX_CODES:  # a continuous column: give up early
            self._codes, self._index = None, {}
            return
        local = {raw: index.setdefault(raw.strip(), len(index)) for raw in distinct}
        if len(index) > MAX_CODES:
            self._codes, self._index = None, {}
            return
        self._codes.extend(np.fromiter(map(local.__getitem__, cells), dtype=np.int32, count=len(cells)))

    def finish(self) -> Column:
        numbers = self._numbers.array()
        self._numbers = GrowingArray(np.float64)
        missing = np.zeros(self.n, dtype=bool)
        for positions in self._missing:
            missing[positions] = True
        text_rows = np.concatenate(self._text_rows) if self._text_rows else np.zeros(0, dtype=np.int64)
        text_codes = np.concatenate(self._text_codes) if self._text_codes else np.zeros(0, dtype=np.int64)
        codes = values = None
        if self._codes is not None:
            codes, values = self._codes.array(), list(self._index)
        return Column(self.name, numbers, missing, text_rows, text_codes, list(self._text_index), codes, values,
                      self.comma_rows, self.point)


def column_of(name: str, cells: Sequence[str], decimal_comma: bool = False) -> Column:
    """A Column from a list of raw cells in one go (for rows given in Python)."""
    builder = ColumnBuilder(name, decimal_comma)
    if cells:
        builder.add(cells)
    return builder.finish()

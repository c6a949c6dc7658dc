"""Reading a CSV file, streaming, into typed columns (:class:`Table`).

This is the first step of the CSV import (``nnstudio.io.csv_import`` types, encodes and splits).
It reads only a regular file of at most :data:`MAX_CSV_BYTES` (:mod:`nnstudio.io.safe_files`),
as UTF-8 with or without a byte-order mark, detects the delimiter (comma, semicolon or tab)
from the first records, takes the first non-blank record as the header and checks that every row
has as many fields as the header. Rows are parsed :data:`CHUNK_ROWS` at a time and each chunk
goes straight into typed column arrays (:mod:`nnstudio.io.csv_columns`), so a numeric file never
exists as one Python string per cell. Anything it cannot read raises :class:`CsvImportError` with
a message naming the file and the line.

Cells and column names are stripped of surrounding whitespace; blank lines are skipped.
Line numbers are those of the file as an editor shows them (the header is usually line 1),
counting the line on which a record *starts* (a quoted field may span several lines).
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from nnstudio.engine.text import QT_TRANSLATE_NOOP, translate

from .csv_columns import Column, ColumnBuilder
from .safe_files import UnsafeFileError, open_regular_file

MAX_CSV_BYTES = 1_000_000_000
"""A larger CSV file is refused before it is read (1 GB)."""

DELIMITERS = (",", ";", "\t")
"""Delimiters tried by :func:`detect_delimiter`, in order of preference on a tie."""

CHUNK_ROWS = 20_000
"""Rows parsed before they are converted into column arrays."""

HEAD_ROWS = 200
"""Data rows kept as strings for a preview."""

_SNIFF_RECORDS = 50
_SNIFF_LINES = 400
_DELIMITER_NAMES = {",": QT_TRANSLATE_NOOP("CSV", "comma"), ";": QT_TRANSLATE_NOOP("CSV", "semicolon"),
                    "\t": QT_TRANSLATE_NOOP("CSV", "tab")}


class CsvImportError(ValueError):
    """A CSV file cannot be imported; the message says what is wrong and where."""


@dataclass
class Table:
    """The header and the typed columns of a CSV file.

    ``columns[j]`` holds column ``header[j]`` (a :class:`~nnstudio.io.csv_columns.Column`);
    ``lines[i]`` is the file line on which data row ``i`` starts; ``head_rows`` the first
    :data:`HEAD_ROWS` rows as stripped strings.
    """

    name: str
    header: list[str]
    columns: list[Column]
    lines: np.ndarray
    delimiter: str
    header_line: int = 1
    head_rows: list[list[str]] = field(default_factory=list)

    @property
    def n_rows(self) -> int:
        """Number of data rows."""
        return len(self.lines)

    def column(self, name: str) -> Column:
        """The column called ``name``."""
        return self.columns[self.header.index(name)]

    def head(self, n: int) -> list[list[str]]:
        """The first ``n`` (at most :data:`HEAD_ROWS`) data rows as lists of cells."""
        return [list(row) for row in self.head_rows[:max(n, 0)]]

    @property
    def delimiter_name(self) -> str:
        """``"comma"``, ``"semicolon"`` or ``"tab"``."""
        return _DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))

    def where(self, row: int) -> str:
        """``data.csv, line 10: row 9`` — data row ``row`` (0-based here, 1-based in the text)."""
        return translate("CSV", "{name}, line {line}: row {row}").format(name=self.name, row=row + 1,
                                                                           line=int(self.lines[row]))


def read_table(path: str | Path, keep_codes: bool = True) -> Table:
    """Read and validate the CSV file at ``path`` (see the module doc).

    Raises :class:`CsvImportError` for a missing, unreadable, non-regular or too large file, a
    binary, non-UTF-8 or empty one, malformed quoting, a header with an empty or duplicate column
    name, a row whose field count differs from the header's, and a file with no data rows.
    """
    path = Path(path)
    try:
        raw = open_regular_file(path, MAX_CSV_BYTES)
    except UnsafeFileError as exc:
        raise CsvImportError(str(exc)) from None
    with raw:
        size = os.fstat(raw.fileno()).st_size
        return _read(_Checked(raw, path.name, MAX_CSV_BYTES), path.name, size, keep_codes)


def parse_text(text: str, name: str) -> Table:
    """Parse CSV ``text`` (delimiter detected) into a validated :class:`Table`."""
    data = text.encode("utf-8", "surrogatepass")
    return _read(_Checked(io.BytesIO(data), name, len(data)), name, len(data))


class _Checked(io.RawIOBase):
    """A byte stream that refuses NUL bytes (a binary file), UTF-16 text and growth past
    ``limit``, naming the line; it counts lines as it goes."""

    def __init__(self, raw, name: str, limit: int):
        self.raw, self.name, self.limit = raw, name, limit
        self.total = self.newlines = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.raw.read(len(buffer))
        if not data:
            return 0
        if self.total == 0 and data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise CsvImportError(translate("CSV", "{name}: the file is UTF-16 encoded; save it as UTF-8").format(
                name=self.name))
        nul = data.find(b"\x00")
        if nul >= 0:
            line = self.newlines + data.count(b"\n", 0, nul) + 1
            raise CsvImportError(translate("CSV", "{name}: line {line}: contains a NUL byte; this looks like a "
                                                  "binary file, not a CSV text file").format(
                name=self.name, line=line))
        self.total += len(data)
        if self.total > self.limit:
            raise CsvImportError(translate("CSV", "{name}: the file is too large (more than the limit of "
                                                  "{value:,.0f} MB)").format(
                name=self.name, value=self.limit / 1e6))
        self.newlines += data.count(b"\n")
        buffer[:len(data)] = data
        return len(data)


def _read(stream: _Checked, name: str, size: int, keep_codes: bool = True) -> Table:
    text = io.TextIOWrapper(io.BufferedReader(stream, 1 << 16), encoding="utf-8-sig", newline="")
    try:
        return _parse(text, name, keep_codes, lambda rows: int(rows * size / max(stream.total, 1) * 1.05) + 1)
    except UnicodeDecodeError:
        stream.raw.seek(0)
        raise _utf8_error(stream.raw, name) from None


def _utf8_error(raw, name: str) -> CsvImportError:
    """The error naming the line of the first byte that is not UTF-8 (a second pass over the bytes)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    while block := raw.read(1 << 20):
        try:
            decoder.decode(block)
        except UnicodeDecodeError as exc:
            line += block.count(b"\n", 0, exc.start)
            return CsvImportError(translate("CSV", "{name}: line {line}: byte 0x{block:02x} is not valid UTF-8; the "
                                                   "file is binary or uses another encoding (save it as UTF-8)").format(
                name=name, line=line, block=block[exc.start]))
        line += block.count(b"\n")
    return CsvImportError(translate("CSV", "{name}: the end of the file is not valid UTF-8 (a truncated character); "
                                           "save it as UTF-8").format(
        name=name))


def _parse(text, name: str, keep_codes: bool, estimate) -> Table:
    """The records of ``text`` into a Table; ``estimate(rows)`` guesses the file's row count from
    the rows read so far (to size the column buffers once)."""
    sniff = list(itertools.islice(text, _SNIFF_LINES))
    delimiter = detect_delimiter("".join(sniff))
    reader = csv.reader(itertools.chain(sniff, text), delimiter=delimiter, strict=True)
    header, header_line = None, 0
    builders: list[ColumnBuilder] = []
    rows: list[list[str]] = []
    lines: list[int] = []
    line_chunks: list[np.ndarray] = []
    head: list[list[str]] = []
    start = 1
    try:
        for record in reader:
            if len(record) > 1 or (record and record[0].strip()):
                if header is None:
                    header = _check_header([h.strip() for h in record], start, name)
                    header_line, width = start, len(header)
                    builders = [ColumnBuilder(h, delimiter != ",", keep_codes) for h in header]
                else:
                    if len(record) != width:
                        raise CsvImportError(_ragged_message(name, start, width, len(record), delimiter))
                    rows.append(record)
                    lines.append(start)
                    if len(rows) == CHUNK_ROWS:
                        if not line_chunks:
                            for builder in builders:
                                builder.reserve(estimate(CHUNK_ROWS))
                        _flush(rows, lines, builders, head, line_chunks)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise CsvImportError(translate("CSV", "{name}: line {start}: malformed CSV ({exc})").format(
            name=name, start=start, exc=exc)) from None
    if header is None:
        raise CsvImportError(translate("CSV", "{name}: the file is empty").format(name=name))
    if not lines and not line_chunks:
        raise CsvImportError(translate("CSV", "{name}: no data rows after the header (line {header_line})").format(
            name=name, header_line=header_line))
    _flush(rows, lines, builders, head, line_chunks)
    return Table(name, header, [b.finish() for b in builders], np.concatenate(line_chunks), delimiter,
                 header_line, head)


def _flush(rows: list[list[str]], lines: list[int], builders: list[ColumnBuilder], head: list[list[str]],
           line_chunks: list[np.ndarray]) -> None:
    """Move the parsed ``rows`` into the column builders (the first ones also into ``head``) and
    their ``lines`` into ``line_chunks``."""
    if not rows:
        return
    line_chunks.append(np.asarray(lines, dtype=np.int64))
    lines.clear()
    if len(head) < HEAD_ROWS:
        head.extend([cell.strip() for cell in row] for row in rows[:HEAD_ROWS - len(head)])
    for builder, cells in zip(builders, zip(*rows, strict=True), strict=True):
        builder.add(cells)
    rows.clear()


def detect_delimiter(text: str) -> str:
    """Pick the delimiter among comma, semicolon and tab from the first records of ``text``.

    A candidate scores when it splits the header into more than one field; candidates whose
    first records all have the header's field count win over ragged ones, then more fields win,
    then the order of :data:`DELIMITERS`. A single-column file gets a comma.
    """
    best, best_key = ",", (False, False, 0)
    for delimiter in DELIMITERS:
        counts = _field_counts(text, delimiter)
        if not counts or counts[0] < 2:
            continue
        key = (True, all(c == counts[0] for c in counts), counts[0])
        if key > best_key:
            best, best_key = delimiter, key
    return best


def _field_counts(text: str, delimiter: str) -> list[int]:
    """Field counts of the first non-blank records when split by ``delimiter`` (``[]`` on error)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = [r for r in itertools.islice(reader, _SNIFF_RECORDS) if not _is_blank(r)]
    except csv.Error:
        return []
    return [len(r) for r in records]


def _is_blank(record: list[str]) -> bool:
    """True for an empty line or a line of whitespace only."""
    return len(record) <= 1 and not "".join(record).strip()


def _check_header(header: list[str], line: int, name: str) -> list[str]:
    """Reject empty and duplicate column names, naming their positions."""
    seen: dict[str, int] = {}
    for position, column in enumerate(header, start=1):
        if not column:
            raise CsvImportError(translate("CSV", "{name}: line {line}: column {position} of the header has no "
                                                  "name; give every column a name").format(
                name=name, line=line, position=position))
        if column in seen:
            raise CsvImportError(translate("CSV", "{name}: line {line}: duplicate column name \"{column}\" (columns "
                                                  "{seen} and {position})").format(
                name=name, line=line, column=column, seen=seen[column], position=position))
        seen[column] = position
    if all(_is_number(column) for column in header):
        raise CsvImportError(translate("CSV", "{name}: line {line}: the first row holds only numbers, so it looks "
                                              "like data; the first row must be a header naming the columns").format(
            name=name, line=line))
    return header


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _ragged_message(name: str, line: int, expected: int, found: int, delimiter: str) -> str:
    """The error for a row whose field count differs from the header's."""
    what = translate("CSV", _DELIMITER_NAMES[delimiter]) if delimiter in _DELIMITER_NAMES else repr(delimiter)
    return translate("CSV", "{name}: line {line}: expected {expected} fields like the header, found {found} "
                            "({what}-separated; check for a missing or extra delimiter or an unclosed quote)").format(
        name=name, line=line, expected=expected, found=found, what=what)

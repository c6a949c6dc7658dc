"""Reading a CSV file into a validated table of strings.

This is the first half of the CSV import (``nnstudio.io.csv_import`` does the typing and
encoding). It accepts UTF-8 text with or without a byte-order mark, detects the delimiter
(comma, semicolon or tab), takes the first non-blank record as the header and checks that
every row has as many fields as the header. Anything it cannot read raises
:class:`CsvImportError` with a message naming the file and the line.

Cells and column names are stripped of surrounding whitespace; blank lines are skipped.
Line numbers are those of the file as an editor shows them (the header is usually line 1),
counting the line on which a record *starts* (a quoted field may span several lines).
"""

from __future__ import annotations

import csv
import io
import itertools
from dataclasses import dataclass
from pathlib import Path

from nnstudio.engine.text import translate

from .safe_files import UnsafeFileError, read_regular_file

MAX_CSV_BYTES = 1_000_000_000
"""A larger CSV file is refused before it is read (1 GB)."""

DELIMITERS = (",", ";", "\t")
"""Delimiters tried by :func:`detect_delimiter`, in order of preference on a tie."""

_SNIFF_RECORDS = 50
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}


class CsvImportError(ValueError):
    """A CSV file cannot be imported; the message says what is wrong and where."""


@dataclass
class Table:
    """The header and the data of a CSV file by column, all cells stripped strings.

    ``columns[j]`` holds the cells of column ``header[j]`` in file order; ``lines[i]`` is the
    file line on which data row ``i`` starts; ``header_line`` the line of the header.
    """

    name: str
    header: list[str]
    columns: list[list[str]]
    lines: list[int]
    delimiter: str
    header_line: int = 1

    @property
    def n_rows(self) -> int:
        """Number of data rows."""
        return len(self.lines)

    def column(self, name: str) -> list[str]:
        """All cells of the column called ``name``, in file order."""
        return self.columns[self.header.index(name)]

    def head(self, n: int) -> list[list[str]]:
        """The first ``n`` data rows as lists of cells."""
        return [list(row) for row in zip(*(col[:max(n, 0)] for col in self.columns), strict=True)]

    @property
    def delimiter_name(self) -> str:
        """``"comma"``, ``"semicolon"`` or ``"tab"``."""
        return _DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))


def read_table(path: str | Path) -> Table:
    """Read and validate the CSV file at ``path``.

    Raises :class:`CsvImportError` for a missing, unreadable, binary, non-UTF-8 or empty file,
    malformed quoting, a header with an empty or duplicate column name, a row whose field count
    differs from the header's, and a file with no data rows.
    """
    path = Path(path)
    text = decode_text(_read_bytes(path), path.name)
    return parse_text(text, path.name)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes (a regular file of at most :data:`MAX_CSV_BYTES`), or a
    :class:`CsvImportError` saying why they cannot be read."""
    try:
        return read_regular_file(path, MAX_CSV_BYTES)
    except UnsafeFileError as exc:
        raise CsvImportError(str(exc)) from None


def decode_text(data: bytes, name: str) -> str:
    """Decode ``data`` as UTF-8 (a leading BOM is dropped); reject binary and empty content."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CsvImportError(translate("CSV", "{name}: the file is UTF-16 encoded; save it as UTF-8").format(name=name))
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise CsvImportError(translate("CSV", "{name}: line {line}: contains a NUL byte; this looks like a binary "
                                              "file, not a CSV text file").format(
            name=name, line=line))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise CsvImportError(translate("CSV", "{name}: line {line}: byte 0x{data:02x} is not valid UTF-8; the file "
                                              "is binary or uses another encoding (save it as UTF-8)").format(
            name=name, line=line, data=data[exc.start])) from None
    if not text.strip():
        raise CsvImportError(translate("CSV", "{name}: the file is empty").format(name=name))
    return text


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


def parse_text(text: str, name: str) -> Table:
    """Parse decoded CSV ``text`` (delimiter detected) into a validated :class:`Table`."""
    delimiter = detect_delimiter(text)
    lines, records = _records(text, delimiter, name)
    if not records:
        raise CsvImportError(translate("CSV", "{name}: the file is empty").format(name=name))
    header = _check_header([h.strip() for h in records[0]], lines[0], name)
    if len(records) == 1:
        raise CsvImportError(translate("CSV", "{name}: no data rows after the header (line {lines})").format(
            name=name, lines=lines[0]))
    width = len(header)
    ragged = next((i for i, record in enumerate(records) if len(record) != width), None)
    if ragged is not None:
        raise CsvImportError(_ragged_message(name, lines[ragged], width, len(records[ragged]), delimiter))
    columns = [[cell.strip() for cell in cells] for cells in zip(*records[1:], strict=True)]
    return Table(name, header, columns, lines[1:], delimiter, lines[0])


def _records(text: str, delimiter: str, name: str) -> tuple[list[int], list[list[str]]]:
    """All non-blank records and the file line each starts on; quoting errors name the line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    lines, records = [], []
    start = 1
    try:
        for record in reader:
            if len(record) > 1 or (record and record[0].strip()):
                lines.append(start)
                records.append(record)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise CsvImportError(translate("CSV", "{name}: line {start}: malformed CSV ({exc})").format(
            name=name, start=start, exc=exc)) from None
    return lines, records


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
    what = _DELIMITER_NAMES.get(delimiter, repr(delimiter))
    return (f"{name}: line {line}: expected {expected} fields like the header, found {found} "
            f"({what}-separated; check for a missing or extra delimiter or an unclosed quote)")

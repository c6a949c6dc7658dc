"""The text layer of network files: bytes ⇄ JSON values, with the limits checked first.

Reading refuses, before ``json.loads`` runs: a text over :data:`MAX_FILE_BYTES`, more than
:data:`MAX_VALUES` commas, nesting deeper than :data:`MAX_DEPTH` (a bracket scan over the text
with strings blanked out, vectorised with NumPy), text that is not UTF-8. The parser itself
refuses ``NaN``/``Infinity`` literals and duplicate keys. Every failure is a
:class:`NetworkFileError` naming the line and column where there is one.

Writing uses ``repr`` for floats (what ``json`` does), so every float64 reads back bit-identical.
Objects are indented; a list of numbers or strings goes on one line, so a weight matrix is one
row per line.
"""

from __future__ import annotations

import json
import re

import numpy as np

from nnstudio.engine.text import translate

from .netfile_common import MAX_DEPTH, MAX_FILE_BYTES, MAX_VALUES, NetworkFileError

# A string literal, or an unterminated one running to the end of the text: every quote starts a
# match, so the scan stays linear even for hostile text like '"\\"\\"\\"…' with no closing quote.
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
_OPENERS = (ord("["), ord("{"))
_SCAN_CHUNK = 1 << 20
_CONTAINERS = {dict, list, tuple}
_ONE_LINE = 100  # a list whose JSON fits in this many characters is written on one line


def parse_json(text: str | bytes):
    """The JSON value in ``text`` (UTF-8 bytes or str), after the size, count and depth checks."""
    data = text if isinstance(text, bytes | bytearray) else _encode(text)
    check_size(len(data))
    if not data.strip():
        raise NetworkFileError(translate("Files", "the file is empty"))
    if data.count(b",") > MAX_VALUES:
        raise NetworkFileError(translate("Files", "too many values (more than {MAX_VALUES:,}); not a network "
                                                  "file").format(MAX_VALUES=MAX_VALUES))
    check_depth(data)
    if not isinstance(text, str):
        text = _decode(data)
    try:
        return json.loads(text, parse_constant=_refuse_constant, parse_int=_parse_int,
                          object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise NetworkFileError(_decode_message(exc)) from None
    except RecursionError:  # unreachable after check_depth; kept as a last guard
        raise NetworkFileError(translate("Files", "nesting deeper than {MAX_DEPTH} levels").format(
            MAX_DEPTH=MAX_DEPTH)) from None
    except ValueError as exc:  # e.g. an integer literal of more than 4300 digits
        if isinstance(exc, NetworkFileError):
            raise
        raise NetworkFileError(translate("Files", "invalid JSON: {exc}").format(exc=exc)) from None


def check_size(n_bytes: int) -> None:
    """Refuse a text larger than :data:`MAX_FILE_BYTES`."""
    if n_bytes > MAX_FILE_BYTES:
        raise NetworkFileError(translate("Files", "the file is too large ({value:,.1f} MB; the limit is "
                                                  "{value2:,.0f} MB)").format(
            value=n_bytes / 1e6, value2=MAX_FILE_BYTES / 1e6))


def check_depth(data: bytes, limit: int = MAX_DEPTH) -> None:
    """Refuse nesting of arrays/objects deeper than ``limit``, without parsing.

    Strings are blanked out first (brackets inside them do not count); the running depth is a
    cumulative sum over the remaining brackets, one chunk at a time, stopping at the first
    chunk that goes too deep.
    """
    brackets = np.frombuffer(_STRING.sub(b'""', data).translate(None, _NOT_BRACKET), dtype=np.uint8)
    depth = 0
    for start in range(0, len(brackets), _SCAN_CHUNK):
        chunk = brackets[start:start + _SCAN_CHUNK]
        steps = np.where((chunk == _OPENERS[0]) | (chunk == _OPENERS[1]), 1, -1).astype(np.int64)
        running = np.cumsum(steps) + depth
        if running.max() > limit:
            raise NetworkFileError(translate("Files", "nesting deeper than {limit} levels; not a network file").format(
                limit=limit))
        depth = int(running[-1])


def _encode(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise NetworkFileError(translate("Files", "not valid Unicode text at character {start}").format(
            start=exc.start)) from None


def _decode(data: bytes) -> str:
    """UTF-8 (an optional byte-order mark is skipped), or an error naming line and column."""
    try:
        return bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _line_column(data, exc.start)
        raise NetworkFileError(translate("Files", "not UTF-8 text: invalid byte 0x{data:02x} at line {line}, column "
                                                  "{column}").format(
            data=data[exc.start], line=line, column=column)) from None


def _line_column(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    return line, offset - (data.rfind(b"\n", 0, offset) + 1) + 1


def _decode_message(exc: json.JSONDecodeError) -> str:
    where = f"line {exc.lineno}, column {exc.colno}"
    unterminated = exc.msg.startswith("Unterminated string")
    message = "Unterminated string starting here" if unterminated else exc.msg
    hint = " (is the file truncated?)" if unterminated or exc.pos >= len(exc.doc.rstrip()) else ""
    return f"invalid JSON at {where}: {message}{hint}"


MAX_INT_DIGITS = 4000
"""A JSON integer with more digits is refused (Python itself stops at 4300, with advice that
would not help a user)."""


def _parse_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        raise NetworkFileError(translate("Files", "a whole number of {digits:,} digits is too long (at most "
                                                  "{MAX_INT_DIGITS:,} digits); not a network file").format(
            digits=digits, MAX_INT_DIGITS=MAX_INT_DIGITS))
    return int(text)


def _refuse_constant(name: str):
    raise NetworkFileError(translate("Files", "{name} is not allowed: numbers must be finite").format(name=name))


def _unique_keys(pairs: list) -> dict:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise NetworkFileError(translate("Files", "duplicate key {dumps} in an object").format(
                    dumps=json.dumps(key)))
            seen.add(key)
    return obj


# -- writing ---------------------------------------------------------------------------------------
def format_json(value) -> str:
    """``value`` as indented JSON text ending with a newline; short lists on one line.

    Non-ASCII text is written as is; text that cannot be UTF-8 (lone surrogates) as ``\\u``
    escapes. Non-finite floats raise :class:`NetworkFileError`.
    """
    try:
        text = _format(value, 0, ascii_only=False) + "\n"
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = _format(value, 0, ascii_only=True) + "\n"
    except ValueError as exc:  # allow_nan=False
        raise NetworkFileError(translate("Files", "cannot write a value: {exc}").format(exc=exc)) from None
    except (TypeError, RecursionError) as exc:
        raise NetworkFileError(translate("Files", "cannot write a value: {exc}").format(exc=exc)) from None
    return text


def _format(value, level: int, ascii_only: bool) -> str:
    if isinstance(value, dict):
        return _format_object(value, level, ascii_only)
    if isinstance(value, list | tuple):
        return _format_list(value, level, ascii_only)
    return json.dumps(value, allow_nan=False, ensure_ascii=ascii_only)


def _format_object(value: dict, level: int, ascii_only: bool) -> str:
    if not value:
        return "{}"
    pad = "  " * (level + 1)
    items = [f"{pad}{json.dumps(str(key), ensure_ascii=ascii_only)}: {_format(item, level + 1, ascii_only)}"
             for key, item in value.items()]
    return "{\n" + ",\n".join(items) + "\n" + "  " * level + "}"


def _format_list(value, level: int, ascii_only: bool) -> str:
    if not set(map(type, value)) & _CONTAINERS:  # a type scan at C speed (rows of 10⁵ floats)
        return json.dumps(list(value), allow_nan=False, ensure_ascii=ascii_only)
    if _small(value):
        one_line = json.dumps(value, allow_nan=False, ensure_ascii=ascii_only)
        if len(one_line) <= _ONE_LINE:
            return one_line
    pad = "  " * (level + 1)
    items = [pad + _format(item, level + 1, ascii_only) for item in value]
    return "[\n" + ",\n".join(items) + "\n" + "  " * level + "]"


def _small(value, budget: int = 32) -> bool:
    """Whether ``value`` holds at most ``budget`` values in all (cheap: stops early)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list | tuple):
            budget -= len(item)
            if budget < 0:
                return False
            stack.extend(item)
    return True

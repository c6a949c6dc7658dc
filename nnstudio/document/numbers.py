"""How the interface writes decimals: a point in English, a comma in French (as French schools write it).

Qt-free and process-wide: the GUI switches it once at start-up (``use_decimal_comma(True)`` when the
interface is French); the CLI and the files never call it, so JSON, CSV and the CLI keep the point.

``localize("0.5")`` → ``"0,5"`` in French; ``localize_list(["0.5", "1"])`` → ``"0,5 ; 1"`` (a list of
decimal-comma numbers is separated by semicolons); ``parse_float("0,5") == parse_float("0.5") == 0.5``.
"""

from __future__ import annotations

import re

_state = {"comma": False}
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def use_decimal_comma(on: bool) -> None:
    _state["comma"] = bool(on)


def decimal_comma() -> bool:
    return _state["comma"]


def localize(text: str) -> str:
    """The decimal points of the numbers in ``text`` as commas when the interface is French."""
    return _DECIMAL_POINT.sub(",", text) if _state["comma"] else text


def list_separator() -> str:
    """Between numbers in a list: ``", "`` in English, ``" ; "`` in French."""
    return " ; " if _state["comma"] else ", "


def localize_list(items) -> str:
    return list_separator().join(localize(str(item)) for item in items)


def parse_float(text: str) -> float:
    """A number typed with a decimal point or a decimal comma (``"0,5"``, ``"0.5"``, ``"1,5e-3"``)."""
    cleaned = str(text).strip().replace("\u2212", "-").replace(",", ".")
    return float(cleaned)


def split_numbers(text: str) -> list[str]:
    """The numbers of a typed list: separated by ``;``, a comma and a space, or spaces; in English a
    bare comma separates too (``"0.5,1"``), in French it is the decimal comma (``"0,5 ; 1"``)."""
    parts = [p for p in re.split(r";|,\s+|\s+", str(text)) if p.strip()]
    if not _state["comma"]:
        parts = [q for p in parts for q in p.split(",") if q.strip()]
    return parts

"""The one number formatter: significant digits, the real minus, the decimal separator, typed entries."""

import math

import numpy as np
import pytest

from nnstudio.io import numbers
from nnstudio.io.numbers import MINUS, entry_text, fmt, parse, parse_entry, parse_values, percent


def test_fmt_rules():
    assert fmt(0.559714) == "0.5597" and fmt(-0.3) == f"{MINUS}0.3" and fmt(-0.0) == "0"
    assert fmt(1.2346e-7) == f"1.235e{MINUS}7"
    assert fmt(123456) == "1.235e5" and fmt(2.5, 6) == "2.5"
    assert fmt(float("nan")) == "NaN" and fmt(None, missing="—") == "—" and fmt(math.inf) == "∞"
    assert percent(0.9234) == "92.3 %" and percent(float("nan")) == "–"


def test_the_decimal_separator_is_set_in_one_place(monkeypatch):
    monkeypatch.setattr(numbers, "DECIMAL_SEPARATOR", ",")
    assert fmt(-0.25) == f"{MINUS}0,25" and percent(0.5) == "50,0 %" and entry_text(0.1) == "0,1"
    assert parse(fmt(-0.25)) == -0.25 and parse_entry("0,5") == 0.5


@pytest.mark.parametrize("value", [0.1, -1e-8, 3.0, 1 / 3, 1e300, -0.0])
def test_an_exact_entry_reads_back_as_the_same_float(value):
    assert parse_entry(entry_text(value)) == value
    assert parse_entry(entry_text(value, 6)) == pytest.approx(value, rel=1e-5)


def test_entries_accept_what_learners_type_and_name_what_is_wrong():
    assert parse_entry(" 3e-3 ") == 0.003 and parse_entry(f"{MINUS}2") == -2.0 and parse_entry("0,5") == 0.5
    with pytest.raises(ValueError, match="not a number: 'abc'"):
        parse_entry("abc")
    with pytest.raises(ValueError, match="finite"):
        parse_entry("inf")


def test_lists_of_values():
    assert np.array_equal(parse_values(f"0.5; {MINUS}1 2"), [0.5, -1.0, 2.0])
    with pytest.raises(ValueError, match="'x' is not a number"):
        parse_values("1, x", what="rates")
    with pytest.raises(ValueError, match="type at least one number"):
        parse_values("  ")

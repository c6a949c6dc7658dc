"""Fixtures of tests/io: generated CSV files shaped like real data sets (see generated_csv.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from generated_csv import write_housing_like, write_mushrooms_like


@pytest.fixture(scope="session")
def mushrooms_csv(tmp_path_factory) -> Path:
    return write_mushrooms_like(tmp_path_factory.mktemp("data") / "mushrooms.csv")


@pytest.fixture(scope="session")
def housing_csv(tmp_path_factory) -> Path:
    return write_housing_like(tmp_path_factory.mktemp("data") / "california_housing.csv")

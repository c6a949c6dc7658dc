"""Generated CSV files shaped like the real data sets users bring (so no test needs files from
outside the repository): a mushrooms-like file (22 categorical inputs, the label ``class`` in
the *first* column, ``?`` for missing cells in ``stalk-root``) and a housing-like file (numeric
inputs with a few empty cells, a text column, a target in the hundreds of thousands)."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

MUSHROOM_COLUMNS = [
    "class", "cap-shape", "cap-surface", "cap-color", "bruises", "odor", "gill-attachment", "gill-spacing",
    "gill-size", "gill-color", "stalk-shape", "stalk-root", "stalk-surface-above-ring",
    "stalk-surface-below-ring", "stalk-color-above-ring", "stalk-color-below-ring", "veil-type", "veil-color",
    "ring-number", "ring-type", "spore-print-color", "population", "habitat"]
MUSHROOM_ROWS, MUSHROOM_MISSING = 1600, 480
HOUSING_ROWS, HOUSING_MISSING = 2000, 21
HOUSING_COLUMNS = ["longitude", "latitude", "housing_median_age", "total_rooms", "total_bedrooms", "population",
                   "households", "median_income", "median_house_value", "ocean_proximity"]
OCEAN = ["<1H OCEAN", "INLAND", "ISLAND", "NEAR BAY", "NEAR OCEAN"]
POISONOUS_ODORS = set("cfmpsy")


def write_mushrooms_like(path: Path, rows: int = MUSHROOM_ROWS, seed: int = 7) -> Path:
    """The class follows the odor exactly (as in the real data, odor alone is ~99 % right); the
    other columns are random letters; ``stalk-root`` is ``?`` in MUSHROOM_MISSING rows."""
    rng = np.random.default_rng(seed)
    letters = list("abcdefghklmnopstuwxy")
    missing = set(rng.choice(rows, MUSHROOM_MISSING, replace=False).tolist())
    with open(path, "w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(MUSHROOM_COLUMNS)
        for i in range(rows):
            odor = "acflmnpsy"[rng.integers(9)]
            cells = [letters[k] for k in rng.integers(0, 6, len(MUSHROOM_COLUMNS) - 2)]
            cells[9] = "?" if i in missing else cells[9]  # stalk-root (column 11 of the file)
            out.writerow(["p" if odor in POISONOUS_ODORS else "e", *cells[:4], odor, *cells[4:]])
    return path


def write_housing_like(path: Path, rows: int = HOUSING_ROWS, seed: int = 3) -> Path:
    """The house value is a noisy function of income, age and the ocean proximity (R² ≈ 0.85 for
    a small network); ``total_bedrooms`` is empty in HOUSING_MISSING rows."""
    rng = np.random.default_rng(seed)
    income = rng.gamma(4.0, 1.0, rows)
    age = rng.integers(1, 53, rows)
    ocean = rng.integers(0, len(OCEAN), rows)
    rooms = rng.integers(200, 8000, rows)
    value = 40_000 * income + 1_500 * age + np.array([60_000, -30_000, 150_000, 80_000, 70_000])[ocean]
    value = np.clip(value + rng.normal(0, 30_000, rows), 15_000, 500_001)
    missing = set(rng.choice(rows, HOUSING_MISSING, replace=False).tolist())
    with open(path, "w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HOUSING_COLUMNS)
        for i in range(rows):
            bedrooms = "" if i in missing else int(rooms[i] * rng.uniform(0.15, 0.25))
            people = int(rooms[i] * rng.uniform(1.5, 3.5))
            out.writerow([f"{rng.uniform(-124, -114):.2f}", f"{rng.uniform(32, 42):.2f}", age[i], rooms[i],
                          bedrooms, people, int(people / rng.uniform(2, 4)), f"{income[i]:.4f}",
                          f"{value[i]:.0f}", OCEAN[ocean[i]]])
    return path

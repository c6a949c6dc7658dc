"""Where the top-level ``resources/`` folder (examples, icons, styles) lives."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
EXAMPLES = RESOURCES / "examples"


def example_path(name: str) -> Path:
    return EXAMPLES / name


def example_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*.nnet"))

"""Where the top-level ``resources/`` folder (examples, icons, styles, lessons, data) lives."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
EXAMPLES = RESOURCES / "examples"
ICONS = RESOURCES / "icons"
STYLES = RESOURCES / "styles"
LESSONS = RESOURCES / "lessons"
DATA = RESOURCES / "data"


def example_path(name: str) -> Path:
    return EXAMPLES / name


def example_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*.nnet"))


def icon_path(name: str) -> Path:
    """``resources/icons/NAME.svg``."""
    return ICONS / f"{name}.svg"


def style_sheet(name: str) -> str:
    """The text of ``resources/styles/NAME.qss`` ('' when missing)."""
    try:
        return (STYLES / f"{name}.qss").read_text(encoding="utf-8")
    except OSError:
        return ""

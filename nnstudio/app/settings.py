"""Where preferences and autosaves live; both overridable for tests.

``NNSTUDIO_CONFIG_DIR`` puts the settings in ``$NNSTUDIO_CONFIG_DIR/nnstudio.ini``;
``NNSTUDIO_DATA_DIR`` replaces the user's data folder (autosaves). Tests set both to temporary
folders so they never touch the user's real settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

MAX_RECENT = 10


def app_settings() -> QSettings:
    folder = os.environ.get("NNSTUDIO_CONFIG_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / "nnstudio.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "NN Studio", "NN Studio")


def data_dir() -> Path:
    """The user's data folder for NN Studio (created on demand)."""
    folder = os.environ.get("NNSTUDIO_DATA_DIR")
    if not folder:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        if not folder:
            folder = str(Path.home() / ".nnstudio")
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def read_list(settings: QSettings, key: str) -> list[str]:
    value = settings.value(key, [])
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]


def recent_files(settings: QSettings) -> list[str]:
    return read_list(settings, "recent_files")[:MAX_RECENT]


def add_recent_file(settings: QSettings, path: str) -> list[str]:
    path = str(Path(path).resolve())
    files = [f for f in recent_files(settings) if f != path]
    files.insert(0, path)
    files = files[:MAX_RECENT]
    settings.setValue("recent_files", files)
    return files


def read_bool(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)

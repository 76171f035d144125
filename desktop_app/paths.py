"""Where the app keeps its data: one folder per user, owner-only."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from desktop_app.core.files import storage_error
from desktop_app.errors import StorageError
from desktop_app.i18n import _

ENV_VAR = "EVIDENCE_PACKET_HOME"


def default_data_dir() -> Path:
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("evidence-packet", appauthor=False))


def keep_files_private() -> None:
    """Make whatever this process writes from now on owner-only (umask 077): pages,
    thumbnails, text layers, SQLite's -wal and -shm files, packets, whichever code creates
    them. A process-wide setting, so only the program's entry points call it (the window's
    and the command line's ``main``), never a library class."""
    os.umask(0o077)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it owner-only (0700)."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if path.stat().st_mode & 0o077:
            path.chmod(0o700)
    except OSError as exc:
        raise storage_error(exc, path / ".") from exc
    if not path.is_dir():
        raise StorageError(_("{path} is not a folder.").format(path=path))
    return path

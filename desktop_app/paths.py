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

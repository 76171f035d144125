"""The data folder: database, originals, derived files and a private temp folder.

    <data>/evidence.db        cases, documents, pages, tabs (SQLite, WAL)
    <data>/originals/ab/abc…  imported files, byte for byte, named by SHA-256
    <data>/derived/<page id>/ files rebuilt from originals (OCR text layer, thumbnails)
    <data>/tmp/<pid>/         scratch space for OCR, one per process; a dead process's
                              is removed on the next open
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import sqlite_utils

from desktop_app.paths import ensure_private_dir
from desktop_app.storage.blobs import BlobStore
from desktop_app.storage.db import connect, transaction


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_leftovers(scratch: Path) -> None:
    """Delete scratch folders of processes that are gone (a crash, a kill -9)."""
    for entry in scratch.iterdir():
        if entry.name.isdigit() and _alive(int(entry.name)):
            continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Store:
    def __init__(self, root: Path) -> None:
        # Whatever this process writes (pages, thumbnails, text layers, SQLite's -wal and
        # -shm files, packets) is for the user alone, whichever code creates it.
        os.umask(0o077)
        self.root = ensure_private_dir(root)
        self.db: sqlite_utils.Database = connect(root / "evidence.db")
        (root / "evidence.db").chmod(0o600)
        self.originals = BlobStore(ensure_private_dir(root / "originals"))
        self.derived_root = ensure_private_dir(root / "derived")
        scratch = ensure_private_dir(root / "tmp")
        _remove_leftovers(scratch)
        # Each process has its own scratch folder: another window or a CLI run may be
        # reading pages in this data folder right now.
        self.tmp = ensure_private_dir(scratch / str(os.getpid()))

    def derived_dir(self, page_id: int) -> Path:
        return self.derived_root / str(page_id)

    def close(self) -> None:
        self.db.conn.close()

    def get_setting(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

"""The data folder: database, originals, derived files and a private temp folder.

    <data>/evidence.db        cases, documents, pages, tabs (SQLite, WAL)
    <data>/originals/ab/abc…  imported files, byte for byte, named by SHA-256
    <data>/derived/<page id>/ files rebuilt from originals (OCR text layer, thumbnails)
    <data>/tmp/<pid>/         scratch space for OCR, one per process; a dead process's
                              is removed on the next open
    <data>/key.json           only in a protected folder: the sealed data key (protection/keys.py)

A protected folder has the same layout; the database is SQLCipher and every file rests
sealed (``protection/vault.py``). Its scratch space is in the process's view, in memory.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import threading
from collections import Counter
from pathlib import Path

import sqlite_utils

from desktop_app.core.files import mark_internal
from desktop_app.paths import ensure_private_dir
from desktop_app.storage.blobs import BlobStore
from desktop_app.storage.db import connect, transaction
from desktop_app.storage.protection import conversion, keys
from desktop_app.storage.protection.vault import Vault, remove_dead, sweep_dead_views

DERIVED_CACHES = ("thumb-",)  # made again when missing: not kept at rest when protected
_open_lock = threading.Lock()
_open_here: Counter[str] = Counter()  # stores open in this process, by folder


def open_here(root: Path) -> int:
    """How many stores this process has open on ``root``."""
    with _open_lock:
        return _open_here[str(Path(root).resolve())]


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Store:
    def __init__(self, root: Path) -> None:
        self.root = ensure_private_dir(root)
        mark_internal(root)  # errors name the data folder, never a file inside it
        conversion.recover(root)  # finish or undo a protection a crash cut short
        data_keys = keys.key_for(root) if keys.is_protected(root) else None
        scratch = ensure_private_dir(root / "tmp")
        remove_dead(scratch)
        sweep_dead_views()  # unsealed copies a killed process left, of any folder
        self.vault = Vault(root, data_keys)
        self.db: sqlite_utils.Database = connect(root / "evidence.db", data_keys)
        (root / "evidence.db").chmod(0o600)
        self.originals = BlobStore(self.vault)
        self.derived_root = ensure_private_dir(root / "derived")
        # Each process has its own scratch folder: another window or a CLI run may be
        # reading pages in this data folder right now. A protected folder's is in memory.
        self.tmp = ensure_private_dir(self.vault.view / "tmp" if data_keys
                                      else scratch / str(os.getpid()))
        self._id = str(root.resolve())
        with _open_lock:
            _open_here[self._id] += 1

    @property
    def protected(self) -> bool:
        return self.vault.sealed

    def derived_dir(self, page_id: int) -> Path:
        """The folder to read page ``page_id``'s derived files from (in a protected
        folder: the view, up to date with what rests) and to keep caches in."""
        return self.vault.folder(f"derived/{page_id}", caches=DERIVED_CACHES)

    def keep_derived(self, page_id: int, source: Path) -> None:
        """Make the files in ``source`` (``derived_output``) page ``page_id``'s derived
        files at rest; thumbnails and caches stay out."""
        self.vault.keep_folder(f"derived/{page_id}", source, skip=DERIVED_CACHES)

    def derived_output(self, page_id: int, *, fresh: bool = True) -> Path:
        """Where processing writes page ``page_id``'s derived files: the page's own
        folder in a plain data folder; a folder in the view when protected, sealed into
        place by ``keep_derived`` once the page is done (so a half-done page never
        replaces a good one)."""
        if not self.protected:
            return self.derived_dir(page_id)
        out = self.tmp / f"out-{page_id}"
        if fresh and out.exists():
            shutil.rmtree(out, ignore_errors=True)
        return out

    def drop_output(self, page_id: int) -> None:
        if self.protected:
            shutil.rmtree(self.tmp / f"out-{page_id}", ignore_errors=True)

    def remove_derived(self, page_id: int) -> None:
        self.vault.remove(f"derived/{page_id}")

    def close(self) -> None:
        self.db.conn.close()
        with _open_lock:
            last = bool(self._id) and _open_here[self._id] == 1
            if self._id:
                _open_here[self._id] -= 1
            self._id = ""
        if last and not self.protected:  # the process no longer uses the folder
            shutil.rmtree(self.tmp, ignore_errors=True)

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

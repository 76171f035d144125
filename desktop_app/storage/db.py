"""Open the case database: WAL, foreign keys, durable commits, schema migrated."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from desktop_app.core import sealed
from desktop_app.core.files import storage_error
from desktop_app.errors import StorageError
from desktop_app.i18n import _
from desktop_app.storage.schema import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    from desktop_app.storage.protection.keys import DataKeys


def sqlcipher() -> Any:
    from sqlcipher3 import dbapi2  # type: ignore[import-untyped]

    return dbapi2


def database_errors() -> tuple[type[Exception], ...]:
    """What a database error is, whichever SQLite (the standard one, or SQLCipher for a
    protected folder) raised it."""
    return (sqlite3.DatabaseError, sqlcipher().DatabaseError)


def open_connection(path: Path, keys: DataKeys | None) -> Any:
    """A raw connection: the standard sqlite3 for a plain folder, SQLCipher with the
    folder's raw database key for a protected one (temporary tables in memory only)."""
    if keys is None:
        return sqlite3.connect(path, isolation_level=None, timeout=30.0)
    conn = sqlcipher().connect(str(path), isolation_level=None, timeout=30.0)
    conn.execute(keys.sqlcipher_pragma())
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the key opens it
    return conn


def connect(path: Path, keys: DataKeys | None = None) -> sqlite_utils.Database:
    if path.parent.is_dir() and not os.access(path.parent, os.W_OK):
        # SQLite would call it a damaged database; it is a folder that cannot be written.
        raise storage_error(OSError(errno.EROFS, os.strerror(errno.EROFS)), path)
    try:
        conn = open_connection(path, keys)
        use_wal(conn)
        # FULL in WAL mode makes every commit durable through a power cut.
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=30000")
    except database_errors() as exc:
        if keys is None and _encrypted(path):
            raise StorageError(
                _("The case database {path} is encrypted, but the data folder's key file "
                  "(key.json) is missing: nothing in the folder can be opened without it."
                  ).format(path=path),
                _("Put key.json back from a backup of this data folder.")) from exc
        raise StorageError(
            _("The case database {path} cannot be opened: {error}").format(
                path=path, error=exc
            ),
            _("Restore it from a backup or archive; your originals are kept beside it."),
        ) from exc
    db = sqlite_utils.Database(conn)
    migrate(db, path)
    return db


BUSY_SECONDS = 30.0


def use_wal(conn: Any) -> None:
    """Switch to the WAL journal. While another connection writes a new database still in
    its first journal (another window or command making the same new data folder),
    SQLite refuses the switch at once, without waiting out the busy timeout as it does
    for any other lock: wait for that writer the same way, briefly and again."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except database_errors() as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            pause(0.02)


def pause(seconds: float) -> None:
    time.sleep(seconds)


def _encrypted(path: Path) -> bool:
    """A database that is not plain SQLite, beside stored files sealed under a folder
    key: a protected folder's."""
    try:
        with path.open("rb") as fh:
            if fh.read(16) == b"SQLite format 3\x00":
                return False
        for stored in sorted((path.parent / "originals").glob("*/*"))[:20]:
            with stored.open("rb") as fh:
                if sealed.is_sealed(fh.read(len(sealed.MAGIC))):
                    return True
    except OSError:
        return False
    return False


def migrate(db: sqlite_utils.Database, path: Path) -> None:
    """Bring the schema up to date, one migration per transaction. The version is read
    inside the write transaction, so two processes opening a new data folder at once
    cannot both apply the same migration."""
    while True:
        with transaction(db):  # DDL is transactional in SQLite
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StorageError(
                    _("The data folder was written by a newer version of the app."),
                    _("Update Evidence Packet to open it."),
                )
            if version == SCHEMA_VERSION:
                return
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """All the statements inside commit together or not at all."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")

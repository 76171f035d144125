"""Redaction areas (per page) and redaction patterns (per case).

Areas are stored in fractions of the page turned upright but before the user's own turn
(see ``schema._v5``); converting to and from the page as shown is the service's job.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from desktop_app.errors import NotFoundError
from desktop_app.i18n import _
from desktop_app.storage.db import transaction
from desktop_app.storage.store import now

Rect = tuple[float, float, float, float]


@dataclass(frozen=True)
class StoredArea:
    id: int
    page_id: int
    rect: Rect  # upright frame, before the user's turn
    document_id: int
    document_title: str
    page_number: int  # 1-based within its document


@dataclass(frozen=True)
class StoredPattern:
    id: int
    case_id: int
    kind: str
    value: str


_AREA_SQL = (
    "SELECT a.id, a.page_id, a.x0, a.y0, a.x1, a.y1, d.id, d.title, p.source_index"
    " FROM redaction_areas a JOIN pages p ON p.id = a.page_id"
    " JOIN documents d ON d.id = p.document_id"
)


def _area(row: Sequence[Any]) -> StoredArea:
    return StoredArea(
        id=int(row[0]),
        page_id=int(row[1]),
        rect=(float(row[2]), float(row[3]), float(row[4]), float(row[5])),
        document_id=int(row[6]),
        document_title=str(row[7]),
        page_number=int(row[8]) + 1,
    )


def add_area(db: sqlite_utils.Database, page_id: int, rect: Rect) -> StoredArea:
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO redaction_areas(page_id, x0, y0, x1, y1, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [page_id, *rect, now()],
        )
        area_id = int(cursor.lastrowid or 0)
    return get_area(db, area_id)


def get_area(db: sqlite_utils.Database, area_id: int) -> StoredArea:
    row = db.execute(_AREA_SQL + " WHERE a.id = ?", [area_id]).fetchone()
    if row is None:
        raise NotFoundError(_("There is no redaction area {id}.").format(id=area_id),
                            _("List the case's redactions to see their numbers."))
    return _area(row)


def remove_area(db: sqlite_utils.Database, area_id: int) -> None:
    with transaction(db):
        db.execute("DELETE FROM redaction_areas WHERE id = ?", [area_id])


def restore_area(db: sqlite_utils.Database, area: StoredArea) -> StoredArea:
    """Put a removed area back under its old number (undo)."""
    with transaction(db):
        db.execute(
            "INSERT OR REPLACE INTO redaction_areas(id, page_id, x0, y0, x1, y1, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [area.id, area.page_id, *area.rect, now()],
        )
    return get_area(db, area.id)


def areas_for_page(db: sqlite_utils.Database, page_id: int) -> list[StoredArea]:
    rows = db.execute(_AREA_SQL + " WHERE a.page_id = ? ORDER BY a.id", [page_id]).fetchall()
    return [_area(r) for r in rows]


def areas_for_case(db: sqlite_utils.Database, case_id: int) -> list[StoredArea]:
    rows = db.execute(
        _AREA_SQL + " WHERE d.case_id = ? ORDER BY d.position, d.id, p.source_index, a.id",
        [case_id],
    ).fetchall()
    return [_area(r) for r in rows]


def case_of_area(db: sqlite_utils.Database, area_id: int) -> int:
    row = db.execute(
        "SELECT d.case_id FROM redaction_areas a JOIN pages p ON p.id = a.page_id"
        " JOIN documents d ON d.id = p.document_id WHERE a.id = ?",
        [area_id],
    ).fetchone()
    if row is None:
        raise NotFoundError(_("There is no redaction area {id}.").format(id=area_id),
                            _("List the case's redactions to see their numbers."))
    return int(row[0])


# --- patterns -----------------------------------------------------------------------------


def patterns(db: sqlite_utils.Database, case_id: int) -> list[StoredPattern]:
    rows = db.execute(
        "SELECT id, case_id, kind, value FROM redaction_patterns WHERE case_id = ? ORDER BY id",
        [case_id],
    ).fetchall()
    return [StoredPattern(int(r[0]), int(r[1]), str(r[2]), str(r[3])) for r in rows]


def set_pattern(db: sqlite_utils.Database, case_id: int, kind: str, value: str,
                on: bool) -> None:
    with transaction(db):
        if on:
            db.execute(
                "INSERT OR IGNORE INTO redaction_patterns(case_id, kind, value, created_at)"
                " VALUES (?, ?, ?, ?)",
                [case_id, kind, value, now()],
            )
        else:
            db.execute(
                "DELETE FROM redaction_patterns WHERE case_id = ? AND kind = ? AND value = ?",
                [case_id, kind, value],
            )


# --- redacting everywhere ------------------------------------------------------------------


@dataclass(frozen=True)
class PageChange:
    """A page of a document whose stored copy was replaced by its redacted copy."""

    page_id: int
    width: float
    height: float
    rotation_auto: int  # the turn the new copy still needs (0 for a straightened scan)
    text: str
    words: list[list[Any]] | None


def page_text(db: sqlite_utils.Database, page_id: int) -> tuple[str, list[list[Any]] | None]:
    """A page's stored text and OCR word boxes."""
    row = db.execute("SELECT text, words FROM pages WHERE id = ?", [page_id]).fetchone()
    words = json.loads(row[1]) if row and row[1] else None
    return (str(row[0]) if row else ""), words


def replace_document(db: sqlite_utils.Database, document_id: int, sha256: str, size: int,
                     kind: str, changes: Sequence[PageChange]) -> list[str]:
    """Make ``sha256`` the document's stored copy and update its pages (inside the
    caller's transaction); return the SHA-256s it no longer uses."""
    old = db.execute("SELECT sha256, working_sha256 FROM documents WHERE id = ?",
                     [document_id]).fetchone()
    db.execute("INSERT OR IGNORE INTO originals(sha256, size, kind, created_at) "
               "VALUES (?, ?, ?, ?)", [sha256, size, kind, now()])
    db.execute("UPDATE documents SET sha256 = ?, working_sha256 = NULL, kind = ? WHERE id = ?",
               [sha256, kind, document_id])
    for change in changes:
        db.execute(
            "UPDATE pages SET width = ?, height = ?, rotation_auto = ?, skew = 0, cleaned = 0,"
            " text = ?, words = ? WHERE id = ?",
            [change.width, change.height, change.rotation_auto, change.text,
             None if change.words is None else json.dumps(change.words), change.page_id])
    return [sha for sha in (old[0], old[1]) if sha and sha != sha256]


def drop_unused_originals(db: sqlite_utils.Database, shas: Sequence[str]) -> list[str]:
    """Delete the originals rows no document uses any more (inside the caller's
    transaction); return those dropped."""
    dropped = []
    for sha in dict.fromkeys(shas):
        used = db.execute("SELECT 1 FROM documents WHERE sha256 = ? OR working_sha256 = ? "
                          "LIMIT 1", [sha, sha]).fetchone()
        if used is None:
            db.execute("DELETE FROM originals WHERE sha256 = ?", [sha])
            dropped.append(sha)
    return dropped


# Tables whose rows hold text read from a document (the assistant's suggestion and what it
# learned from it), and the document's own names: scrubbed of redacted words too.
_DOCUMENT_TEXT = ("suggestions", "assistant_examples")


def scrub_document_text(db: sqlite_utils.Database, document_id: int,
                        scrub: Callable[[str], str]) -> None:
    """Pass every text value that rows about ``document_id`` keep through ``scrub``
    (inside the caller's transaction)."""
    targets = [(t, "document_id") for t in _DOCUMENT_TEXT] + [("documents", "id")]
    for table, key in targets:
        columns = [str(c[1]) for c in db.execute(f'PRAGMA table_info("{table}")').fetchall()
                   if "TEXT" in str(c[2]).upper()]
        for column in columns:
            for rowid, value in db.execute(
                    f'SELECT rowid, "{column}" FROM "{table}" WHERE "{key}" = ?',
                    [document_id]).fetchall():
                if isinstance(value, str) and (new := scrub(value)) != value:
                    db.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?',
                               [new, rowid])


def secure_delete(db: sqlite_utils.Database, on: bool) -> bool:
    """Turn SQLite's secure_delete on or off for this connection (freed space is
    overwritten with zeros); returns what it was."""
    was = bool(db.execute("PRAGMA secure_delete").fetchone()[0])
    db.execute(f"PRAGMA secure_delete = {1 if on else 0}")
    return was


def purge_removed_text(db: sqlite_utils.Database) -> None:
    """Leave no copy of text taken out of pages in the database files: the search index
    merged into one segment (its deleted entries gone), then the write-ahead log copied
    into the database and emptied."""
    with transaction(db):
        db.execute("INSERT INTO pages_fts(pages_fts) VALUES ('optimize')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

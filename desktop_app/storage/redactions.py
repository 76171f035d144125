"""Redaction areas (per page) and redaction patterns (per case).

Areas are stored in fractions of the page turned upright but before the user's own turn
(see ``schema._v5``); converting to and from the page as shown is the service's job.
"""

from __future__ import annotations

from collections.abc import Sequence
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

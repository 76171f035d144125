"""The review's tables (schema v3): dismissed findings, currency windows per case, and
the page facts the review caches by page id; and the one read that gathers a case's
pages for the review."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from desktop_app.core.review.facts import LOOK_HEX
from desktop_app.core.review.model import ReviewSettings
from desktop_app.storage.cases import touch
from desktop_app.storage.db import transaction
from desktop_app.storage.store import now


def change_stamp(db: sqlite_utils.Database) -> tuple[int, int]:
    """Changes whenever the database changes: commits by other connections
    (``data_version``) or by this one (``total_changes``)."""
    return int(db.execute("PRAGMA data_version").fetchone()[0]), int(db.conn.total_changes)


# --- dismissals --------------------------------------------------------------------------


def dismissals(db: sqlite_utils.Database, case_id: int) -> dict[str, str]:
    """{finding key: the reason the user gave}."""
    rows = db.execute("SELECT key, reason FROM review_dismissals WHERE case_id = ?",
                      [case_id]).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


def dismiss(db: sqlite_utils.Database, case_id: int, key: str, reason: str) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO review_dismissals(case_id, key, reason, dismissed_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(case_id, key) DO UPDATE SET "
            "reason = excluded.reason, dismissed_at = excluded.dismissed_at",
            [case_id, key, reason, now()],
        )
        touch(db, case_id)


def restore(db: sqlite_utils.Database, case_id: int, key: str) -> bool:
    with transaction(db):
        cursor = db.execute("DELETE FROM review_dismissals WHERE case_id = ? AND key = ?",
                            [case_id, key])
        touch(db, case_id)
    return cursor.rowcount > 0


# --- currency windows --------------------------------------------------------------------


def settings(db: sqlite_utils.Database, case_id: int) -> ReviewSettings:
    row = db.execute("SELECT medical_months, pay_stub_months FROM review_settings "
                     "WHERE case_id = ?", [case_id]).fetchone()
    return ReviewSettings(int(row[0]), int(row[1])) if row else ReviewSettings()


def set_settings(db: sqlite_utils.Database, case_id: int, value: ReviewSettings) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO review_settings(case_id, medical_months, pay_stub_months) "
            "VALUES (?, ?, ?) ON CONFLICT(case_id) DO UPDATE SET "
            "medical_months = excluded.medical_months, "
            "pay_stub_months = excluded.pay_stub_months",
            [case_id, value.medical_months, value.pay_stub_months],
        )
        touch(db, case_id)


# --- pages and their cached facts --------------------------------------------------------


@dataclass(frozen=True)
class ReviewPage:
    """A page as the review reads it, with its cached facts (None where not measured, or
    measured when the page was turned differently)."""

    id: int
    document_id: int
    source_index: int
    width: float
    height: float
    native_text: bool
    status: str
    excluded: bool
    confidence: float | None
    text: str
    rotation: int
    kind: str
    sha256: str  # the file to draw the page from
    look: str | None  # the page's look in hex (``facts.look_to_hex``), column ``dhash``
    ink: float | None
    mean: float | None
    pixel_dpi: float | None
    image_dpi: float | None
    measured: bool  # facts cached for the page as it is shown now (and of today's kind)


def case_pages(db: sqlite_utils.Database, case_id: int) -> list[ReviewPage]:
    rows = db.execute(
        "SELECT p.id, p.document_id, p.source_index, p.width, p.height, p.native_text,"
        " p.status, p.excluded, p.confidence, p.text,"
        " (p.rotation_auto + p.rotation_user) % 360, d.kind,"
        " coalesce(d.working_sha256, d.sha256), f.dhash, f.ink, f.mean, f.pixel_dpi,"
        " f.image_dpi, f.rotation"
        " FROM pages p JOIN documents d ON d.id = p.document_id"
        " LEFT JOIN page_facts f ON f.page_id = p.id"
        " WHERE d.case_id = ? ORDER BY p.document_id, p.source_index",
        [case_id],
    ).fetchall()
    return [
        ReviewPage(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], bool(r[7]), r[8], r[9],
                   r[10], r[11], r[12], r[13], r[14], r[15], r[16], r[17],
                   r[18] is not None and r[18] == r[10]
                   and (r[13] is None or len(r[13]) == LOOK_HEX))
        for r in rows
    ]


@dataclass(frozen=True)
class MeasuredPage:
    """Facts measured for a page (all None: its picture could not be drawn; kept so it
    is not tried again until the page is turned)."""

    page_id: int
    rotation: int
    look: str | None = None
    ink: float | None = None
    mean: float | None = None
    pixel_dpi: float | None = None
    image_dpi: float | None = None


def save_facts(db: sqlite_utils.Database, measured: Sequence[MeasuredPage]) -> None:
    if not measured:
        return
    with transaction(db):
        for m in measured:
            db.execute(
                "INSERT OR REPLACE INTO page_facts(page_id, rotation, dhash, ink, mean,"
                " pixel_dpi, image_dpi) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [m.page_id, m.rotation, m.look, m.ink, m.mean, m.pixel_dpi, m.image_dpi],
            )


def document_types(db: sqlite_utils.Database, case_id: int) -> dict[int, str]:
    """The assistant's document type of each document that has a suggestion."""
    rows = db.execute(
        "SELECT s.document_id, s.document_type FROM suggestions s "
        "JOIN documents d ON d.id = s.document_id WHERE d.case_id = ?", [case_id]
    ).fetchall()
    return {int(r[0]): str(r[1]) for r in rows}

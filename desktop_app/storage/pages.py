"""Pages: the work queue of OCR, its results, the user's edits, and full-text search."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from desktop_app.core.capture.geometry import Quad, as_quad
from desktop_app.core.models import Page, SearchHit, Slots
from desktop_app.errors import InvalidInputError, NotFoundError
from desktop_app.i18n import _
from desktop_app.storage.db import transaction

_COLUMNS = (
    "id, document_id, source_index, width, height, native_text, status, error,"
    " rotation_auto, rotation_user, skew, excluded, confidence, text, cleaned,"
    " crop_auto, crop_user, crop_by_user, blank"
)


def _page(row: Sequence[Any]) -> Page:
    return Page(
        id=row[0],
        document_id=row[1],
        source_index=row[2],
        width=row[3],
        height=row[4],
        native_text=bool(row[5]),
        status=row[6],
        error=row[7],
        rotation=(row[8] + row[9]) % 360,
        rotation_auto=row[8],
        rotation_user=row[9],
        skew=row[10],
        excluded=bool(row[11]),
        confidence=row[12],
        text=row[13],
        cleaned=bool(row[14]),
        crop=_quad(row[16] if row[17] else row[15]),
        crop_by_user=bool(row[17]),
        blank=bool(row[18]),
    )


def _quad(text: str | None) -> Quad | None:
    """A stored outline; None when there is none, or when what is stored is not one (a
    damaged or doctored archive must not break the page: the whole image is shown)."""
    if not text:
        return None
    try:
        return as_quad(json.loads(text))
    except (ValueError, TypeError):
        return None


def _json(quad: Quad | None) -> str | None:
    return None if quad is None else json.dumps([[round(x, 2), round(y, 2)] for x, y in quad])


def for_document(db: sqlite_utils.Database, document_id: int) -> list[Page]:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM pages WHERE document_id = ? ORDER BY source_index",
        [document_id],
    ).fetchall()
    return [_page(r) for r in rows]


def get(db: sqlite_utils.Database, page_id: int) -> Page:
    row = db.execute(f"SELECT {_COLUMNS} FROM pages WHERE id = ?", [page_id]).fetchone()
    if row is None:
        raise NotFoundError(_("There is no page {id}.").format(id=page_id))
    return _page(row)


def case_of(db: sqlite_utils.Database, page_id: int) -> int:
    row = db.execute(
        "SELECT d.case_id FROM pages p JOIN documents d ON d.id = p.document_id WHERE p.id = ?",
        [page_id],
    ).fetchone()
    if row is None:
        raise NotFoundError(_("There is no page {id}.").format(id=page_id))
    return int(row[0])


# --- the work queue -------------------------------------------------------------------------


@dataclass(frozen=True)
class PendingPage:
    page_id: int
    document_id: int
    source_index: int
    kind: str
    sha256: str  # the file to read the page from


def pending(db: sqlite_utils.Database, case_id: int | None = None) -> list[PendingPage]:
    sql = (
        "SELECT p.id, p.document_id, p.source_index, d.kind,"
        " coalesce(d.working_sha256, d.sha256) FROM pages p"
        " JOIN documents d ON d.id = p.document_id WHERE p.status = 'pending'"
    )
    args: list[Any] = []
    if case_id is not None:
        sql += " AND d.case_id = ?"
        args.append(case_id)
    rows = db.execute(sql + " ORDER BY d.id, p.source_index", args).fetchall()
    return [PendingPage(*r) for r in rows]


def unread_count(db: sqlite_utils.Database, case_id: int | None = None) -> int:
    """Pages not read yet: waiting, or left 'processing' by a crash (the next run takes
    them back)."""
    sql = ("SELECT count(*) FROM pages p JOIN documents d ON d.id = p.document_id"
           " WHERE p.status IN ('pending', 'processing')")
    args: list[Any] = []
    if case_id is not None:
        sql += " AND d.case_id = ?"
        args.append(case_id)
    return int(db.execute(sql, args).fetchone()[0])


def mark_processing(db: sqlite_utils.Database, page_ids: Sequence[int]) -> None:
    with transaction(db):
        for page_id in page_ids:
            db.execute(
                "UPDATE pages SET status = 'processing' WHERE id = ? AND status = 'pending'",
                [page_id],
            )


def requeue_interrupted(db: sqlite_utils.Database) -> int:
    """Pages left 'processing' by a crash or a cancel go back to the queue."""
    with transaction(db):
        cursor = db.execute(
            "UPDATE pages SET status = 'pending' WHERE status = 'processing'"
        )
    return int(cursor.rowcount)


def retry_failed(db: sqlite_utils.Database, document_id: int) -> int:
    with transaction(db):
        cursor = db.execute(
            "UPDATE pages SET status = 'pending', error = NULL "
            "WHERE document_id = ? AND status = 'failed'",
            [document_id],
        )
    return int(cursor.rowcount)


def save_ocr(
    db: sqlite_utils.Database,
    page_id: int,
    *,
    text: str,
    words: list[list[Any]],
    confidence: float | None,
    rotation: int,
    skew: float,
    cleaned: bool,
    languages: str,
    crop: Quad | None = None,
    blank: bool = False,
    slots: Slots | None = None,
) -> None:
    """The result of reading a page; ``crop`` is the outline processing found (kept for
    "Reset" even where the user's own outline is the one used)."""
    with transaction(db):
        db.execute(
            "UPDATE pages SET status = 'done', error = NULL, text = ?, words = ?,"
            " confidence = ?, rotation_auto = ?, skew = ?, cleaned = ?, ocr_languages = ?,"
            " crop_auto = ?, blank = ?, form_empty = ?, form_filled = ? WHERE id = ?",
            [text, json.dumps(words), confidence, rotation, skew, int(cleaned), languages,
             _json(crop), int(blank), *((slots.empty, slots.filled) if slots else (0, 0)),
             page_id],
        )
        # The review's facts were measured on the page as it was shown before (another
        # outline makes another straightened page): measure it again.
        db.execute("DELETE FROM page_facts WHERE page_id = ?", [page_id])


def save_failure(db: sqlite_utils.Database, page_id: int, reason: str) -> None:
    with transaction(db):
        db.execute(
            "UPDATE pages SET status = 'failed', error = ? WHERE id = ?", [reason, page_id]
        )


# --- the user's edits -------------------------------------------------------------------------


def rotate(db: sqlite_utils.Database, page_id: int, degrees: int) -> Page:
    if degrees % 90:
        raise InvalidInputError(_("Pages turn in steps of 90 degrees."))
    with transaction(db):
        db.execute(
            "UPDATE pages SET rotation_user = (rotation_user + ? + 360) % 360 WHERE id = ?",
            [degrees % 360, page_id],
        )
    return get(db, page_id)


def set_crop(db: sqlite_utils.Database, page_id: int, quad: Quad | None, *,
             by_user: bool = True) -> Page:
    """Set the page's outline by hand (``quad`` None: the whole image), or go back to
    the one processing finds (``by_user`` False); either way the page is read again."""
    with transaction(db):
        db.execute(
            "UPDATE pages SET crop_user = ?, crop_by_user = ?, status = 'pending',"
            " error = NULL WHERE id = ? AND native_text = 0",
            [_json(quad) if by_user else None, int(by_user), page_id],
        )
    return get(db, page_id)


def found_crop(db: sqlite_utils.Database, page_id: int) -> Quad | None:
    """The outline processing found (None: the whole image, or not processed yet)."""
    row = db.execute("SELECT crop_auto FROM pages WHERE id = ?", [page_id]).fetchone()
    return _quad(row[0]) if row else None


def crop_job(db: sqlite_utils.Database, page_id: int) -> tuple[Quad | None, bool]:
    """What processing needs of a page's outline: the user's (and True), or (None,
    False) when processing is to find it."""
    row = db.execute("SELECT crop_user, crop_by_user FROM pages WHERE id = ?",
                     [page_id]).fetchone()
    if row is None or not row[1]:
        return None, False
    return _quad(row[0]), True


def set_excluded(db: sqlite_utils.Database, page_id: int, excluded: bool) -> Page:
    with transaction(db):
        db.execute("UPDATE pages SET excluded = ? WHERE id = ?", [int(excluded), page_id])
    return get(db, page_id)


# --- search -------------------------------------------------------------------------------------


def fts_query(text: str) -> str:
    """Turn what a person types into a safe FTS5 query: every word must appear.

    "quoted words" stay a phrase; a trailing * searches by prefix. FTS5 operators typed
    by accident (AND, -, :, parentheses) are treated as plain words.
    """
    parts: list[str] = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', text):
        if phrase:
            tokens = re.findall(r"\w+", phrase)
            if tokens:
                parts.append('"' + " ".join(tokens) + '"')
            continue
        prefix = word.endswith("*")
        for token in re.findall(r"\w+", word):
            parts.append(f'"{token}"')
        if prefix and parts:
            parts[-1] += "*"
    return " ".join(parts)


def search(
    db: sqlite_utils.Database, case_id: int, text: str, limit: int = 50
) -> list[SearchHit]:
    query = fts_query(text)
    if not query:
        return []
    rows = db.execute(
        "SELECT p.document_id, p.id, p.source_index, d.title,"
        " snippet(pages_fts, 0, '[', ']', '…', 12)"
        " FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid"
        " JOIN documents d ON d.id = p.document_id"
        " WHERE pages_fts MATCH ? AND d.case_id = ? ORDER BY rank LIMIT ?",
        [query, case_id, limit],
    ).fetchall()
    return [
        SearchHit(document_id=r[0], page_id=r[1], page=r[2] + 1, snippet=r[4], document_title=r[3])
        for r in rows
    ]

"""Documents: one per imported file, filed under a tab (or not yet filed), in order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from desktop_app.core.models import Document, DocumentStatus, Slots
from desktop_app.errors import InvalidInputError, NotFoundError
from desktop_app.i18n import _
from desktop_app.storage.cases import touch
from desktop_app.storage.db import transaction
from desktop_app.storage.store import now


@dataclass(frozen=True)
class NewPage:
    source_index: int
    width: float
    height: float
    native_text: bool
    text: str = ""
    slots: Slots = Slots()  # a page of text of its own: a form's places to fill in


_SELECT = """
SELECT d.id, d.case_id, d.title, d.source_name, d.kind, d.sha256, t.key, d.position,
       d.doc_date, d.language, count(p.id),
       sum(p.status = 'pending'), sum(p.status = 'processing'), sum(p.status = 'failed'),
       avg(CASE WHEN p.native_text = 0 AND p.status = 'done' THEN p.confidence END),
       group_concat(CASE WHEN p.status = 'failed' THEN
           'page ' || (p.source_index + 1) || ': ' || p.error END, char(10))
FROM documents d
LEFT JOIN tabs t ON t.id = d.tab_id
LEFT JOIN pages p ON p.document_id = d.id
"""
_ORDER = " GROUP BY d.id ORDER BY t.position IS NULL, t.position, d.position, d.id"


def _status(pending: int, processing: int, failed: int) -> DocumentStatus:
    if processing:
        return "processing"
    if pending:
        return "pending"
    return "failed" if failed else "ready"


def _document(row: Sequence[Any]) -> Document:
    pending, processing, failed = (int(x or 0) for x in row[11:14])
    confidence = row[14]
    return Document(
        id=row[0],
        case_id=row[1],
        title=row[2],
        source_name=row[3],
        kind=row[4],
        sha256=row[5],
        category=row[6],
        position=row[7],
        date=row[8],
        language=row[9],
        pages=int(row[10]),
        status=_status(pending, processing, failed),
        ocr_confidence=round(float(confidence), 1) if confidence is not None else None,
        errors=tuple(row[15].split("\n")) if row[15] else (),
    )


def list_for_case(db: sqlite_utils.Database, case_id: int) -> list[Document]:
    rows = db.execute(_SELECT + " WHERE d.case_id = ?" + _ORDER, [case_id]).fetchall()
    return [_document(r) for r in rows]


def get(db: sqlite_utils.Database, document_id: int, case_id: int | None = None) -> Document:
    row = db.execute(_SELECT + " WHERE d.id = ?" + _ORDER, [document_id]).fetchone()
    if row is None or (case_id is not None and row[1] != case_id):
        raise NotFoundError(
            _("There is no document {id} in this case.").format(id=document_id),
            _("List the case's documents to see their numbers."),
        )
    return _document(row)


def find_by_sha(db: sqlite_utils.Database, case_id: int, sha256: str) -> int | None:
    row = db.execute(
        "SELECT id FROM documents WHERE case_id = ? AND sha256 = ?", [case_id, sha256]
    ).fetchone()
    return int(row[0]) if row else None


def working_file(db: sqlite_utils.Database, document_id: int) -> str:
    """SHA-256 of the file to read pages from (a decrypted copy for encrypted PDFs)."""
    row = db.execute(
        "SELECT coalesce(working_sha256, sha256) FROM documents WHERE id = ?", [document_id]
    ).fetchone()
    return str(row[0])


def add(
    db: sqlite_utils.Database,
    *,
    case_id: int,
    sha256: str,
    size: int,
    working_sha256: str | None,
    source_name: str,
    kind: str,
    title: str,
    pages: Sequence[NewPage],
    empty_fields: int = 0,
) -> int:
    """Record an imported file and its pages in one transaction. ``empty_fields``: a
    PDF form left blank (``core.pdfs.PdfInfo.empty_fields``)."""
    stamp = now()
    with transaction(db):
        for sha in {sha256, working_sha256} - {None}:
            db.execute(
                "INSERT OR IGNORE INTO originals(sha256, size, kind, created_at) "
                "VALUES (?, ?, ?, ?)",
                [sha, size if sha == sha256 else 0, kind, stamp],
            )
        cursor = db.execute(
            "INSERT INTO documents(case_id, sha256, working_sha256, source_name, kind, title,"
            " tab_id, position, imported_at, empty_fields) VALUES (?, ?, ?, ?, ?, ?, NULL, "
            "(SELECT coalesce(max(position), -1) + 1 FROM documents"
            "  WHERE case_id = ? AND tab_id IS NULL), ?, ?)",
            [case_id, sha256, working_sha256, source_name, kind, title, case_id, stamp,
             max(0, int(empty_fields))],
        )
        document_id = int(cursor.lastrowid or 0)
        for page in pages:
            db.execute(
                "INSERT INTO pages(document_id, source_index, width, height, native_text,"
                " status, text, form_empty, form_filled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    document_id,
                    page.source_index,
                    page.width,
                    page.height,
                    int(page.native_text),
                    "done" if page.native_text else "pending",
                    page.text,
                    page.slots.empty,
                    page.slots.filled,
                ],
            )
        touch(db, case_id)
    return document_id


def _ids_in_tab(db: sqlite_utils.Database, case_id: int, tab_id: int | None) -> list[int]:
    rows = db.execute(
        "SELECT id FROM documents WHERE case_id = ? AND tab_id IS ? ORDER BY position, id",
        [case_id, tab_id],
    ).fetchall()
    return [int(r[0]) for r in rows]


def _renumber(db: sqlite_utils.Database, ids: list[int]) -> None:
    for position, document_id in enumerate(ids):
        db.execute("UPDATE documents SET position = ? WHERE id = ?", [position, document_id])


def _tab_of(db: sqlite_utils.Database, document_id: int) -> tuple[int, int | None]:
    row = db.execute("SELECT case_id, tab_id FROM documents WHERE id = ?", [document_id])
    case_id, tab_id = row.fetchone()
    return int(case_id), tab_id


def set_tab(
    db: sqlite_utils.Database, document_id: int, tab_id: int | None, position: int | None = None
) -> None:
    """File the document under ``tab_id`` (None: not yet filed), at the end or ``position``."""
    case_id, old_tab = _tab_of(db, document_id)
    with transaction(db):
        old_ids = [i for i in _ids_in_tab(db, case_id, old_tab) if i != document_id]
        _renumber(db, old_ids)
        new_ids = [i for i in _ids_in_tab(db, case_id, tab_id) if i != document_id]
        at = len(new_ids) if position is None else max(0, min(position, len(new_ids)))
        new_ids.insert(at, document_id)
        db.execute("UPDATE documents SET tab_id = ? WHERE id = ?", [tab_id, document_id])
        _renumber(db, new_ids)
        touch(db, case_id)


def move(db: sqlite_utils.Database, document_id: int, position: int) -> None:
    """Move the document to ``position`` (0-based) within its tab."""
    _case_id, tab_id = _tab_of(db, document_id)
    if position < 0:
        raise InvalidInputError(_("A position starts at 1."))
    set_tab(db, document_id, tab_id, position)


def order_in_tab(
    db: sqlite_utils.Database, case_id: int, tab_id: int | None, ids: list[int]
) -> None:
    current = _ids_in_tab(db, case_id, tab_id)
    if sorted(current) != sorted(ids):
        raise InvalidInputError(_("The new order must name every document of the tab once."))
    with transaction(db):
        _renumber(db, ids)
        touch(db, case_id)


def update(db: sqlite_utils.Database, document_id: int, **fields: str | None) -> None:
    allowed = {"title", "doc_date", "language"}
    changes = {k: v for k, v in fields.items() if k in allowed}
    if not changes:
        return
    case_id, _tab = _tab_of(db, document_id)
    with transaction(db):
        db.execute(
            f"UPDATE documents SET {', '.join(f'{k} = ?' for k in changes)} WHERE id = ?",
            [*changes.values(), document_id],
        )
        touch(db, case_id)


def remove(db: sqlite_utils.Database, document_id: int) -> tuple[list[int], list[str]]:
    """Delete a document and its pages; return the page ids and the originals that no
    document refers to any more (the caller deletes their files)."""
    case_id, tab_id = _tab_of(db, document_id)
    page_ids = [int(r[0]) for r in db.execute(
        "SELECT id FROM pages WHERE document_id = ?", [document_id]).fetchall()]
    shas = [s for s in db.execute(
        "SELECT sha256, working_sha256 FROM documents WHERE id = ?", [document_id]
    ).fetchone() if s]
    with transaction(db):
        db.execute("DELETE FROM documents WHERE id = ?", [document_id])
        _renumber(db, _ids_in_tab(db, case_id, tab_id))
        orphans = []
        for sha in shas:
            used = db.execute(
                "SELECT 1 FROM documents WHERE sha256 = ? OR working_sha256 = ? LIMIT 1",
                [sha, sha],
            ).fetchone()
            if not used:
                db.execute("DELETE FROM originals WHERE sha256 = ?", [sha])
                orphans.append(sha)
        touch(db, case_id)
    return page_ids, orphans

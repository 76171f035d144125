"""The assistant's tables: suggestions, learning examples, translation pairs and the
case's translator (schema v2)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from desktop_app.core.assistant.learn import Example
from desktop_app.core.assistant.models import DocumentSuggestion, Translator
from desktop_app.core.assistant.suggest import UNSURE_DATE, Suggestion
from desktop_app.core.dates import doubt
from desktop_app.core.models import Slots
from desktop_app.storage.cases import touch
from desktop_app.storage.db import transaction
from desktop_app.storage.store import now

_COLUMNS = (
    "document_id, category, confidence, best_guess, evidence, document_type, doc_date, "
    "date_confidence, date_evidence, language, language_confidence, title, learned, status, "
    "worded"
)


def save_suggestion(db: sqlite_utils.Database, document_id: int, s: Suggestion) -> None:
    """Store (or replace) the suggestion for a document; it starts open (not accepted)."""
    with transaction(db):
        db.execute(
            f"INSERT OR REPLACE INTO suggestions({_COLUMNS}, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)",
            [document_id, s.category, s.confidence, s.best_guess, json.dumps(s.evidence),
             s.document_type, s.date, s.date_confidence, s.date_evidence, s.language,
             s.language_confidence, s.title, json.dumps(s.learned), json.dumps(s.worded),
             now()],
        )


def _suggestion(row: Sequence[Any]) -> DocumentSuggestion:
    language = row[9]
    date_confidence = float(row[7])
    if row[6] and _implausible(str(row[6])):  # stored before dates were checked so
        date_confidence = min(date_confidence, UNSURE_DATE)
    return DocumentSuggestion(
        document_id=int(row[0]),
        suggestion=Suggestion(
            category=row[1], confidence=float(row[2]), best_guess=row[3],
            evidence=tuple(json.loads(row[4])), document_type=row[5], date=row[6],
            date_confidence=date_confidence, date_evidence=row[8], language=language,
            language_confidence=float(row[10]),
            needs_translation=language not in (None, "en"), title=row[11],
            learned=tuple(json.loads(row[12])), worded=_words(row[14]),
        ),
        accepted=row[13] == "accepted",
    )


def _words(stored: Any) -> tuple[str, ...]:
    """A stored list of words, as read back: anything else is no words."""
    try:
        found = json.loads(stored)
    except (TypeError, ValueError):
        return ()
    if not isinstance(found, list):
        return ()
    return tuple(w for w in found if isinstance(w, str))


def _implausible(date: str) -> bool:
    try:
        return doubt(dt.date.fromisoformat(date), dt.date.today()) is not None
    except ValueError:
        return True


def get_suggestion(db: sqlite_utils.Database, document_id: int) -> DocumentSuggestion | None:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM suggestions WHERE document_id = ?", [document_id]
    ).fetchone()
    return _suggestion(row) if row else None


def suggestions_for_case(db: sqlite_utils.Database, case_id: int) -> dict[int, DocumentSuggestion]:
    rows = db.execute(
        f"SELECT {', '.join('s.' + c.strip() for c in _COLUMNS.split(','))} "
        "FROM suggestions s JOIN documents d ON d.id = s.document_id WHERE d.case_id = ?",
        [case_id],
    ).fetchall()
    return {int(r[0]): _suggestion(r) for r in rows}


def mark_accepted(db: sqlite_utils.Database, document_id: int) -> None:
    with transaction(db):
        db.execute("UPDATE suggestions SET status = 'accepted' WHERE document_id = ?",
                   [document_id])


def documents_to_suggest(db: sqlite_utils.Database, case_id: int | None) -> list[int]:
    """Documents whose pages are all read (at least one with success) and that have no
    suggestion yet."""
    where = "WHERE d.case_id = ?" if case_id is not None else ""
    rows = db.execute(
        "SELECT d.id FROM documents d JOIN pages p ON p.document_id = d.id "
        f"{where} GROUP BY d.id "
        "HAVING sum(p.status IN ('pending', 'processing')) = 0 "
        "AND sum(p.status = 'done') > 0 "
        "AND d.id NOT IN (SELECT document_id FROM suggestions) ORDER BY d.id",
        [case_id] if case_id is not None else [],
    ).fetchall()
    return [int(r[0]) for r in rows]


def document_text(db: sqlite_utils.Database, document_id: int) -> str:
    """The text of a document's pages in order (excluded pages too: they still tell what
    the document is)."""
    rows = db.execute(
        "SELECT text FROM pages WHERE document_id = ? ORDER BY source_index", [document_id]
    ).fetchall()
    return "\n\n".join(str(r[0]) for r in rows)


def document_words(db: sqlite_utils.Database, document_id: int) -> list[list[Any]]:
    """The OCR word boxes of each page of a document read by OCR, in page order
    ([x0, y0, x1, y1, confidence, text], as processing stores them)."""
    rows = db.execute(
        "SELECT words FROM pages WHERE document_id = ? AND words IS NOT NULL AND words != '' "
        "ORDER BY source_index", [document_id],
    ).fetchall()
    found = [json.loads(r[0]) for r in rows]
    return [words for words in found if isinstance(words, list) and words]


def empty_fields(db: sqlite_utils.Database, document_id: int) -> int:
    """The fields of a PDF form left blank (0: none, or anything filled in)."""
    row = db.execute("SELECT empty_fields FROM documents WHERE id = ?",
                     [document_id]).fetchone()
    return max(0, int(row[0] or 0)) if row else 0


def page_slots(db: sqlite_utils.Database, document_id: int) -> list[Slots]:
    """Each page's places to fill in, in page order (stored numbers read back as they
    must be: whole, not negative)."""
    return [Slots(_count(empty), _count(filled)) for empty, filled in db.execute(
        "SELECT form_empty, form_filled FROM pages WHERE document_id = ? "
        "ORDER BY source_index", [document_id]).fetchall()]


def _count(value: Any) -> int:
    try:
        return max(0, int(value or 0))
    except (TypeError, ValueError):
        return 0


def document_layout(db: sqlite_utils.Database, document_id: int) -> str:
    """The document's OCR words put back on their printed rows (pages with text of their
    own, which have no word boxes, as they are)."""
    from desktop_app.core.assistant.layout import layout_text

    rows = db.execute(
        "SELECT text, words FROM pages WHERE document_id = ? ORDER BY source_index",
        [document_id],
    ).fetchall()
    return "\n\n".join(layout_text(json.loads(r[1])) if r[1] else str(r[0]) for r in rows)


# --- learning -----------------------------------------------------------------------------


def add_example(
    db: sqlite_utils.Database, document_id: int, category: str, document_type: str,
    counts: dict[str, int],
) -> None:
    """Remember a document the user confirmed (a later confirmation replaces it)."""
    with transaction(db):
        db.execute(
            "INSERT INTO assistant_examples(document_id, category, document_type, words, "
            "created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(document_id) DO UPDATE SET "
            "category = excluded.category, document_type = excluded.document_type, "
            "words = excluded.words, created_at = excluded.created_at",
            [document_id, category, document_type, json.dumps(counts), now()],
        )


def remove_example(db: sqlite_utils.Database, document_id: int) -> None:
    """Forget a confirmation (the user took the document out of its tab again)."""
    with transaction(db):
        db.execute("DELETE FROM assistant_examples WHERE document_id = ?", [document_id])
        db.execute("UPDATE suggestions SET status = 'open' WHERE document_id = ? "
                   "AND status = 'accepted'", [document_id])


def examples(db: sqlite_utils.Database) -> list[Example]:
    rows = db.execute("SELECT category, words FROM assistant_examples ORDER BY id").fetchall()
    return [Example(str(r[0]), json.loads(r[1])) for r in rows]


def examples_version(db: sqlite_utils.Database) -> tuple[int, str]:
    """Changes when the examples change (to know when a trained model is stale)."""
    row = db.execute("SELECT count(*), coalesce(max(created_at), '') "
                     "FROM assistant_examples").fetchone()
    return int(row[0]), str(row[1])


# --- translations ---------------------------------------------------------------------------


def set_translation(db: sqlite_utils.Database, translation_id: int, original_id: int,
                    case_id: int) -> None:
    with transaction(db):
        db.execute("INSERT OR REPLACE INTO translations(translation_id, original_id) "
                   "VALUES (?, ?)", [translation_id, original_id])
        touch(db, case_id)


def clear_translation(db: sqlite_utils.Database, translation_id: int, case_id: int) -> None:
    with transaction(db):
        db.execute("DELETE FROM translations WHERE translation_id = ?", [translation_id])
        touch(db, case_id)


def translations_for_case(db: sqlite_utils.Database, case_id: int) -> dict[int, int]:
    """{translation document id: original document id}."""
    rows = db.execute(
        "SELECT t.translation_id, t.original_id FROM translations t "
        "JOIN documents d ON d.id = t.translation_id WHERE d.case_id = ?", [case_id]
    ).fetchall()
    return {int(r[0]): int(r[1]) for r in rows}


def set_translator(db: sqlite_utils.Database, case_id: int, translator: Translator) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO translators(case_id, name, address, statement, phone, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(case_id) DO UPDATE SET name = excluded.name,"
            " address = excluded.address, statement = excluded.statement,"
            " phone = excluded.phone, updated_at = excluded.updated_at",
            [case_id, translator.name, translator.address, translator.statement,
             translator.phone, now()],
        )
        touch(db, case_id)


def get_translator(db: sqlite_utils.Database, case_id: int) -> Translator | None:
    row = db.execute("SELECT name, address, statement, phone FROM translators "
                     "WHERE case_id = ?", [case_id]).fetchone()
    return Translator(str(row[0]), str(row[1]), str(row[2]), str(row[3])) if row else None

"""The written parts of a case (schema v9): the statement and its sections, the cover
letter, the signing and service details. Rows only; the services validate what comes in
(``services.statements``) and a case archive's rows are checked on the way in
(``services.archive_manifest``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import sqlite_utils

from desktop_app.storage.cases import touch
from desktop_app.storage.db import transaction
from desktop_app.storage.store import now


@dataclass(frozen=True)
class StatementRow:
    language: str = "en"
    reads_english: bool = True
    translator: str = ""
    translator_address: str = ""
    translator_phone: str = ""
    texts: Mapping[str, str] | None = None  # {section key: text}
    english: Mapping[str, str] | None = None  # {section key: English translation}
    stored: bool = False  # a row exists (else: the defaults)


def statement(db: sqlite_utils.Database, case_id: int) -> StatementRow:
    row = db.execute("SELECT language, reads_english, translator, translator_address, "
                     "translator_phone FROM statements WHERE case_id = ?",
                     [case_id]).fetchone()
    texts: dict[str, str] = {}
    english: dict[str, str] = {}
    for key, text, eng in db.execute("SELECT key, text, english FROM statement_sections "
                                     "WHERE case_id = ?", [case_id]).fetchall():
        texts[str(key)] = str(text)
        english[str(key)] = str(eng)
    if row is None:
        return StatementRow(texts=texts, english=english, stored=bool(texts))
    return StatementRow(str(row[0]), bool(row[1]), str(row[2]), str(row[3]), str(row[4]),
                        texts, english, True)


def save_statement(db: sqlite_utils.Database, case_id: int, value: StatementRow) -> None:
    texts, english = value.texts or {}, value.english or {}
    with transaction(db):
        db.execute(
            "INSERT INTO statements(case_id, language, reads_english, translator, "
            "translator_address, translator_phone, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(case_id) DO UPDATE SET language = excluded.language, "
            "reads_english = excluded.reads_english, translator = excluded.translator, "
            "translator_address = excluded.translator_address, "
            "translator_phone = excluded.translator_phone, updated_at = excluded.updated_at",
            [case_id, value.language, int(value.reads_english), value.translator,
             value.translator_address, value.translator_phone, now()])
        db.execute("DELETE FROM statement_sections WHERE case_id = ?", [case_id])
        for key in sorted(set(texts) | set(english)):
            text, eng = texts.get(key, ""), english.get(key, "")
            if text or eng:
                db.execute("INSERT INTO statement_sections(case_id, key, text, english) "
                           "VALUES (?, ?, ?, ?)", [case_id, key, text, eng])
        touch(db, case_id)


CITING = (("statement_sections", "text"), ("statement_sections", "english"),
          ("cover_letters", "favourable"), ("cover_letters", "unfavourable"))


def citing_texts(db: sqlite_utils.Database, case_id: int) -> list[tuple[str, str, int, str]]:
    """(table, column, rowid, text) of every text of the case that may hold citations."""
    found = []
    for table, column in CITING:
        for rowid, text in db.execute(f"SELECT rowid, {column} FROM {table} "
                                      "WHERE case_id = ?", [case_id]).fetchall():
            found.append((table, column, int(rowid), str(text)))
    return found


def set_citing_text(db: sqlite_utils.Database, table: str, column: str, rowid: int,
                    text: str) -> None:
    """Put one text back as it is (a restore renumbering its citations); the caller
    holds the transaction."""
    if (table, column) not in CITING:
        raise ValueError(f"{table}.{column} holds no citations")
    db.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", [text, rowid])


# --- the cover letter ----------------------------------------------------------------------

LETTER_FIELDS = ("enabled", "recipient", "office", "office_address", "hearing_date",
                 "relief", "favourable", "unfavourable")


def cover_letter(db: sqlite_utils.Database, case_id: int) -> dict[str, object] | None:
    row = db.execute(f"SELECT {', '.join(LETTER_FIELDS)} FROM cover_letters "
                     "WHERE case_id = ?", [case_id]).fetchone()
    if row is None:
        return None
    found: dict[str, object] = dict(zip(LETTER_FIELDS, row, strict=True))
    found["enabled"] = bool(found["enabled"])
    return found


def save_cover_letter(db: sqlite_utils.Database, case_id: int,
                      values: Mapping[str, object]) -> None:
    columns = [*LETTER_FIELDS, "updated_at"]
    data = [int(bool(values["enabled"])), *(str(values[f]) for f in LETTER_FIELDS[1:]), now()]
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns)
    with transaction(db):
        db.execute(
            f"INSERT INTO cover_letters(case_id, {', '.join(columns)}) "
            f"VALUES (?, {', '.join('?' for _ in columns)}) "
            f"ON CONFLICT(case_id) DO UPDATE SET {updates}", [case_id, *data])
        touch(db, case_id)


# --- signing and service -------------------------------------------------------------------

SIGNING_FIELDS = ("name", "role", "signed_on", "representative_details")
SERVICE_FIELDS = ("service_method", "served_on", "service_date")


def signature_row(db: sqlite_utils.Database, case_id: int) -> dict[str, str] | None:
    fields = (*SIGNING_FIELDS, *SERVICE_FIELDS)
    row = db.execute(f"SELECT {', '.join(fields)} FROM signatures WHERE case_id = ?",
                     [case_id]).fetchone()
    return None if row is None else {f: str(v) for f, v in zip(fields, row, strict=True)}


def save_signature_fields(db: sqlite_utils.Database, case_id: int,
                          values: Mapping[str, str]) -> None:
    """Set some of the columns (signing or service), keeping the others."""
    columns = [c for c in (*SIGNING_FIELDS, *SERVICE_FIELDS) if c in values]
    updates = ", ".join(f"{c} = excluded.{c}" for c in [*columns, "updated_at"])
    with transaction(db):
        db.execute(
            f"INSERT INTO signatures(case_id, {', '.join(columns)}, updated_at) "
            f"VALUES (?, {', '.join('?' for _ in columns)}, ?) "
            f"ON CONFLICT(case_id) DO UPDATE SET {updates}",
            [case_id, *(values[c] for c in columns), now()])
        touch(db, case_id)

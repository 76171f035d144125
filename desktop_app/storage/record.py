"""The record of a case (schema v4, parts v6): the packets filed, their exhibits and
files, deadlines, and which documents are correspondence rather than evidence."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import sqlite_utils

from desktop_app.errors import InvalidInputError, NotFoundError, StorageError
from desktop_app.i18n import _
from desktop_app.storage.cases import touch
from desktop_app.storage.db import transaction
from desktop_app.storage.store import now

Purpose = Literal["initial", "rfe-response", "supplement"]
PURPOSES: tuple[Purpose, ...] = ("initial", "rfe-response", "supplement")
Role = Literal["exhibit", "correspondence"]


@dataclass(frozen=True)
class FiledExhibit:
    exhibit_id: str  # "A-5"
    tab_key: str
    tab_letter: str
    document_id: int | None
    title: str
    date: str | None  # ISO
    first_page: int
    last_page: int


@dataclass(frozen=True)
class FiledPart:
    """One file of a filing: the packet, or one of its parts."""

    part: int  # 1-based
    sha256: str
    bytes: int
    pages: int
    first_page: int  # its first page's number in the packet
    kept_path: str  # relative to the data folder
    exported_to: str = ""


@dataclass(frozen=True)
class Filing:
    id: int
    case_id: int
    number: int  # 1, 2, ... within the case
    filed_on: str  # ISO date the packet was prepared on
    purpose: Purpose
    note: str
    sha256: str
    page_count: int
    kept_path: str  # relative to the data folder
    exported_to: str  # where the user saved it (may be gone since)
    continues: bool  # only documents not filed before, numbering continued
    created_at: str
    exhibits: tuple[FiledExhibit, ...] = ()
    parts: tuple[FiledPart, ...] = ()  # every file written, Part 1 first


@dataclass(frozen=True)
class NewFiling:
    filed_on: str
    purpose: Purpose
    note: str
    sha256: str
    page_count: int
    kept_path: str
    exported_to: str
    continues: bool
    inputs: dict[str, Any]
    exhibits: tuple[FiledExhibit, ...]
    parts: tuple[FiledPart, ...] = ()


@dataclass(frozen=True)
class Deadline:
    id: int
    case_id: int
    due_on: str  # ISO date
    what: str
    done: bool


# --- filings ---------------------------------------------------------------------------------

FILINGS_FOLDER = "filings"


def kept_relpath(case_id: int, number: int, sha256: str, part: int = 0) -> str:
    """Where the kept copy of filing ``number`` of case ``case_id`` rests, relative to
    the data folder: ``<n>-<sha>.pdf`` for a packet in one file, ``<n>-part<k>-<sha>.pdf``
    for Part k of a packet in parts (``part`` 0: in one file). Always worked out from the
    filing's ids, never read back from the database (a row restored from an archive could
    name any path); a checksum that is not one is refused."""
    digest = str(sha256)
    if not _SHA256.fullmatch(digest):
        raise StorageError(_("The record of a filed packet is damaged."),
                           _("Check the data folder: evidence-packet verify"))
    stem = f"{int(number)}-part{int(part)}" if part else f"{int(number)}"
    return f"{FILINGS_FOLDER}/{int(case_id)}/{stem}-{digest[:12]}.pdf"


_SHA256 = re.compile(r"[0-9a-f]{64}")
_FILING = ("id, case_id, number, filed_on, purpose, note, sha256, page_count, kept_path, "
           "exported_to, continues, created_at")


def next_number(db: sqlite_utils.Database, case_id: int) -> int:
    row = db.execute("SELECT coalesce(max(number), 0) + 1 FROM filings WHERE case_id = ?",
                     [case_id]).fetchone()
    return int(row[0])


def add_filing(db: sqlite_utils.Database, case_id: int, number: int, new: NewFiling) -> Filing:
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO filings(case_id, number, filed_on, purpose, note, sha256, page_count, "
            "kept_path, exported_to, continues, inputs, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [case_id, number, new.filed_on, new.purpose, new.note, new.sha256, new.page_count,
             new.kept_path, new.exported_to, int(new.continues), json.dumps(new.inputs),
             now()],
        )
        filing_id = cursor.lastrowid
        for position, ex in enumerate(new.exhibits):
            db.execute(
                "INSERT INTO filing_exhibits(filing_id, position, exhibit_id, tab_key, "
                "tab_letter, document_id, title, doc_date, first_page, last_page) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [filing_id, position, ex.exhibit_id, ex.tab_key, ex.tab_letter, ex.document_id,
                 ex.title, ex.date, ex.first_page, ex.last_page],
            )
        for part in new.parts:
            db.execute(
                "INSERT INTO filing_parts(filing_id, part, sha256, bytes, pages, first_page, "
                "kept_path, exported_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [filing_id, part.part, part.sha256, part.bytes, part.pages, part.first_page,
                 part.kept_path, part.exported_to],
            )
        touch(db, case_id)
    return get_filing(db, case_id, number)


def _exhibits(db: sqlite_utils.Database, filing_id: int) -> tuple[FiledExhibit, ...]:
    rows = db.execute(
        "SELECT exhibit_id, tab_key, tab_letter, document_id, title, doc_date, first_page, "
        "last_page FROM filing_exhibits WHERE filing_id = ? ORDER BY position", [filing_id]
    ).fetchall()
    return tuple(FiledExhibit(r[0], r[1], r[2], r[3], r[4], r[5], int(r[6]), int(r[7]))
                 for r in rows)


def _parts(db: sqlite_utils.Database, row: Sequence[Any]) -> tuple[FiledPart, ...]:
    """The files of a filing (a filing recorded before parts existed is one file), each
    with the kept path its ids give."""
    case_id, number = int(row[1]), int(row[2])
    rows = db.execute(
        "SELECT part, sha256, bytes, pages, first_page, exported_to "
        "FROM filing_parts WHERE filing_id = ? ORDER BY part", [int(row[0])]).fetchall()
    if not rows:
        return (FiledPart(1, row[6], 0, int(row[7]), 1,
                          kept_relpath(case_id, number, row[6]), row[9]),)
    many = len(rows) > 1
    return tuple(FiledPart(int(r[0]), r[1], int(r[2]), int(r[3]), int(r[4]),
                           kept_relpath(case_id, number, r[1], int(r[0]) if many else 0),
                           r[5]) for r in rows)


def _filing(db: sqlite_utils.Database, row: Sequence[Any]) -> Filing:
    parts = _parts(db, row)
    return Filing(
        id=int(row[0]), case_id=int(row[1]), number=int(row[2]), filed_on=row[3],
        purpose=row[4], note=row[5], sha256=row[6], page_count=int(row[7]),
        kept_path=parts[0].kept_path, exported_to=row[9], continues=bool(row[10]),
        created_at=row[11], exhibits=_exhibits(db, int(row[0])), parts=parts,
    )


def filings(db: sqlite_utils.Database, case_id: int) -> list[Filing]:
    rows = db.execute(f"SELECT {_FILING} FROM filings WHERE case_id = ? ORDER BY number",
                      [case_id]).fetchall()
    return [_filing(db, row) for row in rows]


def get_filing(db: sqlite_utils.Database, case_id: int, number: int) -> Filing:
    row = db.execute(f"SELECT {_FILING} FROM filings WHERE case_id = ? AND number = ?",
                     [case_id, number]).fetchone()
    if row is None:
        raise NotFoundError(
            _("This case has no filing number {n}.").format(n=number),
            _("List the filings with: evidence-packet filings --case {case}").format(
                case=case_id),
        )
    return _filing(db, row)


def filing_inputs(db: sqlite_utils.Database, filing_id: int) -> dict[str, Any]:
    row = db.execute("SELECT inputs FROM filings WHERE id = ?", [filing_id]).fetchone()
    if row is None:
        raise NotFoundError(_("There is no filing {id}.").format(id=filing_id))
    value: dict[str, Any] = json.loads(row[0])
    return value


def set_filing_inputs(db: sqlite_utils.Database, filing_id: int,
                      inputs: dict[str, Any]) -> None:
    """Replace a filing's recorded inputs (inside the caller's transaction)."""
    db.execute("UPDATE filings SET inputs = ? WHERE id = ?", [json.dumps(inputs), filing_id])


def kept_copies(db: sqlite_utils.Database, filing_ids: Sequence[int]) -> list[str]:
    """The kept copies (relative paths) of every file of these filings, from their ids."""
    return [part.kept_path for fid in sorted(filing_ids) for part in kept_parts(db, fid)]


def kept_parts(db: sqlite_utils.Database, filing_id: int) -> tuple[FiledPart, ...]:
    """The files of filing ``filing_id`` (none when there is no such filing)."""
    row = db.execute(f"SELECT {_FILING} FROM filings WHERE id = ?", [filing_id]).fetchone()
    return () if row is None else _parts(db, row)


def set_kept_path(db: sqlite_utils.Database, filing_id: int) -> dict[int, str]:
    """Make a filing's recorded kept paths the ones its ids give, forget where it was
    exported to, and return the kept path of each part by its number (inside the caller's
    transaction; a restored filing belongs to a case with a new id)."""
    parts = kept_parts(db, filing_id)
    if parts:
        db.execute("UPDATE filings SET kept_path = ?, exported_to = '' WHERE id = ?",
                   [parts[0].kept_path, filing_id])
        for part in parts:
            db.execute("UPDATE filing_parts SET kept_path = ?, exported_to = '' "
                       "WHERE filing_id = ? AND part = ?", [part.kept_path, filing_id, part.part])
    return {part.part: part.kept_path for part in parts}


def remove_filing(db: sqlite_utils.Database, filing_id: int) -> None:
    """Only to undo a filing whose kept copy could not be made."""
    with transaction(db):
        db.execute("DELETE FROM filings WHERE id = ?", [filing_id])


# --- deadlines -------------------------------------------------------------------------------


def _deadline(row: Sequence[Any]) -> Deadline:
    return Deadline(int(row[0]), int(row[1]), row[2], row[3], bool(row[4]))


def add_deadline(db: sqlite_utils.Database, case_id: int, due_on: str, what: str) -> Deadline:
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO deadlines(case_id, due_on, what, created_at) VALUES (?, ?, ?, ?)",
            [case_id, due_on, what, now()],
        )
        touch(db, case_id)
    assert cursor.lastrowid is not None
    return get_deadline(db, case_id, cursor.lastrowid)


def get_deadline(db: sqlite_utils.Database, case_id: int, deadline_id: int) -> Deadline:
    row = db.execute("SELECT id, case_id, due_on, what, done FROM deadlines "
                     "WHERE id = ? AND case_id = ?", [deadline_id, case_id]).fetchone()
    if row is None:
        raise NotFoundError(
            _("This case has no deadline {id}.").format(id=deadline_id),
            _("List the deadlines with: evidence-packet deadlines --case {case}").format(
                case=case_id),
        )
    return _deadline(row)


def deadlines(db: sqlite_utils.Database, case_id: int) -> list[Deadline]:
    rows = db.execute("SELECT id, case_id, due_on, what, done FROM deadlines "
                      "WHERE case_id = ? ORDER BY done, due_on, id", [case_id]).fetchall()
    return [_deadline(r) for r in rows]


def open_deadlines_until(db: sqlite_utils.Database, last_day: str) -> list[Deadline]:
    """Deadlines of every case not done yet and due on or before ``last_day`` (ISO)."""
    rows = db.execute("SELECT id, case_id, due_on, what, done FROM deadlines "
                      "WHERE done = 0 AND due_on <= ? ORDER BY due_on, id",
                      [last_day]).fetchall()
    return [_deadline(r) for r in rows]


def update_deadline(db: sqlite_utils.Database, case_id: int, deadline_id: int, *,
                    due_on: str | None = None, what: str | None = None,
                    done: bool | None = None) -> Deadline:
    current = get_deadline(db, case_id, deadline_id)
    with transaction(db):
        db.execute(
            "UPDATE deadlines SET due_on = ?, what = ?, done = ? WHERE id = ?",
            [due_on if due_on is not None else current.due_on,
             what if what is not None else current.what,
             int(done if done is not None else current.done), deadline_id],
        )
        touch(db, case_id)
    return get_deadline(db, case_id, deadline_id)


def remove_deadline(db: sqlite_utils.Database, case_id: int, deadline_id: int) -> None:
    get_deadline(db, case_id, deadline_id)
    with transaction(db):
        db.execute("DELETE FROM deadlines WHERE id = ?", [deadline_id])
        touch(db, case_id)


# --- correspondence --------------------------------------------------------------------------


def set_role(db: sqlite_utils.Database, document_id: int, role: Role,
             include_in_packet: bool) -> None:
    if role not in ("exhibit", "correspondence"):
        raise InvalidInputError(_("A document is evidence or correspondence."))
    with transaction(db):
        db.execute("UPDATE documents SET role = ?, include_in_packet = ? WHERE id = ?",
                   [role, int(include_in_packet), document_id])


def roles(db: sqlite_utils.Database, case_id: int) -> dict[int, tuple[Role, bool]]:
    """{document id: (role, included in the packet)} for every document of the case."""
    rows = db.execute("SELECT id, role, include_in_packet FROM documents WHERE case_id = ?",
                      [case_id]).fetchall()
    return {int(r[0]): (r[1], bool(r[2])) for r in rows}


def left_out_of_packet(db: sqlite_utils.Database, case_id: int) -> set[int]:
    """Correspondence the user has not chosen to include in the packet."""
    rows = db.execute("SELECT id FROM documents WHERE case_id = ? AND role = 'correspondence' "
                      "AND include_in_packet = 0", [case_id]).fetchall()
    return {int(r[0]) for r in rows}

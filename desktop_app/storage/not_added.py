"""Files that could not be added to a case (schema v8): the path the user gave, why, and
the error's code (``password-required`` offers a password). Kept until the file is added
or the user dismisses it. The path is only ever shown, or handed back to the importer
when the user asks to retry it; nothing is written there."""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from desktop_app.core.models import ImportOutcome
from desktop_app.storage.db import transaction
from desktop_app.storage.store import now


def for_case(db: sqlite_utils.Database, case_id: int) -> list[ImportOutcome]:
    """The case's files not added, oldest first, as the import reported them."""
    rows = db.execute("SELECT path, reason, code FROM not_added WHERE case_id = ? "
                      "ORDER BY failed_at, path", [case_id]).fetchall()
    return [ImportOutcome(str(r[0]), "error", error=str(r[1]), error_code=str(r[2]) or None)
            for r in rows]


def remember(db: sqlite_utils.Database, case_id: int,
             outcomes: Iterable[ImportOutcome]) -> None:
    """Keep the files that failed; forget the ones now added (or found already there)."""
    with transaction(db):
        for outcome in outcomes:
            if outcome.status == "error":
                db.execute(
                    "INSERT INTO not_added(case_id, path, reason, code, failed_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT(case_id, path) DO UPDATE SET "
                    "reason = excluded.reason, code = excluded.code, "
                    "failed_at = excluded.failed_at",
                    [case_id, outcome.path, outcome.error or "", outcome.error_code or "",
                     now()])
            else:
                db.execute("DELETE FROM not_added WHERE case_id = ? AND path = ?",
                           [case_id, outcome.path])


def forget(db: sqlite_utils.Database, case_id: int, path: str) -> None:
    with transaction(db):
        db.execute("DELETE FROM not_added WHERE case_id = ? AND path = ?", [case_id, path])

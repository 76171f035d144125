"""Cases and their tabs."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

import sqlite_utils

from desktop_app.core.dates import parse_user_date
from desktop_app.core.models import CASE_FIELDS, Case, Tab
from desktop_app.errors import InvalidInputError, NotFoundError
from desktop_app.i18n import _
from desktop_app.storage.db import transaction
from desktop_app.storage.schema import BUILTIN_TABS
from desktop_app.storage.store import now


def _case(row: sqlite3.Row | tuple[Any, ...], columns: list[str]) -> Case:
    return Case(**dict(zip(columns, row, strict=True)))


def _checked(values: dict[str, str]) -> dict[str, str]:
    """Dates the review reads are kept as ISO dates ("" when not given)."""
    if values.get("in_us_since"):
        values["in_us_since"] = parse_user_date(values["in_us_since"]) or ""
    return values


def create(db: sqlite_utils.Database, fields: dict[str, str]) -> Case:
    values = _checked({key: (fields.get(key) or "").strip() for key in CASE_FIELDS})
    if not values["name"]:
        raise InvalidInputError(_("A case needs the applicant's name."))
    stamp = now()
    with transaction(db):
        cursor = db.execute(
            f"INSERT INTO cases ({', '.join(CASE_FIELDS)}, created_at, updated_at) "
            f"VALUES ({', '.join('?' * len(CASE_FIELDS))}, ?, ?)",
            [*values.values(), stamp, stamp],
        )
        case_id = int(cursor.lastrowid or 0)
        for position, (key, title) in enumerate(BUILTIN_TABS):
            db.execute(
                "INSERT INTO tabs(case_id, key, title, builtin, position) VALUES (?,?,?,1,?)",
                [case_id, key, title, position],
            )
    return get(db, case_id)


def get(db: sqlite_utils.Database, case_id: int) -> Case:
    cursor = db.execute("SELECT * FROM cases WHERE id = ?", [case_id])
    row = cursor.fetchone()
    if row is None:
        raise NotFoundError(
            _("There is no case {id}.").format(id=case_id),
            _("List the cases to see their numbers."),
        )
    return _case(row, [c[0] for c in cursor.description])


def list_all(db: sqlite_utils.Database) -> list[Case]:
    cursor = db.execute("SELECT * FROM cases ORDER BY updated_at DESC, id DESC")
    columns = [c[0] for c in cursor.description]
    return [_case(row, columns) for row in cursor.fetchall()]


def update(db: sqlite_utils.Database, case_id: int, fields: dict[str, str]) -> Case:
    get(db, case_id)
    changes = _checked({k: (v or "").strip() for k, v in fields.items() if k in CASE_FIELDS})
    if "name" in changes and not changes["name"]:
        raise InvalidInputError(_("A case needs the applicant's name."))
    if changes:
        assignments = ", ".join(f"{key} = ?" for key in changes)
        with transaction(db):
            db.execute(
                f"UPDATE cases SET {assignments}, updated_at = ? WHERE id = ?",
                [*changes.values(), now(), case_id],
            )
    return get(db, case_id)


def touch(db: sqlite_utils.Database, case_id: int) -> None:
    db.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [now(), case_id])


# --- tabs ---------------------------------------------------------------------------------


def tabs(db: sqlite_utils.Database, case_id: int) -> list[Tab]:
    rows = db.execute(
        "SELECT id, case_id, key, title, builtin, position FROM tabs "
        "WHERE case_id = ? ORDER BY position, id",
        [case_id],
    ).fetchall()
    return [Tab(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in rows]


def tab_by_key(db: sqlite_utils.Database, case_id: int, key: str) -> Tab:
    wanted = key.strip().lower()
    for tab in tabs(db, case_id):
        if wanted in (tab.key, tab.title.lower()):
            return tab
    names = ", ".join(t.key for t in tabs(db, case_id))
    raise InvalidInputError(
        _("There is no tab called “{key}”.").format(key=key),
        _("The tabs of this case are: {names}.").format(names=names),
    )


def add_tab(db: sqlite_utils.Database, case_id: int, title: str) -> Tab:
    title = title.strip()
    key = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    if not key:
        raise InvalidInputError(_("A tab needs a name."))
    if any(t.key == key for t in tabs(db, case_id)):
        raise InvalidInputError(_("This case already has a tab called “{t}”.").format(t=title))
    with transaction(db):
        db.execute(
            "INSERT INTO tabs(case_id, key, title, builtin, position) VALUES (?, ?, ?, 0, "
            "(SELECT coalesce(max(position), -1) + 1 FROM tabs WHERE case_id = ?))",
            [case_id, key, title, case_id],
        )
    return tab_by_key(db, case_id, key)


def order_tabs(db: sqlite_utils.Database, case_id: int, keys: list[str]) -> list[Tab]:
    """Put the named tabs first, in that order; the others keep their order after them."""
    named = [tab_by_key(db, case_id, key) for key in keys]
    if len({t.id for t in named}) != len(named):
        raise InvalidInputError(_("A tab is named twice in the new order."))
    rest = [t for t in tabs(db, case_id) if t.id not in {n.id for n in named}]
    with transaction(db):
        for position, tab in enumerate([*named, *rest]):
            db.execute("UPDATE tabs SET position = ? WHERE id = ?", [position, tab.id])
        touch(db, case_id)
    return tabs(db, case_id)

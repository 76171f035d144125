"""The rows that belong to one case, found from the schema itself, and the SQL that
copies, inserts and deletes them.

A row belongs to a case when one of its foreign keys points at a row that belongs to the
case (starting from the ``cases`` row). So a table someone adds later — filings,
redactions, review notes — is carried by an archive and removed with its case as soon as
it declares ``REFERENCES cases(id)`` (or references any table that does), with nothing
here to change. Rows that the case's rows point *at* without belonging to it (the
``originals`` they share with other cases) are "shared": copied into an archive so it
restores anywhere, and deleted only when nothing refers to them any more.

Nothing here touches files; ``storage.removals`` and the services do.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from desktop_app.storage.db import transaction

ROOT = "cases"
Row = dict[str, Any]


@dataclass(frozen=True)
class ForeignKey:
    table: str
    columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str, ...]


@dataclass
class Table:
    name: str
    columns: list[str]
    rowid_pk: str | None  # the INTEGER PRIMARY KEY column (an alias of the rowid)
    pk: tuple[str, ...]
    fks: list[ForeignKey] = field(default_factory=list)


def schema(db: sqlite_utils.Database) -> dict[str, Table]:
    """Every ordinary table and its foreign keys (virtual and FTS shadow tables left out:
    triggers keep them current)."""
    found: dict[str, Table] = {}
    for row in db.execute("PRAGMA table_list").fetchall():
        schema_name, name, kind = row[0], row[1], row[2]
        if schema_name != "main" or kind != "table" or name.startswith("sqlite_"):
            continue
        info = db.execute(f"PRAGMA table_info({_q(name)})").fetchall()
        columns = [str(c[1]) for c in info]
        pk = tuple(str(c[1]) for c in sorted((c for c in info if c[5]), key=lambda c: c[5]))
        alias = None
        if len(pk) == 1:
            col = next(c for c in info if c[1] == pk[0])
            without_rowid = bool(row[4]) if len(row) > 4 else False
            if str(col[2]).upper() == "INTEGER" and not without_rowid:
                alias = pk[0]
        found[name] = Table(name, columns, alias, pk)
    for table in found.values():
        groups: dict[int, list[Any]] = {}
        for fk in db.execute(f"PRAGMA foreign_key_list({_q(table.name)})").fetchall():
            groups.setdefault(int(fk[0]), []).append(fk)
        for parts in groups.values():
            parts.sort(key=lambda p: p[1])
            parent = str(parts[0][2])
            if parent not in found:
                continue
            cols = tuple(str(p[3]) for p in parts)
            pcols = tuple(str(p[4]) if p[4] else "" for p in parts)
            if not all(pcols):
                pcols = found[parent].pk
            table.fks.append(ForeignKey(table.name, cols, parent, pcols))
    return found


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _in_ids(ids: Iterable[int]) -> str:
    return json.dumps(sorted(ids))


@dataclass
class CaseRows:
    """Row ids (rowids) of the case's own rows and of the shared rows they point at."""

    owned: dict[str, set[int]]
    shared: dict[str, set[int]]


def case_rows(db: sqlite_utils.Database, tables: dict[str, Table], case_id: int) -> CaseRows:
    owned: dict[str, set[int]] = {name: set() for name in tables}
    root = db.execute(f"SELECT rowid FROM {ROOT} WHERE id = ?", [case_id]).fetchone()
    if root is None:
        return CaseRows({}, {})
    owned[ROOT].add(int(root[0]))
    changed = True
    while changed:
        changed = False
        for table in tables.values():
            for fk in table.fks:
                if not owned[fk.parent]:
                    continue
                join = " AND ".join(f"c.{_q(a)} = p.{_q(b)}"
                                    for a, b in zip(fk.columns, fk.parent_columns, strict=True))
                rows = db.execute(
                    f"SELECT c.rowid FROM {_q(table.name)} c JOIN {_q(fk.parent)} p ON {join}"
                    " WHERE p.rowid IN (SELECT value FROM json_each(?))",
                    [_in_ids(owned[fk.parent])],
                ).fetchall()
                new = {int(r[0]) for r in rows} - owned[table.name]
                if new:
                    owned[table.name] |= new
                    changed = True
    shared: dict[str, set[int]] = {name: set() for name in tables}
    frontier = {name: set(ids) for name, ids in owned.items() if ids}
    while frontier:
        following: dict[str, set[int]] = {}
        for name, ids in frontier.items():
            for fk in tables[name].fks:
                join = " AND ".join(f"c.{_q(a)} = p.{_q(b)}"
                                    for a, b in zip(fk.columns, fk.parent_columns, strict=True))
                rows = db.execute(
                    f"SELECT p.rowid FROM {_q(name)} c JOIN {_q(fk.parent)} p ON {join}"
                    " WHERE c.rowid IN (SELECT value FROM json_each(?))", [_in_ids(ids)],
                ).fetchall()
                new = {int(r[0]) for r in rows} - owned[fk.parent] - shared[fk.parent]
                if new:
                    shared[fk.parent] |= new
                    following.setdefault(fk.parent, set()).update(new)
        frontier = following
    return CaseRows({k: v for k, v in owned.items() if v}, {k: v for k, v in shared.items() if v})


def fetch(db: sqlite_utils.Database, table: Table, rowids: set[int]) -> list[Row]:
    cols = ", ".join(_q(c) for c in table.columns)
    cursor = db.execute(
        f"SELECT rowid, {cols} FROM {_q(table.name)} "
        "WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid", [_in_ids(rowids)])
    rows = []
    for values in cursor.fetchall():
        row = dict(zip(table.columns, values[1:], strict=True))
        row["__rowid__"] = values[0]
        rows.append(row)
    return rows


def insert_order(tables: dict[str, Table], names: Iterable[str]) -> list[str]:
    """Parents before children (self-references ignored)."""
    wanted = set(names)
    order: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in order or name in visiting:
            return
        visiting.add(name)
        for fk in tables[name].fks:
            if fk.parent in wanted and fk.parent != name:
                visit(fk.parent)
        visiting.discard(name)
        order.append(name)

    for name in sorted(wanted):
        visit(name)
    return order


class UnmappedReference(Exception):
    """A row of the archive points at a row the archive does not hold."""


def insert_rows(
    db: sqlite_utils.Database,
    tables: dict[str, Table],
    archived: dict[str, dict[str, Any]],
    then: Callable[[dict[str, dict[Any, Any]]], None] | None = None,
) -> dict[str, dict[Any, Any]]:
    """Insert the archive's rows (``{table: {"role", "columns", "rows"}}``) in one
    transaction, giving owned rows new ids; return old id → new id per table. ``then``
    runs inside the same transaction with those maps (to renumber ids that rows keep
    inside their own values).

    Columns the current schema lacks are dropped; columns the archive lacks take their
    defaults. Shared rows keyed by anything but a rowid (originals, by SHA-256) are kept
    when already present (content-addressed)."""
    maps: dict[str, dict[Any, Any]] = {}
    with transaction(db):
        for name in insert_order(tables, [t for t in archived if t in tables]):
            table = tables[name]
            entry = archived[name]
            columns = [c for c in entry["columns"] if c in table.columns]
            mapping = maps.setdefault(name, {})
            for values in entry["rows"]:
                row = dict(zip(entry["columns"], values, strict=True))
                _remap(row, table, tables, maps)
                keep = [c for c in columns if not (c == table.rowid_pk and
                                                   not _is_fk(table, c))]
                verb = "INSERT"
                if entry["role"] == "shared" and table.rowid_pk is None:
                    verb = "INSERT OR IGNORE"
                cursor = db.execute(
                    f"{verb} INTO {_q(name)} ({', '.join(_q(c) for c in keep)}) "
                    f"VALUES ({', '.join('?' for _ in keep)})", [row[c] for c in keep])
                if table.rowid_pk:
                    old = dict(zip(entry["columns"], values, strict=True))[table.rowid_pk]
                    new = row[table.rowid_pk] if _is_fk(table, table.rowid_pk) else (
                        cursor.lastrowid)
                    mapping[old] = new
        if then is not None:
            then(maps)
    return maps


class _RolledBack(Exception):
    pass


def check_rows(
    db: sqlite_utils.Database,
    tables: dict[str, Table],
    archived: dict[str, dict[str, Any]],
    then: Callable[[dict[str, dict[Any, Any]]], None] | None = None,
) -> None:
    """``insert_rows`` rolled back at the end: raises what inserting the rows (and
    ``then``) would raise, and keeps nothing. A restore runs it before it writes a file,
    so that rows the database refuses never leave files behind."""

    def roll_back(maps: dict[str, dict[Any, Any]]) -> None:
        if then is not None:
            then(maps)
        raise _RolledBack

    try:
        insert_rows(db, tables, archived, then=roll_back)
    except _RolledBack:
        return


def _is_fk(table: Table, column: str) -> bool:
    return any(column in fk.columns for fk in table.fks)


def _remap(row: Row, table: Table, tables: dict[str, Table],
           maps: dict[str, dict[Any, Any]]) -> None:
    for fk in table.fks:
        parent = tables[fk.parent]
        if len(fk.columns) != 1 or parent.rowid_pk is None:
            continue  # keyed by content (a SHA-256) or by several columns: kept as is
        if fk.parent_columns[0] != parent.rowid_pk:
            continue
        col = fk.columns[0]
        value = row.get(col)
        if value is None:
            continue
        mapping = maps.get(fk.parent, {})
        if value not in mapping:
            raise UnmappedReference(f"{table.name}.{col} = {value} → {fk.parent}")
        row[col] = mapping[value]


def delete_rows(db: sqlite_utils.Database, tables: dict[str, Table], rows: CaseRows,
                before_commit: Callable[[list[tuple[str, Row]]], None]) -> list[tuple[str, Row]]:
    """Delete the case's rows, children first, then the shared rows nothing refers to
    any more, all in one transaction. ``before_commit`` gets the shared rows deleted
    (their files go) inside the transaction, to journal the files to remove."""
    gone: list[tuple[str, Row]] = []
    with transaction(db):
        for name in reversed(insert_order(tables, rows.owned)):
            db.execute(f"DELETE FROM {_q(name)} WHERE rowid IN (SELECT value FROM json_each(?))",
                       [_in_ids(rows.owned[name])])
        for name in reversed(insert_order(tables, rows.shared)):
            for row in fetch(db, tables[name], rows.shared[name]):
                if not referenced(db, tables, name, row):
                    db.execute(f"DELETE FROM {_q(name)} WHERE rowid = ?", [row["__rowid__"]])
                    gone.append((name, row))
        before_commit(gone)
    return gone


def referenced(db: sqlite_utils.Database, tables: dict[str, Table], name: str,
               row: Row) -> bool:
    """Whether any row of any table points at ``row`` of table ``name``."""
    for table in tables.values():
        for fk in table.fks:
            if fk.parent != name:
                continue
            where = " AND ".join(f"{_q(c)} = ?" for c in fk.columns)
            hit = db.execute(f"SELECT 1 FROM {_q(table.name)} WHERE {where} LIMIT 1",
                             [row[c] for c in fk.parent_columns]).fetchone()
            if hit:
                return True
    return False


# --- what verify reads -------------------------------------------------------------------


def integrity_problems(db: sqlite_utils.Database) -> list[str]:
    rows = [str(r[0]) for r in db.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


def foreign_key_problems(db: sqlite_utils.Database) -> list[tuple[str, int | None, str]]:
    """(table, rowid, parent table) for every row that points at a row that is gone."""
    return [(str(r[0]), r[1], str(r[2]))
            for r in db.execute("PRAGMA foreign_key_check").fetchall()]


@dataclass(frozen=True)
class OriginalUse:
    sha256: str
    case_id: int
    case_name: str
    document_id: int
    title: str


def original_uses(db: sqlite_utils.Database) -> dict[str, list[OriginalUse]]:
    """Every originals row with the documents (and their cases) that use it."""
    uses: dict[str, list[OriginalUse]] = {
        str(r[0]): [] for r in db.execute("SELECT sha256 FROM originals").fetchall()}
    for row in db.execute(
        "SELECT o.sha256, c.id, c.name, d.id, d.title FROM originals o "
        "JOIN documents d ON d.sha256 = o.sha256 OR d.working_sha256 = o.sha256 "
        "JOIN cases c ON c.id = d.case_id ORDER BY c.id, d.id"
    ).fetchall():
        uses[str(row[0])].append(OriginalUse(str(row[0]), int(row[1]), str(row[2]),
                                             int(row[3]), str(row[4])))
    return uses


def page_ids(db: sqlite_utils.Database) -> set[int]:
    return {int(r[0]) for r in db.execute("SELECT id FROM pages").fetchall()}


def has_original(db: sqlite_utils.Database, sha256: str) -> bool:
    return db.execute("SELECT 1 FROM originals WHERE sha256 = ?", [sha256]).fetchone() \
        is not None


def cases_using(db: sqlite_utils.Database, sha256: str) -> int:
    """How many cases have a document stored as (or read from) this original."""
    return int(db.execute("SELECT count(DISTINCT case_id) FROM documents "
                          "WHERE sha256 = ? OR working_sha256 = ?",
                          [sha256, sha256]).fetchone()[0])


@dataclass(frozen=True)
class ReadPage:
    page_id: int
    number: int  # 1-based page of its document
    document_id: int
    title: str
    case_id: int
    case_name: str
    cleaned: bool  # processing made a straightened image of it


def read_pages(db: sqlite_utils.Database) -> list[ReadPage]:
    """Pages read by OCR (their text layer is a derived file)."""
    return [ReadPage(int(r[0]), int(r[1]) + 1, int(r[2]), str(r[3]), int(r[4]), str(r[5]),
                     bool(r[6]))
            for r in db.execute(
                "SELECT p.id, p.source_index, d.id, d.title, c.id, c.name, p.cleaned "
                "FROM pages p "
                "JOIN documents d ON d.id = p.document_id JOIN cases c ON c.id = d.case_id "
                "WHERE p.status = 'done' AND p.native_text = 0").fetchall()]


def requeue_pages(db: sqlite_utils.Database, ids: Sequence[int]) -> None:
    """Send pages back to be read again (their derived files are gone)."""
    with transaction(db):
        db.execute("UPDATE pages SET status = 'pending', cleaned = 0 "
                   "WHERE id IN (SELECT value FROM json_each(?))", [_in_ids(ids)])


def unused_originals(db: sqlite_utils.Database, tables: dict[str, Table]) -> list[str]:
    rows = fetch(db, tables["originals"],
                 {int(r[0]) for r in db.execute("SELECT rowid FROM originals").fetchall()})
    return [str(r["sha256"]) for r in rows if not referenced(db, tables, "originals", r)]


def drop_originals(db: sqlite_utils.Database, tables: dict[str, Table],
                   shas: Sequence[str]) -> list[str]:
    """Delete originals rows that nothing refers to (checked again inside the write)."""
    dropped = []
    with transaction(db):
        for sha in shas:
            row = {"sha256": sha}
            if not referenced(db, tables, "originals", row):
                db.execute("DELETE FROM originals WHERE sha256 = ?", [sha])
                dropped.append(sha)
    return dropped


def case_name(db: sqlite_utils.Database, case_id: int) -> str | None:
    row = db.execute("SELECT name FROM cases WHERE id = ?", [case_id]).fetchone()
    return str(row[0]) if row else None


def case_counts(db: sqlite_utils.Database, case_id: int) -> tuple[int, int]:
    """(documents, pages) of the case."""
    row = db.execute(
        "SELECT count(DISTINCT d.id), count(p.id) FROM documents d "
        "LEFT JOIN pages p ON p.document_id = d.id WHERE d.case_id = ?", [case_id]).fetchone()
    return int(row[0]), int(row[1])


def journal_get(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else None


def journal_set(db: sqlite_utils.Database, key: str, value: str | None) -> None:
    """Set (or with ``None`` clear) a settings entry; inside the caller's transaction
    when there is one."""
    if value is None:
        db.execute("DELETE FROM settings WHERE key = ?", [key])
    else:
        db.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])

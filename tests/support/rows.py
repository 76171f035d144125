"""What the trust tests compare: a case's rows with ids replaced by their rank, so a case
restored under new ids compares equal field by field."""

from __future__ import annotations

from typing import Any

from desktop_app.services import Services
from desktop_app.storage import rows as rows_store


def case_dump(services: Services, case_id: int) -> dict[str, list[dict[str, Any]]]:
    db = services.db
    tables = rows_store.schema(db)
    rows = rows_store.case_rows(db, tables, case_id)
    fetched = {name: rows_store.fetch(db, tables[name], ids)
               for group in (rows.owned, rows.shared) for name, ids in group.items()}
    rank: dict[str, dict[Any, int]] = {}
    for name, found in fetched.items():
        pk = tables[name].rowid_pk
        if pk:
            rank[name] = {r[pk]: n for n, r in enumerate(sorted(found, key=lambda r: r[pk]))}
    dump: dict[str, list[dict[str, Any]]] = {}
    for name, found in fetched.items():
        table = tables[name]
        out = []
        for row in sorted(found, key=lambda r: r["__rowid__"]):
            row = {k: v for k, v in row.items() if k != "__rowid__"}
            if table.rowid_pk:
                row[table.rowid_pk] = rank[name][row[table.rowid_pk]]
            for fk in table.fks:
                col = fk.columns[0]
                if fk.parent in rank and row.get(col) is not None:
                    row[col] = rank[fk.parent][row[col]]
            out.append(row)
        dump[name] = out
    return dump


def originals_of(services: Services, case_id: int) -> dict[str, str]:
    """sha256 name → the sha256 of the stored file's bytes, for the case's originals."""
    from desktop_app.core.files import sha256_file

    dump = case_dump(services, case_id)
    return {r["sha256"]: sha256_file(services.store.originals.path(r["sha256"]))
            for r in dump["originals"]}


def count_rows(services: Services) -> dict[str, int]:
    db = services.db
    return {name: int(db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in rows_store.schema(db)}


def files_under(services: Services) -> set[str]:
    root = services.store.root
    return {p.relative_to(root).as_posix() for p in root.rglob("*")
            if p.is_file() and "tmp" not in p.relative_to(root).parts[:1]}

"""Check the data folder ("Check the data folder…", the ``verify`` command): SQLite's
integrity, every original against its SHA-256, missing derived files, files no row
names. Leftovers are repaired on the spot; the rest is said so a person can act on it.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from desktop_app.i18n import _
from desktop_app.services.library import Library
from desktop_app.storage import removals
from desktop_app.storage import rows as rows_store

SHA_NAME = re.compile(r"^[0-9a-f]{64}$")
# Files younger than this that no row names may belong to an import in flight (the file
# lands a moment before its row): verify leaves them alone.
GRACE_SECONDS = 15 * 60


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the data folder, said so that a person can act on it."""

    kind: str  # damaged-original, missing-original, database, broken-link, leftover,
    #            unused-row, missing-derived
    message: str
    hint: str = ""
    case_id: int | None = None
    case_name: str | None = None
    document_id: int | None = None
    fixed: bool = False  # verify repaired it on the spot (nothing for the user to do)

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


# --- verify ---------------------------------------------------------------------------------


class FolderCheck:
    def __init__(self, library: Library) -> None:
        self.library = library
        self.store = library.store
        self.db = library.db

    def verify(self, *, grace_seconds: float = GRACE_SECONDS) -> list[Problem]:
        """Check everything: SQLite's integrity and foreign keys, every original against its
        SHA-256 name, missing originals and derived files, and files no row names.

        Leftovers (files no row names, rows nothing uses, pages whose derived files are gone)
        are repaired on the spot and reported with ``fixed=True``; the rest needs the user."""
        finished = removals.finish(self.store)
        db = self.db
        problems: list[Problem] = []
        if finished:
            problems.append(Problem("leftover", _(
                "Finished removing the files of a deletion that was interrupted."), fixed=True))
        for line in rows_store.integrity_problems(db):
            problems.append(Problem(
                "database", _("The case database is damaged: {detail}").format(detail=line),
                _("Copy the whole data folder somewhere safe, then restore your cases from "
                  "their archives.")))
        for table, rowid, parent in rows_store.foreign_key_problems(db):
            problems.append(Problem(
                "broken-link",
                _("A row of {table} (number {rowid}) points at a {parent} row that is gone.")
                .format(table=table, rowid=rowid, parent=parent),
                _("Restore the case from its archive, or delete the case and add its files "
                  "again.")))
        tables = rows_store.schema(db)
        problems += self._check_originals(tables)
        problems += self._check_derived()
        problems += self._leftover_files(grace_seconds)
        return problems


    def _check_originals(self, tables: dict[str, rows_store.Table]) -> list[Problem]:
        db = self.db
        problems: list[Problem] = []
        unused: list[str] = []
        blobs = self.store.originals
        for sha, uses in rows_store.original_uses(db).items():
            if not uses:
                unused.append(sha)
                continue
            if not blobs.has(sha):
                kind, message = "missing-original", _(
                    "The stored copy of “{title}” (document {doc}) is missing.")
            elif not blobs.check(sha):
                kind, message = "damaged-original", _(
                    "The stored copy of “{title}” (document {doc}) is damaged: its contents "
                    "changed since it was added.")
            else:
                continue
            for use in uses:
                problems.append(Problem(
                    kind, message.format(title=use.title, doc=use.document_id),
                    _("In case “{case}”: remove document {doc} and add the file again, or "
                      "restore the case from its archive.").format(case=use.case_name,
                                                                   doc=use.document_id),
                    case_id=use.case_id, case_name=use.case_name, document_id=use.document_id))
        if unused:
            for sha in rows_store.drop_originals(db, tables, unused):
                removals.remove(self.store, blobs.relpath(sha))
                problems.append(Problem("unused-row", _(
                    "Removed a stored file that no document uses any more ({sha}…).").format(
                        sha=sha[:12]), fixed=True))
        return problems


    def _check_derived(self) -> list[Problem]:
        """Pages read earlier whose text layer or straightened image is gone are read
        again."""
        return [Problem(
            "missing-derived",
            _("Page {n} of “{title}” (document {doc}) lost its reading; it will be read "
              "again.").format(n=p.number, title=p.title, doc=p.document_id),
            _("Process the case (or keep the window open) to read it."),
            case_id=p.case_id, case_name=p.case_name, document_id=p.document_id, fixed=True)
            for p in self.library.requeue_unread()]

    def _leftover_files(self, grace_seconds: float) -> list[Problem]:
        """Files in originals/ and derived/ that no row names: half-written temp files, the
        copy of an import killed before its row was written, derived files of pages that are
        gone. Removed (after a grace period for originals: an import may be in flight)."""
        db = self.db
        root = self.store.root
        blobs = self.store.originals
        known = {blobs.name(sha) for sha in rows_store.original_uses(db)}
        removed: list[str] = []
        originals = root / "originals"
        for folder in sorted(p for p in originals.iterdir() if p.is_dir()) if originals.is_dir() \
                else []:
            for path in sorted(folder.iterdir()):
                if folder.name != "incoming" and SHA_NAME.match(path.name) and (
                        path.name in known):
                    continue
                if _old(path, grace_seconds):
                    removals.remove(self.store, path.relative_to(root).as_posix())
                    removed.append(path.relative_to(root).as_posix())
        pages = rows_store.page_ids(db)
        derived = root / "derived"
        for path in sorted(derived.iterdir()) if derived.is_dir() else []:
            if path.name.isdigit() and int(path.name) in pages:
                continue
            removals.remove(self.store, path.relative_to(root).as_posix())
            removed.append(path.relative_to(root).as_posix())
        return [Problem("leftover", _("Removed a leftover file no case uses: {path}").format(
            path=r), fixed=True) for r in removed]


def _old(path: Path, grace_seconds: float) -> bool:
    try:
        stat = path.lstat()
    except OSError:
        return False
    return time.time() - stat.st_mtime >= grace_seconds


def problems_to_fix(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if not p.fixed]



"""Trust: check the data folder (``verify``), delete a case for good, and move a case as
one archive file (``archive_case`` / ``restore_archive``, in ``services.trust_archive``).

Crash safety of a deletion: the rows go first, in one transaction that also writes a
journal of the files to remove (``settings`` key ``trust.pending_removal``); the files
go after the commit, then the journal is cleared. A crash in between leaves files no
row names and a journal that ``finish_pending_removals`` (run by ``verify``, by every
function here, and by the CLI and the window on start) completes. A crash before the
commit leaves everything as it was. Never the other way round: no row ever points at
a file that is gone.
"""

from __future__ import annotations

import contextlib
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.processing import CLEAN_IMAGE, TEXT_LAYER
from desktop_app.errors import NotFoundError, StorageError
from desktop_app.i18n import _
from desktop_app.services.facade import Services
from desktop_app.storage import archive as rows_store
from desktop_app.storage import record as record_store
from desktop_app.storage.db import transaction
from desktop_app.storage.vault import removable

PENDING_KEY = "trust.pending_removal"
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


# --- the files of a case ----------------------------------------------------------------------


def _remove(services: Services, relative: str) -> None:
    """Remove a stored file (at rest, and its unsealed copy if any); ``Vault.remove``
    refuses anything but an original, a page's derived folder or a kept filing."""
    services.store.vault.remove(relative)
    parts = relative.split("/")
    if parts[0] == record_store.FILINGS_FOLDER:  # the case's filings folder, once empty
        with contextlib.suppress(OSError):
            (services.store.root / parts[0] / parts[1]).rmdir()


def finish_pending_removals(services: Services) -> int:
    """Remove the files a deletion journaled but did not get to (a crash); return how
    many entries it finished."""
    db = services.db
    pending = rows_store.journal_get(db, PENDING_KEY)
    if not pending:
        return 0
    try:
        entries = [str(e) for e in json.loads(pending)]
    except (ValueError, TypeError):
        entries = []  # not one this app wrote: nothing in it is removed
    blobs = services.store.originals
    in_use = {blobs.relpath(sha) for sha in rows_store.original_uses(db)}
    for relative in entries:
        if relative in in_use or not removable(relative):  # imported again since
            continue
        _remove(services, relative)
    with transaction(db):
        rows_store.journal_set(db, PENDING_KEY, None)
    return len(entries)


# --- delete ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseContents:
    """What deleting a case removes, for the confirmation."""

    case_id: int
    name: str
    documents: int
    pages: int
    files: int  # originals only this case uses, plus kept files (filings)


def case_contents(services: Services, case_id: int) -> CaseContents:
    db = services.db
    name = rows_store.case_name(db, case_id)
    if name is None:
        raise NotFoundError(_("There is no case {id}.").format(id=case_id),
                            _("List the cases to see their numbers."))
    tables = rows_store.schema(db)
    rows = rows_store.case_rows(db, tables, case_id)
    docs, pages = rows_store.case_counts(db, case_id)
    own_files = 0
    for row in rows_store.fetch(db, tables["originals"], rows.shared.get("originals", set())):
        own_files += rows_store.cases_using(db, str(row["sha256"])) <= 1
    own_files += len(_kept_copies(services, rows))
    return CaseContents(case_id, name, docs, pages, own_files)


def originals_of_case(services: Services, case_id: int) -> list[str]:
    """SHA-256 names of the originals the case's documents use."""
    db = services.db
    tables = rows_store.schema(db)
    rows = rows_store.case_rows(db, tables, case_id)
    return [str(r["sha256"]) for r in
            rows_store.fetch(db, tables["originals"], rows.shared.get("originals", set()))]


def _kept_copies(services: Services, rows: rows_store.CaseRows) -> list[str]:
    """The kept packet copies of the case's filings, found from the filings' ids (never
    from a path a row names)."""
    found = record_store.kept_copies(services.db, sorted(rows.owned.get("filings", set())))
    return [f for f in found if (services.store.root / f).is_file()]


def delete_case(services: Services, case_id: int) -> CaseContents:
    """Remove the case: every row that belongs to it (found from the schema's foreign
    keys), the originals no other case uses, its pages' derived files and thumbnails,
    and its filings' kept copies. Only files the case's own rows reference by id or by
    SHA-256 go, never a file some text in them names. Crash-safe (see the module's
    note)."""
    finish_pending_removals(services)
    contents = case_contents(services, case_id)
    db = services.db
    tables = rows_store.schema(db)
    rows = rows_store.case_rows(db, tables, case_id)
    files = _kept_copies(services, rows)
    blobs = services.store.originals

    def journal(gone: list[tuple[str, rows_store.Row]]) -> None:
        removal = files + [f"derived/{pid}" for pid in sorted(rows.owned.get("pages", set()))]
        removal += [blobs.relpath(str(r["sha256"])) for t, r in gone if t == "originals"]
        rows_store.journal_set(db, PENDING_KEY, json.dumps(removal))

    try:
        rows_store.delete_rows(db, tables, rows, journal)
    except OSError as exc:
        raise StorageError(_("The case could not be deleted: {error}").format(error=exc),
                           _("Nothing was removed. Check the data folder, then try again.")
                           ) from exc
    finish_pending_removals(services)
    return contents


# --- verify ---------------------------------------------------------------------------------


def verify(services: Services, *, grace_seconds: float = GRACE_SECONDS) -> list[Problem]:
    """Check everything: SQLite's integrity and foreign keys, every original against its
    SHA-256 name, missing originals and derived files, and files no row names.

    Leftovers (files no row names, rows nothing uses, pages whose derived files are gone)
    are repaired on the spot and reported with ``fixed=True``; the rest needs the user."""
    finished = finish_pending_removals(services)
    db = services.db
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
    problems += _check_originals(services, tables)
    problems += _check_derived(services)
    problems += _leftover_files(services, grace_seconds)
    return problems


def _check_originals(services: Services, tables: dict[str, rows_store.Table]) -> list[Problem]:
    db = services.db
    problems: list[Problem] = []
    unused: list[str] = []
    blobs = services.store.originals
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
            _remove(services, blobs.relpath(sha))
            problems.append(Problem("unused-row", _(
                "Removed a stored file that no document uses any more ({sha}…).").format(
                    sha=sha[:12]), fixed=True))
    return problems


def requeue_unread(services: Services) -> int:
    """Send back to be read every page whose derived files are gone; return how many."""
    return len(_check_derived(services))


def _check_derived(services: Services) -> list[Problem]:
    """Pages read earlier whose text layer or straightened image is gone are read again."""
    db = services.db
    missing = []
    for page in rows_store.read_pages(db):
        folder = services.store.derived_dir(page.page_id)
        has_clean = any(folder.glob(CLEAN_IMAGE + ".*"))
        if not (folder / TEXT_LAYER).is_file() or (page.cleaned and not has_clean):
            missing.append(page)
    if not missing:
        return []
    rows_store.requeue_pages(db, [p.page_id for p in missing])
    return [Problem(
        "missing-derived",
        _("Page {n} of “{title}” (document {doc}) lost its reading; it will be read "
          "again.").format(n=p.number, title=p.title, doc=p.document_id),
        _("Process the case (or keep the window open) to read it."),
        case_id=p.case_id, case_name=p.case_name, document_id=p.document_id, fixed=True)
        for p in missing]


def _old(path: Path, grace_seconds: float) -> bool:
    try:
        stat = path.lstat()
    except OSError:
        return False
    return time.time() - stat.st_mtime >= grace_seconds


def _leftover_files(services: Services, grace_seconds: float) -> list[Problem]:
    """Files in originals/ and derived/ that no row names: half-written temp files, the
    copy of an import killed before its row was written, derived files of pages that are
    gone. Removed (after a grace period for originals: an import may be in flight)."""
    db = services.db
    root = services.store.root
    blobs = services.store.originals
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
                _remove(services, path.relative_to(root).as_posix())
                removed.append(path.relative_to(root).as_posix())
    pages = rows_store.page_ids(db)
    derived = root / "derived"
    for path in sorted(derived.iterdir()) if derived.is_dir() else []:
        if path.name.isdigit() and int(path.name) in pages:
            continue
        _remove(services, path.relative_to(root).as_posix())
        removed.append(path.relative_to(root).as_posix())
    return [Problem("leftover", _("Removed a leftover file no case uses: {path}").format(
        path=r), fixed=True) for r in removed]


def problems_to_fix(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if not p.fixed]


from desktop_app.services.trust_archive import (  # noqa: E402  (re-exported)
    ArchiveResult,
    archive_case,
    archive_is_sealed,
    restore_archive,
)

__all__ = [
    "ArchiveResult", "CaseContents", "Problem", "archive_case", "archive_is_sealed",
    "case_contents", "delete_case", "finish_pending_removals", "problems_to_fix",
    "restore_archive", "verify",
]

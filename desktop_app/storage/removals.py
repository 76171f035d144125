"""Files removed after their rows, crash-safely: a deletion (a case deleted, a document's
stored copy replaced by its redacted one) changes the rows in one transaction that also
journals the files to remove (``settings`` key ``trust.pending_removal``); the files go
after the commit, then the journal is cleared. A crash in between leaves files no row
names and a journal that ``finish`` completes (every ``Services.open`` runs it, and so
do the deletions themselves). A crash before the commit leaves everything as it was.
Never the other way round: no row ever points at a file that is gone.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence

import sqlite_utils

from desktop_app.storage import rows
from desktop_app.storage.db import transaction
from desktop_app.storage.protection.vault import removable
from desktop_app.storage.record import FILINGS_FOLDER
from desktop_app.storage.store import Store

PENDING_KEY = "trust.pending_removal"  # the name older data folders have it under


def journal(db: sqlite_utils.Database, relative: Sequence[str]) -> None:
    """Journal the files to remove, inside the caller's transaction."""
    rows.journal_set(db, PENDING_KEY, json.dumps(list(relative)))


def remove(store: Store, relative: str) -> None:
    """Remove a stored file (at rest, and its unsealed copy if any); ``Vault.remove``
    refuses anything but an original, a page's derived folder or a kept filing."""
    store.vault.remove(relative)
    parts = relative.split("/")
    if parts[0] == FILINGS_FOLDER:  # the case's filings folder, once empty
        with contextlib.suppress(OSError):
            (store.root / parts[0] / parts[1]).rmdir()


def finish(store: Store) -> int:
    """Remove the files a deletion journaled but did not get to (a crash); return how
    many entries it finished."""
    db = store.db
    pending = rows.journal_get(db, PENDING_KEY)
    if not pending:
        return 0
    try:
        entries = [str(e) for e in json.loads(pending)]
    except (ValueError, TypeError):
        entries = []  # not one this app wrote: nothing in it is removed
    blobs = store.originals
    in_use = {blobs.relpath(sha) for sha in rows.original_uses(db)}
    for relative in entries:
        if relative in in_use or not removable(relative):  # imported again since
            continue
        remove(store, relative)
    with transaction(db):
        rows.journal_set(db, PENDING_KEY, None)
    return len(entries)

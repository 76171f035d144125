from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from desktop_app.cli import main as cli_main
from desktop_app.errors import InvalidInputError, NotFoundError, StorageError
from desktop_app.services import Services
from desktop_app.storage import pages
from desktop_app.storage.db import connect
from desktop_app.storage.schema import SCHEMA_VERSION
from desktop_app.storage.store import Store
from tests import make


def test_data_folder_is_private_and_database_is_set_up(data_dir: Path) -> None:
    store = Store(data_dir)
    try:
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        assert stat.S_IMODE((data_dir / "evidence.db").stat().st_mode) == 0o600
        for sub in ("originals", "derived", "tmp"):
            assert stat.S_IMODE((data_dir / sub).stat().st_mode) == 0o700
        db = store.db
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        store.close()


@pytest.mark.plain_folder
def test_loose_permissions_on_an_existing_folder_are_tightened(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o755)
    Store(data_dir).close()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


def test_reopening_keeps_everything_and_does_not_migrate_twice(data_dir: Path) -> None:
    svc = Services.open(data_dir)
    case = svc.create_case(name="Ana Pérez")
    svc.close()
    again = Services.open(data_dir)
    try:
        assert [c.name for c in again.list_cases()] == ["Ana Pérez"]
        assert again.get_case(case.id).name == "Ana Pérez"
    finally:
        again.close()


@pytest.mark.plain_folder
def test_a_database_from_a_newer_version_is_refused(data_dir: Path) -> None:
    Store(data_dir).close()
    conn = sqlite3.connect(data_dir / "evidence.db")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StorageError, match="newer version"):
        connect(data_dir / "evidence.db")


@pytest.mark.plain_folder
def test_a_file_that_is_not_a_database_gives_a_clear_error(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "evidence.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="cannot be opened"):
        Store(data_dir)


@pytest.mark.plain_folder
def test_original_is_stored_byte_for_byte_under_its_sha256(
    services: Services, tmp_path: Path
) -> None:
    source = make.save_image(make.page_image(), tmp_path / "scan.png")
    sha, size = services.store.originals.put_file(source)
    stored = services.store.originals.path(sha)
    assert stored.name == sha and stored.read_bytes() == source.read_bytes()
    assert size == source.stat().st_size
    assert stat.S_IMODE(stored.stat().st_mode) == 0o400  # never modified in place
    assert services.store.originals.check(sha)
    assert services.store.originals.put_file(source) == (sha, size)
    assert not list((services.store.originals.root / "incoming").iterdir())


def test_new_case_has_the_four_builtin_tabs_in_order(services: Services) -> None:
    case = services.create_case(name="Luis Gómez", relief="deferred action")
    assert [t.key for t in services.list_tabs(case.id)] == [
        "residence", "employment", "medical", "community"]
    assert services.get_case(case.id).relief == "deferred action"


def test_case_needs_a_name(services: Services) -> None:
    with pytest.raises(InvalidInputError, match="name"):
        services.create_case(name="   ")


def test_unknown_case_is_a_not_found_error(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no case 42"):
        services.list_documents(42)


def test_tabs_reorder_and_user_tabs(services: Services) -> None:
    case = services.create_case(name="A")
    services.add_tab(case.id, "Family ties")
    order = services.order_tabs(case.id, ["medical", "family-ties"])
    assert [t.key for t in order] == [
        "medical", "family-ties", "residence", "employment", "community"]
    with pytest.raises(InvalidInputError, match="no tab called"):
        services.order_tabs(case.id, ["taxes"])
    with pytest.raises(InvalidInputError, match="already has a tab"):
        services.add_tab(case.id, "family ties")


def test_search_query_never_breaks_on_what_a_person_types() -> None:
    assert pages.fts_query('rent AND (june') == '"rent" "AND" "june"'
    assert pages.fts_query('"monthly rent" land*') == '"monthly rent" "land"*'
    assert pages.fts_query("  -:*  ") == ""


@pytest.mark.plain_folder
def test_opening_the_folder_again_keeps_another_process_scratch_files(data_dir: Path) -> None:
    import os
    import subprocess
    import sys

    first = Store(data_dir)
    busy = first.tmp / "page-1" / "page.png"
    busy.parent.mkdir()
    busy.write_bytes(b"being read by tesseract")
    # A process that has died left its scratch folder behind.
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    stale = data_dir / "tmp" / dead.stdout.strip()
    stale.mkdir()
    (stale / "leftover.png").write_bytes(b"x")
    second = Store(data_dir)
    try:
        assert busy.read_bytes() == b"being read by tesseract"
        assert not stale.exists()
        assert second.tmp.name == str(os.getpid())
    finally:
        first.close()
        second.close()


def test_a_folder_opened_while_another_is_still_making_its_database_waits_for_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another window or command is writing the new database in its first journal: SQLite
    refuses the switch to WAL at once, without waiting as it does for other locks. The
    second opening waits for the writer to finish, then opens the folder."""
    from desktop_app.storage import db as db_module

    path = tmp_path / "evidence.db"
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("CREATE TABLE being_made (x)")
    waits: list[float] = []

    def writer_finishes(seconds: float) -> None:
        waits.append(seconds)
        if writer.in_transaction:
            writer.execute("COMMIT")

    monkeypatch.setattr(db_module, "pause", writer_finishes, raising=False)
    db = connect(path)
    try:
        assert waits, "the writer's lock was never met"
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        db.conn.close()
        writer.close()


@pytest.mark.plain_folder
def test_two_processes_opening_a_new_data_folder_at_once_both_succeed(data_dir: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; from pathlib import Path; from desktop_app.storage.store import Store;"
            "Store(Path(sys.argv[1])).close()")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(data_dir)],
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    errors = [p.communicate(timeout=60)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors
    store = Store(data_dir)
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        store.close()


def test_opening_a_store_leaves_the_process_umask_alone(tmp_path: Path) -> None:
    """A library class never changes process-wide settings; the entry points do."""
    before = os.umask(0o022)
    try:
        Store(tmp_path / "data").close()
        assert os.umask(0o022) == 0o022
    finally:
        os.umask(before)


def test_the_command_line_makes_its_files_owner_only(tmp_path: Path) -> None:
    before = os.umask(0o022)
    try:
        assert cli_main(["--data-dir", str(tmp_path / "data"), "case", "list"]) == 0
        assert os.umask(0o022) == 0o077
    finally:
        os.umask(before)


def test_every_folder_and_file_made_by_an_import_is_owner_only(
        data_dir: Path, tmp_path: Path) -> None:
    svc = Services.open(data_dir)
    try:
        case = svc.create_case(name="Ana Pérez")
        pdf = make.text_pdf(tmp_path / "lease.pdf", ["Lease agreement " * 20])
        svc.import_files(case.id, [pdf])
        svc.pictures.thumbnail(svc.list_pages(svc.list_documents(case.id)[0].id)[0].id)
    finally:
        svc.close()
    loose = [str(p.relative_to(data_dir)) for p in data_dir.rglob("*")
             if stat.S_IMODE(p.stat().st_mode) & 0o077]
    assert loose == []

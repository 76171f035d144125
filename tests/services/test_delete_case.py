"""Deleting a case really removes it: every row that belongs to it (tables added by other
work too), its own originals, derived files, thumbnails and kept filings; crash-safe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.errors import NotFoundError
from desktop_app.services import Services
from desktop_app.services.check import problems_to_fix
from desktop_app.storage import removals
from desktop_app.storage import rows as rows_store
from desktop_app.storage.store import Store
from tests.support.rows import case_dump, count_rows, files_under
from tests.support.small_case import build_case


def _two_cases(services: Services, tmp_path: Path) -> tuple[int, int, str]:
    """Case A (OCR'd scan, letter, filing) and case B, which shares A's letter."""
    a = build_case(services, tmp_path / "a")
    b = services.create_case(name="Juan Pérez")
    letter = next((tmp_path / "a").glob("*-letter.pdf"))
    outcome = services.import_files(b.id, [letter])[0]
    assert outcome.status == "imported"
    shared = case_dump(services, b.id)["originals"][0]["sha256"]
    for doc in services.list_documents(a.case_id):
        for page in services.list_pages(doc.id):
            services.pictures.thumbnail(page.id)
    return a.case_id, b.id, shared


def test_delete_case_removes_everything_it_owns_and_nothing_else(
        services: Services, tmp_path: Path) -> None:
    a, b, shared = _two_cases(services, tmp_path)
    own = set(services.originals_of_case(a)) - {shared}
    pages = [p.id for d in services.list_documents(a) for p in services.list_pages(d.id)]
    filing = services.store.root / services.record.filing(a, 1).kept_path
    contents = services.case_contents(a)
    assert (contents.name, contents.documents, contents.pages, contents.files) == (
        "Maria Hernández", 2, 3, 2)  # the scan and the filing; the letter is shared
    b_before = case_dump(services, b)

    services.delete_case(a)

    assert [c.id for c in services.list_cases()] == [b]
    with pytest.raises(NotFoundError):
        services.get_case(a)
    counts = count_rows(services)
    assert counts["kept_filings"] == 0 and counts["tabs"] == 4  # B's four tabs only
    assert counts["pages"] == 2 and counts["documents"] == 1
    assert not any(services.store.originals.has(sha) for sha in own)
    assert services.store.originals.check(shared)
    assert not any(services.store.derived_dir(p).exists() for p in pages)
    assert not filing.exists()
    assert services.search(b, "Cedar") == []
    assert case_dump(services, b) == b_before
    assert services.check.verify(grace_seconds=0) == []
    assert rows_store.journal_get(services.db, removals.PENDING_KEY) is None


def _delete_with_a_power_cut(services: Services, case_id: int,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Delete a case, the power failing once its rows are gone and before its files go."""
    calls = 0
    real = removals.finish

    def power_cut(store: Store) -> int:
        nonlocal calls
        calls += 1
        if calls == 2:  # the first call tidies up before; the second removes the files
            raise KeyboardInterrupt("power cut")
        return real(store)

    monkeypatch.setattr(removals, "finish", power_cut)
    with pytest.raises(KeyboardInterrupt):
        services.delete_case(case_id)
    monkeypatch.undo()


def test_a_crash_after_the_rows_are_gone_is_finished_on_the_next_check(
        services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, _shared = _two_cases(services, tmp_path)
    files_before = files_under(services)
    _delete_with_a_power_cut(services, a, monkeypatch)
    # The rows went in one transaction; the files are still there, journaled.
    assert [c.id for c in services.list_cases()] == [b]
    assert files_under(services) == files_before
    journal = json.loads(rows_store.journal_get(services.db, removals.PENDING_KEY) or "[]")
    assert any(j.startswith("originals/") for j in journal)
    # No row points at a missing file, ever.
    assert problems_to_fix(services.check.verify(grace_seconds=0)) == []
    assert len(files_under(services)) < len(files_before)
    assert rows_store.journal_get(services.db, removals.PENDING_KEY) is None
    assert services.check.verify(grace_seconds=0) == []


def test_a_failure_before_the_commit_changes_nothing(
        services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, _b, _shared = _two_cases(services, tmp_path)
    before = count_rows(services), files_under(services)

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(rows_store, "journal_set", full_disk)
    with pytest.raises(Exception, match="could not be deleted|No space"):
        services.delete_case(a)
    monkeypatch.undo()
    assert (count_rows(services), files_under(services)) == before


def test_deleting_a_case_that_does_not_exist_says_so(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no case 42"):
        services.delete_case(42)


def test_opening_the_data_folder_finishes_a_deletion_cut_short(
        services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, _shared = _two_cases(services, tmp_path)
    files_before = files_under(services)
    _delete_with_a_power_cut(services, a, monkeypatch)
    assert files_under(services) == files_before
    again = Services.open(services.store.root)  # the next start of the app or a command
    try:
        assert rows_store.journal_get(again.db, removals.PENDING_KEY) is None
        assert len(files_under(again)) < len(files_before)
        assert [c.id for c in again.list_cases()] == [b]
    finally:
        again.close()

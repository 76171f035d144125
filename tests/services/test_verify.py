"""``verify``: re-hash every original, SQLite's own checks, missing files, leftovers."""

from __future__ import annotations

import os
import time
from pathlib import Path

from desktop_app.services import Services
from desktop_app.storage import rows as rows_store
from tests.conftest import raw_connection, stored_original
from tests.support.rows import case_dump
from tests.support.small_case import SmallCase, build_case


def _original_of(services: Services, case: SmallCase, index: int = 0) -> tuple[str, Path]:
    docs = services.list_documents(case.case_id)
    doc = next(d for d in docs if d.id == case.documents[index])
    return doc.sha256, stored_original(services, doc.sha256)


def test_a_healthy_data_folder_has_no_problems(services: Services,
                                               small_case: SmallCase) -> None:
    assert services.check.verify() == []


def test_a_changed_original_names_its_case_and_document(services: Services,
                                                        small_case: SmallCase) -> None:
    _sha, path = _original_of(services, small_case, 1)
    path.chmod(0o600)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    problems = services.check.verify()
    assert [p.kind for p in problems] == ["damaged-original"]
    problem = problems[0]
    assert (problem.case_id, problem.document_id) == (small_case.case_id,
                                                      small_case.documents[1])
    assert "damaged" in problem.message and "Maria Hernández" in problem.hint
    assert "add the file again" in problem.hint and not problem.fixed


def test_a_missing_original_is_reported(services: Services, small_case: SmallCase) -> None:
    _sha, path = _original_of(services, small_case)
    path.unlink()
    problems = services.check.verify()
    assert [p.kind for p in problems] == ["missing-original"]
    assert "“Employer letter” (document 1) is missing" in problems[0].message


def test_leftovers_are_removed_once_they_are_old(services: Services,
                                                 small_case: SmallCase) -> None:
    root = services.store.root
    half = root / "originals" / "ab" / ".tmp-x1y2"  # a copy killed half-way
    half.parent.mkdir(exist_ok=True)
    half.write_bytes(b"half a scan")
    orphan = root / "originals" / "cd" / ("cd" + "0" * 62)  # stored, row never written
    orphan.parent.mkdir(exist_ok=True)
    orphan.write_bytes(b"whole scan")
    stale = root / "derived" / "999"
    stale.mkdir()
    (stale / "textlayer.pdf").write_bytes(b"%PDF-1.7")
    # Young files may belong to an import in flight: kept.
    problems = services.check.verify()
    assert [p.kind for p in problems] == ["leftover"] and not stale.exists()
    assert half.exists() and orphan.exists()
    old = time.time() - 3600
    for path in (half, orphan):
        os.utime(path, (old, old))
    problems = services.check.verify()
    assert sorted(p.kind for p in problems) == ["leftover", "leftover"]
    assert all(p.fixed for p in problems)
    assert not half.exists() and not orphan.exists()
    assert services.check.verify() == []


def test_a_lost_reading_is_queued_again(services: Services, small_case: SmallCase) -> None:
    page = services.list_pages(small_case.documents[1])[0]
    (services.store.root / "derived" / str(page.id) / "textlayer.pdf").unlink()
    problems = services.check.verify()
    assert [p.kind for p in problems] == ["missing-derived"] and problems[0].fixed
    assert "will be read again" in problems[0].message
    assert services.pending_pages(small_case.case_id) == 1
    services.process(small_case.case_id, workers=1)
    assert services.check.verify() == []


def test_a_row_pointing_at_nothing_is_reported(services: Services, tmp_path: Path) -> None:
    build_case(services, tmp_path / "in", ocr=False)
    conn = raw_connection(services)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("INSERT INTO tabs(case_id, key, title, position) VALUES (77, 'x', 'X', 0)")
    conn.commit()
    conn.close()
    problems = services.check.verify()
    assert [p.kind for p in problems] == ["broken-link"]
    assert "tabs" in problems[0].message and "cases" in problems[0].message


def test_an_unused_original_row_is_dropped(services: Services, tmp_path: Path) -> None:
    case = build_case(services, tmp_path / "in", ocr=False)
    sha = case_dump(services, case.case_id)["originals"][0]["sha256"]
    conn = raw_connection(services)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("DELETE FROM pages")
    conn.execute("DELETE FROM filing_exhibits")
    conn.execute("DELETE FROM documents")
    conn.commit()
    conn.close()
    problems = services.check.verify()
    assert "unused-row" in [p.kind for p in problems] and all(p.fixed for p in problems)
    assert not services.store.originals.has(sha)
    assert rows_store.unused_originals(services.db, rows_store.schema(services.db)) == []

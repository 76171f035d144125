"""The filing record (issue 5) travels with the case and goes with it, with nothing in the
trust code that knows about it: its tables are found from their foreign keys, its kept
packet copies from the paths its rows name."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services import Services
from desktop_app.services.packets import FilingOptions
from tests.support.rows import case_dump
from tests.support.small_case import build_case


def test_a_recorded_filing_round_trips_and_is_deleted_with_its_case(
        services: Services, tmp_path: Path) -> None:
    pytest.importorskip("desktop_app.services.record")
    case = build_case(services, tmp_path / "in", ocr=False)
    _result, filing = services.record.export(case.case_id,
                                               tmp_path / "out" / "packet.pdf",
                                               FilingOptions(note="sent by mail"))
    kept = services.store.root / filing.kept_path
    assert kept.is_file()
    out = tmp_path / "case.epcase"
    services.archive.save(case.case_id, out, "a passphrase")

    other = Services.open(tmp_path / "other")
    try:
        from tests.support.small_case import add_filings_table

        add_filings_table(other)
        restored = other.archive.restore(out, "a passphrase")
        again = other.record.filings(restored.id)
        assert [(f.number, f.note, f.sha256, f.page_count) for f in again] == [
            (f.number, f.note, f.sha256, f.page_count)
            for f in services.record.filings(case.case_id)]
        assert (again[-1].number, again[-1].note) == (filing.number, "sent by mail")
        assert other.record.kept_copy_intact(restored.id, filing.number)
        dump, first = case_dump(other, restored.id), case_dump(services, case.case_id)
        for rows in (dump["filings"], first["filings"]):  # local to each computer
            for row in rows:
                del row["kept_path"], row["exported_to"]
        assert dump["filings"] == first["filings"]
        assert dump["filing_exhibits"] == case_dump(services, case.case_id)["filing_exhibits"]
    finally:
        other.close()

    contents = services.case_contents(case.case_id)
    assert contents.files >= 3  # the letter and the two kept packets
    services.delete_case(case.case_id)
    assert not kept.exists()
    assert services.check.verify(grace_seconds=0) == []


def test_a_filing_restored_into_a_folder_in_use_is_built_again_from_its_own_pages(
        services: Services, tmp_path: Path) -> None:
    """The record names pages by id; restored where those ids belong to another case's
    pages, building the filing again still draws the restored case's own pages."""
    from tests.make import page_image, save_image
    from tests.support.record import page_texts
    from tests.support.small_case import SMALL

    case = build_case(services, tmp_path / "in")  # a letter, and a scan read by Tesseract
    _result, filing = services.record.export(case.case_id,
                                               tmp_path / "out" / "packet.pdf",
                                               FilingOptions())
    out = tmp_path / "case.epcase"
    services.archive.save(case.case_id, out)
    other = Services.open(tmp_path / "other")
    try:
        from tests.support.small_case import add_filings_table

        add_filings_table(other)  # the small case's extra table, as in the test above
        someone = other.create_case(name="Someone Else")
        scans = [save_image(page_image([f"Unrelated paper number {n}", "Zanzibar quinoa"],
                                       size=SMALL, font_px=26), tmp_path / f"o{n}.png")
                 for n in range(3)]
        other.import_files(someone.id, scans)
        assert other.process(someone.id, workers=1).failed == 0
        restored = other.archive.restore(out)
        assert restored.id != case.case_id
        again = other.record.reproduce(restored.id, filing.number, tmp_path / "again.pdf")
        kept = other.record.kept_copy(restored.id, filing.number)
        assert again.page_count == filing.page_count
        assert page_texts(tmp_path / "again.pdf") == page_texts(kept)
        assert "Zanzibar" not in " ".join(page_texts(tmp_path / "again.pdf"))
    finally:
        other.close()

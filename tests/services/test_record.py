"""Every export is a filing: recorded, kept, continued by a supplement, built again."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest

from desktop_app.core.files import sha256_file
from desktop_app.errors import InvalidInputError, NotFoundError
from desktop_app.services import Services
from desktop_app.services.packets import FilingOptions
from tests.support.record import Built, add_documents, build_case, page_texts

MARCH_2 = dt.date(2026, 3, 2)


def test_an_export_is_recorded_with_a_kept_copy(services: Services, tmp_path: Path) -> None:
    built = build_case(services, tmp_path / "in")
    out = tmp_path / "out" / "packet.pdf"
    result, filing = services.record.export(built.case_id, out,
        FilingOptions(note="mailed by FedEx", bates_prefix="DA-", prepared_on=MARCH_2))

    assert filing.number == 1 and filing.purpose == "initial"
    assert filing.filed_on == "2026-03-02" and filing.note == "mailed by FedEx"
    assert filing.sha256 == result.sha256 == sha256_file(out)
    assert filing.page_count == result.page_count == 10  # cover, index, 2 dividers, 6 pages
    kept = services.store.root / filing.kept_path  # at rest: sealed when protected
    assert services.record.kept_copy(built.case_id, 1).read_bytes() == out.read_bytes()
    assert kept.name == f"1-{filing.sha256[:12]}.pdf"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(kept.parent.parent.stat().st_mode) == 0o700
    assert services.record.kept_copy_intact(built.case_id, 1)

    ids = built.ids
    assert [(e.exhibit_id, e.document_id, e.title, e.first_page, e.last_page)
            for e in filing.exhibits] == [
        ("A-1", ids["lease"], "Lease", 4, 5),
        ("A-2", ids["receipt-2017"], "Receipt 2017", 6, 6),
        ("A-3", ids["receipt-2019"], "Receipt 2019", 7, 7),
        ("A-4", ids["bill-2021"], "Bill 2021", 8, 8),
        ("B-1", ids["employer-letter"], "Employer letter", 10, 10),
    ]
    assert [(p.exhibit_id, p.first_page, p.last_page) for p in result.exhibits] == [
        (e.exhibit_id, e.first_page, e.last_page) for e in filing.exhibits]
    # The history, as a later session reads it from the database.
    again = Services.open(services.store.root)
    try:
        assert again.record.filings(built.case_id) == [filing]
    finally:
        again.close()


def test_a_supplement_continues_the_numbering_with_only_new_documents(
    services: Services, tmp_path: Path
) -> None:
    built = build_case(services, tmp_path / "in")
    services.record.export(built.case_id, tmp_path / "first.pdf",
                             FilingOptions(prepared_on=MARCH_2))
    new = add_documents(services, built.case_id, tmp_path / "new", {
        "receipt-2024": ("residence", 1), "clinic-letter": ("medical", 2)})

    result, filing = services.record.export(built.case_id, tmp_path / "supplement.pdf",
        FilingOptions(purpose="supplement", continue_numbering=True,
                      prepared_on=dt.date(2026, 4, 9)))

    # Residence keeps its letter and goes on from A-4; medical, never filed, takes C.
    assert [(e.exhibit_id, e.document_id) for e in filing.exhibits] == [
        ("A-5", new["receipt-2024"]), ("C-1", new["clinic-letter"])]
    assert filing.continues and filing.purpose == "supplement"
    # cover, index, divider A, 1 page, divider C, 2 pages
    assert result.page_count == filing.page_count == 7
    texts = page_texts(result.path)
    index = texts[1]
    assert index.startswith("Index of Exhibits")
    assert ("Supplement to the packet filed on March 2, 2026; exhibits A-1 to A-4 and B-1 "
            "were filed then.") in index
    assert "A-5" in index and "Receipt 2024" in index and "C-1" in index
    assert "A-1 Lease" not in index and "Employer letter" not in index
    assert "Supplement to the packet filed on March 2, 2026" in texts[0]  # the cover too
    full = " ".join(texts)
    assert "receipt-2024 page 1" in full and "lease page 1" not in full

    # A response to a request for evidence after both says so, and continues again.
    add_documents(services, built.case_id, tmp_path / "rfe", {"tax-return": ("employment", 1)})
    _result, third = services.record.export(built.case_id, tmp_path / "rfe.pdf",
        FilingOptions(purpose="rfe-response", continue_numbering=True))
    assert [e.exhibit_id for e in third.exhibits] == ["B-2"]
    index = page_texts(tmp_path / "rfe.pdf")[1]
    assert ("Response to the request for evidence, adding to the packets filed on March 2, "
            "2026 and April 9, 2026; exhibits A-1 to A-5, B-1 and C-1 were filed "
            "then.") in index


def _translate_employer_letter(services: Services, built: Built, folder: Path) -> None:
    """Add a certified translation of the employer letter."""
    translation = add_documents(services, built.case_id, folder,
                                {"translation": ("employment", 1)})["translation"]
    services.assistant.pair_translation(built.case_id, translation,
                               built.ids["employer-letter"])
    services.assistant.set_translator(built.case_id, name="Ana Ruiz",
                             statement="I am fluent in Spanish and English.")


def test_a_translation_paired_after_filing_goes_into_the_supplement(
    services: Services, tmp_path: Path
) -> None:
    """The employer letter was filed as B-1 before its translation existed. The
    supplement files it again with its translation under B-2, naming B-1; the next
    supplement has nothing new to send for it."""
    built = build_case(services, tmp_path / "in")
    services.record.export(built.case_id, tmp_path / "first.pdf",
                             FilingOptions(prepared_on=MARCH_2))
    _translate_employer_letter(services, built, tmp_path / "tr")

    result, filing = services.record.export(built.case_id, tmp_path / "supplement.pdf",
        FilingOptions(purpose="supplement", continue_numbering=True,
                      prepared_on=dt.date(2026, 4, 9)))

    assert [(e.exhibit_id, e.document_id) for e in filing.exhibits] == [
        ("B-2", built.ids["employer-letter"])]
    # cover, index, divider B, the letter, its translation, the certificate
    assert result.page_count == 6
    texts = page_texts(result.path)
    assert "(with certified translation; original filed as B-1)" in " ".join(texts[1].split())
    full = " ".join(texts)
    assert "employer-letter page 1" in full and "translation page 1" in full
    assert "Certificate of Translation" in full and "Ana Ruiz" in full
    assert "lease page 1" not in full
    with pytest.raises(InvalidInputError, match="Every document in this packet was filed"):
        services.packets.plan(built.case_id, FilingOptions(
            purpose="supplement", continue_numbering=True))


def test_bates_numbers_go_on_after_every_page_filed(services: Services, tmp_path: Path) -> None:
    built = build_case(services, tmp_path / "in")
    _first, filed = services.record.export(built.case_id, tmp_path / "first.pdf",
                                           FilingOptions(bates_prefix="DA-"))
    assert f"DA-{filed.page_count:06d}" in page_texts(tmp_path / "first.pdf")[-1]
    add_documents(services, built.case_id, tmp_path / "new", {"receipt-2024": ("residence", 1)})
    result, _supplement = services.record.export(built.case_id, tmp_path / "supplement.pdf",
        FilingOptions(purpose="supplement", continue_numbering=True, bates_prefix="DA-"))
    texts = page_texts(result.path)
    assert f"DA-{filed.page_count + 1:06d}" in texts[0]
    assert f"DA-{filed.page_count + result.page_count:06d}" in texts[-1]
    assert "DA-000001" not in " ".join(texts)


def test_a_supplement_needs_something_new_and_something_filed(
    services: Services, tmp_path: Path
) -> None:
    built = build_case(services, tmp_path / "in")
    options = FilingOptions(purpose="supplement", continue_numbering=True)
    with pytest.raises(InvalidInputError, match="Nothing has been filed"):
        services.record.export(built.case_id, tmp_path / "s.pdf", options)
    services.record.export(built.case_id, tmp_path / "first.pdf", FilingOptions())
    with pytest.raises(InvalidInputError, match="Every document in this packet was filed"):
        services.record.export(built.case_id, tmp_path / "s.pdf", options)
    assert not (tmp_path / "s.pdf").exists()
    assert [f.number for f in services.record.filings(built.case_id)] == [1]
    with pytest.raises(InvalidInputError, match="not a purpose"):
        services.packets.plan(built.case_id, FilingOptions(purpose="appeal"))


def test_a_filing_is_built_again_from_the_record(services: Services, tmp_path: Path) -> None:
    built = build_case(services, tmp_path / "in")
    # The employer letter has a certified translation: it follows under B-1.
    _translate_employer_letter(services, built, tmp_path / "tr")
    result, filing = services.record.export(built.case_id, tmp_path / "first.pdf",
        FilingOptions(bates_prefix="HL-", chronology=True, prepared_on=MARCH_2))
    assert filing.page_count == 13  # + chronology, translation, certificate
    # The case moves on: a page left out, a title changed, a document added, tabs reordered.
    lease_pages = services.list_pages(built.ids["lease"])
    services.exclude_page(lease_pages[1].id)
    services.rename(built.case_id, built.ids["receipt-2017"], "Renamed receipt")
    add_documents(services, built.case_id, tmp_path / "later", {"w2": ("employment", 1)})
    services.order_tabs(built.case_id, ["employment", "residence"])

    again = services.record.reproduce(built.case_id, filing.number, tmp_path / "again.pdf")

    assert again.page_count == result.page_count == filing.page_count
    assert again.exhibits == result.exhibits
    assert [e.exhibit_id for e in again.exhibits] == [e.exhibit_id for e in filing.exhibits]
    # Page for page the same text (MuPDF gives each file a new random /ID, so the bytes
    # differ there and only there).
    assert page_texts(tmp_path / "again.pdf") == page_texts(result.path)
    assert "HL-000001" in page_texts(tmp_path / "again.pdf")[0]
    assert "Ana Ruiz" in " ".join(page_texts(tmp_path / "again.pdf"))


def test_a_filing_whose_originals_are_gone_still_has_its_kept_copy(
    services: Services, tmp_path: Path
) -> None:
    built = build_case(services, tmp_path / "in")
    _result, filing = services.record.export(built.case_id,
                                               tmp_path / "first.pdf", FilingOptions())
    services.remove_document(built.case_id, built.ids["lease"])
    with pytest.raises(NotFoundError, match="cannot be built again.*exhibit A-1"):
        services.record.reproduce(built.case_id, 1, tmp_path / "again.pdf")
    # The record still names the removed document, and its kept copy opens.
    assert services.record.filing(built.case_id, 1).exhibits[0].title == "Lease"
    copy = services.record.copy_filing(built.case_id, 1, tmp_path / "copy.pdf")
    assert sha256_file(copy) == filing.sha256
    (services.store.root / filing.kept_path).unlink()
    with pytest.raises(NotFoundError, match="kept copy of filing 1 is missing"):
        services.record.kept_copy(built.case_id, 1)
    with pytest.raises(NotFoundError, match="no filing number 7"):
        services.record.filing(built.case_id, 7)

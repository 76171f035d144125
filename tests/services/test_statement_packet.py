"""The statement in the exported packet: every citation names the exhibit and the packet
page the document is on in *that* packet, and is a link to it — before and after the
exhibits are reordered and moved between tabs (the issue's Done-when), with real PDFs,
a scanned page read by real Tesseract, and the packet read back with PyMuPDF."""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from dataclasses import replace
from pathlib import Path

import pymupdf
import pytest

from desktop_app.core.export.packet import build_packet
from desktop_app.core.export.plan import PacketPlan
from desktop_app.core.export.profiles import get_profile
from desktop_app.core.export.written import (
    Cited,
    Letter,
    ServiceInfo,
    Signature,
    StatementPages,
    Written,
    WrittenSection,
)
from desktop_app.core.statement import cite
from desktop_app.errors import CitationError, InvalidInputError
from desktop_app.services import Services
from desktop_app.services.packets import FilingOptions
from desktop_app.services.statements import CoverLetter, Service, Signing, Statement
from tests import make
from tests.core.test_export_destination import big_case
from tests.support.record import build_case

LABEL = re.compile(r"Exhibit ([A-Z]+-\d+)(?:, p\. (\d+))? \[packet pages? (\d+)(?:–(\d+))?\]")


def _text(page: pymupdf.Page) -> str:
    return " ".join(page.get_text().split())


def _statement_pages(pdf: pymupdf.Document) -> list[int]:
    return [n for n, page in enumerate(pdf) if "Statement of Rosa Díaz" in _text(page)
            and "Index of Exhibits" not in _text(page)]


def _citations(pdf: pymupdf.Document) -> list[tuple[str, int | None, int, int]]:
    """(exhibit, page in exhibit, packet page, link target) of each citation printed on
    the statement's pages, in reading order."""
    found = []
    for n in _statement_pages(pdf):
        page = pdf[n]
        links = [link for link in page.get_links() if link["kind"] == pymupdf.LINK_GOTO]
        for match in LABEL.finditer(_text(page)):
            exhibit, within, first = match.group(1), match.group(2), int(match.group(3))
            hits = page.search_for(f"[packet page{'s' if match.group(4) else ''} {first}")
            assert hits, match.group(0)
            targets = {link["page"] + 1 for link in links
                       if any(pymupdf.Rect(link["from"]).intersects(h) for h in hits)}
            assert len(targets) == 1, (match.group(0), targets)
            found.append((exhibit, int(within) if within else None, first, targets.pop()))
    return found


def _where(pdf: pymupdf.Document, marker: str) -> tuple[int, str]:
    """The packet page (1-based) holding ``marker`` and the exhibit id in its footer."""
    for n, page in enumerate(pdf):
        text = _text(page)
        if marker.lower() in text.lower() and "Statement of" not in text:
            footer = re.search(r"Page \d+ of \d+ Exhibit ([A-Z]+-\d+)$", text)
            assert footer, text[-80:]
            return n + 1, footer.group(1)
    raise AssertionError(f"{marker!r} is on no page")


__all__ = ["big_case"]  # a fixture of the parts' tests, used here too


@pytest.fixture
def cited_case(services: Services, tmp_path: Path) -> tuple[int, dict[str, int]]:
    built = build_case(services, tmp_path / "in")
    school = make.save_image(make.page_image([
        "Lincoln Elementary School", "Letter of enrollment for Maria Diaz",
        "Grade three, school year 2025 to 2026"]), tmp_path / "in" / "school-letter.png")
    outcome = services.import_files(built.case_id, [school])[0]
    assert outcome.document_id is not None
    services.process(built.case_id, workers=1)  # real Tesseract reads the scanned page
    services.tag(built.case_id, outcome.document_id, "community")
    ids = {**built.ids, "school": outcome.document_id}
    services.statements.save(Statement(built.case_id, sections={
        "residence": f"I have rented the same apartment since 2019; the second page of the "
                     f"lease names me as the tenant {cite(ids['lease'], 2)}.",
        "work": f"I have worked for the same employer since 2016 {cite(ids['employer-letter'])}.",
        "family": f"My daughter Maria is in third grade {cite(ids['school'])}.",
    }))
    return built.case_id, ids


def _check(pdf: pymupdf.Document, ids_expected: dict[str, str]) -> None:
    citations = _citations(pdf)
    assert len(citations) == 3, citations
    lease_page, lease_exhibit = _where(pdf, "lease page 2 for Rosa")
    work_page, work_exhibit = _where(pdf, "employer-letter page 1")
    school_page, school_exhibit = _where(pdf, "Lincoln Elementary")
    assert (lease_exhibit, work_exhibit, school_exhibit) == (
        ids_expected["lease"], ids_expected["work"], ids_expected["school"])
    by_exhibit = {c[0]: c for c in citations}
    assert by_exhibit[lease_exhibit] == (lease_exhibit, 2, lease_page, lease_page)
    assert by_exhibit[work_exhibit] == (work_exhibit, None, work_page, work_page)
    assert by_exhibit[school_exhibit] == (school_exhibit, None, school_page, school_page)


def test_citations_name_the_right_exhibit_and_page_after_a_reorder(
        services: Services, cited_case: tuple[int, dict[str, int]], tmp_path: Path) -> None:
    case, ids = cited_case
    first, _filing = services.record.export(case, tmp_path / "first.pdf")
    with pymupdf.open(first.path) as pdf:
        _check(pdf, {"lease": "A-1", "work": "B-1", "school": "C-1"})
        toc = [entry[1] for entry in pdf.get_toc()]
        assert toc[:3] == ["Cover", "Statement of Rosa Díaz", "Index of Exhibits"]

    services.order_documents(case, "residence", [ids["receipt-2017"], ids["receipt-2019"],
                                                 ids["bill-2021"], ids["lease"]])
    services.tag(case, ids["employer-letter"], "community")  # moved to another tab
    services.order_documents(case, "community", [ids["school"], ids["employer-letter"]])
    second, _filing = services.record.export(case, tmp_path / "second.pdf")
    with pymupdf.open(second.path) as pdf:
        # Employment has no exhibit left, so Community takes the letter B.
        _check(pdf, {"lease": "A-4", "work": "B-2", "school": "B-1"})


def test_a_citation_of_a_document_left_out_stops_the_export(
        services: Services, cited_case: tuple[int, dict[str, int]], tmp_path: Path) -> None:
    case, ids = cited_case
    services.tag(case, ids["employer-letter"], None)
    with pytest.raises(CitationError, match="Work and support.*Employer letter") as caught:
        services.record.export(case, tmp_path / "out.pdf")
    assert caught.value.section == "work" and caught.value.document_id == ids["employer-letter"]
    assert not (tmp_path / "out.pdf").exists()
    with pytest.raises(CitationError, match="Family ties"):  # its tab left out
        services.record.export(case, tmp_path / "out.pdf",
                               FilingOptions(tabs=("residence",)))
    services.tag(case, ids["employer-letter"], "employment")
    services.remove_document(case, ids["school"])
    with pytest.raises(CitationError, match="no longer in the case"):
        services.record.export(case, tmp_path / "out.pdf")


def test_a_spanish_statement_has_its_translation_and_certificates(
        services: Services, cited_case: tuple[int, dict[str, int]], tmp_path: Path) -> None:
    case, ids = cited_case
    spanish = Statement(case, language="es", reads_english=False,
                        sections={"residence": f"Vivo en Houston desde 2019 {cite(ids['lease'])}.",
                                  "work": "Trabajo en un restaurante."},
                        english={"residence": f"I have lived in Houston since 2019 "
                                              f"{cite(ids['lease'])}."},
                        translator="Luis Ortega", translator_address="12 Elm St., Houston",
                        translator_phone="713-555-0100")
    services.statements.save(spanish)
    with pytest.raises(InvalidInputError, match="Work and support.*English translation"):
        services.record.export(case, tmp_path / "out.pdf")
    services.statements.save(Statement(**{**spanish.__dict__, "english": {
        **spanish.english, "work": "I work at a restaurant."}}))
    result, _filing = services.record.export(case, tmp_path / "out.pdf")
    with pymupdf.open(result.path) as pdf:
        texts = [_text(page) for page in pdf]
        toc = pdf.get_toc()
    original = next(n for n, t in enumerate(texts) if "Declaración de Rosa Díaz" in t)
    translation = next(n for n, t in enumerate(texts)
                       if "English translation of the statement written in Spanish" in t)
    certificate = next(n for n, t in enumerate(texts) if "Certificate of Translation" in t)
    interpretation = next(n for n, t in enumerate(texts)
                          if "Certificate of Interpretation" in t)
    assert 0 < original < translation < certificate < interpretation
    assert "Vivo en Houston desde 2019 Exhibit A-1 [packet pages" in texts[original]
    assert "Residencia en los Estados Unidos" in texts[original]
    assert "I have lived in Houston since 2019 Exhibit A-1" in texts[translation]
    assert "Luis Ortega" in texts[certificate] and "from Spanish into English" in \
        texts[certificate]
    assert "read the foregoing" in texts[interpretation] and "Rosa Díaz in Spanish" in \
        texts[interpretation]
    assert toc[1:5] == [[1, "Statement of Rosa Díaz", original + 1],
                        [2, "English translation", translation + 1],
                        [2, "Certificate of Translation", certificate + 1],
                        [2, "Certificate of Interpretation", interpretation + 1]]


def test_cover_letter_first_and_certificate_of_service_last(
        services: Services, cited_case: tuple[int, dict[str, int]], tmp_path: Path) -> None:
    case, ids = cited_case
    services.statements.save(Statement(case, sections={
        **services.statements.get(case).sections,
        "unfavourable": f"In 2018 I missed a check-in because I was in hospital "
                        f"{cite(ids['bill-2021'])}; I have kept every one since."}))
    services.statements.save_cover_letter(case, CoverLetter(
        enabled=True, recipient="opla", office="ICE OPLA Houston",
        office_address="126 Northpoint Dr.\nHouston, TX 77060", hearing_date="2027-03-01"))
    services.statements.save_signing(case, Signing(name="Rosa Díaz", role="self"))
    services.statements.save_service(case, Service("mail", "ICE OPLA Houston\n126 Northpoint "
                                                           "Dr., Houston, TX 77060",
                                                   "2026-12-01"))
    result, _filing = services.record.export(case, tmp_path / "out.pdf")
    with pymupdf.open(result.path) as pdf:
        texts = [_text(page) for page in pdf]
        toc = [entry[1] for entry in pdf.get_toc()]
    assert "Re: Rosa Díaz, A-987-654-321" in texts[0]
    assert "Favorable factors" in texts[0] or "Favorable factors" in texts[1]
    letter = " ".join(texts[:2])
    assert "Exhibits A-1 to A-4" in letter and "missed a check-in" in letter
    assert "Unfavorable factors and their explanation" in letter
    assert "Next hearing: March 1, 2027" in letter
    assert toc[0] == "Cover letter" and toc[-1] == "Certificate of Service"
    assert "Certificate of Service" in texts[-1]
    assert "December 1, 2026" in texts[-1] and "by first-class mail" in texts[-1]
    assert "126 Northpoint Dr., Houston, TX 77060" in texts[-1]
    cover = next(t for t in texts if "Submitted on behalf of" in t)
    assert "Applicant, self-represented" in cover
    statement = next(n for n, t in enumerate(texts) if t.startswith("Statement of Rosa Díaz"))
    index = next(n for n, t in enumerate(texts) if t.startswith("Index of Exhibits"))
    assert f"Statement of Rosa Díaz {statement + 1} A. Residence" in texts[index]
    assert f"School letter Certificate of Service {len(texts)} " in texts[index]
    with pymupdf.open(result.path) as pdf:
        targets = [link["page"] for link in pdf[index].get_links()]
    assert targets[0] == statement and targets[-1] == len(texts) - 1


def test_a_filed_packet_keeps_its_statement_as_filed(
        services: Services, cited_case: tuple[int, dict[str, int]], tmp_path: Path) -> None:
    case, ids = cited_case
    services.record.export(case, tmp_path / "filed.pdf")
    services.statements.save(Statement(case, sections={"work": "Changed since."}))
    services.order_documents(case, "residence", [ids["bill-2021"], ids["lease"],
                                                 ids["receipt-2017"], ids["receipt-2019"]])
    again = services.record.reproduce(case, 1, tmp_path / "again.pdf")
    with pymupdf.open(again.path) as pdf:
        _check(pdf, {"lease": "A-1", "work": "B-1", "school": "C-1"})
        assert "Changed since." not in " ".join(_text(page) for page in pdf)



@pytest.mark.slow
def test_in_parts_the_letter_opens_part_1_and_the_service_closes_the_last(
        big_case: PacketPlan, tmp_path: Path) -> None:
    day = dt.date(2026, 12, 4)
    last_tab = big_case.tabs[-1]
    far = last_tab.exhibits[-1].exhibit_id  # in the last part
    plan = replace(big_case, written=Written(
        signature=Signature("Rosa Díaz", "self", day),
        statement=StatementPages("Rosa Díaz", (WrittenSection("Residence", (
            ("Near ", Cited("A-1"), " and far ", Cited(far), "."),)),)),
        letter=Letter("opla", "", "", "Rosa Díaz", "A-1", None, "deferred action",
                      (("Photos ", Cited("A-1"), "."),), (), True),
        service=ServiceInfo("ecas", "", day)))
    result = build_packet(plan, tmp_path / "parts.pdf", profile=get_profile("email", 1))
    assert len(result.files) > 1
    with pymupdf.open(result.files[0].path) as first:
        assert "Dear Chief Counsel:" in _text(first[0])
        statement = next(n for n, page in enumerate(first) if "Near Exhibit A-1" in _text(page))
        links = first[statement].get_links()
        here = [link["page"] for link in links if link["kind"] == pymupdf.LINK_GOTO]
        assert here and all(target < first.page_count for target in here)
        assert f"far Exhibit {far} [packet page" in _text(first[statement])
        # The far citation opens the last part at the exhibit's page.
        [away] = [link for link in links if link["kind"] == pymupdf.LINK_GOTOR]
        assert urllib.parse.unquote(away["file"]) == result.files[-1].path.name
        packet_page = int(_text(first[statement]).split(f"far Exhibit {far} [packet page ")[1]
                          .split("]")[0])
        assert away["page"] == packet_page - result.files[-1].first_page
    with pymupdf.open(result.files[-1].path) as last:
        assert f"Exhibit {far}" in _text(last[away["page"]])
    with pymupdf.open(result.files[-1].path) as last:
        assert "Certificate of Service" in _text(last[-1])
        assert f"({result.page_count} pages)" in _text(last[-1])


def test_a_supplement_cites_what_was_filed_before_by_its_filed_exhibit(
        services: Services, cited_case: tuple[int, dict[str, int]], tmp_path: Path) -> None:
    case, ids = cited_case
    services.record.export(case, tmp_path / "first.pdf")
    new = make.text_pdf(tmp_path / "in" / "new-lease.pdf", ["new-lease page 1 " * 8])
    new_id = services.import_files(case, [new])[0].document_id
    assert new_id is not None
    services.process(case, workers=1)
    services.tag(case, new_id, "residence")
    services.statements.save(Statement(case, sections={
        "residence": f"My first lease {cite(ids['lease'], 2)} and the new one {cite(new_id)}."}))
    result, _filing = services.record.export(
        case, tmp_path / "supplement.pdf",
        FilingOptions(purpose="supplement", continue_numbering=True))
    with pymupdf.open(result.path) as pdf:
        texts = [_text(page) for page in pdf]
        new_page, new_exhibit = _where(pdf, "new-lease page 1")
    statement = next(t for t in texts if t.startswith("Statement of Rosa Díaz"))
    today = dt.date.today()
    filed = f"{today:%B} {today.day}, {today.year}"
    assert f"My first lease Exhibit A-1, p. 2 [filed on {filed}]" in statement
    assert new_exhibit == "A-5"  # were filed before
    assert f"the new one Exhibit A-5 [packet page {new_page}]." in statement

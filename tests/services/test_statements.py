"""The statement, cover letter, signing and service as the services keep them: a real
data folder, real PDFs filed under tabs."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.statement import SECTION_KEYS, Citation, cite
from desktop_app.errors import CitationError, InvalidInputError
from desktop_app.services import Services
from desktop_app.services.statements import CoverLetter, Service, Signing, Statement
from tests.support.record import build_case


def test_a_statement_is_kept_with_every_section_and_its_citations(
        services: Services, tmp_path: Path) -> None:
    built = build_case(services, tmp_path / "in")
    lease = built.ids["lease"]
    text = f"I have rented the same apartment since 2019 {cite(lease, 2)}.\x1b[31m\r\n"
    services.statements.save(Statement(built.case_id, sections={"residence": text}))

    got = services.statements.get(built.case_id)
    assert set(got.sections) == set(SECTION_KEYS)
    assert got.sections["residence"] == (
        f"I have rented the same apartment since 2019 {cite(lease, 2)}.[31m")
    assert got.sections["family"] == ""
    assert got.language == "en" and got.reads_english


def test_what_cannot_be_stored_is_refused(services: Services, tmp_path: Path) -> None:
    built = build_case(services, tmp_path / "in")
    other = services.create_case(name="Someone Else")
    theirs = services.import_files(other.id, [tmp_path / "in" / "lease.pdf"])[0].document_id
    assert theirs is not None
    case = built.case_id
    with pytest.raises(InvalidInputError, match="no section"):
        services.statements.save(Statement(case, sections={"hobbies": "chess"}))
    with pytest.raises(InvalidInputError, match="Spanish"):
        services.statements.save(Statement(case, language="fr"))
    with pytest.raises(InvalidInputError, match="too long"):
        services.statements.save(Statement(case, sections={"work": "word " * 5000}))
    with pytest.raises(CitationError, match="another case") as caught:
        services.statements.save(Statement(case, sections={"work": f"see {cite(theirs)}"}))
    assert caught.value.section == "work" and caught.value.document_id == theirs
    assert services.statements.get(case).sections["work"] == ""  # nothing kept
    with pytest.raises(CitationError, match="document 99999, which is not in this case"):
        services.statements.save(Statement(case, sections={"work": f"see {cite(99999)}"}))
    with pytest.raises(CitationError, match="The cover letter cites document 99999"):
        services.statements.save_cover_letter(case, CoverLetter(favourable=cite(99999)))


def test_a_citation_of_a_document_deleted_since_may_stay(
        services: Services, tmp_path: Path) -> None:
    built = build_case(services, tmp_path / "in")
    case, bill = built.case_id, built.ids["bill-2021"]
    services.statements.save(Statement(case, sections={"residence": f"A bill {cite(bill)}."}))
    services.remove_document(case, bill)
    services.statements.save(Statement(case, sections={
        "residence": f"A bill {cite(bill)}.", "work": "A bakery."}))  # saved again as it is
    assert services.statements.get(case).sections["work"] == "A bakery."


def test_labels_follow_the_exhibits_when_they_move(services: Services, tmp_path: Path) -> None:
    built = build_case(services, tmp_path / "in")
    case, ids = built.case_id, built.ids
    label = services.statements.label
    assert label(case, Citation(ids["lease"])) == "Exhibit A-1"
    assert label(case, Citation(ids["lease"], 2)) == "Exhibit A-1, p. 2"
    assert label(case, Citation(ids["employer-letter"])) == "Exhibit B-1"

    services.order_documents(case, "residence", [ids["bill-2021"], ids["receipt-2019"],
                                                 ids["receipt-2017"], ids["lease"]])
    services.tag(case, ids["receipt-2017"], "employment")
    labeler = services.statements.labeler(case)
    assert labeler(Citation(ids["lease"], 2)) == "Exhibit A-3, p. 2"
    assert labeler(Citation(ids["receipt-2017"])) == "Exhibit B-2"

    services.tag(case, ids["bill-2021"], None)
    assert labeler(Citation(ids["bill-2021"])) == "Exhibit A-1"  # computed once
    assert label(case, Citation(ids["bill-2021"])) == "“Bill 2021” (not in the packet)"
    services.remove_document(case, ids["receipt-2019"])
    assert label(case, Citation(ids["receipt-2019"])) == "(a document no longer in the case)"

    citable = services.statements.citable(case)
    assert [(c.title, c.exhibit_id) for c in citable] == [
        ("Lease", "A-1"), ("Employer letter", "B-1"), ("Receipt 2017", "B-2"),
        ("Bill 2021", None)]
    assert citable[0].pages == 2


def test_cover_letter_draft_follows_the_case_until_edited(
        services: Services, tmp_path: Path) -> None:
    built = build_case(services, tmp_path / "in")
    case, ids = built.case_id, built.ids
    services.statements.save(Statement(case, sections={
        "residence": "Since 2019.",
        "unfavourable": f"I missed one check-in {cite(ids['lease'])}."}))
    draft = services.statements.draft_cover_letter(case)
    assert "Exhibits A-1 to A-4" in draft.favourable
    assert "Exhibit B-1" in draft.favourable
    assert "speaks to residence in the United States." in draft.favourable
    assert draft.unfavourable.startswith("I missed one check-in [[doc:")
    assert draft.relief == "deferred action"

    services.statements.save_cover_letter(case, CoverLetter(
        enabled=True, recipient="court", office="Immigration Court, Houston",
        office_address="600 Jefferson St.", hearing_date="2027-01-15",
        favourable=draft.favourable, unfavourable=draft.unfavourable, relief=draft.relief))
    services.tag(case, ids["bill-2021"], None)  # the draft's ranges change
    letter = services.statements.cover_letter(case)
    assert letter.enabled and letter.recipient == "court"
    assert letter.hearing_date == "2027-01-15"
    assert "Exhibits A-1 to A-3" in letter.favourable  # not edited: still drawn

    services.statements.save_cover_letter(case, CoverLetter(
        enabled=True, recipient="opla", favourable="My own words."))
    assert services.statements.cover_letter(case).favourable == "My own words."
    with pytest.raises(InvalidInputError):
        services.statements.save_cover_letter(case, CoverLetter(recipient="mayor"))


def test_signing_and_service_are_remembered(services: Services, tmp_path: Path) -> None:
    built = build_case(services, tmp_path / "in")
    case = built.case_id
    assert services.statements.signing(case) == Signing(name="Rosa Díaz")
    assert services.statements.service(case) == Service()
    services.statements.save_signing(case, Signing(
        name="Ana Ruiz, Esq.", role="representative", signed_on="2026-12-01",
        representative_details="EOIR ID ABC123\n100 Main St., Houston, TX"))
    services.statements.save_service(case, Service("mail", "ICE OPLA Houston\n126 Northpoint"))
    assert services.statements.signing(case).role == "representative"
    assert services.statements.service(case) == Service(
        "mail", "ICE OPLA Houston\n126 Northpoint", "")
    assert services.statements.signing(case).name == "Ana Ruiz, Esq."
    with pytest.raises(InvalidInputError, match="office"):
        services.statements.save_service(case, Service("hand", ""))
    with pytest.raises(InvalidInputError):
        services.statements.save_service(case, Service("pigeon", "x"))
    with pytest.raises(InvalidInputError):
        services.statements.save_signing(case, Signing(name="x", role="friend"))

"""A case archive carries the statement, the cover letter and the signing details; a
restore into another data folder renumbers the citations with the documents; a crafted
archive with a bad statement row is refused with nothing added."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from desktop_app.core.statement import cite, find_citations
from desktop_app.errors import DamagedFileError
from desktop_app.services import Services
from desktop_app.services.statements import CoverLetter, Service, Signing, Statement
from tests.support.crafted import put_together, take_apart
from tests.support.record import build_case
from tests.support.rows import count_rows


@pytest.fixture
def archived(services: Services, tmp_path: Path) -> tuple[Path, dict[str, int]]:
    built = build_case(services, tmp_path / "in")
    ids = built.ids
    lease = cite(ids["lease"], 2)
    services.statements.save(Statement(built.case_id, language="es", reads_english=False,
                                       sections={"residence": f"Vivo aquí {lease}."},
                                       english={"residence": f"I live here {lease}."},
                                       translator="Luis Ortega"))
    services.statements.save_cover_letter(built.case_id, CoverLetter(
        enabled=True, recipient="court", office="Houston Immigration Court",
        favourable=f"Long residence {cite(ids['receipt-2017'])}.",
        unfavourable=f"A missed check-in {cite(ids['bill-2021'])}."))
    services.statements.save_signing(built.case_id, Signing("Ana Ruiz", "representative",
                                                            "", "EOIR ID AB12345"))
    services.statements.save_service(built.case_id, Service("ecas", ""))
    services.remove_document(built.case_id, ids["bill-2021"])  # its citation now dangles
    out = services.archive.save(built.case_id, tmp_path / "case.epcase")
    return out.path, ids


def test_an_archive_keeps_the_written_parts_and_renumbers_citations(
        archived: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    path, ids = archived
    with closing(Services.open(tmp_path / "other")) as other:
        filler = other.create_case(name="Filler")  # ids in the new folder differ
        other.import_files(filler.id, [tmp_path / "in" / "lease.pdf",
                                       tmp_path / "in" / "employer-letter.pdf"])
        case = other.archive.restore(path)
        statement = other.statements.get(case.id)
        assert statement.language == "es" and not statement.reads_english
        assert statement.translator == "Luis Ortega"
        docs = {d.title: d.id for d in other.list_documents(case.id)}
        lease = docs["Lease"]
        assert lease != ids["lease"]
        assert statement.sections["residence"] == f"Vivo aquí {cite(lease, 2)}."
        assert statement.english["residence"] == f"I live here {cite(lease, 2)}."
        letter = other.statements.cover_letter(case.id)
        assert letter.enabled and letter.recipient == "court"
        assert letter.favourable == f"Long residence {cite(docs['Receipt 2017'])}."
        assert letter.unfavourable == "A missed check-in [a document no longer in the case]."
        assert other.statements.signing(case.id) == Signing(
            "Ana Ruiz", "representative", "", "EOIR ID AB12345")
        assert other.statements.service(case.id) == Service("ecas", "", "")
        cited = {c.document_id for text in statement.sections.values()
                 for _s, _e, c in find_citations(text)}
        assert cited <= set(docs.values())


@pytest.mark.parametrize(("table", "column", "value"), [
    ("statement_sections", "key", "hobbies"),
    ("statement_sections", "text", "x" * 20_001),
    ("statement_sections", "text", "I live here \x1b]0;owned\x07"),
    ("statements", "language", "fr"),
    ("cover_letters", "recipient", "the mayor"),
    ("signatures", "service_method", "pigeon"),
    ("signatures", "role", 7),
])
def test_a_crafted_archive_with_a_bad_written_row_is_refused(
        archived: tuple[Path, dict[str, int]], tmp_path: Path, table: str, column: str,
        value: object) -> None:
    path, _ids = archived
    parts = take_apart(path)
    rows = parts.table(table)
    rows[0][column] = value
    parts.set_table(table, rows)
    crafted = put_together(parts, tmp_path / "crafted.epcase")
    with closing(Services.open(tmp_path / "other")) as other:
        with pytest.raises(DamagedFileError):
            other.archive.restore(crafted)
        assert other.list_cases() == []


def test_deleting_the_case_removes_its_written_parts(
        services: Services, tmp_path: Path) -> None:
    built = build_case(services, tmp_path / "in")
    other = services.create_case(name="Kept")
    for case_id in (built.case_id, other.id):
        services.statements.save(Statement(case_id, sections={"work": "Bakery."}))
        services.statements.save_cover_letter(case_id, CoverLetter(enabled=True))
        services.statements.save_signing(case_id, Signing("Ana"))
    written = ("statements", "statement_sections", "cover_letters", "signatures")
    assert {t: n for t, n in count_rows(services).items() if t in written} == dict.fromkeys(
        written, 2)
    services.delete_case(built.case_id)
    assert {t: n for t, n in count_rows(services).items() if t in written} == dict.fromkeys(
        written, 1)
    assert services.statements.get(other.id).sections["work"] == "Bakery."

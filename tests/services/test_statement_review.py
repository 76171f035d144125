"""The review reads the statement: empty sections and exhibits cited nowhere (tips), and
the citations the export would stop at (problems)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.statement import cite
from desktop_app.services import Services
from desktop_app.services.statements import Statement
from tests.support.record import build_case


def _by_code(services: Services, case_id: int) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for finding in services.review.findings(case_id, measure=False):
        if finding.code.startswith("statement-"):
            found.setdefault(finding.code, []).append(finding.message)
    return found


def test_the_review_reads_the_statement(services: Services, tmp_path: Path) -> None:
    built = build_case(services, tmp_path / "in")
    case, ids = built.case_id, built.ids
    assert _by_code(services, case) == {}  # no statement: nothing to say about it

    services.statements.save(Statement(case, sections={
        "residence": f"Since 2019 {cite(ids['lease'], 2)} and {cite(ids['receipt-2017'])}.",
        "work": f"The same employer {cite(ids['employer-letter'])}."}))
    found = _by_code(services, case)
    assert "statement-citation" not in found
    assert sorted(found["statement-uncited"]) == [
        "“Bill 2021” is cited nowhere in the statement. Cite it where it supports what the "
        "statement says, so the reviewer finds it (Case ▸ Statement, Cite).",
        "“Receipt 2019” is cited nowhere in the statement. Cite it where it supports what "
        "the statement says, so the reviewer finds it (Case ▸ Statement, Cite)."]
    assert len(found["statement-empty"]) == 5
    assert any("unfavorable factors" in m for m in found["statement-empty"])
    assert all(f.severity == "tip" for f in services.review.findings(case, measure=False)
               if f.code in ("statement-empty", "statement-uncited"))

    services.tag(case, ids["employer-letter"], None)
    found = _by_code(services, case)
    assert found["statement-citation"] == [
        "The statement's section “Work and support” cites “Employer letter”, which is left "
        "out of the packet. The export stops until the citation is taken out or the "
        "document is in the packet."]
    assert [f.severity for f in services.review.problems(case)
            if f.code == "statement-citation"] == ["problem"]


def test_a_page_left_out_and_a_missing_translation_are_problems(
        services: Services, tmp_path: Path) -> None:
    built = build_case(services, tmp_path / "in")
    case, ids = built.case_id, built.ids
    second = services.list_pages(ids["lease"])[1]
    services.exclude_page(second.id)
    services.statements.save(Statement(case, language="es", sections={
        "residence": f"Desde 2019 {cite(ids['lease'], 2)}."}))
    found = _by_code(services, case)
    assert "page 2 of “Lease”, which is not in the packet" in found["statement-citation"][0]
    assert "has no English translation" in found["statement-untranslated"][0]

"""The written parts on the command line, as real processes over a real data folder."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pymupdf

from desktop_app.core.statement import cite
from desktop_app.services import Services
from desktop_app.services.statements import Statement
from tests.support.commands import Run
from tests.support.record import build_case


def test_statement_cover_letter_signing_and_service_round_trip(
        cli: Run, data_dir: Path, tmp_path: Path) -> None:
    with closing(Services.open(data_dir)) as services:
        built = build_case(services, tmp_path / "in")
        services.tag(built.case_id, built.ids["bill-2021"], None)  # left out of the packet
    case, ids = built.case_id, built.ids
    statement = tmp_path / "statement.txt"
    statement.write_text(
        "# My statement, first draft\n\n"
        "## Residence\n"
        f"I have rented the same apartment since 2019 [[doc:{ids['lease']} p.2]].\n\n"
        f"## Work and support\nI work at a bakery [[doc:{ids['employer-letter']}]].\n"
        f"The bill is not in the packet [[doc:{ids['bill-2021']}]].\n", encoding="utf-8")
    stored = cli("statement", "--case", case, "--file", statement)
    assert "2 section(s) with text" in stored.out

    shown = cli("statement", "--case", case, "--show")
    assert "## Residence in the United States" in shown.out
    assert "since 2019 Exhibit A-1, p. 2." in shown.out
    assert "bakery Exhibit B-1." in shown.out
    assert "“Bill 2021” (not in the packet)" in shown.out
    assert "## Family ties\n(empty)" in shown.out
    data = cli("statement", "--case", case, "--show", "--json").json
    work = next(s for s in data["sections"] if s["key"] == "work")
    assert work["citations"][0] == {"document_id": ids["employer-letter"], "page": None,
                                    "label": "Exhibit B-1"}
    assert work["text"].startswith("I work at a bakery [[doc:")

    bad = tmp_path / "bad.txt"
    bad.write_text("I forgot the heading.\n## Residence\nText.\n", encoding="utf-8")
    refused = cli("statement", "--case", case, "--file", bad, check=False)
    assert refused.code == 1
    assert "Line 1 of" in refused.err and "before any section heading" in refused.err
    assert cli("statement", "--case", case, "--show", "--json").json["sections"][0][
        "text"].startswith("I have rented")  # nothing changed
    unknown = tmp_path / "unknown.txt"
    unknown.write_text("## Hobbies\nChess.\n", encoding="utf-8")
    assert "is not a section" in cli("statement", "--case", case, "--file", unknown,
                                     check=False).err

    letter = cli("cover-letter", "--case", case, "--recipient", "field-office",
                 "--office", "ICE Houston Field Office", "--hearing-date", "2027-02-03",
                 "--json").json
    assert letter["enabled"] and letter["recipient"] == "field_office"
    assert letter["hearing_date"] == "2027-02-03"
    assert "Exhibits A-1 to A-3" in letter["favourable"]
    cli("signing", "--case", case, "--name", "Ana Ruiz", "--role", "representative",
        "--details", "EOIR ID AB12345")
    assert cli("signing", "--case", case, "--json").json["signing"]["role"] == "representative"

    # the statement cites a document left out: the export stops and names both
    stopped = cli("export", "--case", case, "--out", tmp_path / "p.pdf", check=False)
    assert stopped.code == 1 and "Work and support" in stopped.err and "Bill 2021" in stopped.err
    statement.write_text(statement.read_text(encoding="utf-8").replace(
        f"The bill is not in the packet [[doc:{ids['bill-2021']}]].", ""), encoding="utf-8")
    cli("statement", "--case", case, "--file", statement)
    cli("export", "--case", case, "--out", tmp_path / "p.pdf", "--service", "ecas")
    cli("export", "--case", case, "--out", tmp_path / "q.pdf")  # service remembered
    for name in ("p.pdf", "q.pdf"):
        with pymupdf.open(tmp_path / name) as pdf:
            first, last = pdf[0].get_text(), pdf[-1].get_text()
        assert "Dear Field Office Director:" in first and "ICE Houston Field Office" in first
        assert "Certificate of Service" in last and "ECAS" in last
        assert "Representative of Rosa Díaz" in last and "EOIR ID AB12345" in last
    off = cli("cover-letter", "--case", case, "--off", "--json").json
    assert not off["enabled"]


def test_statement_template_reads_back(cli: Run, data_dir: Path, tmp_path: Path) -> None:
    with closing(Services.open(data_dir)) as services:
        case = services.create_case(name="Ana").id
    template = cli("statement", "--case", case, "--template").out
    assert template.count("## ") == 7
    path = tmp_path / "t.txt"
    path.write_text(template.replace("## Family ties\n", "## Family ties\nMy two sons.\n"),
                    encoding="utf-8")
    cli("statement", "--case", case, "--file", path)
    assert "My two sons." in cli("statement", "--case", case, "--show").out


def test_stored_text_never_drives_the_terminal(cli: Run, data_dir: Path, tmp_path: Path) -> None:
    """A title typed (or restored) with escape sequences reaches the terminal as visible
    escapes, in the statement's labels too."""
    with closing(Services.open(data_dir)) as services:
        built = build_case(services, tmp_path / "in")
        services.rename(built.case_id, built.ids["bill-2021"], "Bill\x1b]0;owned\x07\x1b[2J")
        services.tag(built.case_id, built.ids["bill-2021"], None)
        services.statements.save(Statement(built.case_id, sections={
            "residence": f"A bill {cite(built.ids['bill-2021'])}."}))
    shown = cli("statement", "--case", built.case_id, "--show")
    assert "\x1b" not in shown.out and "\x07" not in shown.out
    assert "“Bill\\u001b]0;owned\\u0007\\u001b[2J” (not in the packet)" in shown.out

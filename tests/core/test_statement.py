"""``core.statement``: citations found (and malformed ones left alone), the statement
file's form, renumbering; the written parts as the filing record keeps them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pymupdf
import pytest

from desktop_app.core.export.letter import cite_label
from desktop_app.core.export.numbering import number_pages
from desktop_app.core.export.plan import (
    Certificate,
    CoverInfo,
    Exhibit,
    PacketPlan,
    PageSource,
    TabSection,
)
from desktop_app.core.export.statement_pages import draw_statement
from desktop_app.core.export.typeset import Fonts
from desktop_app.core.export.written import (
    Cited,
    Interpretation,
    Letter,
    ServiceInfo,
    Signature,
    StatementPages,
    Written,
    WrittenSection,
)
from desktop_app.core.export.written_json import from_json, to_json
from desktop_app.core.statement import (
    SECTION_KEYS,
    Citation,
    StatementFileError,
    cite,
    clean,
    find_citations,
    format_sections,
    parse_sections,
    renumber,
    resolve,
    runs,
)


def test_citations_are_found_and_malformed_ones_stay_text() -> None:
    text = (f"a {cite(12)} b {cite(3, 7)} [[doc:x]] [[doc:0]] [[doc:4 p.0]] [[doc:5 p.2 ]] "
            "[[doc:6]")
    assert [c for _s, _e, c in find_citations(text)] == [Citation(12), Citation(3, 7)]
    assert resolve(text, lambda c: f"<{c.document_id}>") == (
        "a <12> b <3> [[doc:x]] [[doc:0]] [[doc:4 p.0]] [[doc:5 p.2 ]] [[doc:6]")
    assert runs(f"x{cite(1)}y") == ["x", Citation(1), "y"]
    assert runs(cite(1)) == [Citation(1)]


def test_renumber_follows_the_new_ids_and_drops_the_unknown() -> None:
    text = f"{cite(1, 2)} and {cite(2)} and {cite(9)}"
    assert renumber(text, {1: 41, 2: 42}) == (
        f"{cite(41, 2)} and {cite(42)} and [a document no longer in the case]")


def test_clean_keeps_line_breaks_and_drops_controls() -> None:
    assert clean("  one\r\ntwo\x1b[0m\u202e  \n\n") == "one\ntwo[0m"


def test_the_statement_file_form() -> None:
    parsed = parse_sections("# a comment\n\n## Residence\nSince 2016.\n\nSecond paragraph.\n"
                            "## familia\nMy son.\n## Unfavorable factors and explanation ##\n"
                            "None.\n")
    assert parsed == {"residence": "Since 2016.\n\nSecond paragraph.", "family": "My son.",
                      "unfavourable": "None."}
    assert parse_sections(format_sections(parsed)) == {
        key: parsed.get(key, "") for key in SECTION_KEYS}
    with pytest.raises(StatementFileError) as before:
        parse_sections("\nHello\n## Residence\nx")
    assert (before.value.kind, before.value.line) == ("text-before-heading", 2)
    with pytest.raises(StatementFileError) as unknown:
        parse_sections("## Hobbies\nchess")
    assert unknown.value.kind == "unknown-section"
    with pytest.raises(StatementFileError) as twice:
        parse_sections("## Work\na\n## work and support\nb")
    assert (twice.value.kind, twice.value.line) == ("repeated-section", 3)


def test_the_written_parts_survive_the_record() -> None:
    day = dt.date(2026, 12, 4)
    written = Written(
        signature=Signature("Ana Ruiz", "representative", day, "EOIR ID X", "Rosa"),
        statement=StatementPages(
            "Rosa", (WrittenSection("Familia", (("Mi hijo ", Cited("A-1", 1, 1, 2)),)),),
            "Spanish", (WrittenSection("Family ties", (("My son.",),)),),
            Certificate("Luis", "12 Elm", "", "Spanish", "", "555"),
            Interpretation("Luis", "12 Elm", "555", "Spanish")),
        letter=Letter("court", "Court", "1 Main", "Rosa", "A-1", dt.date(2027, 1, 2),
                      "deferred action", (("x ", Cited("B-1", filed_on="2026-01-01")),), (),
                      True),
        service=ServiceInfo("ecas", "", day))
    assert from_json(json.loads(json.dumps(to_json(written)))) == written
    assert from_json(None) == Written() and not Written()


def test_a_long_web_address_stays_inside_the_margins() -> None:
    """A word wider than a line is cut to fit; every word of the statement lands inside
    the page's margins, and a citation still gets its link."""
    page_map = number_pages(plan_with_one_exhibit(), 1, 1, statement_pages=1)
    url = "https://www.example.org/" + "very-long-path/" * 12 + "letter.pdf"
    statement = StatementPages("Rosa Díaz", (WrittenSection("Community ties", ((
        f"My pastor's letter is also online at {url} and in the packet ",
        Cited("A-1"), "."),)),))
    with pymupdf.open() as doc:
        drawn = draw_statement(doc, statement, Signature("Rosa Díaz", "self",
                                                         dt.date(2026, 12, 4)),
                               Fonts(), lambda c: cite_label(c, page_map, packet_pages=True))
        words = doc[0].get_text("words")
        assert words and max(w[2] for w in words) <= 540.5
        assert min(w[0] for w in words) >= 71.5
        assert "".join(w[4] for w in words if "example" in w[4] or "path" in w[4]
                       or "letter.pdf" in w[4]).endswith("letter.pdf")
        # cover, statement, index, divider, then A-1
        assert [target for _rect, target in drawn.links[0]] == [5]


def plan_with_one_exhibit() -> PacketPlan:
    return PacketPlan(CoverInfo("Rosa Díaz"), (TabSection("A", "Residence", "", (
        Exhibit("A-1", "Lease", None, (PageSource(Path("lease.pdf"), "pdf", 0),)),)),),
        dt.date(2026, 12, 4))

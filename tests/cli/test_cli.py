from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tests import make
from tests.support.commands import Run


def _page(lines: list[str]) -> Image.Image:
    image = make.page_image(lines, size=(1275, 1650), font_px=28)
    image.info["dpi"] = (150, 150)
    return image


@pytest.fixture
def case(cli: Run) -> int:
    created = cli("case", "create", "--name", "María Hernández", "--a-number", "A-123-456-789",
                  "--relief", "deferred action", "--json").json
    return int(created["id"])


def test_case_create_and_list(cli: Run, case: int) -> None:
    listed = cli("case", "list", "--json").json
    assert [(c["id"], c["name"]) for c in listed] == [(case, "María Hernández")]
    assert listed[0]["a_number"] == "A-123-456-789"
    assert listed[0]["relief"] == "deferred action"


def test_import_reports_each_file(cli: Run, case: int, tmp_path: Path) -> None:
    good = make.save_image(_page(["Utility bill for March"]), tmp_path / "bill.png")
    copy = tmp_path / "bill copy.png"
    copy.write_bytes(good.read_bytes())
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    result = cli("import", "--case", case, "--json", good, copy, empty)
    rows = result.json
    assert [r["status"] for r in rows] == ["imported", "duplicate", "error"]
    assert rows[0]["path"] == str(good) and rows[0]["pages"] == 1
    assert rows[1]["document_id"] == rows[0]["document_id"]
    assert rows[2]["document_id"] is None and "empty.jpg" in rows[2]["error"]
    assert set(rows[0]) >= {"path", "status", "document_id", "pages", "error"}


def test_import_of_only_bad_files_exits_1_but_still_reports(
    cli: Run, case: int, tmp_path: Path
) -> None:
    bad = tmp_path / "letter.txt"
    bad.write_text("hello")
    result = cli("import", "--case", case, "--json", bad, check=False)
    assert result.code == 1
    assert result.json[0]["status"] == "error" and "cannot be added" in result.json[0]["error"]


def test_process_docs_tag_order_move_search(cli: Run, case: int, tmp_path: Path) -> None:
    files = [
        make.save_image(_page(["Residential lease for Cedar Avenue", "Monthly rent due"]),
                        tmp_path / "lease.png"),
        make.save_image(_page(["Electric bill for the apartment", "Amount due this month"]),
                        tmp_path / "bill.png"),
        make.save_image(_page(["Pay stub from Any Company", "Net pay this period"]),
                        tmp_path / "stub.png"),
    ]
    ids = [r["document_id"] for r in cli("import", "--case", case, "--json", *files).json]
    before = cli("docs", "--case", case, "--json").json
    assert [d["status"] for d in before] == ["pending"] * 3
    assert cli("process", "--case", case).code == 0
    docs = cli("docs", "--case", case, "--json").json
    assert set(docs[0]) >= {"id", "title", "category", "pages", "language", "date",
                            "ocr_confidence", "status"}
    assert [d["status"] for d in docs] == ["ready"] * 3
    assert all(d["ocr_confidence"] > 70 for d in docs)
    cli("tag", "--case", case, ids[0], "residence")
    cli("tag", "--case", case, ids[1], "residence")
    cli("tag", "--case", case, ids[2], "employment")
    cli("move", "--case", case, ids[1], "--position", "1")
    cli("order", "--case", case, "--tabs", "employment,residence")
    docs = cli("docs", "--case", case, "--json").json
    assert [(d["id"], d["category"]) for d in docs] == [
        (ids[2], "employment"), (ids[1], "residence"), (ids[0], "residence")]
    hits = cli("search", "--case", case, "electric", "--json").json
    assert [(h["document_id"], h["page"]) for h in hits] == [(ids[1], 1)]
    assert "[Electric]" in hits[0]["snippet"]
    assert cli("search", "--case", case, "nothing-like-this", "--json").json == []


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["docs", "--case", "99", "--json"], "no case 99"),
        (["tag", "--case", "{case}", "5", "residence"], "no document 5"),
        (["order", "--case", "{case}", "--tabs", "taxes"], "no tab called"),
        (["import", "--case", "{case}", "/no/such/file.pdf"], "cannot be opened"),
    ],
)
def test_user_errors_print_one_clear_line_and_exit_1(
    cli: Run, case: int, args: list[str], says: str
) -> None:
    result = cli(*[a.format(case=case) for a in args], check=False)
    assert result.code == 1
    output = result.err + result.out
    assert says in output
    assert "Traceback" not in output


def test_tabs_rename_date_rotate_and_exclude_shape_the_packet(
    cli: Run, case: int, tmp_path: Path
) -> None:
    import pymupdf

    letter = make.text_pdf(tmp_path / "letters.pdf", [
        "First page: a letter of support from Pastor Rubén Castillo. " * 3,
        "Second page: SECRET-THIRD-PARTY details that must not be filed. " * 3,
        "Third page: signature of the pastor and the church seal. " * 3,
    ])
    (row,) = cli("import", "--case", case, "--json", letter).json
    doc = row["document_id"]
    tabs = cli("tabs", "--case", case, "--add", "Family ties", "--json").json
    assert [t["key"] for t in tabs][-1] == "family-ties"
    cli("tag", "--case", case, doc, "family-ties")
    cli("rename", "--case", case, doc, "Letter of support — Pastor Castillo")
    cli("date", "--case", case, doc, "August 9, 2023")
    pages = cli("pages", "--case", case, doc, "--json").json
    assert [(p["page"], p["text_source"]) for p in pages] == [
        (1, "document"), (2, "document"), (3, "document")]
    cli("exclude", "--case", case, pages[1]["id"])
    cli("rotate", "--case", case, pages[2]["id"], "90")
    listed = cli("docs", "--case", case, "--json").json[0]
    assert (listed["title"], listed["date"], listed["category"]) == (
        "Letter of support — Pastor Castillo", "2023-08-09", "family-ties")
    out = tmp_path / "packet.pdf"
    cli("export", "--case", case, "--out", out)
    with pymupdf.open(out) as packet:
        text = "".join(page.get_text() for page in packet)
        assert "SECRET-THIRD-PARTY" not in text  # the excluded page is really gone
        assert "Letter of support — Pastor Castillo" in packet[1].get_text()
        assert "August 9, 2023" in packet[1].get_text()
        assert packet.page_count == 5  # cover, index, divider, two pages
        last = packet[4]
        directions = {tuple(round(v) for v in line["dir"])
                      for block in last.get_text("dict")["blocks"]
                      for line in block.get("lines", [])
                      if "seal" in "".join(s["text"] for s in line["spans"])}
        assert directions and (1, 0) not in directions  # turned, as asked
    bad = cli("rotate", "--case", case, pages[0]["id"], "45", check=False)
    assert bad.code == 1 and "90 degrees" in bad.err
    other = cli("case", "create", "--name", "Other", "--json").json["id"]
    wrong_case = cli("exclude", "--case", other, pages[0]["id"], check=False)
    assert wrong_case.code == 1 and "no page" in wrong_case.err

"""The packet export, checked the way a reviewer reads the PDF: page order, stamps, index
links, bookmarks, page sizes and orientation, the OCR text layer, metadata, and a write
that never leaves a half-made packet behind. Real PDFs, real images, real Tesseract."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest
from PIL import Image, ImageDraw, ImageFont

from desktop_app.core.export.packet import build_packet
from desktop_app.core.export.plan import (
    CoverInfo,
    Exhibit,
    PacketPlan,
    PageSource,
    TabSection,
)
from desktop_app.errors import ExportError, StorageError
from tests.conftest import make_read_only, small_filesystem

FOOTER_BAND = 28.8
PREPARED = dt.date(2025, 5, 12)

# --- making real sources ------------------------------------------------------------------


def scan(
    path: Path,
    lines: list[str],
    size: tuple[int, int] = (1275, 1650),
    turn: int = 0,
    extra: dict[str, tuple[int, int]] | None = None,
) -> Path:
    """A 150-dpi page image with ``lines`` of text (and single words at ``extra`` spots),
    optionally stored turned ``turn`` degrees counter-clockwise, as a careless scan is."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=40)
    y = 150
    for line in lines:
        draw.text((120, y), line, font=font, fill=0)
        y += 70
    for word, spot in (extra or {}).items():
        draw.text(spot, word, font=font, fill=0)
    if turn:
        image = image.rotate(turn, expand=True)
    if path.suffix == ".jpg":
        image.convert("RGB").save(path, "JPEG", quality=80, dpi=(150, 150))
    else:
        image.save(path, dpi=(150, 150))
    return path


def text_pdf(
    path: Path, pages: list[tuple[float, float, str]], rotate: int = 0, text_rotate: int = 0
) -> Path:
    """A digital PDF: one page per (width, height, text)."""
    doc = pymupdf.open()
    for width, height, text in pages:
        page = doc.new_page(width=width, height=height)
        if text_rotate:
            page.insert_text((width / 2, height - 80), text, fontsize=16, rotate=text_rotate)
        else:
            page.insert_text((40, 80), text, fontsize=16)
        if rotate:
            page.set_rotation(rotate)
    doc.save(path)
    doc.close()
    return path


def exif_turned_jpeg(path: Path, size: tuple[int, int]) -> Path:
    """A phone photo: pixels stored turned a quarter, EXIF orientation 6 turns them back."""
    stored = Image.new("RGB", size, "white").transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    stored.save(path, format="JPEG", quality=85, exif=exif.tobytes())
    return path


def pdf_page(
    path: Path, index: int = 0, rotation: int = 0, skew: float = 0.0, text_layer: Path | None = None
) -> PageSource:
    return PageSource(path, "pdf", index, rotation, skew, text_layer)


def image_page(
    path: Path, index: int = 0, rotation: int = 0, skew: float = 0.0, text_layer: Path | None = None
) -> PageSource:
    return PageSource(path, "image", index, rotation, skew, text_layer)


DEFAULT_COVER = CoverInfo(
    applicant="María José Hernández Peña",
    a_number="A-123-456-789",
    address="123 Main Street\nSpringfield, IL 62701",
    relief="Deferred action",
    key_factors="Lived in Springfield since 2009. Two U.S.-citizen children.",
)


def make_plan(
    tabs: tuple[TabSection, ...],
    cover: CoverInfo = DEFAULT_COVER,
    bates_prefix: str | None = None,
    title: str = "Evidence Packet",
) -> PacketPlan:
    return PacketPlan(
        cover=cover, tabs=tabs, prepared_on=PREPARED, bates_prefix=bates_prefix, title=title
    )


def one_tab(title: str, *exhibits: Exhibit) -> PacketPlan:
    """A plan with one tab, "A. <title>", holding ``exhibits``."""
    return make_plan((TabSection("A", title, "", exhibits),))


@pytest.fixture
def sources(tmp_path: Path) -> dict[str, Path]:
    src = tmp_path / "sources"
    src.mkdir()
    return {
        "lease": scan(src / "lease.jpg", ["RESIDENTIAL LEASE AGREEMENT", "Tenant: M. Hernandez"]),
        "receipt": scan(src / "receipt.png", ["RENT RECEIPT", "June 2023"]),
        "bills": text_pdf(src / "bills.pdf", [(612, 792, f"Utility bill {n}") for n in (1, 2, 3)]),
        "stub": scan(src / "stub.jpg", ["PAY STUB", "Acme Landscaping"]),
    }


@pytest.fixture
def basic_plan(sources: dict[str, Path]) -> PacketPlan:
    return make_plan(
        (
            TabSection(
                "A",
                "Residence",
                "Where she has lived since 2009.",
                (
                    Exhibit(
                        "A-1",
                        "Lease agreement",
                        dt.date(2023, 5, 1),
                        (image_page(sources["lease"]),),
                    ),
                    Exhibit(
                        "A-2",
                        "Utility bills",
                        dt.date(2023, 9, 30),
                        tuple(pdf_page(sources["bills"], n) for n in range(3)),
                    ),
                ),
            ),
            TabSection(
                "B",
                "Employment",
                "Steady work.",
                (
                    Exhibit("B-1", "Pay stub", None, (image_page(sources["stub"]),)),
                    Exhibit(
                        "B-2",
                        "Rent receipt",
                        dt.date(2023, 6, 1),
                        (image_page(sources["receipt"]),),
                        note="with certified translation",
                    ),
                ),
            ),
        ),
        bates_prefix="DA-",
    )


def export(plan: PacketPlan, out: Path) -> pymupdf.Document:
    result = build_packet(plan, out)
    doc = pymupdf.open(out)
    assert not doc.is_repaired  # a sound file, not one a reader has to patch up
    assert doc.page_count == result.page_count
    return doc


def footer_words(page: pymupdf.Page) -> list[tuple[float, float, float, float, str]]:
    height = page.rect.height
    return [w[:5] for w in page.get_text("words") if w[1] >= height - FOOTER_BAND]


def content_words(page: pymupdf.Page) -> list[tuple[float, float, float, float, str]]:
    height = page.rect.height
    return [w[:5] for w in page.get_text("words") if w[3] < height - FOOTER_BAND]


def line_dirs(page: pymupdf.Page, needle: str) -> list[tuple[float, float]]:
    """Reading direction of the text lines holding ``needle``: (1, 0) is left to right."""
    dirs = []
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            if needle in "".join(span["text"] for span in line["spans"]):
                dirs.append((round(line["dir"][0], 3), round(line["dir"][1], 3)))
    return dirs


def visual_text(page: pymupdf.Page, clip: pymupdf.Rect | None = None) -> str:
    """The words of ``page`` as a reader sees them: line by line, left to right."""
    words = sorted(page.get_text("words", clip=clip), key=lambda w: w[3])
    lines: list[list[tuple[float, str]]] = []
    bottom = -100.0
    for w in words:
        if w[3] - bottom > 4:
            lines.append([])
            bottom = w[3]
        lines[-1].append((w[0], w[4]))
    return " ".join(" ".join(text for _, text in sorted(line)) for line in lines)


# --- order, numbering, stamps -------------------------------------------------------------


def test_pages_come_in_packet_order_each_stamped(basic_plan: PacketPlan, tmp_path: Path) -> None:
    result = build_packet(basic_plan, tmp_path / "packet.pdf")
    doc = pymupdf.open(result.path)
    texts = [page.get_text() for page in doc.pages()]

    # cover, index, divider A, lease, 3 bills, divider B, stub, receipt
    assert result.page_count == doc.page_count == 10
    assert "Submitted on behalf of María José Hernández Peña" in " ".join(texts[0].split())
    assert "Index of Exhibits" in texts[1]
    assert "Tab A" in texts[2] and "Residence" in texts[2]
    assert [f"Utility bill {n}" in texts[3 + n] for n in (1, 2, 3)] == [True] * 3
    assert "Tab B" in texts[7] and "Employment" in texts[7]
    assert [(e.exhibit_id, e.first_page, e.last_page) for e in result.exhibits] == [
        ("A-1", 4, 4),
        ("A-2", 5, 7),
        ("B-1", 9, 9),
        ("B-2", 10, 10),
    ]
    for number, page in enumerate(doc.pages(), start=1):
        footer = " ".join(w[4] for w in footer_words(page))
        assert f"Page {number} of 10" in footer
        assert f"DA-{number:06d}" in footer
    exhibit_of_page = {4: "A-1", 5: "A-2", 6: "A-2", 7: "A-2", 9: "B-1", 10: "B-2"}
    for number, page in enumerate(doc.pages(), start=1):
        footer = " ".join(w[4] for w in footer_words(page))
        if number in exhibit_of_page:
            assert f"Exhibit {exhibit_of_page[number]}" in footer
        else:
            assert "Exhibit" not in footer
    assert result.sha256 == hashlib.sha256(result.path.read_bytes()).hexdigest()


def test_stamps_sit_left_centre_right_in_the_footer(basic_plan: PacketPlan, tmp_path: Path) -> None:
    doc = export(basic_plan, tmp_path / "packet.pdf")
    page = doc[3]
    width = page.rect.width
    words = {w[4]: w for w in footer_words(page)}
    assert words["Exhibit"][2] < width / 3
    centre = (words["Page"][0] + words["10"][2]) / 2
    assert abs(centre - width / 2) < 2
    assert words["DA-000004"][0] > 2 * width / 3
    assert words["DA-000004"][2] <= width - 30


def test_no_bates_numbers_without_a_prefix(basic_plan: PacketPlan, tmp_path: Path) -> None:
    plan = make_plan(basic_plan.tabs, bates_prefix=None)
    doc = export(plan, tmp_path / "packet.pdf")
    assert all("DA-" not in page.get_text() for page in doc.pages())
    assert "Page 1 of 10" in doc[0].get_text()


def test_progress_is_reported_for_every_page(basic_plan: PacketPlan, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    build_packet(
        basic_plan,
        tmp_path / "packet.pdf",
        lambda done, total, label: calls.append((done, total, label)),
    )
    assert [c[0] for c in calls[:10]] == list(range(1, 11))
    assert {c[1] for c in calls} == {10}
    assert calls[3][2] == "Exhibit A-1, page 1"
    assert calls[5][2] == "Exhibit A-2, page 2"
    assert calls[-1] == (10, 10, "Saving the packet")


# --- index, dividers, bookmarks ------------------------------------------------------------


def test_every_index_row_links_to_its_page(basic_plan: PacketPlan, tmp_path: Path) -> None:
    doc = export(basic_plan, tmp_path / "packet.pdf")
    index = doc[1]
    links = index.get_links()
    assert all(link["kind"] == pymupdf.LINK_GOTO for link in links)
    targets = {}
    for link in links:
        targets[visual_text(index, link["from"])] = link["page"] + 1
    assert targets == {
        "A. Residence 3": 3,
        "A-1 Lease agreement May 1, 2023 4": 4,
        "A-2 Utility bills September 30, 2023 5–7": 5,
        "B. Employment 8": 8,
        "B-1 Pay stub 9": 9,
        "B-2 Rent receipt June 1, 2023 10 with certified translation": 10,
    }


def test_a_long_index_runs_over_pages_without_overlap(
    sources: dict[str, Path], tmp_path: Path
) -> None:
    long_title = (
        "Letter of support from the pastor of the parish of San José describing "
        "fifteen years of volunteer work, the food bank and the youth choir, with "
        "a certified translation from Spanish and a copy of the pastor's ID"
    )
    exhibits = tuple(
        Exhibit(
            f"A-{n}",
            long_title if n % 3 == 0 else f"Receipt {n}",
            dt.date(2020, 1, n % 28 + 1),
            (pdf_page(sources["bills"], n % 3),),
        )
        for n in range(1, 61)
    )
    plan = make_plan((TabSection("A", "Community", "Letters.", exhibits),))
    result = build_packet(plan, tmp_path / "packet.pdf")
    doc = pymupdf.open(result.path)
    index_pages = [p for p in doc.pages() if visual_text(p).startswith("Index of Exhibits")]
    assert len(index_pages) >= 3
    assert "Index of Exhibits (continued)" in index_pages[1].get_text()
    first_exhibit = result.exhibits[0].first_page
    assert first_exhibit == 1 + len(index_pages) + 1 + 1  # cover, index, divider
    linked = {}
    for page in index_pages:
        words = content_words(page)
        for i, a in enumerate(words):  # no two words on top of each other (the boxes of
            for b in words[i + 1 :]:  # two lines may touch: they include the leading)
                across = min(a[2], b[2]) - max(a[0], b[0])
                down = min(a[3], b[3]) - max(a[1], b[1])
                assert across <= 0 or down < 1, (a, b)
        assert all(w[0] >= 72 - 1 and w[2] <= 540 + 1 for w in words)
        assert "…" in page.get_text()  # the long titles are cut with an ellipsis
        for link in page.get_links():
            row = visual_text(page, link["from"]).split()
            if row[0].startswith("A-"):
                linked[row[0]] = link["page"] + 1
    assert linked == {e.exhibit_id: e.first_page for e in result.exhibits}


def test_divider_names_the_tab_and_lists_its_exhibits(
    basic_plan: PacketPlan, tmp_path: Path
) -> None:
    doc = export(basic_plan, tmp_path / "packet.pdf")
    text = " ".join(doc[7].get_text().split())
    assert "Tab B" in text and "Employment" in text and "Steady work." in text
    text = visual_text(doc[7])
    assert "B-1 Pay stub 9" in text and "B-2 Rent receipt 10" in text
    assert "A-1" not in text


def test_bookmarks_lead_to_tabs_and_exhibits(basic_plan: PacketPlan, tmp_path: Path) -> None:
    doc = export(basic_plan, tmp_path / "packet.pdf")
    assert doc.get_toc() == [
        [1, "Cover", 1],
        [1, "Index of Exhibits", 2],
        [1, "A. Residence", 3],
        [2, "A-1 Lease agreement", 4],
        [2, "A-2 Utility bills", 5],
        [1, "B. Employment", 8],
        [2, "B-1 Pay stub", 9],
        [2, "B-2 Rent receipt", 10],
    ]


# --- cover ---------------------------------------------------------------------------------


def test_cover_shows_the_case_with_accents(basic_plan: PacketPlan, tmp_path: Path) -> None:
    cover = CoverInfo(
        applicant="José Núñez Peña",
        a_number="A-987-654-321",
        date_of_birth="March 3, 1985",
        phone="(217) 555-0142",
        email="jose@example.com",
        representative="Ana Muñoz, Esq.",
        relief="Prosecutorial discretion",
        key_factors="Caregiver of Sofía.",
    )
    plan = make_plan(basic_plan.tabs, cover=cover, title="Request for Deferred Action")
    doc = export(plan, tmp_path / "packet.pdf")
    text = visual_text(doc[0])
    for expected in (
        "Request for Deferred Action",
        "Submitted on behalf of José Núñez Peña",
        "A-NUMBER A-987-654-321",
        "REPRESENTATIVE Ana Muñoz, Esq.",
        "RELIEF SOUGHT Prosecutorial discretion",
        "KEY FACTORS Caregiver of Sofía.",
        "4 exhibits in 2 tabs, 10 pages",
        "Date prepared: May 12, 2025",
    ):
        assert expected in text
    assert "ADDRESS" not in text  # empty fields are left out, not printed blank
    assert "José Núñez Peña · A-987-654-321" in " ".join(doc[1].get_text().split())


def test_names_in_any_script_survive(basic_plan: PacketPlan, tmp_path: Path) -> None:
    plan = make_plan(basic_plan.tabs, cover=CoverInfo(applicant="Nguyễn Thị Minh Khai 阮氏明開"))
    doc = export(plan, tmp_path / "packet.pdf")
    assert "Nguyễn Thị Minh Khai 阮氏明開" in doc[0].get_text()
    assert (tmp_path / "packet.pdf").stat().st_size < 400_000  # fonts subset, not whole


def test_long_key_factors_continue_instead_of_overflowing(
    basic_plan: PacketPlan, tmp_path: Path
) -> None:
    factors = "\n\n".join(
        f"Paragraph {n}: she has volunteered at the parish food bank every Saturday, cared "
        "for her mother after surgery, paid her taxes every year, and her children depend "
        "on her for their schooling and their health care. " * 3
        for n in range(1, 9)
    )
    cover = CoverInfo(applicant="María Hernández", key_factors=factors + " THE-END")
    plan = make_plan(basic_plan.tabs, cover=cover)
    result = build_packet(plan, tmp_path / "packet.pdf")
    doc = pymupdf.open(result.path)
    cover_pages = next(
        n for n, page in enumerate(doc.pages()) if visual_text(page).startswith("Index of Exhibits")
    )
    assert cover_pages >= 2
    assert all("KEY FACTORS (CONTINUED)" in doc[n].get_text() for n in range(1, cover_pages))
    cover_text = " ".join(doc[n].get_text() for n in range(cover_pages))
    assert all(f"Paragraph {n}:" in cover_text for n in range(1, 9)) and "THE-END" in cover_text
    for page in doc.pages(0, cover_pages):
        words = content_words(page)
        assert all(w[0] >= 72 - 1 and w[2] <= 540 + 1 and w[3] <= 720 + 1 for w in words)
    assert result.exhibits[0].first_page == cover_pages + 3  # index, divider, then A-1


# --- exhibit pages: size, orientation, rotation, skew ---------------------------------------


def test_pdf_pages_keep_their_true_size(tmp_path: Path) -> None:
    src = text_pdf(
        tmp_path / "mixed.pdf",
        [
            (612, 1008, "Legal record"),
            (792, 612, "Landscape statement"),
            (200, 500, "Receipt"),
            (100, 400, "Slip"),
        ],
    )
    plan = make_plan(
        (
            TabSection(
                "A",
                "Records",
                "",
                (Exhibit("A-1", "Mixed", None, tuple(pdf_page(src, n) for n in range(4))),),
            ),
        ),
        bates_prefix="DA-",
    )
    doc = export(plan, tmp_path / "packet.pdf")
    sizes = [tuple(doc[n].rect)[2:] for n in range(3, 7)]
    assert sizes == [(612, 1008), (792, 612), (200, 500), (100, 400)]
    for number, page in enumerate(doc.pages(3, 7), start=4):
        words = page.get_text("words")
        stamps = [w for w in words if w[4] in ("Page", "Exhibit", f"DA-{number:06d}")]
        assert len(stamps) == 3
        for w in words:  # the content keeps clear of the footer band...
            if w[4] in ("Legal", "record", "Landscape", "statement", "Receipt", "Slip"):
                assert w[3] <= page.rect.height - FOOTER_BAND
        footer = footer_words(page)
        for i, a in enumerate(footer):  # ...and the stamps never run into each other
            assert a[0] >= 0 and a[2] <= page.rect.width
            for b in footer[i + 1 :]:
                assert (pymupdf.Rect(a[:4]) & pymupdf.Rect(b[:4])).is_empty, (a, b)


def test_a_pdf_page_is_shown_as_displayed_then_turned(tmp_path: Path) -> None:
    # A Letter page whose /Rotate 90 shows it landscape with its text running downwards.
    src = text_pdf(tmp_path / "rotated.pdf", [(612, 792, "Rotated bank statement")], rotate=90)
    plan = one_tab(
        "Records",
        Exhibit("A-1", "As displayed", None, (pdf_page(src),)),
        Exhibit("A-2", "Turned back", None, (pdf_page(src, rotation=270),)),
    )
    doc = export(plan, tmp_path / "packet.pdf")
    as_shown, turned = doc[3], doc[4]
    assert tuple(as_shown.rect)[2:] == (792, 612)
    assert line_dirs(as_shown, "Rotated bank statement") == [(0.0, 1.0)]
    assert tuple(turned.rect)[2:] == (612, 792)
    assert line_dirs(turned, "Rotated bank statement") == [(1.0, 0.0)]


def test_a_cropped_turned_pdf_page_shows_what_a_reader_shows(tmp_path: Path) -> None:
    # A page whose boxes do not start at 0, cut by a CropBox and turned by /Rotate: the
    # packet must show exactly what a PDF reader shows, scaled to clear the footer.
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    for spot, word in (((60, 100), "Northwest"), ((300, 700), "Southeast"), ((250, 420), "Middle")):
        page.insert_text(spot, word, fontsize=20)
    page.insert_text((560, 60), "Trimmed", fontsize=20)  # outside the CropBox
    xref = doc[0].xref
    doc.xref_set_key(xref, "MediaBox", "[-30 -40 612 792]")
    doc.xref_set_key(xref, "CropBox", "[20 30 540 780]")
    doc.xref_set_key(xref, "Rotate", "270")
    src = tmp_path / "cropped.pdf"
    doc.save(src)
    doc.close()
    shown = pymupdf.open(src)[0]  # words come unturned: turn them as the reader does
    expected = {w[4]: pymupdf.Rect(w[:4]) * shown.rotation_matrix for w in shown.get_text("words")}
    assert set(expected) == {"Northwest", "Southeast", "Middle"}

    out = export(one_tab("Records", Exhibit("A-1", "Cropped", None, (pdf_page(src),))),
                 tmp_path / "packet.pdf")
    packet_page = out[3]
    assert packet_page.rect == shown.rect
    scale = (shown.rect.height - FOOTER_BAND) / shown.rect.height
    left = (shown.rect.width - shown.rect.width * scale) / 2
    found = {w[4]: w[:4] for w in content_words(packet_page)}
    assert set(found) == set(expected)
    for word, (x0, y0, x1, y1) in expected.items():
        want = pymupdf.Rect(left + x0 * scale, y0 * scale, left + x1 * scale, y1 * scale)
        got = pymupdf.Rect(found[word])
        assert abs(got.x0 - want.x0) < 1 and abs(got.y0 - want.y0) < 1, (word, got, want)
        assert abs(got.x1 - want.x1) < 1 and abs(got.y1 - want.y1) < 1, (word, got, want)


def test_rotation_makes_sideways_text_horizontal(tmp_path: Path) -> None:
    src = text_pdf(tmp_path / "sideways.pdf", [(612, 792, "Sideways pay stub")], text_rotate=90)
    plan = one_tab(
        "Work",
        Exhibit("A-1", "Unturned", None, (pdf_page(src),)),
        Exhibit("A-2", "Turned", None, (pdf_page(src, rotation=90),)),
    )
    doc = export(plan, tmp_path / "packet.pdf")
    assert line_dirs(doc[3], "Sideways pay stub") == [(0.0, -1.0)]
    assert line_dirs(doc[4], "Sideways pay stub") == [(1.0, 0.0)]
    assert tuple(doc[4].rect)[2:] == (792, 612)


def test_skew_straightens_a_tilted_page(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    pivot = pymupdf.Point(100, 300)
    page.insert_text(pivot, "Tilted certificate", fontsize=18, morph=(pivot, pymupdf.Matrix(4)))
    src = tmp_path / "tilted.pdf"
    doc.save(src)
    tilt = math.degrees(math.atan2(*reversed(line_dirs(doc[0], "Tilted")[0])))
    assert tilt == pytest.approx(-4, abs=0.1)  # rising to the right: it needs 4° clockwise
    plan = make_plan(
        (
            TabSection(
                "A",
                "Community",
                "",
                (Exhibit("A-1", "Certificate", None, (pdf_page(src, skew=4.0),)),),
            ),
        )
    )
    out = export(plan, tmp_path / "packet.pdf")
    dx, dy = line_dirs(out[3], "Tilted")[0]
    assert math.degrees(math.atan2(dy, dx)) == pytest.approx(0, abs=0.1)


def test_photos_fill_a_letter_page_in_their_own_orientation(tmp_path: Path) -> None:
    landscape = scan(tmp_path / "photo.jpg", ["CERTIFICATE"], size=(1800, 1200))
    portrait = scan(tmp_path / "scan.png", ["LETTER"])
    sideways = scan(tmp_path / "sideways.jpg", ["PAY STUB"], turn=90)
    stored_turned = exif_turned_jpeg(tmp_path / "exif.jpg", (1000, 1400))
    plan = one_tab(
        "Photos",
        Exhibit("A-1", "Landscape photo", None, (image_page(landscape),)),
        Exhibit("A-2", "Portrait scan", None, (image_page(portrait),)),
        Exhibit(
        "A-3", "Sideways scan, turned", None, (image_page(sideways, rotation=90),)
        ),
        Exhibit("A-4", "EXIF-turned photo", None, (image_page(stored_turned),)),
    )
    doc = export(plan, tmp_path / "packet.pdf")
    sizes = [tuple(doc[n].rect)[2:] for n in range(3, 7)]
    assert sizes == [(792, 612), (612, 792), (612, 792), (612, 792)]
    for page in doc.pages(3, 7):
        (info,) = page.get_image_info()
        box = pymupdf.Rect(info["bbox"])
        assert box.x0 >= 35.9 and box.y0 >= 35.9 and box.x1 <= page.rect.width - 35.9
        assert box.y1 <= page.rect.height - FOOTER_BAND - 10
        assert max(box.width / (page.rect.width - 72), box.height / (page.rect.height - 83)) > 0.99


def test_jpeg_scans_go_in_byte_for_byte(tmp_path: Path) -> None:
    scans = [
        scan(tmp_path / f"scan{n}.jpg", [f"Page {n} of the lease", "Springfield"]) for n in range(8)
    ]
    plan = make_plan(
        (
            TabSection(
                "A",
                "Residence",
                "",
                (Exhibit("A-1", "Lease", None, tuple(image_page(p) for p in scans)),),
            ),
        )
    )
    out = tmp_path / "packet.pdf"
    doc = export(plan, out)
    embedded = {doc.xref_stream_raw(img[0]) for page in doc.pages() for img in page.get_images()}
    assert embedded == {p.read_bytes() for p in scans}
    assert out.stat().st_size <= 1.1 * sum(p.stat().st_size for p in scans) + 60_000


def test_multi_page_tiff_frames_each_become_a_page(tmp_path: Path) -> None:
    frames = [Image.open(scan(tmp_path / f"f{n}.png", [f"Frame {n}"])) for n in (1, 2)]
    tiff = tmp_path / "two.tiff"
    frames[0].save(tiff, save_all=True, append_images=frames[1:], dpi=(150, 150))
    plan = one_tab(
        "Scans",
        Exhibit(
        "A-1", "Two-page scan", None, (image_page(tiff, 0), image_page(tiff, 1))
        ),
    )
    doc = export(plan, tmp_path / "packet.pdf")
    assert doc.page_count == 5 and all(len(doc[n].get_images()) == 1 for n in (3, 4))


# --- privacy ----------------------------------------------------------------------------------


def test_metadata_and_hidden_leftovers_are_gone(tmp_path: Path) -> None:
    src = tmp_path / "leaky.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Visible bank letter", fontsize=14)
    page.add_text_annot((100, 100), "private note to self")
    page.insert_link(
        {
            "kind": pymupdf.LINK_URI,
            "from": pymupdf.Rect(72, 60, 200, 80),
            "uri": "https://tracker.example/secret",
        }
    )
    doc.embfile_add("secret.txt", b"hidden attachment")
    doc.set_metadata(
        {
            "author": "John Secret",
            "creator": "/home/jsecret/Scanner.app",
            "title": "jsecret private",
        }
    )
    doc.set_xml_metadata("<x:xmpmeta><dc:creator>John Secret</dc:creator></x:xmpmeta>")
    doc.save(src)
    plan = make_plan(
        (TabSection("A", "Bank", "", (Exhibit("A-1", "Bank letter", None, (pdf_page(src),)),)),)
    )
    out = export(plan, tmp_path / "packet.pdf")
    metadata = out.metadata or {}
    assert metadata["format"].startswith("PDF")
    assert {k: v for k, v in metadata.items() if k not in ("format", "encryption")} == {
        k: "" for k in metadata if k not in ("format", "encryption")
    }
    assert out.get_xml_metadata() == ""
    assert out.embfile_count() == 0
    assert list(out[3].annots()) == [] and out[3].get_links() == []
    assert "Visible bank letter" in out[3].get_text()
    # every object and every stream, decompressed (the packet uses object streams)
    raw = b"\n".join(
        out.xref_object(x, compressed=True).encode("latin-1", "replace")
        + b"\n"
        + (out.xref_stream(x) or b"")
        for x in range(1, out.xref_length())
    )
    assert b"Visible bank letter" not in raw  # (the text itself is in font codes)
    assert b"/EmbeddedFiles" not in raw and b"/JavaScript" not in raw and b"/Info<<" not in raw
    for leak in (
        b"Secret",
        b"jsecret",
        b"tracker.example",
        b"private note",
        b"Producer",
        b"MuPDF",
        str(tmp_path).encode(),
    ):
        assert leak not in raw


def test_nothing_active_comes_from_a_source_pdf(tmp_path: Path) -> None:
    # Scripts that run on opening, on showing a page or on a click, a form field, a file
    # attachment on the page: the packet shows the page's ink and carries none of them.
    # What the field holds is shown, as every viewer shows it, as ink on the page.
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Scholarship award letter", fontsize=14)
    widget = pymupdf.Widget()
    widget.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    widget.field_name = "applicant_ssn"
    widget.field_value = "000-11-2222"
    widget.rect = pymupdf.Rect(72, 100, 300, 120)
    page.add_widget(widget)
    page.add_file_annot((72, 200), b"attached secret", "secret.txt")
    page.insert_link(
        {"kind": pymupdf.LINK_LAUNCH, "from": pymupdf.Rect(72, 300, 200, 320), "file": "evil.exe"}
    )
    doc.embfile_add("ledger.txt", b"hidden ledger")
    js = doc.get_new_xref()
    doc.update_object(js, "<</S/JavaScript/JS(app.alert\\('opened'\\))>>")
    doc.xref_set_key(doc.pdf_catalog(), "OpenAction", f"{js} 0 R")
    doc.xref_set_key(page.xref, "AA", f"<</O {js} 0 R>>")
    src = tmp_path / "active.pdf"
    doc.save(src)
    doc.close()
    with pymupdf.open(src) as check:  # the source really carries all of it
        raw_src = b"".join(check.xref_object(x).encode() for x in range(1, check.xref_length()))
        assert b"/JavaScript" in raw_src and b"/Widget" in raw_src and b"/AA" in raw_src
        assert check.embfile_count() == 1

    plan = one_tab("School", Exhibit("A-1", "Award", None, (pdf_page(src),)))
    out = export(plan, tmp_path / "packet.pdf")
    assert "Scholarship award letter" in out[3].get_text()
    assert "000-11-2222" in out[3].get_text()  # the field's value, drawn
    assert out.embfile_count() == 0 and not out.is_form_pdf
    assert all(list(p.annots()) == [] and list(p.widgets()) == [] for p in out)
    assert out[3].get_links() == []  # only the index's own links, all inside the packet
    assert {link["kind"] for p in out for link in p.get_links()} == {pymupdf.LINK_GOTO}
    raw = b"\n".join(
        out.xref_object(x, compressed=True).encode("latin-1", "replace")
        + b"\n"
        + (out.xref_stream(x) or b"")
        for x in range(1, out.xref_length())
    )
    for active in (b"/JavaScript", b"/JS", b"/AA", b"/OpenAction", b"/AcroForm", b"/Widget",
                   b"/FileAttachment", b"/EmbeddedFile", b"/Launch", b"evil.exe",
                   b"applicant_ssn", b"attached secret", b"hidden ledger"):
        assert active not in raw, active


def test_a_photo_shown_twice_is_stored_once(sources: dict[str, Path], tmp_path: Path) -> None:
    lease = image_page(sources["lease"])
    plan = one_tab(
        "Residence",
        Exhibit("A-1", "Lease", None, (lease,)),
        Exhibit("A-2", "Lease, again", None, (lease, pdf_page(sources["bills"], 1))),
    )
    out = tmp_path / "packet.pdf"
    doc = export(plan, out)
    images = {img[0] for page in doc.pages(3, 5) for img in page.get_images()}
    assert len(images) == 1
    # the second showing costs a few bytes; the rest is the front pages and the footer's
    # font, embedded in every packet (about 30 KB)
    assert out.stat().st_size < 1.5 * sources["lease"].stat().st_size + 90_000


# --- errors and atomic writing -----------------------------------------------------------------


def test_unreadable_source_mid_build_keeps_the_old_packet(
    basic_plan: PacketPlan, sources: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "out" / "packet.pdf"
    out.parent.mkdir()
    out.write_bytes(b"%PDF-1.7 the packet filed last week")

    def spoil_later_page(done: int, total: int, label: str) -> None:
        if done == 5:  # the receipt (page 10) is damaged while the packet is being built
            sources["receipt"].write_bytes(b"\x89PNG\r\n\x1a\n broken")

    with pytest.raises(ExportError) as caught:
        build_packet(basic_plan, out, spoil_later_page)
    assert str(caught.value).startswith("Exhibit B-2, page 1 (receipt.png): the file is damaged")
    assert out.read_bytes() == b"%PDF-1.7 the packet filed last week"
    assert sorted(p.name for p in out.parent.iterdir()) == ["packet.pdf"]


@pytest.mark.parametrize("damage", ["missing", "garbage", "truncated"])
def test_an_unreadable_text_layer_names_the_exhibit(
    sources: dict[str, Path], tmp_path: Path, damage: str
) -> None:
    layer = tmp_path / "layer.pdf"
    good = pymupdf.open()
    good.new_page().insert_text((72, 72), "invisible words", render_mode=3)
    data = good.tobytes()
    if damage == "garbage":
        layer.write_bytes(b"this is not a PDF at all" * 40)
    elif damage == "truncated":
        layer.write_bytes(data[:30])
    plan = one_tab(
        "Residence",
        Exhibit("A-1", "Lease", None, (image_page(sources["lease"]),)),
        Exhibit("A-2", "Bills", None, (pdf_page(sources["bills"], 0, text_layer=layer),)),
    )
    out = tmp_path / "packet.pdf"
    with pytest.raises(ExportError) as caught:
        build_packet(plan, out)
    assert "Exhibit A-2, page 1 (bills.pdf)" in caught.value.message
    assert "searchable text made for it by OCR" in caught.value.message
    assert not out.exists()
    layer.write_bytes(data)  # a sound layer: the same plan exports, its words searchable
    doc = export(plan, out)
    assert doc[4].search_for("invisible")


def test_a_damaged_text_layer_prints_nothing_but_the_error(tmp_path: Path) -> None:
    # MuPDF reports what it tried while opening a damaged file; the user should see only
    # the export's own message (run in a process of its own to see everything printed).
    layer = tmp_path / "layer.pdf"
    layer.write_bytes(b"%PDF-1.7\n1 0 obj <<")
    src = text_pdf(tmp_path / "letter.pdf", [(612, 792, "Letter")])
    script = f"""
import datetime as dt
from pathlib import Path
from desktop_app.core.export.packet import build_packet
from desktop_app.core.export.plan import CoverInfo, Exhibit, PacketPlan, PageSource, TabSection
from desktop_app.errors import ExportError
page = PageSource(Path({str(src)!r}), "pdf", 0, text_layer=Path({str(layer)!r}))
tab = TabSection("A", "Letters", "", (Exhibit("A-1", "Letter", None, (page,)),))
plan = PacketPlan(cover=CoverInfo(applicant="Ana"), tabs=(tab,), prepared_on=dt.date(2025, 1, 2))
try:
    build_packet(plan, Path({str(tmp_path / "packet.pdf")!r}))
except ExportError as exc:
    print(exc.message)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
        cwd=Path(__file__).resolve().parents[2], check=True,
    )
    assert done.stderr == ""
    (line,) = done.stdout.splitlines()
    assert line.startswith("Exhibit A-1, page 1 (letter.pdf): the searchable text made for it")


def test_missing_pdf_page_names_the_exhibit(sources: dict[str, Path], tmp_path: Path) -> None:
    plan = one_tab(
        "Residence",
        Exhibit(
        "A-1",
        "Bills",
        None,
        (pdf_page(sources["bills"], 0), pdf_page(sources["bills"], 7)),
        ),
    )
    with pytest.raises(ExportError, match=r"Exhibit A-1, page 2 \(bills.pdf\): page 8 is missing"):
        build_packet(plan, tmp_path / "packet.pdf")
    assert not (tmp_path / "packet.pdf").exists()


@pytest.mark.parametrize(
    ("pages", "message"),
    [
        ((), "Exhibit A-1 has no pages"),
        ((PageSource(Path("x.pdf"), "pdf", 0, rotation=45),), "Exhibit A-1, page 1: .* not 45"),
    ],
)
def test_plans_that_cannot_be_exported_are_refused(
    pages: tuple[PageSource, ...], message: str, tmp_path: Path
) -> None:
    plan = make_plan((TabSection("A", "Residence", "", (Exhibit("A-1", "X", None, pages),)),))
    with pytest.raises(ExportError, match=message):
        build_packet(plan, tmp_path / "packet.pdf")


def test_a_full_disk_keeps_the_old_packet(basic_plan: PacketPlan, tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "usb", size="64k") as folder:
        out = folder / "packet.pdf"
        out.write_bytes(b"old packet")
        with pytest.raises(StorageError, match="disk is full"):
            build_packet(basic_plan, out)
        assert out.read_bytes() == b"old packet"
        assert [p.name for p in folder.iterdir()] == ["packet.pdf"]  # no temp file left


def test_what_a_killed_export_left_beside_the_packet_is_cleared(
        basic_plan: PacketPlan, tmp_path: Path) -> None:
    """A kill -9 mid-write leaves ``.tmp-<pid>-…`` beside the packet; the next export
    there removes it, and leaves alone what is not a dead process's."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # a process that has ended: its pid is free
    half = tmp_path / f".tmp-{gone.pid}-k1ll3d"
    half.write_bytes(b"%PDF-1.7 half a packet")
    ours = tmp_path / f".tmp-{os.getpid()}-writing"  # this process, still writing
    ours.write_bytes(b"in progress")
    notes = tmp_path / ".tmp-notes.txt"
    notes.write_bytes(b"the user's own file")
    build_packet(basic_plan, tmp_path / "packet.pdf")
    assert not half.exists() and ours.exists() and notes.exists()


def test_a_read_only_folder_is_reported(basic_plan: PacketPlan, tmp_path: Path) -> None:
    with contextlib.ExitStack() as stack:
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            folder = stack.enter_context(small_filesystem(tmp_path / "locked"))
        else:
            folder = tmp_path / "locked"
            folder.mkdir()
        (folder / "packet.pdf").write_bytes(b"old packet")
        make_read_only(folder)
        try:
            with pytest.raises(StorageError, match="read-only"):
                build_packet(basic_plan, folder / "packet.pdf")
            assert (folder / "packet.pdf").read_bytes() == b"old packet"
        finally:
            if os.geteuid() != 0:
                folder.chmod(0o700)  # let pytest clean up


def test_a_folder_in_the_way_is_a_storage_error(basic_plan: PacketPlan, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"a file where the folder should be")
    with pytest.raises(StorageError):
        build_packet(basic_plan, blocker / "packet.pdf")


# --- the OCR text layer, with real Tesseract ---------------------------------------------------

OCR_LINES = [
    "RESIDENTIAL LEASE AGREEMENT",
    "This lease is made between the landlord",
    "and the tenant for the apartment located",
    "at 123 Main Street in Springfield.",
    "The monthly rent is payable on the first",
    "day of each month by check.",
    "The tenant agrees to keep the premises",
    "clean and to report repairs.",
]
LONE_WORD = "Residence"


def tesseract_layer(image: Path) -> Path:
    """What the OCR step stores: a one-page PDF of invisible text for ``image``."""
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract is not installed")
    base = image.with_suffix("")
    subprocess.run(
        [
            "tesseract",
            str(image),
            str(base),
            "--psm",
            "1",
            "-l",
            "eng",
            "-c",
            "textonly_pdf=1",
            "pdf",
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    return base.with_suffix(".pdf")


def ink_box(page: pymupdf.Page, around: pymupdf.Rect) -> pymupdf.Rect:
    """The box of the dark pixels near ``around`` on the rendered packet page."""
    zoom = 4
    window = pymupdf.Rect(around).irect  # integer points
    window = pymupdf.Rect(window.x0 - 24, window.y0 - 24, window.x1 + 24, window.y1 + 24)
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), clip=window, colorspace=pymupdf.csGRAY)
    image = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    box = image.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert box is not None, "no ink where the text layer says the word is"
    return pymupdf.Rect(
        window.x0 + box[0] / zoom,
        window.y0 + box[1] / zoom,
        window.x0 + box[2] / zoom,
        window.y0 + box[3] / zoom,
    )


def assert_text_on_ink(page: pymupdf.Page) -> None:
    assert "RESIDENTIAL LEASE AGREEMENT" in page.get_text()
    (hit,) = page.search_for(LONE_WORD)
    ink = ink_box(page, hit)
    assert abs((hit.x0 + hit.x1) / 2 - (ink.x0 + ink.x1) / 2) < 3, (hit, ink)
    assert abs((hit.y0 + hit.y1) / 2 - (ink.y0 + ink.y1) / 2) < 3, (hit, ink)
    assert hit.width == pytest.approx(ink.width, rel=0.15)


@pytest.fixture(scope="module")
def ocr_sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    folder = tmp_path_factory.mktemp("ocr")
    spot = {LONE_WORD: (720, 1350)}
    upright = scan(folder / "upright.png", OCR_LINES, extra=spot)
    sideways = scan(folder / "sideways.png", OCR_LINES, extra=spot, turn=90)
    scanned = folder / "scanned.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_image(page.rect, filename=upright)
    page.set_rotation(180)  # a scanner that fed the page upside down, fixed by /Rotate
    doc.save(scanned)
    rendered = folder / "scanned-page.png"
    doc[0].get_pixmap(dpi=150).save(rendered)  # what the OCR step renders: as displayed
    doc.close()
    return {
        "upright": (upright, tesseract_layer(upright)),
        "sideways": (sideways, tesseract_layer(sideways)),
        "scanned": (scanned, tesseract_layer(rendered)),
    }


def test_ocr_text_lies_on_the_words_of_an_upright_scan(
    ocr_sources: dict[str, tuple[Path, Path]], tmp_path: Path
) -> None:
    image, layer = ocr_sources["upright"]
    plan = make_plan(
        (
            TabSection(
                "A",
                "Residence",
                "",
                (Exhibit("A-1", "Lease", None, (image_page(image, text_layer=layer),)),),
            ),
        )
    )
    doc = export(plan, tmp_path / "packet.pdf")
    assert_text_on_ink(doc[3])


def test_ocr_text_follows_a_sideways_scan_when_turned(
    ocr_sources: dict[str, tuple[Path, Path]], tmp_path: Path
) -> None:
    image, layer = ocr_sources["sideways"]
    plan = one_tab(
        "Residence",
        Exhibit(
        "A-1", "Lease", None, (image_page(image, rotation=90, text_layer=layer),)
        ),
        Exhibit(
        "A-2",
        "Lease, a little crooked",
        None,
        (image_page(image, rotation=90, skew=0.5, text_layer=layer),),
        ),
    )
    doc = export(plan, tmp_path / "packet.pdf")
    assert tuple(doc[3].rect)[2:] == (612, 792)
    assert line_dirs(doc[3], "RESIDENTIAL") == [(1.0, 0.0)]
    assert_text_on_ink(doc[3])
    assert_text_on_ink(doc[4])


def test_ocr_text_lies_on_the_words_of_a_scanned_pdf_page(
    ocr_sources: dict[str, tuple[Path, Path]], tmp_path: Path
) -> None:
    pdf, layer = ocr_sources["scanned"]
    plan = one_tab(
        "Residence",
        Exhibit("A-1", "Lease", None, (pdf_page(pdf, text_layer=layer),)),
        Exhibit(
        "A-2",
        "Lease, turned",
        None,
        (pdf_page(pdf, rotation=90, text_layer=layer),),
        ),
    )
    doc = export(plan, tmp_path / "packet.pdf")
    assert_text_on_ink(doc[3])
    assert tuple(doc[4].rect)[2:] == (792, 612)
    (hit,) = doc[4].search_for(LONE_WORD)
    ink = ink_box(doc[4], hit)
    assert hit.intersects(ink) and hit.height > hit.width  # turned with the page


def test_an_empty_tab_and_an_empty_plan_still_make_a_sound_packet(
    sources: dict[str, Path], tmp_path: Path
) -> None:
    plan = make_plan(
        (
            TabSection("A", "Identity", "Passport and birth certificate.", ()),
            TabSection(
                "B",
                "Residence",
                "",
                (Exhibit("B-1", "Lease", None, (image_page(sources["lease"]),)),),
            ),
        )
    )
    doc = export(plan, tmp_path / "packet.pdf")
    assert doc.page_count == 5  # cover, index, divider A, divider B, the lease
    assert "No exhibits in this tab." in doc[2].get_text()
    assert [link["page"] + 1 for link in doc[1].get_links()] == [3, 4, 5]

    empty = export(make_plan(()), tmp_path / "empty.pdf")
    assert empty.page_count == 2
    assert "This packet has no exhibits yet." in empty[1].get_text()
    assert empty.get_toc() == [[1, "Cover", 1], [1, "Index of Exhibits", 2]]

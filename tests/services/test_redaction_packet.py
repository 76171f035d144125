"""Redaction and leftovers, proved by opening the exported packet: the text is gone from
the text layer, the pixels are gone from the picture, turned pages are redacted where
the user drew, left-out pages leave no text, and nothing names the files or their owner."""

from __future__ import annotations

import contextlib
import getpass
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest

from desktop_app.core.redaction import pdf_words, turn_box
from desktop_app.services import Services, redaction
from desktop_app.services.packets import FilingOptions
from tests.conftest import write_packet
from tests.support.redaction import (
    OWNER,
    SCAN_LINES,
    SIDEWAYS_LINES,
    SIZE,
    TURNED_LINES,
    Case,
    largest_image,
    mean,
    packet_page,
    text_box,
)


@dataclass
class Exported:
    case: Case
    path: Path
    packet: pymupdf.Document
    text: str


def _fraction(box: tuple[int, int, int, int]) -> tuple[float, float, float, float]:
    w, h = SIZE
    return box[0] / w, box[1] / h, box[2] / w, box[3] / h


def _page_id(case: Case, name: str, number: int = 1) -> int:
    return case.services.list_pages(case.docs[name])[number - 1].id


PHONE = text_box(TURNED_LINES, 1, "Tenant phone ", "713 555 0199")


@pytest.fixture(scope="module")
def exported(case: Case) -> Iterator[Exported]:
    svc, case_id = case.services, case.case_id
    for name in ("ssn", "account", "dob"):
        svc.redaction.set_pattern(case_id, redaction.parse_pattern(name))
    # A scan the user turned a quarter right, then blacked out the phone number on.
    turned = _page_id(case, "turned-scan.png")
    svc.rotate_page(turned, 90)
    svc.redaction.add_area(turned, turn_box(_fraction(PHONE), 90))
    # A native PDF page with /Rotate 90: the area is drawn on the page as shown.
    notice = _page_id(case, "rotated-notice.pdf")
    plum = next(w for w in pdf_words(svc.page_source(notice)[0], 0) if w.text == "PLUM-4471")
    svc.redaction.add_area(notice, plum.box)
    # The private second page of the statement is left out.
    svc.exclude_page(_page_id(case, "statement.pdf", 2))
    out = case.root / "packet.pdf"
    write_packet(svc, case_id, out)
    with pymupdf.open(out) as packet:
        yield Exported(case, out, packet, "".join(p.get_text() for p in packet))


def test_numbers_are_gone_from_the_scanned_pages_text_and_pixels(exported: Exported) -> None:
    page = packet_page(exported.packet, "Harbor Bank")
    text = page.get_text()
    for gone in ("987-65-4321", "4321", "4417", "9113", "04/22/1979"):
        assert gone not in text
    for kept in ("Customer SSN", "Account", "open", "Balance eight hundred dollars",
                 "Spouse DOB", "03/14/1986"):  # the applicant's own date of birth stays
        assert kept in text
    picture = largest_image(exported.packet, page)
    assert picture.size == SIZE
    ssn = text_box(SCAN_LINES, 1, "Customer SSN: ", "987-65-4321")
    account = text_box(SCAN_LINES, 2, "Account ", "4417 1234 5678 9113")
    spouse = text_box(SCAN_LINES, 4, "Spouse DOB: ", "04/22/1979")
    for box in (ssn, account, spouse):
        assert mean(picture, box) < 10  # black: the digits' pixels are gone
    label = text_box(SCAN_LINES, 1, "", "Customer")
    assert 120 < mean(picture, label, inset=0) < 250  # still ink on paper


def test_numbers_are_gone_from_the_native_text_page(exported: Exported) -> None:
    page = packet_page(exported.packet, "Checking statement for Rosa Diaz")
    text = page.get_text()
    assert "123-45-6789" not in text and "000123456789" not in text
    for kept in ("SSN", "on file", "Account number", "balance 850 dollars",
                 "Thank you for banking with us"):
        assert kept in text
    # The black boxes are painted where the numbers were.
    pix = page.get_pixmap(dpi=72, colorspace=pymupdf.csGRAY)
    dark = sum(1 for v in pix.samples if v < 20)
    assert dark > 300


def test_area_on_a_page_the_user_turned_lands_on_the_same_words(exported: Exported) -> None:
    areas = exported.case.services.redaction.list_areas(exported.case.case_id)
    turned = next(a for a in areas if a.document_title.lower().startswith("turned"))
    assert turned.box == pytest.approx(turn_box(_fraction(PHONE), 90))
    page = packet_page(exported.packet, "Landlord copy")
    text = page.get_text()
    assert "713" not in text and "0199" not in text
    assert "Tenant phone" in text and "Signed in Houston" in text
    assert page.rect.width > page.rect.height  # shown turned, as the user asked
    picture = largest_image(exported.packet, page)  # stored upright as scanned
    assert mean(picture, PHONE) < 10
    assert mean(picture, text_box(TURNED_LINES, 1, "", "Tenant"), inset=0) > 120


def test_area_on_a_rotated_native_pdf_page(exported: Exported) -> None:
    page = packet_page(exported.packet, "End of notice")
    text = page.get_text()
    assert "PLUM" not in text and "4471" not in text
    assert "Case secret" in text and "here" in text and "End of notice" in text


def test_a_page_left_out_leaves_no_text(exported: Exported) -> None:
    assert "zebra" not in exported.text and "quokka" not in exported.text
    assert "Private page" not in exported.text


def _all_bytes(packet: pymupdf.Document) -> bytes:
    """Every object and stream of the packet, streams decompressed (JPEGs as stored)."""
    parts: list[bytes] = []
    for xref in range(1, packet.xref_length()):
        parts.append(packet.xref_object(xref, compressed=False).encode("latin-1", "replace"))
        if packet.xref_is_stream(xref):
            raw = packet.xref_stream_raw(xref) or b""
            parts.append(raw)
            with contextlib.suppress(RuntimeError, ValueError):
                parts.append(packet.xref_stream(xref) or b"")
    return b"\n".join(parts)


def test_no_metadata_file_names_or_owner_names(exported: Exported) -> None:
    packet = exported.packet
    assert not any(packet.metadata.get(k) for k in (
        "title", "author", "subject", "keywords", "creator", "producer", "creationDate",
        "modDate"))
    assert packet.get_xml_metadata() == ""
    assert packet.xref_get_key(-1, "Info")[0] == "null"
    assert packet.embfile_count() == 0
    assert all(a.type[0] != pymupdf.PDF_ANNOT_FILE_ATTACHMENT
               for p in packet for a in p.annots())
    data = _all_bytes(packet)
    names = [b"bank-scan", b"turned-scan", b"statement.pdf", b"rotated-notice", b"photo.jpg",
             b"phone-scan", OWNER.encode(), b"Exif", b"xmpmeta",
             str(exported.case.root).encode(), b"tesseract", b"MuPDF"]
    user = getpass.getuser()
    if user and user != "root" and len(user) >= 4:
        names.append(user.encode())
    assert [n for n in names if n.lower() in data.lower()] == []
    # ...and the photo and the phone scan on their own did carry their owner's name.
    for name in ("photo.jpg", "phone-scan.pdf"):
        original = exported.case.services.page_source(_page_id(exported.case, name))[0]
        assert OWNER.encode() in original.read_bytes()
    assert "Receipt photographed" in exported.text  # the phone scan is in the packet


def test_a_page_processing_turned_upright_loses_its_numbers(exported: Exported) -> None:
    page = packet_page(exported.packet, "Sideways tenant record")
    text = page.get_text()
    assert "555-44-3333" not in text and "3333" not in text
    assert "Tenant SSN" in text and "noted" in text and "Filed in Houston" in text
    assert page.rect.height > page.rect.width  # shown upright
    # The SSN is black in the page's picture, whether processing stored the picture
    # turned upright or kept it sideways (turned 90 degrees left) with a turn to show it.
    picture = largest_image(exported.packet, page)
    left, top, right, bottom = text_box(SIDEWAYS_LINES, 1, "Tenant SSN ", "555-44-3333")
    if picture.size == SIZE:
        assert mean(picture, (left, top, right, bottom)) < 10
    else:
        width = SIZE[0]  # PIL's ROTATE_90 turns left: (x, y) lands on (y, width - x)
        sideways = (top, width - right, bottom, width - left)
        assert picture.size == (SIZE[1], SIZE[0])
        assert mean(picture, sideways) < 10


def test_preview_shows_what_the_patterns_cover(case: Case, exported: Exported) -> None:
    hits = case.services.redaction.preview(case.case_id)
    by_text = {h.text: h for h in hits}
    assert {"987-65-4321", "4417 1234 5678 9113", "04/22/1979", "123-45-6789",
            "000123456789"} <= set(by_text)
    assert "03/14/1986" not in by_text  # the applicant's own
    assert by_text["987-65-4321"].kind == "ssn"
    assert by_text["000123456789"].kind == "account"
    # Pages left out are not previewed.
    private = _page_id(case, "statement.pdf", 2)
    assert all(h.page_id != private for h in hits)


def test_removing_an_area_brings_the_words_back(case: Case, exported: Exported) -> None:
    svc = case.services
    notice = _page_id(case, "rotated-notice.pdf")
    area = next(a for a in svc.redaction.page_areas(notice))
    removed = svc.redaction.remove_area(case.case_id, area.id)
    try:
        out = case.root / "again.pdf"
        write_packet(svc, case.case_id, out)
        with pymupdf.open(out) as packet:
            assert "PLUM-4471" in packet_page(packet, "End of notice").get_text()
    finally:
        svc.redaction.restore_area(removed)
    assert [a.id for a in svc.redaction.page_areas(notice)] == [area.id]


def test_planning_is_quick_and_the_redaction_is_made_when_the_packet_is_written(
        case: Case, exported: Exported) -> None:
    """Previewing the plan (the window does it on its database lane) redacts nothing;
    writing the packet does, and keeps the redacted page for the next export."""
    from desktop_app.core.export.plan import PageSource

    svc = case.services
    notice = _page_id(case, "rotated-notice.pdf")
    ours = svc.store.derived_dir(notice)

    def notice_source() -> PageSource:
        plan = svc.packets.plan(case.case_id)
        return next(p for t in plan.tabs for e in t.exhibits for p in e.pages
                    if ours in p.path.parents
                    or (p.redaction is not None and ours in p.redaction.folder.parents))

    area = svc.redaction.add_area(notice, (0.05, 0.05, 0.2, 0.1), case.case_id)
    try:
        job = notice_source().redaction
        assert job is not None
        assert not list(job.folder.glob(job.key + ".*"))  # nothing made yet
        write_packet(svc, case.case_id, case.root / "lazy.pdf")
        assert [p.name for p in job.folder.glob(job.key + ".*")] == [f"{job.key}.pdf"]
        # The plan still says what to remove (the filing record keeps it); writing the
        # packet again finds the page made.
        again = notice_source().redaction
        assert again is not None and again.key == job.key
    finally:
        svc.redaction.remove_area(case.case_id, area.id)


def test_a_filing_built_again_from_its_record_is_redacted_too(
        case: Case, exported: Exported) -> None:
    """The record keeps what was removed: rebuilding a filed packet (after its redacted
    and scrubbed copies are gone, as they are in a new session of a protected folder)
    removes the same numbers and leaves the photo's owner out again."""

    svc = case.services
    out = case.root / "filed.pdf"
    _result, filing = svc.record.export(case.case_id, out, FilingOptions())
    for folder in svc.store.vault.view.glob("derived/*/*"):
        if folder.is_dir():
            for made in folder.iterdir():
                made.unlink()
    again = case.root / "again.pdf"
    svc.record.reproduce(case.case_id, filing.number, again)
    with pymupdf.open(again) as packet:
        text = "".join(p.get_text() for p in packet)
        for gone in ("987-65-4321", "123-45-6789", "000123456789", "PLUM-4471"):
            assert gone not in text
        assert "Harbor Bank" in text and "Checking statement for Rosa Diaz" in text
        assert OWNER not in packet.tobytes().decode("latin-1")


def _signed_letter(path: Path) -> Path:
    """A native PDF: a line of text, a signature drawn as one vector path that runs
    through where the area will be, a line of digits drawn as outlines (one path, the
    way some printers write text), and a rule far from any area."""
    with pymupdf.open() as doc:
        page = doc.new_page(width=612, height=792)
        page.insert_text((72, 90), "Signed by Rosa Diaz before the notary", fontsize=14)
        page.insert_text((72, 500), "Witness address kept private", fontsize=14)
        shape = page.new_shape()
        shape.draw_polyline([(60, 300), (150, 250), (250, 330), (420, 270)])
        shape.finish(color=(0, 0, 1), width=3)
        for n in range(9):  # "digits" 10 pt wide, one path across the area's edge
            x = 200 + n * 14
            shape.draw_rect(pymupdf.Rect(x, 400, x + 10, 416))
        shape.finish(color=(0, 0, 0), fill=(0, 0, 0), width=1)
        shape.draw_line((72, 700), (540, 700))
        shape.finish(color=(0, 0, 0), width=1)
        shape.commit()
        doc.save(path)
    return path


def test_vector_drawings_crossing_an_area_are_gone_under_it(
        services: Services, tmp_path: Path) -> None:
    """MuPDF keeps a path that crosses an area's edge whole, under the black box, where
    anyone can take the box away and read it. Such a page is flattened into a picture of
    itself over its remaining text: no path is left under the area, the part of the
    signature outside it still shows, and the words outside it are still text."""
    case = services.create_case(name="Rosa Diaz")
    letter = _signed_letter(tmp_path / "letter.pdf")
    plain = _signed_letter(tmp_path / "plain.pdf")
    (doc_id, plain_id) = (o.document_id for o in services.import_files(case.id, [letter, plain]))
    assert doc_id and plain_id
    services.process(case.id, workers=1)
    for document in (doc_id, plain_id):
        services.tag(case.id, document, "residence")
    page = services.list_pages(doc_id)[0]
    area = (220 / 612, 240 / 792, 290 / 612, 420 / 792)  # the middle of the signature,
    services.redaction.add_area(page.id, area)  # and the first digits' right half
    plain_page = services.list_pages(plain_id)[0]  # an area touching no drawing
    services.redaction.add_area(plain_page.id, (72 / 612, 480 / 792, 200 / 612, 505 / 792))
    out = tmp_path / "packet.pdf"
    write_packet(services, case.id, out)

    with pymupdf.open(out) as packet:
        pages = [p for p in packet if "Signed by Rosa Diaz" in p.get_text()]
        assert len(pages) == 2
        flat, vector = pages
        box = pymupdf.Rect(area[0] * flat.rect.width, area[1] * flat.rect.height,
                           area[2] * flat.rect.width, area[3] * flat.rect.height)
        under = [d["rect"] for d in flat.get_drawings() if pymupdf.Rect(d["rect"]).intersects(box)]
        assert under == []
        pix = flat.get_pixmap(dpi=72)

        def rgb(x: float, y: float) -> tuple[int, ...]:
            return tuple(pix.pixel(int(x * pix.width / flat.rect.width),
                                   int(y * pix.height / flat.rect.height)))

        assert all(v < 30 for v in rgb(255, 300))  # black where the signature ran
        blue = [rgb(x, y) for x in range(100, 200) for y in range(255, 300)]
        assert any(b > 150 and r < 100 for r, _g, b in blue)  # it still shows outside
        text = flat.get_text()
        assert "Signed by Rosa Diaz before the notary" in text
        assert "Witness address kept private" in text
        # The page with an area touching no drawing stays as it was: vector, no picture.
        assert "Witness" not in vector.get_text() and "private" in vector.get_text()
        assert len(vector.get_drawings()) >= 3 and not vector.get_images()


def test_when_mupdf_leaves_a_drawing_the_page_is_the_picture_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """MuPDF has missed drawings it should have removed (invisible ones). Provoked here
    by asking it to remove none: the flattened page is then the picture alone, with no
    path, no text and no other image left in it."""
    from desktop_app.core import redaction
    from desktop_app.core.export.plan import PageSource

    monkeypatch.setattr(redaction, "REDACT_LINE_ART_TOUCHED",
                        getattr(pymupdf, "PDF_REDACT_LINE_ART_NONE", 0))
    letter = _signed_letter(tmp_path / "letter.pdf")
    source = PageSource(path=letter, kind="pdf", index=0)
    out = redaction.redact_page(source, [(220 / 612, 240 / 792, 290 / 612, 420 / 792)],
                             tmp_path, "flat")
    with pymupdf.open(out.path) as doc:
        page = doc[0]
        assert page.get_drawings() == [] and page.get_text().strip() == ""
        assert len(page.get_images()) == 1
        assert page.rect == pymupdf.Rect(0, 0, 612, 792)
        pix = page.get_pixmap(dpi=72)
        assert all(v < 30 for v in pix.pixel(255, 300))  # the black box, in the picture

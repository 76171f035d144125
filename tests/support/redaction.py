"""One real case, read by real Tesseract once per module: a scanned bank statement, a
native-text statement (with a private second page), a scan and a native PDF that the
tests turn, and a phone photo whose EXIF names its owner."""

from __future__ import annotations

import io
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest
from PIL import Image, ImageDraw, ImageFont

from desktop_app.services import Services
from tests import make

SIZE = (1275, 1650)  # Letter at 150 dpi
FONT_PX = 36
SCAN_LINES = [
    "Harbor Bank checking statement",
    "Customer SSN: 987-65-4321",
    "Account 4417 1234 5678 9113 open",
    "Balance eight hundred dollars",
    "Spouse DOB: 04/22/1979",
    "Applicant DOB: 03/14/1986",
]
TURNED_LINES = ["Landlord copy of the lease", "Tenant phone 713 555 0199", "Signed in Houston"]
NATIVE_TEXT = ("Checking statement for Rosa Diaz\nSSN 123-45-6789 on file\n"
               "Account number 000123456789 balance 850 dollars\nThank you for banking with us")
PRIVATE_TEXT = "Private page with secret words zebra quokka"
ROTATED_TEXT = "Rotated notice\nCase secret PLUM-4471 here\nEnd of notice"
OWNER = "Maria Secreta"
SIDEWAYS_LINES = ["Sideways tenant record", "Tenant SSN 555-44-3333 noted",
                  "Filed in Houston Texas"]


def scan(lines: list[str]) -> Image.Image:
    image = make.page_image(lines, size=SIZE, font_px=FONT_PX)
    image.info["dpi"] = (150, 150)
    return image


def text_box(lines: list[str], line: int, before: str, word: str) -> tuple[int, int, int, int]:
    """Pixel box of ``word`` drawn after ``before`` on line ``line`` by ``make.page_image``."""
    font = ImageFont.load_default(size=FONT_PX)
    draw = ImageDraw.Draw(Image.new("L", (10, 10)))
    x = 250 + draw.textlength(before, font=font)
    y = 300 + line * int(FONT_PX * 1.8)
    left, top, right, bottom = draw.textbbox((x, y), word, font=font)
    return int(left), int(top), int(right), int(bottom)


@dataclass
class Case:
    services: Services
    case_id: int
    root: Path
    docs: dict[str, int]  # file name -> document id


def _files(folder: Path) -> list[Path]:
    make.save_image(scan(SCAN_LINES), folder / "bank-scan.png")
    make.save_image(scan(TURNED_LINES), folder / "turned-scan.png")
    make.text_pdf(folder / "statement.pdf", [NATIVE_TEXT, PRIVATE_TEXT])
    make.text_pdf(folder / "notice.pdf", [ROTATED_TEXT])
    with pymupdf.open(folder / "notice.pdf") as doc:
        doc[0].set_rotation(90)
        doc.save(folder / "rotated-notice.pdf")
    (folder / "notice.pdf").unlink()
    exif = Image.Exif()
    exif[0x013B] = OWNER  # Artist
    exif[0x010E] = f"Photo of {OWNER}"  # ImageDescription
    photo = scan(["Community letter of support", "Signed by the pastor"]).convert("RGB")
    photo.save(folder / "photo.jpg", format="JPEG", quality=85, exif=exif.tobytes(),
               dpi=(150, 150), comment=f"owner {OWNER}".encode())
    # A sideways scan (no EXIF): processing finds the turn; the SSN must still go.
    make.save_image(scan(SIDEWAYS_LINES).transpose(Image.Transpose.ROTATE_90),
                    folder / "sideways-scan.png")
    _pdf_of_a_photo(folder / "phone-scan.pdf")
    return sorted(folder.iterdir())


def _pdf_of_a_photo(path: Path) -> None:
    """What a phone scanning app writes: the photo's JPEG as it is (EXIF with the owner's
    name) with an XMP packet on the image, in a PDF."""
    exif = Image.Exif()
    exif[0x013B] = OWNER
    buf = io.BytesIO()
    scan(["Receipt photographed with a phone", "Paid in cash"]).convert("RGB").save(
        buf, format="JPEG", quality=80, exif=exif.tobytes())
    with pymupdf.open() as doc:
        page = doc.new_page(width=612, height=792)
        xref = page.insert_image(page.rect, stream=buf.getvalue())
        xmp = doc.get_new_xref()
        doc.update_object(xmp, "<< /Type /Metadata /Subtype /XML >>")
        doc.update_stream(xmp, f"<x:xmpmeta><dc:creator>{OWNER}</dc:creator></x:xmpmeta>"
                          .encode())
        doc.xref_set_key(xref, "Metadata", f"{xmp} 0 R")
        doc.save(path)


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Case]:
    root = tmp_path_factory.mktemp("redact")
    folder = root / "files"
    folder.mkdir()
    with pytest.MonkeyPatch.context() as mp:  # no network here either
        def refuse(*args: object, **kwargs: object) -> None:
            raise AssertionError(f"network connection attempted: {args!r}")

        mp.setattr(socket.socket, "connect", refuse)
        mp.setattr(socket, "create_connection", refuse)
        services = Services.open(root / "data")
        created = services.create_case(name="Rosa Diaz", date_of_birth="1986-03-14")
        outcomes = services.import_files(created.id, _files(folder))
        docs = {Path(o.path).name: o.document_id for o in outcomes if o.document_id}
        assert len(docs) == 7, outcomes
        services.process(created.id, workers=2)
        for name, doc_id in docs.items():
            services.tag(created.id, doc_id, "community" if name == "photo.jpg"
                         else "residence")
    try:
        yield Case(services, created.id, root, docs)
    finally:
        services.close()


def packet_page(packet: pymupdf.Document, words: str) -> pymupdf.Page:
    """The exhibit page of the packet whose text holds ``words``."""
    for page in packet:
        if words in page.get_text():
            return page
    raise AssertionError(f"no page of the packet shows {words!r}")


def largest_image(packet: pymupdf.Document, page: pymupdf.Page) -> Image.Image:
    """The picture on ``page`` as stored in the packet, decoded."""
    xrefs = sorted(page.get_images(full=True), key=lambda i: i[2] * i[3])
    pix = pymupdf.Pixmap(packet, xrefs[-1][0])
    if pix.n - pix.alpha != 1:
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pix)
    return Image.frombytes("L", (pix.width, pix.height), pix.samples)


def mean(image: Image.Image, box: tuple[int, int, int, int], inset: int = 3) -> float:
    left, top, right, bottom = box
    region = image.crop((left + inset, top + inset, right - inset, bottom - inset))
    hist = region.histogram()
    return sum(i * n for i, n in enumerate(hist)) / max(1, sum(hist))

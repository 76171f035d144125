"""A packet the destination accepts: size limits per file and parts, smaller pictures that
keep every word, every font embedded, PDF/A. Real pages drawn here, real Tesseract, real
PDFs read back the way a clerk's software reads them."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import urllib.parse
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from desktop_app.core.export.packet import build_packet
from desktop_app.core.export.plan import CoverInfo, Exhibit, PacketPlan, PageSource, TabSection
from desktop_app.core.export.profiles import MB, PROFILES, get_profile
from desktop_app.errors import InvalidInputError
from tests import make

PREPARED = dt.date(2026, 3, 2)
LINES = ["Harbor View Apartments rent receipt", "Received from Rosa Diaz the sum of",
         "eight hundred fifty dollars for March", "apartment 3B at 1418 Cedar Avenue"]


# --- real pages ------------------------------------------------------------------------------


def text_scan(path: Path, lines: list[str] = LINES) -> Path:
    """A grey 300-dpi scan of a typed page: paper a little uneven, as a scanner gives."""
    image = make.page_image(lines, font_px=44)
    shade = Image.linear_gradient("L").resize(image.size).point(lambda v: 235 + v // 12)
    paper = Image.composite(image, shade, image.point(lambda v: 255 if v < 128 else 0))
    paper.save(path, dpi=(300, 300))
    return path


def text_layer(image: Path, out: Path) -> Path:
    """Tesseract's invisible text for ``image``, as processing makes it."""
    subprocess.run(["tesseract", str(image), str(out.with_suffix("")), "-l", "eng",
                    "-c", "textonly_pdf=1", "pdf"], check=True, capture_output=True,
                   timeout=120, env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"})
    return out


def colour_photo(path: Path, seed: int, size: tuple[int, int] = (1800, 2400)) -> Path:
    """A phone photo of something in colour (not a text page): smooth colour areas, light
    sensor noise; JPEG as the camera writes it."""
    rng = np.random.default_rng(seed)
    base = rng.integers(0, 255, (6, 8, 3), dtype=np.uint8)
    image = Image.fromarray(base).resize(size, Image.Resampling.BICUBIC)
    noise = rng.normal(0, 14, (size[1], size[0], 3))
    pixels = np.clip(np.asarray(image, dtype=np.float32) + noise, 0, 255).astype(np.uint8)
    photo = Image.fromarray(pixels).filter(ImageFilter.GaussianBlur(0.6))
    draw = ImageDraw.Draw(photo)
    draw.ellipse((400, 600, 1400, 1600), fill=(200, 40, 60))
    photo.save(path, "JPEG", quality=92)
    return path


def plan_of(exhibits: list[tuple[str, list[PageSource]]], bates: str | None = "DA-",
            tabs: int = 1) -> PacketPlan:
    per_tab = -(-len(exhibits) // tabs)
    sections = []
    for t in range(tabs):
        letter = "ABCD"[t]
        chunk = exhibits[t * per_tab:(t + 1) * per_tab]
        sections.append(TabSection(letter, ["Residence", "Employment", "Medical"][t], "",
                                   tuple(Exhibit(f"{letter}-{n}", title, None, tuple(pages))
                                         for n, (title, pages) in enumerate(chunk, 1))))
    return PacketPlan(CoverInfo("Rosa Díaz", relief="Deferred action"), tuple(sections),
                      PREPARED, bates_prefix=bates)


def footer_numbers(path: Path) -> list[tuple[int, int, str]]:
    """(page n, of N, Bates) read from every page's footer."""
    found = []
    with pymupdf.open(path) as doc:
        for page in doc:
            text = page.get_text()
            n, total = map(int, re.search(r"Page (\d+) of (\d+)", text).groups())  # type: ignore[union-attr]
            bates = re.search(r"DA-\d{6}", text)
            found.append((n, total, bates.group(0) if bates else ""))
    return found


def unembedded_fonts(path: Path) -> list[str]:
    """The fonts ``pdffonts`` (Poppler, what many portals use) says are not embedded."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    return [line for line in out if line.split()[-5] != "yes"]


# --- profiles --------------------------------------------------------------------------------


def test_each_destination_knows_its_limit() -> None:
    assert get_profile("uscis-online").max_bytes == 6 * MB
    assert get_profile("ecas").max_bytes == 25 * MB
    assert get_profile("email").max_bytes == 10 * MB
    assert get_profile("email", 3.5).max_bytes == 3_500_000
    assert get_profile("uscis-online", 2).max_bytes == 2 * MB
    assert get_profile("paper").max_bytes is None and get_profile("paper").compression is None
    assert get_profile("paper-eoir").paper is not None and get_profile(
        "paper-eoir").paper.tab_sheets  # type: ignore[union-attr]
    assert not get_profile("paper").paper.tab_sheets  # type: ignore[union-attr]
    assert get_profile(None).max_bytes is None  # the plain export: one file as before
    with pytest.raises(InvalidInputError, match="between 1 and 500 MB"):
        get_profile("email", 0.2)
    with pytest.raises(InvalidInputError, match="no size limit"):
        get_profile("paper", 5)
    with pytest.raises(InvalidInputError, match="uscis-online, ecas, email"):
        get_profile("fax")
    assert set(PROFILES) == {"uscis-online", "ecas", "email", "paper", "paper-eoir"}


# --- compression -----------------------------------------------------------------------------


def test_a_text_scan_becomes_black_and_white_and_keeps_every_word(tmp_path: Path) -> None:
    scan = text_scan(tmp_path / "receipt.png")
    layer = text_layer(scan, tmp_path / "layer.pdf")
    plan = plan_of([("Rent receipt", [PageSource(scan, "image", 0, text_layer=layer)])])
    plain = build_packet(plan, tmp_path / "plain.pdf")
    small = build_packet(plan, tmp_path / "small.pdf", profile=get_profile("uscis-online"))

    with pymupdf.open(small.path) as doc:
        page = doc[-1]
        (xref, *_rest), = page.get_images(full=True)
        info = doc.xref_object(xref)
        assert "/CCITTFaxDecode" in info and "/BitsPerComponent 1" in info
        placed = page.get_image_rects(xref)[0]
        width_px = int(re.search(r"/Width (\d+)", info).group(1))  # type: ignore[union-attr]
        assert 290 <= width_px / (placed.width / 72) <= 301  # 300 dpi as printed
        assert "eight hundred fifty dollars" in page.get_text()  # the OCR layer stays
        picture = page.get_pixmap(dpi=300, clip=placed, colorspace=pymupdf.csGRAY)
        image = Image.frombytes("L", (picture.width, picture.height), picture.samples)
    image.save(tmp_path / "read.png", dpi=(300, 300))
    read = subprocess.run(["tesseract", str(tmp_path / "read.png"), "-", "-l", "eng"],
                          capture_output=True, text=True, check=True).stdout
    assert make.recall(" ".join(LINES), read) >= 0.95
    page_bytes = len(doc_picture_bytes(small.path))
    assert page_bytes < 60_000 and small.files[0].bytes < plain.files[0].bytes


def doc_picture_bytes(path: Path) -> bytes:
    with pymupdf.open(path) as doc:
        return b"".join(doc.xref_stream_raw(i[0]) or b"" for p in doc for i in p.get_images())


def test_a_photo_stays_in_colour_at_about_200_dpi(tmp_path: Path) -> None:
    photo = colour_photo(tmp_path / "IMG_0001.jpg", seed=1)
    plan = plan_of([("Family photo", [PageSource(photo, "image", 0)])])
    small = build_packet(plan, tmp_path / "small.pdf", profile=get_profile("ecas"))
    with pymupdf.open(small.path) as doc:
        page = doc[-1]
        (xref, *_rest), = page.get_images(full=True)
        info = doc.xref_object(xref)
        assert "/DCTDecode" in info
        pix = pymupdf.Pixmap(doc, xref)
        assert pix.n - pix.alpha == 3  # colour
        placed = page.get_image_rects(xref)[0]
        assert 190 <= pix.width / (placed.width / 72) <= 201
    assert small.files[0].bytes < photo.stat().st_size


def book_page_photo(path: Path, font_px: int) -> Path:
    """A phone photo of a printed page with a large drawing on it (a book page, a flyer):
    mostly picture, so it goes in as one JPEG; its lines of type ``font_px`` tall at
    300 dpi; sensor noise all over."""
    page = make.page_image([], font_px=font_px)
    drawing = Image.open(colour_photo(path.with_name("drawing.jpg"), seed=3,
                                      size=(2000, 1300))).convert("L")
    page.paste(drawing, (250, 150))
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=font_px)
    for n, line in enumerate(LINES):
        draw.text((250, 1600 + n * int(font_px * 1.8)), line, font=font, fill=20)
    rng = np.random.default_rng(5)
    noisy = np.asarray(page, dtype=np.float32) + rng.normal(0, 10, (page.height, page.width))
    Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8)).save(path, "JPEG", quality=92,
                                                                 dpi=(300, 300))
    return path


def only_jpeg(path: Path) -> tuple[float, int]:
    """The dots per inch and the bytes of the one picture on the last page of ``path``."""
    with pymupdf.open(path) as doc:
        page = doc[-1]
        (xref, *_rest), = page.get_images(full=True)
        assert "/DCTDecode" in doc.xref_object(xref)
        placed = page.get_image_rects(xref)[0]
        return pymupdf.Pixmap(doc, xref).width / (placed.width / 72), \
            len(doc.xref_stream_raw(xref) or b"")


def read_last_page(path: Path, tmp_path: Path) -> str:
    """What Tesseract reads on the last page of ``path`` drawn at 300 dpi."""
    with pymupdf.open(path) as doc:
        doc[-1].get_pixmap(dpi=300, colorspace=pymupdf.csGRAY).save(tmp_path / "read.png")
    return subprocess.run(["tesseract", str(tmp_path / "read.png"), "-", "-l", "eng"],
                          capture_output=True, text=True, check=True).stdout


def test_a_photographed_page_of_ordinary_type_goes_in_at_150_dpi_and_reads(
        tmp_path: Path) -> None:
    photo = book_page_photo(tmp_path / "IMG_0002.jpg", font_px=50)  # 12 pt type
    layer = text_layer(photo, tmp_path / "layer.pdf")
    online = get_profile("uscis-online")
    with_ocr = build_packet(plan_of([("Flyer", [PageSource(photo, "image", 0,
                                                           text_layer=layer)])]),
                            tmp_path / "ocr.pdf", profile=online)
    unread = build_packet(plan_of([("Flyer", [PageSource(photo, "image", 0)])]),
                          tmp_path / "unread.pdf", profile=online)
    dpi, size = only_jpeg(with_ocr.path)
    unread_dpi, unread_size = only_jpeg(unread.path)
    assert 140 <= dpi <= 151 and 190 <= unread_dpi <= 201  # unknown words: the finer one
    assert size < 0.7 * unread_size
    assert make.recall(" ".join(LINES), read_last_page(with_ocr.path, tmp_path)) >= 0.9


def test_a_photographed_page_with_fine_print_keeps_200_dpi(tmp_path: Path) -> None:
    photo = book_page_photo(tmp_path / "IMG_0003.jpg", font_px=22)  # 5 pt type
    layer = text_layer(photo, tmp_path / "layer.pdf")
    with pymupdf.open(layer) as doc:
        assert "Harbor" in doc[0].get_text()  # the OCR read the fine print
    small = build_packet(plan_of([("Receipt", [PageSource(photo, "image", 0,
                                                          text_layer=layer)])]),
                         tmp_path / "small.pdf", profile=get_profile("uscis-online"))
    dpi, _size = only_jpeg(small.path)
    assert 190 <= dpi <= 201
    assert make.recall(" ".join(LINES), read_last_page(small.path, tmp_path)) >= 0.9


def test_a_page_of_bold_type_has_no_grey_halo_behind_it(tmp_path: Path) -> None:
    """Bold letters a little blurred by the scanner leave a soft rim the 1-bit layer does
    not take; it must not come back as a background picture of halos."""
    page = Image.new("L", make.LETTER_PX, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("DejaVuSerif-Bold.ttf", 70)
    for n in range(14):
        draw.text((220, 250 + n * 160), "Spiritual revelations conceded to England",
                  font=font, fill=25)
    scan = tmp_path / "book.jpg"
    page.filter(ImageFilter.GaussianBlur(1.6)).save(scan, "JPEG", quality=85, dpi=(300, 300))
    small = build_packet(plan_of([("Book page", [PageSource(scan, "image", 0)])]),
                         tmp_path / "small.pdf", profile=get_profile("uscis-online"))
    with pymupdf.open(small.path) as doc:
        kinds = [doc.xref_object(i[0]) for i in doc[-1].get_images(full=True)]
    assert len(kinds) == 1 and "/CCITTFaxDecode" in kinds[0]  # text alone, no background


def last_page_pictures(path: Path) -> list[str]:
    """The image dictionaries of the last page of ``path``."""
    with pymupdf.open(path) as doc:
        return [doc.xref_object(i[0]) for i in doc[-1].get_images(full=True)]


def _typed_letter(*, paper: int, ink: int, font_px: int, repeats: int,
                  spacing: int) -> Image.Image:
    """A grey letter page at 300 dpi: ``LINES`` typed ``repeats`` times, ``spacing`` apart."""
    page = Image.new("L", make.LETTER_PX, paper)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("DejaVuSerif.ttf", font_px)
    for n, line in enumerate(LINES * repeats):
        draw.text((230, 300 + n * spacing), line, font=font, fill=ink)
    return page


def _grey_scan_read(scan: Path, truth: str, tmp_path: Path) -> tuple[Path, float, float]:
    """The packet of ``scan`` for online filing, and how well Tesseract reads ``truth``
    on the scan as placed in a plain packet and on the packed page."""
    plan = plan_of([("Letter", [PageSource(scan, "image", 0)])])
    small = build_packet(plan, tmp_path / "small.pdf", profile=get_profile("uscis-online"))
    plain = build_packet(plan, tmp_path / "plain.pdf")
    return (small.path, make.recall(truth, read_last_page(plain.path, tmp_path)),
            make.recall(truth, read_last_page(small.path, tmp_path)))


@pytest.mark.slow
def test_a_72_dpi_grey_scan_stays_grey_at_its_resolution_and_reads(tmp_path: Path) -> None:
    """A page scanned at 72 dpi: its letters are a few pixels wide. Cut to black and
    white (after enlarging) their strokes thicken or break; kept in a few greys at its own
    resolution they read as well as the scan."""
    page = _typed_letter(paper=250, ink=30, font_px=54, repeats=3, spacing=110)  # 13 pt
    scan = tmp_path / "scan72.png"
    page.resize((612, 792), Image.Resampling.LANCZOS).save(scan, dpi=(72, 72))
    small, as_scanned, as_packed = _grey_scan_read(scan, " ".join(LINES * 3), tmp_path)

    (picture,) = last_page_pictures(small)
    assert "/CCITTFaxDecode" not in picture and "/DCTDecode" not in picture
    assert "/BitsPerComponent 2" in picture and "/Width 612" in picture
    assert len(doc_picture_bytes(small)) < 60_000
    assert as_scanned >= 0.9
    assert as_packed >= as_scanned - 0.01


@pytest.mark.slow
def test_a_125_dpi_scan_of_small_type_stays_grey_and_reads(tmp_path: Path) -> None:
    """A letter of 8-point type scanned at 125 dpi (about 145 dpi on its packet page):
    cut to black and white its thin strokes break ("the" read as "thc"); in four greys
    it reads as well as the scan."""
    page = _typed_letter(paper=245, ink=50, font_px=34, repeats=4, spacing=61)  # 8 pt
    scan = tmp_path / "scan125.png"
    page.filter(ImageFilter.GaussianBlur(1.2)).resize(
        (1062, 1375), Image.Resampling.LANCZOS).save(scan, dpi=(125, 125))
    small, as_scanned, as_packed = _grey_scan_read(scan, " ".join(LINES * 4), tmp_path)

    (picture,) = last_page_pictures(small)
    assert "/BitsPerComponent 2" in picture and "/Width 1062" in picture
    assert len(doc_picture_bytes(small)) < 30_000
    assert as_scanned >= 0.95
    assert as_packed >= as_scanned - 0.01


def test_a_72_dpi_photograph_without_words_stays_a_photograph(tmp_path: Path) -> None:
    """Four greys are for writing: a small grey photograph keeps its tones (a JPEG)."""
    photo = Image.open(colour_photo(tmp_path / "big.jpg", seed=4, size=(600, 780)))
    small = tmp_path / "portrait.png"
    photo.convert("L").save(small, dpi=(72, 72))
    layer = text_layer(small, tmp_path / "layer.pdf")
    with pymupdf.open(layer) as doc:
        assert not [w for w in doc[0].get_text("words") if len(w[4]) >= 3]
    packet = build_packet(plan_of([("Portrait", [PageSource(small, "image", 0,
                                                            text_layer=layer)])]),
                          tmp_path / "small.pdf", profile=get_profile("uscis-online"))
    (picture,) = last_page_pictures(packet.path)
    assert "/DCTDecode" in picture and "/Width 600" in picture


@pytest.mark.slow
def test_a_page_written_in_light_strokes_keeps_them(tmp_path: Path) -> None:
    """A phone photo of notes mostly in pencil (strokes about three quarters as bright as
    the paper), one line in pen: every line is in the 1-bit layer and reads."""
    pencil = ["Parametric equations express the curve",
              "eliminate the parameter to recover it",
              "the area under the curve is given by", "vectors have a length and a direction"]
    page = Image.new("L", make.LETTER_PX, 238)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=52)
    draw.text((250, 300), "Math midterm notes", font=font, fill=40)
    for n, line in enumerate(pencil):
        draw.text((250, 420 + n * 110), line, font=font, fill=178)
    rng = np.random.default_rng(8)
    blurred = np.asarray(page.filter(ImageFilter.GaussianBlur(1.0)), dtype=np.float32)
    noisy = np.clip(blurred + rng.normal(0, 4, blurred.shape), 0, 255).astype(np.uint8)
    photo = tmp_path / "IMG_0004.jpg"
    Image.fromarray(noisy).save(photo, "JPEG", quality=90, dpi=(300, 300))
    small = build_packet(plan_of([("Notes", [PageSource(photo, "image", 0)])]),
                         tmp_path / "small.pdf", profile=get_profile("uscis-online"))

    (picture,) = last_page_pictures(small.path)
    assert "/CCITTFaxDecode" in picture  # black and white, crisp
    assert make.recall(" ".join(pencil), read_last_page(small.path, tmp_path)) >= 0.9
    assert len(doc_picture_bytes(small.path)) < 60_000


def test_a_highlighter_stroke_stays_behind_the_text(tmp_path: Path) -> None:
    page = make.page_image(LINES, font_px=44).convert("RGB")
    band = Image.new("RGB", page.size, (250, 235, 90))
    mask = Image.new("L", page.size, 0)
    ImageDraw.Draw(mask).rectangle((240, 370, 1700, 440), fill=255)  # the second line
    page = Image.composite(Image.composite(band, page, mask), page,
                           page.convert("L").point(lambda v: 255 if v >= 128 else 0))
    scan = tmp_path / "marked.jpg"
    page.filter(ImageFilter.GaussianBlur(0.7)).save(scan, "JPEG", quality=90,
                                                    dpi=(300, 300))
    small = build_packet(plan_of([("Marked receipt", [PageSource(scan, "image", 0)])]),
                         tmp_path / "small.pdf", profile=get_profile("uscis-online"))
    with pymupdf.open(small.path) as doc:
        page_out = doc[-1]
        objects = [doc.xref_object(i[0]) for i in page_out.get_images(full=True)]
        placed = page_out.get_image_rects(page_out.get_images(full=True)[0][0])[0]
        pix = page_out.get_pixmap(dpi=100, clip=placed)
    assert any("/DCTDecode" in o for o in objects)  # a background for the stroke
    drawn = np.asarray(Image.frombytes("RGB", (pix.width, pix.height), pix.samples),
                       dtype=np.int16)
    k = pix.width / page.width
    stroke = drawn[round(380 * k):round(430 * k), round(1500 * k):round(1650 * k)]
    r, g, b = np.median(stroke.reshape(-1, 3), axis=0)
    assert r > 200 and g > 190 and b < 160  # still yellow where no letter is
    assert make.recall(" ".join(LINES), read_last_page(small.path, tmp_path)) >= 0.9


def form_with_stamp_signature_and_photo(path: Path) -> Path:
    """A colour scan of a typed form: black text, a red rubber stamp, a signature in
    blue ballpoint, and a passport photo stapled to it."""
    page = make.page_image(LINES, font_px=44).convert("RGB")
    tinted = Image.new("RGB", page.size, (250, 247, 238))
    page = Image.composite(page, tinted, page.convert("L").point(lambda v: 255 if v < 128
                                                                 else 0))
    draw = ImageDraw.Draw(page)
    stamp = ImageFont.load_default(size=70)
    draw.rectangle((250, 1200, 1250, 1420), outline=(200, 30, 40), width=10)
    draw.text((290, 1270), "RECEIVED 2026", font=stamp, fill=(200, 30, 40))
    wave = [(300 + x, 1700 + int(60 * np.sin(x / 45))) for x in range(0, 700, 6)]
    draw.line(wave, fill=(40, 55, 120), width=9)
    photo = Image.open(colour_photo(path.with_name("portrait.jpg"), seed=7, size=(600, 750)))
    page.paste(photo, (1700, 1150))
    page = page.filter(ImageFilter.GaussianBlur(0.7))
    page.save(path, "JPEG", quality=90, dpi=(300, 300))
    return path


def test_a_form_keeps_its_stamp_signature_and_photo_in_colour(tmp_path: Path) -> None:
    scan = form_with_stamp_signature_and_photo(tmp_path / "form.jpg")
    plan = plan_of([("Form", [PageSource(scan, "image", 0)])])
    small = build_packet(plan, tmp_path / "small.pdf", profile=get_profile("uscis-online"))
    with pymupdf.open(small.path) as doc:
        objects = [doc.xref_object(x) for x in range(1, doc.xref_length())]
        jpegs = [pymupdf.Pixmap(doc, x) for x in range(1, doc.xref_length())
                 if "/DCTDecode" in objects[x - 1]]
        page = doc[-1]
        placed = page.get_image_rects(page.get_images(full=True)[0][0])[0] \
            if page.get_images() else page.rect
        pix = page.get_pixmap(dpi=100, alpha=False)
        drawn = np.asarray(Image.frombytes("RGB", (pix.width, pix.height), pix.samples),
                           dtype=np.int16)
    # the photo a colour JPEG behind; the black text, the red and the blue ink each a
    # 1-bit stencil painted in its colour over it
    assert sum("/ImageMask true" in o and "/CCITTFaxDecode" in o for o in objects) == 3
    assert [pix.n for pix in jpegs] == [3]
    assert len(doc_picture_bytes(small.path)) < scan.stat().st_size / 3

    with Image.open(scan) as source:
        scan_width = source.width

    def region(box: tuple[int, int, int, int]) -> np.ndarray:
        """The drawn pixels of ``box`` (pixels of the 300-dpi scan) that are not paper."""
        x0, y0 = placed.x0 / 72 * 100, placed.y0 / 72 * 100
        k = placed.width / 72 * 100 / scan_width
        part = drawn[round(y0 + box[1] * k):round(y0 + box[3] * k),
                     round(x0 + box[0] * k):round(x0 + box[2] * k)].reshape(-1, 3)
        return part[part.sum(axis=1) < 600]

    red = np.median(region((250, 1200, 1250, 1420)), axis=0)
    assert red[0] > red[1] + 80 and red[0] > red[2] + 80  # the stamp is still red
    blue = np.median(region((300, 1620, 1000, 1780)), axis=0)
    assert blue[2] > blue[0] + 40  # the signature is still blue
    portrait = region((1750, 1200, 2250, 1850))
    assert float(np.ptp(portrait, axis=1).mean()) > 30  # the photo is still in colour
    text = region((250, 300, 1500, 560))
    text = np.median(text[text.sum(axis=1) < 300], axis=0)
    assert text.max() < 80 and np.ptp(text) < 15  # the typed text is black


def test_born_digital_pages_are_not_touched(tmp_path: Path) -> None:
    letter = make.text_pdf(tmp_path / "letter.pdf", ["Gulf Coast Builders confirms that "
                                                     "Rosa Diaz has worked here since 2018."])
    plan = plan_of([("Employer letter", [PageSource(letter, "pdf", 0)])])
    small = build_packet(plan, tmp_path / "small.pdf", profile=get_profile("uscis-online"))
    with pymupdf.open(small.path) as doc, pymupdf.open(letter) as source:
        page = doc[-1]
        assert not page.get_images()
        assert "has worked here since 2018" in page.get_text()
        assert {f[3] for f in source[0].get_fonts()} <= {f[3] for f in page.get_fonts()}


def test_pictures_made_once_are_kept_for_the_next_export(tmp_path: Path) -> None:
    scan = text_scan(tmp_path / "receipt.png")
    cache = tmp_path / "cache"
    plan = plan_of([("Rent receipt", [PageSource(scan, "image", 0, cache=cache)])])
    build_packet(plan, tmp_path / "one.pdf", profile=get_profile("uscis-online"))
    kept = sorted(cache.iterdir())
    assert [p.suffix for p in kept] == [".bin", ".json"]
    stamp = kept[0].stat().st_mtime_ns
    build_packet(plan, tmp_path / "two.pdf", profile=get_profile("email"))  # same settings
    assert kept[0].stat().st_mtime_ns == stamp
    assert doc_picture_bytes(tmp_path / "one.pdf") == doc_picture_bytes(tmp_path / "two.pdf")


# --- parts -----------------------------------------------------------------------------------


@pytest.fixture
def big_case(tmp_path: Path) -> PacketPlan:
    """Ten colour photos (~150 KB each once made smaller), one exhibit of nine more (an
    album larger than a part), and a typed scan: about 3 MB for a 1 MB limit."""
    photos = [colour_photo(tmp_path / f"photo-{n}.jpg", seed=n) for n in range(19)]
    scan = text_scan(tmp_path / "receipt.png")
    exhibits = [(f"Photo {n + 1}", [PageSource(p, "image", 0)]) for n, p in
                enumerate(photos[:10])]
    exhibits.insert(3, ("Album", [PageSource(p, "image", 0) for p in photos[10:]]))
    exhibits.append(("Rent receipt", [PageSource(scan, "image", 0)]))
    return plan_of(exhibits, tabs=2)


@pytest.mark.slow
def test_a_packet_over_the_limit_is_cut_into_parts(big_case: PacketPlan,
                                                   tmp_path: Path) -> None:
    out = tmp_path / "out" / "Rosa Diaz packet.pdf"
    out.parent.mkdir()
    (out.parent / "Rosa Diaz packet_Part9.pdf").write_bytes(b"%PDF- an older export")
    result = build_packet(big_case, out, profile=get_profile("email", 1))

    names = [f.path.name for f in result.files]
    assert len(names) >= 3
    assert names == [f"Rosa Diaz packet_Part{n}.pdf" for n in range(1, len(names) + 1)]
    assert sorted(p.name for p in out.parent.iterdir()) == sorted(names)  # Part9 gone
    assert result.path == result.files[0].path
    for file in result.files:
        assert file.bytes == file.path.stat().st_size <= 1_000_000
    # Page numbers and Bates numbers run on from one part to the next.
    numbers = [n for f in result.files for n in footer_numbers(f.path)]
    total = result.page_count
    assert [n for n, _of, _b in numbers] == list(range(1, total + 1))
    assert {of for _n, of, _b in numbers} == {total}
    assert [b for _n, _of, b in numbers] == [f"DA-{n:06d}" for n in range(1, total + 1)]
    assert [f.first_page for f in result.files] == [
        1 + sum(f.pages for f in result.files[:i]) for i in range(len(result.files))]
    with pymupdf.open(result.files[0].path) as first:
        cover, index = first[0].get_text(), first[1].get_text()
        assert "filed in" in cover and "parts" in cover
        assert "PART 1 OF" in index and "PART 2 OF" in index
        assert "Rosa Diaz packet_Part2.pdf" in index
        assert "Cut between Parts" in index  # the album is larger than a part
        for page in first:  # links lead to pages of this file, or of a part beside it
            for link in page.get_links():
                if link["kind"] == pymupdf.LINK_GOTOR:
                    # PyMuPDF gives the file name %-encoded; the PDF holds it plain
                    name = urllib.parse.unquote(link["file"])
                    other = next(f for f in result.files if f.path.name == name)
                    assert other is not result.files[0] and 0 <= link["page"] < other.pages
                else:
                    assert 0 <= link["page"] < first.page_count
        assert any(link["kind"] == pymupdf.LINK_GOTOR for page in first
                   for link in page.get_links())  # an exhibit in Part 2 is a click away
    # Each file opens to its own bookmarks; a part that starts mid-tab says so.
    with pymupdf.open(result.files[1].path) as second:
        toc = second.get_toc()
        assert toc and all(1 <= entry[2] <= second.page_count for entry in toc)
    for file in result.files:
        assert unembedded_fonts(file.path) == []


def test_one_file_when_the_packet_fits(tmp_path: Path) -> None:
    """The kinds of pages ``big_case`` has (single photos, an album, a typed scan), fewer
    of them (the big case took 37 s): under the ECAS limit, one file and no parts."""
    photos = [colour_photo(tmp_path / f"photo-{n}.jpg", seed=n) for n in range(4)]
    plan = plan_of([("Photo 1", [PageSource(photos[0], "image", 0)]),
                    ("Album", [PageSource(p, "image", 0) for p in photos[1:3]]),
                    ("Photo 2", [PageSource(photos[3], "image", 0)]),
                    ("Rent receipt", [PageSource(text_scan(tmp_path / "receipt.png"),
                                                 "image", 0)])], tabs=2)
    result = build_packet(plan, tmp_path / "packet.pdf", profile=get_profile("ecas"))
    assert [f.path.name for f in result.files] == ["packet.pdf"]
    with pymupdf.open(result.path) as doc:
        assert "PART 1" not in doc[1].get_text()


# --- fonts and PDF/A -------------------------------------------------------------------------


def test_every_font_is_embedded_the_footer_too(tmp_path: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.fail("pdffonts (poppler-utils) is needed: bash packaging/setup.sh installs it")
    letter = make.text_pdf(tmp_path / "letter.pdf", ["A letter of support from the parish."])
    plan = plan_of([("Letter", [PageSource(letter, "pdf", 0)])])
    result = build_packet(plan, tmp_path / "packet.pdf")
    listing = subprocess.run(["pdffonts", str(result.path)], capture_output=True, text=True,
                             check=True).stdout
    assert "Helvetica" in listing
    assert unembedded_fonts(result.path) == []


def two_pages_in_unembedded_arial(path: Path) -> Path:
    """A PDF as some office programs write it: each page its own font object naming
    Arial, the font itself not included."""
    text = b"BT /F1 14 Tf 72 700 Td (Two pages in Arial, one font file.) Tj ET"
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R 5 0 R]/Count 2>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 4 0 R>>>>"
        b"/Contents 7 0 R>>",
        b"<</Type/Font/Subtype/TrueType/BaseFont/ArialMT/Encoding/WinAnsiEncoding>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 6 0 R>>>>"
        b"/Contents 7 0 R>>",
        b"<</Type/Font/Subtype/TrueType/BaseFont/ArialMT/Encoding/WinAnsiEncoding>>",
        b"<</Length %d>>stream\n%s\nendstream" % (len(text), text),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def test_a_font_added_for_many_pages_is_in_the_file_once(tmp_path: Path) -> None:
    letter = two_pages_in_unembedded_arial(tmp_path / "letter.pdf")
    plan = plan_of([("Letter", [PageSource(letter, "pdf", 0), PageSource(letter, "pdf", 1)])])
    result = build_packet(plan, tmp_path / "packet.pdf")
    assert unembedded_fonts(result.path) == []
    with pymupdf.open(result.path) as doc:
        files = [x for x in range(1, doc.xref_length())
                 if doc.xref_get_key(x, "Subtype") == ("name", "/Type1C")]
        assert len(files) == 2  # the footer's Helvetica, and one Arial for both pages
        assert "one font file" in doc[-1].get_text()


def test_an_online_packet_keeps_only_the_glyphs_a_letter_uses(tmp_path: Path) -> None:
    ttf = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not ttf.exists():
        pytest.fail("fonts-dejavu-core is needed: bash packaging/setup.sh installs it")
    source = pymupdf.open()
    page = source.new_page()
    page.insert_font(fontname="dv", fontfile=str(ttf))
    page.insert_text((72, 100), "A letter of support from the parish of San José.",
                     fontname="dv", fontsize=12)
    source.save(tmp_path / "letter.pdf")
    source.close()
    plan = plan_of([("Letter", [PageSource(tmp_path / "letter.pdf", "pdf", 0)])])
    whole = build_packet(plan, tmp_path / "whole.pdf")
    small = build_packet(plan, tmp_path / "small.pdf", profile=get_profile("uscis-online"))

    def dejavu_bytes(path: Path) -> int:
        with pymupdf.open(path) as doc:
            return sum(len(doc.xref_stream_raw(x) or b"") for x in range(1, doc.xref_length())
                       if "/FontFile2" in doc.xref_object(x)
                       and "DejaVu" in doc.xref_object(x)
                       for x in [int(doc.xref_get_key(x, "FontFile2")[1].split()[0])])

    assert dejavu_bytes(small.path) * 10 < dejavu_bytes(whole.path)
    assert small.files[0].bytes * 4 < whole.files[0].bytes
    with pymupdf.open(small.path) as doc:
        assert "parish of San José." in doc[-1].get_text()
        drawn = doc[-1].get_pixmap(dpi=72, colorspace=pymupdf.csGRAY)
    with pymupdf.open(whole.path) as doc:
        assert drawn.samples == doc[-1].get_pixmap(dpi=72, colorspace=pymupdf.csGRAY).samples
    assert unembedded_fonts(small.path) == []


def test_pdfa_meets_each_requirement(tmp_path: Path) -> None:
    scan = text_scan(tmp_path / "receipt.png")
    layer = text_layer(scan, tmp_path / "layer.pdf")
    letter = make.text_pdf(tmp_path / "letter.pdf", ["A letter of support."])
    plan = plan_of([("Receipt", [PageSource(scan, "image", 0, text_layer=layer)]),
                    ("Letter", [PageSource(letter, "pdf", 0)])])
    result = build_packet(plan, tmp_path / "packet.pdf", profile=get_profile("uscis-online"),
                          pdfa=True)
    raw = result.path.read_bytes()
    assert raw.startswith(b"%PDF-1.") and raw[:20].count(b"\n") >= 1
    with pymupdf.open(result.path) as doc:
        assert not doc.is_encrypted
        catalog = doc.pdf_catalog()
        # XMP with the part and conformance, uncompressed, nothing about the applicant
        kind, ref = doc.xref_get_key(catalog, "Metadata")
        assert kind == "xref"
        meta_xref = int(ref.split()[0])
        assert doc.xref_get_key(meta_xref, "Filter")[0] == "null"
        xmp = doc.xref_stream(meta_xref).decode()
        assert "<pdfaid:part>2</pdfaid:part>" in xmp and \
            "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
        assert "Rosa" not in xmp and "Díaz" not in xmp
        # an sRGB output intent with its ICC profile
        kind, intents = doc.xref_get_key(catalog, "OutputIntents")
        intent = int(intents.strip("[]").split()[0])
        assert doc.xref_get_key(intent, "S") == ("name", "/GTS_PDFA1")
        profile = int(doc.xref_get_key(intent, "DestOutputProfile")[1].split()[0])
        assert doc.xref_get_key(profile, "N") == ("int", "3")
        assert len(doc.xref_stream(profile)) > 100
        # a document ID; no JavaScript, no embedded files, every annotation printable
        assert doc.xref_get_key(-1, "ID")[0] == "array"
        for key in ("Names", "OpenAction", "AA"):
            assert doc.xref_get_key(catalog, key)[0] == "null"
        for page in doc:
            for link in page.get_links():
                assert int(doc.xref_get_key(link["xref"], "F")[1]) & 4
        assert doc.embfile_count() == 0
    assert unembedded_fonts(result.path) == []
    assert b"/JavaScript" not in raw and b"/Launch" not in raw

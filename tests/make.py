"""Real files made on the fly for tests: scanned pages drawn at 300 dpi, PDFs, images."""

from __future__ import annotations

import io
import re
import struct
from pathlib import Path

import pymupdf
from PIL import Image, ImageDraw, ImageFont

LETTER_PX = (2550, 3300)  # 8.5 x 11 in at 300 dpi

LETTER_TEXT = [
    "Harbor View Apartments",
    "Residential Lease Agreement",
    "This lease is made between the landlord and the tenant",
    "for the apartment at 1418 Cedar Avenue in Houston Texas.",
    "The monthly rent is eight hundred fifty dollars, due on",
    "the first day of every month, beginning January 2019.",
    "The tenant agrees to keep the apartment clean and safe",
    "and to pay the electric and water bills in her name.",
]


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def recall(truth: str, read: str) -> float:
    """Share of the true words that were read (order-free, counted with multiplicity)."""
    wanted = words(truth)
    seen: dict[str, int] = {}
    for w in words(read):
        seen[w] = seen.get(w, 0) + 1
    hits = 0
    for w in wanted:
        if seen.get(w, 0) > 0:
            seen[w] -= 1
            hits += 1
    return hits / len(wanted) if wanted else 1.0


def page_image(lines: list[str] | None = None, size: tuple[int, int] = LETTER_PX,
               font_px: int = 48) -> Image.Image:
    """A clean grey-scale page with ``lines`` of text, as a 300-dpi scanner makes it."""
    lines = LETTER_TEXT if lines is None else lines
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=font_px)
    y = 300
    for line in lines:
        draw.text((250, y), line, font=font, fill=0)
        y += int(font_px * 1.8)
    image.info["dpi"] = (300, 300)
    return image


def save_image(image: Image.Image, path: Path, **options: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, dpi=(300, 300), **options)
    return path


def scanned_pdf(path: Path, pages: list[Image.Image]) -> Path:
    """A PDF of page images with no text of its own, like a scanner writes."""
    doc = pymupdf.open()
    for image in pages:
        buf = io.BytesIO()
        image.convert("L").save(buf, format="JPEG", quality=80)
        page = doc.new_page(width=612, height=792)
        page.insert_image(page.rect, stream=buf.getvalue())
    doc.save(path)
    doc.close()
    return path


def text_pdf(path: Path, pages: list[str], password: str | None = None) -> Path:
    """A PDF with real (digital) text on each page, optionally password-protected."""
    doc = pymupdf.open()
    for text in pages:
        page = doc.new_page(width=612, height=792)
        page.insert_textbox(pymupdf.Rect(72, 72, 540, 720), text, fontsize=12)
    if password:
        doc.save(path, encryption=pymupdf.mupdf.PDF_ENCRYPT_AES_256, user_pw=password,
                 owner_pw=password + "-owner")
    else:
        doc.save(path)
    doc.close()
    return path


def jpeg_with_orientation(path: Path, image: Image.Image, orientation: int) -> Path:
    """A JPEG whose pixels are stored turned, with the EXIF tag that turns them back."""
    transpose = {6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270,
                 3: Image.Transpose.ROTATE_180}[orientation]
    stored = image.convert("RGB").transpose(transpose)
    exif = Image.Exif()
    exif[0x0112] = orientation
    stored.save(path, format="JPEG", quality=85, exif=exif.tobytes())
    return path


def old_jpeg_tiff(path: Path, image: Image.Image, orientation: int = 1) -> Path:
    """A grey TIFF whose page is one JPEG stream in TIFF's "old-style" JPEG compression
    (Compression 6, JPEGInterchangeFormat), laid out as a Kodak production scanner writes
    it: the JPEG right after the header, the directory after it. Pillow and Tesseract
    cannot decode it; libtiff cannot write it, so its bytes are laid out here."""
    buf = io.BytesIO()
    image.convert("L").save(buf, format="JPEG", quality=80)
    jpeg = buf.getvalue() + (b"\0" if len(buf.getvalue()) % 2 else b"")
    width, height = image.size
    short, long, rational = 3, 4, 5
    tags = [(254, long, 0), (256, long, width), (257, long, height), (258, short, 8),
            (259, short, 6), (262, short, 1), (273, long, 8), (274, short, orientation),
            (277, short, 1), (278, long, height), (279, long, len(jpeg)),
            (282, rational, None), (283, rational, None), (296, short, 2),
            (513, long, 8), (514, long, len(jpeg))]
    directory = 8 + len(jpeg)
    resolution = directory + 2 + 12 * len(tags) + 4  # 300/1, after the directory
    out = bytearray(b"II*\0" + struct.pack("<I", directory) + jpeg)
    out += struct.pack("<H", len(tags))
    for tag, kind, value in tags:
        if kind == rational:
            out += struct.pack("<HHII", tag, kind, 1, resolution)
        elif kind == short:
            out += struct.pack("<HHIHH", tag, kind, 1, value, 0)
        else:
            out += struct.pack("<HHII", tag, kind, 1, value)
    out += struct.pack("<I", 0) + struct.pack("<II", 300, 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(out))
    return path

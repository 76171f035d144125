"""The standard fonts the export embeds: only the glyphs their encoding can show, drawing
exactly what the whole font draws."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pymupdf
import pytest

from desktop_app.core.export.packet import build_packet
from desktop_app.core.export.plan import CoverInfo, Exhibit, PacketPlan, PageSource, TabSection
from desktop_app.core.export.profiles import get_profile

# every character WinAnsiEncoding can show (Windows-1252 without its unused codes)
EVERY_CHARACTER = bytes(range(32, 256)).decode("cp1252", errors="ignore")


def a_letter_naming_standard_fonts(path: Path) -> Path:
    """A PDF as office programs write it: Helvetica and Times named, not included, with
    every character of their encoding on the page."""
    doc = pymupdf.open()
    page = doc.new_page()
    for n, font in enumerate(("helv", "tiro")):
        for row in range(0, len(EVERY_CHARACTER), 50):
            page.insert_text((40, 80 + 200 * n + row // 50 * 18),
                             EVERY_CHARACTER[row:row + 50], fontname=font, fontsize=11)
    doc.save(path)
    return path


def font_files(doc: pymupdf.Document) -> list[tuple[str, int]]:
    """Each embedded standard font's name and the xref of its program (not the cover's
    and index's fonts: MuPDF subsets those, and names them ``ABCDEF+Times-Roman``)."""
    found = []
    for x in range(1, doc.xref_length()):
        if doc.xref_get_key(x, "Type") == ("name", "/FontDescriptor"):
            kind, ref = doc.xref_get_key(x, "FontFile3")
            name = doc.xref_get_key(x, "FontName")[1].lstrip("/")
            if kind == "xref" and "+" not in name:
                found.append((name, int(ref.split()[0])))
    return found


def test_an_embedded_standard_font_keeps_every_character_it_can_show(tmp_path: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.fail("pdffonts (poppler-utils) is needed: bash packaging/setup.sh installs it")
    letter = a_letter_naming_standard_fonts(tmp_path / "letter.pdf")
    plan = PacketPlan(CoverInfo("Rosa Díaz"), (TabSection("A", "Residence", "", (
        Exhibit("A-1", "Letter", None, (PageSource(letter, "pdf", 0),)),)),),
        dt.date(2026, 3, 2))
    result = build_packet(plan, tmp_path / "packet.pdf", profile=get_profile("uscis-online"))
    listing = subprocess.run(["pdffonts", str(result.path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert listing and all(line.split()[-5] == "yes" for line in listing)  # all embedded
    with pymupdf.open(result.path) as doc:
        page = doc[-1]
        assert EVERY_CHARACTER[:50] in page.get_text()
        drawn = page.get_pixmap(dpi=100, colorspace=pymupdf.csGRAY).samples
        files = font_files(doc)
        # the letter's two fonts, and the footer's Helvetica (the page number, Bates number)
        assert sorted(name for name, _x in files) == ["Helvetica", "Helvetica", "Times-Roman"]
        for name, xref in files:
            whole = pymupdf.Font({"Helvetica": "helv", "Times-Roman": "tiro"}[name]).buffer
            assert len(doc.xref_stream(xref)) * 2 < len(whole)  # about a third of it
            doc.update_stream(xref, whole)  # the whole font, for comparison
        assert page.get_pixmap(dpi=100, colorspace=pymupdf.csGRAY).samples == drawn

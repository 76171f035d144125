"""Every font embedded: a source PDF that names one of the 14 standard PDF fonts
(Helvetica, Times, Courier), or Arial, Times New Roman or Courier New (made to the same
measures), without including it gets MuPDF's metric-compatible clone of that font
(Nimbus Sans, Nimbus Roman, Nimbus Mono) embedded, so the page looks the same in every
reader and portals that ask for embedded fonts accept it. The page's drawing operators
and the font's own widths are not changed: only the font object gains its font file.

Fonts that are neither embedded nor standard (a TrueType font a word processor left on
the computer it was made on) cannot be made here; ``embed_standard_fonts`` names them.

A clone goes in with only the glyphs WinAnsiEncoding can show (``cff.py``).
"""

from __future__ import annotations

import contextlib

import pymupdf

from desktop_app.core.export.cff import win_ansi_font
from desktop_app.core.export.stamps import font_widths

# The standard fonts' names and MuPDF's clones of them (pymupdf.Font names).
STANDARD = {
    "Helvetica": "helv", "Helvetica-Bold": "hebo", "Helvetica-Oblique": "heit",
    "Helvetica-BoldOblique": "hebi", "Times-Roman": "tiro", "Times-Bold": "tibo",
    "Times-Italic": "tiit", "Times-BoldItalic": "tibi", "Courier": "cour",
    "Courier-Bold": "cobo", "Courier-Oblique": "coit", "Courier-BoldOblique": "cobi",
    "Arial": "helv", "ArialMT": "helv", "Arial-BoldMT": "hebo", "Arial,Bold": "hebo",
    "Arial-ItalicMT": "heit", "Arial,Italic": "heit", "Arial-BoldItalicMT": "hebi",
    "TimesNewRomanPSMT": "tiro", "TimesNewRomanPS-BoldMT": "tibo",
    "TimesNewRomanPS-ItalicMT": "tiit", "TimesNewRomanPS-BoldItalicMT": "tibi",
    "CourierNewPSMT": "cour", "CourierNewPS-BoldMT": "cobo",
}
FLAGS = {"cour": 33, "cobo": 33, "coit": 97, "cobi": 97}  # fixed pitch (+ italic)


def embed_standard_fonts(doc: pymupdf.Document) -> list[str]:
    """Embed the standard fonts ``doc``'s pages use without including them; returns the
    names of the fonts still not embedded."""
    missing: list[str] = []
    done: set[int] = set()
    files: dict[str, int] = {}  # one font file per clone, however many fonts use it
    for number in range(doc.page_count):
        for xref, ext, kind, name, *_rest in doc.get_page_fonts(number, full=True):
            if xref in done or ext != "n/a":
                continue
            done.add(xref)
            base = name.split("+")[-1]
            clone = STANDARD.get(base)
            if kind not in ("Type1", "TrueType") or clone is None or \
                    not _embed(doc, xref, base, clone, files):
                missing.append(base)
    return sorted(set(missing))


def _embed(doc: pymupdf.Document, xref: int, base: str, clone: str,
           files: dict[str, int]) -> bool:
    encoding = doc.xref_get_key(xref, "Encoding")
    if encoding[0] not in ("null", "name") or (encoding[0] == "name"
                                                and encoding[1] != "/WinAnsiEncoding"):
        return False  # a custom encoding: its widths cannot be made from WinAnsi
    font = pymupdf.Font(clone)
    program, glyphs = win_ansi_font(clone)
    data = files.get(clone, 0)
    if not data:
        data = files[clone] = doc.get_new_xref()
        doc.update_object(data, "<</Subtype/Type1C>>")
        doc.update_stream(data, program)
    box = font.bbox
    descriptor = doc.get_new_xref()
    doc.update_object(descriptor, (
        f"<</Type/FontDescriptor/FontName/{base}/Flags {FLAGS.get(clone, 32)}"
        f"/FontBBox[{box.x0 * 1000:.0f} {box.y0 * 1000:.0f} {box.x1 * 1000:.0f} "
        f"{box.y1 * 1000:.0f}]/ItalicAngle 0/Ascent {font.ascender * 1000:.0f}"
        f"/Descent {font.descender * 1000:.0f}/CapHeight 700/StemV 80"
        f"/CharSet({''.join('/' + g for g in glyphs)})/FontFile3 {data} 0 R>>"))
    doc.xref_set_key(xref, "FontDescriptor", f"{descriptor} 0 R")
    doc.xref_set_key(xref, "Subtype", "/Type1")  # a TrueType name, now a CFF font file
    doc.xref_set_key(xref, "Encoding", "/WinAnsiEncoding")
    if doc.xref_get_key(xref, "Widths")[0] != "array":  # the page's own widths stay
        doc.xref_set_key(xref, "FirstChar", "32")
        doc.xref_set_key(xref, "LastChar", "255")
        doc.xref_set_key(xref, "Widths", "[" + " ".join(map(str, font_widths(font))) + "]")
    return True


def subset_fonts(doc: pymupdf.Document) -> None:
    """Keep only the glyphs the pages use of each embedded TrueType font (a word
    processor's Calibri is 30-70 KB whole, a few KB for a letter): MuPDF's own
    subsetter; the text, its look and what can be copied from it do not change. A font
    MuPDF cannot subset stays whole."""
    with contextlib.suppress(RuntimeError, ValueError):  # MuPDF's errors: left whole
        doc.subset_fonts()

"""MuPDF's clones of the standard fonts (Nimbus Sans, Roman and Mono: bare CFF programs)
cut to the glyphs WinAnsiEncoding can show: about 220 of their 654 glyphs (the rest are
Greek, Cyrillic and symbols no code of that encoding reaches), so every character a page
in that encoding can show is there, at a third of the bytes. fontTools' subsetter does
the cutting; the glyphs kept are drawn exactly as in the whole font."""

from __future__ import annotations

import functools
import io

import pymupdf
from fontTools import agl
from fontTools.cffLib import CFFFontSet
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable

# What the codes of WinAnsiEncoding show (Windows-1252; its five unused codes show a
# bullet in PDF readers)
WIN_ANSI = frozenset(bytes(range(32, 256)).decode("cp1252", errors="ignore")) | {"\u2022"}


@functools.cache
def win_ansi_font(clone: str) -> tuple[bytes, tuple[str, ...]]:
    """MuPDF's ``clone`` font program (bare CFF) with only the glyphs WinAnsiEncoding can
    show, and their names (for the descriptor's CharSet, as PDF/A asks of a subset)."""
    cff = CFFFontSet()
    cff.decompile(io.BytesIO(pymupdf.Font(clone).buffer), None)
    top = cff[cff.fontNames[0]]
    keep = [name for name in top.charset
            if name == ".notdef" or set(agl.toUnicode(name) or "\0") <= WIN_ANSI]
    holder = TTFont()  # the subsetter works on a font file: the CFF alone in one
    holder.setGlyphOrder(list(top.charset))
    table = newTable("CFF ")
    table.cff = cff
    holder["CFF "] = table
    options = Options()
    options.glyph_names = True
    options.notdef_outline = True
    options.layout_features = []
    options.drop_tables = []
    subsetter = Subsetter(options)
    subsetter.populate(glyphs=keep)
    subsetter.subset(holder)
    out = io.BytesIO()
    table.cff.compile(out, holder)
    return out.getvalue(), tuple(table.cff[table.cff.fontNames[0]].charset)

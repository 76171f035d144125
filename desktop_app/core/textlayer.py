"""A page's text layer: a one-page PDF of invisible text over the page's picture.

What Tesseract's PDF renderer writes with ``textonly_pdf`` (``src/api/pdfrenderer.cpp``,
Tesseract 5), written here from a reading walked word by word
(``tessapi.Reading``): every word in its place in Tesseract's "GlyphLessFont" (one
glyph, drawn invisibly), laid on its line's baseline and stretched to the word's width,
so that a viewer selects and finds the words where the picture shows them. The
renderer spent about a twentieth of a page's reading walking the page again, symbol by
symbol; this costs a few milliseconds. The same objects, numbers and content stream
come out as from Tesseract 5.3 (a test compares them with the executable's); the font
file is Tesseract's ``pdf.ttf``, read from its data folder.
"""

from __future__ import annotations

import math
import zlib
from pathlib import Path

from desktop_app.core.tessapi import Reading

_CHAR_WIDTH = 2  # the font's glyph is half as wide as the font is high
_DEFAULT_FONT_SIZE = 8


def write(reading: Reading, path: Path, *, font: bytes, producer: str,
          created: str) -> None:
    """Write the text layer of ``reading`` to ``path``. ``font``: the glyphless font
    (``pdf.ttf``); ``created``: the date as PDF writes it ("20261206093000")."""
    path.write_bytes(document(reading, font=font, producer=producer, created=created))


def document(reading: Reading, *, font: bytes, producer: str, created: str) -> bytes:
    """The text layer's PDF file (see ``write``)."""
    ppi = reading.ppi
    width = reading.width * 72.0 / ppi
    height = reading.height * 72.0 / ppi
    objects: list[bytes] = [b"%PDF-1.5\n%\xde\xad\xbe\xeb\n"]
    objects.append(b"1 0 obj\n<<\n  /Type /Catalog\n  /Pages 2 0 R\n>>\nendobj\n")
    objects.append(b"")  # 2: the pages, written last
    objects.append(
        b"3 0 obj\n<<\n  /BaseFont /GlyphLessFont\n  /DescendantFonts [ 4 0 R ]\n"
        b"  /Encoding /Identity-H\n  /Subtype /Type0\n  /ToUnicode 6 0 R\n"
        b"  /Type /Font\n>>\nendobj\n")
    objects.append(
        b"4 0 obj\n<<\n  /BaseFont /GlyphLessFont\n  /CIDToGIDMap 5 0 R\n"
        b"  /CIDSystemInfo\n  <<\n     /Ordering (Identity)\n     /Registry (Adobe)\n"
        b"     /Supplement 0\n  >>\n  /FontDescriptor 7 0 R\n  /Subtype /CIDFontType2\n"
        b"  /Type /Font\n  /DW " + str(1000 // _CHAR_WIDTH).encode() + b"\n>>\nendobj\n")
    objects.append(_stream(5, _CID_TO_GID, extra=b""))
    objects.append(b"6 0 obj\n<< /Length " + str(len(_TO_UNICODE)).encode()
                   + b" >>\nstream\n" + _TO_UNICODE + b"endstream\nendobj\n")
    objects.append(
        b"7 0 obj\n<<\n  /Ascent 1000\n  /CapHeight 1000\n  /Descent -1\n  /Flags 5\n"
        b"  /FontBBox  [ 0 0 " + str(1000 // _CHAR_WIDTH).encode() + b" 1000 ]\n"
        b"  /FontFile2 8 0 R\n  /FontName /GlyphLessFont\n  /ItalicAngle 0\n"
        b"  /StemV 80\n  /Type /FontDescriptor\n>>\nendobj\n")
    size = str(len(font)).encode()
    objects.append(b"8 0 obj\n<<\n  /Length " + size + b"\n  /Length1 " + size
                   + b"\n>>\nstream\n" + font + b"endstream\nendobj\n")
    objects.append(
        b"9 0 obj\n<<\n  /Type /Page\n  /Parent 2 0 R\n  /MediaBox [0 0 "
        + f"{width:.2f} {height:.2f}".encode() + b"]\n  /Contents 10 0 R\n"
        b"  /Resources\n  <<\n        /ProcSet [ /PDF /Text /ImageB /ImageI /ImageC ]\n"
        b"    /Font << /f-0-0 3 0 R >>\n  >>\n>>\nendobj\n")
    objects.append(_stream(10, content(reading, width, height).encode("ascii")))
    objects[2] = b"2 0 obj\n<<\n  /Type /Pages\n  /Kids [ 9 0 R ]\n  /Count 1\n>>\nendobj\n"
    objects.append(b"11 0 obj\n<<\n  /Producer (" + producer.encode("latin-1", "replace")
                   + b")\n  /CreationDate (D:" + created.encode("ascii")
                   + b")\n  /Title <FEFF>\n>>\nendobj\n")
    # Tesseract writes the pages object after the page, but lists it by its number.
    order = [0, 1, *range(3, len(objects) - 1), 2, len(objects) - 1]
    offsets: dict[int, int] = {}
    out = bytearray()
    for number in order:
        offsets[number] = len(out)
        out += objects[number]
    count = len(objects)  # object 0 and eleven more, as Tesseract counts
    xref = len(out)
    out += f"xref\n0 {count}\n0000000000 65535 f \n".encode()
    for number in range(1, count):
        out += f"{offsets[number]:010d} 00000 n \n".encode()
    out += (f"trailer\n<<\n  /Size {count}\n  /Root 1 0 R\n  /Info {count - 1} 0 R\n"
            f">>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def _stream(number: int, data: bytes, *, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data)
    return (f"{number} 0 obj\n<<\n  /Length {len(packed)} /Filter /FlateDecode\n".encode()
            + extra + b">>\nstream\n" + packed + b"endstream\nendobj\n")


def content(reading: Reading, width: float, height: float) -> str:
    """The page's content stream: Tesseract's ``GetPDFTextObjects`` for left-to-right
    words (the languages this app reads)."""
    ppi = reading.ppi
    out = [f"q {_num(width)} 0 0 {_num(height)} 0 0 cm Q\n"]
    lines = [line for line in reading.lines if line.words or line.block_start]
    # Every word is followed by a space but the last the walk came to.
    last_word = next((w for line in reversed(lines) for w in reversed(line.words)), None)
    a = d = 1.0
    b = c = 0.0
    old_x = old_y = 0.0
    old_size = 0
    new_block = True
    for n, line in enumerate(lines):
        if not line.text_block:
            continue
        if line.block_start:
            out.append("BT\n3 Tr")
            old_size, new_block = 0, True
        line_base = _clip(ppi, line.baseline or (0, 0, 0, 0))
        size = line.font_size if line.font_size > 0 else _DEFAULT_FONT_SIZE
        ends_block = n + 1 == len(lines) or lines[n + 1].block_start
        for k, word in enumerate(line.words):
            x, y, length = _word_origin(ppi, height, word.baseline or (0, 0, 0, 0),
                                        line_base)
            if new_block:
                a, b, c, d = _affine(line_base)
                out.append(f" {_num(a)} {_num(b)} {_num(c)} {_num(d)} {_num(x)} {_num(y)} Tm ")
                new_block = False
            else:
                dx, dy = x - old_x, y - old_y
                out.append(f" {_num(dx * a + dy * b)} {_num(dx * c + dy * d)} Td ")
            old_x, old_y = x, y
            if size != old_size:
                out.append(f"/f-0-0 {size} Tf ")
                old_size = size
            codes = [code for code in map(_utf16, map(ord, word.text)) if code]
            space = "" if word is last_word and not reading.more else "0020"
            if length > 0 and codes:
                # The word and the space after it span the word's box, as Tesseract 5.3
                # lays them (5.4 lays the letters alone over it): what ``redaction``
                # expects of a text layer, and what every page read so far has.
                count = len(codes) + (1 if space else 0)
                stretch = _CHAR_WIDTH * round3(100.0 * length / (size * count))
                out.append(f"{_g(stretch)} Tz [ <{''.join(codes)}{space}> ] TJ")
            if k + 1 == len(line.words):
                out.append(" \n")
                if ends_block:
                    out.append("ET\n")
    return "".join(out)


def _word_origin(ppi: int, height: float, word: tuple[int, int, int, int],
                 line: tuple[int, int, int, int]) -> tuple[float, float, float]:
    """The word's start projected on its line's baseline, in points from the page's
    bottom left, and the word's length in points (``GetWordBaseline``, which takes the
    page's height in whole points)."""
    height = int(height)
    wx1, wy1, wx2, wy2 = word
    lx1, ly1, lx2, ly2 = line
    l2 = (lx2 - lx1) ** 2 + (ly2 - ly1) ** 2
    if l2 == 0:
        x, y = float(lx1), float(ly1)
    else:
        t = ((wx1 - lx2) * (lx2 - lx1) + (wy1 - ly2) * (ly2 - ly1)) / l2
        x = lx2 + t * (lx2 - lx1)
        y = ly2 + t * (ly2 - ly1)
    length = math.sqrt((wx2 - wx1) ** 2 + (wy2 - wy1) ** 2) * 72.0 / ppi
    return x * 72 / ppi, height - (y * 72.0 / ppi), length


def _clip(ppi: int, base: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """A line that rises less than two points over more than two is laid flat
    (``ClipBaseline``: viewers select flat lines better)."""
    x1, y1, x2, y2 = base
    if abs(y2 - y1) * 72 < 2 * ppi < abs(x2 - x1) * 72:
        y1 = y2 = int((y1 + y2) / 2)
    return x1, y1, x2, y2


def _affine(line: tuple[int, int, int, int]) -> tuple[float, float, float, float]:
    x1, y1, x2, y2 = line
    theta = math.atan2(float(y1 - y2), float(x2 - x1))
    return math.cos(theta), math.sin(theta), -math.sin(theta), math.cos(theta)


def _utf16(code: int) -> str:
    if 0xD7FF < code < 0xE000 or code > 0x10FFFF:
        return ""
    if code < 0x10000:
        return f"{code:04X}"
    a = code - 0x10000
    return f"{(0x3FF & (a >> 10)) + 0xD800:04X}{(0x3FF & a) + 0xDC00:04X}"


def round3(x: float) -> float:
    """Three decimals, rounded half away from zero as C's ``round``; never -0."""
    a = math.copysign(math.floor(abs(x) * 1000.0 + 0.5), x) / 1000.0
    return 0.0 if a == 0 else a


def _g(x: float) -> str:
    """A number as C++'s stream writes it at precision 8."""
    return f"{x:.8g}"


def _num(x: float) -> str:
    return _g(round3(x))


_CID_TO_GID = bytes([0, 1]) * (1 << 16)
_TO_UNICODE = (
    b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n"
    b"<<\n  /Registry (Adobe)\n  /Ordering (UCS)\n  /Supplement 0\n>> def\n"
    b"/CMapName /Adobe-Identify-UCS def\n/CMapType 2 def\n1 begincodespacerange\n"
    b"<0000> <FFFF>\nendcodespacerange\n1 beginbfrange\n<0000> <FFFF> <0000>\n"
    b"endbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")

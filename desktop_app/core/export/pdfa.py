"""PDF/A-2b: the archival form some courts and agencies ask for.

What ISO 19005-2 level B asks of a file, and how the packet meets it:

* every font embedded: the generated pages use embedded subsets, the footer's font is
  embedded (``stamps.py``), Tesseract's text layer embeds its own; a source page using a
  font that is not embedded makes ``check`` name it;
* an output intent with an ICC profile: sRGB, made by Pillow's LittleCMS (no file shipped);
  a source page in CMYK cannot be described by it and is named too;
* XMP metadata naming the part and conformance (``pdfaid``), uncompressed; kept to that
  and the producer's name: no title, author or dates, as the packet carries no
  metadata about the applicant or the computer beyond what its pages show;
* a document ID in the trailer (MuPDF writes one), no encryption, no JavaScript or
  launch actions, no embedded files; every annotation (the index's links) printable.

There is no validator for PDF/A here (veraPDF needs a download this machine cannot do);
``tests/core/test_pdfa.py`` checks each requirement above in the file written.
"""

from __future__ import annotations

from functools import cache

import pymupdf
from PIL import ImageCms

from desktop_app.errors import ExportError
from desktop_app.i18n import _

XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
PRINT_FLAG = 4


@cache
def srgb_profile() -> bytes:
    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def make_pdfa(doc: pymupdf.Document) -> None:
    """Make ``doc`` (a packet being written, metadata already cleared) PDF/A-2b."""
    check(doc)
    catalog = doc.pdf_catalog()
    profile = doc.get_new_xref()
    doc.update_object(profile, "<</N 3>>")
    doc.update_stream(profile, srgb_profile())
    intent = doc.get_new_xref()
    doc.update_object(intent, (
        "<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier(sRGB IEC61966-2.1)"
        f"/Info(sRGB IEC61966-2.1)/DestOutputProfile {profile} 0 R>>"))
    doc.xref_set_key(catalog, "OutputIntents", f"[{intent} 0 R]")
    metadata = doc.get_new_xref()
    doc.update_object(metadata, "<</Type/Metadata/Subtype/XML>>")
    doc.update_stream(metadata, XMP.encode("utf-8"), compress=False)
    doc.xref_set_key(catalog, "Metadata", f"{metadata} 0 R")
    for page in doc.pages():
        for annot_xref in _annotations(doc, page):
            doc.xref_set_key(annot_xref, "F", str(PRINT_FLAG))


def _annotations(doc: pymupdf.Document, page: pymupdf.Page) -> list[int]:
    kind, value = doc.xref_get_key(page.xref, "Annots")
    if kind == "null":
        return []
    return [int(part) for part in value.strip("[]").replace("R", "").split()[::2]
            if part.isdigit()]


def check(doc: pymupdf.Document) -> None:
    """Raise ``ExportError`` naming the first page PDF/A cannot hold as it is."""
    for page in doc.pages():
        for font in page.get_fonts(full=True):
            xref, ext, _type, name = font[0], font[1], font[2], font[3]
            if ext == "n/a" or not _embedded(doc, xref):
                raise ExportError(
                    _("Page {n} uses the font “{font}”, which its file does not include; "
                      "PDF/A needs every font included.").format(n=page.number + 1,
                                                                   font=name),
                    _("Export without PDF/A, or print that document to a new PDF and add "
                      "it again."),
                )
        for image in page.get_images(full=True):
            if image[5] in ("DeviceCMYK", "ICCBased(CMYK)") or "CMYK" in str(image[5]):
                raise ExportError(
                    _("Page {n} has a picture in CMYK colours, which PDF/A with the sRGB "
                      "profile cannot hold.").format(n=page.number + 1),
                    _("Export without PDF/A, or save that document again as RGB."),
                )


def _embedded(doc: pymupdf.Document, xref: int) -> bool:
    """A font object with an embedded font file (itself, or its descendant's)."""
    if xref <= 0:
        return True
    kind, value = doc.xref_get_key(xref, "Subtype")
    if value == "/Type3":
        return True  # drawn from its own glyph procedures
    if value == "/Type0":
        _k, descendants = doc.xref_get_key(xref, "DescendantFonts")
        refs = [int(p) for p in descendants.strip("[]").replace("R", "").split()[::2]
                if p.isdigit()]
        return bool(refs) and all(_embedded(doc, r) for r in refs)
    kind, descriptor = doc.xref_get_key(xref, "FontDescriptor")
    if kind != "xref":
        return False
    descriptor_xref = int(descriptor.split()[0])
    return any(doc.xref_get_key(descriptor_xref, key)[0] == "xref"
               for key in ("FontFile", "FontFile2", "FontFile3"))

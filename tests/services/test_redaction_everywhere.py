"""Redact everywhere (issue 13, finding 8): what the redactions cover leaves the search
index, the stored text and word boxes, the text layers, the stored copy of the document
and a case archive — not only the packet. Proved on a real case read by Tesseract."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pymupdf
import pytesseract
from PIL import Image

from desktop_app.core.processing import TEXT_LAYER
from desktop_app.services import Services, redaction
from desktop_app.services.check import problems_to_fix
from desktop_app.services.packets import FilingOptions
from desktop_app.storage import redaction as store
from tests import make
from tests.conftest import write_packet
from tests.support.redaction import scan

SECRET = "ZQX7734"  # a token found nowhere else: its absence from bytes means something
SSN_SCAN, SSN_PDF = "987-65-4321", "123-45-6789"
TOKENS = (SECRET, SSN_SCAN, SSN_PDF, "4321", "6789")


def _tilted(lines: list[str]) -> Image.Image:
    page = make.page_image(lines, size=(1275, 1650), font_px=26)
    page.info["dpi"] = (150, 150)
    return page.rotate(-2.5, expand=True, fillcolor=255).transpose(Image.Transpose.ROTATE_90)


def _case(services: Services, folder: Path) -> tuple[int, dict[str, int]]:
    folder.mkdir(parents=True, exist_ok=True)
    case = services.create_case(name="Rosa Diaz", date_of_birth="1986-03-14")
    files = [
        make.text_pdf(folder / "statement.pdf", [
            f"Statement for Rosa Diaz\nSSN {SSN_PDF} on file\nReference {SECRET} here\n"
            "Thank you for banking with us", "Second page with the branch address"]),
        make.save_image(scan(["Harbor Bank checking statement", f"Customer SSN: {SSN_SCAN}",
                              f"Reference {SECRET}", "Balance eight hundred dollars"]),
                        folder / "bank-scan.png"),
        make.text_pdf(folder / "lease.pdf", ["A lease with nothing to hide in it"]),
        # Photographed askew and sideways: read from its straightened image.
        make.save_image(_tilted([*make.LETTER_TEXT, f"Tenant SSN {SSN_SCAN} noted"]),
                        folder / "skewed.png"),
    ]
    outcomes = services.import_files(case.id, files)
    ids = {Path(o.path).name: int(o.document_id or 0) for o in outcomes}
    assert services.process(case.id, workers=1).failed == 0
    for doc_id in ids.values():
        services.tag(case.id, doc_id, "residence")
    services.redaction.set_pattern(case.id, redaction.parse_pattern("ssn"))
    services.redaction.set_pattern(case.id, redaction.parse_pattern(r"regex:ZQX\d{4}"))
    return case.id, ids


def _hidden(text: str) -> bool:
    return not any(t in text for t in TOKENS) and "zqx7734" not in text.lower()


def _pdf_text(data: bytes) -> str:
    with pymupdf.open(stream=data) as doc:
        return "".join(page.get_text() for page in doc)


def test_8_redacting_everywhere_leaves_the_words_nowhere(
        services: Services, tmp_path: Path) -> None:
    case_id, ids = _case(services, tmp_path / "in")
    assert services.search(case_id, SECRET) and services.search(case_id, "4321")
    turned = services.list_pages(ids["skewed.png"])[0]
    assert turned.cleaned and turned.rotation_auto == 90, turned  # straightened, turned
    old = {name: services.get_document(i).sha256 for name, i in ids.items()}
    filed_before = services.record.export(case_id, tmp_path / "before.pdf",
                                            FilingOptions())[1]

    done = services.redaction.everywhere(case_id)

    assert (done.documents, done.filings_before) == (3, 1)  # not the lease
    skewed = services.list_pages(ids["skewed.png"])[0]
    assert (skewed.rotation_auto, skewed.rotation) == (0, 0)  # stored upright now
    assert done.words >= 3
    # The search index, the stored text and word boxes.
    for word in (SECRET, "4321", "6789", "zqx7734"):
        assert services.search(case_id, word) == []
    assert services.search(case_id, "Harbor") and services.search(case_id, "banking")
    for doc_id in ids.values():
        for page in services.list_pages(doc_id):
            text, words = store.page_text(services.db, page.id)
            assert _hidden(text) and _hidden(json.dumps(words))
            layer = services.store.derived_dir(page.id) / TEXT_LAYER
            if layer.is_file():
                assert _hidden(_pdf_text(layer.read_bytes()))
    # The stored copies: the old originals are gone, the new ones hold no trace.
    for name in ("statement.pdf", "bank-scan.png"):
        assert not services.store.originals.has(old[name])
        assert services.get_document(ids[name]).sha256 != old[name]
    assert services.get_document(ids["lease.pdf"]).sha256 == old["lease.pdf"]
    statement = services.store.originals.path(services.get_document(ids["statement.pdf"]).sha256)
    assert _hidden(_pdf_text(statement.read_bytes())) and "banking" in _pdf_text(
        statement.read_bytes())
    for name, word in (("bank-scan.png", "Harbor"), ("skewed.png", "Cedar")):
        picture = services.store.originals.path(services.get_document(ids[name]).sha256)
        read = pytesseract.image_to_string(Image.open(picture))
        assert word in read and _hidden(read), read
    # The database files themselves (a plain folder's are readable by anyone who copies
    # them): freed space overwritten, the search index merged, the log emptied.
    if not services.store.protected:
        raw = b"".join((services.store.root / name).read_bytes()
                       for name in ("evidence.db", "evidence.db-wal")
                       if (services.store.root / name).is_file())
        for token in (SECRET.encode(), SECRET.lower().encode(), SSN_PDF.encode()):
            assert token not in raw
    # A case archive carries none of it.
    out = tmp_path / "case.epcase"
    services.archive.save(case_id, out)
    with tarfile.open(out) as tar:
        for member in tar.getmembers():
            data = tar.extractfile(member).read()  # type: ignore[union-attr]
            if member.name.startswith("filings/"):
                continue  # the packet filed before: the record of what was sent
            assert SECRET.encode() not in data
            if data.startswith(b"%PDF"):
                assert _hidden(_pdf_text(data)), member.name
            elif member.name.startswith("originals/"):
                image = Image.open(io.BytesIO(data))
                assert _hidden(pytesseract.image_to_string(image))
    # The case still exports, page for page; the packet filed before is kept as sent.
    after = write_packet(services, case_id, tmp_path / "after.pdf")
    assert after.page_count == filed_before.page_count
    assert _hidden(_pdf_text((tmp_path / "after.pdf").read_bytes()))
    assert services.record.kept_copy_intact(case_id, filed_before.number)
    assert problems_to_fix(services.check.verify(grace_seconds=0)) == []


def test_8_nothing_to_redact_changes_nothing(services: Services, tmp_path: Path) -> None:
    case = services.create_case(name="Juan")
    doc = services.import_files(case.id, [make.text_pdf(tmp_path / "a.pdf", ["Plain."])])[0]
    before = services.get_document(int(doc.document_id or 0)).sha256
    done = services.redaction.everywhere(case.id)
    assert done.documents == 0
    assert services.get_document(int(doc.document_id or 0)).sha256 == before


def test_8_a_page_turned_by_the_user_keeps_its_turn(services: Services,
                                                   tmp_path: Path) -> None:
    """The new stored copy is in the frame the page was shown from: the user's own turn
    still applies, and the area stays on the same words."""
    case = services.create_case(name="Ana")
    picture = make.save_image(scan(["Tenant record", f"Reference {SECRET}", "Houston"]),
                              tmp_path / "record.png")
    doc_id = int(services.import_files(case.id, [picture])[0].document_id or 0)
    assert services.process(case.id, workers=1).failed == 0
    page = services.list_pages(doc_id)[0]
    services.rotate_page(page.id, 90)
    services.redaction.set_pattern(case.id, redaction.parse_pattern(r"regex:ZQX\d{4}"))
    services.redaction.everywhere(case.id)
    again = services.list_pages(doc_id)[0]
    assert again.rotation_user == 90
    assert services.search(case.id, "Tenant") and not services.search(case.id, SECRET)
    services.tag(case.id, doc_id, "residence")
    packet = write_packet(services, case.id, tmp_path / "packet.pdf")
    with pymupdf.open(packet.path) as doc:
        shown = doc[packet.page_count - 1]
        assert "Tenant" in shown.get_text() and SECRET not in shown.get_text()
        # Turned a quarter: the picture lies on a landscape page, as before.
        assert shown.rect.width > shown.rect.height

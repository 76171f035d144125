from __future__ import annotations

import io
import zlib
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from desktop_app.core import images
from desktop_app.services import Services
from tests import make
from tests.conftest import corpus_file


@pytest.fixture
def case_id(services: Services) -> int:
    return services.create_case(name="María Hernández").id


def _one(services: Services, case_id: int, path: Path, **kw: str) -> dict[str, object]:
    (outcome,) = services.import_files(case_id, [path], **kw)
    return outcome.__dict__


def test_every_supported_image_kind_imports_with_its_pages(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    page = make.page_image()
    small = page.resize((850, 1100))
    files = {
        "scan.png": make.save_image(page, tmp_path / "scan.png"),
        "photo.jpg": make.save_image(page.convert("RGB"), tmp_path / "photo.jpg", quality=80),
        "photo.webp": make.save_image(small, tmp_path / "photo.webp"),
        "scan.bmp": make.save_image(small, tmp_path / "scan.bmp"),
        "scan.gif": make.save_image(small, tmp_path / "scan.gif"),
    }
    tiff = tmp_path / "three-pages.tiff"
    small.save(tiff, save_all=True, append_images=[small, small], compression="tiff_lzw")
    files["three-pages.tiff"] = tiff
    from pillow_heif import from_pillow

    heic = tmp_path / "phone.heic"
    from_pillow(small.convert("RGB")).save(heic, quality=70)
    files["phone.heic"] = heic
    outcomes = services.import_files(case_id, list(files.values()))
    assert [o.status for o in outcomes] == ["imported"] * len(files), outcomes
    assert [o.pages for o in outcomes] == [1, 1, 1, 1, 1, 3, 1]
    docs = services.list_documents(case_id)
    assert [d.source_name for d in docs] == list(files)
    assert all(d.kind == "image" and d.status == "pending" for d in docs)
    # Originals are kept byte for byte.
    for doc, path in zip(docs, files.values(), strict=True):
        assert services.store.originals.path(doc.sha256).read_bytes() == path.read_bytes()


def test_a_folder_imports_recursively_skipping_hidden_and_unknown_files(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    folder = tmp_path / "shoebox"
    make.save_image(make.page_image(), folder / "b.png")
    make.save_image(make.page_image(["Another page of text"]), folder / "sub" / "a.jpg")
    (folder / ".DS_Store").write_bytes(b"junk")
    (folder / "notes.txt").write_text("not evidence")
    outcomes = services.import_files(case_id, [folder])
    assert sorted(Path(o.path).name for o in outcomes) == ["a.jpg", "b.png"]
    assert {o.status for o in outcomes} == {"imported"}


def test_the_same_bytes_twice_is_a_duplicate_pointing_at_the_first(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    first = make.save_image(make.page_image(), tmp_path / "scan.png")
    copy = tmp_path / "copy of scan.png"
    copy.write_bytes(first.read_bytes())
    a, b = services.import_files(case_id, [first, copy])
    assert (a.status, b.status) == ("imported", "duplicate")
    assert b.document_id == a.document_id and b.pages == 1
    assert len(services.list_documents(case_id)) == 1
    # Another case may hold the same file as its own document.
    other = services.create_case(name="Someone else")
    assert services.import_files(other.id, [copy])[0].status == "imported"


def test_pdf_with_real_text_keeps_it_and_needs_no_ocr(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    pdf = make.text_pdf(tmp_path / "letter.pdf", [
        "Dear officer, I have lived here since 2015. " * 3,
        "Second page with its own words, " * 4,
    ])
    outcome = _one(services, case_id, pdf)
    assert outcome["status"] == "imported" and outcome["pages"] == 2
    (doc,) = services.list_documents(case_id)
    assert doc.status == "ready"
    assert "lived here since 2015" in services.list_pages(doc.id)[0].text
    assert services.search(case_id, "officer")[0].document_id == doc.id


def test_exif_orientation_is_honoured(services: Services, case_id: int, tmp_path: Path) -> None:
    upright = make.page_image().resize((850, 1100))
    path = make.jpeg_with_orientation(tmp_path / "phone.jpg", upright, 6)
    with Image.open(path) as stored:
        assert stored.size == (1100, 850)  # stored sideways
    assert images.load_frame(path).size == (850, 1100)  # shown upright
    assert _one(services, case_id, path)["status"] == "imported"


def test_encrypted_pdf_asks_for_password_and_imports_with_it(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    pdf = make.text_pdf(tmp_path / "bank.pdf", ["Statement of account for the tenant " * 4],
                        password="s3cret")
    missing = _one(services, case_id, pdf)
    assert missing["status"] == "error" and missing["error_code"] == "password-required"
    assert "bank.pdf" in str(missing["error"]) and "password" in str(missing["error"])
    wrong = _one(services, case_id, pdf, password="nope")
    assert wrong["error_code"] == "wrong-password"
    right = _one(services, case_id, pdf, password="s3cret")
    assert right["status"] == "imported"
    (doc,) = services.list_documents(case_id)
    # The original stays encrypted and untouched; pages are read from a decrypted copy.
    assert services.store.originals.path(doc.sha256).read_bytes() == pdf.read_bytes()
    path, kind, index = services.page_source(services.list_pages(doc.id)[0].id)
    with pymupdf.open(path) as opened:
        assert not opened.needs_pass and "Statement of account" in opened[0].get_text()
    # Adding it again is recognised as the same file even without the password.
    assert _one(services, case_id, pdf)["status"] == "duplicate"


def _truncated_scan(tmp_path: Path) -> Path:
    whole = make.scanned_pdf(tmp_path / "whole.pdf", [make.page_image()] * 4)
    data = whole.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) * 6 // 10])
    return cut


def _bomb_png(tmp_path: Path) -> Path:
    """A small PNG that claims 40,000 x 40,000 pixels (a decompression bomb)."""
    image = Image.new("1", (40_000, 40_000), 1)
    buf = io.BytesIO()
    Image.MAX_IMAGE_PIXELS = None
    try:
        image.save(buf, format="PNG")
    finally:
        Image.MAX_IMAGE_PIXELS = images.MAX_PIXELS
    path = tmp_path / "bomb.png"
    path.write_bytes(buf.getvalue())
    return path


@pytest.mark.parametrize(
    ("name", "build", "code", "says"),
    [
        ("empty.pdf", lambda p: (p / "empty.pdf").write_bytes(b""), "empty", "empty"),
        ("notes.docx", lambda p: (p / "notes.docx").write_bytes(b"PK\x03\x04" + b"x" * 200),
         "unsupported", "cannot be added"),
        ("garbage.pdf", lambda p: (p / "garbage.pdf").write_bytes(b"%PDF-1.7\n" + bytes(300)),
         "damaged", "damaged"),
        ("cut.pdf", _truncated_scan, "damaged", "cut short"),
        ("broken.jpg", lambda p: (p / "broken.jpg").write_bytes(
            make.save_image(make.page_image(), p / "ok.jpg").read_bytes()[:5000]),
         "damaged", "incomplete"),
        ("bomb.png", _bomb_png, "too-large", "too large"),
        ("noise.png", lambda p: (p / "noise.png").write_bytes(
            b"\x89PNG\r\n\x1a\n" + zlib.compress(bytes(500))), "damaged", "damaged"),
    ],
)
def test_bad_files_get_a_specific_message_and_the_rest_of_the_batch_imports(
    services: Services, case_id: int, tmp_path: Path, name: str, build: object, code: str,
    says: str,
) -> None:
    assert callable(build)
    build(tmp_path)
    good = make.save_image(make.page_image(["A good page"]), tmp_path / "good.png")
    bad_outcome, good_outcome = services.import_files(case_id, [tmp_path / name, good])
    assert bad_outcome.status == "error" and bad_outcome.error_code == code
    assert bad_outcome.error and name in bad_outcome.error and says in bad_outcome.error
    assert good_outcome.status == "imported"
    assert [d.source_name for d in services.list_documents(case_id)] == ["good.png"]
    # Nothing of the refused file was kept: one stored original, the good one.
    stored = [p for p in services.store.originals.root.rglob("*") if p.is_file()]
    assert [p.name for p in stored] == [
        services.store.originals.name(services.list_documents(case_id)[0].sha256)]


CORPUS_EXPECTED = {
    "bad-pdf/cardinal.pdf": ("imported", 4),
    "bad-pdf/junk-before-header.pdf": ("imported", 2),
    "bad-pdf/invalid.pdf": ("error", "damaged"),
    "bad-pdf/fuzz-378014596.pdf": ("error", "damaged"),
    "encrypted/password-is-test.pdf": ("error", "password-required"),
    "encrypted/pdfjs-empty_protected-owner-only.pdf": ("imported", 1),
    "images/heif-empty.heic": ("error", "empty"),
    "images/heif-arrow-iphone.heic": ("imported", 1),
    "images/docspell-20K-gray-bomb.png": ("error", "too-large"),
    "images/pillow-decompression_bomb.gif": ("error", "too-large"),
    "images/pillow-truncated_jpeg.jpg": ("error", "damaged"),
    "images/pillow-broken.png": ("error", "damaged"),
    "images/paperless-multi-page-images.tiff": ("imported", 3),
    "images/pillow-g4-multi.tiff": ("imported", 3),
    "pdf/paperless-rotated.pdf": ("imported", 4),
}


@pytest.mark.corpus
def test_shared_corpus_files_import_or_are_refused_clearly(
    services: Services, case_id: int
) -> None:
    paths = [corpus_file(name) for name in CORPUS_EXPECTED]
    outcomes = services.import_files(case_id, paths)
    for name, outcome in zip(CORPUS_EXPECTED, outcomes, strict=True):
        status, detail = CORPUS_EXPECTED[name]
        assert outcome.status == status, (name, outcome)
        if status == "imported":
            assert outcome.pages == detail, name
        else:
            assert outcome.error_code == detail, (name, outcome)
            assert Path(name).name in (outcome.error or "")


@pytest.mark.corpus
def test_every_corpus_file_imports_or_is_refused_never_crashes(
    services: Services, case_id: int
) -> None:
    root = corpus_file("README.md").parent
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix not in (".md", ".txt"))
    outcomes = services.import_files(case_id, files)
    assert len(outcomes) == len(files)
    for outcome in outcomes:
        assert outcome.status in ("imported", "duplicate", "error")
        if outcome.status == "error":
            assert outcome.error and Path(outcome.path).name in outcome.error
            assert "Traceback" not in outcome.error


def _with_broken_object(tmp_path: Path, part: str) -> Path:
    """A scanned page with a highlight on it (as macOS Preview adds one), saved
    uncompressed, then one object's dictionary broken in place (a key that is not a
    name): the highlight's, or the page's drawing's."""
    scan = make.scanned_pdf(tmp_path / "scan.pdf", [make.page_image()])
    with pymupdf.open(scan) as doc:
        page = doc[0]
        page.add_highlight_annot(pymupdf.Rect(100, 100, 300, 120))
        contents = page.get_contents()[0]
        annot = next(iter(page.annots())).xref
        doc.save(tmp_path / "plain.pdf", garbage=0, deflate=False, expand=255)
    data = (tmp_path / "plain.pdf").read_bytes()
    number = annot if part == "highlight" else contents
    start = data.index(f"\n{number} 0 obj".encode()) + 1
    key = data.index(b"/Type" if part == "highlight" else b"/Length", start)
    broken = data[:key] + (b"(Typ)" if part == "highlight" else b"(Lengt)") + \
        data[key + (5 if part == "highlight" else 7):]
    assert len(broken) == len(data)  # the cross-reference table still points right
    out = tmp_path / f"broken-{part}.pdf"
    out.write_bytes(broken)
    return out


def test_a_page_whose_highlight_is_broken_imports_and_is_read(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    """A real bill highlighted in macOS Preview, one ink stroke's dictionary broken, was
    refused whole as "cut short"; the page is whole and the packet carries no
    annotations. A page whose own drawing is broken is still refused."""
    outcome = _one(services, case_id, _with_broken_object(tmp_path, "highlight"))
    assert outcome["status"] == "imported" and outcome["pages"] == 1
    services.process(case_id)
    (doc,) = services.list_documents(case_id)
    assert make.recall("\n".join(make.LETTER_TEXT),
                       services.list_pages(doc.id)[0].text) >= 0.9
    refused = _one(services, case_id, _with_broken_object(tmp_path, "drawing"))
    assert refused["error_code"] == "damaged", refused


def test_an_old_style_jpeg_tiff_whose_picture_is_wiped_is_refused_not_imported_grey(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    """A scanner's TIFF in the old-style JPEG compression is read by MuPDF, which draws a
    page whose picture data is broken as grey where it fails: such a page is refused with
    the usual message, and the good scan beside it is imported."""
    good = make.old_jpeg_tiff(tmp_path / "good.tif", make.page_image().resize((850, 1100)))
    data = bytearray(good.read_bytes())
    data[8:608] = bytes(600)  # the JPEG's own header and first rows, gone
    broken = tmp_path / "broken.tif"
    broken.write_bytes(bytes(data))
    first, second = services.import_files(case_id, [broken, good])
    assert (first.status, first.error_code) == ("error", "damaged"), first
    assert "broken.tif: the file is damaged" in (first.error or "")
    assert (second.status, second.pages) == ("imported", 1), second


def test_many_old_style_jpeg_pages_in_one_process_are_all_read(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    """MuPDF says a warning it repeats only once ("... repeated 3 times..."): the pages
    after the first, in one import or in one reading worker, are read as well as it."""
    scans = [make.old_jpeg_tiff(tmp_path / f"folio-{n}.tif",
                                make.page_image([f"Folio {n}"]).resize((850, 1100)))
             for n in range(3)]
    outcomes = services.import_files(case_id, scans)
    assert [(o.status, o.pages) for o in outcomes] == [("imported", 1)] * 3, outcomes
    for _ in range(3):
        for scan in scans:
            assert images.load_frame(scan).size == (850, 1100)
    for _ in range(3):  # MuPDF used another way in the same process, warning each time
        pymupdf.Pixmap(str(scans[0]))
    assert images.load_frame(scans[1]).size == (850, 1100)

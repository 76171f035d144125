"""The same paper twice is found by its look as well as by its words: a pay stub photo and
a smaller, more compressed copy of it (whose OCR text differs), a copy cut a little
differently; papers printed from one template (two pay stubs of one employer) are not
copies of each other."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PIL import Image, ImageFilter

from desktop_app.core.models import Case
from desktop_app.core.review import DocumentFacts, PageFacts, ReviewInput
from desktop_app.core.review.checks import SAME_LOOK
from desktop_app.core.review.compare import duplicates as find_duplicates
from desktop_app.core.review.facts import look_distance, look_hashes
from desktop_app.core.samples import document_by_name, render_pages
from desktop_app.services import Services
from tests.make import page_image
from tests.sets.real_set import real_documents

PAY_STUB = "IMG_20230616_184512.jpg"  # the sample case's phone photo of a pay stub
SECOND_STUB = {  # the next pay stub of the same employer: other dates and amounts
    "05/29/2023 to 06/11/2023": "06/12/2023 to 06/25/2023", "June 16, 2023": "June 30, 2023",
    "80.00": "76.00", "$1,360.00": "$1,292.00", "$1,474.75": "$1,406.75",
    "$1,293.94": "$1,229.41", "$17,518.50": "$18,925.25", "$91.43": "$87.22",
}


def stub_photo(filename: str = PAY_STUB, changes: dict[str, str] | None = None) -> Image.Image:
    """The sample pay stub as the phone took it (``filename`` seeds the photo's tilt and
    light), with ``changes`` made to its text."""
    spec = document_by_name(PAY_STUB)
    lines = spec.pages[0]
    for old, new in (changes or {}).items():
        lines = tuple(line.replace(old, new) for line in lines)
    return render_pages(dataclasses.replace(spec, filename=filename, pages=(lines,)))[0]


def jpeg(image: Image.Image, path: Path, *, scale: float = 1.0, quality: int = 85,
         trim: tuple[float, float, float, float] = (0, 0, 0, 0)) -> Path:
    """Save ``image`` as a JPEG, cut by ``trim`` (shares of left, top, right, bottom) and
    scaled."""
    w, h = image.size
    image = image.crop((round(w * trim[0]), round(h * trim[1]), round(w * (1 - trim[2])),
                        round(h * (1 - trim[3]))))
    if scale != 1.0:
        image = image.resize((round(image.width * scale), round(image.height * scale)),
                             Image.Resampling.LANCZOS)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.convert("RGB").save(path, quality=quality)
    return path


def duplicates(svc: Services, case_id: int) -> list[tuple[int, tuple[int, ...]]]:
    svc.process(case_id, workers=2)
    return [(f.document_id or 0, f.related) for f in svc.review.findings(case_id)
            if f.code == "duplicate"]


def add(svc: Services, case_id: int, paths: list[Path]) -> list[int]:
    ids = [o.document_id for o in svc.import_files(case_id, paths)]
    assert None not in ids
    return [i for i in ids if i is not None]


# --- the look, without OCR --------------------------------------------------------------------


def test_the_look_survives_scale_compression_and_small_cuts(tmp_path: Path) -> None:
    photo = stub_photo()
    original = look_hashes(photo)
    for copy in (
        jpeg(photo, tmp_path / "smaller.jpg", scale=0.9, quality=55),
        jpeg(photo, tmp_path / "cut.jpg", scale=0.9, quality=55, trim=(0.03, 0.02, 0, 0.04)),
        jpeg(photo, tmp_path / "tiny.jpg", scale=0.3, quality=40),
    ):
        with Image.open(copy) as image:
            assert look_distance(original, look_hashes(image)) <= SAME_LOOK, copy.name


def test_pages_with_other_text_look_different() -> None:
    receipt = page_image(["Harbor View Apartments", "Rent receipt number 20931",
                          "Received from the tenant of apartment 4B"], size=(1275, 1650),
                         font_px=26)
    notice = page_image(["City of Houston Water Department", "Notice of maintenance",
                         "Water service on Cedar Avenue will stop"], size=(1275, 1650),
                        font_px=26)
    assert look_distance(look_hashes(receipt), look_hashes(notice)) > 2 * SAME_LOOK
    blurred = notice.filter(ImageFilter.GaussianBlur(3))  # a copy OCR reads badly
    assert look_distance(look_hashes(receipt), look_hashes(blurred)) > 2 * SAME_LOOK
    assert look_distance(look_hashes(notice), look_hashes(blurred)) <= SAME_LOOK


STATEMENT = ("Example Bank monthly consolidated statement for the account of Alejandro "
             "Rosalez, checking and savings, summary of deposits, withdrawals and checks paid, "
             "with the balance at the start and at the end of the period.")
# The same words as OCR reads them off a smaller, more compressed rescan.
MISREAD = ("Exarnple Bauk rnonthly consolidatecl staternent tor the acc0unt ot Alejaudro "
           "Rosa1ez, checkiug aud saviugs, surnrnary ot dep0sits, withdrawa1s aud checks "
           "paicl, with the ba1ance at the start aud at the eud ot the peri0d.")


def _statement(doc_id: int, words: str, amounts: list[str],
               look: tuple[int, ...], confidence: float = 92.0) -> DocumentFacts:
    page = PageFacts(id=doc_id, number=1, native_text=False, status="done", excluded=False,
                     confidence=confidence, text=words + " " + " ".join(amounts), look=look,
                     ink=0.05)
    return DocumentFacts(id=doc_id, title=f"Statement {doc_id}", category=None, date=None,
                         language="en", pages=(page,))


def test_well_read_copies_agree_in_their_numbers_and_template_twins_do_not() -> None:
    """A rescan OCR words differently is still one paper when its dates and amounts agree;
    a statement of the same bank for someone else looks the same but has other amounts."""
    look = look_hashes(page_image(["Example Bank", "Account statement"], size=(400, 518),
                                  font_px=12))
    amounts = ["03/02/2022", "$18,469.05", "$13,438.99", "$3,366.44", "$17,874.97",
               "$701.39", "06/17/2020"]
    others = ["03/02/2022", "$9,125.10", "$4,003.75", "$1,872.60", "$12,311.08",
              "$310.00", "06/17/2020"]
    original = _statement(1, STATEMENT, amounts, look)
    rescan = _statement(2, MISREAD, amounts, look)
    twin = _statement(3, STATEMENT, others, look)
    data = ReviewInput(case=Case(id=1, name="Alejandro Rosalez"), tabs=(),
                       documents=(original, rescan, twin), today=dt.date(2025, 6, 1))
    assert [(f.document_id, f.related) for f in find_duplicates(data)] == [(2, (1,))]


def test_a_poorly_read_page_that_only_looks_alike_is_not_a_copy() -> None:
    """Photos of two different forms can look alike at 16x16 (a page on a table, rows of
    boxes): a page read poorly is a copy of one that looks like it only if it shares some
    of its words, as a rescan does."""
    look = look_hashes(page_image(["Example Bank", "Account statement"], size=(400, 518),
                                  font_px=12))
    signup = ("Hoja de registro de voluntarios parroquia evento coordinador nombre telefono "
              "entrada salida horas firma sabado despensa comunitaria")
    original = _statement(1, STATEMENT, ["03/02/2022"], look)
    rescan = _statement(2, MISREAD, ["03/02/2022"], look, confidence=50.0)
    other = _statement(3, signup, ["24"], look, confidence=50.0)
    data = ReviewInput(case=Case(id=1, name="Alejandro Rosalez"), tabs=(),
                       documents=(original, rescan, other), today=dt.date(2025, 6, 1))
    assert [(f.document_id, f.related) for f in find_duplicates(data)] == [(2, (1,))]


def test_a_copy_read_only_in_part_is_still_a_copy() -> None:
    """OCR may read only a strip of a small, compressed photo (its heading and a line):
    few of the whole page's words, but nearly all of them the original's. A poorly read
    page of other words that only looks alike is still not a copy."""
    look = look_hashes(page_image(["Example Bank", "Account statement"], size=(400, 518),
                                  font_px=12))
    signup = ("Hoja de registro de voluntarios parroquia evento coordinador nombre telefono "
              "entrada salida horas firma sabado despensa comunitaria")
    original = _statement(1, STATEMENT, ["03/02/2022"], look, confidence=60.0)
    strip = _statement(2, "Example Bank consolidated Rosalez", [], look, confidence=55.0)
    other = _statement(3, signup, ["24"], look, confidence=50.0)
    data = ReviewInput(case=Case(id=1, name="Alejandro Rosalez"), tabs=(),
                       documents=(original, strip, other), today=dt.date(2025, 6, 1))
    assert [(f.document_id, f.related) for f in find_duplicates(data)] == [(2, (1,))]


# --- the review, with real OCR ----------------------------------------------------------------


@pytest.mark.slow
def test_a_pay_stub_exported_again_smaller_and_compressed_is_a_duplicate(
        services: Services, tmp_path: Path) -> None:
    """The issue's case: the same photo exported twice, the copy 90 % as large at JPEG
    quality 55, and a small phone picture whose copy OCR reads differently."""
    case = services.create_case(name="Maria Hernandez")
    photo = stub_photo()
    small = photo.resize((photo.width * 3 // 10, photo.height * 3 // 10))  # OCR reads it poorly
    first, copy, poor, poor_copy = add(services, case.id, [
        jpeg(photo, tmp_path / "stub.jpg", quality=90),
        jpeg(photo, tmp_path / "stub-again.jpg", scale=0.9, quality=55),
        jpeg(small, tmp_path / "stub-small.jpg", quality=80),
        jpeg(small, tmp_path / "stub-small-again.jpg", scale=0.9, quality=55),
    ])
    found = duplicates(services, case.id)
    # The small copies are the same paper as the large ones too; each is named once.
    assert (copy, (first,)) in found
    assert {doc for doc, _related in found} == {copy, poor, poor_copy}
    message = next(f.message for f in services.review.findings(case.id)
                   if f.document_id == copy)
    assert "second copy" in message


@pytest.mark.slow
def test_a_paper_photographed_again_is_a_duplicate_but_the_next_pay_stub_is_not(
        services: Services, tmp_path: Path) -> None:
    case = services.create_case(name="Maria Hernandez")
    june, again, july = add(services, case.id, [
        jpeg(stub_photo(), tmp_path / "june.jpg"),
        # Another photo of the same paper: another tilt, light and framing.
        jpeg(stub_photo("IMG_20230617_090000.jpg"), tmp_path / "june-again.jpg",
             scale=0.8, quality=70),
        jpeg(stub_photo("IMG_20230701_101010.jpg", SECOND_STUB), tmp_path / "july.jpg"),
    ])
    found = duplicates(services, case.id)
    assert found == [(again, (june,))]
    assert all(july not in (doc, *related) for doc, related in found)


@pytest.mark.corpus
@pytest.mark.slow
def test_real_statements_of_one_bank_are_not_copies_but_a_real_rescan_is(
        services: Services, tmp_path: Path) -> None:
    """Five real statements printed from one bank's template (look almost alike: other
    customers and amounts) and a real pay stub with its smaller, more compressed copy."""
    folder = real_documents()
    statements = sorted(folder.glob("*/*bank-statement-consolidated-*"))
    assert len(statements) == 5
    [stub] = folder.glob("held-out/employment--paystub-anycompany-*")
    with Image.open(stub) as image:
        copy = jpeg(image, tmp_path / "paystub-copy.jpg", scale=0.9, quality=55)
    case = services.create_case(name="John Stiles")
    *_banks, original, rescan = add(services, case.id, [*statements, stub, copy])
    assert duplicates(services, case.id) == [(rescan, (original,))]

"""Phone photos through processing: found, straightened, turned upright and read once;
the outline kept, set by hand, reset; blank back sides flagged."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from desktop_app.core import ocr, processing, samples
from desktop_app.core.capture import geometry
from desktop_app.errors import InvalidInputError
from desktop_app.services import Services
from tests import make, papers, photos, surfaces

PANTRY = samples.document_by_name("IMG_20201120_101233.jpg")  # photographed sideways
PAY_STUB = samples.document_by_name("IMG_20230616_184512.jpg")


def _photo(tmp_path: Path, number: int, turn: Image.Transpose | None = None
           ) -> tuple[Path, geometry.Quad]:
    image, truth = photos.composite(number, upright=True)
    if turn is not None:
        w, h = image.size
        image = image.transpose(turn)
        # The true corners move with the picture (clockwise 90: (x, y) -> (h - y, x)).
        mapping = {Image.Transpose.ROTATE_180: lambda x, y: (w - x, h - y),
                   Image.Transpose.ROTATE_270: lambda x, y: (h - y, x),
                   Image.Transpose.ROTATE_90: lambda x, y: (y, w - x)}[turn]
        truth = geometry.as_quad([mapping(x, y) for x, y in truth])
    path = tmp_path / f"IMG_{number}.jpg"
    image.save(path, quality=90)
    return path, truth


@pytest.mark.slow
def test_a_phone_photo_is_cut_out_upright_and_read(services: Services, tmp_path: Path) -> None:
    case = services.create_case(name="A")
    path = samples.write_sample_documents(tmp_path, [PANTRY])[0]
    services.import_files(case.id, [path])
    services.process(case.id)
    (page,) = services.list_pages(services.list_documents(case.id)[0].id)
    assert page.crop is not None and not page.crop_by_user
    assert page.rotation_auto == 90  # the photo was taken sideways
    assert page.cleaned and not page.blank
    assert make.recall(samples.document_text(PANTRY), page.text) >= 0.9
    # The corners read as the page reads: its top-left corner is at the photo's bottom
    # left (the page's top runs up the photo's left side).
    (x0, y0), (x1, y1) = page.crop[0], page.crop[1]
    assert y0 > y1 and abs(x1 - x0) < abs(y1 - y0)
    clean = processing.clean_image(services.store.derived_dir(page.id))
    assert clean is not None
    with Image.open(clean) as im:
        assert im.height > im.width  # upright, portrait
        shown = services.pictures.page_image(page.id, dpi=40)
        assert shown.height > shown.width
    # The original file is untouched.
    doc = services.list_documents(case.id)[0]
    assert services.store.originals.path(doc.sha256).read_bytes() == path.read_bytes()


@pytest.mark.slow
def test_a_photo_held_upside_down_comes_out_upright(services: Services, tmp_path: Path) -> None:
    case = services.create_case(name="A")
    photo = samples.render_pages(PAY_STUB)[0].transpose(Image.Transpose.ROTATE_180)
    path = tmp_path / "IMG_upside_down.jpg"
    photo.save(path, quality=85)
    services.import_files(case.id, [path])
    services.process(case.id)
    (page,) = services.list_pages(services.list_documents(case.id)[0].id)
    assert page.rotation_auto == 180 and page.crop is not None
    # Reading order: the page's top-left corner is at the bottom right of the photo.
    assert page.crop[0][0] > photo.width / 2 and page.crop[0][1] > photo.height / 2
    assert make.recall(samples.document_text(PAY_STUB), page.text) >= 0.9


@pytest.mark.slow
def test_every_page_is_read_once(services: Services, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Upright scans, turned scans and photos: one reading each, the way up decided
    beforehand (pages read twice were where the time went). A page mostly of figures
    (the pay stub's columns of amounts) may have its way up checked by the small trial
    on two squares of its text (``--psm 6``), never by reading it again."""
    log = tmp_path / "runs.log"
    real = shutil.which("tesseract")
    assert real is not None
    counting = tmp_path / "counting-tesseract"
    counting.write_text(f'#!/bin/sh\necho "$*" >> "{log}"\nexec "{real}" "$@"\n')
    counting.chmod(0o755)
    monkeypatch.setattr(ocr, "tesseract_cmd", lambda: str(counting))
    page = make.page_image(size=(1275, 1650), font_px=26)
    files = [make.save_image(page, tmp_path / "upright.png"),
             make.save_image(page.transpose(Image.Transpose.ROTATE_90), tmp_path / "left.png"),
             make.save_image(page.transpose(Image.Transpose.ROTATE_180), tmp_path / "down.png"),
             *samples.write_sample_documents(tmp_path, [PAY_STUB, PANTRY])]
    case = services.create_case(name="A")
    services.import_files(case.id, files)
    summary = services.process(case.id)
    assert summary.done == 5
    runs = [r for r in log.read_text().splitlines() if r != "--list-langs"]
    readings = [r for r in runs if "--psm 6" not in r]
    assert len(readings) == 5 and len(runs) <= 6, runs
    turns = [services.list_pages(d.id)[0].rotation for d in services.list_documents(case.id)]
    assert turns == [0, 90, 180, 0, 90]


@pytest.mark.slow
def test_the_user_sets_the_outline_by_hand_and_resets_it(
    services: Services, tmp_path: Path
) -> None:
    case = services.create_case(name="A")
    path, truth = _photo(tmp_path, 5)
    services.import_files(case.id, [path])
    services.process(case.id)
    (page,) = services.list_pages(services.list_documents(case.id)[0].id)
    found = page.crop
    assert found is not None and geometry.iou(found, truth) >= 0.95
    before = services.pictures.thumbnail(page.id)
    # The user pulls the bottom edge up to keep only the top half of the page.
    tl, tr, br, bl = found
    mid_r = ((tr[0] + br[0]) / 2, (tr[1] + br[1]) / 2)
    mid_l = ((tl[0] + bl[0]) / 2, (tl[1] + bl[1]) / 2)
    edited = services.outlines.set_crop(page.id, [tl, tr, mid_r, mid_l])
    assert edited.crop_by_user and edited.status == "pending"
    assert services.pending_pages(case.id) == 1
    services.process(case.id)
    page = services.get_page_in_case(case.id, page.id)
    assert page.crop_by_user and page.crop is not None
    assert geometry.iou(page.crop, (tl, tr, mid_r, mid_l)) > 0.99
    after = services.pictures.thumbnail(page.id)  # the thumbnail follows the new outline
    assert after != before and not before.exists()
    with Image.open(after) as thumb:
        assert thumb.width > thumb.height  # half a portrait page: wider than tall
    with Image.open(processing.clean_image(services.store.derived_dir(page.id))) as im:
        half_page = im.height / im.width
    # "Reset": back to the outline the app finds.
    services.outlines.reset_crop(page.id)
    services.process(case.id)
    page = services.get_page_in_case(case.id, page.id)
    assert not page.crop_by_user and geometry.iou(page.crop, found) > 0.99
    with Image.open(processing.clean_image(services.store.derived_dir(page.id))) as im:
        assert im.height / im.width > 1.6 * half_page
    # The whole photo, by hand: no crop, and the photo is only lit evenly.
    with Image.open(path) as im:
        w, h = im.size
    services.outlines.set_crop(page.id, [(0, 0), (w, 0), (w, h), (0, h)])
    services.process(case.id)
    page = services.get_page_in_case(case.id, page.id)
    assert page.crop is None and page.crop_by_user


def test_corners_that_cannot_outline_a_page_are_refused(
    services: Services, tmp_path: Path
) -> None:
    case = services.create_case(name="A")
    path = make.save_image(make.page_image(size=(600, 800), font_px=20), tmp_path / "p.png")
    services.import_files(case.id, [path])
    (page,) = services.list_pages(services.list_documents(case.id)[0].id)
    with pytest.raises(InvalidInputError, match="without crossing"):
        services.outlines.set_crop(page.id, [(0, 0), (600, 800), (600, 0), (0, 800)])
    with pytest.raises(InvalidInputError, match="outside the picture"):
        services.outlines.set_crop(page.id, [(0, 0), (5000, 0), (600, 800), (0, 800)])
    assert services.get_page_in_case(case.id, page.id).crop is None
    digital = make.text_pdf(tmp_path / "d.pdf", ["Digital text " * 20])
    services.import_files(case.id, [digital])
    (text_page,) = services.list_pages(services.list_documents(case.id)[1].id)
    with pytest.raises(InvalidInputError, match="digital PDF"):
        services.outlines.set_crop(text_page.id, [(0, 0), (600, 0), (600, 700), (0, 700)])


def test_a_blank_back_side_is_flagged(services: Services, tmp_path: Path) -> None:
    case = services.create_case(name="A")
    front = make.page_image(size=(1275, 1650), font_px=26)
    back = Image.new("L", (1275, 1650), 250)
    back.putpixel((600, 800), 0)  # a speck of dust
    pdf = make.scanned_pdf(tmp_path / "batch.pdf", [front, back])
    services.import_files(case.id, [pdf])
    services.process(case.id)
    first, second = services.list_pages(services.list_documents(case.id)[0].id)
    assert not first.blank and second.blank
    assert not second.excluded  # flagged, never dropped by itself


def _receipt_on_dark_wood(path: Path) -> Path:
    """A phone photo of a till receipt's few lines on a dark wooden table: lit evenly,
    its page is white paper and black print and next to nothing else."""
    page = Image.new("RGB", (850, 1100), "white")
    draw = ImageDraw.Draw(page)
    for i, line in enumerate(["CORNER STORE", "Milk 2.49", "Bread 3.10", "TOTAL 5.59"]):
        draw.text((120, 120 + 40 * i), line, fill="black", font=papers._font(26))
    mask = Image.new("L", page.size, 255).rotate(4, expand=True,
                                                  resample=Image.Resampling.BICUBIC)
    page = page.rotate(4, expand=True, resample=Image.Resampling.BICUBIC)
    frame = surfaces.wood((1200, 1600), random.Random(3), dark=True)
    frame.paste(page, (120, 150), mask)
    frame.save(path, quality=90)
    return path


def test_a_photo_of_a_page_with_little_print_is_kept_as_a_photo(
        services: Services, tmp_path: Path) -> None:
    """Its straightened page looks bilevel (white paper, black print), but it is a
    photo's: kept as a JPEG, not as a PNG three times the size."""
    case = services.create_case(name="A")
    services.import_files(case.id, [_receipt_on_dark_wood(tmp_path / "IMG_1.jpg")])
    services.process(case.id)
    (page,) = services.list_pages(services.list_documents(case.id)[0].id)
    assert page.crop is not None and "TOTAL" in page.text
    clean = processing.clean_image(services.store.derived_dir(page.id))
    assert clean is not None and clean.suffix == ".jpg"
    with Image.open(clean) as im:
        assert im.format == "JPEG"

"""Scans and photos read by real Tesseract: a re-photographed paper is found as a copy of
its scan, and hard-to-read pages (blurred, very dark, blank, a tiny picture) are named;
the clean scans around them raise nothing."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image, ImageEnhance, ImageFilter

from desktop_app.core import processing
from desktop_app.core.capture import geometry
from desktop_app.core.review import Finding
from desktop_app.core.review.checks import BLANK_INK, DARK_MEAN
from desktop_app.core.review.facts import mean_level
from desktop_app.services import Services
from tests.make import page_image, scanned_pdf
from tests.support.review import Built, clean_case

SMALL = (1275, 1650)  # Letter at 150 dpi: quick to read

RECEIPT = ["Harbor View Apartments", "Rent receipt number 20931",
           "Received from the tenant of apartment 4B", "the sum of eight hundred fifty dollars",
           "for the rent of the month of March,", "paid in cash at the leasing office."]
NOTICE = ["City of Houston Water Department", "Notice of scheduled maintenance",
          "Water service on Cedar Avenue will stop", "on Tuesday from nine until noon while",
          "crews replace the old main under the road.", "We are sorry for the trouble."]
FLYER = ["Saint Joseph Parish Summer Festival", "Food, music and games for every family",
         "Volunteers meet in the hall on Friday", "to set up the tables and the stage."]


def photo(path: Path, image: Image.Image, *, dpi: int | None = 150) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if dpi:
        image.convert("RGB").save(path, format="JPEG", quality=85, dpi=(dpi, dpi))
    else:
        image.convert("RGB").save(path, format="JPEG", quality=85)
    return path


def test_rephotographed_and_hard_to_read_pages(build: Built, tmp_path: Path) -> None:
    clean_case(build)
    svc, case = build.svc, build.case
    folder = tmp_path / "scans"
    folder.mkdir()
    receipt = page_image(RECEIPT, size=SMALL, font_px=26)
    files = {
        "scan": scanned_pdf(folder / "receipt-scan.pdf", [receipt]),
        # The same receipt photographed later: another size, lighter, no dpi of its own.
        "photo": photo(folder / "receipt-photo.jpg", ImageEnhance.Brightness(
            receipt.resize((1100, 1424))).enhance(1.1), dpi=None),
        "blurred": photo(folder / "notice.jpg",
                         page_image(NOTICE, size=SMALL, font_px=26).filter(
                             ImageFilter.GaussianBlur(3))),
        "dark": photo(folder / "flyer.jpg", ImageEnhance.Brightness(
            page_image(FLYER, size=SMALL, font_px=26)).enhance(0.22)),
        "blank": photo(folder / "back-side.jpg", Image.new("L", SMALL, 250)),
        "tiny": photo(folder / "thumbnail.jpg", page_image(FLYER[:2], size=(400, 518),
                                                           font_px=9), dpi=None),
    }
    outcomes = svc.import_files(case.id, list(files.values()))
    ids = {name: o.document_id for name, o in zip(files, outcomes, strict=True)}
    for doc_id in ids.values():
        assert doc_id is not None
        svc.tag(case.id, doc_id, "community")
    summary = svc.process(case.id, workers=2)
    assert summary.failed == 0

    found = svc.review.findings(case.id)
    page = {name: svc.list_pages(doc_id)[0].id for name, doc_id in ids.items()
            if doc_id is not None}
    assert sorted((f.code, f.key) for f in found) == sorted([
        ("duplicate", f"duplicate:{ids['scan']}:{ids['photo']}"),
        ("illegible-page", f"illegible-page:{page['blurred']}"),
        ("illegible-page", f"illegible-page:{page['dark']}"),
        ("illegible-page", f"illegible-page:{page['blank']}"),
        ("illegible-page", f"illegible-page:{page['tiny']}"),
    ])
    said = {f.page_id: f.message for f in found if f.code == "illegible-page"}
    assert "hard to read" in said[page["blurred"]]
    assert "very dark" in said[page["dark"]]
    assert "looks blank" in said[page["blank"]]
    assert "very small picture" in said[page["tiny"]]
    [copy] = [f for f in found if f.code == "duplicate"]
    assert copy.related == (ids["scan"],) and copy.document_id == ids["photo"]


def _page_on_a_dark_table(path: Path) -> Path:
    """A phone photo (2400 x 1800, declaring 300 dpi and naming its camera) of a light
    receipt lying a little askew on a near-black table that fills nine tenths of the
    picture: the photo as a whole is very dark, the paper is not."""
    rng = random.Random(11)
    table = Image.effect_noise((2400, 1800), 6).point(lambda v: 20 + (v - 128) // 8)
    sheet = page_image(RECEIPT, size=SMALL, font_px=26).resize((600, 776))
    sheet = sheet.point(lambda v: 40 + v * 200 // 255)  # paper at about 240, ink 40
    corners = [(880 + rng.uniform(-6, 6), 520 + rng.uniform(-6, 6)) for _ in range(4)]
    quad = [(corners[0][0], corners[0][1]), (corners[1][0] + 600, corners[1][1] + 30),
            (corners[2][0] + 570, corners[2][1] + 806), (corners[3][0] - 30, corners[3][1] + 776)]
    # Each pixel of the photo inside ``quad`` taken from the sheet (a perspective warp).
    h = geometry.homography(geometry.as_quad(quad), geometry.whole(600, 776))
    coeffs = tuple(float(v) for v in (h / h[2, 2]).flatten()[:8])
    warped = sheet.transform(table.size, Image.Transform.PERSPECTIVE, coeffs,
                             Image.Resampling.BILINEAR, fillcolor=0)
    mask = Image.new("L", (600, 776), 255).transform(
        table.size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR, fillcolor=0)
    table.paste(warped, (0, 0), mask)
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Google", "Pixel 7"  # Make, Model: a camera, not a scanner
    table.convert("RGB").save(path, format="JPEG", quality=85, dpi=(300, 300), exif=exif)
    return path


def _about(services: Services, case_id: int, page_id: int) -> list[Finding]:
    """The review's findings about one page (the case's own, e.g. its empty fields, aside)."""
    return [f for f in services.review.findings(case_id) if f.page_id == page_id]


@pytest.mark.slow
def test_a_photographed_page_is_judged_as_the_packet_shows_it(services: Services,
                                                             tmp_path: Path) -> None:
    """The review measures a photographed page on its straightened image (what the
    packet prints), not on the photo with the table around it; its size still comes
    from the original file's pixels and declared dpi. Given the whole photo as the page,
    the same picture is judged very dark."""
    case = services.create_case(name="Photo on a dark table")
    path = _page_on_a_dark_table(tmp_path / "IMG_receipt.jpg")
    with Image.open(path) as im:
        assert mean_level(im) < DARK_MEAN  # the original would be judged very dark
    (outcome,) = services.import_files(case.id, [path])
    assert outcome.document_id is not None
    services.tag(case.id, outcome.document_id, "community")
    assert services.process(case.id, workers=1).failed == 0
    (page,) = services.list_pages(outcome.document_id)
    assert page.crop is not None and page.cleaned  # the sheet was found and straightened

    assert _about(services, case.id, page.id) == []
    facts = services.review.gather(case.id).documents[0].pages[0]
    assert facts.mean is not None and facts.mean > 150
    assert facts.ink is not None and facts.ink > BLANK_INK  # the receipt's print
    # 2400 x 1800 pixels at the 300 dpi the photo declares: 8 x 6 inches, as before
    # (the straightened image declares no dpi: taken from it, the page would be sized
    # to fill a letter page, 10 x 7.5 inches).
    clean = processing.clean_image(services.store.derived_dir(page.id))
    assert clean is not None
    with Image.open(clean) as im:
        assert "dpi" not in im.info
    assert facts.printed == pytest.approx((8.0, 6.0))
    assert facts.pixel_dpi == pytest.approx(300)

    # The user says the whole photo is the page: it is read and measured again, as it
    # is now shown.
    services.outlines.set_crop(page.id, [(0, 0), (2400, 0), (2400, 1800), (0, 1800)])
    assert services.process(case.id, workers=1).failed == 0
    [dark] = _about(services, case.id, page.id)
    assert dark.code == "illegible-page"
    assert "very dark" in dark.message
    facts = services.review.gather(case.id).documents[0].pages[0]
    assert facts.printed == pytest.approx((8.0, 6.0))

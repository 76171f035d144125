"""Scans and photos read by real Tesseract: a re-photographed paper is found as a copy of
its scan, and hard-to-read pages (blurred, very dark, blank, a tiny picture) are named;
the clean scans around them raise nothing."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageEnhance, ImageFilter

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

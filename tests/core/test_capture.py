"""Finding the page in a photo, straightening it, lighting it evenly, and telling which
way up it reads — measured on real phone photos with hand-annotated corners and on
composites with exact corners (``tests/photos.py``), as SmartDoc 2015 measured page
outlines: the Jaccard index (IoU) of the found and the true quadrilateral."""

from __future__ import annotations

import statistics
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from PIL import Image, ImageDraw, ImageFilter

from desktop_app.core import capture, images, ocr, processing, samples
from desktop_app.core.capture import geometry, orient, pagefind, refine, region, sides, straighten
from desktop_app.core.capture.edges import Field
from tests import make, photos
from tests.conftest import corpus_file

# Composites are numbered; photo ``n`` lies on surface ``n % len(SURFACE_NAMES)``. The
# finder was tuned on the first set; the second was only measured (see the issue note).
TUNED_COMPOSITES = range(0, 45)
HELD_OUT_COMPOSITES = range(2000, 2045)
# Surfaces and sets on which the finder still misses pages (numbers from
# ``bench/bench_pagefind.py``): on the tuned cluttered desk one photo whose page is
# outlined with the keyboard's and the phone's edges (IoU 0.65).
# Strict: the day they pass, these marks must go.
KNOWN_MISSES = {
    ("clutter", "tuned"): "a desk with keyboard and phone: tuned mean IoU 0.93, min 0.65",
}


def _iou(found: geometry.Quad | None, image: Image.Image, truth: geometry.Quad) -> float:
    return geometry.iou(found or geometry.whole(*image.size), truth)


@pytest.mark.slow
def test_the_page_is_found_in_real_phone_photos() -> None:
    """Real photos (kept outside the repository: ``EVIDENCE_PACKET_REAL_PHOTOS`` names
    their folder; corners annotated by hand in ``bench/data/real_photos_truth.json``): on
    a dark desk, wood, a light table, held in a hand with fingers on the edge, on a
    clipboard, a receipt running out of the frame. Mean IoU >= 0.97, over the photos
    tuned on and over those held out; none below 0.90."""
    folder = photos.real_photos_folder()
    if folder is None:
        pytest.skip(f"{photos.REAL_PHOTOS_ENV} does not name a folder of the annotated real "
                    "photos (they are not kept in the repository; composites cover the "
                    "behaviour)")
    found = photos.real_photos(folder)
    if not found:
        pytest.skip(f"none of the annotated real photos is in {folder}")
    scores: dict[str, float] = {}
    held_out: dict[str, float] = {}
    for photo in found:
        with Image.open(photo.path) as im:
            image = im.convert("RGB")
        value = _iou(pagefind.find_page(image), image, photo.corners)
        (held_out if photo.held_out else scores)[photo.path.name] = value
    everything = scores | held_out
    low = {name: round(v, 3) for name, v in everything.items() if v < 0.90}
    assert not low, f"photos whose page was missed: {low}"
    for group in (scores, held_out, everything):
        if group:
            assert statistics.fmean(group.values()) >= 0.97, group


@pytest.mark.slow
@pytest.mark.parametrize("number", [7005, 7032])
def test_a_receipt_on_gingham_is_found_by_its_paper_region(number: int) -> None:
    """Two receipts on gingham (composites outside the tuned and held-out sets) whose
    straight edges the cloth's lines outnumber: the region of paper stands out only
    moderately (0.38, 0.45), and is still the page."""
    image, truth = photos.composite(number)
    assert _iou(pagefind.find_page(image), image, truth) >= 0.90


@pytest.mark.slow
@pytest.mark.parametrize("number", [12144, 12270, 12288])
def test_a_receipt_on_gingham_no_edge_outlines_is_found_by_its_paper_region(
        number: int) -> None:
    """Receipts on gingham (composites outside the tuned and held-out sets) where the
    cloth's checks set a step no side of the page reaches: the edges give no outline at
    all, and the paper region, ragged with white checks at its rim, stands out only a
    little (0.22-0.32). Left whole before (IoU 0.09-0.14)."""
    image, truth = photos.composite(number)
    assert _iou(pagefind.find_page(image), image, truth) >= 0.90


@pytest.mark.slow
def test_on_gingham_the_paper_region_beats_the_straight_edges_of_its_map() -> None:
    """A letter on gingham whose paper map's straight edges outline it with one side
    run out across the cloth (IoU 0.58): the region itself separates paper more
    plainly, and is the page."""
    image, truth = photos.composite(12153)
    assert _iou(pagefind.find_page(image), image, truth) >= 0.95


@pytest.mark.slow
@pytest.mark.parametrize("number", [15154, 15312])
def test_an_outline_no_photographed_page_has_loses(number: int) -> None:
    """A handwritten page on a white desk and a rent receipt on gingham (composites
    outside the tuned and held-out sets) whose best outline took a side from the desk's
    shading or the cloth's diagonal: opposite sides 3.9 and 1.6 times as long, which no
    photographed page shows (IoU 0.67, 0.85). The page's own outline wins."""
    image, truth = photos.composite(number)
    assert _iou(pagefind.find_page(image), image, truth) >= 0.90


@pytest.mark.slow
@pytest.mark.parametrize("number", [12076, 12175, 12211, 12014, 12023])
def test_a_faint_side_on_a_desk_is_found_by_a_second_look(number: int) -> None:
    """White paper on a white or cluttered desk (composites outside the tuned and
    held-out sets) whose one faint side was not among the strongest lines: the outline
    took the print's edge, the photo's border or a keyboard's for it (IoU 0.60-0.85).
    Looked for again near that side, it is found."""
    image, truth = photos.composite(number)
    assert _iou(pagefind.find_page(image), image, truth) >= 0.95


def _surface_cases() -> list[object]:
    cases = []
    for name in photos.SURFACE_NAMES:
        for label, numbers in (("tuned", TUNED_COMPOSITES), ("held-out", HELD_OUT_COMPOSITES)):
            miss = KNOWN_MISSES.get((name, label))
            marks = [pytest.mark.xfail(strict=True, reason=miss)] if miss else []
            cases.append(pytest.param(name, numbers, id=f"{name}-{label}", marks=marks))
    return cases


@pytest.mark.slow
@pytest.mark.parametrize(("surface", "numbers"), _surface_cases())
def test_the_page_is_found_in_composites_with_exact_corners(surface: str,
                                                            numbers: range) -> None:
    """Papers drawn at test time (letters, forms, receipts, handwriting, stamps) laid at
    a random slant and foreshortening on a drawn surface (wood, carpet, cloth, tables,
    a cluttered desk), with uneven light, a cast shadow, sometimes fingers over an edge.
    Per surface: mean IoU >= 0.97 and none below 0.90."""
    index = photos.SURFACE_NAMES.index(surface)
    values = []
    for number in numbers:
        if number % len(photos.SURFACE_NAMES) != index:
            continue
        image, truth = photos.composite(number)
        values.append(_iou(pagefind.find_page(image), image, truth))
    assert len(values) == 5
    assert statistics.fmean(values) >= 0.97, [round(v, 3) for v in values]
    assert min(values) >= 0.90, [round(v, 3) for v in values]


def _digital_page() -> Image.Image:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_textbox(pymupdf.Rect(72, 72, 540, 400), "Certificate of enrollment\n" * 12,
                        fontsize=14)
    page.draw_rect(pymupdf.Rect(60, 430, 552, 700), color=(0, 0, 0), fill=(0.85, 0.85, 0.9))
    pix = page.get_pixmap(dpi=150)
    return Image.frombytes("RGB", (pix.width, pix.height), pix.samples)


def test_scans_and_digital_pages_are_left_whole() -> None:
    """A flatbed scan or a born-digital page is never cut into: not to its text block,
    not to a box or table printed on it."""
    pages = [_digital_page()]
    for spec in samples.SAMPLE_DOCUMENTS:
        if spec.capture == "scan":
            pages.append(samples.render_pages(spec)[0])
    assert len(pages) >= 10
    for image in pages:
        assert pagefind.find_page(image) is None


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["ocr/docspell-letter-scan.jpg", "ocr/linn.png",
                                  "ocr/unlv-8087_054.3B.tif", "ocr/phototest.tif",
                                  "classify/employment--w2-multiple.png",
                                  "classify/none--invoice-english.png"])
def test_real_scans_are_left_whole(name: str) -> None:
    image = images.load_frame(corpus_file(name))  # as the app sees it (alpha on white)
    found = pagefind.find_page(image)
    assert found is None or geometry.iou(found, geometry.whole(*image.size)) >= 0.97


# --- geometry ------------------------------------------------------------------------------


def test_the_paper_region_outlines_a_receipt_cut_by_its_barcode_among_white_checks() -> None:
    """The paper map's own region (``region.outline``), the fallback on gingham: the
    white checks are specks, the receipt's print and a barcode across its whole width
    are not holes in it, and its corners are where the receipt's are."""
    truth = geometry.as_quad([(230, 90), (420, 150), (330, 560), (140, 500)])
    picture = Image.new("L", (480, 640), 0)
    draw = ImageDraw.Draw(picture)
    for y in range(0, 640, 24):  # what is left of white checks on the paper map: specks
        for x in range(0, 480, 24):
            draw.rectangle((x, y, x + 3, y + 3), fill=255)
    draw.polygon(truth, fill=255)
    draw.polygon([(175, 330), (395, 390), (385, 430), (165, 370)], fill=0)  # the barcode
    for k in range(8):  # lines of print
        draw.line([(215 + 3 * k, 130 + 20 * k), (390 - 3 * k, 185 + 20 * k)], fill=0, width=2)
    found = region.outline(np.asarray(picture) > 127)
    assert found is not None
    assert geometry.iou(found, truth) >= 0.95


def _page_on_a_desk(desk: int, paper: int, seam: bool) -> tuple[Image.Image, geometry.Quad]:
    """A photo (a camera's noise included) of a page on a desk, the page edged by a dark
    rim three pixels wide, its print starting 60 pixels in from its left side; with
    ``seam``, a dark seam of the desk runs 40 pixels beyond the page's left side."""
    truth = geometry.as_quad([(200, 150), (900, 130), (920, 1050), (215, 1070)])
    picture = Image.new("L", (1200, 1200), desk)
    draw = ImageDraw.Draw(picture)
    if seam:
        draw.line([(160, 0), (175, 1199)], fill=desk - 25, width=3)
    draw.polygon(truth, fill=desk - 8, outline=desk - 8, width=3)  # the rim
    inner = [(202, 153), (897, 133), (917, 1047), (217, 1067)]
    draw.polygon(inner, fill=paper)
    for k in range(30):  # lines of print, from a left margin of 60 pixels
        y = 200 + 28 * k
        draw.line([(262 + k // 3, y), (850, y - 12)], fill=60, width=5)
    noise = np.random.default_rng(7).normal(0, 3, (1200, 1200))
    pixels = np.clip(np.asarray(picture, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "L").convert("RGB"), truth


def test_a_faint_side_is_among_the_lines_looked_for_near_a_side_found_wrong() -> None:
    """Paper six grey levels lighter than the desk, a dark phone beside it: the outline
    found ran its right side along the end of the print. Near that side, the page's own
    faint right side is one of the lines looked for again."""
    truth = geometry.as_quad([(120, 90), (470, 110), (455, 560), (100, 540)])
    picture = Image.new("L", (640, 640), 180)
    draw = ImageDraw.Draw(picture)
    draw.polygon(truth, fill=186)
    draw.rectangle((520, 200, 600, 360), fill=30)  # a phone
    for k in range(14):  # lines of print, ending 90 pixels short of the right side
        y = 140 + 28 * k
        draw.line([(150, y), (370, y + 6)], fill=70, width=4)
    noise = np.random.default_rng(3).normal(0, 1.5, (640, 640))
    pixels = np.clip(np.asarray(picture, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    image = Image.fromarray(pixels, "L").convert("RGB").filter(ImageFilter.GaussianBlur(0.8))
    on_print = geometry.as_quad([(120, 90), (375, 105), (370, 555), (100, 540)])
    lines = sides.nearby_lines(Field.of(image), on_print)

    def off(line: np.ndarray, point: tuple[float, float]) -> float:
        return abs(point[0] * np.cos(line[0]) + point[1] * np.sin(line[0]) - line[1])

    assert any(off(line, truth[1]) <= 3 and off(line, truth[2]) <= 3 for line in lines)


def test_a_white_page_s_lit_side_is_found_by_its_thin_rim() -> None:
    """White paper on a white desk, the same grey: the finder took the edge of the
    print for the left side; the side is pushed out over the blank margin to the rim."""
    image, truth = _page_on_a_desk(desk=196, paper=197, seam=False)
    on_print = geometry.as_quad([(262, 148), (900, 130), (920, 1050), (272, 1065)])
    assert geometry.iou(on_print, truth) < 0.93
    pushed = refine.reach_rims(refine.Planes.of(image), on_print, reach=160)
    assert geometry.iou(pushed, truth) >= 0.99
    assert max(abs(a[0] - b[0]) for a, b in zip(pushed, truth, strict=True)) <= 3


def test_a_side_already_on_the_page_is_not_pushed_to_a_seam_of_the_desk() -> None:
    """Beyond a side found right lies a darker desk with a seam like a rim: the desk is
    not the page's paper, so the side stays."""
    image, truth = _page_on_a_desk(desk=150, paper=235, seam=True)
    pushed = refine.reach_rims(refine.Planes.of(image), truth, reach=160)
    assert max(abs(a[0] - b[0]) + abs(a[1] - b[1])
               for a, b in zip(pushed, truth, strict=True)) <= 2


def test_iou_of_outlines() -> None:
    square = geometry.as_quad([(0, 0), (10, 0), (10, 10), (0, 10)])
    assert geometry.iou(square, square) == pytest.approx(1.0)
    half = geometry.as_quad([(5, 0), (15, 0), (15, 10), (5, 10)])
    assert geometry.iou(square, half) == pytest.approx(50 / 150)
    assert geometry.iou(square, geometry.as_quad([(20, 0), (30, 0), (30, 5), (20, 5)])) == 0
    # The corners' order does not matter.
    assert geometry.iou(square, geometry.turned(square, 1)) == pytest.approx(1.0)


def test_reading_order_follows_the_page() -> None:
    quad = geometry.as_quad([(100, 50), (400, 60), (390, 500), (90, 490)])
    for quarter, turn in ((0, 0), (1, 90), (2, 180), (3, 270)):
        assert capture.reading_turn(geometry.turned(quad, quarter)) == turn


def test_an_outline_that_cannot_be_a_page_is_refused() -> None:
    with pytest.raises(ValueError, match="without crossing"):
        geometry.check_outline([(0, 0), (100, 100), (100, 0), (0, 100)], 200, 200)
    with pytest.raises(ValueError, match="outside"):
        geometry.check_outline([(0, 0), (900, 0), (100, 100), (0, 100)], 200, 200)
    with pytest.raises(ValueError, match="four corners"):
        geometry.check_outline([(0, 0), (1, 1)], 200, 200)
    assert geometry.check_outline([(10, 10), (190, 12), (188, 190), (8, 188)], 200, 200)


# --- straightening ---------------------------------------------------------------------------


def _photo_of(page: Image.Image, quad: geometry.Quad, size: tuple[int, int],
              table: tuple[int, int, int] = (90, 60, 40)) -> Image.Image:
    h = geometry.homography(list(quad), [(0, 0), (page.width, 0), (page.width, page.height),
                                         (0, page.height)])
    coeffs = tuple(float(v) for v in (h / h[2, 2]).flatten()[:8])
    photo = Image.new("RGB", size, table)
    warped = page.convert("RGB").transform(size, Image.Transform.PERSPECTIVE, coeffs,
                                           resample=Image.Resampling.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(size, Image.Transform.PERSPECTIVE, coeffs)
    photo.paste(warped, (0, 0), mask)
    return photo


def _camera_view(width_in: float, height_in: float, size: tuple[int, int]) -> geometry.Quad:
    """Where a phone camera (28 mm equivalent, held a foot and a half above, tilted 25
    and 12 degrees, turned 8) sees the corners of a sheet lying on the table."""
    f = 0.85 * max(size)
    ax, ay, az = np.radians([25.0, 12.0, 8.0])
    rx = np.array([[1, 0, 0], [0, np.cos(ax), -np.sin(ax)], [0, np.sin(ax), np.cos(ax)]])
    ry = np.array([[np.cos(ay), 0, np.sin(ay)], [0, 1, 0], [-np.sin(ay), 0, np.cos(ay)]])
    rz = np.array([[np.cos(az), -np.sin(az), 0], [np.sin(az), np.cos(az), 0], [0, 0, 1]])
    turn = rz @ ry @ rx
    corners = []
    for x, y in ((-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)):
        p = turn @ np.array([x * width_in, y * height_in, 0.0]) + np.array([0.0, 0.0, 18.0])
        corners.append((size[0] / 2 + f * p[0] / p[2], size[1] / 2 + f * p[1] / p[2]))
    return geometry.as_quad(corners)


def test_a_slanted_letter_page_comes_out_a_letter_page_at_its_real_size() -> None:
    page = make.page_image()  # Letter at 300 dpi
    quad = _camera_view(8.5, 11.0, (3000, 4000))
    photo = _photo_of(page, quad, (3000, 4000))
    size = straighten.page_size(quad, photo.size)
    assert size.paper == "letter"
    assert size.height / size.width == pytest.approx(11 / 8.5, rel=0.01)
    assert size.dpi is not None and 150 < size.dpi <= 300
    flat = straighten.warp(photo, quad, size)
    # The text lines are level again: the ink of the first line sits in one band.
    ink = np.asarray(flat.convert("L")) < 128
    rows = np.nonzero(ink.sum(axis=1) > 0.05 * ink.shape[1])[0]
    assert rows.size and rows.min() > 0.05 * flat.height


def test_shading_is_evened_out_and_a_stamp_keeps_its_colour() -> None:
    page = make.page_image().convert("RGB")
    ImageDraw.Draw(page).ellipse((1800, 2600, 2200, 3000), outline=(200, 30, 30), width=30)
    w, h = page.size
    shade = Image.linear_gradient("L").resize((w, h)).point(lambda v: 255 - v // 3)
    shaded = Image.composite(page, Image.new("RGB", page.size, (0, 0, 0)),
                             shade).point(lambda v: v)  # darker towards the bottom
    shaded = Image.blend(page, shaded, 0.8)
    flat = straighten.even_light(shaded)
    assert flat.mode == "RGB"  # the red stamp carries meaning
    px = np.asarray(flat.convert("L"), dtype=np.float32)
    top, bottom = px[100:300, 100:300].mean(), px[h - 600:h - 400, 100:300].mean()
    assert abs(top - bottom) < 8 and min(top, bottom) > 235  # paper: white all over
    stamp = np.asarray(flat)[2600:2630, 1990:2010].reshape(-1, 3).mean(axis=0)
    assert stamp[0] > 150 and stamp[1] < 90  # still red
    plain = straighten.even_light(make.page_image().convert("RGB"))
    assert plain.mode == "L"  # black print on white: grey is enough


# --- which way up ----------------------------------------------------------------------------


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_which_way_up_a_printed_page_reads_is_told_before_reading(turn: int) -> None:
    spec = next(s for s in samples.SAMPLE_DOCUMENTS if s.filename == "clinic-letter-2023.jpg")
    page = samples.render_clean_pages(spec)[0]
    turned = page.rotate(turn, expand=True)  # Pillow turns counter-clockwise
    found = orient.orientation(turned)
    assert found.turn == turn and found.confidence >= orient.SURE


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
@pytest.mark.parametrize("line", ["Receipt", "Harbor View Apartments",
                                  "The monthly rent is eight hundred fifty dollars, due on"])
def test_one_line_of_text_is_seen_to_run_along_itself(turn: int, line: str) -> None:
    """A page holding one line has gaps only between its letters; it is still seen to
    run the way the line does (which end is up is left to the reading)."""
    turned = make.page_image([line]).rotate(turn, expand=True)  # counter-clockwise
    found = orient.orientation(turned)
    assert found.turn in (turn, (turn + 180) % 360)
    assert found.confidence < orient.SURE


RECEIPT = ["SUPERMERCADO LA ESPERANZA", "CALLE MAIN 1200", "ARROZ 2 LB 3.49",
           "FRIJOLES NEGROS 2.19", "LECHE ENTERA 4.29", "TOTAL A PAGAR 45.60",
           "EFECTIVO 50.00", "CAMBIO 4.40", "GRACIAS POR SU COMPRA"]


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_a_page_of_capitals_is_stood_up_by_reading_a_few_squares_four_ways(
    turn: int, tmp_path: Path
) -> None:
    """Capitals and figures (a receipt) leave the page's line test unsure; read small
    squares of its text at each quarter turn, only the right one reads as words."""
    page = make.page_image(RECEIPT, size=(1000, 1500), font_px=30)
    turned = page.rotate(turn, expand=True)  # Pillow turns counter-clockwise
    assert orient.orientation(turned).confidence < orient.SURE
    squares = orient.trial_squares(turned)
    assert 1 <= len(squares) <= orient.TRIAL_SQUARES
    scores = ocr.turn_trial(squares, tmp_path)
    best, second = sorted(scores.values(), reverse=True)[:2]
    assert max(scores, key=lambda t: scores[t]) == turn
    assert best - second >= processing.TRIAL_SURE


def test_a_blank_page_gives_the_way_up_trial_nothing_to_read(tmp_path: Path) -> None:
    assert orient.trial_squares(Image.new("L", (850, 1100), 255)) == []
    assert set(ocr.turn_trial([], tmp_path).values()) == {0.0}


def test_a_tilted_scan_is_levelled_once_before_reading() -> None:
    page = make.page_image(size=(1275, 1650), font_px=26).rotate(-3, expand=True,
                                                                   fillcolor=255)
    ready = capture.prepare(page)
    assert ready.sure and ready.straightened and ready.skew == pytest.approx(-3, abs=0.3)
    assert ready.outline is None  # a scan: nothing cut away


def test_a_photo_is_cut_out_straightened_and_turned_upright() -> None:
    spec = next(s for s in samples.SAMPLE_DOCUMENTS if s.filename == "IMG_20201120_101233.jpg")
    photo = samples.render_pages(spec)[0]  # the food pantry's letter, photographed sideways
    ready = capture.prepare(photo)
    assert ready.outline is not None and ready.sure and ready.turn == 90
    assert ready.image.height > ready.image.width  # portrait, as the letter reads
    assert geometry.iou(ready.outline, geometry.whole(*photo.size)) < 0.9

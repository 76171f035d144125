"""Find the page in a photo: the four corners of the sheet of paper, or None.

The method, on a small copy of the photo (``WORK_SIDE`` pixels on its longer side):

1. Edges: the gradient of the brightness and of the colourfulness (white paper on a
   light wooden table differs more in colour than in brightness), thinned to one pixel.
2. Lines: a Hough transform in which each edge pixel votes only for lines across its
   own gradient, so text and wood grain add little; the strongest few dozen lines are
   kept, plus the four borders of the photo (for a page cut off by the frame).
3. Outlines: every two roughly parallel lines with two others across them make a
   quadrilateral. Each is scored by how much of its outline runs along a real edge with
   the paper on the same side of every edge, and by whether what lies just inside the
   outline looks like paper (light and plain) — so the sheet beats a table drawn on it,
   its text block, a shadow, or a dark laptop or folder it lies on.
   On a plain desk, lines are looked for again near each side of the best outline
   (``sides``): a page's faint side, outvoted among the strongest lines by a phone, a
   keyboard or the print, is found there, and the outline with it wins on its score.
4. Refinement: on a larger copy, each side is found again along its normal at many
   points and a line fitted through them, dropping the points where a finger or a
   shadow crosses the edge. On a plain desk, a side is then pushed out to a thin dark
   rim beyond it with the page's paper inside: the lit side of white paper on a white
   desk, where the finder took the edge of the print for the side.

``find_page`` says None when the image is the page already (a scan, a screenshot, a
page photographed edge to edge) or when no outline is convincing: a page is never cut
into on a guess. NumPy and Pillow only.

Where each step lives: ``edges`` (1, 2), ``outlines`` and ``sides`` (3), ``refine`` (4), and
``region`` (the map of where the photo is paper, looked at when the edges' outline is
in doubt).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from desktop_app.core.capture import region, sides
from desktop_app.core.capture.edges import Field, light_and_colour, strongest_lines
from desktop_app.core.capture.geometry import Quad, area, as_quad, iou, whole
from desktop_app.core.capture.outlines import best_quad, best_quad_raw, certainty, from_top_left
from desktop_app.core.capture.refine import Planes, reach_rims, refine

WORK_SIDE = 640  # pixels: the small copy the outline is found on
REFINE_SIDE = 1600  # pixels: the copy each side is placed on precisely
# How far (in pixels of the small copy) a side may move when placed on the larger copy.
# A faint side (a receipt's white edge on a white desk) may be several small pixels off
# after the small copy's own refinement: 2.5 left two held-out receipts on a white desk
# at IoU 0.88 and 0.89; 8 finds them (0.97, 0.98), and 90 composites never looked at
# before (7000-7089) come out the same or better (mean 0.9617 -> 0.9620).
BIG_REACH = 8.0
NEARLY_WHOLE = 0.95  # IoU with the whole image above which there is nothing to cut
MIN_SCORE = 0.2  # below this, no outline is believed
SHARE_REACH = 5  # half-side of the neighbourhood the paper map is averaged over
# Share of a photo paper-like beyond which the surface is too (a desk): the paper map
# then says nothing, and the edges decide. At 0.8, white and cluttered desks whose map
# was 65-79 % paper lost a page found right to the map's outline (6 composites in
# 1,080 of three ranges never tuned on; IoU 0.90-0.98 -> 0.16-0.43); every page the map
# rescued lay on a surface under 21 % paper.
SURFACE_PAPER = 0.6
AGREE = 0.85  # IoU from which the edges' outline and the paper map's are one
VAGUE = 0.3  # separation of paper (``region.contrast``) an outline of edges is doubted below
PLAINER = 0.15  # how much more plainly the paper map's outline must separate paper to win
SURE = 0.95  # score of an edges' outline the paper map is not asked about
RIM_REACH = 0.2  # how far out a side is looked for a rim beyond, per side of the page
# Separation of paper the paper region's own outline needs to be taken (when no outline
# of straight edges convinces). On gingham, receipts whose region stood out at 0.38-0.45
# were left whole at 0.5; at 0.35, 40 gingham composites never looked at before
# (9003-9354) went from mean IoU 0.853 to 0.892 (13 -> 11 below 0.90), and stripes, a
# white desk and a cluttered desk (40 each) came out the same or better.
CLEAR = 0.35
# When the edges give no outline at all (on gingham, whose checks set a step level no
# page's side reaches), the paper region is the only outline on offer, and leaving the
# photo whole puts the cloth in the packet: it is taken when it stands out at all. In
# 40 gingham composites never looked at before (12000-12351), five receipts and a
# letter were left whole at 0.35 (their regions' separation 0.20-0.32, the true
# outline's 0.30-0.59: white checks touch the paper's rim).
FAINT_CLEAR = 0.15
# Looks for a faint side near the best outline's (``_second_look``). On a white desk
# and a cluttered desk (40 composites each never looked at before, 12000-12359), the
# mean IoU went from 0.921 to 0.970 and 0.887 to 0.917.
SECOND_LOOKS = 2
# How much better (its raw score) an outline from a second look must be to replace the
# first: a few per cent is a side nudged, not a side found (the faint sides found
# raised it by 37-81 %), and tipped a wooden plank's outline over ``SURE``.
LOOK_GAIN = 1.1


@dataclass(frozen=True)
class Found:
    """An outline and how sure the finder is of it (0..1)."""

    quad: Quad
    score: float


def find_page(image: Image.Image) -> Quad | None:
    """The page's outline in ``image`` pixels, clockwise from the corner nearest the
    image's top-left (the photo as it is, not yet the page as it reads), or None when
    the whole image is the page."""
    big, big_factor = _copy(image, REFINE_SIDE)
    if looks_scanned(big):
        return None
    found = find_outline(image, (big, big_factor))
    if found is None or found.score < MIN_SCORE:
        return None
    if iou(found.quad, whole(*image.size)) >= NEARLY_WHOLE:
        return None
    return found.quad


def looks_scanned(image: Image.Image) -> bool:
    """True when plain paper runs along all four borders of the image: a scan or a
    born-digital page (its margins), not a page lying on a table. Measured: every scan
    and digital page of the sample case and the shared corpus has paper all round (a
    few inked spots at most); the real phone photos have it on two sides at most (a
    receipt on a white table), a composite on a white desk below a keyboard on three."""
    small, _factor = _copy(image, WORK_SIDE)
    light, colour = light_and_colour(small)
    bright = float(np.percentile(light[::3, ::3], 97))
    h, w = light.shape
    b = max(3, int(0.025 * min(h, w)))
    plain = (light > 0.85 * bright) & (colour < 30)
    strips = (plain[:b], plain[-b:], plain[:, :b], plain[:, -b:])
    return all(float(strip.mean()) > 0.6 for strip in strips)


def find_outline(image: Image.Image,
                 big: tuple[Image.Image, float] | None = None) -> Found | None:
    """The most convincing outline in ``image``, however weak (None: not even one).
    ``big``: ``image`` already scaled down for the refinement, and by how much."""
    big_copy, big_factor = big or _copy(image, REFINE_SIDE)
    small, factor = _copy(big_copy, WORK_SIDE)
    factor *= big_factor
    field = Field.of(small)
    lines = strongest_lines(field)
    raw = best_quad_raw(field, lines, small)
    if raw is not None and field.plain:
        raw = _second_look(field, small, lines, raw)
    best = _weigh_paper(field, small, None if raw is None else (raw[0], certainty(raw[1])))
    if best is None:
        return None
    quad, score = best
    # Twice: on the small copy, where a line of the Hough grid may be a degree off (a
    # few pixels at the corners), then on the larger copy, within a few pixels.
    quad = refine(Planes.of(small), quad, reach=6.0)
    planes = Planes.of(big_copy)
    refined = refine(planes, _scale(quad, big_factor / factor),
                     reach=max(4.0, BIG_REACH * big_factor / factor))
    if field.plain:
        refined = reach_rims(planes, refined, RIM_REACH * math.sqrt(area(refined)))
    return Found(_scale(refined, 1 / big_factor), score)


def _second_look(field: Field, small: Image.Image, lines: np.ndarray,
                 best: tuple[Quad, float]) -> tuple[Quad, float]:
    """``best`` (an outline and its raw score), or a better one with lines looked for
    again near its sides (``sides``): a faint side outvoted among the strongest lines.
    Twice: a side found may let the next one be."""
    borders = lines[lines[:, 2] > 0]
    for _look in range(SECOND_LOOKS):
        nearby = sides.nearby_lines(field, best[0])
        if not len(nearby):
            break
        found = best_quad_raw(field, np.vstack([sides.side_lines(best[0]), nearby, borders]),
                              small)
        if found is None or found[1] <= LOOK_GAIN * best[1]:
            break
        best = found
    return best


def _weigh_paper(field: Field, small: Image.Image,
                 best: tuple[Quad, float] | None) -> tuple[Quad, float] | None:
    """``best``, the outline of the photo's straight edges, or an outline found on the
    map of where the photo is paper (``region``): the map's own straight edges, when
    they separate paper from the rest much more plainly and the edges' outline hardly
    does; failing both, the outline of the map's paper region itself, when it stands
    out plainly (or at all, when the edges outline nothing), and over the map's straight
    edges when it separates paper more plainly than they do. On a patterned surface
    (wood's seams, cloth's stripes, gingham's checks) the strongest edges may be the
    surface's; the paper map has only the paper's."""
    pixels = region.paper_pixels(field.light, field.colour, field.bright, region.roughness(
        np.asarray(small.convert("L"), dtype=np.float32)))
    mask = region.paper_mask(region.paper_share(pixels))
    if mask.mean() >= SURFACE_PAPER:
        return best  # the surface is paper-like too (a white desk): the edges decide
    if best is not None and best[1] >= SURE and field.plain:
        # Edged all round on a plain desk, where a keyboard, a phone or a shadow beside
        # the page muddles the map (on cloth, the cloth's lines may edge an outline).
        return best
    chosen = _map_lines(pixels, mask, small, best)
    if chosen is not None and chosen is best and chosen[1] >= MIN_SCORE:
        return chosen
    found = region.outline(mask)
    if found is None:
        return chosen
    plain = region.contrast(mask, found)
    quad = from_top_left(found)
    if chosen is not None and chosen[1] >= MIN_SCORE:
        # The map's own straight edges: its region, when that separates paper more
        # plainly (the straight edges of a region ragged with checks may run a side
        # across the cloth).
        if plain >= CLEAR and plain > region.contrast(mask, chosen[0]):
            return quad, max(plain, chosen[1])
        return chosen
    # No convincing straight outline: on gingham the cloth's lines outnumber the page's,
    # while its white checks are too small to be a region of paper.
    if plain >= CLEAR:
        return quad, plain
    if best is None and plain >= FAINT_CLEAR:
        return quad, max(plain, MIN_SCORE)
    return chosen


def _map_lines(pixels: np.ndarray, mask: np.ndarray, small: Image.Image,
               best: tuple[Quad, float] | None) -> tuple[Quad, float] | None:
    plain = region.contrast(mask, best[0]) if best is not None else 0.0
    if abs(plain) >= VAGUE:
        return best  # the edges' outline plainly holds paper (or plainly not: no map)
    share = region.paper_share(pixels, SHARE_REACH)
    grey = Image.fromarray((share * 255).astype(np.uint8), "L")
    paper = Field.of(Image.merge("RGB", (grey, grey, grey)), soft_edges=True)
    other = best_quad(paper, strongest_lines(paper), small)
    if other is None or best is None:
        return best or other
    if (iou(best[0], other[0]) < AGREE
            and region.contrast(mask, other[0]) > plain + PLAINER):
        return other
    return best


def _scale(quad: Quad, factor: float) -> Quad:
    return as_quad([(x * factor, y * factor) for x, y in quad])


def _copy(image: Image.Image, side: int) -> tuple[Image.Image, float]:
    """``image`` as RGB at most ``side`` pixels long, and the factor it was scaled by."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    factor = min(1.0, side / max(rgb.size))
    if factor < 1.0:
        size = (max(1, round(rgb.width * factor)), max(1, round(rgb.height * factor)))
        whole_steps = int(1 / factor)
        if whole_steps >= 2:  # averaging whole blocks first is much quicker
            rgb = rgb.reduce(whole_steps)
        rgb = rgb.resize(size, Image.Resampling.BOX)
        factor = size[0] / image.width
    return rgb, factor


INK_STEP = 60  # grey levels darker than the paper around it: a stroke of print
INK_NEAR = 9  # pixels (on the small copy): the neighbourhood "the paper around it" is
OUTSIDE_MARGIN = 0.03  # of the copy's longer side: the outline's own rim is left out
OUTSIDE_LIGHT = 0.3  # share of the outside that must be light for its ink to be print
OUTSIDE_MORE = 1.5  # times the print inside that must lie outside (most of the page's)


def ink_outside(image: Image.Image, quad: Quad) -> bool:
    """Whether the picture outside ``quad`` holds more print than inside it (by half):
    dark strokes on light ground, away from the outline's rim. An outline drawn between
    a letter's paragraphs, round a panel of a certificate or a box of a screenshot leaves
    the rest of the page's print outside it; a sheet on a table, a desk or a hand does
    not (a patterned cloth may: the caller weighs the reading, not this alone)."""
    small, factor = _copy(image, WORK_SIDE)
    gray = small.convert("L")
    pixels = np.asarray(gray, dtype=np.int16)
    # The paper around each pixel: a 3 x 3 maximum taken INK_NEAR // 2 times is the
    # INK_NEAR x INK_NEAR one, at a seventh of its cost.
    near = gray
    for _ in range(INK_NEAR // 2):
        near = near.filter(ImageFilter.MaxFilter(3))
    ground = np.asarray(near, dtype=np.int16)
    light = ground > 150
    ink = ((ground - pixels) > INK_STEP) & light
    points = [(x * factor, y * factor) for x, y in quad]
    drawn = Image.new("L", small.size, 0)
    ImageDraw.Draw(drawn).polygon(points, fill=255)
    inside = np.asarray(drawn) > 0
    # The rim: the outline drawn as a thick line (a wide maximum filter costs half a
    # second on a photo's small copy).
    ImageDraw.Draw(drawn).line([*points, points[0]], fill=255, joint="curve",
                               width=2 * max(1, round(OUTSIDE_MARGIN * max(small.size))) + 1)
    outside = ~(np.asarray(drawn) > 0)
    if not outside.any() or float(light[outside].mean()) < OUTSIDE_LIGHT:
        return False
    return int(ink[outside].sum()) >= OUTSIDE_MORE * int(ink[inside].sum())

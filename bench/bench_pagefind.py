"""How well the page is found in phone photos, and which way up it is told to read.

Page outlines (the Jaccard index, IoU, of the found and the true quadrilateral, as in
SmartDoc 2015; no outline found counts as the whole photo):

* composites drawn at run time (``tests/photos.py``: drawn papers on drawn wood, carpet,
  cloth, tables and desks), the tuned numbers and the held-out numbers apart, per
  surface;
* with ``--unseen FROM``: as many composites from FROM, a range nothing was tuned on
  (take a new one each time a change is judged by it);
* with ``--real DIR``: the real phone photos of DIR that ``bench/data/
  real_photos_truth.json`` annotates (by name and SHA-256; the photos are not kept in
  the repository);
* with ``--backgrounds DIR``: drawn papers laid on real photos of bare surfaces (DIR's
  pictures, cut to the photo's size; not kept in the repository either), count / 9 per
  picture, numbered from 5000 (never tuned on).

Which way up (``capture.prepare``, decided before reading): held-out composites laid
upright, then turned 0, 90, 180 and 270 degrees; and the sample case's hand-printed
note. Right, wrong, or left to Tesseract (``--psm 1``) as unsure.

With ``--read N``: the way up after reading, end to end (processing: decided before
reading from the page's lines, or when unsure by reading two small squares of its text
both ways along its lines, then by Tesseract's orientation detection on a small copy,
and failing that by its ``--psm 1`` reading), for the sample case's hand-printed
note, N held-out composites and N held-out forms filled in by hand (and, with
``--real``, the real photos), each turned 0, 90, 180 and 270 degrees.

    .venv/bin/python bench/bench_pagefind.py [--real DIR] [--count 45] [--workers 2]
                                              [--skip-turns] [--read N] [--unseen FROM]
                                              [--backgrounds DIR [--only-backgrounds]]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from desktop_app.core import capture, processing, samples  # noqa: E402
from desktop_app.core.capture import geometry, pagefind  # noqa: E402
from tests import papers, photos  # noqa: E402

TUNED_FROM, HELD_OUT_FROM = 0, 2000  # as in tests/core/test_capture.py
TURNS = (0, 90, 180, 270)


def _summary(name: str, values: list[float]) -> str:
    return (f"{name:<22} n={len(values):3d}  mean {statistics.fmean(values):.3f}  "
            f"median {statistics.median(values):.3f}  min {min(values):.3f}  "
            f"below 0.90: {sum(v < 0.90 for v in values)}")


def composite_iou(number: int) -> tuple[str, float, float]:
    image, truth = photos.composite(number)
    start = time.perf_counter()
    found = pagefind.find_page(image)
    seconds = time.perf_counter() - start
    surface = photos.SURFACE_NAMES[number % len(photos.SURFACE_NAMES)]
    return surface, geometry.iou(found or geometry.whole(*image.size), truth), seconds


def composite_turns(number: int) -> list[str]:
    image, _truth = photos.composite(number, upright=True)
    return [_judge(capture.prepare(image.rotate(turn, expand=True)), turn) for turn in TURNS]


def _judge(ready: capture.Prepared, turn: int) -> str:
    if not ready.sure:
        return "unsure"
    return "right" if ready.turn == turn else "wrong"


def outlines(count: int, workers: int, unseen: int | None = None) -> None:
    """Composites of the tuned and the held-out sets, and with ``unseen`` the ``count``
    from that number: a range no one has looked at, for a figure nothing was tuned on."""
    sets = [("tuned", TUNED_FROM), ("held-out", HELD_OUT_FROM)]
    if unseen is not None:
        sets.append(("unseen", unseen))
    with ProcessPoolExecutor(workers) as pool:
        for label, first in sets:
            results = list(pool.map(composite_iou, range(first, first + count)))
            print(f"== composites, {label} ({first}..{first + count - 1})")
            for surface in photos.SURFACE_NAMES:
                values = [v for s, v, _t in results if s == surface]
                if values:
                    print("  " + _summary(surface, values))
            print("  " + _summary("all", [v for _s, v, _t in results]))
            seconds = statistics.median(t for _s, _v, t in results)
            print(f"  median time to find a page: {seconds:.2f} s")


def real(folder: Path) -> None:
    found = photos.real_photos(folder)
    if not found:
        print(f"== real photos: none of the annotated photos is in {folder}")
        return
    print(f"== real photos in {folder}")
    values: dict[str, float] = {}
    for photo in found:
        with Image.open(photo.path) as im:
            image = im.convert("RGB")
        value = geometry.iou(pagefind.find_page(image) or geometry.whole(*image.size),
                             photo.corners)
        values[photo.path.name] = value
        print(f"  {photo.path.name:<34} {'held out' if photo.held_out else 'tuned':>8}  "
              f"{value:.3f}")
    held = [values[p.path.name] for p in found if p.held_out]
    tuned = [values[p.path.name] for p in found if not p.held_out]
    for name, group in (("tuned", tuned), ("held out", held), ("all", list(values.values()))):
        if group:
            print("  " + _summary(name, group))


BACKGROUND_FROM = 5000  # composites on real background photos: never tuned on


def background_iou(job: tuple[Path, int]) -> tuple[str, float]:
    path, number = job
    with Image.open(path) as im:
        background = im.convert("RGB")
    image, truth = photos.composite(number, background=background)
    found = pagefind.find_page(image)
    return path.name, geometry.iou(found or geometry.whole(*image.size), truth)


def backgrounds(folder: Path, count: int, workers: int) -> None:
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".jpg", ".jpeg", ".png"))
    jobs = [(path, BACKGROUND_FROM + k * 100 + n)
            for k, path in enumerate(files) for n in range(count)]
    with ProcessPoolExecutor(workers) as pool:
        results = list(pool.map(background_iou, jobs))
    print(f"== composites on the real background photos in {folder} "
          f"({count} each, numbers from {BACKGROUND_FROM})")
    for path in files:
        print("  " + _summary(path.stem[:22], [v for n, v in results if n == path.name]))
    print("  " + _summary("all", [v for _n, v in results]))


def turns(count: int, workers: int) -> None:
    with ProcessPoolExecutor(workers) as pool:
        verdicts = list(pool.map(composite_turns, range(HELD_OUT_FROM, HELD_OUT_FROM + count)))
    print(f"== which way up: {count} held-out composites x {len(TURNS)} turns")
    for k, turn in enumerate(TURNS):
        column = [v[k] for v in verdicts]
        print(f"  turned {turn:3d}: right {column.count('right'):3d}  "
              f"wrong {column.count('wrong'):3d}  unsure (psm 1) {column.count('unsure'):3d}")
    note = samples.document_by_name("IMG_20220303_194051.jpg")  # hand-printed, upside down
    photo = samples.render_pages(note)[0]
    base = capture.prepare(photo)
    print(f"  sample hand-printed note as photographed: turn {base.turn}, sure {base.sure} "
          "(the truth: 180)")
    for turn in (90, 180, 270):
        print(f"  ... turned {turn} more: "
              f"{_judge(capture.prepare(photo.rotate(turn, expand=True)), (180 + turn) % 360)}")


def read_turn(job: tuple[int, int, str]) -> str:
    """Composite ``number`` (0: the sample case's hand-printed note) laid upright,
    turned ``turn`` degrees, read end to end by processing (the way up decided before
    reading, or by Tesseract's ``--psm 1`` when unsure): right or wrong."""
    number, turn, tmp = job
    if number:
        image, _truth = photos.composite(number, upright=True)
    else:
        note = samples.document_by_name("IMG_20220303_194051.jpg")
        image = samples.render_pages(note)[0].rotate(180, expand=True)  # taken upside down
    work = Path(tmp) / f"{number}-{turn}"
    work.mkdir()
    path = work / "photo.jpg"
    image.rotate(turn, expand=True).save(path, quality=90)
    job_ = processing.PageJob(page_id=number * 10 + turn // 90, source=path, kind="image",
                              index=0, out_dir=work / "out", tmp_root=work)
    outcome = processing.run_page_job(job_)
    if outcome.error:
        return "error"
    return "right" if outcome.rotation == turn else f"wrong ({outcome.rotation})"


def read_form_turn(job: tuple[int, int, str]) -> bool:
    """A form filled in by hand (``tests/papers.py``, seed ``number``) turned ``turn``
    degrees clockwise, read end to end: is it turned upright?"""
    number, turn, tmp = job
    image, _printed = papers.filled_in_by_hand(random.Random(number))
    work = Path(tmp) / f"form-{number}-{turn}"
    work.mkdir()
    source = work / "page.jpg"
    image.rotate(-turn, expand=True).save(source, quality=90)
    outcome = processing.run_page_job(processing.PageJob(
        page_id=1, source=source, kind="image", index=0, out_dir=work / "out",
        tmp_root=work))
    return outcome.error is None and outcome.rotation == (360 - turn) % 360


def read_forms(count: int, workers: int) -> None:
    import tempfile

    numbers = range(HELD_OUT_FROM, HELD_OUT_FROM + count)  # the tests use seeds 1 to 3
    with tempfile.TemporaryDirectory() as tmp, ProcessPoolExecutor(workers) as pool:
        right = list(pool.map(read_form_turn, [(n, t, tmp) for n in numbers for t in TURNS]))
    print(f"== which way up after reading: {count} held-out forms filled in by hand "
          f"({HELD_OUT_FROM}..) x 4 turns")
    for k, turn in enumerate(TURNS):
        print(f"  turned {turn:3d}: right {sum(right[k::len(TURNS)]):3d} of {count}")


def read_real_turn(job: tuple[Path, int, int, str]) -> bool:
    """Real photo ``path`` turned ``turn`` more, read end to end: does processing turn
    it the way its annotated corners say the page reads?"""
    path, base, turn, tmp = job
    work = Path(tmp) / f"{path.stem}-{turn}"
    work.mkdir()
    source = work / "photo.jpg"
    with Image.open(path) as im:
        im.convert("RGB").rotate(turn, expand=True).save(source, quality=92)
    outcome = processing.run_page_job(processing.PageJob(
        page_id=1, source=source, kind="image", index=0, out_dir=work / "out",
        tmp_root=work))
    return outcome.error is None and outcome.rotation == (base + turn) % 360


def read_real_turns(folder: Path, workers: int) -> None:
    import tempfile

    found = photos.real_photos(folder)
    with tempfile.TemporaryDirectory() as tmp, ProcessPoolExecutor(workers) as pool:
        jobs = [(p.path, capture.reading_turn(p.corners), t, tmp) for p in found
                for t in TURNS]
        right = list(pool.map(read_real_turn, jobs))
    print(f"== which way up after reading: {len(found)} real photos of {folder} x 4 turns")
    for k, turn in enumerate(TURNS):
        column = right[k::len(TURNS)]
        missed = [found[i].path.name for i, ok in enumerate(column) if not ok]
        print(f"  turned {turn:3d}: right {sum(column):3d} of {len(column)}  "
              f"wrong: {', '.join(missed) or '-'}")


def read_turns(count: int, workers: int) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, ProcessPoolExecutor(workers) as pool:
        numbers = [0, *range(HELD_OUT_FROM, HELD_OUT_FROM + count)]
        jobs = [(n, t, tmp) for n in numbers for t in TURNS]
        verdicts = list(pool.map(read_turn, jobs))
    print(f"== which way up after reading (processing end to end): the sample note and "
          f"{count} held-out composites x {len(TURNS)} turns")
    for k, turn in enumerate(TURNS):
        column = verdicts[k::len(TURNS)]
        print(f"  turned {turn:3d}: right {column.count('right'):3d} of {len(column)}"
              f"   note: {column[0]}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--real", type=Path, help="folder of the annotated real photos")
    parser.add_argument("--count", type=int, default=45, help="composites per set")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip-turns", action="store_true")
    parser.add_argument("--backgrounds", type=Path,
                        help="folder of real photos of bare surfaces to lay drawn pages on")
    parser.add_argument("--only-backgrounds", action="store_true",
                        help="with --backgrounds: measure nothing else")
    parser.add_argument("--unseen", type=int, metavar="FROM",
                        help="also measure --count composites from FROM, a range nothing "
                             "was tuned on (each run, a new one: 9000, 10000, ...)")
    parser.add_argument("--read", type=int, default=0, metavar="N",
                        help="also read N held-out composites x 4 turns end to end")
    args = parser.parse_args()
    if args.backgrounds:
        backgrounds(args.backgrounds, max(1, args.count // 9), args.workers)
        if args.only_backgrounds:
            return 0
    if args.real:
        real(args.real)
        if args.read:
            read_real_turns(args.real, args.workers)
    outlines(args.count, args.workers, args.unseen)
    if not args.skip_turns:
        turns(min(args.count, 27), args.workers)
    if args.read:
        read_turns(args.read, args.workers)
        read_forms(args.read, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""OCR quality and speed: the app's page pipeline against plain ``tesseract``, same run.

Quality: word recall (order-free) against the true text of the pages in
``../shared/corpus/ocr`` (and the project's own sample scans), for the app and for plain
``tesseract PAGE - -l eng+spa``. Pages photographed sideways must read as well as upright.

Speed: the same page images through ``processing.run_jobs`` (render, OCR with orientation,
straightening, text layer) and through plain ``tesseract`` with the same number of parallel
processes and ``OMP_THREAD_LIMIT=1``. Alternating rounds; medians and the ratio printed.

    .venv/bin/python bench/bench_ocr.py [--rounds 3] [--pages 12] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core import processing  # noqa: E402
from tests import make  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "ocr"
ENV = dict(os.environ, OMP_THREAD_LIMIT="1")


def plain_tesseract(image: Path) -> str:
    out = subprocess.run(["tesseract", str(image), "-", "-l", "eng+spa"], env=ENV,
                         capture_output=True, check=True)
    return out.stdout.decode("utf-8", "replace")


def app_read(image: Path, work: Path, page_id: int = 0) -> str:
    job = processing.PageJob(page_id=page_id, source=image, kind="image", index=0,
                             out_dir=work / f"out{page_id}", tmp_root=work)
    outcome = processing.run_page_job(job)
    if outcome.error:
        raise RuntimeError(outcome.error)
    return outcome.text


def quality_pages(work: Path) -> list[tuple[str, Path, str]]:
    pages: list[tuple[str, Path, str]] = []
    if CORPUS.is_dir():
        for truth in sorted(CORPUS.glob("*.txt")):
            # "docspell-letter.txt" is the truth of "docspell-letter-scan.jpg".
            exact = [p for p in CORPUS.glob(truth.stem + ".*") if p.suffix != ".txt"]
            loose = [p for p in sorted(CORPUS.glob(truth.stem + "-*")) if p.suffix != ".txt"]
            image = (exact or loose)[0]
            pages.append((f"corpus/{image.name}", image, truth.read_text()))
    else:
        print(f"(the shared corpus is not at {CORPUS}; measuring the project's samples only)")
    from desktop_app.core import samples

    sample_dir = work / "samples"
    sample_dir.mkdir()
    for spec in samples.SAMPLE_DOCUMENTS:
        if spec.suffix not in (".jpg", ".png"):
            continue
        (path,) = samples.write_sample_documents(sample_dir, [spec])
        pages.append((f"sample/{spec.filename}", path, samples.document_text(spec)))
    return pages


def measure_quality(work: Path) -> list[float]:
    print(f"{'page':<48} {'app':>6} {'plain':>6}")
    app_scores: list[float] = []
    plain_scores: list[float] = []
    for number, (name, image, truth) in enumerate(quality_pages(work)):
        app = make.recall(truth, app_read(image, work, number))
        plain = make.recall(truth, plain_tesseract(image))
        app_scores.append(app)
        plain_scores.append(plain)
        print(f"{name:<48} {app:6.3f} {plain:6.3f}")
    print(f"{'mean word recall':<48} {statistics.fmean(app_scores):6.3f} "
          f"{statistics.fmean(plain_scores):6.3f}")
    return app_scores


def speed_pages(work: Path, count: int, turn_every: int) -> list[Path]:
    paths = []
    for i in range(count):
        image = make.page_image([f"Page {i} of the benchmark set", *make.LETTER_TEXT] * 3)
        if turn_every and i % turn_every == turn_every - 1:
            image = image.transpose(Image.Transpose.ROTATE_90)
        paths.append(make.save_image(image, work / f"speed-{turn_every}" / f"p{i:03}.png"))
    return paths


def time_plain(paths: list[Path], workers: int) -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(plain_tesseract, paths))
    return time.perf_counter() - start


def time_app(paths: list[Path], workers: int, work: Path) -> float:
    jobs = [processing.PageJob(page_id=i, source=p, kind="image", index=0,
                               out_dir=work / "app-out" / str(i), tmp_root=work)
            for i, p in enumerate(paths)]
    errors: list[str] = []
    start = time.perf_counter()
    processing.run_jobs(jobs, lambda o: errors.append(o.error) if o.error else None,
                        workers=workers)
    elapsed = time.perf_counter() - start
    if errors:
        raise RuntimeError(errors[0])
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pages", type=int, default=12)
    parser.add_argument("--workers", type=int, default=processing.worker_count())
    parser.add_argument("--skip-quality", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if not args.skip_quality:
            print("== Reading quality (word recall against the true text)")
            scores = measure_quality(work)
            print(f"target mean >= 0.92: {'met' if statistics.fmean(scores) >= 0.92 else 'MISSED'}")
        if args.rounds < 1:
            return 0  # reading quality only
        for turn_every, label in ((0, "all upright"), (4, "every 4th page turned 90°")):
            print(f"\n== Throughput, {label}: {args.pages} Letter pages at 300 dpi, "
                  f"{args.workers} workers, {args.rounds} rounds")
            paths = speed_pages(work, args.pages, turn_every)
            plain_times, app_times = [], []
            for _ in range(args.rounds):
                plain_times.append(time_plain(paths, args.workers))
                app_times.append(time_app(paths, args.workers, work))
            plain, app = statistics.median(plain_times), statistics.median(app_times)
            for name, seconds in (("plain tesseract", plain), ("app pipeline", app)):
                rate = 60 * args.pages / seconds
                print(f"{name + ':':<17}median {seconds:6.2f} s ({rate:5.1f} pages/min)")
            print(f"throughput ratio app/plain: {plain / app:.2f}x (target >= 0.90)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

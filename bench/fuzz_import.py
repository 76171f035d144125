"""Fuzz the import: mutate real PDFs and images and add each mutant to a case.

    .venv/bin/python bench/fuzz_import.py [--seconds 240] [--seed 1] [--ocr-share 0.1]

Seeds are files made here (scanned and digital PDFs, a password-protected PDF, PNG, JPEG
with EXIF orientation, multi-page TIFF, GIF, WebP, BMP) and, when present, every file of
``../shared/corpus``. Each mutant (bit flips, truncation, chunk duplication, header
splicing, zeroed runs) is imported into a case in a throwaway data folder by a worker
process with a memory limit (``RLIMIT_AS``) and a time limit; what imports is drawn
(every page, as the window does) and, for a share of inputs, read by real Tesseract.

Outcomes: ``imported``, ``refused:<error code>``, ``crash`` (an exception that is not
one of the app's own errors, or the worker died) and ``hang`` (over the time limit).
Prints a summary; exits 1 on any crash or hang and writes each such input to
``--keep`` for a regression test.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import multiprocessing as mp
import os
import random
import resource
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"
MEMORY_LIMIT = 2 * 1024**3  # the worker's address space
# Import and draw every page of one file: the app's own bound on checking a PDF, plus a
# margin (a file over the app's bound is refused by the app, not a hang).
IMPORT_SECONDS = 150.0
OCR_PAGE_SECONDS = 60.0  # the time limit the app gives Tesseract on one page
OCR_MAX_PAGES = 4


# --- seeds -----------------------------------------------------------------------------------


def generated_seeds(folder: Path) -> list[Path]:
    import pymupdf
    from PIL import Image

    from tests.make import jpeg_with_orientation, page_image, scanned_pdf, text_pdf

    folder.mkdir(parents=True, exist_ok=True)
    small = (850, 1100)
    page = page_image(["Residential Lease Agreement", "1418 Cedar Avenue"], size=small,
                      font_px=24)
    seeds = [
        scanned_pdf(folder / "scan.pdf", [page, page.rotate(90, expand=True)]),
        text_pdf(folder / "letter.pdf", ["Gulf Coast Builders confirms employment. " * 6,
                                         "Page two of the letter. " * 8]),
        text_pdf(folder / "locked.pdf", ["A protected statement of account. " * 6],
                 password="pw"),
        jpeg_with_orientation(folder / "photo.jpg", page, 6),
    ]
    for name, options in (("page.png", {}), ("page.gif", {}), ("page.bmp", {}),
                          ("page.webp", {"quality": 60})):
        path = folder / name
        page.save(path, **options)  # type: ignore[arg-type]
        seeds.append(path)
    tiff = folder / "pages.tiff"
    page.save(tiff, save_all=True, append_images=[page.rotate(180)], compression="tiff_lzw")
    seeds.append(tiff)
    # A PDF with an image XObject and a text layer, as scanners with OCR write.
    mixed = pymupdf.open()
    buf = io.BytesIO()
    Image.new("L", (400, 500), 200).save(buf, format="PNG")
    p = mixed.new_page()
    p.insert_image(p.rect, stream=buf.getvalue())
    p.insert_text((72, 72), "Statement of earnings for March " * 3)
    mixed.save(folder / "mixed.pdf")
    mixed.close()
    seeds.append(folder / "mixed.pdf")
    return seeds


def corpus_seeds() -> list[Path]:
    from desktop_app.core.formats import SUPPORTED_EXTENSIONS

    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file()
                  and p.suffix.lower() in SUPPORTED_EXTENSIONS)


# --- mutations -------------------------------------------------------------------------------


def mutate(data: bytes, other: bytes, rng: random.Random) -> tuple[str, bytes]:
    if not data:
        return "empty", data
    kind = rng.choice(["flip", "flip", "truncate", "duplicate", "splice", "zero"])
    buf = bytearray(data)
    if kind == "flip":
        for _ in range(rng.choice([1, 2, 8, 32, 128])):
            at = rng.randrange(len(buf))
            buf[at] ^= 1 << rng.randrange(8)
    elif kind == "truncate":
        buf = buf[: rng.randrange(len(buf))]
    elif kind == "duplicate":
        start = rng.randrange(len(buf))
        chunk = buf[start: start + rng.randint(1, 65536)]
        at = rng.randrange(len(buf))
        buf[at:at] = chunk
    elif kind == "splice":  # this file's header on another file's body, or the reverse
        cut = rng.randint(1, min(4096, len(buf)))
        buf = buf[:cut] + other[cut:] if rng.random() < 0.5 else bytearray(other[:cut]) + buf[
            cut:]
    else:
        start = rng.randrange(len(buf))
        length = rng.randint(1, 4096)
        buf[start: start + length] = bytes(len(buf[start: start + length]))
    return kind, bytes(buf)


# --- the worker ------------------------------------------------------------------------------


def _worker(conn: Connection, root: str) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    os.environ["OMP_THREAD_LIMIT"] = "1"
    from desktop_app.errors import AppError
    from desktop_app.services import Services

    while True:
        job = conn.recv()
        if job is None:
            return
        path, ocr, number = job
        data_dir = Path(root) / f"data-{number}"
        result: dict[str, Any] = {}
        try:
            svc = Services.open(data_dir)
            try:
                case = svc.create_case(name="Fuzz")
                outcome = svc.import_files(case.id, [Path(path)])[0]
                result["status"] = outcome.status
                result["code"] = outcome.error_code
                result["error"] = outcome.error
                ocr = ocr and outcome.status == "imported" and outcome.pages <= OCR_MAX_PAGES
                # Tell the parent how long the reading may take (the app's own bound).
                conn.send({"phase": "imported", "ocr_pages": outcome.pages if ocr else 0})
                if outcome.status == "imported" and outcome.document_id:
                    for page in svc.list_pages(outcome.document_id)[:20]:
                        try:
                            svc.pictures.page_image(page.id, dpi=36)
                        except AppError as exc:
                            result.setdefault("render_refused", str(exc))
                    if ocr:
                        summary = svc.process(case.id, workers=1, timeout=OCR_PAGE_SECONDS)
                        result["ocr"] = (summary.done, summary.failed)
            finally:
                svc.close()
        except MemoryError:
            result = {"status": "crash", "error": "MemoryError (not turned into a message)"}
        except AppError as exc:
            result = {"status": "error", "code": getattr(exc, "code", "app-error"),
                      "error": str(exc)}
        except Exception:  # noqa: BLE001 - what the fuzzer looks for
            result = {"status": "crash", "error": traceback.format_exc(limit=8)}
        shutil.rmtree(data_dir, ignore_errors=True)
        conn.send(result)


class Worker:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.proc: Any = None
        self.conn: Connection | None = None

    def start(self) -> None:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, str(self.root)))
        self.proc.start()
        self.conn = parent

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.join()
            self.proc = None

    def run(self, path: Path, ocr: bool, number: int) -> dict[str, Any]:
        if self.proc is None or not self.proc.is_alive():
            self.start()
        assert self.conn is not None
        self.conn.send((str(path), ocr, number))
        limit = IMPORT_SECONDS
        try:
            while True:
                if not self.conn.poll(limit):
                    self.stop()
                    return {"status": "hang", "error": f"no answer in {limit:.0f} s"}
                answer = dict(self.conn.recv())
                if answer.get("phase") != "imported":
                    return answer
                # Reading: the app's own bound per page (a page that takes longer fails
                # with a message), the pages one after another, plus drawing them.
                limit = IMPORT_SECONDS + answer["ocr_pages"] * (OCR_PAGE_SECONDS + 15)
        except (EOFError, OSError):
            code = self.proc.exitcode if self.proc else None
            self.stop()
            return {"status": "crash", "error": f"the worker died (exit code {code})"}


# --- main ------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--seconds", type=float, default=240)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ocr-share", type=float, default=0.1,
                        help="share of imported mutants also read by Tesseract")
    parser.add_argument("--keep", type=Path, default=ROOT / "bench" / "fuzz-findings")
    parser.add_argument("--max-inputs", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="fuzz-"))
    seeds = generated_seeds(work / "seeds") + corpus_seeds()
    contents = {p: p.read_bytes() for p in seeds}
    worker = Worker(work)
    outcomes: Counter[str] = Counter()
    mutations: Counter[str] = Counter()
    findings: list[tuple[str, str, Path]] = []
    ocr_runs = 0
    started = time.monotonic()
    number = 0
    try:
        while time.monotonic() - started < args.seconds and (
                not args.max_inputs or number < args.max_inputs):
            number += 1
            seed = rng.choice(seeds)
            other = contents[rng.choice(seeds)]
            kind, data = mutate(contents[seed], other, rng)
            mutations[kind] += 1
            mutant = work / "in" / f"{number:06d}{seed.suffix.lower()}"
            mutant.parent.mkdir(exist_ok=True)
            mutant.write_bytes(data)
            ocr = rng.random() < args.ocr_share
            result = worker.run(mutant, ocr, number)
            status = result.get("status", "?")
            if status == "error":
                status = f"refused:{result.get('code')}"
            if ocr and "ocr" in result:
                ocr_runs += 1
            outcomes[status] += 1
            if status in ("crash", "hang"):
                args.keep.mkdir(parents=True, exist_ok=True)
                kept = args.keep / f"{status}-{number:06d}-{seed.name}"
                shutil.copyfile(mutant, kept)
                findings.append((status, str(result.get("error", "")), kept))
            mutant.unlink()
    finally:
        if worker.conn is not None:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        worker.stop()
        shutil.rmtree(work, ignore_errors=True)
    elapsed = time.monotonic() - started
    print(f"inputs: {number} from {len(seeds)} seeds ({len(seeds) - len(corpus_seeds())} "
          f"generated, {len(corpus_seeds())} from the corpus) in {elapsed:.0f} s; "
          f"read by Tesseract: {ocr_runs}")
    print("mutations: " + ", ".join(f"{k} {v}" for k, v in sorted(mutations.items())))
    print("outcomes:  " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    for status, error, kept in findings:
        print(f"\n{status.upper()} {kept}\n{error}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())

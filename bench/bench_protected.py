"""What protecting a data folder with a passphrase costs, against the same work on a
plain folder in the same run.

    .venv/bin/python bench/bench_protected.py [--documents 40] [--runs 5]

Builds the same case twice through the real services (scanned PDFs and photos of about
1 MB each, text PDFs; every page marked as read so no Tesseract run is needed), once in a
plain data folder and once in a protected one, then measures, as medians of ``runs``:

* ``import``: adding every file (copied and hashed; sealed when protected);
* ``open + first pages``: opening the folder and drawing the first page of each document
  in a fresh process state (the protected folder unseals each original into its view
  in memory first);
* ``export``: writing the packet;
* ``search``: a full-text query (SQLCipher against SQLite);
* ``protect``: turning a plain folder holding the same case into a protected one, in MB/s
  of data sealed (scrypt, about half a second, included).

Prints each as protected / plain.
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from desktop_app.services import Services, packets, protection  # noqa: E402
from desktop_app.storage import pages  # noqa: E402
from desktop_app.storage.protection import keys  # noqa: E402
from tests.make import page_image, save_image, scanned_pdf, text_pdf  # noqa: E402

PASS = "bench pass phrase"


def make_inputs(folder: Path, documents: int) -> list[Path]:
    rng = random.Random(3)
    folder.mkdir(parents=True)
    made: list[Path] = []
    for n in range(documents):
        kind = n % 3
        if kind == 0:
            pages_ = [page_image([f"Scanned page {n}.{p}", "Rent receipt 1418 Cedar Avenue"])
                      for p in range(3)]
            made.append(scanned_pdf(folder / f"scan-{n}.pdf", pages_))
        elif kind == 1:
            image = page_image([f"Photo {n}", "Pay stub, Gulf Coast Builders"])
            noise = Image.effect_noise(image.size, 40).convert("L")
            made.append(save_image(Image.blend(image, noise, 0.3), folder / f"photo-{n}.jpg",
                                   quality=85))
        else:
            made.append(text_pdf(folder / f"letter-{n}.pdf",
                                 [" ".join(rng.choice(["rent", "lease", "wages", "clinic"])
                                           for _ in range(400)) for _ in range(2)]))
    return made


def fresh(root: Path, protected: bool) -> Path:
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True, mode=0o700)
    if protected:
        keys.write_key_file(root, os.urandom(32), PASS)  # the app's real scrypt cost
        keys.unlock(root, PASS)
    return root


def build(root: Path, inputs: list[Path]) -> tuple[Services, int, float]:
    svc = Services.open(root)
    case = svc.create_case(name="Bench Case")
    started = time.perf_counter()
    outcomes = svc.import_files(case.id, inputs)
    took = time.perf_counter() - started
    assert all(o.status == "imported" for o in outcomes), outcomes
    for n, doc in enumerate(svc.list_documents(case.id)):
        for page in svc.list_pages(doc.id):
            pages.save_ocr(svc.db, page.id, text=f"rent lease page {page.id}", words=[],
                           confidence=90.0, rotation=0, skew=0.0, cleaned=False,
                           languages="eng")
        svc.tag(case.id, doc.id, ("residence", "employment", "medical")[n % 3])
    return svc, case.id, took


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def measure(root: Path, inputs: list[Path], out: Path,
            note: Callable[[str, float], None]) -> None:
    svc, case_id, took = build(root, inputs)
    note("import", took)
    note("export", timed(lambda: packets.write(svc.packets.plan(case_id), out)))
    note("search", timed(lambda: svc.search(case_id, "lease")))
    svc.close()
    if svc.store.protected:  # as in a new session: nothing unsealed yet
        shutil.rmtree(svc.store.vault.view, ignore_errors=True)

    def first_pages() -> None:
        again = Services.open(root)
        try:
            for doc in again.list_documents(case_id):
                again.pictures.page_image(again.list_pages(doc.id)[0].id, dpi=50)
        finally:
            again.close()

    note("open + first pages", timed(first_pages))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-protected-"))
    inputs = make_inputs(work / "in", args.documents)
    size = sum(p.stat().st_size for p in inputs)
    print(f"{len(inputs)} files, {size / 1e6:.1f} MB, {args.runs} runs each")
    results: dict[str, dict[bool, list[float]]] = {}

    def note(name: str, seconds: float, *, protected: bool) -> None:
        results.setdefault(name, {True: [], False: []})[protected].append(seconds)

    for _run in range(args.runs):
        for protected in (False, True):
            measure(fresh(work / ("sealed" if protected else "plain"), protected), inputs,
                    work / "out.pdf", functools.partial(note, protected=protected))
        plain = fresh(work / "convert", False)
        svc, _case_id, _took = build(plain, inputs)
        svc.close()
        stored = sum(p.stat().st_size for p in plain.rglob("*") if p.is_file())
        seconds = timed(lambda: protection.protect(plain, PASS))  # noqa: B023
        note("protect", seconds, protected=True)
        note("protect MB/s", stored / 1e6 / seconds, protected=True)
    for name, by in results.items():
        sealed_median = statistics.median(by[True])
        if not by[False]:
            unit = "MB/s" if "MB/s" in name else "s"
            print(f"{name:20s} protected {sealed_median:8.3f} {unit}")
            continue
        plain_median = statistics.median(by[False])
        print(f"{name:20s} plain {plain_median:8.3f} s   protected {sealed_median:8.3f} s   "
              f"ratio {sealed_median / plain_median:5.2f}x")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The case review on a 200-page case, against a plain SQL read of the same data.

    .venv/bin/python bench/bench_review.py [--pages 200] [--runs 15]

Builds a case in a temporary data folder through the real services: a third of the
pages are scanned pages (JPEG photos and scanned PDFs, 150 dpi, marked as read with
realistic OCR text so no Tesseract run is needed), the rest text PDFs of one to four
pages, ~3,000 characters a page, filed under the four tabs with dates, names, addresses
and dates of birth, a few re-scans, one Spanish letter.

Prints:

* ``language model load``: py3langid's model, loaded once per process (the review
  tells the language of documents the assistant has not looked at);
* ``first review``: the first run, which measures every page's picture (hash, ink,
  darkness) and caches the facts by page id, and tells the documents' languages;
* ``review``: the median of ``runs`` later reviews (what the window and the CLI pay
  each time the case changes);
* ``SQL read``: the median time to read the same rows (documents, pages with text, facts)
  with one plain query and ``fetchall``, and the ratio review / SQL read;
* the split of a review: gathering the data (queries) and the checks themselves;
* the duplicate check on real OCR (issue 17): the sample pay stub photo, a copy of it 90 % as
  large at JPEG quality 55 (and the same two at 30 % size, whose OCR text differs), the
  same paper photographed again, and the next pay stub of the same employer: which pairs
  the review reports as copies, the look distance of each pair (bits of 256), and the
  time to measure a page's look against Pillow's own decode of the same file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core.assistant.language import detect_language  # noqa: E402
from desktop_app.core.review import run_review  # noqa: E402
from desktop_app.core.review.facts import look_distance, measure_page  # noqa: E402
from desktop_app.services import Services  # noqa: E402
from desktop_app.storage import pages as page_store  # noqa: E402
from tests.make import scanned_pdf, text_pdf  # noqa: E402

WORDS = ("rent", "lease", "apartment", "tenant", "landlord", "month", "payment",
         "electric", "water", "bill", "service", "account", "employer", "wages", "hours",
         "week", "salary", "clinic", "patient", "visit", "doctor", "treatment",
         "community", "church", "volunteer", "school", "parent", "letter", "statement",
         "period", "balance", "due", "address", "street", "avenue", "city", "county",
         "records", "insurance", "notice", "amount", "total")
TABS = ("residence", "employment", "medical", "community")
NAMES = ("Maria Hernandez", "María E. Hernández", "Hernandez, Maria", "M. Hernandez Lopez")


def page_text(rng: random.Random, n: int) -> str:
    head = (f"Name: {rng.choice(NAMES)}\nAddress: 1418 Cedar Avenue, Houston TX\n"
            f"Date of birth: 03/14/1988\nStatement number {n}\n")
    body = " ".join(rng.choice(WORDS) + ("." if rng.random() < 0.08 else "")
                    for _ in range(430))
    return head + body


def scan_image(text: str) -> Image.Image:
    image = Image.new("L", (1275, 1650), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=22)
    for row, start in enumerate(range(0, min(len(text), 2400), 80)):
        draw.text((90, 90 + row * 40), text[start:start + 80], font=font, fill=0)
    image.info["dpi"] = (150, 150)
    return image


def build_case(svc: Services, folder: Path, total_pages: int) -> int:
    rng = random.Random(5)
    case = svc.create_case(name="María Elena Hernández López", date_of_birth="1988-03-14",
                           address="1418 Cedar Avenue, Houston TX 77002",
                           a_number="A123456789", relief="deferred action",
                           phone="713-555-0142", key_factors="Ten years in Houston.",
                           in_us_since="2016-01-10")
    today = dt.date.today()
    pages = made = 0
    scans: list[tuple[int, str]] = []
    while pages < total_pages:
        made += 1
        if made % 3 == 0:
            text = page_text(rng, made)
            path = folder / f"scan-{made}.{'jpg' if made % 2 else 'pdf'}"
            if made % 2:
                scan_image(text).convert("RGB").save(path, quality=80, dpi=(150, 150))
            else:
                scanned_pdf(path, [scan_image(text)])
            count = 1
        else:
            count = min(rng.randint(1, 4), total_pages - pages)
            path = text_pdf(folder / f"doc-{made}.pdf",
                            [page_text(rng, made * 10 + i) for i in range(count)])
            text = ""
        [outcome] = svc.import_files(case.id, [path])
        assert outcome.document_id is not None
        doc_id = outcome.document_id
        if text:
            scans.append((doc_id, text))
        svc.tag(case.id, doc_id, TABS[made % 4])
        svc.set_date(case.id, doc_id, (today - dt.timedelta(days=25 * made)).isoformat())
        pages += count
    for doc_id, text in scans:  # what OCR would have stored
        for page in svc.list_pages(doc_id):
            page_store.save_ocr(svc.db, page.id, text=text, words=[], confidence=91.0,
                                rotation=0, skew=0.0, cleaned=False, languages="eng+spa")
    return case.id


def sql_read(db_path: Path, case_id: int) -> None:
    conn = sqlite3.connect(db_path)
    try:
        conn.execute(
            "SELECT d.id, d.title, d.doc_date, d.language, d.tab_id, p.id, p.text,"
            " p.confidence, p.width, p.height, p.status, f.dhash, f.ink, f.mean"
            " FROM documents d JOIN pages p ON p.document_id = d.id"
            " LEFT JOIN page_facts f ON f.page_id = p.id WHERE d.case_id = ?"
            " ORDER BY d.id, p.source_index", [case_id]).fetchall()
    finally:
        conn.close()


def timed(work: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def duplicate_check(folder: Path) -> None:
    """The review's duplicate check on the sample pay stub and its copies, read by real
    Tesseract."""
    from PIL import Image as PILImage

    from tests.services.test_review_duplicates import SECOND_STUB, jpeg, stub_photo

    photo = stub_photo()
    small = photo.resize((photo.width * 3 // 10, photo.height * 3 // 10))
    files = {
        "pay stub photo": jpeg(photo, folder / "stub.jpg", quality=90),
        "copy 90 %, JPEG 55": jpeg(photo, folder / "stub-copy.jpg", scale=0.9, quality=55),
        "small photo (30 %)": jpeg(small, folder / "small.jpg", quality=80),
        "its copy 90 %, JPEG 55": jpeg(small, folder / "small-copy.jpg", scale=0.9,
                                       quality=55),
        "photographed again": jpeg(stub_photo("IMG_20230617_090000.jpg"),
                                   folder / "again.jpg", scale=0.8, quality=70),
        "next pay stub": jpeg(stub_photo("IMG_20230701_101010.jpg", SECOND_STUB),
                              folder / "next.jpg"),
    }
    svc = Services.open(folder / "dup-data")
    try:
        case = svc.create_case(name="Maria Hernandez")
        outcomes = svc.import_files(case.id, list(files.values()))
        ids = {name: o.document_id for name, o in zip(files, outcomes, strict=True)}
        svc.process(case.id, workers=2)
        found = [f for f in svc.review.findings(case.id) if f.code == "duplicate"]
        data = {d.id: d for d in svc.review.gather(case.id).documents}
    finally:
        svc.close()
    name_of = {doc: name for name, doc in ids.items()}
    print("duplicate check (real OCR):")
    first = ids["pay stub photo"]
    for name, doc in ids.items():
        if doc == first:
            continue
        a, b = data[first].pages[0].look, data[doc].pages[0].look  # type: ignore[index]
        pair = [f for f in found if f.document_id == doc]
        said = (f"reported as a copy of {name_of[pair[0].related[0]]!r}" if pair
                else "not reported")
        distance = look_distance(a, b) if a and b else None
        print(f"  {name:<24} look distance to the photo {distance!s:>4}/256   {said}")
    timings, raw = [], []
    path = files["pay stub photo"]
    for _ in range(5):
        start = time.perf_counter()
        measure_page(path, "image", 0, 0)
        timings.append(time.perf_counter() - start)
        start = time.perf_counter()
        with PILImage.open(path) as im:
            im.draft("L", (400, 400))
            im.convert("L").thumbnail((400, 400))
        raw.append(time.perf_counter() - start)
    look, decode = statistics.median(timings), statistics.median(raw)
    print(f"  measuring a page (look, ink, darkness), median: {look * 1000:6.1f} ms; "
          f"Pillow's decode alone {decode * 1000:6.1f} ms; ratio {look / decode:4.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-duplicates", action="store_true",
                        help="skip the duplicate check (it runs Tesseract on 6 photos)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-review-") as tmp:
        folder = Path(tmp)
        (folder / "in").mkdir()
        svc = Services.open(folder / "data")
        try:
            case_id = build_case(svc, folder / "in", args.pages)
            pages = sum(d.pages for d in svc.list_documents(case_id))
            docs = len(svc.list_documents(case_id))
            start = time.perf_counter()
            detect_language("loading the language model once per process " * 3)
            model = time.perf_counter() - start
            start = time.perf_counter()
            found = svc.review.findings(case_id)
            first = time.perf_counter() - start
            warm = timed(lambda: svc.review.findings(case_id), args.runs)
            gather = timed(lambda: svc.review.gather(case_id), args.runs)
            data = svc.review.gather(case_id)
            checks = timed(lambda: run_review(data), args.runs)
            raw = timed(lambda: sql_read(svc.store.root / "evidence.db", case_id), args.runs)
        finally:
            svc.close()
    print(f"case: {docs} documents, {pages} pages, {len(found)} findings")
    print(f"language model load (once per process):        {model * 1000:8.1f} ms")
    print(f"first review (measures and caches page facts): {first * 1000:8.1f} ms")
    print(f"review, median of {args.runs}:                  {warm * 1000:8.1f} ms")
    print(f"  gathering the data:                          {gather * 1000:8.1f} ms")
    print(f"  the checks:                                  {checks * 1000:8.1f} ms")
    print(f"SQL read of the same rows, median:             {raw * 1000:8.1f} ms")
    print(f"ratio review / SQL read:                       {warm / raw:8.1f}x")
    if not args.no_duplicates:
        with tempfile.TemporaryDirectory(prefix="bench-duplicates-") as tmp:
            duplicate_check(Path(tmp))


if __name__ == "__main__":  # the OCR workers are processes: only the parent runs main()
    main()

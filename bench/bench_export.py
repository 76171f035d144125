"""Packet export against raw PyMuPDF doing the minimal job, measured in the same run.

    .venv/bin/python bench/bench_export.py [--docs 50] [--pages 10] [--runs 3]

Generates ``docs`` scanned-like documents of ``pages`` pages each in a temporary folder
(half of them folders of JPEG page photos, half scanned PDFs with one JPEG per page),
then builds, ``runs`` times each and alternately, in fresh worker processes:

* ``packet``: ``build_packet`` - cover, linked index, a divider per tab, every page
  placed and stamped (page n of N, exhibit id, Bates number), bookmarks, metadata
  cleared, atomic write;
* ``raw``: a new PyMuPDF document with the same images inserted and the same PDFs
  appended, saved with the same options (straight to a file name, MuPDF's fast path);
* ``raw-job`` (with ``--job``): ``raw`` plus what else the packet does, the way a script
  over plain PyMuPDF would: a first page listing the exhibits, each row a link; every
  page stamped with ``insert_text`` (page n of N, exhibit id, Bates number); bookmarks
  for tabs and exhibits; metadata cleared. No cover or dividers, no fitting PDF pages
  above the footer, no atomic write: still less than the packet does.

Prints the median times (wall clock and CPU) and their ratio against ``raw`` (the
issue's target: <= 1.5x), the packet's size against the total size of the inputs (target
<= 1.1x), and each worker's peak memory (max RSS).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import io
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _typeshed import HasFileno

import pymupdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core.export.packet import SAVE_OPTIONS, build_packet  # noqa: E402
from desktop_app.core.export.plan import (  # noqa: E402
    CoverInfo,
    Exhibit,
    PacketPlan,
    PageSource,
    TabSection,
)
from desktop_app.core.export.profiles import get_profile  # noqa: E402

PAGE_PX = (1275, 1650)  # Letter at 150 dpi, a typical phone-scan resolution
WORDS = [
    "lease",
    "rent",
    "tenant",
    "landlord",
    "payment",
    "statement",
    "account",
    "employer",
    "wages",
    "hours",
    "school",
    "enrollment",
    "clinic",
    "treatment",
    "letter",
    "support",
    "community",
    "volunteer",
    "parish",
    "Springfield",
    "March",
    "April",
    "total",
    "balance",
    "due",
    "received",
    "signed",
    "date",
]


# --- inputs ---------------------------------------------------------------------------------


def _backgrounds(count: int, rng: random.Random) -> list[Image.Image]:
    """Off-white, slightly noisy paper, as a scan or phone photo has."""
    papers = []
    for _ in range(count):
        noise = Image.effect_noise(PAGE_PX, 18).filter(ImageFilter.GaussianBlur(0.6))
        tint = Image.new("L", PAGE_PX, 236 + rng.randrange(10))
        papers.append(Image.blend(tint, noise, 0.25))
    return papers


def _page(paper: Image.Image, title: str, rng: random.Random) -> Image.Image:
    image = paper.copy()
    draw = ImageDraw.Draw(image)
    big, small = ImageFont.load_default(size=44), ImageFont.load_default(size=28)
    draw.text((110, 110), title, font=big, fill=30)
    y = 210
    for _ in range(rng.randrange(18, 30)):
        line = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(6, 11)))
        draw.text((110, y), line, font=small, fill=40)
        y += 46
    return image


def _jpeg(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=75, dpi=(150, 150))
    return buf.getvalue()


def generate(folder: Path, docs: int, pages: int, seed: int = 7) -> list[dict[str, Any]]:
    """Write the documents; returns a manifest: kind, files or path, title."""
    rng = random.Random(seed)
    papers = _backgrounds(6, rng)
    manifest: list[dict[str, Any]] = []
    for d in range(docs):
        title = f"Document {d + 1}"
        images = [
            _jpeg(_page(rng.choice(papers), f"{title}, page {p + 1}", rng)) for p in range(pages)
        ]
        if d % 2 == 0:
            files = []
            for p, data in enumerate(images):
                path = folder / f"doc{d:03d}-p{p:02d}.jpg"
                path.write_bytes(data)
                files.append(str(path))
            manifest.append({"kind": "image", "files": files, "title": title})
        else:
            pdf = pymupdf.open()
            for data in images:
                page = pdf.new_page(width=612, height=792)
                page.insert_image(page.rect, stream=data)
            path = folder / f"doc{d:03d}.pdf"
            pdf.save(path, garbage=3, deflate=True)
            pdf.close()
            manifest.append({"kind": "pdf", "path": str(path), "pages": pages, "title": title})
    return manifest


def input_size(manifest: list[dict[str, Any]]) -> int:
    total = 0
    for doc in manifest:
        if doc["kind"] == "image":
            total += sum(Path(f).stat().st_size for f in doc["files"])
        else:
            total += Path(str(doc["path"])).stat().st_size
    return total


# --- the two jobs ---------------------------------------------------------------------------


def _plan(manifest: list[dict[str, Any]]) -> PacketPlan:
    per_tab = max(1, len(manifest) // 5)
    tabs: list[TabSection] = []
    for t in range(0, len(manifest), per_tab):
        letter = chr(ord("A") + len(tabs))
        exhibits = []
        for n, doc in enumerate(manifest[t : t + per_tab], start=1):
            if doc["kind"] == "image":
                pages = tuple(PageSource(Path(f), "image", 0) for f in doc["files"])
            else:
                pages = tuple(
                    PageSource(Path(str(doc["path"])), "pdf", i)
                    for i in range(int(str(doc["pages"])))
                )
            exhibits.append(Exhibit(f"{letter}-{n}", str(doc["title"]), dt.date(2023, 1, n), pages))
        tabs.append(
            TabSection(letter, f"Section {letter}", "Generated documents.", tuple(exhibits))
        )
    cover = CoverInfo(
        applicant="María Hernández Peña",
        a_number="A-123-456-789",
        relief="Deferred action",
        key_factors="Benchmark packet. " * 40,
    )
    return PacketPlan(
        cover=cover, tabs=tuple(tabs), prepared_on=dt.date(2025, 5, 12), bates_prefix="DA-"
    )


def run_packet(manifest: list[dict[str, Any]], out: Path) -> None:
    # --profile: for a destination, the image pages are made smaller first (packing, in
    # worker processes; nothing is cached between runs here: every run is a first export)
    # (its size limit lifted: one file, so the sizes compare; cutting costs one more write
    # of the pages only when a part comes out larger than estimated)
    profile = get_profile(os.environ.get("BENCH_EXPORT_PROFILE") or None)
    build_packet(_plan(manifest), out, profile=dataclasses.replace(profile, max_bytes=None))


def run_raw(manifest: list[dict[str, Any]], out: Path) -> None:
    doc = pymupdf.open()
    for item in manifest:
        if item["kind"] == "image":
            for f in item["files"]:
                page = doc.new_page(width=612, height=792)
                page.insert_image(pymupdf.Rect(36, 36, 576, 745), filename=str(f))
        else:
            src = pymupdf.open(str(item["path"]))
            doc.insert_pdf(src)
            src.close()
    doc.save(out, **SAVE_OPTIONS)  # the options build_packet uses, straight to a file name
    doc.close()


def run_raw_job(manifest: list[dict[str, Any]], out: Path) -> None:
    plan = _plan(manifest)
    doc = pymupdf.open()
    doc.new_page(width=612, height=792)  # the listing, written once the pages are in
    stamps: list[str] = [""]  # the exhibit id of each page
    toc: list[list[Any]] = []
    rows: list[tuple[str, int]] = []
    for tab in plan.tabs:
        toc.append([1, f"{tab.letter}. {tab.title}", len(stamps) + 1])
        for exhibit in tab.exhibits:
            first = len(stamps) + 1
            toc.append([2, f"{exhibit.exhibit_id} {exhibit.title}", first])
            rows.append((f"{exhibit.exhibit_id}  {exhibit.title}  p. {first}", first))
            source = exhibit.pages[0]
            if source.kind == "image":
                for page_source in exhibit.pages:
                    page = doc.new_page(width=612, height=792)
                    page.insert_image(
                        pymupdf.Rect(36, 36, 576, 745), filename=str(page_source.path)
                    )
            else:
                src = pymupdf.open(source.path)
                doc.insert_pdf(src)
                src.close()
            stamps += [exhibit.exhibit_id] * len(exhibit.pages)
    listing = doc[0]
    for n, (text, target) in enumerate(rows):
        y = 72 + n * 13
        listing.insert_text((72, y), text, fontsize=10)
        listing.insert_link(
            {"kind": pymupdf.LINK_GOTO, "from": pymupdf.Rect(72, y - 10, 540, y + 3),
             "page": target - 1, "to": pymupdf.Point(0, 0), "zoom": 0}
        )
    total = doc.page_count
    for number, (page, exhibit_id) in enumerate(zip(doc, stamps, strict=True), start=1):
        bottom = page.rect.height - 12
        page.insert_text((270, bottom), f"Page {number} of {total}", fontsize=9)
        if exhibit_id:
            page.insert_text((36, bottom), f"Exhibit {exhibit_id}", fontsize=9)
        page.insert_text((500, bottom), f"DA-{number:06d}", fontsize=9)
    doc.set_toc(toc)
    doc.set_metadata({})
    doc.del_xml_metadata()
    doc.save(out, **SAVE_OPTIONS)
    doc.close()


JOBS = {"packet": run_packet, "raw": run_raw, "raw-job": run_raw_job}


def child(mode: str, manifest_path: Path, out: Path) -> None:
    manifest = json.loads(manifest_path.read_text())
    fsync_seconds = 0.0
    real_fsync = os.fsync

    def timed_fsync(fd: int | HasFileno) -> None:  # the durable write waits on the disk
        nonlocal fsync_seconds
        start = time.perf_counter()
        real_fsync(fd)
        fsync_seconds += time.perf_counter() - start

    os.fsync = timed_fsync
    start, cpu = time.perf_counter(), time.process_time()
    JOBS[mode](manifest, out)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {"seconds": seconds, "cpu": cpu, "fsync": fsync_seconds, "peak_mb": peak_kb / 1024}
        )
    )


def measure(mode: str, manifest_path: Path, out: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(manifest_path), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _runs(results: list[dict[str, float]]) -> str:
    return ", ".join(f"{r['seconds']:.2f}" for r in results)


def _peak(results: list[dict[str, float]]) -> float:
    return max(r["peak_mb"] for r in results)


# --- main -----------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=50)
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--job", action="store_true", help="also time raw-job: raw plus stamps, links, bookmarks"
    )
    parser.add_argument("--profile", help="export for this destination (e.g. uscis-online): "
                        "the image pages are made smaller; default: pictures as they are")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "MANIFEST", "OUT"))
    args = parser.parse_args()
    if args.profile:
        os.environ["BENCH_EXPORT_PROFILE"] = args.profile
    if args.child:
        mode, manifest_path, out = args.child
        child(mode, Path(manifest_path), Path(out))
        return

    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        manifest = generate(folder, args.docs, args.pages)
        manifest_path = folder / "manifest.json"
        manifest_path.write_text(json.dumps(manifest))
        total_in = input_size(manifest)
        print(
            f"inputs: {args.docs} documents x {args.pages} pages = {args.docs * args.pages} "
            f"pages, {total_in / 1e6:.1f} MB (generated in {time.perf_counter() - start:.1f} s)"
        )

        modes = ("raw", "packet", "raw-job") if args.job else ("raw", "packet")
        results: dict[str, list[dict[str, float]]] = {mode: [] for mode in modes}
        for run in range(args.runs):
            order = modes if run % 2 == 0 else tuple(reversed(modes))
            for mode in order:
                results[mode].append(measure(mode, manifest_path, folder / f"{mode}.pdf"))

        raw_t = statistics.median(r["seconds"] for r in results["raw"])
        packet_t = statistics.median(r["seconds"] for r in results["packet"])
        raw_cpu = statistics.median(r["cpu"] for r in results["raw"])
        packet_cpu = statistics.median(r["cpu"] for r in results["packet"])
        packet_pdf = pymupdf.open(folder / "packet.pdf")
        pages = packet_pdf.page_count
        packet_pdf.close()
        packet_size = (folder / "packet.pdf").stat().st_size
        raw_size = (folder / "raw.pdf").stat().st_size
        print(
            f"raw PyMuPDF   median {raw_t:6.2f} s  ({_runs(results['raw'])})  "
            f"peak {_peak(results['raw']):.0f} MB  size {raw_size / 1e6:.1f} MB"
        )
        print(
            f"build_packet  median {packet_t:6.2f} s  ({_runs(results['packet'])})  "
            f"peak {_peak(results['packet']):.0f} MB  size {packet_size / 1e6:.1f} MB, "
            f"{pages} pages"
        )
        fsync_t = statistics.median(r["fsync"] for r in results["packet"])
        print(f"  (the packet's wall time includes {fsync_t:.2f} s of fsync; raw does not fsync)")
        print(
            f"time ratio packet/raw: {packet_t / raw_t:.2f}x wall, "
            f"{packet_cpu / raw_cpu:.2f}x CPU ({packet_cpu:.2f} s / {raw_cpu:.2f} s) "
            "(target <= 1.5x)"
        )
        fastest = min(r["seconds"] for r in results["packet"]) / min(
            r["seconds"] for r in results["raw"]
        )
        print(f"  (fastest run against fastest run: {fastest:.2f}x; on a busy machine the")
        print("   medians wander with other people's work, the fastest runs much less)")
        print(f"size ratio packet/inputs: {packet_size / total_in:.3f}x (target <= 1.1x)")
        if args.job:
            job_t = statistics.median(r["seconds"] for r in results["raw-job"])
            job_cpu = statistics.median(r["cpu"] for r in results["raw-job"])
            print(
                f"raw-job       median {job_t:6.2f} s  ({_runs(results['raw-job'])})  "
                f"peak {_peak(results['raw-job']):.0f} MB"
            )
            print(
                f"time ratio packet/raw-job: {packet_t / job_t:.2f}x wall, "
                f"{packet_cpu / job_cpu:.2f}x CPU (raw-job does less than the packet: "
                "no cover, dividers or fitting)"
            )


if __name__ == "__main__":
    main()

from __future__ import annotations

import json
import os
import random
import shutil
import string
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest
from PIL import Image, ImageDraw, ImageFont

from desktop_app.core import capture, processing, samples
from desktop_app.core.capture.geometry import as_quad, iou
from desktop_app.services import Services
from desktop_app.services.packets import FilingOptions
from desktop_app.storage import pages as page_store
from tests import make, papers, photos
from tests.conftest import stored_original

TRUTH = "\n".join(make.LETTER_TEXT)


def _small_page(lines: list[str] | None = None) -> Image.Image:
    image = make.page_image(lines, size=(1275, 1650), font_px=26)
    image.info["dpi"] = (150, 150)
    return image


def _read_one(source: Path, tmp_path: Path, kind: str = "image",
              **options: str) -> processing.PageOutcome:
    """The first page of ``source`` read by a page worker's job, in this process."""
    return processing.run_page_job(processing.PageJob(
        page_id=1, source=source, kind=kind, index=0, out_dir=tmp_path / "out",
        tmp_root=tmp_path, **options))


def test_processing_reads_every_page_turns_it_upright_and_makes_it_searchable(
    services: Services, tmp_path: Path
) -> None:
    case = services.create_case(name="Rosa Díaz")
    upright = make.save_image(_small_page(), tmp_path / "lease.png")
    sideways = make.save_image(_small_page(["Pay stub for the week ending May 12",
                                            "Employer Any Company Corporation",
                                            "Net pay four hundred dollars"]).transpose(
        Image.Transpose.ROTATE_90), tmp_path / "paystub.png")
    scanned = make.scanned_pdf(tmp_path / "scan.pdf", [_small_page(), _small_page()])
    services.import_files(case.id, [upright, sideways, scanned])
    assert services.pending_pages(case.id) == 4
    seen: list[tuple[int, int]] = []
    summary = services.process(case.id, progress=lambda done, total: seen.append((done, total)))
    assert (summary.done, summary.failed) == (4, 0)
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    docs = services.list_documents(case.id)
    assert [d.status for d in docs] == ["ready"] * 3
    assert all(d.ocr_confidence and d.ocr_confidence > 80 for d in docs)
    lease_page = services.list_pages(docs[0].id)[0]
    assert make.recall(TRUTH, lease_page.text) >= 0.95
    stub_page = services.list_pages(docs[1].id)[0]
    assert stub_page.rotation_auto == 90 and stub_page.rotation == 90  # turned left: 90° back
    assert "Employer" in stub_page.text
    # Word boxes and confidences are kept.
    words = json.loads(services.db.execute(
        "SELECT words FROM pages WHERE id = ?", [lease_page.id]).fetchone()[0])
    assert any(w[5] == "Lease" and w[4] > 50 for w in words)
    # The invisible text layer is ready for the packet.
    layer = services.store.derived_dir(lease_page.id) / processing.TEXT_LAYER
    with pymupdf.open(layer) as doc:
        assert "Lease" in doc[0].get_text()
    hits = services.search(case.id, "employer")
    assert [(h.document_id, h.page) for h in hits] == [(docs[1].id, 1)]
    assert services.pending_pages() == 0
    assert not list(services.store.tmp.iterdir())  # scratch files cleaned up


def test_a_scanner_s_old_style_jpeg_tiff_is_imported_read_upright_and_exported(
    services: Services, tmp_path: Path
) -> None:
    """A production scanner (a Kodak i4600) saves its pages as TIFFs in the old-style JPEG
    compression, which Pillow and Tesseract refuse: such a page, stored sideways with the
    tag that stands it up, is imported, read upright and put in the packet, not refused
    as damaged."""
    sideways = _small_page().transpose(Image.Transpose.ROTATE_90)
    scan = make.old_jpeg_tiff(tmp_path / "registro.tif", sideways, orientation=6)
    with Image.open(scan) as im, pytest.raises(OSError):
        im.load()  # what refused it before
    case = services.create_case(name="Rosa Díaz")
    (outcome,) = services.import_files(case.id, [scan])
    assert (outcome.status, outcome.pages) == ("imported", 1), outcome
    summary = services.process(case.id)
    assert (summary.done, summary.failed) == (1, 0)
    (doc,) = services.list_documents(case.id)
    (page,) = services.list_pages(doc.id)
    assert make.recall(TRUTH, page.text) >= 0.95 and page.rotation == 0
    services.tag(case.id, doc.id, "residence")
    result, _filing = services.record.export(case.id, tmp_path / "packet.pdf",
                                             FilingOptions())
    with pymupdf.open(result.path) as packet:
        last = packet[-1]
        assert "Residential Lease Agreement" in last.get_text()
        assert last.rect.width < last.rect.height  # upright, as the tag stands it


def test_skewed_page_is_straightened_and_reads_better(services: Services, tmp_path: Path) -> None:
    case = services.create_case(name="A")
    skewed = _small_page().rotate(-3, expand=True, fillcolor=255)
    path = make.save_image(skewed, tmp_path / "crooked.png")
    services.import_files(case.id, [path])
    services.process(case.id)
    (page,) = services.list_pages(services.list_documents(case.id)[0].id)
    assert page.cleaned and page.skew < -1
    assert make.recall(TRUTH, page.text) >= 0.9
    clean = processing.clean_image(services.store.derived_dir(page.id))
    assert clean is not None and clean.is_file()
    # The original is untouched.
    doc = services.list_documents(case.id)[0]
    assert services.store.originals.path(doc.sha256).read_bytes() == path.read_bytes()


def test_a_failing_page_is_marked_with_its_reason_and_the_rest_continue(
    services: Services, tmp_path: Path
) -> None:
    case = services.create_case(name="A")
    good = make.save_image(_small_page(), tmp_path / "good.png")
    doomed = make.save_image(_small_page(["Doomed page"]), tmp_path / "doomed.png")
    services.import_files(case.id, [doomed, good])
    bad_doc, good_doc = services.list_documents(case.id)
    # Provoke a fault: the stored original vanishes from under the worker.
    original = stored_original(services, bad_doc.sha256)
    original.chmod(0o600)
    original.write_bytes(b"")
    summary = services.process(case.id)
    assert (summary.done, summary.failed) == (1, 1)
    bad_doc, good_doc = services.list_documents(case.id)
    assert bad_doc.status == "failed" and good_doc.status == "ready"
    assert bad_doc.errors and "page 1" in bad_doc.errors[0]
    # Retrying puts the page back in the queue.
    assert services.retry_failed(bad_doc.id) == 1
    assert services.get_document(bad_doc.id).status == "pending"


def test_pending_work_survives_a_restart_and_resumes(data_dir: Path, tmp_path: Path) -> None:
    svc = Services.open(data_dir)
    case = svc.create_case(name="A")
    svc.import_files(case.id, [make.save_image(_small_page(), tmp_path / "a.png"),
                               make.save_image(_small_page(["Second"]), tmp_path / "b.png")])
    # A crash in the middle of processing leaves a page marked 'processing'.
    first = page_store.pending(svc.db, case.id)[0]
    page_store.mark_processing(svc.db, [first.page_id])
    svc.close()
    again = Services.open(data_dir)
    try:
        assert [d.status for d in again.list_documents(case.id)] == ["processing", "pending"]
        summary = again.process(case.id)
        assert summary.done == 2
        assert [d.status for d in again.list_documents(case.id)] == ["ready", "ready"]
    finally:
        again.close()


def test_stop_request_leaves_unfinished_pages_in_the_queue(
    services: Services, tmp_path: Path
) -> None:
    case = services.create_case(name="A")
    files = [make.save_image(_small_page([f"Page number {i}"]), tmp_path / f"{i}.png")
             for i in range(6)]
    services.import_files(case.id, files)
    finished: list[int] = []
    summary = services.process(case.id, workers=1,
                               progress=lambda done, total: finished.append(done),
                               should_stop=lambda: len(finished) >= 2)
    assert 1 <= summary.done < 6
    assert services.pending_pages(case.id) == 6 - summary.done
    statuses = {d.status for d in services.list_documents(case.id)}
    assert "processing" not in statuses
    services.process(case.id)
    assert services.pending_pages(case.id) == 0


# One worker is the plain case; two is what the app runs on two cores. The everyday run
# keeps two; the whole suite runs both.
ONE_AND_TWO = [pytest.param(1, marks=pytest.mark.slow), 2]


@pytest.mark.parametrize("workers", ONE_AND_TWO)
def test_run_jobs_reports_every_job_once(tmp_path: Path, workers: int) -> None:
    image = make.save_image(_small_page(["Hello world of pages"]), tmp_path / "p.png")
    jobs = [processing.PageJob(page_id=i, source=image if i != 2 else tmp_path / "missing.png",
                               kind="image", index=0, out_dir=tmp_path / "out" / str(i),
                               tmp_root=tmp_path) for i in range(3)]
    outcomes: list[processing.PageOutcome] = []
    assert processing.run_jobs(jobs, outcomes.append, workers=workers)
    assert sorted(o.page_id for o in outcomes) == [0, 1, 2]
    failed = [o for o in outcomes if o.error]
    assert [o.page_id for o in failed] == [2]


@pytest.mark.parametrize("workers", ONE_AND_TWO)
def test_a_page_that_kills_its_worker_fails_alone(tmp_path: Path, workers: int) -> None:
    """Page 2's reading kills the worker process (a Tesseract stand-in that kills its
    parent, as MuPDF aborting on a hostile page does). Page 2 fails with a message that
    says so (not as out of time: the stuck file an earlier run left for it is stale);
    every other page, including those in flight beside it, is read."""
    from desktop_app.core import ocr

    real = ocr.tesseract_cmd()
    killer = tmp_path / "tesseract"
    killer.write_text(f"""#!/bin/sh
case "$1" in */scan-2.png) kill -9 $PPID; sleep 30;; esac
exec {real} "$@"
""")
    killer.chmod(0o755)
    page = _small_page(["Hello world of pages"])
    jobs = [processing.PageJob(page_id=i, kind="image", index=0,
                               source=make.save_image(page, tmp_path / f"scan-{i}.png"),
                               out_dir=tmp_path / "out" / str(i), tmp_root=tmp_path,
                               tesseract=str(killer)) for i in range(6)]
    (tmp_path / "stuck-2").touch()
    outcomes: list[processing.PageOutcome] = []
    assert processing.run_jobs(jobs, outcomes.append, workers=workers)
    assert sorted(o.page_id for o in outcomes) == list(range(6))
    failed = [(o.page_id, o.error) for o in outcomes if o.error]
    assert len(failed) == 1 and failed[0][0] == 2
    assert "the file may be damaged" in (failed[0][1] or "")
    assert all("Hello" in o.text for o in outcomes if o.page_id != 2)


@pytest.mark.slow
def test_a_page_whose_reading_is_stuck_fails_as_out_of_time_and_the_rest_are_read(
    tmp_path: Path
) -> None:
    """Page 1 is noise, whose layout analysis Tesseract cannot be stopped in (the
    workers read on engines kept in them): past its time the worker is ended, page 1
    fails as out of time at once (it is not run again), and the others are read."""
    from tests.core.test_ocr import _noise

    page = _small_page(["Hello world of pages"])
    jobs = [processing.PageJob(
        page_id=i, kind="image", index=0, timeout=1.0, out_dir=tmp_path / "out" / str(i),
        tmp_root=tmp_path, source=make.save_image(_noise(6000) if i == 1 else page,
                                                  tmp_path / f"scan-{i}.png"))
        for i in range(4)]
    outcomes: list[processing.PageOutcome] = []
    assert processing.run_jobs(jobs, outcomes.append, workers=2)
    assert sorted(o.page_id for o in outcomes) == list(range(4))
    failed = [(o.page_id, o.error) for o in outcomes if o.error]
    assert len(failed) == 1 and failed[0][0] == 1
    assert "took longer than 1 seconds and was stopped" in (failed[0][1] or "")
    assert all("Hello" in o.text for o in outcomes if o.page_id != 1)
    assert not list(tmp_path.glob("stuck-*"))


def test_the_windows_process_never_loads_the_tesseract_library(tmp_path: Path) -> None:
    """Only the workers read on engines kept in them: a library stuck or crashing
    there ends a worker, never the window. (A fresh process: this one's tests load it.)"""
    make.save_image(_small_page(), tmp_path / "a.png")
    code = (
        "import sys\nfrom pathlib import Path\nfrom desktop_app.services import Services\n"
        "tmp = Path(sys.argv[1])\nservices = Services.open(tmp / 'data')\n"
        "case = services.create_case(name='A')\n"
        "services.import_files(case.id, [tmp / 'a.png'])\nservices.process(case.id)\n"
        "doc = services.list_documents(case.id)[0]\n"
        "print('Lease' in services.list_pages(doc.id)[0].text)\n"
        "print('libtesseract' in Path('/proc/self/maps').read_text())\n"
        "services.close()\n")
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=root,
                          capture_output=True, timeout=300, check=False,
                          env=dict(os.environ, PYTHONPATH=str(root)))
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode().split() == ["True", "False"]


def test_a_page_both_turned_and_tilted_is_made_upright_and_straight(
    services: Services, tmp_path: Path
) -> None:
    case = services.create_case(name="A")
    page = _small_page()
    photo = page.rotate(-2.5, expand=True, fillcolor=255).transpose(Image.Transpose.ROTATE_90)
    path = make.save_image(photo, tmp_path / "sideways-and-tilted.png")
    services.import_files(case.id, [path])
    services.process(case.id)
    (stored,) = services.list_pages(services.list_documents(case.id)[0].id)
    assert stored.rotation_auto == 90 and stored.cleaned
    assert stored.skew == pytest.approx(-2.5, abs=0.7)
    assert make.recall(TRUTH, stored.text) >= 0.9
    clean = processing.clean_image(services.store.derived_dir(stored.id))
    assert clean is not None
    with Image.open(clean) as upright:
        assert upright.height > upright.width  # portrait again
    # What the window shows is the clean, upright page.
    shown = services.pictures.page_image(stored.id, dpi=50)
    assert shown.height > shown.width


def _counting_tesseract(tmp_path: Path) -> tuple[Path, Path]:
    """A tesseract that logs its arguments, one run a line, then runs the real one."""
    log = tmp_path / "runs.log"
    real = shutil.which("tesseract")
    assert real is not None
    counting = tmp_path / "counting-tesseract"
    counting.write_text(f'#!/bin/sh\necho "$*" >> "{log}"\nexec "{real}" "$@"\n')
    counting.chmod(0o755)
    return counting, log


def _read_counted(tmp_path: Path, source: Path) -> tuple[processing.PageOutcome, list[str]]:
    """Process the image ``source`` as one page; also the Tesseract runs it took."""
    tesseract, log = _counting_tesseract(tmp_path)
    outcome = _read_one(source, tmp_path, tesseract=str(tesseract))
    return outcome, log.read_text().splitlines()


@pytest.mark.slow
@pytest.mark.parametrize(("page", "turn"), [("form-2", 90), ("form-1", 180), ("form-3", 270),
                                            ("note", 90), ("note", 180), ("note", 270)])
def test_a_page_in_handwriting_turned_any_way_comes_out_upright_read_once(
    tmp_path: Path, page: str, turn: int
) -> None:
    """A form filled in by hand (its strokes mislead the page's own line test and read as
    nonsense any way up; the few printed lines decide) and the sample case's hand-printed
    note, turned ``turn`` degrees clockwise: upright, decided before the one reading by
    small passes (the way-up trial on a few squares of text, ``--psm 6``; Tesseract's
    orientation detection, ``--psm 0``, at most two)."""
    if page == "note":
        note = samples.document_by_name("IMG_20220303_194051.jpg")
        image = samples.render_pages(note)[0].rotate(180, expand=True)  # taken upside down
        truth = samples.document_text(note)
    else:
        image, truth = papers.filled_in_by_hand(random.Random(int(page[-1])))
    source = tmp_path / "page.jpg"
    image.rotate(-turn, expand=True).save(source, quality=90)  # Pillow: counter-clockwise
    outcome, runs = _read_counted(tmp_path, source)
    assert outcome.error is None
    assert outcome.rotation == (360 - turn) % 360
    assert make.recall(truth, outcome.text) >= 0.8
    clean = processing.clean_image(tmp_path / "out")
    assert clean is not None
    with Image.open(clean) as upright:
        assert upright.height > upright.width  # portrait, as it was written
    readings = [r for r in runs if "--psm 0" not in r and "--psm 6" not in r]
    assert len(readings) == 1 and len(runs) <= 4, runs


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_receipt_turned_any_way_is_stood_up_by_the_trial_and_read_once(
    tmp_path: Path, turn: int
) -> None:
    """A page of capitals and figures (a receipt): the page's line test cannot tell
    which way up it is; the trial on a few squares of its text can, so neither
    Tesseract's orientation detection nor a second reading is needed."""
    lines = ["SUPERMERCADO LA ESPERANZA", "CALLE MAIN 1200", "ARROZ 2 LB 3.49",
             "FRIJOLES NEGROS 2.19", "LECHE ENTERA 4.29", "TOTAL A PAGAR 45.60",
             "EFECTIVO 50.00", "CAMBIO 4.40", "GRACIAS POR SU COMPRA"]
    source = tmp_path / "receipt.png"
    make.page_image(lines, size=(1000, 1500), font_px=30).rotate(-turn, expand=True).save(
        source, dpi=(300, 300))
    outcome, runs = _read_counted(tmp_path, source)
    assert outcome.error is None
    assert outcome.rotation == (360 - turn) % 360
    assert make.recall("\n".join(lines), outcome.text) >= 0.9
    assert [r for r in runs if "--psm 6" in r] and len(runs) == 2, runs


SAGGING = [("ARROZ 2 LB", "3.49"), ("FRIJOLES NEGROS", "2.19"), ("LECHE ENTERA", "4.29"),
           ("PAN BLANCO", "2.99"), ("HUEVOS 12", "3.79"), ("CAFE MOLIDO", "7.49"),
           ("AZUCAR 4 LB", "3.29"), ("ACEITE VEGETAL", "5.99"), ("TOTAL", "33.52")]


def _sagging_receipt() -> Image.Image:
    """A receipt in capitals whose paper curls at one edge, as a photographed receipt
    does: towards the right each line sags, its price lower than its name and the tax
    flag lower still."""
    image = Image.new("L", (1000, 1500), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=28)
    draw.text((120, 150), "SUPERMERCADO LA ESPERANZA", font=font, fill=0)
    for k, (name, price) in enumerate(SAGGING):
        y = 260 + 50 * k
        draw.text((120, y), name, font=font, fill=0)
        draw.text((640, y + 6), price, font=font, fill=0)
        draw.text((800, y + 12), "F", font=font, fill=0)
    image.info["dpi"] = (300, 300)
    return image


@pytest.mark.parametrize("turn", [0, 180, 270])
def test_a_receipt_in_capitals_whose_lines_sag_comes_out_upright_read_once(
    tmp_path: Path, turn: int
) -> None:
    """The sagging ends of a receipt's lines hang below them like descenders, and the
    page's line test, finding few other lines with a middle band, says surely that it
    is upside down (as it did of a real receipt photographed four ways). Most of its
    lines are capitals, so the way-up trial checks that answer before the one reading."""
    source = tmp_path / "receipt.png"
    _sagging_receipt().rotate(-turn, expand=True).save(source, dpi=(300, 300))
    outcome, runs = _read_counted(tmp_path, source)
    assert outcome.error is None
    assert outcome.rotation == (360 - turn) % 360
    truth = "\n".join(f"{name} {price}" for name, price in SAGGING)
    assert make.recall(truth, outcome.text) >= 0.9
    assert [r for r in runs if "--psm 6" in r] and len(runs) == 2, runs


def test_a_page_left_half_read_by_a_crash_is_read_by_the_next_run(
    services: Services, tmp_path: Path
) -> None:
    """kill -9 while a page is being read leaves it marked 'processing'; the next reading
    run (the window's, or the CLI's ``process``) must take it back, not skip it as if
    nothing were waiting — else the export says the document is still being read forever."""
    case = services.create_case(name="Rosa Díaz")
    photo = make.save_image(_small_page(), tmp_path / "lease.png")
    services.import_files(case.id, [photo])
    [page] = page_store.pending(services.db, case.id)
    page_store.mark_processing(services.db, [page.page_id])  # what a crash leaves behind
    assert services.pending_pages(case.id) == 1
    summary, _ = services.read_pages(case.id, workers=1)
    assert summary.done == 1
    [doc] = services.list_documents(case.id)
    assert doc.status == "ready"


@pytest.mark.parametrize("turn", [90, 270])
def test_a_page_nothing_can_read_whose_lines_run_up_and_down_is_not_left_sideways(
    tmp_path: Path, turn: int
) -> None:
    """A page of handwriting no reading makes words of, photographed sideways: which end
    is up stays a guess, but its lines say which way they run, so the page is turned to
    run across, not kept sideways as it came."""
    source = tmp_path / "note.jpg"
    papers.handwriting(random.Random(3)).rotate(-turn, expand=True).save(source, quality=90)
    outcome, _runs = _read_counted(tmp_path, source)
    assert outcome.error is None
    assert outcome.rotation in (90, 270)  # shown turned this much: portrait, as written


def _one_line(beside: str) -> tuple[Image.Image, str]:
    """A scanned page holding one line: alone, beside a logo (a solid block) or above a
    seal's ring."""
    line = "Paid in full, received by Maria" if beside == "seal" else "Harbor View Apartments"
    page = make.page_image([line])
    draw = ImageDraw.Draw(page)
    if beside == "logo":
        draw.rectangle((1900, 250, 2250, 600), fill=0)
    elif beside == "seal":
        draw.ellipse((900, 1500, 1500, 2100), outline=0, width=12)
    return page, line


@pytest.mark.parametrize(("beside", "turn"), [
    ("nothing", 0), ("nothing", 90), ("nothing", 180), ("nothing", 270),
    ("logo", 0), ("seal", 0)])
def test_a_page_of_one_short_line_comes_out_the_way_up_it_reads(
    tmp_path: Path, turn: int, beside: str
) -> None:
    """A scanned page that holds only a heading, turned ``turn`` degrees clockwise: one
    line leaves no gap between lines, only between its letters, and the page's line test
    took the letters for lines running up and down, so an upright page came out turned
    270°. The line's shape says which way it runs (a logo or a seal beside it does not
    hide it), and reading tells which end is up."""
    page, line = _one_line(beside)
    source = tmp_path / "heading.png"
    page.rotate(-turn, expand=True).save(source, dpi=(300, 300))
    outcome = _read_one(source, tmp_path)
    assert outcome.error is None
    assert outcome.rotation == (360 - turn) % 360
    assert make.recall(line, outcome.text) == 1.0


@pytest.mark.parametrize("seed", [0, 2, 3, 6])
def test_a_short_note_in_handwriting_taken_upright_is_left_upright(
    tmp_path: Path, seed: int
) -> None:
    """A few lines of handwriting no reading makes words of, photographed upright and
    wider than tall: their loops and strokes can make the page's line test guess that
    the lines run up and down, but too unsurely, on too few lines, to turn the page by
    (real photos of a note, a prescription, a receipt on a table were turned so)."""
    page = papers.handwriting(random.Random(seed))
    source = tmp_path / "note.jpg"
    page.crop((0, 60, 850, 260)).save(source, quality=90)
    outcome, _runs = _read_counted(tmp_path, source)
    assert outcome.error is None
    assert outcome.rotation == 0


@pytest.mark.parametrize(("page", "stays"), [("handwriting", 0), ("print", 0)])
def test_a_page_taken_upright_and_turned_by_a_misled_line_test_is_shown_as_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: str, stays: int
) -> None:
    """A picture taken upright that the page's own line test wrongly takes to be upside
    down, sure of it (provoked here; real ones of the blind sets: an exam certificate, a
    restaurant bill, handwritten notes): the page turned reads no better than as taken
    (handwriting reads nothing surely either way) or worse (print), so it is shown as it
    was taken, not upside down."""
    if page == "handwriting":
        picture = papers.handwriting(random.Random(3))
    else:
        picture = _small_page(["Pay stub for the week ending May 12",
                               "Employer Any Company Corporation",
                               "Net pay four hundred dollars"])
    source = tmp_path / "taken-upright.jpg"
    picture.convert("RGB").save(source, quality=90)
    prepare = capture.prepare

    def misled(image: Image.Image, **options: object) -> capture.Prepared:
        ready = prepare(image, **options)  # type: ignore[arg-type]
        if options.get("by_user"):
            return ready
        return capture.Prepared(image=capture.turn_image(ready.image, 180),
                                outline=ready.outline, turn=180, sure=True,
                                straightened=ready.straightened, certainty=1.0)

    monkeypatch.setattr(processing.capture, "prepare", misled)
    outcome = _read_one(source, tmp_path)
    assert outcome.error is None
    assert outcome.rotation == stays
    if page == "print":
        assert "Employer" in outcome.text


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_printed_page_taken_turned_keeps_the_turn_that_reads_it(
    tmp_path: Path, turn: int
) -> None:
    """The check against the picture as taken does not undo a right turn: a printed
    page photographed turned reads surely only when stood up."""
    lines = ["Pay stub for the week ending May 12", "Employer Any Company Corporation",
             "Net pay four hundred dollars"]
    source = tmp_path / "taken-turned.jpg"
    _small_page(lines).rotate(-turn, expand=True).convert("RGB").save(source, quality=90)
    outcome = _read_one(source, tmp_path)
    assert outcome.error is None
    assert outcome.rotation == (360 - turn) % 360
    assert make.recall(" ".join(lines), outcome.text) >= 0.9


def test_a_card_filling_the_photo_is_read_whole_when_the_page_found_in_it_says_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A member card photographed edge to edge: the page finder took the picture on it
    for the page (provoked here: it returns a box around the card's blank photo area),
    which reads nothing. The whole photo is read instead, and no outline is kept."""
    card = Image.new("RGB", (1600, 1000), "white")
    draw = ImageDraw.Draw(card)
    font = ImageFont.load_default(size=44)
    for n, line in enumerate(["Health Plan Member Card", "Member ID H55210",
                              "Group Number 18800", "Copay Office visit twenty dollars"]):
        draw.text((640, 120 + 110 * n), line, fill="black", font=font)
    source = tmp_path / "card.jpg"
    card.save(source, quality=92)
    def inner_box(image: Image.Image) -> list[tuple[float, float]]:
        return [(60.0, 500.0), (560.0, 500.0), (560.0, 950.0), (60.0, 950.0)]

    monkeypatch.setattr(capture.pagefind, "find_page", inner_box)
    outcome = _read_one(source, tmp_path)
    assert outcome.error is None
    assert "Member" in outcome.text and "Copay" in outcome.text
    assert outcome.crop is None


def _prescription_pad() -> Image.Image:
    """A prescription pad as a computer makes it: a hospital's name and the patient's
    places above a large empty table of medicines."""
    pad = Image.new("RGB", (1750, 1240), "white")
    draw = ImageDraw.Draw(pad)
    big, font = ImageFont.load_default(size=72), ImageFont.load_default(size=36)
    draw.text((200, 40), "LAKESIDE HOSPITAL", fill=(90, 90, 90), font=big)
    draw.text((200, 150), "Patient Name ____________________", fill="black", font=font)
    draw.text((200, 210), "Age ____________________", fill="black", font=font)
    draw.rectangle((100, 330, 1650, 420), fill=(180, 150, 135))  # the header's band
    for x, head in ((130, "MEDICINE"), (450, "DOSAGE"), (850, "ROUTE"), (1230, "FREQUENCY")):
        draw.text((x, 355), head, fill="white", font=font)
    for left, right in ((100, 420), (820, 1200)):  # tinted columns, pale rules
        draw.rectangle((left, 420, right, 1100), fill=(246, 236, 214))
    for y in (590, 760, 930, 1100):
        draw.line((100, y, 1650, y), fill=(222, 196, 188), width=2)
    return pad


def test_a_large_outline_that_reads_nothing_with_print_outside_is_no_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A prescription pad made on a computer (a real one of the blind sets): the page
    finder took the empty rows of its table, more than a third of the picture, for the
    page (provoked here), which read nothing; the hospital's name and the patient's
    places lay outside. The whole picture is read instead, and no outline is kept."""
    source = tmp_path / "pad.jpg"
    _prescription_pad().save(source, quality=92)
    rows = [(100.0, 420.0), (1650.0, 420.0), (1650.0, 1100.0), (100.0, 1100.0)]
    monkeypatch.setattr(capture.pagefind, "find_page", lambda image: rows)
    outcome = _read_one(source, tmp_path)
    assert outcome.error is None
    assert outcome.crop is None
    assert "LAKESIDE" in outcome.text and "Patient" in outcome.text


def _slanted_form(degrees: float) -> Image.Image:
    """A form photographed close up at a slant: no sheet's edge in the picture, its
    printed labels and the lines to write on sloping ``degrees`` counter-clockwise."""
    form = Image.new("RGB", (1500, 1000), (250, 250, 248))
    draw = ImageDraw.Draw(form)
    big, font = ImageFont.load_default(size=64), ImageFont.load_default(size=34)
    draw.text((160, 140), "PRESCRIPTION", fill="black", font=big)
    for n, label in enumerate(["PATIENT NAME", "ADDRESS", "DATE OF BIRTH",
                               "INSURANCE MEMBER ID"]):
        y = 300 + 110 * n
        draw.text((160, y), label, fill="black", font=font)
        draw.line((560, y + 34, 1340, y + 34), fill="black", width=2)
    return form.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=True,
                       fillcolor=(250, 250, 248))


@pytest.mark.parametrize("degrees", [14.0, -9.0])
def test_a_form_photographed_at_a_slant_is_levelled_and_read(
    tmp_path: Path, degrees: float
) -> None:
    """A form photographed at a slant of 9 to 14 degrees, with no sheet's edge to
    straighten it by, read nothing at all (a real stock photo of a prescription pad of
    the blind sets). Its lines' slope levels it: its labels are read, and the levelled
    page is kept with the slope it was levelled by."""
    source = tmp_path / "pad.jpg"
    _slanted_form(degrees).save(source, quality=90)
    outcome = _read_one(source, tmp_path)
    assert outcome.error is None
    for label in ("PRESCRIPTION", "PATIENT", "ADDRESS", "INSURANCE"):
        assert label in outcome.text
    assert outcome.cleaned and abs(outcome.skew - degrees) < 1.5


PARAGRAPHS = [
    ["To whom it may concern", "I have known Maria Lopez for six years as a student",
     "of our department and a member of our reading club."],
    ["She led the study group every week and helped the", "younger students with their "
     "assignments and their", "questions, always patient and always well prepared."],
    ["She volunteered at the library on Saturdays and", "organised the book drive for "
     "the public schools", "of our town during the winter holidays."],
    ["I recommend her without reservation for your program.", "Sincerely,",
     "Professor Daniel Brooks, Department of History"],
]


def _letter_photo() -> tuple[Image.Image, list[tuple[float, float]]]:
    """A letter photographed edge to edge (a strip of grey table on the right), and the
    band its second paragraph fills, side to side."""
    photo = Image.new("RGB", (1500, 2000), (236, 234, 228))
    draw = ImageDraw.Draw(photo)
    draw.rectangle((1420, 0, 1500, 2000), fill=(120, 118, 112))
    font = ImageFont.load_default(size=34)
    y, band = 160, (0.0, 0.0)
    for number, paragraph in enumerate(PARAGRAPHS):
        top = y - 30
        for line in paragraph:
            draw.text((120, y), line, fill=(30, 30, 30), font=font)
            y += 62
        if number == 1:
            band = (top, y)
        y += 90
    return photo, [(0.0, band[0]), (1419.0, band[0]), (1419.0, band[1]), (0.0, band[1])]


def test_a_letter_is_read_whole_when_the_page_found_is_a_band_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A letter photographed edge to edge: the page finder took the band between two of
    its paragraphs for the page (a real blind-set photo; provoked here), and the rest of
    its print lay outside. The whole photo is read instead, and no outline is kept."""
    photo, band = _letter_photo()
    source = tmp_path / "letter.jpg"
    photo.save(source, quality=90)
    monkeypatch.setattr(capture.pagefind, "find_page", lambda image: band)
    outcome = _read_one(source, tmp_path)
    assert outcome.error is None
    assert outcome.crop is None
    assert "concern" in outcome.text and "Brooks" in outcome.text


def test_print_outside_an_outline_is_told_from_a_table_around_a_page() -> None:
    """``ink_outside``: a band of a letter leaves print outside it; a sheet's own outline
    on wood, carpet, a dark table or a white desk leaves none. (A checked cloth's dark
    lines count as print: there the reading decides, see the test above.)"""
    photo, band = _letter_photo()
    assert capture.pagefind.ink_outside(photo, band)
    for surface in ("wood-light", "wood-dark", "carpet", "dark-table", "white-desk"):
        image, truth = photos.composite(2000, surface)
        assert not capture.pagefind.ink_outside(image, truth), surface


def test_a_small_scan_is_read_enlarged(tmp_path: Path) -> None:
    """A page scanned at about 75 dpi (a public archive's scan, a card's small picture):
    its letters are a few pixels high, which Tesseract reads as nothing at their own
    size. Read enlarged, its words come out, and their boxes stay on the picture's own
    pixels."""
    lines = ["Request for verification of employment", "The employee named below has",
             "worked for our company since March 2019", "as a full time machine operator"]
    page = make.page_image(lines, size=(640, 830), font_px=10)
    source = tmp_path / "small.png"
    page.save(source, dpi=(75, 75))
    outcome = _read_one(source, tmp_path)
    assert outcome.error is None
    assert make.recall("\n".join(lines), outcome.text) >= 0.8
    assert all(0 <= w[0] < w[2] <= 640 and 0 <= w[1] < w[3] <= 830 for w in outcome.words)



@pytest.mark.parametrize("behind", ["outlines", "template", "printed photo"])
def test_a_pdf_page_with_a_line_of_text_that_shows_its_words_otherwise_is_read(
    services: Services, tmp_path: Path, behind: str
) -> None:
    """An online course's or a volunteer's certificate: the name, the course and the day
    are text; the words that say what the paper is are drawn as outlines (an ornate
    border of one path of many segments, the title as a small picture) or are the
    template picture the text is typed over. Or a photo of a paper opened in a web
    browser and printed to PDF: the page's only text is the browser's header and footer,
    the photo a quarter of the page. Its own line is too little to stand for the page,
    so the page is read; a short letter with no drawing keeps its own text."""
    drawn = make.page_image(["STATEMENT OF ACCOMPLISHMENT", "has completed the course"],
                            font_px=90)
    picture = tmp_path / "drawn.png"
    drawn.save(picture)
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    if behind == "printed photo":
        page.insert_image(pymupdf.Rect(159, 180, 455, 613), filename=str(picture))
        assert abs(pymupdf.Rect(159, 180, 455, 613)) < 0.3 * abs(page.rect)
    elif behind == "template":
        page.insert_image(page.rect, filename=str(picture))
    else:
        page.insert_image(pymupdf.Rect(0, 0, 612, 280), filename=str(picture))
        border = page.new_shape()
        for n in range(60):  # the border's ornaments, one path
            border.draw_line((20 + n * 9.5, 780), (24 + n * 9.5, 784))
        border.finish()
        border.commit()
    page.insert_text((72, 500), "Hong Gao   Introduction to SQL   OCT 04, 2021", fontsize=14)
    page.insert_text((72, 540), "Certificate #21,260,315   verify at example.org/completed",
                     fontsize=10)
    source = tmp_path / "certificate.pdf"
    doc.save(source)
    doc.close()
    note = make.text_pdf(tmp_path / "note.pdf", ["Dear Ms. Diaz, your appointment is on "
                                                 "Monday at nine. Sincerely, the clinic"])
    case = services.create_case(name="Hong Gao")
    services.import_files(case.id, [source, note])
    assert services.process(case.id).failed == 0
    certificate, letter = services.list_documents(case.id)
    text = services.list_pages(certificate.id)[0].text
    assert "ACCOMPLISHMENT" in text.upper() and "Introduction" in text
    assert services.list_pages(letter.id)[0].native_text


def test_a_pdf_page_whose_text_is_unreadable_code_points_is_read_by_ocr(
    services: Services, tmp_path: Path
) -> None:
    """A lab report whose font maps its letters to a symbol font's private-use code
    points (U+F020 and up), as a real one did: its own text is nothing anyone can read or
    search, so the page is read like a scan, and the words are found."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    for n, line in enumerate(["Patient Name : Rosa Diaz", "Lab No. : Z6152301   Age : 25",
                              "Test Report   Hemoglobin 14.2 g/dL",
                              "Reference range 13.0 - 17.0"]):
        page.insert_text((72, 120 + 40 * n), line, fontsize=18, fontname="helv")
    cmap = doc.get_new_xref()
    doc.update_object(cmap, "<<>>")
    doc.update_stream(cmap, b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                      b"1 begincodespacerange <00> <FF> endcodespacerange\n"
                      b"1 beginbfrange <20> <7E> <F020> endbfrange\nendcmap end end")
    for font in page.get_fonts():
        doc.xref_set_key(font[0], "ToUnicode", f"{cmap} 0 R")
    source = tmp_path / "lab-report.pdf"
    doc.save(source)
    doc.close()
    with pymupdf.open(source) as saved:  # the text layer is private-use code points
        assert "\uf050\uf061" in saved[0].get_text()
    case = services.create_case(name="Rosa Diaz")
    services.import_files(case.id, [source])
    assert services.process(case.id).failed == 0
    (report,) = services.list_documents(case.id)
    (read,) = services.list_pages(report.id)
    assert not read.native_text
    assert "Hemoglobin" in read.text and "Patient" in read.text


_STUB_LINES = ["ABC Company", "1234 Main Street", "San Francisco CA 94102", "Pay Stub Detail",
               "Pay Date 07/01/2021", "Employee John Doe", "Period Beginning 06/16/2021",
               "Period Ending 06/30/2021", "Salary Current $5,000.00",
               "Federal Tax $825.38", "Social Security $310.00", "Medicare Tax $72.50",
               "Net Pay $3,371.84", "Employee Name John Doe",
               "Department Backend Engineering", "Payment Method Direct Deposit",
               "Pay Frequency Semi Monthly"]
_FERIAS_LINES = ["Recibo de Pagamento de Ferias", "Empregador Construtora Horizonte Ltda",
                 "Empregado Joao Pereira da Silva", "Cargo Auxiliar Administrativo",
                 "Periodo Aquisitivo 01/03/2023 a 29/02/2024", "Periodo de Gozo 01/07/2024",
                 "Ferias 30 dias Salario Base 2.500,00", "Um Terco Constitucional 833,33",
                 "Total de Vencimentos 3.333,33", "Desconto INSS 266,66",
                 "Total de Descontos 266,66", "Liquido a Receber 3.066,67",
                 "Recebi a importancia liquida acima", "Assinatura do Empregado"]
_LOW, _UP = string.ascii_lowercase, string.ascii_uppercase
_SHIFT = str.maketrans(_LOW + _UP, _LOW[7:] + _LOW[:7] + _UP[7:] + _UP[:7])


def _glue(line: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in line.split())


@pytest.mark.parametrize(
    ("lines", "hidden", "layer_shows", "page_shows"),
    [
        # A pay stub whose own text runs its words together ("ABCCompany 1234MainStreet
        # PayStubDetail", as a real one's did: its fonts say each word is as wide as the
        # gap after it).
        (_STUB_LINES, _glue, "PayStubDetail", ("Stub Detail", "Net Pay")),
        # A pay receipt whose font maps each glyph to another letter (a Brazilian one of
        # fresh set 57b): the page shows words, its text layer holds "PbWB BEGPQ PKIGEFQP".
        (_FERIAS_LINES, lambda line: line.translate(_SHIFT), "Yljpiv kl Whnhtluav",
         ("Recibo de Pagamento", "Vencimentos")),
    ],
    ids=["words-run-together", "letters-of-no-language"],
)
def test_a_pdf_page_whose_text_layer_is_not_its_words_is_read_by_ocr(
    services: Services, tmp_path: Path, lines: list[str], hidden: Callable[[str], str],
    layer_shows: str, page_shows: tuple[str, str],
) -> None:
    """A PDF page that shows a paper's words over a text layer that does not hold them as
    words is read like a scan, so the words the page shows are found one by one."""
    picture = tmp_path / "page.png"
    make.page_image(lines, font_px=56).save(picture)
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_image(page.rect, filename=str(picture))
    for n, line in enumerate(lines):  # the layer: the same lines, changed, invisible
        page.insert_text((72, 60 + 40 * n), hidden(line), fontsize=14, render_mode=3)
    source = tmp_path / "paper.pdf"
    doc.save(source)
    doc.close()
    with pymupdf.open(source) as saved:
        assert layer_shows in saved[0].get_text()
    case = services.create_case(name="Joao Pereira")
    services.import_files(case.id, [source])
    assert services.process(case.id).failed == 0
    (paper,) = services.list_documents(case.id)
    (read,) = services.list_pages(paper.id)
    assert not read.native_text
    assert all(shown in read.text for shown in page_shows)


@pytest.mark.parametrize("margin", [(300, 150), (40, 420)])
def test_a_photo_on_a_transparent_canvas_is_found_where_it_shows(
    tmp_path: Path, margin: tuple[int, int]
) -> None:
    """A phone photo of a card on a table, pasted on a larger transparent canvas (as a
    web page shows it): the transparent margin is nothing, not a scan's white border;
    the card is found in the photo and read, and its crop is in the canvas's pixels."""
    from tests import surfaces

    lines = ["Health Plan Member Card", "Member Angel Brown", "Member ID H55210",
             "Group Number 18800", "Copay Office visit twenty dollars"]
    photo = surfaces.SURFACES["wood-dark"]((1600, 1200), random.Random(7))
    photo.paste(make.page_image(lines, size=(1000, 640), font_px=40).convert("RGB"),
                (300, 280))
    left, top = margin
    outcome = _on_transparent_canvas(photo, left, top, tmp_path)
    assert outcome.error is None and outcome.crop is not None
    assert iou(as_quad(outcome.crop), whole_at(300 + left, 280 + top, 1000, 640)) >= 0.95
    assert make.recall("\n".join(lines), outcome.text) >= 0.9


@pytest.mark.parametrize("margin", [250, 4])
def test_a_page_on_a_transparent_canvas_is_cut_to_what_shows(
        tmp_path: Path, margin: int) -> None:
    """A page's picture with a transparent margin and no table around the sheet: the
    page is the part that shows, read whole; a thin transparent edge (a screenshot's)
    is left as it is."""
    page = make.page_image(size=(1275, 1650), font_px=26)
    outcome = _on_transparent_canvas(page, margin, margin, tmp_path)
    assert outcome.error is None
    if margin > 100:
        assert outcome.crop is not None
        assert iou(as_quad(outcome.crop), whole_at(margin, margin, 1275, 1650)) >= 0.97
    else:
        assert outcome.crop is None and not outcome.cleaned
    assert make.recall(TRUTH, outcome.text) >= 0.95


def _on_transparent_canvas(picture: Image.Image, left: int, top: int,
                           tmp_path: Path) -> processing.PageOutcome:
    """``picture`` pasted on a transparent canvas with margins ``left`` and ``top`` on
    each side, saved as a PNG and processed."""
    canvas = Image.new("RGBA", (picture.width + 2 * left, picture.height + 2 * top),
                       (0, 0, 0, 0))
    canvas.paste(picture.convert("RGBA"), (left, top))
    source = tmp_path / "canvas.png"
    canvas.save(source)
    return _read_one(source, tmp_path)


def whole_at(left: int, top: int, width: int, height: int) -> tuple:
    return as_quad([(left, top), (left + width, top), (left + width, top + height),
                    (left, top + height)])


def test_a_made_pdf_page_on_a_picture_is_never_cut_to_a_panel(tmp_path: Path) -> None:
    """A certificate made on a computer: a coloured picture with a light panel, the
    title on the colour above it, the name, the role and the year typed on the page.
    It is a page edge to edge, not a photo of a sheet: the panel is not taken for a
    page and the title is read."""
    picture = Image.new("RGB", (1275, 1650), (30, 90, 60))
    draw = ImageDraw.Draw(picture)
    draw.text((90, 200), "CERTIFICATE OF APPRECIATION", fill="white",
              font=ImageFont.load_default(size=64))
    draw.rectangle((60, 520, 1215, 1450), fill=(250, 250, 247))
    for n, line in enumerate(["For volunteering every Saturday at the",
                              "Community Food Pantry in the year 2023"]):
        draw.text((140, 700 + 90 * n), line, fill="black", font=ImageFont.load_default(size=44))
    outcome = _pdf_page_on_picture(
        picture, (612, 792), (72, 600),
        "Rosa Diaz Hernandez   Volunteer, Community Food Pantry   2023", 16, tmp_path)
    assert outcome.error is None and outcome.crop is None
    assert "APPRECIATION" in outcome.text and "Pantry" in outcome.text


def test_a_photo_in_a_pdf_with_a_scanning_apps_stamp_is_still_cropped(tmp_path: Path) -> None:
    """A scanning app's PDF of a phone photo, stamped "Scanned by CamScanner" as text:
    that stamp is not a page made on a computer; the sheet is found on the table."""
    from tests import surfaces

    lines = ["Provisional Certificate", "Bachelor of Engineering", "This is to certify that",
             "the student has passed the examinations"]
    photo = surfaces.SURFACES["wood-dark"]((1240, 1754), random.Random(3))
    photo.paste(make.page_image(lines, size=(900, 1200), font_px=40).convert("RGB"),
                (170, 260))
    outcome = _pdf_page_on_picture(photo, (595, 842), (470, 835), "Scanned by CamScanner", 7,
                                   tmp_path)
    assert outcome.error is None and outcome.crop is not None
    assert make.recall("\n".join(lines), outcome.text) >= 0.9


def _pdf_page_on_picture(picture: Image.Image, size: tuple[int, int], at: tuple[int, int],
                         text: str, fontsize: int, tmp_path: Path) -> processing.PageOutcome:
    """A PDF page of ``size`` points covered by ``picture``, with ``text`` of its own at
    ``at``, processed."""
    drawn = tmp_path / "picture.png"
    picture.save(drawn)
    doc = pymupdf.open()
    page = doc.new_page(width=size[0], height=size[1])
    page.insert_image(page.rect, filename=str(drawn))
    page.insert_text(at, text, fontsize=fontsize)
    source = tmp_path / "page.pdf"
    doc.save(source)
    doc.close()
    return _read_one(source, tmp_path, kind="pdf")


def _card_on_guilloche(lines: list[str]) -> Image.Image:
    """A card's fields printed in grey on a fine wavy pattern (the guilloche of an ID
    card or a cheque), scanned at 300 dpi: the print is only a little darker than the
    pattern's dark waves."""
    import numpy as np

    height, width = 1200, 1900
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    ground = 200 + 40 * np.sin(x / 9 + 6 * np.sin(y / 40)) * np.sin(y / 11 + 5 * np.sin(x / 50))
    mask = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(mask)
    font = ImageFont.load_default(size=44)
    for number, line in enumerate(lines):
        draw.text((120, 120 + 170 * number), line, font=font, fill=255)
    ink = np.asarray(mask, dtype=np.float32) / 255
    card = Image.fromarray((ground - 90 * ink).clip(0, 255).astype(np.uint8), "L")
    card.info["dpi"] = (300, 300)
    return card


def test_print_on_a_patterned_card_is_read(tmp_path: Path) -> None:
    """One black-and-white level for the whole picture loses print on a pattern: the
    card read as nothing at all. Read again with the level decided around each pixel,
    its fields come out (and a clean page is not read twice: see the read-once tests)."""
    lines = ["Employment authorization card", "Surname Garcia Lopez", "Given name Maria Elena",
             "Country of birth Mexico", "Category C08", "Card expires March 2027"]
    source = tmp_path / "card.png"
    _card_on_guilloche(lines).save(source, dpi=(300, 300))
    outcome = _read_one(source, tmp_path)
    assert outcome.error is None
    assert make.recall("\n".join(lines), outcome.text) >= 0.6
    assert "authorization" in outcome.text.lower()


def test_a_diploma_whose_own_text_is_a_name_and_a_checksum_is_read(
    services: Services, tmp_path: Path
) -> None:
    """A diploma's own text can be the holder's name, a long checksum and the place and
    month: more than a line of characters, but few words. What it is ("DIPLOMA", the
    course) is in the picture behind, so the page is read."""
    drawn = make.page_image(["DIPLOMA", "Diplomado en educacion financiera"], font_px=90)
    picture = tmp_path / "drawn.png"
    drawn.save(picture)
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_image(page.rect, filename=str(picture))
    page.insert_text((72, 500), "BRAULIO SEBASTIAN DOMINGUEZ", fontsize=14)
    page.insert_text((72, 540), "8f4de6d2564ae131229797ddb7e27e6a40453x8f4de6d2564ae1312297"
                     "97ddb7e27e6ax9fd567a18d8b293c97553", fontsize=6)
    page.insert_text((72, 580), "CIUDAD DE MEXICO, AGOSTO DE 2020", fontsize=10)
    source = tmp_path / "diploma.pdf"
    doc.save(source)
    doc.close()
    case = services.create_case(name="Braulio Dominguez")
    services.import_files(case.id, [source])
    assert services.process(case.id).failed == 0
    (diploma,) = services.list_documents(case.id)
    text = services.list_pages(diploma.id)[0].text
    assert "DIPLOMA" in text.upper() and "DOMINGUEZ" in text.upper()


def test_a_second_reading_that_fails_keeps_the_first(tmp_path: Path) -> None:
    """The second look at a poorly read page is a bonus: when Tesseract crashes or runs
    out of time on it, the page keeps what the first reading found, with no error."""
    log = tmp_path / "runs.log"
    real = shutil.which("tesseract")
    assert real is not None
    crashing = tmp_path / "tesseract"
    crashing.write_text(f'#!/bin/sh\necho "$*" >> "{log}"\ncase "$*" in\n'
                        f'  *thresholding_method=2*) exit 1 ;;\nesac\nexec "{real}" "$@"\n')
    crashing.chmod(0o755)
    source = tmp_path / "card.png"
    _card_on_guilloche(["Employment authorization card", "Surname Garcia Lopez"]).save(source)
    outcome = _read_one(source, tmp_path, tesseract=str(crashing))
    assert any("thresholding_method=2" in run for run in log.read_text().splitlines())
    assert outcome.error is None
    assert (tmp_path / "out" / processing.TEXT_LAYER).exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_a_worker_keeps_the_memory_it_frees_for_its_next_photo(tmp_path: Path) -> None:
    """A worker (``processing.keep_freed_memory``, in the pool's initializer) reuses the
    memory of one photo's pictures for the next, instead of faulting fresh memory in
    a page at a time (a twentieth of the processor time on the bench's photos). Fresh
    processes: the second of two photos, counted in page faults."""
    photo, _quad = photos.composite(3, "wood-dark", upright=True)
    photo.resize((3000, 4000)).save(tmp_path / "photo.jpg", quality=90)  # no scanner's dpi
    code = (
        "import resource, sys\nfrom pathlib import Path\n"
        "from desktop_app.core import processing\n"
        "tmp, how = Path(sys.argv[1]), sys.argv[2]\n"
        "if how == 'kept':\n    processing.keep_freed_memory()\n"
        "def job(n):\n"
        "    return processing.PageJob(page_id=n, source=tmp / 'photo.jpg', kind='image',"
        " index=0, out_dir=tmp / how / str(n), tmp_root=tmp)\n"
        "processing.run_page_job(job(0))\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt\n"
        "outcome = processing.run_page_job(job(1))\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_minflt\n"
        "print(outcome.crop is not None, after - before)\n")
    root = Path(__file__).resolve().parents[2]
    faults = {}
    for how in ("default", "kept"):
        proc = subprocess.run([sys.executable, "-c", code, str(tmp_path), how], cwd=root,
                              capture_output=True, timeout=300, check=False,
                              env=dict(os.environ, PYTHONPATH=str(root)))
        assert proc.returncode == 0, proc.stderr.decode()
        found, count = proc.stdout.decode().split()
        assert found == "True"  # the page was found, straightened and read
        faults[how] = int(count)
    assert faults["kept"] * 5 < faults["default"], faults

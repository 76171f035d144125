"""Inputs bench/fuzz_import.py found that crashed the import or the app, now refused with
a clear message (and nothing else in the case affected)."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services import Services
from tests.conftest import corpus_file
from tests.make import text_pdf

ROOT = Path(__file__).resolve().parents[2]
SHORT, LONG = 3, 4


def tiff(path: Path, ifds: list[dict[int, tuple[int, int]]]) -> Path:
    """A little-endian TIFF with these IFDs ({tag: (type, value)}), one 1x1 grey pixel
    each as strip data."""
    header = b"II*\x00" + struct.pack("<I", 8)
    body = b""
    offset = 8
    blobs = []
    for number, ifd in enumerate(ifds):
        size = 2 + 12 * len(ifd) + 4
        entries = b""
        for tag, (kind, value) in sorted(ifd.items()):
            packed = struct.pack("<HHI", tag, kind, 1)
            packed += struct.pack("<HH", value, 0) if kind == SHORT else struct.pack("<I", value)
            entries += packed
        next_offset = offset + size if number + 1 < len(ifds) else 0
        blobs.append(struct.pack("<H", len(ifd)) + entries + struct.pack("<I", next_offset))
        offset += size
    body = b"".join(blobs)
    path.write_bytes(header + body + b"\x80")
    return path


def _page(pixel_at: int, extra: dict[int, tuple[int, int]]) -> dict[int, tuple[int, int]]:
    ifd = {256: (SHORT, 1), 257: (SHORT, 1), 258: (SHORT, 8), 259: (SHORT, 1),
           262: (SHORT, 1), 273: (LONG, pixel_at), 278: (SHORT, 1), 279: (LONG, 1)}
    ifd.update(extra)
    return ifd


def _pixel_offset(pages: int) -> int:
    return 8 + sum(2 + 12 * 8 + 4 for _ in range(pages))


def _outcome(services: Services, path: Path) -> tuple[str, str | None, str]:
    case = services.create_case(name="Fuzz")
    outcome = services.import_files(case.id, [path])[0]
    return outcome.status, outcome.error_code, outcome.error or ""


def test_a_tiff_whose_second_page_has_no_size_is_refused(services: Services,
                                                         tmp_path: Path) -> None:
    at = _pixel_offset(2)
    second = _page(at, {})
    del second[256], second[257]  # Pillow: TypeError "Missing dimensions" when counting
    path = tiff(tmp_path / "pages.tiff", [_page(at, {}), second])
    status, code, error = _outcome(services, path)
    assert (status, code) == ("error", "damaged")
    assert "pages.tiff: the file is damaged" in error and "Scan or save" in error


def test_a_tiff_with_an_unknown_pixel_layout_is_refused(services: Services,
                                                       tmp_path: Path) -> None:
    at = _pixel_offset(2)
    # 8-bit samples with photometric 5 (CMYK) but one sample: "unknown pixel mode".
    path = tiff(tmp_path / "odd.tiff", [_page(at, {}), _page(at, {262: (SHORT, 5)})])
    status, code, error = _outcome(services, path)
    assert (status, code) == ("error", "damaged"), error


def test_a_pdf_with_corrupt_compressed_data_is_refused_before_it_is_drawn(
        services: Services, tmp_path: Path) -> None:
    """Two flipped bits in a real W-2 made MuPDF free memory twice while drawing the page
    (the whole app aborted). The import now refuses it without drawing it, and the case's
    other documents are untouched."""
    source = corpus_file("classify/employment--w2-1000.pdf")
    data = bytearray(source.read_bytes())
    data[77613] ^= 0x10
    data[89349] ^= 0x08
    broken = tmp_path / "w2.pdf"
    broken.write_bytes(bytes(data))
    case = services.create_case(name="Fuzz")
    good = text_pdf(tmp_path / "letter.pdf", ["A letter with enough text to be read. " * 4])
    outcomes = services.import_files(case.id, [good, broken])
    assert [o.status for o in outcomes] == ["imported", "error"]
    assert outcomes[1].error_code == "damaged"
    assert "w2.pdf: the file is damaged and cannot be read (part of page 1 is corrupt)" in (
        outcomes[1].error or "")
    assert [d.source_name for d in services.list_documents(case.id)] == ["letter.pdf"]
    # And the whole flow survives it: a process that draws every page does not abort.
    script = ("import sys; from pathlib import Path; from desktop_app.services import Services;"
              "s = Services.open(Path(sys.argv[1])); c = s.create_case(name='x');"
              "o = s.import_files(c.id, [Path(sys.argv[2])]);"
              "[s.pictures.page_image(p.id, dpi=36) for d in s.list_documents(c.id)"
              " for p in s.list_pages(d.id)]; print(o[0].status)")
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path / "other"), str(broken)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0 and run.stdout.strip() == "error", run.stderr


def _import_in_a_process(tmp_path: Path, path: Path) -> subprocess.CompletedProcess[str]:
    """Import ``path`` in a fresh process (a crash inside MuPDF aborts the process)."""
    script = ("import sys; from pathlib import Path; from desktop_app.services import Services;"
              "s = Services.open(Path(sys.argv[1])); c = s.create_case(name='x');"
              "o = s.import_files(c.id, [Path(sys.argv[2])])[0]; print(o.status, o.error_code);"
              "print(o.error)")
    return subprocess.run([sys.executable, "-c", script, str(tmp_path / "data"), str(path)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def _corpus_mutant(tmp_path: Path, relative: str, changes: list[tuple[int, int]]) -> Path:
    data = bytearray(corpus_file(relative).read_bytes())
    for offset, value in changes:
        data[offset] = value
    path = tmp_path / Path(relative).name
    path.write_bytes(bytes(data))
    return path


def test_a_pdf_with_a_malformed_page_tree_is_refused(tmp_path: Path) -> None:
    """MuPDF raised its own FzErrorFormat ("malformed page tree"), not a RuntimeError."""
    path = _corpus_mutant(tmp_path, "bad-pdf/pdfjs-rotation.pdf", [(293, 16), (2453, 121)])
    run = _import_in_a_process(tmp_path, path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.splitlines()[0] == "error damaged"
    assert "pdfjs-rotation.pdf: the file is damaged" in run.stdout


def test_a_pdf_with_objects_that_cannot_be_loaded_is_refused_unseen(tmp_path: Path) -> None:
    """Drawing this damaged W-2 (to look for damage) made MuPDF free memory twice during
    the import itself; the warnings already say it is damaged, so it is not drawn."""
    path = _corpus_mutant(tmp_path, "classify/employment--w2-1000.pdf",
                          [(35063, 0x0B), (39754, 0xE9)])
    run = _import_in_a_process(tmp_path, path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.splitlines()[0] == "error damaged"
    assert "may have been cut short" in run.stdout


def test_a_pdf_that_crashes_the_reader_costs_that_file_only(tmp_path: Path) -> None:
    """A real consent form with 61 KB of itself copied into the middle made MuPDF free
    memory twice while the import checked it (the whole app aborted). The check runs in a
    helper process now: the file is refused, the import goes on with the next file."""
    source = corpus_file("classify/medical--vaccine-consent-form.pdf").read_bytes()
    broken = tmp_path / "consent.pdf"
    broken.write_bytes(source[:209219] + source[236085:236085 + 61277] + source[209219:])
    good = text_pdf(tmp_path / "letter.pdf", ["A letter with enough text to be read. " * 4])
    script = ("import sys; from pathlib import Path; from desktop_app.services import Services;"
              "s = Services.open(Path(sys.argv[1])); c = s.create_case(name='x');"
              "[print(o.status, o.error_code, o.error) for o in "
              "s.import_files(c.id, [Path(p) for p in sys.argv[2:]])]")
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path / "data"), str(broken),
                          str(good)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    lines = run.stdout.splitlines()
    assert lines[0].startswith("error damaged consent.pdf: the file is damaged")
    assert lines[1].startswith("imported None")


def test_a_pdf_that_takes_too_long_to_read_is_refused_in_time(tmp_path: Path) -> None:
    """A JBIG2 scan with a zeroed run kept MuPDF busy for over a minute on one page. Every
    PDF check has a time limit; past it the file is refused and the helper replaced."""
    from desktop_app.core import pdfs
    from desktop_app.errors import DamagedFileError

    data = bytearray(corpus_file("bad-pdf/jbig2.pdf").read_bytes())
    data[36283:39972] = bytes(39972 - 36283)
    slow = tmp_path / "scan.pdf"
    slow.write_bytes(bytes(data))
    with pytest.raises(DamagedFileError, match="reading page 1 took longer than 3 seconds"):
        pdfs.inspect_pdf(slow, timeout=3)
    good = text_pdf(tmp_path / "letter.pdf", ["A letter with enough text to be read. " * 4])
    assert len(pdfs.inspect_pdf(good).pages) == 1  # a new helper takes over


def test_a_long_pdf_gets_time_by_its_pages_and_a_slow_page_is_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check's bound is per page, and a whole file gets more time when it has more
    pages: a long, sound PDF on a slow computer is not refused for being long."""
    from desktop_app.core import pdfs
    from desktop_app.errors import DamagedFileError

    long_pdf = text_pdf(tmp_path / "statements.pdf",
                        [f"Statement page {n}. " + "Deposit 100 dollars. " * 40
                         for n in range(300)])  # about 3 s to check here
    short = text_pdf(tmp_path / "one.pdf", ["A short letter. " * 9])
    assert len(pdfs.inspect_pdf(short).pages) == 1  # the helper is running
    monkeypatch.setattr(pdfs, "INSPECT_SECONDS", 1.0)  # less than the long file needs
    monkeypatch.setattr(pdfs, "FILE_SECONDS_PER_PAGE", 2.0)
    assert len(pdfs.inspect_pdf(long_pdf).pages) == 300
    monkeypatch.setattr(pdfs, "INSPECT_SECONDS", 0.5)  # the whole-file bound alone
    monkeypatch.setattr(pdfs, "FILE_SECONDS_PER_PAGE", 0.001)
    with pytest.raises(DamagedFileError, match="reading it took longer than"):
        pdfs.inspect_pdf(long_pdf)
    monkeypatch.undo()
    assert len(pdfs.inspect_pdf(short).pages) == 1  # a new helper takes over


@pytest.mark.parametrize("name", ["crash"])
def test_the_fuzzer_runs_and_finds_nothing(name: str, tmp_path: Path) -> None:
    """A short fuzzing run (30 inputs, fixed seed) as a smoke test of the script itself."""
    run = subprocess.run([sys.executable, "bench/fuzz_import.py", "--max-inputs", "30",
                          "--seconds", "300", "--seed", "7", "--ocr-share", "0.05",
                          "--keep", str(tmp_path / name)],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "inputs: 30" in run.stdout and "crash" not in run.stdout.split("outcomes:")[1]


@pytest.mark.parametrize("changes", [
    [(221773 + n, 0) for n in range(223541 - 221773)],  # 1.7 KB zeroed
    [(219423, 0xB2)],  # one byte changed
], ids=["zeroed-run", "one-byte"])
def test_a_pdf_that_aborts_the_reader_when_drawn_is_refused_at_import(
        tmp_path: Path, changes: list[tuple[int, int]]) -> None:
    """These consent forms passed the import's check, which read their text, and then
    MuPDF freed memory twice when a page was first drawn: the thumbnail worker, the
    viewer, or the export (the whole command) aborted. The check draws every page, small,
    in its helper process: the file is refused when it is added, with a clear message."""
    path = _corpus_mutant(tmp_path, "classify/medical--vaccine-consent-form.pdf", changes)
    run = _import_in_a_process(tmp_path, path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.splitlines()[0] == "error damaged"
    assert "vaccine-consent-form.pdf: the file is damaged" in run.stdout

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.core import ocr, tessapi
from desktop_app.errors import OcrTimeoutError, ToolMissingError
from tests import make
from tests.conftest import corpus_file

TRUTH = "\n".join(make.LETTER_TEXT)
ROOT = Path(__file__).resolve().parents[2]


def _half_page() -> Image.Image:
    """A smaller page (150 dpi) keeps real-Tesseract tests quick."""
    image = make.page_image(size=(1275, 1650), font_px=26)
    image.info["dpi"] = (150, 150)
    return image


def test_upright_page_reads_with_words_boxes_and_confidence(tmp_path: Path) -> None:
    result = ocr.ocr_image(_half_page(), tmp_path)
    assert make.recall(TRUTH, result.text) >= 0.95
    assert result.rotation == 0 and result.skew == 0.0
    assert result.confidence is not None and result.confidence > 80
    lease = next(w for w in result.words if w.text == "Lease")
    assert 0 < lease.x0 < lease.x1 < 1275 and 0 < lease.y0 < lease.y1 < 1650
    assert result.text_layer.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("turn", "expected"),
    [(Image.Transpose.ROTATE_90, 90), (Image.Transpose.ROTATE_180, 180),
     (Image.Transpose.ROTATE_270, 270)],
)
def test_sideways_and_upside_down_pages_read_as_well_and_say_how_to_turn(
    tmp_path: Path, turn: Image.Transpose, expected: int
) -> None:
    """Read any way up (``--psm 1``, what processing asks when it cannot tell which way up
    a page is), one reading gives the text and the turn."""
    page = _half_page()
    turned = page.transpose(turn)
    turned.info["dpi"] = page.info["dpi"]
    result = ocr.ocr_image(turned, tmp_path, psm="1")
    assert result.rotation == expected
    assert make.recall(TRUTH, result.text) >= 0.95
    # Turning the image by the reported angle (clockwise) makes it upright again.
    assert turned.rotate(-expected, expand=True).tobytes() == page.tobytes()


def test_skew_is_measured_in_clockwise_degrees(tmp_path: Path) -> None:
    page = _half_page()
    skewed = page.rotate(-2.5, expand=True, fillcolor=255)  # turned 2.5 degrees clockwise
    skewed.info["dpi"] = page.info["dpi"]
    result = ocr.ocr_image(skewed, tmp_path)
    assert result.skew == pytest.approx(2.5, abs=0.6) or result.skew == pytest.approx(
        -2.5, abs=0.6)
    assert result.skew < 0  # straightening turns it back, counter-clockwise


@pytest.mark.corpus
def test_a_real_page_photographed_sideways_reads_like_the_upright_one(tmp_path: Path) -> None:
    truth = corpus_file("ocr/phototest-rotated-L.txt").read_text()
    with Image.open(corpus_file("ocr/phototest-rotated-L.png")) as image:
        sideways = ocr.ocr_image(image.convert("L"), tmp_path / "a", psm="1")
    with Image.open(corpus_file("ocr/phototest.tif")) as image:
        upright = ocr.ocr_image(image.convert("L"), tmp_path / "b")
    assert sideways.rotation == 90
    assert make.recall(truth, sideways.text) >= 0.95
    assert make.recall(truth, sideways.text) >= make.recall(truth, upright.text) - 0.02


@pytest.fixture
def kept_engine() -> Iterator[None]:
    """Read on engines kept in this process, as a worker does."""
    ocr.keep_engine()
    yield
    ocr.keep_engine(False)


@pytest.mark.parametrize("kept", [False, True], ids=["executable", "kept-engine"])
def test_a_page_that_takes_too_long_is_stopped_with_a_clear_error(
    tmp_path: Path, kept: bool
) -> None:
    ocr.keep_engine(kept)
    try:
        with pytest.raises(OcrTimeoutError, match="longer than"):
            ocr.ocr_image(make.page_image(), tmp_path, timeout=0.05)
    finally:
        ocr.keep_engine(False)


def _noise(side: int) -> Image.Image:
    """Black and white noise: Tesseract's layout analysis spends seconds on it before
    it reads a word, where it does not look at its deadline (2.6 s at 3000 pixels)."""
    return Image.frombytes("L", (side, side), random.Random(7).randbytes(side * side)).point(
        lambda v: 255 if v > 127 else 0)


def test_a_reading_stuck_before_its_deadline_is_looked_at_ends_its_worker(
    tmp_path: Path
) -> None:
    """The kept engine cannot be stopped inside Tesseract's layout analysis: past its
    time and ``GRACE``, its watchdog writes the stuck file and ends the process (a
    worker; ``processing.run_jobs`` then fails the page as out of time)."""
    picture = _noise(6000)
    picture.save(tmp_path / "noise.png")
    marker = tmp_path / "stuck"
    code = (
        "from pathlib import Path\n"
        "from desktop_app.core import tessapi\n"
        f"tessapi.mark_stuck_in(Path({str(marker)!r}))\n"
        f"tessapi.read(Path({str(tmp_path / 'noise.png')!r}), Path({str(tmp_path / 'n')!r}),"
        " languages='eng+spa', psm=3, dpi=300, timeout=0.1)\n"
        "print('returned')\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          timeout=120, check=False,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.returncode == tessapi.STUCK_EXIT, proc.stderr.decode()
    assert marker.exists() and b"returned" not in proc.stdout


def test_missing_tesseract_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(ToolMissingError, match="not installed"):
        ocr.ocr_image(_half_page(), tmp_path)


def test_missing_language_data_is_named() -> None:
    with pytest.raises(ToolMissingError, match="tesseract-ocr-xyz"):
        ocr.check_languages("eng+xyz")
    ocr.check_languages("eng+spa")  # installed by the set-up script


def _layer_stream(pdf: Path) -> bytes:
    """The text layer's page content, its words' horizontal stretch left out."""
    import zlib

    data = pdf.read_bytes()
    start = data.index(b"stream\n", data.index(b"10 0 obj")) + len(b"stream\n")
    content = zlib.decompress(data[start:data.index(b"endstream", start)])
    return re.sub(rb"[-\d.]+ Tz", b"Tz", content)


def _layer_words(pdf: Path) -> list[tuple[str, float, float, float, float]]:
    import pymupdf

    with pymupdf.open(pdf) as doc:
        return [(w[4], w[0], w[1], w[2], w[3]) for w in doc[0].get_text("words")]


def _executable() -> str:
    """The system's ``tesseract``, named by its path: run as a program, not the engine."""
    import shutil

    found = shutil.which("tesseract")
    assert found is not None
    return found


def _compare_with_the_executable(page: Image.Image, tmp_path: Path, psm: str = "3") -> None:
    executable = _executable()
    assert ocr._in_process("tesseract")
    run = ocr.ocr_image(page, tmp_path / "run", tesseract=executable, psm=psm)
    kept = ocr.ocr_image(page, tmp_path / "kept", psm=psm)
    assert kept.words and kept.words == run.words
    assert (kept.text, kept.rotation, kept.skew, kept.confidence) == \
        (run.text, run.rotation, run.skew, run.confidence)
    # The text layer: the same words at the same places, in the same content stream.
    assert _layer_stream(kept.text_layer) == _layer_stream(run.text_layer)
    ours, theirs = _layer_words(kept.text_layer), _layer_words(run.text_layer)
    assert ours and [w[0] for w in ours] == [w[0] for w in theirs]


def test_the_engine_kept_in_process_reads_what_the_executable_reads(
    tmp_path: Path, kept_engine: None
) -> None:
    """The kept engine (``core.tessapi``) against the executable (named by its path, so
    run): the same words, boxes, text, turn and skew, also after a reading with other
    settings (local black and white, ``--psm 1``) on the same engine; the same text
    layer (``core.textlayer``: Tesseract's content stream, word for word; the stretch of
    each word is left out of the comparison, as Tesseract 5.4 changed it)."""
    page = _half_page()
    _compare_with_the_executable(page, tmp_path / "a")
    ocr.ocr_image(page, tmp_path / "local", local=True, psm="1")
    _compare_with_the_executable(page, tmp_path / "b")
    turned = page.convert("L").transpose(Image.Transpose.ROTATE_90)
    turned.info["dpi"] = page.info["dpi"]
    _compare_with_the_executable(turned, tmp_path / "c", psm="1")
    assert ocr.detect_turn(turned, tmp_path / "d1") == \
        ocr.detect_turn(turned, tmp_path / "d2", tesseract=_executable())


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["ocr/linn.png", "ocr/docspell-letter-scan.jpg"])
def test_the_kept_engine_reads_real_scans_as_the_executable_does(
    tmp_path: Path, kept_engine: None, name: str
) -> None:
    """Columns, headings, a letterhead: many blocks and paragraphs, the same reading."""
    with Image.open(corpus_file(name)) as image:
        page = image.convert("L")
        page.info["dpi"] = image.info.get("dpi", (300, 300))
    _compare_with_the_executable(page, tmp_path)


def test_each_word_of_the_text_layer_and_its_space_span_the_word_read(
    tmp_path: Path, kept_engine: None
) -> None:
    """Selecting or finding a word in the packet highlights the word on the page, and
    blacking out a word also takes the text under it: each word of the text layer,
    with the space after it, spans the box Tesseract read it in (as Tesseract 5.3 lays
    them, which ``redaction.pdf_words`` expects), to within a point."""
    page = _half_page()
    result = ocr.ocr_image(page, tmp_path)
    points = 72 / 150
    import pymupdf

    with pymupdf.open(result.text_layer) as doc:
        raw = doc[0].get_text("rawdict", flags=0)
    chars = [c for block in raw["blocks"] for line in block["lines"]
             for span in line["spans"] for c in span["chars"]]
    spans, current = [], []
    for char in chars:  # each word with the space that ends it
        current.append(char)
        if char["c"] == " ":
            spans.append(current)
            current = []
    spans.append(current)
    assert ["".join(c["c"] for c in s).strip() for s in spans] == \
        [w.text for w in result.words]
    for chars_of_word, word in zip(spans, result.words, strict=True):
        x0, x1 = chars_of_word[0]["bbox"][0], chars_of_word[-1]["bbox"][2]
        assert abs(x0 - word.x0 * points) < 1.0 and abs(x1 - word.x1 * points) < 1.0

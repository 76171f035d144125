"""Tesseract, called once per page for text, word boxes, orientation and a text layer.

Each run writes an hOCR file (words, boxes, confidences, line angles and baselines) and a
PDF of invisible text (``textonly_pdf``) that the packet lays over the page image.

Orientation: Tesseract's orientation detection costs about a second a page (measured
on real scans), so the app decides which way up a page reads before reading it
(``core.capture.orient``) and reads it once, upright (``--psm 3``). Where that decision
is unsure (handwriting, small print, capitals), a few small squares of the page's
text are read at each quarter turn in one short run (``turn_trial``), and the turn that
reads as words is taken; where that is unsure, Tesseract's orientation detection alone
(``detect_turn``, ``--psm 0``) looks at a small copy whose text is the size it reads
best; where that is unsure too, the page is read with ``--psm 1`` (orientation and
script detection in the same pass), whose lines carry the ``textangle`` that says how to
turn the page. Either way a page costs one reading, what plain ``tesseract`` costs.

We call the executable directly rather than through pytesseract, whose multi-output
helper takes no ``config``; like OCRmyPDF's ``_exec/tesseract.py`` this wrapper owns the
timeout, the environment (``OMP_THREAD_LIMIT=1``: one thread per process, one process
per core) and the private temp folder, and maps failures to the app's own errors.
``core.bundled`` says which executable (a bundle's own copy, else the system's);
pytesseract lists the installed languages, in the parent process only: workers get the
executable's path in their job (importing pytesseract pulls in numpy, a fifth of a
second per worker).

In the worker processes that read pages (``keep_engine``, called as each starts), when
the executable is the system's ``tesseract``, the readings, way-up trials and
orientation detection run instead on engines kept in the process (``core.tessapi``,
Tesseract's C API), one per language set: each call saves the 0.13 s of processor time
that loading ``eng+spa`` costs, and the same words come out (the same settings, as the
executable calls them). An executable named by its path (a bundle's own copy, a stand-in
in a test) is still run, and so is every call from any other process.
"""

from __future__ import annotations

import functools
import math
import os
import re
import statistics
import subprocess
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from desktop_app.core import bundled, tessapi, textlayer
from desktop_app.errors import OcrError, OcrTimeoutError, ToolMissingError
from desktop_app.i18n import _

_keep = False  # this process reads on engines kept in it (``keep_engine``)

DEFAULT_LANGUAGES = "eng+spa"
DEFAULT_TIMEOUT = 180.0  # seconds per page, as OCRmyPDF
_LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}
_MAX_SKEW = 10.0  # degrees; beyond this a baseline slope is noise, not skew
_MIN_SKEW = 0.3  # degrees; below this straightening is not worth it


@dataclass(frozen=True)
class Word:
    x0: int
    y0: int
    x1: int
    y1: int
    confidence: float
    text: str


@dataclass(frozen=True)
class OcrResult:
    text: str
    words: tuple[Word, ...]
    confidence: float | None  # mean word confidence, 0–100; None when no words
    rotation: int  # clockwise degrees that turn the page upright
    skew: float  # further clockwise degrees that straighten it
    text_layer: Path  # one-page PDF of invisible text, same frame as the image
    extra: dict[str, str] = field(default_factory=dict)


def tesseract_cmd() -> str:
    """The executable: the bundle's own inside a bundle, else the system's."""
    return bundled.tesseract_executable()


@functools.lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = tesseract_cmd()  # the one OCR runs
    try:
        return frozenset(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, FileNotFoundError) as exc:
        raise _missing() from exc


def _missing() -> ToolMissingError:
    if bundled.bundle_dir() is not None:  # the app's own copy: its folder is incomplete
        return ToolMissingError(
            _("This copy of Evidence Packet is incomplete: its Tesseract OCR is missing, "
              "so scanned pages cannot be read."),
            _("Unpack the app again from the file you downloaded (your cases are kept "
              "elsewhere), then retry."),
        )
    return ToolMissingError(
        _("Tesseract OCR is not installed, so scanned pages cannot be read."),
        _("Run the set-up command from the README (it installs tesseract-ocr), then retry."),
    )


def check_languages(languages: str) -> None:
    """Raise ``ToolMissingError`` unless every language in ``eng+spa`` form is installed."""
    missing = [lang for lang in languages.split("+") if lang not in installed_languages()]
    if missing:
        raise ToolMissingError(
            _("The OCR language data for {langs} is not installed.").format(
                langs=", ".join(missing)
            ),
            _("Install it (on Debian/Ubuntu: sudo apt install {pkgs}) and try again.").format(
                pkgs=" ".join(f"tesseract-ocr-{m}" for m in missing)
            ),
        )


def estimate_dpi(image: Image.Image) -> int:
    """The image's own resolution when believable, else what a Letter page would have."""
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    if 150 <= value <= 1200:
        return round(value)
    return max(70, min(1200, round(max(image.size) / 11)))


def ocr_image(
    image: Image.Image,
    workdir: Path,
    *,
    psm: str = "3",
    languages: str = DEFAULT_LANGUAGES,
    timeout: float = DEFAULT_TIMEOUT,
    tesseract: str | None = None,
    compress: bool = False,
    local: bool = False,
) -> OcrResult:
    """Read ``image``; outputs land in ``workdir`` (which the caller owns and cleans).
    ``tesseract`` is the executable (default: pytesseract's setting). The picture goes
    to Tesseract as a file (``_picture_file``; ``compress`` for a picture enlarged for
    reading). ``local``: black and white decided by each pixel's neighbourhood (see
    ``run_tesseract``)."""
    source = _picture_file(image, workdir / "page", compress=compress)
    return ocr_file(source, workdir, dpi=estimate_dpi(image), psm=psm,
                    languages=languages, timeout=timeout, tesseract=tesseract, local=local)


def ocr_file(
    source: Path,
    workdir: Path,
    *,
    dpi: int,
    psm: str = "3",
    languages: str = DEFAULT_LANGUAGES,
    timeout: float = DEFAULT_TIMEOUT,
    tesseract: str | None = None,
    local: bool = False,
) -> OcrResult:
    """Read the image file ``source`` as it is (Tesseract decodes it itself), once:
    upright (``psm`` "3"), or whichever way up it is ("1", which also says the turn)."""
    workdir.mkdir(parents=True, exist_ok=True)
    command = tesseract or tesseract_cmd()
    base = workdir / (f"psm{psm}-local" if local else f"psm{psm}")
    if _in_process(command):
        return _read_in_process(source, base, psm=psm, languages=languages, dpi=dpi,
                                timeout=timeout, local=local)
    run_tesseract(source, base, psm=psm, languages=languages, dpi=dpi, timeout=timeout,
                  command=command, local=local)
    hocr = base.with_suffix(".hocr").read_text(encoding="utf-8")
    return parse_hocr(hocr, base.with_suffix(".pdf"))


def _picture_file(image: Image.Image, stem: Path, *, compress: bool) -> Path:
    """``image`` written for Tesseract in its work folder as ``stem``.bmp, uncompressed:
    writing and decoding it costs about 8 ms for a page, where a quickly compressed PNG
    cost about 250 ms (as much as reading a short page) to be half the size, a photo's
    noise hardly compressing (3.3-3.6 MB against 5.9-6.8 MB for the way-up detection's
    copy of a letter page, on the bench's photos). ``compress``: as ``stem``.png, quickly
    compressed, for a small scan enlarged for reading: its BMP would be many times the
    file it came from, while its clean print compresses well. In a protected folder the
    work folder is in memory, which may be small."""
    stem.parent.mkdir(parents=True, exist_ok=True)
    picture = image if image.mode in ("1", "L", "RGB") else image.convert("RGB")
    if compress:
        target = stem.with_suffix(".png")
        picture.save(target, format="PNG", compress_level=1)
    else:
        target = stem.with_suffix(".bmp")
        picture.save(target, format="BMP")
    return target


def detect_turn(image: Image.Image, workdir: Path, *, timeout: float = DEFAULT_TIMEOUT,
                tesseract: str | None = None, compress: bool = False) -> tuple[int, float]:
    """Tesseract's orientation detection alone (``--psm 0``), on ``image`` as given
    (a small copy whose text is the size it reads best: ``orient.for_detection``):
    the clockwise turn that stands it up, and its confidence (0 when it found no
    text; 2 and more is usually right, on the samples). ``compress``: ``image`` is a
    small page enlarged (see ``_picture_file``)."""
    source = _picture_file(image, workdir / "detect", compress=compress)
    command = tesseract or tesseract_cmd()
    if _in_process(command):
        try:
            found = tessapi.detect_orientation(source, dpi=300, timeout=timeout)
        except tessapi.EngineFailed:
            return 0, 0.0
        return (found[0] % 360, found[1]) if found else (0, 0.0)
    args = [command, str(source), "-", "--psm", "0", "--dpi", "300"]
    proc = _run(args, workdir, timeout)
    if proc is None:
        return 0, 0.0
    out = proc.stdout.decode("utf-8", "replace")
    turn = re.search(r"^Rotate:\s*(\d+)", out, re.MULTILINE)
    sure = re.search(r"^Orientation confidence:\s*([\d.]+)", out, re.MULTILINE)
    if proc.returncode != 0 or not turn or not sure:
        return 0, 0.0  # too little text to tell (Tesseract says so and fails)
    return int(turn.group(1)) % 360, float(sure.group(1))


def turn_trial(squares: list[Image.Image], workdir: Path, *,
               turns: tuple[int, ...] = (0, 90, 180, 270), language: str = "eng",
               timeout: float = DEFAULT_TIMEOUT,
               tesseract: str | None = None) -> dict[int, float]:
    """Read a few small squares of a page's text (``orient.trial_squares``) at each of
    ``turns`` (clockwise), in one Tesseract run (a multi-page TIFF, one square a page,
    ``--psm 6``), and score each turn by what it reads as words: letters of words of two
    and more, weighted by how far their confidence is above 50. Text the right way up
    reads as words; turned, it reads as a few unsure scraps. Returns {turn: score}.
    Tesseract's second look at each poorly read line, inverted (white on black), is
    turned off: the squares read the wrong way are all poorly read lines, and the second
    look cost a sixth of the trial without changing a score (measured on the bench's
    photos)."""
    workdir.mkdir(parents=True, exist_ok=True)
    pages = []
    for turn in turns:
        for square in squares:
            page = Image.new("L", (square.width + 80, square.height + 80), 255)
            page.paste(_turned(square, turn), (40, 40))
            pages.append(page)
    scores = dict.fromkeys(turns, 0.0)
    if not pages:
        return scores
    source = workdir / "trial.tif"
    pages[0].save(source, save_all=True, append_images=pages[1:], dpi=(300, 300))
    base = workdir / "trial"
    hocr = base.with_suffix(".hocr")
    command = tesseract or tesseract_cmd()
    if _in_process(command):
        try:
            tessapi.read(source, base, languages=language, psm=6, dpi=300, timeout=timeout,
                         variables={"tessedit_do_invert": "0"})
        except (tessapi.EngineTimeout, tessapi.EngineFailed):
            return scores
    else:
        args = [command, str(source), str(base), "--psm", "6", "--dpi",
                "300", "-l", language, "-c", "tessedit_do_invert=0", "hocr"]
        proc = _run(args, workdir, timeout)
        if proc is None or proc.returncode != 0:
            return scores
    if not hocr.exists():
        return scores
    root = ET.fromstring(hocr.read_text(encoding="utf-8"))
    read = [node for node in root.iter() if node.get("class") == "ocr_page"]
    for number, node in enumerate(read[:len(pages)]):
        turn = turns[number // len(squares)]
        for word in _words(node):
            letters = sum(ch.isalnum() for ch in word.text)
            if letters >= 2:
                scores[turn] += max(0.0, word.confidence - 50) * letters / 50
    return scores


def _turned(image: Image.Image, turn: int) -> Image.Image:
    """``image`` turned ``turn`` degrees clockwise (PIL's ROTATE_n is counter-clockwise)."""
    ways = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180,
            270: Image.Transpose.ROTATE_90}
    return image.transpose(ways[turn]) if turn in ways else image


def score(result: OcrResult) -> float:
    """How much was read, and how surely: used to choose between two readings."""
    return len(result.words) * (result.confidence or 0.0)


def read_wrong_way(result: OcrResult, *, in_doubt: bool = True) -> bool:
    """True when an upright reading looks like a page read the wrong way up: words
    standing on end, or — when the way up was ``in_doubt`` — the low confidence of
    nonsense (41-55 on pages read turned, on the samples; under 55 counts; a poor
    photo read the right way up scores as low, so a way up known for sure is kept).
    A page is then read again, any way up."""
    words = [w for w in result.words if len(w.text) >= 3]
    if len(words) < 3:
        return False
    flat = sum(1 for w in words if (w.x1 - w.x0) >= (w.y1 - w.y0))
    return flat < 0.6 * len(words) or (in_doubt and (result.confidence or 0) < 55)


def trusted_turn(result: OcrResult, *, otherwise: int = 0) -> int:
    """The turn a reading any way up (``--psm 1``) found, when the reading is good
    enough to believe it (on a blurred or tiny page the detected angle is noise);
    else ``otherwise``."""
    trusted = (result.confidence or 0) >= 60 and len(result.words) >= 5
    return result.rotation if trusted else otherwise


def _run(args: list[str], workdir: Path, timeout: float
         ) -> subprocess.CompletedProcess[bytes] | None:
    """Run one Tesseract (one thread; its temporary files in ``workdir``); None when it
    ran out of time (it is killed). A missing Tesseract is a typed error."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1", TMPDIR=str(workdir))
    try:
        return subprocess.run(args, env=env, capture_output=True, timeout=timeout,
                              check=False, stdin=subprocess.DEVNULL)
    except FileNotFoundError as exc:
        raise _missing() from exc
    except subprocess.TimeoutExpired:
        return None


def run_tesseract(
    source: Path, base: Path, *, psm: str = "3", languages: str, dpi: int, timeout: float,
    command: str | None = None, local: bool = False,
) -> None:
    """Read ``source`` into ``base``.hocr and ``base``.pdf (its text layer). ``local``:
    Tesseract decides black and white by each pixel's neighbourhood (Sauvola) instead of
    one level for the page (Otsu): print on a patterned or unevenly lit ground (an ID
    card's guilloche, a dim photo, a receipt) reads where one level loses it."""
    command = command or tesseract_cmd()
    args = [
        command, str(source), str(base), "--psm", psm, "--dpi", str(dpi),
        "-l", languages, "-c", "textonly_pdf=1",
        *(["-c", "thresholding_method=2"] if local else []), "pdf", "hocr",
    ]
    proc = _run(args, base.parent, timeout)
    if proc is None:
        raise timed_out(timeout)
    if proc.returncode != 0 or not base.with_suffix(".hocr").exists():
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise OcrError(
            _("Tesseract could not read this page ({detail}).").format(
                detail=" / ".join(detail) or f"exit {proc.returncode}"
            ),
            _("Retry; if it fails again, scan or photograph the page again."),
        )


def timed_out(timeout: float) -> OcrTimeoutError:
    return OcrTimeoutError(
        _("Reading this page took longer than {s:.0f} seconds and was stopped.").format(
            s=timeout
        ),
        _("The page is kept without searchable text. Try a clearer scan, then retry."),
    )


def keep_engine(on: bool = True) -> None:
    """Read in this process, on engines kept for its life (see the module's note); only
    for a process that may be ended when a reading is stuck: a worker."""
    global _keep
    _keep = on


mark_stuck_in = tessapi.mark_stuck_in  # the file written before a stuck worker ends


def _in_process(command: str) -> bool:
    """Read with the engine kept in this process when ``keep_engine`` said so, the
    executable is the system's own ``tesseract`` and its library loads. An executable
    named by its path (a bundle's copy, a stand-in) is run."""
    return _keep and command == "tesseract" and tessapi.available()


def _read_in_process(source: Path, base: Path, *, psm: str, languages: str, dpi: int,
                     timeout: float, local: bool) -> OcrResult:
    """``run_tesseract`` and ``parse_hocr`` on the engine kept in this process, with the
    same settings: the words are taken from the engine and the text layer is written
    from them (``core.textlayer``), where the executable writes hOCR and a PDF."""
    try:
        reading = tessapi.recognize(source, languages=languages, psm=int(psm), dpi=dpi,
                                    timeout=timeout,
                                    variables={"thresholding_method": "2"} if local else None)
    except tessapi.EngineTimeout as exc:
        raise timed_out(timeout) from exc
    except (tessapi.EngineFailed, tessapi.EngineUnavailable) as exc:
        raise OcrError(
            _("Tesseract could not read this page ({detail}).").format(detail=str(exc)),
            _("Retry; if it fails again, scan or photograph the page again."),
        ) from exc
    layer = base.with_suffix(".pdf")
    textlayer.write(reading, layer, font=tessapi.glyphless_font(),
                    producer=f"Tesseract {tessapi.version()}",
                    created=time.strftime("%Y%m%d%H%M%SZ00'00'", time.gmtime()))
    return from_reading(reading, layer)


# --- hOCR ---------------------------------------------------------------------------------

_PROP = re.compile(r"(\w+) ([^;]+)")


def _props(title: str) -> dict[str, str]:
    return {m.group(1): m.group(2).strip() for m in _PROP.finditer(title or "")}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


@dataclass(frozen=True)
class _Line:
    angle: int  # clockwise degrees the line's text is turned (hOCR's textangle)
    slope: float | None  # its baseline's slope, given for upright lines
    words: list[Word]


def parse_hocr(hocr: str, text_layer: Path) -> OcrResult:
    root = ET.fromstring(hocr)
    size = (0, 0)
    for node in root.iter():
        if node.get("class") == "ocr_page":
            bbox = _props(node.get("title", "")).get("bbox", "0 0 0 0").split()
            size = (int(bbox[2]), int(bbox[3]))
            break
    paragraphs: list[list[_Line]] = []
    for par in root.iter():
        if par.get("class") != "ocr_par":
            continue
        lines: list[_Line] = []
        for line in par.iter():
            if line.get("class") not in _LINE_CLASSES:
                continue
            props = _props(line.get("title", ""))
            slope = float(props["baseline"].split()[0]) if "baseline" in props else None
            lines.append(_Line(int(float(props.get("textangle", "0"))) % 360, slope,
                               _words(line)))
        paragraphs.append(lines)
    return _result(paragraphs, size, text_layer)


def from_reading(reading: tessapi.Reading, text_layer: Path) -> OcrResult:
    """What ``parse_hocr`` makes of the hOCR of ``reading`` (Tesseract's
    ``hocrrenderer.cpp``: a line's textangle, its baseline's slope to three decimals,
    each word's confidence as a whole number)."""
    paragraphs: list[list[_Line]] = []
    for line in reading.lines:
        if line.para_start or not paragraphs:
            paragraphs.append([])
        slope = None
        if line.orientation == 0 and line.baseline and line.baseline[0] != line.baseline[2]:
            x1, y1, x2, y2 = line.baseline
            slope = textlayer.round3((y2 - y1) / (x2 - x1))
        words = [Word(*w.box, float(int(w.confidence)), w.text.strip())
                 for w in line.words if w.text.strip()]
        paragraphs[-1].append(_Line((360 - line.orientation * 90) % 360, slope, words))
    return _result(paragraphs, (reading.width, reading.height), text_layer)


def _result(paragraphs: list[list[_Line]], size: tuple[int, int],
            text_layer: Path) -> OcrResult:
    texts: list[str] = []
    words: list[Word] = []
    angle_votes: dict[int, int] = {}
    slopes: list[float] = []
    turned_lines: list[tuple[int, list[Word]]] = []
    for paragraph in paragraphs:
        lines: list[str] = []
        for line in paragraph:
            if not line.words:
                continue
            words.extend(line.words)
            lines.append(" ".join(w.text for w in line.words))
            angle_votes[line.angle] = angle_votes.get(line.angle, 0) + len(line.words)
            if line.slope is not None and len(line.words) >= 3:
                slopes.append(line.slope)
            if line.angle and len(line.words) >= 3:
                turned_lines.append((line.angle, line.words))
        if lines:
            texts.append("\n".join(lines))
    rotation = max(angle_votes, key=lambda a: angle_votes[a]) if angle_votes else 0
    confidence = round(statistics.fmean(w.confidence for w in words), 1) if words else None
    if rotation:
        # Tesseract gives no baseline for turned lines: fit a line through the word
        # centres instead, in the frame of the page once turned upright.
        slopes = [_centre_slope(line, rotation, size)
                  for angle, line in turned_lines if angle == rotation]
    return OcrResult(
        text="\n\n".join(texts),
        words=tuple(words),
        confidence=confidence,
        rotation=rotation,
        skew=_skew(slopes),
        text_layer=text_layer,
    )


def _upright(x: float, y: float, rotation: int, size: tuple[int, int]) -> tuple[float, float]:
    """Where image point (x, y) lands once the image is turned ``rotation`` clockwise."""
    width, height = size
    if rotation == 90:
        return height - y, x
    if rotation == 180:
        return width - x, height - y
    if rotation == 270:
        return y, width - x
    return x, y


def _centre_slope(line: list[Word], rotation: int, size: tuple[int, int]) -> float:
    points = [_upright((w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2, rotation, size) for w in line]
    mean_x = statistics.fmean(p[0] for p in points)
    mean_y = statistics.fmean(p[1] for p in points)
    spread = sum((p[0] - mean_x) ** 2 for p in points)
    if spread == 0:
        return 0.0
    return sum((p[0] - mean_x) * (p[1] - mean_y) for p in points) / spread


def _words(line: ET.Element) -> list[Word]:
    found: list[Word] = []
    for node in line.iter():
        if node.get("class") != "ocrx_word":
            continue
        text = "".join(node.itertext()).strip()
        if not text:
            continue
        props = _props(node.get("title", ""))
        try:
            x0, y0, x1, y1 = (int(v) for v in props["bbox"].split())
            conf = float(props.get("x_wconf", "0"))
        except (KeyError, ValueError):
            continue
        found.append(Word(x0, y0, x1, y1, conf, text))
    return found


def _skew(slopes: list[float]) -> float:
    """Clockwise degrees that straighten the page, from the lines' baseline slopes."""
    if len(slopes) < 3:
        return 0.0
    degrees = -math.degrees(math.atan(statistics.median(slopes)))
    if abs(degrees) < _MIN_SKEW or abs(degrees) > _MAX_SKEW:
        return 0.0
    return round(degrees, 2)

"""The sample case: the generator, the shipped files, and what real Tesseract reads in them."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pymupdf
import pytest
from PIL import Image, ImageStat

from desktop_app.core import samples
from desktop_app.core.formats import sniff_file

SIDEWAYS = "IMG_20201120_101233.jpg"
SPANISH = "carta-pastor-2023.jpg"
RECEIPT = samples.document_by_name("rent-receipt-2017-05.png")
KIND_BY_SUFFIX = {".pdf": "pdf", ".jpg": "jpeg", ".png": "png", ".tif": "tiff"}


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def recall(truth: str, found: str) -> float:
    """The share of the true words that OCR found, in any order, ignoring case."""
    expected, got = words(truth), words(found)
    return sum(min(n, got[w]) for w, n in expected.items()) / sum(expected.values())


def ocr(image: Path, psm: int = 1) -> str:
    result = subprocess.run(
        ["tesseract", str(image), "-", "--psm", str(psm), "-l", "eng+spa"],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    return result.stdout


def page_images(path: Path, out: Path) -> list[Path]:
    """Each page of a sample as an image file Tesseract can read."""
    if path.suffix not in (".pdf", ".tif"):
        return [path]
    images = []
    if path.suffix == ".pdf":
        with pymupdf.open(path) as doc:
            for page in doc:
                images.append(out / f"{path.stem}-{page.number}.png")
                page.get_pixmap(dpi=300).save(images[-1])
    else:
        with Image.open(path) as tiff:
            for index in range(getattr(tiff, "n_frames", 1)):
                tiff.seek(index)
                images.append(out / f"{path.stem}-{index}.png")
                tiff.save(images[-1])
    return images


@pytest.fixture(scope="module")
def shipped() -> dict[str, Path]:
    return {path.name: path for path in samples.bundled_sample_paths()}


# -- The specs ---------------------------------------------------------------------------


def test_the_samples_make_one_believable_case() -> None:
    specs = samples.SAMPLE_DOCUMENTS
    assert len({s.filename for s in specs}) == len(specs)
    assert {s.category for s in specs} == {"residence", "employment", "medical", "community"}
    assert min(s.date.year for s in specs) == 2016
    assert max(s.date.year for s in specs) == 2024
    assert {s.language for s in specs} == {"en", "es"}
    assert {s.capture for s in specs} == {"scan", "photo", "photo-sideways",
                                          "photo-upside-down"}
    assert {s.suffix for s in specs} == {".pdf", ".jpg", ".png", ".tif"}
    naming = [s for s in specs if "Hernández" in samples.document_text(s)]
    assert len(naming) >= len(specs) - 1
    homes = [s for s in specs if "1418 Cedar Ave" in samples.document_text(s)]
    assert {s.category for s in homes} >= {"residence", "employment"}


def test_document_text_is_plain_text_without_markup() -> None:
    text = samples.document_text(samples.document_by_name(SPANISH))
    assert "[" not in text and "\t" not in text and "@sign" not in text and "---" not in text
    assert "Carta de apoyo" in text
    assert "A quien corresponda:" in text
    assert "9 de agosto de 2023" in text
    assert "¿Cómo" in text and "¡Que" in text


def test_document_text_joins_the_pages() -> None:
    lease = samples.document_by_name("lease-2016.pdf")
    pages = samples.page_texts(lease)
    assert len(pages) == 2
    assert "Page 1 of 2" in pages[0] and "Page 2 of 2" in pages[1]
    assert samples.document_text(lease) == "\n\n".join(pages)


def test_document_by_name_refuses_an_unknown_file() -> None:
    with pytest.raises(KeyError):
        samples.document_by_name("no-such-sample.jpg")


# -- The generator -----------------------------------------------------------------------

# Receipt-sized stand-ins for every output format, so the generator tests stay quick.
QUICK = (
    RECEIPT,
    dataclasses.replace(RECEIPT, filename="receipt.jpg"),
    dataclasses.replace(RECEIPT, filename="receipt.pdf", pages=RECEIPT.pages * 2),
    dataclasses.replace(RECEIPT, filename="receipt.tif", pages=RECEIPT.pages * 2),
)


@pytest.fixture(scope="module")
def quick_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return samples.write_sample_documents(tmp_path_factory.mktemp("quick"), QUICK)


def test_generator_writes_the_files_it_is_asked_for(quick_files: list[Path]) -> None:
    folder = quick_files[0].parent
    assert [p.name for p in quick_files] == [s.filename for s in QUICK]
    assert sorted(p.name for p in folder.iterdir()) == sorted(s.filename for s in QUICK)
    for path in quick_files:
        assert sniff_file(path) == KIND_BY_SUFFIX[path.suffix]
    with pymupdf.open(folder / "receipt.pdf") as doc:
        assert doc.page_count == 2
        assert doc[0].rect.width == pytest.approx(RECEIPT.size[0] * 72 / 300)
    with Image.open(folder / "receipt.tif") as tiff:
        assert getattr(tiff, "n_frames", 1) == 2
        assert tiff.mode == "1"
    with Image.open(folder / "receipt.jpg") as jpeg:
        assert jpeg.size == RECEIPT.size
        assert jpeg.mode == "L"
        assert jpeg.info["dpi"] == pytest.approx((300, 300))


def test_generator_is_deterministic(quick_files: list[Path], tmp_path: Path) -> None:
    again = samples.write_sample_documents(tmp_path, QUICK)
    for first, second in zip(quick_files, again, strict=True):
        assert first.read_bytes() == second.read_bytes(), first.name


def test_scans_are_not_clean_renders() -> None:
    clean = samples.render_clean_pages(RECEIPT)[0].convert("L")
    scan = samples.render_pages(RECEIPT)[0]
    assert scan.size == clean.size
    blank = (1500, 1000, 1600, 1080)  # below the text: off-white paper, not pure white
    assert clean.crop(blank).getextrema() == (255, 255)
    assert 225 < ImageStat.Stat(scan.crop(blank)).mean[0] < 250


# -- The shipped files -------------------------------------------------------------------


def test_every_sample_is_shipped_and_nothing_else(shipped: dict[str, Path]) -> None:
    folder = next(iter(shipped.values())).parent
    assert {p.name for p in folder.iterdir()} == set(shipped) | {"README.txt"}
    assert "FICTIONAL" in (folder / "README.txt").read_text(encoding="utf-8")
    assert sum(p.stat().st_size for p in shipped.values()) < 6 * 1024 * 1024


@pytest.mark.parametrize("spec", samples.SAMPLE_DOCUMENTS, ids=lambda s: s.filename)
def test_shipped_sample_opens_with_its_pages(
    spec: samples.SampleDocument, shipped: dict[str, Path]
) -> None:
    path = shipped[spec.filename]
    assert sniff_file(path) == KIND_BY_SUFFIX[spec.suffix]
    if spec.suffix == ".pdf":
        with pymupdf.open(path) as doc:
            assert doc.page_count == len(spec.pages)
            assert doc[0].rect == pymupdf.paper_rect("letter")
        return
    with Image.open(path) as image:
        assert getattr(image, "n_frames", 1) == len(spec.pages)
        image.load()
        width, height = image.size
    if spec.capture == "scan":
        assert (width, height) == spec.size
    elif spec.capture in ("photo", "photo-upside-down"):
        assert height > width
    else:
        assert width > height  # the phone was held sideways


# -- What Tesseract reads ----------------------------------------------------------------


def test_tesseract_reads_the_sideways_phone_photo(shipped: dict[str, Path]) -> None:
    spec = samples.document_by_name(SIDEWAYS)
    found = ocr(shipped[SIDEWAYS])
    assert recall(samples.document_text(spec), found) >= 0.9
    assert "East End Community Food Pantry" in found


def test_the_sideways_photo_really_needs_turning(shipped: dict[str, Path]) -> None:
    """Without orientation detection Tesseract reads almost nothing of it."""
    spec = samples.document_by_name(SIDEWAYS)
    assert recall(samples.document_text(spec), ocr(shipped[SIDEWAYS], psm=6)) < 0.3


def test_tesseract_reads_the_spanish_letter(shipped: dict[str, Path]) -> None:
    spec = samples.document_by_name(SPANISH)
    found = ocr(shipped[SPANISH])
    assert recall(samples.document_text(spec), found) >= 0.9
    for phrase in ("Carta de apoyo", "A quien corresponda", "9 de agosto de 2023", "señora"):
        assert phrase in found


@pytest.mark.slow
def test_tesseract_reads_every_sample_page(shipped: dict[str, Path], tmp_path: Path) -> None:
    jobs = [
        (spec.filename, image, truth)
        for spec in samples.SAMPLE_DOCUMENTS
        for image, truth in zip(
            page_images(shipped[spec.filename], tmp_path), samples.page_texts(spec), strict=True
        )
    ]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        texts = list(pool.map(ocr, [image for _, image, _ in jobs]))
    scores = {
        f"{name} {image.name}": recall(truth, text)
        for (name, image, truth), text in zip(jobs, texts, strict=True)
    }
    assert min(scores.values()) >= 0.8, scores

"""The self-contained app folder, built by packaging/bundle.sh and unpacked from its
tar.gz as a user would, makes the sample packet and opens its window on a computer with
no Python, no Tesseract and no network (tests/packaging/sandbox.py: a bare root as root,
an empty environment otherwise). The build takes a minute or two the first time, seconds
when the bundle is up to date; the sample case takes about half a minute to read."""

from __future__ import annotations

import platform
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytesseract
import pytest
from PIL import Image

from tests.packaging import sandbox

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (sys.platform.startswith("linux") and platform.machine() == "x86_64"),
                       reason="packaging/bundle.sh builds the Linux x86-64 bundle only"),
]

DATA = "/home/user/.local/share/evidence-packet"  # the default data folder, under HOME


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tarball = sandbox.build()
    return sandbox.unpack(tarball, tmp_path_factory.mktemp("unpacked"))


@pytest.fixture(scope="module")
def box(app: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[sandbox.Sandbox]:
    yield sandbox.Sandbox(app, tmp_path_factory.mktemp("computer"))


@pytest.fixture(scope="module")
def demo(box: sandbox.Sandbox) -> Path:
    """The sample packet the bundled command line made, as a path of this computer."""
    run = box.run("evidence-packet", "demo")
    assert run.code == 0, run.err
    return box.path(run.out.strip().splitlines()[-1])


def test_the_bundle_needs_nothing_of_the_system_but_libc_and_the_graphics_drivers(
        app: Path) -> None:
    needed = sandbox.system_libraries(app)
    assert {name: where for name, where in needed.items()
            if where == "not found" or not sandbox.BASE_SYSTEM.match(name)} == {}
    assert (app / "_internal" / "tesseract" / "tesseract").is_file()
    for lang in ("eng", "spa", "osd"):
        assert (app / "_internal" / "tesseract" / "tessdata" / f"{lang}.traineddata").is_file()
    assert sorted(p.name for p in app.iterdir() if p.is_file()) == [
        "evidence-packet", "evidence-packet-gui", "install.sh"]


def test_the_bundled_command_line_makes_the_sample_packet_with_its_own_tesseract(
        box: sandbox.Sandbox, demo: Path) -> None:
    if not box.strict:
        print("not root: ran with an empty environment, not in a bare root without network")
    with pymupdf.open(demo) as packet:
        assert packet.page_count >= 18  # cover, index, dividers, the sample's 16 pages
        text = " ".join(page.get_text() for page in packet)
    # Words only the OCR of the sample's photos can have put there, in English and with
    # the bundled Spanish data.
    for words in ("moderate persistent asthma", "Employer identification number",
                  "Por medio de la presente"):
        assert words in text, words


def test_the_bundled_workers_pack_a_packet_for_online_filing(
        box: sandbox.Sandbox, demo: Path) -> None:
    """Export for USCIS online filing: the scanned pages are made smaller in a pool of
    worker processes, each a copy of the bundled executable."""
    out = f"{DATA}/exports/online.pdf"
    run = box.run("evidence-packet", "export", "--case", "1", "--out", out,
                  "--profile", "uscis-online", "--allow-untranslated")
    assert run.code == 0, run.err
    parts = sorted(box.path(f"{DATA}/exports").glob("online*.pdf"))
    assert parts
    for part in parts:
        assert part.stat().st_size <= 6 * 1024 * 1024
        with pymupdf.open(part) as pdf:
            assert pdf.page_count > 0


def test_the_bundled_window_opens_on_the_sample_case_and_draws_it(
        box: sandbox.Sandbox, demo: Path) -> None:
    run = box.run("evidence-packet-gui", "--screenshot", "/tmp/window.png",
                  QT_QPA_PLATFORM="offscreen", timeout=120)
    assert run.code == 0, run.err
    shot = box.path("/tmp/window.png")
    with Image.open(shot) as image:
        assert image.width >= 800 and image.height >= 500
        assert len(image.convert("RGB").getcolors(1 << 20) or []) > 50  # not a blank frame
        seen = pytesseract.image_to_string(image)  # read by the test's own Tesseract
    for words in ("Prosecutorial discretion", "Employment", "Export packet", "Ready"):
        assert words in seen, words


def test_the_bundle_puts_itself_in_the_menu_and_takes_itself_out(
        app: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    run = subprocess.run(["/bin/sh", str(app / "install.sh")], env={
        "HOME": str(home), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
        check=False)
    assert run.returncode == 0, run.stderr
    entry = home / ".local/share/applications/evidence-packet.desktop"
    assert f'Exec="{app / "evidence-packet-gui"}" %F' in entry.read_text()
    assert (home / ".local/share/icons/hicolor/256x256/apps/evidence-packet.png").is_file()
    run = subprocess.run(["/bin/sh", str(app / "install.sh"), "--uninstall"],
                                 env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
                                 capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert not [p for p in home.rglob("*") if p.is_file()]

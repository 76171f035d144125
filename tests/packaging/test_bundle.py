"""The self-contained app folder, built by packaging/bundle.sh and unpacked from its
tar.gz as a user would, makes the sample packet and opens its window on a computer with
no Python, no Tesseract and no network (tests/packaging/sandbox.py: a bare root as root,
an empty environment otherwise). The build takes a minute or two the first time, seconds
when the bundle is up to date; the sample case takes about half a minute to read."""

from __future__ import annotations

import importlib.metadata
import json
import os
import platform
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pillow_heif
import pymupdf
import pytesseract
import pytest
from PIL import Image, ImageDraw, ImageFont

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
    # One program: the window's file, the command line's name a link to it.
    assert (app / "evidence-packet").resolve() == (app / "evidence-packet-gui").resolve()
    # Usable by every user of the computer once unpacked (e.g. in /opt by an administrator).
    for path in [app, *app.rglob("*")]:
        if not path.is_symlink():
            assert path.stat().st_mode & 0o004, path
            if path.is_dir() or path.stat().st_mode & 0o100:
                assert path.stat().st_mode & 0o001, path
    # What the bundle leaves out (packaging/standins): what only libarchive and libcurl
    # loaded (a second ICU, libxml2, the network's libraries), and the x265 encoder.
    names = {p.name for p in app.rglob("*.so*")}
    assert not names & {"libicudata.so.72", "libxml2.so.2", "libldap-2.5.so.0",
                        "libssh2.so.1", "librtmp.so.1", "libnghttp2.so.14", "libpsl.so.5"}
    for standin in (app / "_internal" / "pillow_heif.libs").glob("libx265*"):
        assert standin.stat().st_size < 100_000
    # libsystemd a stand-in, and what only it loaded gone; no TLS, no line editing.
    assert (app / "_internal" / "libsystemd.so.0").stat().st_size < 100_000
    assert not names & {"libgcrypt.so.20", "libgpg-error.so.0", "liblz4.so.1",
                        "libssl.so.3", "libreadline.so.8"}
    # Pillow's copies of libraries the bundle has from Debian are Debian's (one file).
    for ours in ("libXau.so.6", "libzstd.so.1", "liblzma.so.5", "libpng16.so.16"):
        theirs = next((app / "_internal" / "pillow.libs").glob(ours.split(".")[0] + "-*"))
        assert theirs.samefile(app / "_internal" / ours), theirs


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
    # A laptop's 1920 x 1080 screen (Qt's offscreen one is 800 x 800, where the first
    # window opens smaller, its toolbar in icons only and its lesser columns hidden).
    box.path("/tmp/screen.json").write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    run = box.run("evidence-packet-gui", "--screenshot", "/tmp/window.png",
                  QT_QPA_PLATFORM="offscreen:configfile=/tmp/screen.json", timeout=120)
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


def test_the_bundled_heic_reader_reads_a_phone_photo(box: sandbox.Sandbox, demo: Path,
                                                       tmp_path: Path) -> None:
    """libheif's encoder (x265) is a stand-in in the bundle: reading HEIC must not need it."""
    photo = Image.new("RGB", (1200, 900), "white")
    ImageDraw.Draw(photo).text((80, 380), "Lease agreement 2024", fill="black",
                               font=ImageFont.load_default(size=90))
    pillow_heif.from_pillow(photo).save(box.path("/home/user/lease.heic"), quality=90)
    for step in (("import", "--case", "1", "/home/user/lease.heic"),
                 ("process", "--case", "1")):
        run = box.run("evidence-packet", *step)
        assert run.code == 0, run.err
    run = box.run("evidence-packet", "search", "--case", "1", "Lease agreement")
    assert run.code == 0, run.err
    assert "lease" in run.out.lower(), run.out


def test_the_bundled_app_protects_a_data_folder_and_opens_it_again(
        box: sandbox.Sandbox, demo: Path) -> None:
    """SQLCipher in the bundle runs on the bundle's one OpenSSL (packaging/bundle.sh)."""
    shutil.copytree(box.path(DATA), box.path("/home/user/protected"))
    box.path("/home/user/pass.txt").write_text("a long pass phrase for the test\n")
    box.path("/home/user/wrong.txt").write_text("not the pass phrase at all\n")
    folder = ("--data-dir", "/home/user/protected")
    run = box.run("evidence-packet", *folder, "protect",
                  "--new-passphrase-file", "/home/user/pass.txt")
    assert run.code == 0, run.err
    assert b"SQLite format 3" not in next(box.path("/home/user/protected").glob("*.db")
                                          ).read_bytes()[:16]
    run = box.run("evidence-packet", *folder, "--folder-passphrase-file",
                  "/home/user/pass.txt", "case", "list")
    assert run.code == 0, run.err
    assert "María Elena Hernández López" in run.out, run.out  # the sample case
    run = box.run("evidence-packet", *folder, "--folder-passphrase-file",
                  "/home/user/wrong.txt", "case", "list")
    assert run.code != 0


def test_qt_answers_the_same_with_the_bundles_trimmed_icu_data(
        app: Path, tmp_path: Path) -> None:
    """Collation, time zone names and converters in English and Spanish: the bundle's
    ICU data (other languages left out) gives Qt the very answers the full data does."""
    trimmed = next((app / "_internal" / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"))
    assert trimmed.stat().st_size < 20_000_000  # trimmed: the full data is 32 MB
    (tmp_path / trimmed.name).write_bytes(trimmed.read_bytes())
    probe = [sys.executable, str(Path(__file__).with_name("icu_probe.py"))]
    env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
    full = subprocess.run(probe, capture_output=True, text=True, check=True, env=env)
    small = subprocess.run(probe, capture_output=True, text=True, check=True,
                           env={**env, "LD_LIBRARY_PATH": str(tmp_path)})
    assert small.stderr.strip() == str(tmp_path / trimmed.name)
    assert full.stderr.strip() != small.stderr.strip()
    assert small.stdout == full.stdout
    assert "'nube', 'Ñandú', 'ñu', 'Oso'" in small.stdout  # Spanish: ñ after n


def _build_id(library: Path) -> str:
    notes = subprocess.run(["readelf", "-n", str(library)], capture_output=True, text=True,
                           check=True).stdout
    found = re.search(r"Build ID: ([0-9a-f]+)", notes)
    assert found, notes
    return found.group(1)


def test_the_bundles_numpy_has_no_blas_and_computes_what_the_wheels_does(
        app: Path) -> None:
    """The bundle's NumPy is built from source without OpenBLAS (packaging/bundle.sh):
    the sample case's photos and scans come out of capture (page found, straightened,
    lit, turned) the same, to the bit, as with the .venv's wheel."""
    names = {p.name for p in app.rglob("*.so*")}
    assert not {n for n in names if n.startswith(("libscipy_openblas", "libopenblas",
                                                  "libgfortran", "libquadmath"))}
    version = importlib.metadata.version("numpy")
    site = sandbox.REPO / "build" / f"numpy-{version}-noblas" / "site"
    core = next((site / "numpy" / "_core").glob("_multiarray_umath.*.so"))
    # The very build the bundle holds (its copy is stripped: the build ID stays).
    bundled = app / "_internal" / core.relative_to(site)
    assert _build_id(bundled) == _build_id(core)
    probe = [sys.executable, str(Path(__file__).with_name("numpy_probe.py"))]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    wheel = subprocess.run(probe, capture_output=True, text=True, check=True, env=env)
    lite = subprocess.run(probe, capture_output=True, text=True, check=True,
                          env={**env, "PYTHONPATH": str(site)})
    assert lite.stderr.strip().startswith(str(site)), lite.stderr
    assert not wheel.stderr.strip().startswith(str(site)), wheel.stderr
    assert lite.stdout == wheel.stdout
    assert wheel.stdout.count("IMG_") == 3 and wheel.stdout.count(" True True ") >= 2

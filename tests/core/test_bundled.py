"""Which Tesseract the app runs: a bundle's own copy, found by the bundle's location and
never through PATH; the system's outside a bundle. The bundle is played here by a folder
laid out as PyInstaller lays it (``sys.frozen``, ``sys._MEIPASS``) whose Tesseract is the
system's executable under another name; tests/packaging builds and runs the real one."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytesseract
import pytest

from desktop_app.core import bundled, ocr
from desktop_app.errors import ToolMissingError
from tests import make

SYSTEM_TESSERACT = shutil.which("tesseract")
SYSTEM_TESSDATA = Path("/usr/share/tesseract-ocr/5/tessdata")


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A frozen app's folder holding a working Tesseract with its data, PATH pointing at
    a decoy that only fails, and the app told it runs frozen from that folder."""
    if SYSTEM_TESSERACT is None or not SYSTEM_TESSDATA.is_dir():
        pytest.fail("Tesseract is not installed: run bash packaging/setup.sh")
    root = tmp_path / "_internal"
    (root / "tesseract").mkdir(parents=True)
    (root / "tesseract" / "tesseract").symlink_to(os.path.realpath(SYSTEM_TESSERACT))
    tessdata = root / "tesseract" / "tessdata"
    tessdata.mkdir()
    for item in SYSTEM_TESSDATA.iterdir():
        (tessdata / item.name).symlink_to(item)
    # A language only the bundle has: seen only when the bundle's data is the one used.
    (tessdata / "zzz.traineddata").symlink_to(SYSTEM_TESSDATA / "eng.traineddata")
    decoy = tmp_path / "path"
    decoy.mkdir()
    (decoy / "tesseract").write_text("#!/bin/sh\nexit 3\n")
    (decoy / "tesseract").chmod(0o755)
    monkeypatch.setenv("PATH", str(decoy))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    # Listing the languages points pytesseract at the bundle's Tesseract: undone after.
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd",
                        pytesseract.pytesseract.tesseract_cmd)
    ocr.installed_languages.cache_clear()
    yield root
    ocr.installed_languages.cache_clear()


def test_outside_a_bundle_the_system_tesseract_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert bundled.bundle_dir() is None
    assert ocr.tesseract_cmd() == pytesseract.pytesseract.tesseract_cmd == "tesseract"
    environ = {"LD_LIBRARY_PATH": "/opt/x"}
    bundled.prepare_environment(environ)
    assert environ == {"LD_LIBRARY_PATH": "/opt/x"}


def test_inside_a_bundle_its_own_tesseract_reads_the_page_whatever_path_says(
        bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    bundled.prepare_environment()
    assert os.environ["TESSDATA_PREFIX"] == str(bundle / "tesseract" / "tessdata")
    assert ocr.tesseract_cmd() == str(bundle / "tesseract" / "tesseract")
    result = ocr.ocr_image(make.page_image(), tmp_path / "work")
    assert "Residential Lease Agreement" in result.text  # the decoy on PATH only fails
    ocr.check_languages("eng+spa+zzz")  # the bundle's Tesseract, with the bundle's data


def test_a_bundle_without_its_tesseract_says_to_unpack_it_again(
        bundle: Path, tmp_path: Path) -> None:
    (bundle / "tesseract" / "tesseract").unlink()
    with pytest.raises(ToolMissingError, match="incomplete") as caught:
        ocr.ocr_image(make.page_image(), tmp_path / "work")
    assert "Unpack the app again" in caught.value.hint


def test_programs_of_the_system_get_the_users_library_path_not_the_bundles(
        bundle: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("LD_LIBRARY_PATH is how PyInstaller points at the bundle on Linux only")
    ours = {"LD_LIBRARY_PATH": f"{bundle}:/opt/mine", "LD_LIBRARY_PATH_ORIG": "/opt/mine",
            "_PYI_ARCHIVE_FILE": "x", "_PYI_PARENT_PROCESS_LEVEL": "1", "LANG": "es_MX.UTF-8"}
    bundled.prepare_environment(ours)
    assert bundled.system_environment(ours) == {"LD_LIBRARY_PATH": "/opt/mine",
                                                "LANG": "es_MX.UTF-8"}
    assert ours["LD_LIBRARY_PATH"] == f"{bundle}:/opt/mine"  # the app's workers need it
    assert bundled.system_environment({"LD_LIBRARY_PATH": str(bundle)}) == {}


def test_outside_a_bundle_programs_get_the_environment_as_it_is(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert bundled.system_environment() is None

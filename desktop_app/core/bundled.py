"""The programs the app runs, found where the app is: its own copies inside a bundle,
the system's otherwise.

A bundle is the self-contained folder ``packaging/bundle.sh`` builds with PyInstaller
(``dist/EvidencePacket``): Python, Qt, the app, and Tesseract with its English, Spanish
and orientation data in ``_internal/tesseract``. Inside one, the app runs its own
Tesseract, found from the bundle's own location (``sys._MEIPASS``), never through PATH:
a Tesseract the system happens to have may be another version or lack Spanish, and a
PATH can name anything. Outside a bundle (a source checkout, a pip install) the system's
Tesseract is used, as pytesseract finds it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

TESSERACT_FOLDER = "tesseract"  # inside the bundle's data folder, as the spec lays it out


def bundle_dir() -> Path | None:
    """The folder holding the frozen app's files, or None when not running from a bundle."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))


def tesseract_executable() -> str:
    """The Tesseract the app runs: the bundle's own copy, else the system's (pytesseract's
    setting, ``tesseract`` on PATH unless configured)."""
    root = bundle_dir()
    if root is None:
        import pytesseract

        return str(pytesseract.pytesseract.tesseract_cmd)
    name = "tesseract.exe" if sys.platform == "win32" else "tesseract"
    return str(root / TESSERACT_FOLDER / name)


def prepare_environment(environ: MutableMapping[str, str] | None = None) -> None:
    """Set up what the bundle's programs inherit; does nothing outside a bundle. Called
    first thing by the bundle's executables (``packaging/launchers``).

    - ``TESSDATA_PREFIX``: the bundled language data, for Tesseract and for pytesseract's
      list of languages (processes started later, the OCR workers too, inherit it).
    - ``LD_LIBRARY_PATH``: PyInstaller points it at the bundle's libraries for this
      process and keeps the user's value in ``LD_LIBRARY_PATH_ORIG``. Programs of the
      system the app starts (a PDF viewer through ``xdg-open``) must not load the
      bundle's libraries, so the user's value is put back; this process has loaded its
      own already, the bundled Tesseract finds its own by its RPATH, and a worker
      process started from the bundle sets the variable again.
    """
    root = bundle_dir()
    if root is None:
        return
    env = os.environ if environ is None else environ
    env["TESSDATA_PREFIX"] = str(root / TESSERACT_FOLDER / "tessdata")
    if sys.platform.startswith("linux") and "LD_LIBRARY_PATH" in env:
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        if original:
            env["LD_LIBRARY_PATH"] = original
        else:
            del env["LD_LIBRARY_PATH"]

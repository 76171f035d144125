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
from collections.abc import Mapping, MutableMapping
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
    """Point the bundle's Tesseract at its language data (``TESSDATA_PREFIX``), for the
    processes started later (the OCR workers) and pytesseract's list of languages too.
    Does nothing outside a bundle. Called first thing by the bundle's executables
    (``packaging/launchers``)."""
    root = bundle_dir()
    if root is None:
        return
    env = os.environ if environ is None else environ
    env["TESSDATA_PREFIX"] = str(root / TESSERACT_FOLDER / "tessdata")


def system_environment(environ: Mapping[str, str] | None = None) -> dict[str, str] | None:
    """The environment for a program of the system the app starts (a PDF viewer through
    ``xdg-open``), or None when there is nothing to undo (not a bundle, not Linux).

    PyInstaller points ``LD_LIBRARY_PATH`` at the bundle's libraries (the user's value is
    in ``LD_LIBRARY_PATH_ORIG``) and marks the process with ``_PYI_*`` variables. The
    app's own worker processes need both, so they stay in this process's environment;
    a program of the system must get neither, or it would load the bundle's libraries
    over its own, or (another PyInstaller app) take itself for one of our workers."""
    if bundle_dir() is None or not sys.platform.startswith("linux"):
        return None
    env = {k: v for k, v in (os.environ if environ is None else environ).items()
           if not k.startswith("_PYI_") and k not in ("LD_LIBRARY_PATH", "TESSDATA_PREFIX")}
    original = env.pop("LD_LIBRARY_PATH_ORIG", None)
    if original:
        env["LD_LIBRARY_PATH"] = original
    return env

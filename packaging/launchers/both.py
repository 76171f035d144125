"""The bundle's one program on Linux, under two names: ``evidence-packet-gui``, the
window, and ``evidence-packet``, the command line (a symbolic link to the same file, made
by packaging/bundle.sh). One program carries one copy of the app's archive instead of two
(8 MB). It is the window when started by the window's name; the command line otherwise.
The file is the window's: the window starts itself again by ``sys.executable`` (after
protecting its data folder), which names the file, not the link.

The order matters: the environment first (where the bundled Tesseract's data is:
``core.bundled``), then ``freeze_support``, which turns a copy of this program that
``multiprocessing`` started as a worker (OCR, export packing, the PDF check helper, the
window's page pictures) into that worker before any of the app is imported, and only
then the app. (Windows and macOS keep two programs, cli.py and gui.py: there the window
must be built without a console.)
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

from desktop_app.core import bundled

WINDOW = "evidence-packet-gui"

if __name__ == "__main__":
    bundled.prepare_environment()
    multiprocessing.freeze_support()
    if Path(sys.argv[0]).name == WINDOW:
        from desktop_app.gui import app

        sys.exit(app.main())
    from desktop_app import cli

    sys.exit(cli.main())

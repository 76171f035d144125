"""The bundle's ``evidence-packet-gui`` executable, the window (PyInstaller runs it as
__main__).

The order matters: the environment first (where the bundled Tesseract's data is:
``core.bundled``), then ``freeze_support``, which turns a copy of this executable that
``multiprocessing`` started as a worker (OCR, export packing, the PDF check helper, the
window's page pictures) into that worker before any of the app is imported, and only
then the app.
"""

from __future__ import annotations

import multiprocessing
import sys

from desktop_app.core import bundled

if __name__ == "__main__":
    bundled.prepare_environment()
    multiprocessing.freeze_support()
    from desktop_app.gui.app import main

    sys.exit(main())

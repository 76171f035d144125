"""What the app computes with NumPy, printed: the sample case's photos and scans through
``capture.prepare`` (find the page, straighten it, even the light, tell which way up it
reads). Run by test_bundle.py with the .venv's NumPy (the wheel, with OpenBLAS) and with
the bundle's (built from source without BLAS, packaging/bundle.sh): the two must print
the same. Prints which NumPy it ran with on stderr."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import numpy
from PIL import Image, ImageOps

from desktop_app.core import capture

SAMPLE = Path(__file__).resolve().parents[2] / "desktop_app" / "assets" / "sample"


def main() -> None:
    for path in sorted(SAMPLE.glob("*")):
        if path.suffix.lower() not in {".jpg", ".png", ".tif"}:
            continue
        with Image.open(path) as image:
            page = capture.prepare(ImageOps.exif_transpose(image))
        outline = None if page.outline is None else [(round(x, 9), round(y, 9))
                                                     for x, y in page.outline]
        print(path.name, outline, page.turn, page.sure, page.straightened,
              round(page.skew, 9), round(page.certainty, 9), page.guess, page.image.size,
              hashlib.sha256(page.image.tobytes()).hexdigest()[:16])
    print(numpy.__file__, file=sys.stderr)


if __name__ == "__main__":
    main()

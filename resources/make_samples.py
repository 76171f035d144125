"""Regenerate the fictional sample case shipped in ``desktop_app/assets/sample``.

Run it with the project's Python after changing ``desktop_app/core/samples.py``:

    .venv/bin/python resources/make_samples.py

The output is deterministic for a given Pillow and PyMuPDF, so an unchanged generator
rewrites the same bytes.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.samples import SAMPLE_DOCUMENTS, write_sample_documents

FOLDER = Path(__file__).resolve().parent.parent / "desktop_app" / "assets" / "sample"
KEEP = {"README.txt"}


def main() -> int:
    paths = write_sample_documents(FOLDER)
    total = 0
    for path in paths:
        size = path.stat().st_size
        total += size
        print(f"{path.name:32} {size / 1024:8.0f} KB")
    print(f"{len(paths)} files, {total / 1024 / 1024:.1f} MB in {FOLDER}")
    expected = {spec.filename for spec in SAMPLE_DOCUMENTS} | KEEP
    for stale in sorted(p for p in FOLDER.iterdir() if p.name not in expected):
        print(f"not a sample any more, delete it: {stale}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Which way up real pictures of papers come out, end to end, against plain Tesseract.

The pictures are the phone photos and picture files of issue 17's blind sets, which
``bench/data/wayup_truth.json`` names by SHA-256 with the clockwise turn that stands
each up (they are not kept in the repository: pass the folders that hold them). Most
were taken upright, as most are; so some of the upright ones are also turned 90, 180
and 270 degrees here (``--turned N`` of them, each two of the three ways).

For each picture: the turn the app's page work gives it (``processing``: found,
straightened, its way up decided and read, as ``process`` does), and the turn plain
``tesseract PICTURE - --psm 0`` (orientation detection) says, none found counting as
upright. Printed: how many each gets right, their ratio, and the app's misses.

    .venv/bin/python bench/bench_wayup.py DIR [DIR ...] [--turned 16] [--workers 2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageOps  # noqa: E402

from desktop_app.core import processing  # noqa: E402

TRUTH = ROOT / "bench" / "data" / "wayup_truth.json"
# Pillow's transposes that turn a picture counter-clockwise by the key: the clockwise
# turn that stands the copy up again.
TURNS = {90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180,
         270: Image.Transpose.ROTATE_270}


def pictures(folders: list[Path]) -> list[tuple[str, Path, int]]:
    """(name, path, true turn) of every picture of the truth file found in ``folders``."""
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))["photos"]
    by_sha = {entry["sha256"]: (name, entry["turn"]) for name, entry in truth.items()}
    found = []
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.is_file():
                hit = by_sha.get(hashlib.sha256(path.read_bytes()).hexdigest())
                if hit:
                    found.append((hit[0], path, hit[1]))
    return found


def turned_copies(found: list[tuple[str, Path, int]], count: int,
                  folder: Path) -> list[tuple[str, Path, int]]:
    """``count`` upright pictures, each turned two of the three ways (in turn)."""
    from pillow_heif import register_heif_opener

    register_heif_opener()
    copies = []
    upright = [item for item in found if item[2] == 0][::max(1, len(found) // max(1, count))]
    for k, (name, path, _turn) in enumerate(upright[:count]):
        with Image.open(path) as im:
            picture = ImageOps.exif_transpose(im).convert("RGB")
        for j, (turn, transpose) in enumerate(TURNS.items()):
            if (k + j) % 3 == 0:
                continue
            target = folder / f"{k:02d}-{turn}-{Path(name).stem}.png"
            picture.transpose(transpose).save(target)
            copies.append((f"{name} turned {turn}", target, turn))
    return copies


def app_turn(item: tuple[str, Path, int]) -> int | None:
    _name, path, _turn = item
    with tempfile.TemporaryDirectory(prefix="wayup-") as scratch:
        work = Path(scratch)
        job = processing.PageJob(page_id=1, source=path, kind="image", index=0,
                                 out_dir=work / "out", tmp_root=work)
        outcome = processing.run_page_job(job)
    return None if outcome.error else outcome.rotation % 360


def plain_turn(item: tuple[str, Path, int]) -> int:
    _name, path, _turn = item
    proc = subprocess.run(["tesseract", str(path), "-", "--psm", "0"], capture_output=True,
                          check=False, env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    found = re.search(r"^Rotate:\s*(\d+)", proc.stdout.decode("utf-8", "replace"), re.M)
    return int(found.group(1)) % 360 if found else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--turned", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    found = pictures(args.folders)
    if not found:
        print(f"None of the pictures {TRUTH.name} names is in {args.folders}.")
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        items = found + turned_copies(found, args.turned, Path(scratch))
        with ProcessPoolExecutor(args.workers) as pool:
            app = list(pool.map(app_turn, items))
            plain = list(pool.map(plain_turn, items))
    groups = {"as taken": items[:len(found)], "turned": items[len(found):]}
    offset = 0
    for group, members in groups.items():
        span = range(offset, offset + len(members))
        right_app = sum(app[i] == items[i][2] for i in span)
        right_plain = sum(plain[i] == items[i][2] for i in span)
        print(f"{group:<9} {len(members):3d} pictures: app upright {right_app:3d}, "
              f"plain tesseract --psm 0 {right_plain:3d}")
        offset += len(members)
    right_app = sum(a == item[2] for a, item in zip(app, items, strict=True))
    right_plain = sum(p == item[2] for p, item in zip(plain, items, strict=True))
    print(f"all       {len(items):3d} pictures: app {right_app} ({right_app / len(items):.1%}), "
          f"plain {right_plain} ({right_plain / len(items):.1%}); "
          f"ratio app/plain {right_app / max(1, right_plain):.2f}x")
    for a, (name, _path, turn) in zip(app, items, strict=True):
        if a != turn:
            print(f"  app wrong: {name}: turned {a}, upright at {turn}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

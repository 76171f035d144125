"""The ready-made folder (packaging/bundle.sh) against the same app run from source
(``.venv``), measured in the same run, alternately.

    .venv/bin/python bench/bench_bundle.py [--runs 5] [--demo-runs 3] [--no-build]

Builds the bundle (seconds when up to date), unpacks its tar.gz into a temporary folder,
then, each program with an empty environment (``HOME`` a fresh folder, ``PATH`` only
where the source run finds its Tesseract) and ``QT_QPA_PLATFORM=offscreen``:

* ``window, new folder``: ``evidence-packet-gui --screenshot`` on an empty data folder,
  from start to the picture written (the first paint: with nothing to load, the window
  has settled when it first paints);
* ``window, sample case``: the same on the sample case (its board and thumbnails
  loaded, pictures drawn in worker processes);
* ``demo``: ``evidence-packet demo`` on a fresh data folder (import, read 16 pages with
  Tesseract, export).

Prints each median (and all runs) and the ratio bundle / source; and the sizes: the
unpacked folder, the tar.gz, and the largest parts of ``_internal``.

Reading: the bundled Tesseract (stand-ins for libarchive and libcurl,
packaging/standins) against the system's, on the pages bench/bench_ocr.py measures
(``../shared/corpus/ocr`` and the sample scans), with the app's languages and its three
page modes (3: upright, 1: orientation and layout, 0: orientation only): word recall
against the true text, and whether each output is byte for byte the same.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.packaging import sandbox  # noqa: E402

SOURCE_BIN = ROOT / ".venv" / "bin"


def du(path: Path) -> int:
    """Bytes on disk as ``du`` counts them (a hard-linked file once)."""
    out = subprocess.run(["du", "-sb", str(path)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0])


def timed(command: list[str], home: Path, extra_path: str) -> float:
    env = {"HOME": str(home), "PATH": extra_path or "/nonexistent",
           "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False,
                          stdin=subprocess.DEVNULL)
    seconds = time.monotonic() - started
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return seconds


def window(program: Path, data: Path, home: Path, work: Path, extra_path: str) -> float:
    shot = work / "window.png"
    shot.unlink(missing_ok=True)
    seconds = timed([str(program), "--data-dir", str(data), "--screenshot", str(shot)],
                    home, extra_path)
    assert shot.stat().st_size > 0
    return seconds


def demo(program: Path, home: Path, work: Path, extra_path: str) -> tuple[float, Path]:
    data = Path(tempfile.mkdtemp(dir=work, prefix="data-"))
    return timed([str(program), "--data-dir", str(data), "demo"], home, extra_path), data


def reading(app: Path, work: Path) -> None:
    from bench import bench_ocr
    from tests import make

    bundled = app / "_internal" / "tesseract"
    env_bundle = {"PATH": "/nonexistent", "OMP_THREAD_LIMIT": "1",
                  "TESSDATA_PREFIX": str(bundled / "tessdata")}
    env_system = {"PATH": os.environ.get("PATH", ""), "OMP_THREAD_LIMIT": "1"}

    def read(program: str, image: Path, env: dict[str, str], *mode: str) -> bytes:
        return subprocess.run([program, str(image), "-", *mode], env=env, check=True,
                              capture_output=True).stdout

    pages = bench_ocr.quality_pages(work)
    modes = (("-l", "eng+spa", "--psm", "3"), ("-l", "eng+spa", "--psm", "1"),
             ("-l", "osd", "--psm", "0"))
    same, recall_b, recall_s = 0, [], []
    for _name, image, truth in pages:
        for mode in modes:
            b = read(str(bundled / "tesseract"), image, env_bundle, *mode)
            s = read("tesseract", image, env_system, *mode)
            same += b == s
            if mode[-1] == "3":
                recall_b.append(make.recall(truth, b.decode("utf-8", "replace")))
                recall_s.append(make.recall(truth, s.decode("utf-8", "replace")))
    print(f"reading, {len(pages)} pages: mean word recall bundle "
          f"{statistics.fmean(recall_b):.3f}, system {statistics.fmean(recall_s):.3f}; "
          f"outputs identical {same} of {len(pages) * len(modes)}")


def report(name: str, bundle: list[float], source: list[float]) -> None:
    b, s = statistics.median(bundle), statistics.median(source)
    runs = lambda xs: " ".join(f"{x:.2f}" for x in xs)  # noqa: E731
    print(f"{name:22} bundle {b:6.2f} s   source {s:6.2f} s   ratio {b / s:4.2f}x"
          f"   (bundle: {runs(bundle)}; source: {runs(source)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--demo-runs", type=int, default=3)
    parser.add_argument("--no-build", action="store_true", help="use dist/ as it is")
    args = parser.parse_args()
    tarball = sandbox.TARBALL if args.no_build else sandbox.build()
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        raise SystemExit("the source run needs the system's Tesseract: bash packaging/setup.sh")
    source_path = str(Path(tesseract).parent)  # the source run's only need from PATH

    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        work = Path(tmp)
        app = sandbox.unpack(tarball, work / "unpacked")
        bundle_gui, bundle_cli = app / "evidence-packet-gui", app / "evidence-packet"
        source_gui, source_cli = SOURCE_BIN / "evidence-packet-gui", SOURCE_BIN / "evidence-packet"
        home = work / "home"
        home.mkdir()
        print(f"unpacked folder: {du(app) / 1e6:.0f} MB; tar.gz: "
              f"{tarball.stat().st_size / 1e6:.0f} MB")
        parts = sorted(((du(p), p.name) for p in (app / "_internal").iterdir()), reverse=True)
        print("largest parts of _internal: " + ", ".join(
            f"{name} {size / 1e6:.0f} MB" for size, name in parts[:10]))

        reading(app, work)

        times: dict[str, list[float]] = {k: [] for k in ("bd", "sd", "bw", "sw", "bc", "sc")}
        sample = None
        for _ in range(args.demo_runs):
            seconds, sample = demo(bundle_cli, home, work, "")
            times["bd"].append(seconds)
            times["sd"].append(demo(source_cli, home, work, source_path)[0])
        assert sample is not None
        for i in range(args.runs):
            fresh = work / f"fresh-{i}"
            times["bw"].append(window(bundle_gui, fresh / "b", home, work, ""))
            times["sw"].append(window(source_gui, fresh / "s", home, work, source_path))
            times["bc"].append(window(bundle_gui, sample, home, work, ""))
            times["sc"].append(window(source_gui, sample, home, work, source_path))
        print(f"medians of {args.runs} runs (window) and {args.demo_runs} (demo), "
              f"{os.cpu_count()} cores:")
        report("window, new folder", times["bw"], times["sw"])
        report("window, sample case", times["bc"], times["sc"])
        report("demo", times["bd"], times["sd"])


if __name__ == "__main__":
    main()

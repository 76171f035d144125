"""The kill harness: run the real command line on a real data folder, ``kill -9`` it at
random (seeded) moments of import, processing, export and editing, and check after each
kill that nothing was lost or half-written and that running the command again finishes
the work.

    python -m tests.support.killer [--seed N] [--kills N] [--folder DIR] [--protected]

The invariants are checked with plain ``sqlite3`` and ``hashlib`` (not the app's own
code), then with the app's ``verify``. With ``--protected`` the data folder is protected
with a passphrase (the commands read it from a file, as a script would): the database
is opened with SQLCipher and the folder's key, and each sealed original is opened and
hashed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from desktop_app.core import sealed
from desktop_app.services.check import problems_to_fix
from desktop_app.storage.protection import keys
from desktop_app.storage.protection.keys import DataKeys
from tests.make import page_image, save_image, scanned_pdf, text_pdf

ROOT = Path(__file__).resolve().parents[2]
SHA = re.compile(r"^[0-9a-f]{64}$")
PASSPHRASE = "kill test pass phrase"
_keys: dict[str, DataKeys] = {}  # protected data folder -> its keys
_secret: list[str] = []  # the passphrase file the commands read


def protect_new(data: Path, secret_file: Path) -> None:
    """Make ``data`` a new protected folder whose commands read the passphrase from
    ``secret_file`` (scrypt made cheap: the harness unlocks it hundreds of times)."""
    data.mkdir(parents=True, mode=0o700)
    data_key = os.urandom(32)
    keys.write_key_file(data, data_key, PASSPHRASE, n=1 << 12)
    secret_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    _secret.append(str(secret_file))
    _keys[str(data)] = DataKeys.derive(data_key)


def _connect(data: Path) -> Any:
    found = _keys.get(str(data))
    if found is None:
        return sqlite3.connect(f"file:{data / 'evidence.db'}?mode=ro", uri=True, timeout=30)
    from sqlcipher3 import dbapi2  # type: ignore[import-untyped]

    conn = dbapi2.connect(f"file:{data / 'evidence.db'}?mode=ro", uri=True, timeout=30)
    conn.execute(found.sqlcipher_pragma())
    return conn


def _stored(data: Path, sha: str) -> Path:
    found = _keys.get(str(data))
    name = sha if found is None else found.name_of(sha)
    return data / "originals" / name[:2] / name


def _stored_sha256(data: Path, path: Path) -> str:
    """The SHA-256 of what ``path`` holds (opened and checked first when sealed)."""
    found = _keys.get(str(data))
    if found is None:
        return sha256(path)
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        try:
            reader = sealed.SealedReader(fh, key=found.files)
            for block in iter(lambda: reader.read(1 << 20), b""):
                digest.update(block)
        except sealed.SealError:
            return "damaged seal"
    return digest.hexdigest()
TINY = (850, 1100)  # Letter at 100 dpi: Tesseract reads it in a fraction of a second


@dataclass
class Tally:
    kills: Counter[str] = field(default_factory=Counter)
    finished_first: Counter[str] = field(default_factory=Counter)
    violations: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.kills.values())


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    env["PYTHONPATH"] = str(ROOT)
    if _secret:
        env["EVIDENCE_PACKET_PASSPHRASE_FILE"] = _secret[-1]
    return env


def cli(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop_app.cli", "--data-dir", str(data), *args]


def run(command: list[str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=_env(),
                          timeout=timeout, stdin=subprocess.DEVNULL)


def run_and_kill(command: list[str], delay: float) -> bool:
    """Start ``command`` and SIGKILL it (and the OCR workers it started) after ``delay``
    seconds. Returns whether it was still running (a real kill)."""
    proc = subprocess.Popen(command, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        pass
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return True


# --- inputs ------------------------------------------------------------------------------------


def scan(path: Path, words: str) -> Path:
    return save_image(page_image([words, "Residential Lease Agreement", "Houston Texas"],
                                 size=TINY, font_px=22), path)


def make_inputs(folder: Path, rng: random.Random) -> list[Path]:
    """Several files for one import: scans, a scanned PDF, a digital PDF, a big photo."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [scan(folder / f"scan-{n}.png", f"Rent receipt number {rng.randrange(10**6)}")
             for n in range(3)]
    files.append(scanned_pdf(folder / "pay-stubs.pdf", [
        page_image([f"Pay stub {rng.randrange(10**6)}", "Gulf Coast Builders"], size=TINY,
                   font_px=22) for _ in range(2)]))
    files.append(text_pdf(folder / "letter.pdf", [
        f"Letter {rng.randrange(10**6)}: Maria has worked with us since 2018. " * 4]))
    # A photo of a few MB (noise does not compress): copying it takes a moment to kill in.
    photo = folder / "photo.jpg"
    photo.write_bytes(_noisy_jpeg(rng))
    files.append(photo)
    return files


def _noisy_jpeg(rng: random.Random) -> bytes:
    import io

    from PIL import Image

    noise = Image.frombytes("L", (1600, 2000), rng.randbytes(1600 * 2000))
    buf = io.BytesIO()
    noise.save(buf, format="JPEG", quality=95)
    return buf.getvalue()


# --- invariants ----------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check(data: Path, where: str, export: Path | None = None,
          export_pages: int | None = None) -> list[str]:
    """Every invariant of a data folder after a kill; returns what is violated."""
    bad: list[str] = []
    conn = _connect(data)
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            bad.append(f"{where}: integrity_check {integrity[:3]}")
        dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
        if dangling:
            bad.append(f"{where}: rows pointing at nothing {dangling[:3]}")
        for doc_id, sha, working in conn.execute(
                "SELECT id, sha256, working_sha256 FROM documents"):
            for name in (sha, working):
                if name is None:
                    continue
                path = _stored(data, name)
                if not path.is_file():
                    bad.append(f"{where}: document {doc_id}'s original is missing")
                elif _stored_sha256(data, path) != name:
                    bad.append(f"{where}: document {doc_id}'s original is half-written")
        empty = conn.execute("SELECT d.id FROM documents d LEFT JOIN pages p "
                             "ON p.document_id = d.id WHERE p.id IS NULL").fetchall()
        if empty:
            bad.append(f"{where}: documents without pages {empty}")
        positions = conn.execute(
            "SELECT case_id, tab_id, group_concat(position) FROM "
            "(SELECT * FROM documents ORDER BY position) GROUP BY case_id, tab_id").fetchall()
        for _case, _tab, listed in positions:
            numbers = sorted(int(x) for x in str(listed).split(","))
            if numbers != list(range(len(numbers))):
                bad.append(f"{where}: document order broken {numbers}")
    finally:
        conn.close()
    if str(data) not in _keys:  # a sealed original's name does not say its checksum
        for path in (data / "originals").glob("??/*"):
            if SHA.match(path.name) and sha256(path) != path.name:
                bad.append(f"{where}: {path.name[:12]} is not what its name says")
    if export is not None and export.exists():
        try:
            with pymupdf.open(export) as doc:
                if doc.is_repaired or doc.page_count == 0 or (
                        export_pages is not None and doc.page_count != export_pages):
                    bad.append(f"{where}: the packet is partial ({doc.page_count} pages)")
        except Exception as exc:  # noqa: BLE001 - any failure to open is the finding
            bad.append(f"{where}: the packet cannot be opened ({exc})")
    return bad


def app_verify(data: Path, where: str) -> list[str]:
    from desktop_app.services import Services

    if keys.is_protected(data):
        keys.unlock(data, PASSPHRASE)
    svc = Services.open(data)
    try:
        return [f"{where}: verify: {p}" for p in problems_to_fix(svc.check.verify())]
    finally:
        svc.close()


def status_counts(data: Path) -> dict[str, int]:
    conn = _connect(data)
    try:
        return dict(conn.execute("SELECT status, count(*) FROM pages GROUP BY status"))
    finally:
        conn.close()


def document_count(data: Path) -> int:
    conn = _connect(data)
    try:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    finally:
        conn.close()


# --- the harness -------------------------------------------------------------------------------


def _kill_once(tally: Tally, phase: str, command: list[str], rng: random.Random,
               longest: float) -> bool:
    killed = run_and_kill(command, rng.uniform(0.05, longest))
    if killed:
        tally.kills[phase] += 1
    else:
        tally.finished_first[phase] += 1
    return killed


def harness(folder: Path, seed: int = 6, kills: int = 32, protected: bool = False) -> Tally:
    """Kill at least ``kills`` times across import, process, export and edits."""
    started = time.monotonic()
    rng = random.Random(seed)
    tally = Tally()
    data = folder / "data"
    _secret.clear()
    if protected:
        protect_new(data, folder / "passphrase.txt")
    made = run(cli(data, "case", "create", "--name", "Kill Test", "--json"))
    assert made.returncode == 0, made.stderr
    quota = {"import": kills * 3 // 10, "process": kills * 3 // 10,
             "export": kills * 2 // 10}
    quota["edit"] = kills - sum(quota.values())
    batch = 0
    while tally.kills["import"] < quota["import"] or tally.kills["process"] < quota["process"]:
        batch += 1
        files = make_inputs(folder / f"in-{batch}", rng)
        before = document_count(data)
        if tally.kills["import"] < quota["import"]:
            for _ in range(3):
                _kill_once(tally, "import", cli(data, "import", "--case", "1",
                                                *map(str, files)), rng, 2.5)
                tally.violations += check(data, f"import kill {tally.kills['import']}")
        done = run(cli(data, "import", "--case", "1", *map(str, files)))
        if done.returncode != 0 or document_count(data) != before + len(files):
            tally.violations.append(f"import {batch}: re-running did not finish: "
                                    f"{done.stdout[-300:]} {done.stderr[-300:]}")
        if tally.kills["process"] < quota["process"]:
            for _ in range(3):
                _kill_once(tally, "process", cli(data, "process", "--case", "1",
                                                 "--workers", "2"), rng, 3.5)
                tally.violations += check(data, f"process kill {tally.kills['process']}")
        done = run(cli(data, "process", "--case", "1", "--workers", "2"))
        left = {k: v for k, v in status_counts(data).items() if k not in ("done",)}
        if done.returncode != 0 or left:
            tally.violations.append(f"process {batch}: re-running left {left}: "
                                    f"{done.stderr[-300:]}")
    docs = run(cli(data, "docs", "--case", "1", "--json"))
    import json

    ids = [d["id"] for d in json.loads(docs.stdout)]
    for n, doc_id in enumerate(ids):
        run(cli(data, "tag", "--case", "1", str(doc_id), ["residence", "employment"][n % 2]))
    packet = folder / "out" / "packet.pdf"
    packet.parent.mkdir(exist_ok=True)
    baseline = run(cli(data, "export", "--case", "1", "--out", str(packet), "--json"))
    assert baseline.returncode == 0, baseline.stderr
    pages = int(json.loads(baseline.stdout)["pages"])
    packet.unlink()
    while tally.kills["export"] < quota["export"]:
        _kill_once(tally, "export", cli(data, "export", "--case", "1", "--out", str(packet)),
                   rng, 3.0)
        tally.violations += check(data, f"export kill {tally.kills['export']}", packet, pages)
        if rng.random() < 0.5:
            again = run(cli(data, "export", "--case", "1", "--out", str(packet)))
            tally.violations += check(data, "export rerun", packet, pages)
            if again.returncode != 0 or not packet.is_file():
                tally.violations.append(f"export rerun failed: {again.stderr[-300:]}")
            half = list(packet.parent.glob(".tmp-*"))
            if half:  # a killed export's half-written file is cleared by the next one
                tally.violations.append(f"export rerun left {[p.name for p in half]}")
            packet.unlink()
    while tally.kills["edit"] < quota["edit"]:
        _kill_once(tally, "edit", [sys.executable, "-m", "tests.support.killer", "--edit",
                                   str(data), "--seed", str(rng.randrange(10**6))], rng, 3.0)
        tally.violations += check(data, f"edit kill {tally.kills['edit']}")
    tally.violations += app_verify(data, "end")
    tally.seconds = time.monotonic() - started
    return tally


def edit_loop(data: Path, seed: int) -> None:
    """Edits, one after another, as fast as they go: move, file, rename, turn, leave out."""
    from desktop_app.services import Services

    rng = random.Random(seed)
    if keys.is_protected(data):
        keys.unlock(data, PASSPHRASE)
    svc = Services.open(data)
    docs = svc.list_documents(1)
    for n in range(10_000):
        doc = rng.choice(docs)
        action = n % 5
        if action == 0:
            svc.move(1, doc.id, rng.randint(1, 4))
        elif action == 1:
            svc.tag(1, doc.id, rng.choice(["residence", "employment", "medical"]))
        elif action == 2:
            svc.rename(1, doc.id, f"Exhibit {rng.randrange(1000)}")
        else:
            page = rng.choice(svc.list_pages(doc.id))
            if action == 3:
                svc.rotate_page(page.id, 90)
            else:
                svc.exclude_page(page.id, rng.random() < 0.2)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--kills", type=int, default=32)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--protected", action="store_true")
    parser.add_argument("--edit", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.edit:
        edit_loop(args.edit, args.seed)
        return 0
    folder = args.folder or Path(tempfile.mkdtemp(prefix="kill-"))
    tally = harness(folder, args.seed, args.kills, args.protected)
    print(f"kills survived: {tally.total} ({dict(tally.kills)}); "
          f"finished before the kill: {dict(tally.finished_first)}; "
          f"violations: {len(tally.violations)}; {tally.seconds:.0f} s")
    for line in tally.violations:
        print("  ", line)
    return 1 if tally.violations else 0


if __name__ == "__main__":
    sys.exit(main())

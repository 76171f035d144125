"""Fuzz ``restore``: crafted and damaged case archives, and what the app does with what
it restores, while the filesystem around it is watched.

    .venv/bin/python bench/fuzz_restore.py [--seconds 600] [--seed 1] [--keep DIR]

A real case (a digital PDF, a scan read by Tesseract, a redacted page, a filed packet
with its kept copy, a deadline, a translation pair) is archived once, plain and sealed.
Each input is one of those archives mutated by an attacker's moves: manifest entries
listed twice, member names and hashes that are paths (``..``, absolute, into a canary
folder), roles and tables that do not belong (``settings`` rows, ``key.json``), symlinks,
hard links, devices, FIFOs and folders as tar members, sizes that lie or are huge (in
the manifest, and tar headers claiming terabytes), a
sealed header asking for a costly or broken key derivation, a cut-short or bit-flipped
stream, and random edits anywhere in the manifest (with its checksum made to match, so
the schema check is what stands in the way).

Each input is restored by a worker process (memory limit ``RLIMIT_AS``, a time limit)
into a new data folder (plain, or protected for a share of inputs) inside a sandbox
that also holds a canary folder (files named like the data folder's own: ``key.json``,
``evidence.db``, a victim's documents). When a restore is accepted, the worker goes on
as a user would: check the folder (``verify``), build every filing again, delete the
case. Before and after every input the whole sandbox is snapshotted (every path, size,
mtime, inode and mode): any difference outside that input's data folder is a *write
outside*. A refused restore must leave its data folder as it was (database and
scratch space aside), and the folder must open again afterwards.

Outcomes: ``restored``, ``refused:<error>`` (one of the app's own errors: a message, no
traceback), ``crash`` (any other exception, or the worker died), ``hang`` (over the time
limit), ``write-outside``, ``changed-on-refusal``, ``locked-out``. Prints a summary;
exits 1 on any of the last five and writes each such input to ``--keep``.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import io
import json
import multiprocessing as mp
import os
import random
import resource
import shutil
import struct
import sys
import tarfile
import tempfile
import time
import traceback
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from desktop_app.services.packets import FilingOptions

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MEMORY_LIMIT = 3 * 1024**3  # the worker's address space
INPUT_SECONDS = 120.0  # restore, verify, rebuild the filings and delete, for one input
PASSPHRASE = "fuzz passphrase"
FOLDER_PASSPHRASE = "fuzz folder passphrase"
BAD = {"crash", "hang", "write-outside", "changed-on-refusal", "locked-out"}


# --- the seed case ---------------------------------------------------------------------------


def seed_archives(folder: Path) -> tuple[Path, Path]:
    """A real case archived plain and sealed: (plain, sealed)."""
    from desktop_app.services import Services, redaction
    from tests.make import page_image, save_image, text_pdf

    folder.mkdir(parents=True, exist_ok=True)
    svc = Services.open(folder / "data")
    try:
        case = svc.create_case(name="María Hernández", a_number="A123456789",
                               address="1418 Cedar Avenue", date_of_birth="1986-03-14")
        letter = text_pdf(folder / "letter.pdf", [
            "Gulf Coast Builders confirms employment since 2018. SSN 123-45-6789. " * 2,
            "Second page of the letter. " * 4])
        translation = text_pdf(folder / "translation.pdf", ["Certified translation. " * 6])
        scan = save_image(page_image(["Residential Lease Agreement", "1418 Cedar Avenue"],
                                     size=(850, 1100), font_px=24), folder / "lease.png")
        outcomes = svc.import_files(case.id, [letter, scan, translation])
        ids = [int(o.document_id or 0) for o in outcomes]
        svc.process(case.id, workers=1)
        svc.tag(case.id, ids[0], "employment")
        svc.tag(case.id, ids[1], "residence")
        svc.tag(case.id, ids[2], "employment")

        svc.assistant.pair_translation(case.id, ids[2], ids[0])
        svc.redaction.add_area(svc.list_pages(ids[0])[0].id, (0.1, 0.1, 0.5, 0.2))
        svc.redaction.set_pattern(case.id, redaction.parse_pattern("ssn"))
        svc.record.export(case.id, folder / "packet.pdf", FilingOptions())
        svc.record.add_deadline(case.id, "2030-01-02", "Reply to the request for evidence")
        plain, sealed_out = folder / "seed.case", folder / "seed-sealed.case"
        svc.archive.save(case.id, plain)
        svc.archive.save(case.id, sealed_out, PASSPHRASE)
    finally:
        svc.close()
    return plain, sealed_out


# --- mutations -------------------------------------------------------------------------------


class Mutator:
    def __init__(self, plain: Path, sealed_path: Path, canary: Path, rng: random.Random):
        from tests.support.crafted import take_apart

        self.parts = take_apart(plain)
        self.plain_bytes = plain.read_bytes()
        self.sealed_bytes = sealed_path.read_bytes()
        self.canary = canary
        self.rng = rng
        self.nasty = [
            "../../../canary/evil.desktop", "../../../../canary/key.json", "key.json",
            str(canary / "abs-evil"), str(canary / "victim"), "evidence.db",
            "evidence.db-wal", "./evidence.db-shm", "processing.lock", "originals",
            "derived", "filings", "tmp", "..", ".", "", "/", "originals/../../canary/x",
            "derived/../../../canary/y", "filings/../key.json", "a" * 5000, "\x00",
            "\x1b]0;owned\x07", "data/key.json", "originals/ab/" + "ab" * 32,
            "0" * 64, "A" * 64, "g" * 64, "../" * 20 + "etc/passwd",
        ]

    def one(self) -> tuple[str, bytes, bool]:
        """(what was done, the archive's bytes, whether it is sealed)."""
        moves = [self.duplicate_entry, self.path_member, self.bad_role, self.link_member,
                 self.lying_size, self.costly_header, self.truncate, self.flip,
                 self.json_edit, self.json_edit, self.json_edit, self.bad_table,
                 self.shuffle_members, self.bad_record, self.bad_checksum,
                 self.huge_header]
        while True:
            move = self.rng.choice(moves)
            try:
                name, data, sealed_input = move()
                break
            except (ValueError, KeyError, IndexError, TypeError, tarfile.TarError):
                continue  # a move that cannot be written as a tar (a NUL in a name): another
        if self.rng.random() < 0.15 and not sealed_input and not name.startswith(
                ("truncate", "flip", "costly")):
            data = self._seal(data)
            sealed_input = True
        return name, data, sealed_input

    # helpers

    def _copy(self) -> Any:
        from tests.support.crafted import Parts

        return Parts(copy.deepcopy(self.parts.manifest), list(self.parts.members))

    def _write(self, parts: Any, **options: Any) -> bytes:
        from tests.support.crafted import put_together

        with tempfile.TemporaryDirectory() as tmp:
            out = put_together(parts, Path(tmp) / "x.case", **options)
            return out.read_bytes()

    def _seal(self, data: bytes) -> bytes:
        from desktop_app.core import sealed

        buffer = io.BytesIO()
        writer = sealed.SealedWriter(buffer, PASSPHRASE)
        writer.write(data)
        writer.close()
        return buffer.getvalue()

    def _string(self) -> str:
        return self.rng.choice(self.nasty)

    def _value(self) -> Any:
        return self.rng.choice([
            self._string(), None, 0, -1, 1 << 62, 1 << 70, -(1 << 70), 3.5, 1e308, True,
            [], {}, [self._string()], {"$b64": "!!!"}, {"$b64": "AAAA", "x": 1},
            {"member": self._string()}, "x" * self.rng.randint(0, 300)])

    # moves

    def duplicate_entry(self) -> tuple[str, bytes, bool]:
        parts = self._copy()
        files = parts.manifest["files"]
        real = self.rng.choice(files)
        fake = dict(real)
        fake[self.rng.choice(["sha256", "name", "page", "role"])] = self._string()
        files.insert(self.rng.randrange(len(files) + 1), fake)
        return "duplicate-entry", self._write(parts), False

    def path_member(self) -> tuple[str, bytes, bool]:
        parts = self._copy()
        at = self.rng.randrange(len(parts.members))
        info, content = parts.members[at]
        old = info if isinstance(info, str) else info.name
        new = self._string() or "x"
        parts.members[at] = (new, content)
        for entry in parts.manifest["files"]:
            if entry["member"] == old and self.rng.random() < 0.8:
                entry["member"] = new
                if self.rng.random() < 0.5:
                    entry["name"] = new
        return "path-member", self._write(parts), False

    def bad_role(self) -> tuple[str, bytes, bool]:
        parts = self._copy()
        content = self.rng.choice([b"{}", b"planted", self.parts.members[0][1]])
        role = self.rng.choice(["data", "original", "derived", "filing", "evil"])
        name = self._string()
        member = self.rng.choice([f"data/{name}", name, f"originals/{'ab' * 32}",
                                  "filings/1.pdf", f"derived/1/{name}"])
        parts.add_file(member, content, role, name=name,
                       page=self.rng.choice([None, 1, -1, 10**9]))
        return f"bad-role:{role}", self._write(parts), False

    def link_member(self) -> tuple[str, bytes, bool]:
        parts = self._copy()
        kind = self.rng.choice([tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.CHRTYPE,
                                tarfile.BLKTYPE, tarfile.FIFOTYPE, tarfile.DIRTYPE])
        at = self.rng.randrange(len(parts.members))
        info, _content = parts.members[at]
        tar_info = tarfile.TarInfo(info if isinstance(info, str) else info.name)
        tar_info.type = kind
        tar_info.linkname = self.rng.choice([str(self.canary / "victim" / "thesis.odt"),
                                             "../../../canary/key.json", "/dev/zero"])
        tar_info.devmajor, tar_info.devminor = 1, 5
        parts.members[at] = (tar_info, b"")
        return f"link-member:{kind!r}", self._write(parts), False

    def lying_size(self) -> tuple[str, bytes, bool]:
        parts = self._copy()
        entry = self.rng.choice(parts.manifest["files"])
        entry["size"] = self.rng.choice([0, 1, entry["size"] - 1, entry["size"] + 1, 1 << 40,
                                         1 << 63, -1, 1 << 80, "12", 1.5])
        return "lying-size", self._write(parts), False

    def huge_header(self) -> tuple[str, bytes, bool]:
        """A tar header that claims a member of terabytes (the manifest, or a file), then
        the stream ends or goes on with whatever follows."""
        info = tarfile.TarInfo(self.rng.choice(["manifest.json", "originals/" + "ab" * 32]))
        info.size = self.rng.choice([1 << 30, 1 << 40, (1 << 33) - 1])
        body = info.tobuf(format=tarfile.PAX_FORMAT) + os.urandom(self.rng.randint(0, 4096))
        if self.rng.random() < 0.5:
            body = self.plain_bytes[:1536] + body  # after a real manifest
        return "huge-header", body, False

    def costly_header(self) -> tuple[str, bytes, bool]:
        from desktop_app.core import sealed

        n, r, p = self.rng.choice([(1 << 20, 32, 16), (1 << 22, 8, 1), (3, 8, 1), (0, 8, 1),
                                   (1 << 15, 0, 1), (1 << 15, 8, 0), (1 << 15, 8, 1 << 30),
                                   (1 << 16, 8, 1), (-1, -1, -1), (1 << 15, 1 << 40, 1)])
        header = {"kdf": self.rng.choice(["scrypt", "scrypt", "hkdf-sha256", "argon2", 7]),
                  "n": n, "r": r, "p": p, "salt": "00" * 16, "nonce_prefix": "00" * 7,
                  "chunk": self.rng.choice([1 << 20, 0, -1, 1 << 40]),
                  "cipher": "AES-256-GCM STREAM", "check": "00" * 16}
        raw = json.dumps(header).encode()
        return (f"costly-header:{n},{r},{p}",
                sealed.MAGIC + struct.pack(">I", len(raw)) + raw + os.urandom(200), True)

    def truncate(self) -> tuple[str, bytes, bool]:
        sealed_input = self.rng.random() < 0.5
        data = self.sealed_bytes if sealed_input else self.plain_bytes
        return "truncate", data[: self.rng.randrange(len(data))], sealed_input

    def flip(self) -> tuple[str, bytes, bool]:
        sealed_input = self.rng.random() < 0.3
        buf = bytearray(self.sealed_bytes if sealed_input else self.plain_bytes)
        for _ in range(self.rng.choice([1, 2, 8, 64])):
            at = self.rng.randrange(len(buf))
            buf[at] ^= 1 << self.rng.randrange(8)
        return "flip", bytes(buf), sealed_input

    def json_edit(self) -> tuple[str, bytes, bool]:
        """A random edit anywhere in the manifest; its checksum made to match."""
        parts = self._copy()
        for _ in range(self.rng.choice([1, 1, 2, 4])):
            self._edit(parts.manifest)
        return "json-edit", self._write(parts), False

    def _edit(self, node: Any, depth: int = 0) -> None:
        if isinstance(node, dict) and node:
            key = self.rng.choice(list(node))
            child = node[key]
            if depth > 1 and self.rng.random() < 0.25 or not isinstance(child, dict | list):
                action = self.rng.random()
                if action < 0.2:
                    del node[key]
                elif action < 0.3:
                    node[self._string()] = self._value()
                else:
                    node[key] = self._value()
                return
            self._edit(child, depth + 1)
        elif isinstance(node, list) and node:
            at = self.rng.randrange(len(node))
            action = self.rng.random()
            if action < 0.15:
                node.append(copy.deepcopy(node[at]))  # a row or an entry twice
            elif action < 0.25:
                del node[at]
            elif isinstance(node[at], dict | list) and action < 0.85:
                self._edit(node[at], depth + 1)
            else:
                node[at] = self._value()

    def bad_table(self) -> tuple[str, bytes, bool]:
        parts = self._copy()
        tables = parts.manifest["tables"]
        choice = self.rng.random()
        if choice < 0.4:
            tables["settings"] = {"role": self.rng.choice(["owned", "shared"]),
                                  "columns": ["key", "value"], "rows": [
                                      ["trust.pending_removal",
                                       json.dumps(["key.json", "evidence.db", "../canary",
                                                   "originals", str(self.canary)])]]}
        elif choice < 0.6:
            name = self.rng.choice(list(tables))
            tables[name]["role"] = "shared" if tables[name]["role"] == "owned" else "owned"
        elif choice < 0.8:
            name = self.rng.choice(list(tables))
            entry = tables[name]
            if entry["rows"]:
                row = list(entry["rows"][0])
                at = self.rng.randrange(len(row))
                row[at] = self._value()
                entry["rows"].append(row)
        else:
            originals = tables["originals"]
            sha_at = originals["columns"].index("sha256")
            originals["rows"][0][sha_at] = self._string()
        return "bad-table", self._write(parts), False

    def shuffle_members(self) -> tuple[str, bytes, bool]:
        parts = self._copy()
        action = self.rng.random()
        if action < 0.4:
            self.rng.shuffle(parts.members)
        elif action < 0.7:
            parts.members.append(self.rng.choice(parts.members))
        else:
            del parts.members[self.rng.randrange(len(parts.members))]
        return "shuffle-members", self._write(parts), False

    def bad_record(self) -> tuple[str, bytes, bool]:
        """A filing whose record names folders and files of its own choosing."""
        parts = self._copy()
        filings = parts.table("filings")
        inputs = json.loads(filings[0]["inputs"])
        source = inputs["plan"]["tabs"][0]["exhibits"][0]["pages"][0]
        victim = str(self.canary / "victim")
        field = self.rng.choice(["folder", "path", "text_layer", "key", "page_id", "plan"])
        if field == "folder" and source.get("redaction"):
            source["redaction"]["folder"] = self.rng.choice([victim, "../../../canary/victim",
                                                            "/", str(self.canary)])
        elif field == "path":
            source["path"] = self.rng.choice([victim + "/thesis.odt", "../../canary/key.json",
                                              "/etc/passwd", "originals/../key.json"])
        elif field == "text_layer":
            source["text_layer"] = victim + "/thesis.odt"
        elif field == "key" and source.get("redaction"):
            source["redaction"]["key"] = self.rng.choice(["*", "../x", "", "0" * 32])
        elif field == "page_id":
            source["page_id"] = self.rng.choice([10**9, -1, "1", None])
        else:
            inputs["plan"] = self._value()
        filings[0]["inputs"] = json.dumps(inputs) if self.rng.random() < 0.9 else "{not json"
        if self.rng.random() < 0.3:
            filings[0]["kept_path"] = self.rng.choice(["key.json", "../canary/key.json",
                                                       victim])
        parts.set_table("filings", filings)
        return f"bad-record:{field}", self._write(parts), False

    def bad_checksum(self) -> tuple[str, bytes, bool]:
        parts = self._copy()
        checksum = self.rng.choice([b"", b"0" * 64, b"x" * 65, hashlib.sha256(b"").digest()])
        return "bad-checksum", self._write(parts, checksum=checksum), False


# --- watching the filesystem -------------------------------------------------------------------


def snapshot(folder: Path, skip: tuple[Path, ...] = ()) -> dict[str, tuple[int, ...]]:
    """Every path under ``folder`` (links not followed) with its type, size, mtime, inode
    and mode; paths under ``skip`` left out."""
    found: dict[str, tuple[int, ...]] = {}
    skipped = {str(s) for s in skip}
    for current, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = [d for d in dirs if str(Path(current) / d) not in skipped]
        for name in [*dirs, *files]:
            path = Path(current) / name
            if str(path) in skipped:
                continue
            try:
                info = path.lstat()
            except FileNotFoundError:
                continue
            found[str(path.relative_to(folder))] = (info.st_mode, info.st_size,
                                                    info.st_mtime_ns, info.st_ino)
    return found


def make_canary(canary: Path) -> None:
    (canary / "victim").mkdir(parents=True, exist_ok=True)
    (canary / "victim" / "thesis.odt").write_bytes(b"years of work")
    for name in ("key.json", "evidence.db", "evil.desktop", "abs-evil", "x", "y"):
        (canary / name).write_bytes(b"canary " + name.encode())
    (canary / "nested" / "deeper").mkdir(parents=True, exist_ok=True)
    (canary / "nested" / "deeper" / "passwd").write_bytes(b"canary")


def _differences(before: dict[str, tuple[int, ...]],
                 after: dict[str, tuple[int, ...]]) -> list[str]:
    changed = [p for p in set(before) | set(after) if before.get(p) != after.get(p)]
    return sorted(changed)[:20]


# --- the worker ------------------------------------------------------------------------------


def _data_state(data: Path) -> dict[str, tuple[int, ...]]:
    """The data folder as a refused restore must leave it: database and scratch aside."""
    return {k: v[:2] for k, v in snapshot(data).items()
            if not k.startswith(("evidence.db", "tmp"))}


def _worker(conn: Connection) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    os.environ["OMP_THREAD_LIMIT"] = "1"
    while True:
        job = conn.recv()
        if job is None:
            return
        conn.send(_one(*job))


def _one(archive: str, passphrase: str | None, data: str, protected: bool) -> dict[str, Any]:
    from desktop_app.errors import AppError
    from desktop_app.services import Services
    from desktop_app.storage.protection import keys

    folder = Path(data)
    result: dict[str, Any] = {}
    phase = "open"
    try:
        if protected:
            folder.mkdir(parents=True, mode=0o700)
            keys.write_key_file(folder, os.urandom(32), FOLDER_PASSPHRASE, n=1 << 12)
            keys.unlock(folder, FOLDER_PASSPHRASE)
        svc = Services.open(folder)
        try:
            before = _data_state(folder)
            try:
                case = svc.archive.restore(Path(archive), passphrase)
            except AppError as exc:
                result["status"] = f"refused:{type(exc).__name__}"
                result["error"] = str(exc)[:300]
                if _data_state(folder) != before or svc.list_cases():
                    result["status"] = "changed-on-refusal"
                return result
            result["status"] = "restored"
            phase = "use"
            svc.check.verify(grace_seconds=0)
            out = folder.parent / "rebuilt.pdf"
            for filing in svc.record.filings(case.id):
                try:
                    svc.record.reproduce(case.id, filing.number, out)
                    svc.record.kept_copy(case.id, filing.number)
                except AppError as exc:
                    result.setdefault("rebuild", str(exc)[:200])
                out.unlink(missing_ok=True)
            svc.delete_case(case.id)
            svc.check.verify(grace_seconds=0)
        finally:
            svc.close()
        phase = "reopen"
        if protected:  # the folder still opens with its passphrase
            keys.forget(folder)
            keys.unlock(folder, FOLDER_PASSPHRASE)
        Services.open(folder).close()
    except AppError as exc:  # opening a new folder, or using a restored case, must work
        result = {"status": "locked-out" if phase == "reopen" else "crash", "phase": phase,
                  "error": str(exc)[:300], "was": result.get("status")}
    except MemoryError:
        result = {"status": "crash", "error": "MemoryError"}
    except Exception:  # noqa: BLE001 - what the fuzzer looks for
        result = {"status": "crash", "error": traceback.format_exc(limit=12)}
    return result


class Worker:
    def __init__(self) -> None:
        self.proc: Any = None
        self.conn: Connection | None = None

    def start(self) -> None:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child,))
        self.proc.start()
        self.conn = parent

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.join()
            self.proc = None

    def run(self, job: tuple[Any, ...]) -> dict[str, Any]:
        if self.proc is None or not self.proc.is_alive():
            self.start()
        assert self.conn is not None
        self.conn.send(job)
        if not self.conn.poll(INPUT_SECONDS):
            self.stop()
            return {"status": "hang"}
        try:
            result: dict[str, Any] = self.conn.recv()
        except (EOFError, OSError):
            code = self.proc.exitcode if self.proc else None
            self.stop()
            return {"status": "crash", "error": f"the worker died (exit {code})"}
        return result


# --- main --------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protected-share", type=float, default=0.2)
    parser.add_argument("--keep", type=Path, default=Path("fuzz-restore-findings"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sandbox = Path(tempfile.mkdtemp(prefix="fuzz-restore-"))
    worker = Worker()
    outcomes: Counter[str] = Counter()
    moves: Counter[str] = Counter()
    bad: list[tuple[str, str, dict[str, Any]]] = []
    try:
        plain, sealed_path = seed_archives(sandbox / "seed")
        canary = sandbox / "canary"
        make_canary(canary)
        mutator = Mutator(plain, sealed_path, canary, rng)
        (sandbox / "inputs").mkdir()
        work = sandbox / "work"
        work.mkdir()
        started = time.monotonic()
        number = 0
        while time.monotonic() - started < args.seconds:
            number += 1
            move, data, sealed_input = mutator.one()
            moves[move.split(":")[0]] += 1
            archive = sandbox / "inputs" / f"{number}.case"
            archive.write_bytes(data)
            here = work / str(number)
            here.mkdir()
            watched = snapshot(sandbox, skip=(here, archive))
            protected = rng.random() < args.protected_share
            result = worker.run((str(archive), PASSPHRASE if sealed_input else None,
                                 str(here / "data"), protected))
            leaked = _differences(watched, snapshot(sandbox, skip=(here, archive)))
            strays = [p.name for p in here.iterdir() if p.name != "data"]
            if leaked or strays:
                result = {"status": "write-outside", "paths": leaked + strays, "was": result}
            status = result["status"]
            outcomes[status.split(":")[0] if status.startswith("refused") else status] += 1
            if status in BAD:
                bad.append((move, status, result))
                args.keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(archive, args.keep / f"{number}-{move.split(':')[0]}.case")
                print(f"#{number} {move}: {status}\n{json.dumps(result, default=str)[:2000]}",
                      flush=True)
            archive.unlink()
            shutil.rmtree(here, ignore_errors=True)
        elapsed = time.monotonic() - started
    finally:
        worker.stop()
        shutil.rmtree(sandbox, ignore_errors=True)
    print(f"inputs tried: {number} in {elapsed:.0f} s (seed {args.seed})")
    print("moves: " + ", ".join(f"{k} {v}" for k, v in sorted(moves.items())))
    print("outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    print(f"crashes: {outcomes['crash']}, hangs: {outcomes['hang']}, "
          f"writes outside: {outcomes['write-outside']}, "
          f"changed on refusal: {outcomes['changed-on-refusal']}, "
          f"locked out: {outcomes['locked-out']}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

"""A data folder protected with a passphrase: without it nothing in the folder is
readable; with it everything works as before; turning protection on survives a crash at
any moment; the passphrase can be changed; a lost one cannot be got round."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pymupdf
import pytest

from desktop_app.errors import LockedError, StorageError, WrongPassphraseError
from desktop_app.services import Services, protection
from desktop_app.services.check import problems_to_fix
from desktop_app.services.packets import FilingOptions
from desktop_app.storage.protection import conversion, keys
from tests.conftest import write_packet
from tests.make import page_image, save_image, text_pdf

PASS = "orange canyon lantern"
CHEAP = 1 << 12  # scrypt cost for tests; the app's is 1 << 17
SECRETS = ["Quetzalcoatl", "ZEPHYRINE", "Ximenez-Oyarzabal", "A246813579"]
MAGIC = [b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"SQLite format 3"]
ROOT = Path(__file__).resolve().parents[2]


def _plain_case(root: Path, inputs: Path) -> tuple[int, str]:
    """A plain data folder with a read scan, a digital letter and a recorded filing."""
    svc = Services.open(root)
    try:
        case = svc.create_case(name="Rosa Ximenez-Oyarzabal", a_number="A246813579")
        inputs.mkdir(parents=True, exist_ok=True)
        scan = save_image(page_image(["Lease for Quetzalcoatl Street",
                                      "Tenant ZEPHYRINE since 2015"], size=(1275, 1650),
                                     font_px=30), inputs / "lease.png")
        letter = text_pdf(inputs / "letter.pdf",
                          ["Quetzalcoatl Builders employs ZEPHYRINE since 2016. " * 4])
        outcomes = svc.import_files(case.id, [scan, letter])
        assert all(o.status == "imported" for o in outcomes), outcomes
        assert svc.process(case.id, workers=1).failed == 0
        for outcome, tab in zip(outcomes, ("residence", "employment"), strict=True):
            svc.tag(case.id, int(outcome.document_id or 0), tab)
        assert svc.search(case.id, "ZEPHYRINE")
        _result, filing = svc.record.export(case.id, inputs / "filed.pdf",
                                                   FilingOptions())
        return case.id, filing.sha256
    finally:
        svc.close()


def _readable(root: Path) -> list[str]:
    """Every file in ``root`` that shows a secret word or starts like a PDF, an image or a
    SQLite database."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for word in SECRETS:
            for encoded in (word.encode(), word.encode("utf-16-le")):
                if encoded in data:
                    found.append(f"{path.relative_to(root)}: {word}")
        if any(data.startswith(m) for m in MAGIC):
            found.append(f"{path.relative_to(root)}: starts {data[:8]!r}")
    return found


@pytest.fixture(scope="session")
def _plain_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """The plain case, read and filed once; each test protects a copy of it."""
    folder = tmp_path_factory.mktemp("plain-case")
    case_id, filed = _plain_case(folder / "data", folder / "in")
    return folder / "data", case_id, filed


@pytest.fixture
def plain(tmp_path: Path, _plain_template: tuple[Path, int, str]) -> tuple[Path, int, str]:
    template, case_id, filed = _plain_template
    root = shutil.copytree(template, tmp_path / "data")
    assert _readable(root)  # the test can see secrets when they are there
    return root, case_id, filed


def test_protecting_a_folder_in_use_leaves_nothing_readable(
        plain: tuple[Path, int, str], tmp_path: Path) -> None:
    root, case_id, filed = plain
    summary = protection.protect(root, PASS, scrypt_n=CHEAP)
    assert (summary.originals, summary.other_files) == (2, 2)  # a text layer, the copy
    assert protection.is_protected(root)
    assert _readable(root) == []
    assert not (root / "logs").exists() and not (root / conversion.STAGING).exists()
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(root / "evidence.db").execute("SELECT * FROM cases").fetchall()

    keys.forget(root)  # a new session
    with pytest.raises(LockedError, match="protected with a passphrase"):
        Services.open(root)
    with pytest.raises(WrongPassphraseError, match="does not open"):
        protection.unlock(root, "orange canyon lanterns")
    protection.unlock(root, PASS)
    svc = Services.open(root)
    try:
        assert [c.name for c in svc.list_cases()] == ["Rosa Ximenez-Oyarzabal"]
        assert [h.document_title for h in svc.search(case_id, "ZEPHYRINE")]
        assert svc.check.verify() == []
        # The view the app reads from is in memory, not in the data folder.
        assert root not in svc.store.vault.view.parents
        assert svc.record.kept_copy_intact(case_id, 1)
        again = svc.record.reproduce(case_id, 1, tmp_path / "again.pdf")
        assert again.page_count > 0
        write_packet(svc, case_id, tmp_path / "out" / "packet.pdf")
    finally:
        svc.close()
    with pymupdf.open(tmp_path / "out" / "packet.pdf") as packet:
        text = "".join(page.get_text() for page in packet)
    assert "ZEPHYRINE" in text and "Quetzalcoatl" in text  # the packet itself is plain
    assert _readable(root) == []


def test_a_new_protected_folder_writes_nothing_readable_even_while_open(
        tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir(mode=0o700)
    protection.protect(root, PASS, scrypt_n=CHEAP)  # a new, empty folder
    svc = Services.open(root)
    try:
        case = svc.create_case(name="Rosa Ximenez-Oyarzabal", a_number="A246813579")
        scan = save_image(page_image(["Tenant ZEPHYRINE of Quetzalcoatl Street"],
                                     size=(1275, 1650), font_px=30), tmp_path / "scan.png")
        svc.import_files(case.id, [scan])
        assert svc.process(case.id, workers=1).failed == 0
        doc = svc.list_documents(case.id)[0]
        svc.tag(case.id, doc.id, "residence")
        svc.pictures.thumbnail(svc.list_pages(doc.id)[0].id)
        svc.record.export(case.id, tmp_path / "p.pdf", FilingOptions())
        # Open, with a write-ahead log and unsealed copies in the view: still nothing.
        assert _readable(root) == []
        view = svc.store.vault.view
        assert _readable(view)  # what the app reads is there, in memory
    finally:
        svc.close()
    assert _readable(root) == []


def test_the_view_is_gone_when_a_command_ends(plain: tuple[Path, int, str],
                                              tmp_path: Path) -> None:
    root, case_id, _filed = plain
    protection.protect(root, PASS, scrypt_n=CHEAP)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = subprocess.Popen(
        [sys.executable, "-m", "desktop_app.cli", "--data-dir", str(root),
         "--folder-passphrase-file", str(secret), "search", "--case", str(case_id),
         "ZEPHYRINE"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    out, err = command.communicate(timeout=120)
    assert command.returncode == 0 and "ZEPHYRINE" in out, err
    from desktop_app.storage.protection.vault import memory_folder

    memory = memory_folder()
    if memory is not None:
        # Only the command's own view (other processes on a shared machine may have theirs).
        leftovers = list(memory.glob(f"evidence-packet-{os.getuid()}/*/{command.pid}"))
        assert leftovers == []
    locked = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "--data-dir", str(root), "case", "list"],
        capture_output=True, text=True, env={k: v for k, v in env.items()
                                             if k != "EVIDENCE_PACKET_PASSPHRASE_FILE"},
        timeout=120, stdin=subprocess.DEVNULL)
    assert locked.returncode == 1
    assert "protected with a passphrase" in locked.stderr
    assert "--folder-passphrase-file" in locked.stderr


def test_changing_the_passphrase(plain: tuple[Path, int, str]) -> None:
    root, case_id, _filed = plain
    protection.protect(root, PASS, scrypt_n=CHEAP)
    with pytest.raises(WrongPassphraseError):
        protection.change_passphrase(root, "not the passphrase", "a new pass phrase")
    protection.change_passphrase(root, PASS, "a new pass phrase")
    keys.forget(root)
    with pytest.raises(WrongPassphraseError):
        protection.unlock(root, PASS)
    protection.unlock(root, "a new pass phrase")
    svc = Services.open(root)
    try:
        assert svc.search(case_id, "ZEPHYRINE") and svc.check.verify() == []
    finally:
        svc.close()


def test_protecting_is_refused_while_the_folder_is_open(plain: tuple[Path, int, str]) -> None:
    root, _case_id, _filed = plain
    svc = Services.open(root)
    try:
        with pytest.raises(StorageError, match="in use"):
            protection.protect(root, PASS, scrypt_n=CHEAP)
    finally:
        svc.close()
    with pytest.raises(Exception, match="at least 8"):
        protection.protect(root, "short", scrypt_n=CHEAP)
    assert not protection.is_protected(root)


def _check_after_crash(root: Path, case_id: int, documents: int = 2) -> str:
    """Open the folder as the next start would; everything is there either way."""
    state = "protected" if protection.is_protected(root) else "plain"
    if state == "protected":
        protection.unlock(root, PASS)
    svc = Services.open(root)
    try:
        assert not (root / conversion.STAGING).exists()
        assert [c.name for c in svc.list_cases()] == ["Rosa Ximenez-Oyarzabal"]
        assert len(svc.list_documents(case_id)) == documents
        assert svc.search(case_id, "ZEPHYRINE")
        assert problems_to_fix(svc.check.verify()) == []
    finally:
        svc.close()
    if state == "protected":
        assert _readable(root) == []
        keys.forget(root)
    return state


def test_a_failure_before_the_key_is_written_leaves_the_folder_as_it_was(
        plain: tuple[Path, int, str], monkeypatch: pytest.MonkeyPatch) -> None:
    root, case_id, _filed = plain
    from desktop_app.storage.protection import vault

    sealed_files = 0
    real_keep = vault.Vault.keep

    def keep_then_crash(self: vault.Vault, relative: str, source: Path | None = None) -> None:
        nonlocal sealed_files
        sealed_files += 1
        if sealed_files == 3:
            raise OSError(28, "No space left on device")
        real_keep(self, relative, source)

    monkeypatch.setattr(vault.Vault, "keep", keep_then_crash)
    with pytest.raises(OSError):
        protection.protect(root, PASS, scrypt_n=CHEAP)
    monkeypatch.undo()
    assert (root / conversion.STAGING).exists()  # as a crash would leave it
    assert _check_after_crash(root, case_id) == "plain"


def test_a_failure_after_the_key_is_written_is_finished_on_the_next_open(
        plain: tuple[Path, int, str], monkeypatch: pytest.MonkeyPatch) -> None:
    root, case_id, _filed = plain
    moved = 0
    real_replace = Path.replace

    def replace_then_crash(self: Path, target: str | os.PathLike[str]) -> Path:
        nonlocal moved
        if self.parent.name == conversion.STAGING:
            moved += 1
            if moved == 2:
                raise OSError(5, "Input/output error")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", replace_then_crash)
    with pytest.raises(OSError):
        protection.protect(root, PASS, scrypt_n=CHEAP)
    monkeypatch.undo()
    keys.forget(root)
    assert (root / conversion.STAGING).exists() and protection.is_protected(root)
    assert _check_after_crash(root, case_id) == "protected"


@pytest.mark.slow
def test_kill_nine_while_protecting_leaves_the_folder_plain_or_protected(
        plain: tuple[Path, int, str], tmp_path: Path) -> None:
    """``protect`` killed with SIGKILL at moments chosen by watching its work (not by a
    clock, which a busy machine turns into one phase only): four kills while it seals
    into ``protecting/`` must leave the folder plain and whole; four just after the
    commit point (``key.json`` written) must leave it fully protected on the next open."""
    root, case_id, _filed = plain
    # More files to seal, so that there are moments inside the work to kill at.
    svc = Services.open(root)
    try:
        noise = random.Random(5)
        extra = []
        for n in range(12):
            path = tmp_path / "extra" / f"photo-{n}.png"
            extra.append(save_image(page_image([f"Photo {n} ZEPHYRINE"], size=(1700, 2200)),
                                    path))
            path.write_bytes(path.read_bytes() + noise.randbytes(4_000_000))
        svc.import_files(case_id, extra)
    finally:
        svc.close()
    pristine = tmp_path / "pristine"
    shutil.copytree(root, pristine)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "desktop_app.cli", "--data-dir", str(root), "protect",
               "--new-passphrase-file", str(secret)]
    staging = root / conversion.STAGING

    def sealed_so_far() -> int:
        return sum(1 for p in staging.rglob("*") if p.is_file()
                   and not p.name.startswith(".tmp-")) if staging.exists() else 0

    moments = [("sealed", n) for n in (1, 4, 8, 12)] + [("committed", n) for n in (0, 1, 3, 6)]
    states = []
    for phase, count in moments:
        shutil.rmtree(root)
        shutil.copytree(pristine, root)
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        polls = 0
        while proc.poll() is None:
            if phase == "sealed" and sealed_so_far() >= count:
                break
            if phase == "committed" and (root / keys.KEY_FILE).exists():
                polls += 1
                if polls > count:
                    break
            time.sleep(0.001)
        finished = proc.poll() is not None
        if not finished:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        assert phase == "committed" or not finished, "protect ended before the kill"
        keys.forget(root)
        states.append(_check_after_crash(root, case_id, documents=14))
    print("after each kill:", list(zip(moments, states, strict=True)))
    assert states == ["plain"] * 4 + ["protected"] * 4


def test_too_little_memory_for_the_view_fails_only_that_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Unsealed copies live in memory: when there is no room for one, the page that
    needed it fails with a message that says so, and the rest of the work goes on."""
    from desktop_app.storage.protection import vault
    from tests.conftest import protect_new, small_filesystem

    with small_filesystem(tmp_path / "memory", size="2m") as memory:
        monkeypatch.setattr(vault, "memory_folder", lambda: memory)
        root = protect_new(tmp_path / "data", PASS)
        svc = Services.open(root)
        try:
            case = svc.create_case(name="Rosa")
            small = save_image(page_image(["A small scan"], size=(850, 1100), font_px=30),
                               tmp_path / "small.png")
            big = tmp_path / "big.png"
            save_image(page_image(["A big photo"], size=(850, 1100)), big)
            big.write_bytes(big.read_bytes() + random.Random(1).randbytes(3_000_000))
            svc.import_files(case.id, [big, small])
            summary = svc.process(case.id, workers=1)
            assert (summary.done, summary.failed) == (1, 1)
            assert "not enough free memory" in summary.failures[0][1]
            big_doc, small_doc = svc.list_documents(case.id)
            assert big_doc.status == "failed" and small_doc.status == "ready"
        finally:
            svc.close()


def test_an_unsealed_file_put_in_place_of_an_original_is_refused(
        plain: tuple[Path, int, str], tmp_path: Path) -> None:
    """Someone with the disk but not the passphrase swaps a stored original for a plain
    file of their own: the app does not show it as the evidence, and verify names it."""
    root, case_id, _filed = plain
    protection.protect(root, PASS, scrypt_n=CHEAP)
    svc = Services.open(root)
    try:
        doc = svc.list_documents(case_id)[0]
        stored = root / svc.store.originals.relpath(doc.sha256)
        stored.chmod(0o600)
        save_image(page_image(["A forged lease"]), tmp_path / "forged.png")
        stored.write_bytes((tmp_path / "forged.png").read_bytes())
        with pytest.raises(StorageError, match="damaged or was changed"):
            svc.store.originals.path(doc.sha256)
        kinds = [p.kind for p in svc.check.verify()]
        assert kinds == ["damaged-original"]
    finally:
        svc.close()

"""Odd names and odd files on this computer (issue 13): a case named like a file of the
data folder, a FIFO or a device dropped for import, control characters in names, a full
disk, a crash while a protected folder is open."""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pymupdf
import pytest

from desktop_app.cli import main
from desktop_app.errors import StorageError
from desktop_app.services import Services
from desktop_app.services.packets import FilingOptions
from desktop_app.storage.protection import keys
from tests.conftest import PROTECTED, TEST_PASSPHRASE, protect_new, small_filesystem
from tests.make import text_pdf

ROOT = Path(__file__).resolve().parents[2]
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but tab and newline


def _letter(folder: Path, name: str = "letter.pdf") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return text_pdf(folder / name, ["Gulf Coast Builders confirms employment since 2018. " * 3])


# --- finding 2: a case whose fields name a file of the data folder -------------------------


@pytest.mark.parametrize(("protected", "field", "value"), [
    (True, "name", "key.json"),
    (True, "address", "key.json"),
    (False, "name", "evidence.db-wal"),
    (False, "representative", "./evidence.db-shm"),
])
def test_2_deleting_a_case_never_removes_a_file_its_text_names(
        tmp_path: Path, protected: bool, field: str, value: str) -> None:
    folder = tmp_path / "data"
    if protected:
        protect_new(folder)
    svc = Services.open(folder)
    kept = svc.create_case(name="Rosa Díaz")
    assert svc.import_files(kept.id, [_letter(tmp_path / "in")])[0].status == "imported"
    fields = {"name": "Juan Pérez", field: value}
    doomed = svc.create_case(**fields)
    reserved = sorted(p.name for p in folder.iterdir() if p.is_file())

    svc.delete_case(doomed.id)

    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == reserved
    svc.close()
    if protected:
        keys.forget(folder)
        keys.unlock(folder, TEST_PASSPHRASE)  # the folder still opens
    again = Services.open(folder)
    try:
        assert [c.name for c in again.list_cases()] == ["Rosa Díaz"]
        assert len(again.list_documents(kept.id)) == 1
        assert again.check.verify(grace_seconds=0) == []
    finally:
        again.close()


def test_2_a_protected_folder_whose_key_file_is_gone_says_so(tmp_path: Path) -> None:
    """What the user saw after the key file went: a message that their originals are
    kept, while every one of them is sealed under that key."""
    folder = protect_new(tmp_path / "data")
    svc = Services.open(folder)
    svc.import_files(svc.create_case(name="Rosa").id, [_letter(tmp_path / "in")])
    svc.close()
    (folder / keys.KEY_FILE).unlink()
    keys.forget(folder)
    with pytest.raises(StorageError) as err:
        Services.open(folder)
    assert "key file (key.json) is missing" in str(err.value)
    assert "originals are kept" not in str(err.value)


# --- finding 4, the second line of defence: a forged stored copy ---------------------------


def test_4_a_forged_stored_copy_never_stands_in_for_a_file_added_later(
        services: Services, tmp_path: Path) -> None:
    """However a forged file came to rest where an original's checksum puts it, adding
    the real file stores the real file."""
    real = _letter(tmp_path / "mine", "lease.pdf")
    sha = hashlib.sha256(real.read_bytes()).hexdigest()
    forged = services.store.root / services.store.originals.relpath(sha)
    forged.parent.mkdir(parents=True, exist_ok=True)
    forged.write_bytes(b"%PDF-1.7 a forged lease")
    case = services.create_case(name="Rosa")
    assert services.import_files(case.id, [real])[0].status == "imported"
    assert services.store.originals.path(sha).read_bytes() == real.read_bytes()
    assert services.check.verify(grace_seconds=0) == []


# --- finding 6: FIFOs and devices ----------------------------------------------------------


def test_6_a_fifo_or_a_device_is_refused_and_the_rest_of_the_batch_goes_on(
        data_dir: Path, tmp_path: Path) -> None:
    files = tmp_path / "drop"
    files.mkdir()
    os.mkfifo(files / "pipe.pdf")
    inner = files / "folder"
    inner.mkdir()
    os.mkfifo(inner / "a-pipe.jpg")
    _letter(inner, "b-letter.pdf")
    good = _letter(tmp_path, "good.pdf")
    svc = Services.open(data_dir)
    case = svc.create_case(name="Rosa")
    svc.close()
    command = [sys.executable, "-m", "desktop_app.cli", "--data-dir", str(data_dir), "import",
               "--case", str(case.id), "--json", str(files / "pipe.pdf"), "/dev/zero",
               str(inner), str(good)]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
    outcomes = {Path(o["path"]).name: o for o in json.loads(proc.stdout)}
    assert set(outcomes) == {"pipe.pdf", "zero", "a-pipe.jpg", "b-letter.pdf", "good.pdf"}
    for refused in ("pipe.pdf", "zero", "a-pipe.jpg"):
        assert outcomes[refused]["status"] == "error"
        assert "not a regular file" in outcomes[refused]["error"]
    assert outcomes["b-letter.pdf"]["status"] == outcomes["good.pdf"]["status"] == "imported"


# --- finding 7: control characters --------------------------------------------------------

NASTY = "Rosa\x1b]0;owned\x07\x1b[2J\rDíaz\x9b31m"


def test_7_control_characters_never_reach_the_terminal(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    svc = Services.open(data_dir)
    case = svc.create_case(name=NASTY)  # as an archive from elsewhere may carry it
    svc.close()
    odd = _letter(tmp_path, "carta\x1b[8m\x07.pdf")
    missing = tmp_path / "gone\x1b[1A.pdf"
    assert main(["--data-dir", str(data_dir), "case", "list"]) == 0
    assert main(["--data-dir", str(data_dir), "import", "--case", str(case.id), str(odd),
                 str(missing)]) == 0
    assert main(["--data-dir", str(data_dir), "docs", "--case", str(case.id)]) == 0
    assert main(["--data-dir", str(data_dir), "case", "list", "--json"]) == 0
    out, err = capsys.readouterr()
    assert not CONTROL.search(out) and not CONTROL.search(err), (out, err)
    assert "Rosa" in out and "Díaz" in out and "carta" in out and "gone" in err + out
    # JSON keeps every character (escaped): a script still gets the real name.
    assert json.loads(out[out.rindex("[\n"):])[0]["name"] == NASTY


def test_7_control_characters_are_not_drawn_into_the_packet(
        services: Services, tmp_path: Path) -> None:
    case = services.create_case(name=NASTY, address="1418 Cedar\x1b[1mAve\x07nue",
                                key_factors="Ten years\x0bhere\x1b")
    doc = services.import_files(case.id, [_letter(tmp_path, "carta\x1b\x07.pdf")])[0]
    assert doc.document_id is not None
    services.tag(case.id, doc.document_id, "employment")
    services.rename(case.id, doc.document_id, "Employer\x1b[5m letter\x08\x08")
    result, _filing = services.record.export(case.id, tmp_path / "packet.pdf",
                                               FilingOptions(bates_prefix="DA\x1b"))
    with pymupdf.open(result.path) as packet:
        text = "".join(page.get_text() for page in packet)
        outline = " ".join(str(entry[1]) for entry in packet.get_toc())
    assert not CONTROL.search(text) and not CONTROL.search(outline)
    assert "Díaz" in text and "Employer" in text and "Employer" in outline


# --- finding 9: full disk messages, plaintext copies after a crash -------------------------

INTERNAL = re.compile(r"originals|incoming|derived|staging|\.tmp-|[0-9a-f]{12}|\b\d+-\d+\b|"
                      r"\b0000\d\d\b|evidence\.db")


def _big_pdf(path: Path, size: int) -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "A statement with a large attachment.")
    doc.embfile_add("scan.bin", os.urandom(size))
    doc.save(path)
    doc.close()
    return path


def test_9_a_full_disk_is_reported_without_naming_the_app_s_own_files(
        services: Services, tmp_path: Path) -> None:
    case = services.create_case(name="Rosa")
    services.import_files(case.id, [_big_pdf(tmp_path / "big.pdf", 1_500_000)])
    archive = tmp_path / "case.epcase"
    services.archive.save(case.id, archive)
    with small_filesystem(tmp_path / "disk", size="1m") as disk:
        folder = disk / "data"
        if PROTECTED:
            protect_new(folder)
        svc = Services.open(folder)
        try:
            small = svc.create_case(name="Juan")
            messages = []
            with pytest.raises(StorageError) as err:
                svc.import_files(small.id, [_big_pdf(tmp_path / "huge.pdf", 2_000_000)])
            messages.append(str(err.value))
            with pytest.raises(StorageError) as err:
                svc.archive.restore(archive)
            messages.append(str(err.value))
        finally:
            svc.close()
    for message in messages:
        assert message.startswith("The disk is full"), message
        assert not INTERNAL.search(message), message


_HOLD_OPEN = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from desktop_app.services import Services
    from desktop_app.storage.protection import keys
    keys.unlock(Path(sys.argv[1]), sys.argv[2])
    svc = Services.open(Path(sys.argv[1]))
    doc = svc.list_documents(svc.list_cases()[0].id)[0]
    print(svc.store.originals.path(doc.sha256), flush=True)
    time.sleep(120)
""")


def _open_elsewhere(folder: Path) -> tuple[subprocess.Popen[str], Path]:
    """A process that opens protected ``folder`` and reads an original, then waits."""
    proc = subprocess.Popen([sys.executable, "-c", _HOLD_OPEN, str(folder), TEST_PASSPHRASE],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    plain = Path(proc.stdout.readline().strip())
    assert plain.is_file() and plain.read_bytes().startswith(b"%PDF")
    return proc, plain


def test_9_plaintext_copies_of_a_protected_folder_do_not_outlive_their_process(
        tmp_path: Path) -> None:
    folders = []
    for name in ("first", "second"):
        folder = protect_new(tmp_path / name)
        svc = Services.open(folder)
        case = svc.create_case(name="Rosa")
        svc.import_files(case.id, [_letter(tmp_path / name)])
        svc.close()
        folders.append(folder)
    # Stopped the ordinary way (logging out, `kill`): it cleans up on its way out.
    proc, plain = _open_elsewhere(folders[0])
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGTERM  # still ends as SIGTERM ends a process
    assert not plain.exists()
    # Killed outright: the next start of the app, on any data folder, removes them.
    proc, plain = _open_elsewhere(folders[0])
    proc.kill()
    proc.communicate(timeout=30)
    assert plain.exists()
    Services.open(folders[1]).close()
    assert not plain.exists() and not plain.parents[2].exists()

"""A case archive is untrusted input (issue 13): archives crafted by the tests from a real
one, each one trick an attacker who hands the user an archive would try. Each is refused
as damaged with nothing written — outside the data folder or in it."""

from __future__ import annotations

import hashlib
import json
import struct
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core import sealed
from desktop_app.errors import DamagedFileError, StorageError
from desktop_app.services import Services
from desktop_app.services.packets import FilingOptions
from desktop_app.storage.protection import keys
from tests.conftest import TEST_PASSPHRASE, protect_new
from tests.make import text_pdf
from tests.support.crafted import Parts, put_together, take_apart, tree
from tests.support.rows import count_rows


def _small_case(services: Services, folder: Path, name: str = "Maria Hernández") -> int:
    case = services.create_case(name=name, a_number="A123456789")
    folder.mkdir(parents=True, exist_ok=True)
    letter = text_pdf(folder / "letter.pdf", [
        "Gulf Coast Builders confirms that Maria has worked here since 2018. " * 3])
    outcome = services.import_files(case.id, [letter])[0]
    assert outcome.status == "imported", outcome
    services.tag(case.id, int(outcome.document_id or 0), "employment")
    return case.id


def _archive(services: Services, tmp_path: Path, case_id: int) -> Parts:
    out = tmp_path / "made" / "maria.case"
    services.archive.save(case_id, out)
    return take_apart(out)


@pytest.fixture(params=["plain", "protected"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Services]:
    """The data folder the crafted archive is opened in (plain, or protected)."""
    folder = tmp_path / "target"
    if request.param == "protected":
        protect_new(folder)
    svc = Services.open(folder)
    yield svc
    svc.close()


def _state(svc: Services) -> tuple[dict[str, int], dict[str, bytes | None]]:
    """Rows and files of a data folder, database and scratch space aside."""
    files = {k: v for k, v in tree(svc.store.root).items()
             if not k.startswith(("evidence.db", "tmp"))}
    return count_rows(svc), files


def _refused(svc: Services, archive: Path, passphrase: str | None = None) -> str:
    before = _state(svc)
    with pytest.raises(DamagedFileError) as err:
        svc.archive.restore(archive, passphrase)
    assert "nothing was restored" in str(err.value)
    assert _state(svc) == before and svc.list_cases() == []
    return str(err.value)


# --- finding 1: a duplicate manifest entry names a path outside the data folder ------------


def test_1_a_duplicate_entry_with_a_path_for_a_hash_writes_nothing_anywhere(
        services: Services, target: Services, tmp_path: Path) -> None:
    parts = _archive(services, tmp_path, _small_case(services, tmp_path / "in"))
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "evil.desktop").write_bytes(b"the user's own file")
    real = parts.files("original")[0]
    # Listed first, for the same member: only the last entry per member used to be
    # checked, and the first one's "hash" became the file's place.
    parts.manifest["files"].insert(0, dict(real, sha256="../outside/evil.desktop"))
    crafted = put_together(parts, tmp_path / "crafted.case")
    outside_before = tree(outside)

    _refused(target, crafted)

    assert tree(outside) == outside_before
    assert target.check.verify(grace_seconds=0) == []


# --- finding 3: a recorded redaction folder that points anywhere ---------------------------


def test_3_rebuilding_a_filing_never_empties_a_folder_the_record_names(
        services: Services, target: Services, tmp_path: Path) -> None:
    case_id = _small_case(services, tmp_path / "in")
    page = services.list_pages(services.list_documents(case_id)[0].id)[0]
    services.redaction.add_area(page.id, (0.1, 0.1, 0.6, 0.3))
    services.record.export(case_id, tmp_path / "out" / "packet.pdf",
                             FilingOptions())
    parts = _archive(services, tmp_path, case_id)
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "thesis.odt").write_bytes(b"years of work")
    filings = parts.table("filings")
    inputs = json.loads(filings[0]["inputs"])
    source = inputs["plan"]["tabs"][0]["exhibits"][0]["pages"][0]
    assert source["redaction"] is not None
    source["redaction"]["folder"] = str(victim)
    filings[0]["inputs"] = json.dumps(inputs)
    parts.set_table("filings", filings)
    crafted = put_together(parts, tmp_path / "crafted.case")

    restored = target.archive.restore(crafted)
    # The folder a redacted page is made in comes from the page's id, not the record:
    # the filing is built again, with the area still blacked out.
    again = target.record.reproduce(restored.id, 1, tmp_path / "again.pdf")
    assert again.page_count == target.record.filing(restored.id, 1).page_count
    assert tree(victim) == {"thesis.odt": b"years of work"}


# --- finding 4: files planted in the data folder -------------------------------------------


def test_4_an_archive_cannot_plant_a_key_file_that_locks_the_folder(
        services: Services, tmp_path: Path) -> None:
    parts = _archive(services, tmp_path, _small_case(services, tmp_path / "in"))
    planted = json.dumps({"version": 1, "kdf": "scrypt", "n": 2, "r": 1, "p": 1,
                          "salt": "00", "nonce": "00", "key": "00"}).encode()
    parts.add_file("data/key.json", planted, "data", name="key.json")
    crafted = put_together(parts, tmp_path / "crafted.case")
    folder = tmp_path / "plain"
    svc = Services.open(folder)
    try:
        _refused(svc, crafted)
    finally:
        svc.close()
    assert not (folder / "key.json").exists()
    again = Services.open(folder)  # not locked out
    again.close()


def test_4_an_archive_cannot_plant_the_stored_copy_of_a_file_the_user_adds_later(
        services: Services, target: Services, tmp_path: Path) -> None:
    parts = _archive(services, tmp_path, _small_case(services, tmp_path / "in"))
    (tmp_path / "mine").mkdir()
    real = text_pdf(tmp_path / "mine" / "lease.pdf", ["The user's real lease. " * 10])
    sha = hashlib.sha256(real.read_bytes()).hexdigest()
    forged = text_pdf(tmp_path / "forged.pdf", ["A forged lease the attacker wrote. " * 10])
    for where in sorted({f"originals/{sha[:2]}/{sha}", target.store.originals.relpath(sha)}):
        parts.add_file(f"data/{where}", forged.read_bytes(), "data", name=where)
    crafted = put_together(parts, tmp_path / "crafted.case")

    _refused(target, crafted)

    case = target.create_case(name="The user")
    outcome = target.import_files(case.id, [real])[0]
    assert outcome.status == "imported"
    assert target.store.originals.path(sha).read_bytes() == real.read_bytes()


# --- finding 5: key derivation costs chosen by the attacker --------------------------------


def _sealed_header(n: int, r: int, p: int) -> bytes:
    header = json.dumps({"kdf": "scrypt", "n": n, "r": r, "p": p, "salt": "00" * 16,
                         "nonce_prefix": "00" * 7, "chunk": 1 << 20,
                         "cipher": "AES-256-GCM STREAM", "check": "00" * 16},
                        sort_keys=True).encode()
    return sealed.MAGIC + struct.pack(">I", len(header)) + header + b"\0" * 64


def test_5_an_archive_asking_for_a_huge_key_derivation_is_refused_at_once(
        target: Services, tmp_path: Path) -> None:
    crafted = tmp_path / "costly.case"
    crafted.write_bytes(_sealed_header(1 << 20, 32, 16))  # 4.2 GB and minutes, measured
    start = time.monotonic()
    message = _refused(target, crafted, "any passphrase")
    assert time.monotonic() - start < 5
    assert "far more memory" in message


def test_5_a_key_file_asking_for_a_huge_key_derivation_is_refused_at_once(
        tmp_path: Path) -> None:
    folder = protect_new(tmp_path / "data")
    keys.forget(folder)
    info = json.loads((folder / keys.KEY_FILE).read_bytes())
    info.update(n=1 << 22, r=32, p=16)  # 16 GiB
    (folder / keys.KEY_FILE).write_text(json.dumps(info))
    start = time.monotonic()
    with pytest.raises(StorageError, match="far more memory"):
        keys.unlock(folder, TEST_PASSPHRASE)
    assert time.monotonic() - start < 5


# --- finding 9: the manifest carries no local paths ----------------------------------------


def test_9_the_archive_carries_no_path_of_this_computer(
        services: Services, tmp_path: Path) -> None:
    case_id = _small_case(services, tmp_path / "in")
    services.record.export(case_id, tmp_path / "usb" / "packet.pdf",
                             FilingOptions())
    out = tmp_path / "made" / "maria.case"
    services.archive.save(case_id, out)
    manifest = json.dumps(take_apart(out).manifest, ensure_ascii=False)
    for local in (str(tmp_path), str(services.store.root)):
        assert local not in manifest


# --- found by bench/fuzz_restore.py ----------------------------------------------------------


@pytest.mark.parametrize("damage", ["record-not-json", "row-twice"])
def test_rows_the_database_refuses_leave_no_file_or_folder_behind(
        services: Services, target: Services, tmp_path: Path, damage: str) -> None:
    """The originals used to be put in place before the rows went in: rows refused then
    (a filing record that is not JSON, a row listed twice) left folders behind."""
    case_id = _small_case(services, tmp_path / "in")
    services.record.export(case_id, tmp_path / "out" / "packet.pdf",
                             FilingOptions())
    parts = _archive(services, tmp_path, case_id)
    if damage == "record-not-json":
        filings = parts.table("filings")
        filings[0]["inputs"] = "{not json"
        parts.set_table("filings", filings)
    else:
        exhibits = parts.manifest["tables"]["filing_exhibits"]
        exhibits["rows"].append(list(exhibits["rows"][0]))
    _refused(target, put_together(parts, tmp_path / "crafted.case"))


def test_an_archive_made_before_the_schema_check_still_restores(
        services: Services, target: Services, tmp_path: Path) -> None:
    """Archives of format 1 named a kept packet by its path (role ``data``) and carried
    the data folder's path: the packet is taken as the kept copy of the filing with its
    SHA-256, the path is ignored."""
    case_id = _small_case(services, tmp_path / "in")
    _result, filing = services.record.export(case_id, tmp_path / "out.pdf",
                                               FilingOptions())
    parts = _archive(services, tmp_path, case_id)
    parts.manifest.update(version=1, root=str(services.store.root))
    entry = parts.files("filing")[0]
    old_name = f"filings/{case_id}/1-{entry['sha256'][:12]}.pdf"
    data = parts.member(entry["member"])
    parts.members = [(m, d) for m, d in parts.members if m != entry["member"]]
    parts.manifest["files"].remove(entry)
    parts.add_file(f"data/{old_name}", data, "data", name=old_name)
    restored = target.archive.restore(put_together(parts, tmp_path / "v1.case"))
    assert target.record.kept_copy_intact(restored.id, filing.number)
    assert target.record.kept_copy(restored.id, filing.number).read_bytes() == data

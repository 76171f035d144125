"""Case archives: one file that carries a case's rows, originals and history to another
data folder; optionally sealed with a passphrase; exact round trip; damage refused."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pymupdf
import pytest

from desktop_app.core import sealed
from desktop_app.errors import DamagedFileError, InvalidInputError, StorageError
from desktop_app.services import Services, archive
from desktop_app.services.check import problems_to_fix
from desktop_app.services.packets import FilingOptions
from tests.conftest import stored_original, write_packet
from tests.support.rows import case_dump, count_rows, files_under, originals_of
from tests.support.small_case import SmallCase, add_filings_table, build_case


def _other(tmp_path: Path, name: str = "other") -> Services:
    other = Services.open(tmp_path / name)
    add_filings_table(other)
    return other


@pytest.mark.parametrize("passphrase", [None, "correct horse battery staple"])
def test_round_trip_to_another_data_folder_is_exact(
        services: Services, small_case: SmallCase, tmp_path: Path,
        passphrase: str | None) -> None:
    out = tmp_path / "usb" / "maria.case"
    result = services.archive.save(small_case.case_id, out, passphrase)
    assert out.is_file() and result.encrypted == bool(passphrase)
    assert archive.is_sealed(out) == bool(passphrase)
    if passphrase:
        assert b"Hern" not in out.read_bytes() and b"originals/" not in out.read_bytes()
    other = _other(tmp_path)
    try:
        restored = other.archive.restore(out, passphrase)
        assert restored.name == "Maria Hernández" and restored.a_number == "A123456789"
        before, after = case_dump(services, small_case.case_id), case_dump(other, restored.id)
        assert set(before) >= {"cases", "documents", "pages", "tabs", "originals",
                               "kept_filings"}
        # Every field of every row, but where on the first computer a packet was saved,
        # and where its kept copy rests (from the filing's new ids).
        assert [r.pop("exported_to") for r in after["filings"]] == [""]
        assert [r.pop("exported_to") for r in before["filings"]] != [""]
        assert [r.pop("kept_path") for r in after["filings"]] == [
            f"filings/{restored.id}/1-{after['filings'][0]['sha256'][:12]}.pdf"]
        before["filings"][0].pop("kept_path")
        # The same for the one file of the filing (a packet in one part).
        assert [r.pop("exported_to") for r in after["filing_parts"]] == [""]
        assert [r.pop("exported_to") for r in before["filing_parts"]] != [""]
        assert [r.pop("kept_path") for r in after["filing_parts"]] == [
            f"filings/{restored.id}/1-{after['filing_parts'][0]['sha256'][:12]}.pdf"]
        before["filing_parts"][0].pop("kept_path")
        assert after == before
        assert originals_of(other, restored.id) == originals_of(services, small_case.case_id)
        assert all(name == content for name, content in originals_of(other, restored.id).items())
        # The kept filing came along, byte for byte, where its new ids say.
        assert other.record.kept_copy(restored.id, 1).read_bytes() == services.record.kept_copy(
            small_case.case_id, 1).read_bytes()
        assert other.record.kept_copy_intact(restored.id, 1)
        # The pages read by OCR keep their text layer: the restored case exports as is,
        # with nothing to read again, and its search finds the scanned words.
        assert other.pending_pages(restored.id) == 0
        assert [h.document_title for h in other.search(restored.id, "Cedar")]
        packet = write_packet(other, restored.id, tmp_path / "restored.pdf")
        original = write_packet(services, small_case.case_id, tmp_path / "original.pdf")
        assert packet.page_count == original.page_count
        with pymupdf.open(packet.path) as doc:
            assert "Cedar" in "".join(page.get_text() for page in doc)
        assert problems_to_fix(other.check.verify(grace_seconds=0)) == []
    finally:
        other.close()


def test_restore_into_the_same_folder_shares_originals_and_remaps_ids(
        services: Services, small_case: SmallCase, tmp_path: Path) -> None:
    out = tmp_path / "maria.case"
    services.archive.save(small_case.case_id, out)
    originals_before = count_rows(services)["originals"]
    restored = services.archive.restore(out)
    assert restored.id != small_case.case_id
    copy, source = case_dump(services, restored.id), case_dump(services, small_case.case_id)
    # Filings (and their files) differ by where their copies are kept and were exported.
    assert {k: v for k, v in copy.items() if k not in ("filings", "filing_parts")} == {
        k: v for k, v in source.items() if k not in ("filings", "filing_parts")}
    assert count_rows(services)["originals"] == originals_before  # content-addressed
    titles = {d.title for d in services.list_documents(restored.id)}
    assert "Employer letter" in titles
    # Two kept filings now, each its own file (under its own case's id, so deleting one
    # case never takes the other's file).

    kept = [services.record.filing(c, 1).kept_path for c in (restored.id, small_case.case_id)]
    assert kept[0] != kept[1]
    assert all(services.record.kept_copy_intact(c, 1) for c in (restored.id,
                                                                  small_case.case_id))
    assert problems_to_fix(services.check.verify(grace_seconds=0)) == []


def _unchanged(services: Services) -> tuple[dict[str, int], set[str]]:
    return count_rows(services), files_under(services)


def test_wrong_or_missing_passphrase_says_so_and_changes_nothing(
        services: Services, small_case: SmallCase, tmp_path: Path) -> None:
    out = tmp_path / "maria.case"
    services.archive.save(small_case.case_id, out, "right one")
    before = _unchanged(services)
    with pytest.raises(InvalidInputError, match="passphrase does not open maria.case") as err:
        services.archive.restore(out, "wrong one")
    assert "cannot be recovered" in str(err.value)
    with pytest.raises(InvalidInputError, match="protected by a passphrase"):
        services.archive.restore(out)
    assert _unchanged(services) == before


@pytest.mark.parametrize(("passphrase", "damage"), [
    (None, "flip"), (None, "truncate"),
    # (A plain archive ends in tar padding: losing its last bytes loses nothing.)
    ("pass phrase", "flip"), ("pass phrase", "truncate"), ("pass phrase", "cut-last-chunk"),
])
def test_damaged_archive_is_refused_and_changes_nothing(
        services: Services, small_case: SmallCase, tmp_path: Path, passphrase: str | None,
        damage: str) -> None:
    out = tmp_path / "maria.case"
    services.archive.save(small_case.case_id, out, passphrase)
    data = bytearray(out.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x20
    elif damage == "truncate":
        data = data[: len(data) * 2 // 3]
    else:
        data = data[:-200]
    out.write_bytes(bytes(data))
    other = _other(tmp_path)
    try:
        before = _unchanged(other)
        with pytest.raises(DamagedFileError, match="damaged or incomplete"):
            other.archive.restore(out, passphrase)
        assert _unchanged(other) == before
        assert other.list_cases() == []
        assert not any((other.store.tmp).iterdir())  # the staging folder is gone
    finally:
        other.close()


def test_a_flipped_bit_in_the_manifest_is_caught(services: Services, tmp_path: Path) -> None:
    case = build_case(services, tmp_path / "in", ocr=False)
    out = tmp_path / "maria.case"
    services.archive.save(case.case_id, out)
    data = out.read_bytes()
    at = data.index(b"A123456789")
    out.write_bytes(data[:at] + b"A123456780" + data[at + 10:])
    with pytest.raises(DamagedFileError, match="checksum"):
        services.archive.restore(out)
    assert len(services.list_cases()) == 1


def test_archive_of_a_damaged_case_is_not_written(services: Services, tmp_path: Path) -> None:
    case = build_case(services, tmp_path / "in", ocr=False)
    sha = case_dump(services, case.case_id)["originals"][0]["sha256"]
    stored = stored_original(services, sha)
    stored.chmod(0o600)
    data = bytearray(stored.read_bytes())
    data[100] ^= 1
    stored.write_bytes(bytes(data))
    out = tmp_path / "usb" / "maria.case"
    with pytest.raises(StorageError, match="damaged"):
        services.archive.save(case.case_id, out)
    assert not out.exists()  # and no partial file beside it
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_sealing_streams_in_small_memory(tmp_path: Path) -> None:
    """A 48 MB stream is sealed and opened with a few MB of Python memory at most."""
    block = bytes(range(256)) * 4096  # 1 MiB
    target = tmp_path / "big.sealed"
    tracemalloc.start()
    with target.open("wb") as fh:
        writer = sealed.SealedWriter(fh, "pw")
        for _ in range(48):
            writer.write(block)
        writer.close()
    _, peak_write = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    with target.open("rb") as fh:
        reader = sealed.SealedReader(fh, "pw")
        total = 0
        while chunk := reader.read(256 * 1024):
            total += len(chunk)
    _, peak_read = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert total == 48 * len(block)
    assert peak_write < 8 * 2**20 and peak_read < 8 * 2**20, (peak_write, peak_read)


def test_restoring_puts_back_a_damaged_original(services: Services, tmp_path: Path) -> None:
    """An archive is also a backup: restoring it where a stored file was damaged puts the
    good copy back (content-addressed), and the check is clean again."""
    case = build_case(services, tmp_path / "in", ocr=False)
    out = tmp_path / "backup.epcase"
    services.archive.save(case.case_id, out)
    sha = case_dump(services, case.case_id)["originals"][0]["sha256"]
    stored = stored_original(services, sha)
    stored.chmod(0o600)
    stored.write_bytes(b"damaged")
    assert [p.kind for p in services.check.verify()] == ["damaged-original"]
    services.archive.restore(out)
    assert services.store.originals.check(sha)
    assert services.check.verify() == []


@pytest.mark.slow
def test_a_packet_filed_in_parts_travels_and_goes_with_its_case(
        services: Services, small_case: SmallCase, tmp_path: Path) -> None:
    """Every file of a packet filed in parts is carried by the archive, put where the
    restored filing's ids say, and removed with the case (issues 12 and 13)."""
    from tests.core.test_export_destination import colour_photo

    photos = [colour_photo(tmp_path / f"photo-{n}.jpg", seed=n) for n in range(12)]
    for outcome in services.import_files(small_case.case_id, photos):
        assert outcome.document_id is not None
        services.tag(small_case.case_id, outcome.document_id, "community")
    assert services.process(small_case.case_id).failed == 0
    _result, filed = services.record.export(small_case.case_id, tmp_path / "out" / "Maria.pdf",
        FilingOptions(profile="email", max_mb=1, allow_untranslated=True))
    assert len(filed.parts) >= 2
    assert [p.kept_path for p in filed.parts] == [
        f"filings/{small_case.case_id}/2-part{p.part}-{p.sha256[:12]}.pdf"
        for p in filed.parts]
    out = tmp_path / "maria.case"
    services.archive.save(small_case.case_id, out)
    assert b"Maria.pdf" not in out.read_bytes()  # where it was exported stays here
    other = _other(tmp_path)
    try:
        restored = other.archive.restore(out)
        again = other.record.filing(restored.id, filed.number)
        assert [p.sha256 for p in again.parts] == [p.sha256 for p in filed.parts]
        assert all(p.kept_path.startswith(f"filings/{restored.id}/") for p in again.parts)
        assert other.record.kept_copy_intact(restored.id, filed.number)
        kept = [other.store.root / p.kept_path for p in again.parts]
        other.delete_case(restored.id)
        assert not any(k.exists() for k in kept)
    finally:
        other.close()

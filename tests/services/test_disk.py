"""A full disk or a read-only data folder: a clear message, and nothing lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.errors import StorageError
from desktop_app.services import Services
from desktop_app.services.check import problems_to_fix
from tests.conftest import make_read_only, small_filesystem
from tests.make import text_pdf
from tests.support.rows import count_rows, files_under
from tests.support.small_case import build_case


def _big_file(path: Path, size: int) -> Path:
    """A valid one-page PDF of about ``size`` bytes (random data attached to it)."""
    import pymupdf

    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "A statement with a large attachment. " * 3)
    doc.embfile_add("scan.bin", os.urandom(size))
    doc.save(path)
    doc.close()
    return path


def test_import_onto_a_full_disk_says_so_and_keeps_what_was_there(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "disk", size="3m") as disk:
        svc = Services.open(disk / "data")
        try:
            case = build_case(svc, tmp_path / "in", ocr=False)
            before = count_rows(svc), svc.list_documents(case.case_id)
            huge = _big_file(tmp_path / "huge-scan.pdf", 4 * 2**20)
            with pytest.raises(StorageError) as err:
                svc.import_files(case.case_id, [huge])
            assert "The disk is full; " in str(err.value)
            assert "Free some space, then try again. Nothing already saved was lost." in str(
                err.value)
            assert (count_rows(svc), svc.list_documents(case.case_id)) == before
            assert problems_to_fix(svc.check.verify(grace_seconds=0)) == []
            # No half-written copy is left behind to fill the disk further.
            assert not [p for p in (disk / "data" / "originals").rglob("*")
                        if p.is_file() and p.name.startswith((".tmp-", str(os.getpid())))]
        finally:
            svc.close()


def test_an_archive_to_a_full_usb_stick_leaves_no_partial_file(
        services: Services, tmp_path: Path) -> None:
    case = build_case(services, tmp_path / "in", ocr=False)
    big = text_pdf(tmp_path / "in" / "big.pdf", ["x"])
    big.write_bytes(big.read_bytes() + b"%" + os.urandom(600_000) + b"\n")
    services.import_files(case.case_id, [big])
    with small_filesystem(tmp_path / "usb", size="256k") as usb:
        with pytest.raises(StorageError, match="The disk is full; case.epcase was not saved"):
            services.archive.save(case.case_id, usb / "case.epcase")
        assert list(usb.iterdir()) == []


def test_restore_into_a_full_data_folder_changes_nothing(services: Services,
                                                        tmp_path: Path) -> None:
    case = build_case(services, tmp_path / "in", ocr=False)
    big = text_pdf(tmp_path / "in" / "big.pdf", ["x"])
    big.write_bytes(big.read_bytes() + b"%" + os.urandom(2_000_000) + b"\n")
    services.import_files(case.case_id, [big])
    archive = tmp_path / "case.epcase"
    services.archive.save(case.case_id, archive)
    with small_filesystem(tmp_path / "disk", size="1500k") as disk:
        other = Services.open(disk / "data")
        try:
            from tests.support.small_case import add_filings_table

            add_filings_table(other)
            before = count_rows(other), files_under(other)
            with pytest.raises(StorageError, match="disk is full"):
                other.archive.restore(archive)
            assert (count_rows(other), files_under(other)) == before
            assert other.list_cases() == []
        finally:
            other.close()


def test_a_read_only_data_folder_is_named_as_such(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "locked") as disk:
        svc = Services.open(disk / "data")
        build_case(svc, tmp_path / "in", ocr=False)
        svc.close()
        make_read_only(disk)
        with pytest.raises(StorageError) as err:
            Services.open(disk / "data")
        assert "read-only" in str(err.value) and "data" in str(err.value)

"""Case archives and case deletion as a user types them: archive, restore, case delete."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from desktop_app.services import Services
from tests.support.commands import make_runner
from tests.support.small_case import add_filings_table, build_case


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``evidence-packet --data-dir DATA ARGS...`` in a process of its own."""
    done = make_runner(data, [])(*args, check=False)
    return subprocess.CompletedProcess(list(args), done.code, done.out, done.err)


def test_archive_and_restore_with_a_passphrase_file(
        services: Services, data_dir: Path, tmp_path: Path) -> None:
    case = build_case(services, tmp_path / "in", ocr=False)
    secret = tmp_path / "secret.txt"
    secret.write_text("a long enough passphrase\n")
    out = tmp_path / "maria.case"
    made = run(data_dir, "archive", "--case", str(case.case_id), "--out", str(out),
               "--passphrase-file", str(secret), "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["encrypted"] is True
    other = tmp_path / "other"
    with _opened(other):
        pass
    refused = run(other, "restore", str(out))
    assert refused.returncode == 1
    assert "protected by a passphrase" in refused.stderr and "--passphrase-file" in (
        refused.stderr)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    assert "does not open" in run(other, "restore", str(out), "--passphrase-file",
                                  str(wrong)).stderr
    restored = run(other, "restore", str(out), "--passphrase-file", str(secret))
    assert restored.returncode == 0 and "Restored case 1: Maria Hernández" in restored.stdout
    docs = run(other, "docs", "--case", "1", "--json")
    assert {d["title"] for d in json.loads(docs.stdout)} == {"Employer letter"}


class _opened:
    """Open (and so create) a data folder with the table another feature adds."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __enter__(self) -> None:
        svc = Services.open(self.folder)
        add_filings_table(svc)
        svc.close()

    def __exit__(self, *_exc: object) -> None:
        return None


def test_case_delete_asks_first(services: Services, data_dir: Path, tmp_path: Path) -> None:
    case = build_case(services, tmp_path / "in", ocr=False)
    unasked = run(data_dir, "case", "delete", str(case.case_id))
    assert unasked.returncode == 1 and "Add --yes" in unasked.stderr
    assert len(services.list_cases()) == 1
    done = run(data_dir, "case", "delete", str(case.case_id), "--yes")
    assert done.returncode == 0 and "Deleted case 1 “Maria Hernández”" in done.stdout
    assert services.list_cases() == []
    assert run(data_dir, "verify").returncode == 0

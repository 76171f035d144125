"""The check as a user types it: ``verify`` says all is well, then names a damaged file."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from desktop_app.services import Services
from tests.conftest import stored_original
from tests.support.commands import make_runner
from tests.support.small_case import build_case


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``evidence-packet --data-dir DATA ARGS...`` in a process of its own."""
    done = make_runner(data, [])(*args, check=False)
    return subprocess.CompletedProcess(list(args), done.code, done.out, done.err)


def test_verify_says_all_is_well_then_names_a_damaged_file(
        services: Services, data_dir: Path, tmp_path: Path) -> None:
    case = build_case(services, tmp_path / "in", ocr=False)
    ok = run(data_dir, "verify")
    assert ok.returncode == 0 and "All is well" in ok.stdout, ok.stderr
    doc = services.list_documents(case.case_id)[0]
    stored = stored_original(services, doc.sha256)
    stored.chmod(0o600)
    stored.write_bytes(stored.read_bytes()[:-10])
    bad = run(data_dir, "verify")
    assert bad.returncode == 1
    assert "“Employer letter” (document 1) is damaged" in bad.stdout
    assert "what to do: In case “Maria Hernández”: remove document 1" in bad.stdout
    as_json = run(data_dir, "verify", "--json")
    report = json.loads(as_json.stdout)
    assert as_json.returncode == 1 and report["ok"] is False
    assert report["problems"][0]["document_id"] == 1

"""``evidence-packet redact``: areas, patterns, preview, list and remove, then the packet."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from desktop_app.cli import main
from tests import make


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: object) -> tuple[int, str]:
    code = main(["--data-dir", str(data_dir), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out + err


def test_redact_from_the_command_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    letter = make.text_pdf(tmp_path / "letter.pdf", [
        "Letter of support for Rosa Diaz\nHer SSN is 123-45-6789 per records\n"
        "Her cousin was born on DOB: 04/22/1979 in Leon\nMeeting code ORCA-55 today"])
    code, out = run(capsys, data_dir, "case", "create", "--name", "Rosa Diaz", "--json")
    case = json.loads(out)["id"]
    code, out = run(capsys, data_dir, "import", "--case", case, "--json", letter)
    doc = json.loads(out)[0]["document_id"]
    run(capsys, data_dir, "tag", "--case", case, doc, "community")
    code, out = run(capsys, data_dir, "pages", "--case", case, doc, "--json")
    page = json.loads(out)[0]["id"]

    assert run(capsys, data_dir, "redact", "--case", case, "--pattern", "ssn")[0] == 0
    assert run(capsys, data_dir, "redact", "--case", case, "--pattern", "dob")[0] == 0
    assert run(capsys, data_dir, "redact", "--case", case, "--pattern", "regex:ORCA-\\d+")[0] == 0
    code, out = run(capsys, data_dir, "redact", "--case", case, "--preview", "--json")
    assert code == 0
    assert sorted((h["kind"], h["text"]) for h in json.loads(out)) == [
        ("dob", "04/22/1979"), ("regex", "ORCA-55"), ("ssn", "123-45-6789")]
    code, out = run(capsys, data_dir, "redact", "--case", case, "--pattern", "regex:ORCA-\\d+",
                    "--off")
    assert code == 0 and "off" in out

    # An area over the top of the page, down to the end of the first line.
    code, out = run(capsys, data_dir, "redact", "--case", case, "--page", page, "--area",
                    "0,0,1,0.112", "--json")
    assert code == 0
    area = json.loads(out)
    assert area["box"] == [0, 0, 1, 0.112] and area["page_number"] == 1
    code, out = run(capsys, data_dir, "redact", "--case", case, "--list", "--json")
    listed = json.loads(out)
    assert [a["id"] for a in listed["areas"]] == [area["id"]]
    assert listed["patterns"] == ["ssn", "dob"]

    packet = tmp_path / "packet.pdf"
    assert run(capsys, data_dir, "export", "--case", case, "--out", packet)[0] == 0
    with pymupdf.open(packet) as doc_:
        text = doc_[-1].get_text()
    assert "123-45-6789" not in text and "04/22/1979" not in text
    assert "Letter of support" not in text  # under the area
    assert "ORCA-55" in text and "per records" in text and "in Leon" in text

    code, out = run(capsys, data_dir, "redact", "--case", case, "--remove", area["id"])
    assert code == 0 and "removed" in out
    code, out = run(capsys, data_dir, "redact", "--case", case, "--list")
    assert "pattern: ssn" in out and "page 1" not in out


def test_mistakes_get_plain_answers(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out = run(capsys, data_dir, "case", "create", "--name", "Ana", "--json")
    case = json.loads(out)["id"]
    code, out = run(capsys, data_dir, "redact", "--case", case, "--pattern", "regex:(")
    assert code == 1 and "not a regular expression" in out
    code, out = run(capsys, data_dir, "redact", "--case", case, "--pattern", "regex:a*")
    assert code == 1 and "nothing at all" in out
    code, out = run(capsys, data_dir, "redact", "--case", case, "--pattern", "phone")
    assert code == 1 and "not a redaction pattern" in out
    code, out = run(capsys, data_dir, "redact", "--case", case)
    assert code == 1 and "Say what to do" in out
    code, out = run(capsys, data_dir, "redact", "--case", case, "--remove", 99)
    assert code == 1 and "no redaction area 99" in out
    code, out = run(capsys, data_dir, "redact", "--case", case, "--list")
    assert code == 0 and "Nothing is blacked out" in out


def test_redact_everywhere_from_the_command_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    """Issue 13, finding 8: ``redact --everywhere`` asks first (or needs --yes), then the
    search no longer finds what the patterns cover."""
    letter = make.text_pdf(tmp_path / "letter.pdf", [
        "Letter of support for Rosa Diaz\nHer SSN is 123-45-6789 per records"])
    code, out = run(capsys, data_dir, "case", "create", "--name", "Rosa Diaz", "--json")
    case = json.loads(out)["id"]
    run(capsys, data_dir, "import", "--case", case, letter)
    assert run(capsys, data_dir, "redact", "--case", case, "--pattern", "ssn")[0] == 0
    code, out = run(capsys, data_dir, "redact", "--case", case, "--everywhere")
    assert code == 1 and "cannot be undone" in out and "--yes" in out
    code, out = run(capsys, data_dir, "search", "--case", case, "6789")
    assert "6789" in out
    code, out = run(capsys, data_dir, "redact", "--case", case, "--everywhere", "--yes")
    assert code == 0 and "Removed from 1 document (1 page" in out
    code, out = run(capsys, data_dir, "search", "--case", case, "6789")
    assert "No page mentions" in out
    code, out = run(capsys, data_dir, "search", "--case", case, "support")
    assert "Letter" in out

"""The record on the command line, as real processes against a real data folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.core.files import sha256_file
from tests import make
from tests.support.commands import make_runner
from tests.support.record import page_texts


def test_filings_deadlines_and_correspondence_from_the_command_line(
    data_dir: Path, tmp_path: Path
) -> None:
    cli = make_runner(data_dir, [])
    case = cli("case", "create", "--name", "Rosa Díaz", "--json").json["id"]
    folder = tmp_path / "in"
    folder.mkdir()
    for stem in ("lease", "receipt"):
        make.text_pdf(folder / f"{stem}.pdf", [f"{stem} of Rosa Diaz in Houston " * 5])
    ids = {Path(r["path"]).stem: r["document_id"]
           for r in cli("import", "--case", case, "--json", folder).json}
    letter = make.text_pdf(tmp_path / "uscis-letter.pdf",
                           ["USCIS receipt notice WAC2612345678 for Rosa Diaz"])
    corr = cli("import", "--case", case, "--correspondence", "--json", letter).json
    assert [r["correspondence"] for r in corr] == [True]
    cli("process", "--case", case)
    for stem in ("lease", "receipt"):
        cli("tag", "--case", case, ids[stem], "residence")

    first = cli("export", "--case", case, "--out", tmp_path / "first.pdf", "--note",
                "mailed by FedEx", "--json").json
    assert first["filing"] == 1 and first["purpose"] == "initial"
    assert Path(first["kept_copy"]).is_file()  # at rest (sealed in a protected folder)
    cli("filings", "--case", case, "--show", 1, "--copy-to", tmp_path / "kept.pdf")
    assert (tmp_path / "kept.pdf").read_bytes() == (tmp_path / "first.pdf").read_bytes()
    assert "WAC2612345678" not in " ".join(page_texts(tmp_path / "first.pdf"))

    # A letter received goes in the supplement when included: numbering continues.
    listed = cli("correspondence", "--case", case, "--json").json
    assert [(d["id"], d["in_packet"]) for d in listed] == [(corr[0]["document_id"], False)]
    cli("correspondence", "--case", case, "--include", corr[0]["document_id"])
    out = cli("export", "--case", case, "--out", tmp_path / "supp.pdf", "--supplement")
    assert "Recorded as filing 2 (supplement)" in out.out
    texts = page_texts(tmp_path / "supp.pdf")
    assert "exhibits A-1 to A-2 were filed then" in texts[1] and "B-1" in texts[1]

    history = cli("filings", "--case", case, "--json").json
    assert [(f["number"], f["purpose"], f["note"]) for f in history] == [
        (1, "initial", "mailed by FedEx"), (2, "supplement", "")]
    listing = cli("filings", "--case", case).out
    assert "Initial request" in listing and history[0]["sha256"][:12] in listing

    shown = cli("filings", "--case", case, "--show", 1, "--copy-to", tmp_path / "copy.pdf")
    assert "Kept copy:" in shown.out and "A-2" in shown.out
    assert sha256_file(tmp_path / "copy.pdf") == history[0]["sha256"]
    again = cli("filings", "--case", case, "--reproduce", 2, "--out", tmp_path / "again.pdf",
                "--json").json
    assert again["same_exhibits"] and again["pages"] == history[1]["page_count"]
    missing = cli("filings", "--case", case, "--show", 9, check=False)
    assert missing.code == 1 and "no filing number 9" in missing.err

    soon = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    added = cli("deadlines", "--case", case, "--add", soon, "--what", "Reply to the RFE")
    assert "Added deadline 1" in added.out and "in 3 day(s)" in added.out
    done = cli("deadlines", "--case", case, "--done", 1, "--json").json
    assert [(d["what"], d["done"], d["days_left"]) for d in done] == [
        ("Reply to the RFE", True, 3)]

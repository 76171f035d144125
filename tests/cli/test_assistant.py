"""The assistant's commands, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from tests import make
from tests.support.commands import Run

LEASE = ["Oakwood Property Management", "Residential Lease Agreement", "Date: March 3, 2021",
         "The landlord rents the apartment to the tenant.",
         "The monthly rent is $900 and the security deposit is $900."]
CARTA = ["Iglesia San Judas Tadeo", "Houston, Texas, 9 de agosto de 2023",
         "A quien corresponda:", "Conozco a Rosa Gutierrez desde hace diez años",
         "como miembro de nuestra congregación. Es una persona", "honesta y trabajadora."]
NOTE = ["Thank you for coming.", "See you next week."]


def _scan(lines: list[str], path: Path) -> Path:
    image: Image.Image = make.page_image(lines, size=(1275, 1650), font_px=28)
    image.save(path, dpi=(150, 150))
    return path


@pytest.fixture
def case(cli: Run) -> int:
    return int(cli("case", "create", "--name", "Rosa Gutiérrez", "--json").json["id"])


def test_process_suggests_and_accept_files(cli: Run, case: int, tmp_path: Path) -> None:
    cli("import", "--case", case, _scan(LEASE, tmp_path / "IMG_0001.png"),
        _scan(CARTA, tmp_path / "IMG_0002.png"), _scan(NOTE, tmp_path / "IMG_0003.png"))
    processed = cli("process", "--case", case, "--workers", "2").out
    assert "Suggestions ready for 3 document(s) (2 sure, 1 to review)" in processed
    rows = {r["id"]: r for r in cli("suggest", "--case", case, "--json").json}
    assert rows[1]["suggested"] == "residence" and rows[1]["date"] == "2021-03-03"
    assert "landlord" in rows[1]["evidence"]
    assert rows[1]["title"].startswith("Lease \u2014 Oakwood Property Management")
    assert rows[2]["suggested"] == "community" and rows[2]["language"] == "es"
    assert rows[2]["needs_translation"] is True
    assert rows[3]["suggested"] is None
    assert rows[3]["reason"].startswith("Needs your review")
    assert {r["category"] for r in rows.values()} == {None}  # nothing filed yet
    text = cli("suggest", "--case", case).out
    assert "Needs your review" in text and "needs a certified English translation" in text

    accepted = cli("accept", "--case", case, 1).out
    assert "Document 1 is now under residence, dated 2021-03-03" in accepted
    refused = cli("accept", "--case", case, 3, check=False)
    assert refused.code == 1
    assert refused.err.count("\n") == 1 and "--category" in refused.err
    cli("accept", "--case", case, 3, "--category", "none")
    docs = {d["id"]: d for d in cli("docs", "--case", case, "--json").json}
    assert docs[1]["category"] == "residence" and docs[1]["date"] == "2021-03-03"
    assert docs[3]["category"] is None


def test_a_paper_left_for_review_says_its_hint_in_words(cli: Run, case: int,
                                                         tmp_path: Path) -> None:
    """A course certificate is left for the user: its row gives no percentage, which
    would read as how sure a filing is, and names the tab it may go under."""
    source = make.text_pdf(tmp_path / "certificado.pdf", [
        "FUNDACION ADECCO\nFundación Adecco certifica que\nSILVIA SÁNCHEZ VARGAS\nha "
        "superado con éxito el curso de\nFundamentos de Programación\nDuración del curso  "
        "Fecha de finalización\n30 horas  20/11/2023\nCoordinadora"])
    cli("import", "--case", case, source)
    cli("process", "--case", case)
    (row,) = cli("suggest", "--case", case, "--json").json
    assert row["suggested"] is None and row["document_type"] == "course"
    lines = cli("suggest", "--case", case).out.splitlines()
    assert "Needs your review" in lines[0] and "%" not in lines[0]
    assert lines[1].strip().startswith(
        "Needs your review. It is a course's certificate: file it under ")
    assert lines[2].strip().startswith("perhaps Community; date: ")


def test_translation_translator_chronology_and_export(cli: Run, case: int,
                                                      tmp_path: Path) -> None:
    carta = make.text_pdf(tmp_path / "carta.pdf", ["\n".join(CARTA)])
    letter = make.text_pdf(tmp_path / "letter.pdf", [
        "Saint Jude Church\nHouston, Texas, August 9, 2023\nI have known Rosa Gutierrez for "
        "ten years as a member of our congregation."])
    cli("import", "--case", case, carta, letter)
    cli("accept", "--case", case, 1)
    paired = cli("translation", "--case", case, 2, "--of", 1).out
    assert "Document 2 is the translation of document 1" in paired
    assert "translator --case" in paired  # the certificate needs the translator's details
    cli("translator", "--case", case, "--name", "Luis Pérez", "--address", "12 Elm St",
        "--statement", "I am fluent in Spanish and English.")
    assert cli("translator", "--case", case, "--json").json["name"] == "Luis Pérez"
    rows = cli("chronology", "--case", case, "--json").json
    assert [(r["document_id"], r["exhibit_id"]) for r in rows] == [
        (1, "A-1"), (2, "A-1 (translation)")]
    out = tmp_path / "packet.pdf"
    result = cli("export", "--case", case, "--out", out, "--chronology", "--json").json
    assert result["pages"] == 7  # cover, index, chronology, divider, carta, letter, certificate
    with pymupdf.open(out) as doc:
        assert "Chronology" in doc[2].get_text()
        assert "Certificate of Translation" in doc[6].get_text()
    assert cli("translation", "--case", case, 2, check=False).code == 1
    cli("translation", "--case", case, 2, "--clear")
    assert cli("chronology", "--case", case, "--json").json[1]["exhibit_id"] is None


def test_evaluate_reports_each_file_and_the_scores(cli: Run, tmp_path: Path) -> None:
    folder = tmp_path / "labelled"
    folder.mkdir()
    _scan(LEASE, folder / "residence--lease.png")
    _scan(CARTA, folder / "community--carta.png")
    _scan(NOTE, folder / "none--note.png")
    rows = cli("evaluate", folder, "--json").json
    by_name = {Path(r["path"]).name: r for r in rows}
    assert set(by_name) == {"residence--lease.png", "community--carta.png", "none--note.png"}
    assert by_name["residence--lease.png"]["suggested"] == "residence"
    assert by_name["residence--lease.png"]["date"] == "2021-03-03"
    assert by_name["community--carta.png"]["language"] == "es"
    assert by_name["none--note.png"]["suggested"] is None
    assert set(rows[0]) >= {"path", "suggested", "confidence", "document_type", "date",
                            "language"}
    table = cli("evaluate", folder).out
    assert "precision 100.0% (2/2 confident suggestions right), coverage 66.7%" in table
    assert "review" in table  # the confusion matrix has a column for abstentions


def test_user_errors_are_one_line(cli: Run, case: int, tmp_path: Path) -> None:
    for args in (("suggest", "--case", 99), ("accept", "--case", case, 5),
                 ("translation", "--case", case, 1, "--of", 2),
                 ("translator", "--case", case, "--name", " "),
                 ("evaluate", tmp_path / "missing")):
        result = cli(*args, check=False)
        assert result.code == 1, args
        assert result.err.startswith("error: ") and result.err.count("\n") == 1, result.err


def test_language_set_by_hand_and_given_back(cli: Run, case: int, tmp_path: Path) -> None:
    carta = make.text_pdf(tmp_path / "carta.pdf", ["\n".join(CARTA)])
    cli("import", "--case", case, carta)
    cli("suggest", "--case", case)
    assert cli("docs", "--case", case, "--json").json[0]["language"] == "es"
    assert "is in Portuguese" in cli("language", "--case", case, 1, "pt").out
    assert cli("docs", "--case", case, "--json").json[0]["language"] == "pt"
    assert "is in Spanish" in cli("language", "--case", case, 1, "auto").out
    assert cli("language", "--case", case, 1, "xx", check=False).code == 2  # not a choice


def test_evaluate_prints_dates_and_languages_against_the_truth(cli: Run, tmp_path: Path) -> None:
    folder = tmp_path / "set"
    folder.mkdir()
    make.text_pdf(folder / "residence--lease.pdf", ["\n".join(LEASE)])
    make.text_pdf(folder / "residence--loan.pdf", [
        "Uniform Residential Loan Application\nBorrower Information\nLoan amount: $250,000\n"
        "Borrower signature date: 04/01/1900"])
    (folder / "truth.json").write_text(json.dumps([
        {"file": "residence--lease.pdf", "category": "residence", "date": "2021-03-03",
         "language": "en"},
        {"file": "residence--loan.pdf", "category": "residence", "date": None,
         "language": "en"}]), encoding="utf-8")
    rows = {Path(r["path"]).name: r for r in cli("evaluate", folder, "--json").json}
    assert rows["residence--loan.pdf"]["date"] is None
    assert rows["residence--loan.pdf"]["date_to_check"] == "1900-04-01"
    out = cli("evaluate", folder).out
    assert "1900-04-01?" in out  # shown as a date to check
    assert "dates: 1 suggested as sure, 1 left to check" in out
    assert "languages: set on 2 of 2 files with words" in out
    assert ("dates right 1/1 (0 not given, 0 wrong), sure dates given to undated files 0, "
            "sure dates in the future or before 1950 0; languages right 2/2") in out


def test_evaluate_splits_the_dated_files_four_ways(cli: Run, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Right and sure, wrong and sure, offered to check, no date found: the split the
    bench prints, also on the command line (and in Spanish)."""
    folder = tmp_path / "set"
    folder.mkdir()
    make.text_pdf(folder / "residence--lease.pdf", ["\n".join(LEASE)])
    make.text_pdf(folder / "residence--lease-again.pdf", ["\n".join(LEASE)])
    make.text_pdf(folder / "residence--loan.pdf", [
        "Uniform Residential Loan Application\nBorrower Information\nLoan amount: $250,000\n"
        "Borrower signature date: 04/01/1900"])
    make.text_pdf(folder / "community--carta.pdf", ["\n".join(CARTA[2:])])
    (folder / "truth.json").write_text(json.dumps([
        {"file": "residence--lease.pdf", "category": "residence", "date": "2021-03-03",
         "language": "en"},
        # the same lease labelled with another day: its sure date is a wrong one
        {"file": "residence--lease-again.pdf", "category": "residence",
         "date": "2021-03-13", "language": "en"},
        {"file": "residence--loan.pdf", "category": "residence", "date": "1900-04-01",
         "language": "en"},
        {"file": "community--carta.pdf", "category": "community", "date": "2023-08-09",
         "language": "es"}]), encoding="utf-8")
    out = cli("evaluate", folder).out
    assert ("dated files 4: 1 right and sure, 1 wrong and sure, 1 offered to check "
            "(1 of them right), 1 with no date found") in out, out
    monkeypatch.setenv("LANGUAGE", "es")
    out = cli("evaluate", folder).out
    assert ("archivos con fecha 4: 1 con la fecha correcta y segura, 1 con una fecha "
            "errónea dada como segura, 1 con una fecha para comprobar (1 de ellas "
            "correctas), 1 sin fecha encontrada") in out, out

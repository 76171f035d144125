"""``export`` for a destination on the command line: the filing rule on translations
(exit 1 naming the exhibit, ``--allow-untranslated``), parts under ``--max-mb`` with
``--json`` listing every file, and the record keeping every part and building it again."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from desktop_app.services import Services
from tests import make
from tests.core.test_export_destination import colour_photo, footer_numbers
from tests.support.commands import Run

SPANISH = ("Houston, Texas, 9 de agosto de 2023. A quien corresponda: la señora Rosa Díaz "
           "asiste a nuestra parroquia desde el año 2015 y ayuda cada semana en el comedor. ")


def _case(data_dir: Path, tmp_path: Path, photos: int = 0) -> dict[str, int]:
    """A case with a Spanish letter (not translated) and an English lease, filed; with
    ``photos`` colour photos in an album under Community."""
    services = Services.open(data_dir)
    try:
        case = services.create_case(name="Rosa Díaz")
        files = {"carta-pastor": make.text_pdf(tmp_path / "carta-pastor.pdf", [SPANISH * 3]),
                 "lease": make.text_pdf(tmp_path / "lease.pdf",
                                        ["Residential lease for 1418 Cedar Avenue. " * 6])}
        if photos:
            album = [colour_photo(tmp_path / f"photo-{n}.jpg", seed=n) for n in range(photos)]
            files["album"] = album[0]
            for extra in album[1:]:
                files[extra.stem] = extra
        ids: dict[str, int] = {}
        for stem, path in files.items():
            outcome = services.import_files(case.id, [path])[0]
            assert outcome.document_id is not None
            ids[stem] = outcome.document_id
        services.process(case.id, workers=1)
        services.tag(case.id, ids["carta-pastor"], "community")
        services.tag(case.id, ids["lease"], "residence")
        for stem in ids:
            if stem.startswith(("album", "photo")):
                services.tag(case.id, ids[stem], "community")
        return {"case": case.id, **ids}
    finally:
        services.close()


def test_an_untranslated_exhibit_stops_the_export_unless_told(cli: Run, data_dir: Path,
                                                              tmp_path: Path) -> None:
    ids = _case(data_dir, tmp_path)
    cli("language", "--case", ids["case"], ids["carta-pastor"], "es")
    out = tmp_path / "out" / "packet.pdf"
    refused = cli("export", "--case", ids["case"], "--out", out, "--profile", "uscis-online",
                  check=False)
    assert refused.code == 1
    assert "B-1 “Carta pastor” (Spanish)" in refused.err
    assert "translation" in refused.err and "--allow-untranslated" in refused.err
    assert not out.exists() and "Traceback" not in refused.err
    assert cli("filings", "--case", ids["case"], "--json").json == []  # nothing recorded

    done = cli("export", "--case", ids["case"], "--out", out, "--profile", "uscis-online",
               "--allow-untranslated", "--json").json
    assert done["files"] == [{"path": str(out), "bytes": out.stat().st_size,
                              "pages": done["pages"], "first_page": 1,
                              "sha256": done["sha256"]}]
    assert done["profile"] == "uscis-online"

    # With its translation paired, the rule is met.
    translation = make.text_pdf(tmp_path / "letter-translation.pdf",
                                ["Houston, Texas, August 9, 2023. To whom it may concern. " * 4])
    imported = cli("import", "--case", ids["case"], translation, "--json").json
    cli("process", "--case", ids["case"])
    cli("translation", "--case", ids["case"], imported[0]["document_id"], "--of",
        ids["carta-pastor"])
    cli("translator", "--case", ids["case"], "--name", "Ana Ruiz", "--address",
        "12 Main St, Houston TX", "--phone", "(713) 555-0142")
    cli("export", "--case", ids["case"], "--out", tmp_path / "out" / "translated.pdf")
    with pymupdf.open(tmp_path / "out" / "translated.pdf") as pdf:
        certificate = next(p.get_text() for p in pdf if "Certificate of Translation" in
                           p.get_text() and "Signature" in p.get_text())
    assert "(713) 555-0142" in certificate
    assert "This certificate covers Exhibit B-1" in certificate


@pytest.mark.slow
def test_a_large_packet_is_written_in_parts_and_recorded_part_by_part(
        cli: Run, data_dir: Path, tmp_path: Path) -> None:
    ids = _case(data_dir, tmp_path, photos=12)
    out = tmp_path / "out" / "Rosa.pdf"
    done = cli("export", "--case", ids["case"], "--out", out, "--profile", "email",
               "--max-mb", "1", "--bates", "RD-", "--allow-untranslated", "--json").json
    files = done["files"]
    assert len(files) >= 2
    assert [Path(f["path"]).name for f in files] == [f"Rosa_Part{n}.pdf"
                                                      for n in range(1, len(files) + 1)]
    assert all(f["bytes"] == Path(f["path"]).stat().st_size <= 1_000_000 for f in files)
    assert sum(f["pages"] for f in files) == done["pages"]
    pages = [n for f in files for n, _of, _b in footer_numbers(Path(f["path"]))]
    assert pages == list(range(1, done["pages"] + 1))

    shown = cli("filings", "--case", ids["case"], "--show", "1", "--json").json
    assert [p["sha256"] for p in shown["parts"]] == [f["sha256"] for f in files]
    assert shown["kept_copy_intact"] is True
    services = Services.open(data_dir)
    try:
        kept = [services.store.vault.reveal(p["kept_path"]) for p in shown["parts"]]
        assert [make_sha(k) for k in kept] == [f["sha256"] for f in files]
    finally:
        services.close()

    again = tmp_path / "again" / "Rosa.pdf"
    rebuilt = cli("filings", "--case", ids["case"], "--reproduce", "1", "--out", again,
                  "--json").json
    assert rebuilt["pages"] == done["pages"] and rebuilt["same_exhibits"]
    assert sorted(p.name for p in again.parent.iterdir()) == [
        Path(f["path"]).name for f in files]
    copied = tmp_path / "copy" / "filed.pdf"
    copied.parent.mkdir()
    services = Services.open(data_dir)
    try:
        services.record.copy_filing(ids["case"], 1, copied)
    finally:
        services.close()
    assert sorted(p.name for p in copied.parent.iterdir()) == [
        f"filed_Part{n}.pdf" for n in range(1, len(files) + 1)]


def make_sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()

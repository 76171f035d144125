"""From a folder of mixed real scans to a filed packet, through the command line, with
no network at all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from tests import make
from tests.support.commands import Run, no_network_prefix


def _page(lines: list[str]) -> Image.Image:
    image = make.page_image(lines, size=(1275, 1650), font_px=28)
    image.info["dpi"] = (150, 150)
    return image


def _shoebox(folder: Path) -> None:
    photo = _page(["Harbor View Apartments rent receipt", "Received from Rosa Díaz",
                   "Eight hundred fifty dollars for March"]).convert("RGB")
    # A phone photo taken sideways, saved without an EXIF orientation tag.
    make.save_image(photo.transpose(Image.Transpose.ROTATE_90), folder / "IMG_0412.jpg",
                    quality=85)
    make.scanned_pdf(folder / "lease.pdf", [
        _page(["Residential Lease Agreement", "Tenant agrees to pay monthly rent"]),
        _page(["Signatures of landlord and tenant", "Dated January 2019"]),
    ])
    make.text_pdf(folder / "employer letter.pdf", [
        "To whom it may concern: Rosa Díaz has worked for Bright Harbor Cleaning since "
        "April 2017 as a full-time supervisor. Sincerely, Daniel Ocampo."])
    stub = _page(["Pay stub for the period ending May 12", "Net pay four hundred dollars"])
    stub.save(folder / "stubs.tiff", save_all=True, append_images=[
        _page(["Pay stub for the period ending May 26", "Net pay four hundred ten dollars"])])


def test_network_is_really_cut_in_the_offline_runner() -> None:
    prefix = no_network_prefix()
    if not prefix:
        return  # the flow below then runs with the in-process socket guard only
    probe = subprocess.run(
        [*prefix, sys.executable, "-c",
         "import socket; socket.create_connection(('127.0.0.1', 9), timeout=2)"],
        capture_output=True, text=True)
    assert probe.returncode != 0 and "unreachable" in probe.stderr.lower()


@pytest.mark.slow  # the whole flow in fresh interpreters; each step is also in test_cli.py
def test_from_a_shoebox_folder_to_a_filed_packet(
    offline_cli: Run, tmp_path: Path
) -> None:
    cli = offline_cli
    folder = tmp_path / "shoebox"
    folder.mkdir()
    _shoebox(folder)
    case = cli("case", "create", "--name", "Rosa Díaz", "--a-number", "A-987-654-321",
               "--relief", "deferred action", "--address", "1418 Cedar Avenue, Houston",
               "--key-factors", "Ten years in Houston; steady work; two children.",
               "--json").json["id"]
    imported = cli("import", "--case", case, "--json", folder).json
    assert sorted((Path(r["path"]).name, r["status"], r["pages"]) for r in imported) == [
        ("IMG_0412.jpg", "imported", 1), ("employer letter.pdf", "imported", 1),
        ("lease.pdf", "imported", 2), ("stubs.tiff", "imported", 2)]
    ids = {Path(r["path"]).name: r["document_id"] for r in imported}
    assert cli("process", "--case", case).code == 0
    docs = cli("docs", "--case", case, "--json").json
    assert {d["status"] for d in docs} == {"ready"}
    for name, tab in [("lease.pdf", "residence"), ("IMG_0412.jpg", "residence"),
                      ("employer letter.pdf", "employment"), ("stubs.tiff", "employment")]:
        cli("tag", "--case", case, ids[name], tab)
    out = tmp_path / "packet.pdf"
    result = cli("export", "--case", case, "--out", out, "--bates", "DA-", "--json").json
    assert result["path"] == str(out) and len(result["sha256"]) == 64

    with pymupdf.open(out) as packet:
        # cover, index, divider A, lease (2) + receipt, divider B, letter + stubs (2)
        assert packet.page_count == result["pages"] == 10
        texts = [page.get_text() for page in packet]
        assert "Rosa Díaz" in texts[0] and "Deferred Action" in texts[0]
        assert "Index of Exhibits" in texts[1]
        for number, text in enumerate(texts, start=1):
            assert f"Page {number} of 10" in text
            assert f"DA-{number:06d}" in text
        # The sideways photo is searchable and shown upright in the packet.
        receipt = packet[5]
        assert "Exhibit A-2" in texts[5]
        hits = receipt.search_for("Harbor")
        assert hits, "the OCR text layer of the photographed receipt is missing"
        lines = [line for block in receipt.get_text("dict")["blocks"]
                 for line in block.get("lines", []) if "Harbor" in
                 "".join(span["text"] for span in line["spans"])]
        assert lines and abs(lines[0]["dir"][0] - 1) < 0.01  # horizontal text
        # The index links to every exhibit's first page.
        targets = sorted(link["page"] for link in packet[1].get_links())
        assert {3, 5, 7, 8} <= set(targets)
        toc = packet.get_toc()
        assert [entry[1] for entry in toc if entry[0] == 1][-2:] == [
            "A. Residence", "B. Employment"]
        assert all(not value for key, value in packet.metadata.items()
                   if key in ("author", "creator", "subject", "keywords"))
        assert packet.get_xml_metadata() == ""
        assert str(tmp_path) not in "".join(texts)
    hits = cli("search", "--case", case, "supervisor", "--json").json
    assert [h["document_id"] for h in hits] == [ids["employer letter.pdf"]]

"""The command line's page outlines: ``pages --json`` shows them, ``crop`` sets them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core import samples
from desktop_app.core.capture import geometry
from tests.support.commands import Run

PAY_STUB = samples.document_by_name("IMG_20230616_184512.jpg")


@pytest.fixture
def case(cli: Run) -> int:
    return int(cli("case", "create", "--name", "María Hernández", "--json").json["id"])


@pytest.mark.slow
def test_pages_show_the_outline_and_crop_sets_resets_or_refuses_it(
    cli: Run, case: int, tmp_path: Path
) -> None:
    (photo,) = samples.write_sample_documents(tmp_path, [PAY_STUB])
    scan = samples.write_sample_documents(
        tmp_path, [samples.document_by_name("rent-receipt-2017-05.png")])[0]
    imported = cli("import", "--case", case, "--json", photo, scan).json
    photo_doc, scan_doc = (row["document_id"] for row in imported)
    cli("process", "--case", case)
    (row,) = cli("pages", "--case", case, photo_doc, "--json").json
    assert set(row) >= {"id", "crop", "crop_by_user", "blank", "rotation"}
    found = geometry.as_quad(row["crop"])  # four [x, y], top-left first, as the page reads
    assert row["crop_by_user"] is False and row["blank"] is False
    width, height = 2268, 3024  # the photo's pixels
    assert geometry.iou(found, geometry.whole(width, height)) < 0.9  # the table is cut off
    (scan_row,) = cli("pages", "--case", case, scan_doc, "--json").json
    assert scan_row["crop"] is None  # a scan is the page already
    page = row["id"]

    corners = ["300,300", "1900,320", "1880,1500", "320,1480"]
    out = cli("crop", "--case", case, page, *corners).out
    assert "read again" in out
    assert cli("pages", "--case", case, photo_doc, "--json").json[0]["status"] == "pending"
    cli("process", "--case", case)
    (row,) = cli("pages", "--case", case, photo_doc, "--json").json
    assert row["crop_by_user"] is True
    assert row["crop"] == [[300, 300], [1900, 320], [1880, 1500], [320, 1480]]

    cli("crop", "--case", case, page, "--reset")
    cli("process", "--case", case)
    (row,) = cli("pages", "--case", case, photo_doc, "--json").json
    assert row["crop_by_user"] is False
    assert geometry.iou(geometry.as_quad(row["crop"]), found) > 0.99

    cli("crop", "--case", case, page, "--whole")
    cli("process", "--case", case)
    (row,) = cli("pages", "--case", case, photo_doc, "--json").json
    assert row["crop"] is None and row["crop_by_user"] is True

    bad = cli("crop", "--case", case, page, "0,0", "2268,3024", "2268,0", "0,3024",
              check=False)
    assert bad.code == 1 and "without crossing" in bad.err
    assert "top-left, top-right" in bad.err  # and what to do
    few = cli("crop", "--case", case, page, "0,0", "10,10", check=False)
    assert few.code == 1 and "four corners" in few.err
    junk = cli("crop", "--case", case, page, "0,0", "a,b", "1,1", "2,2", check=False)
    assert junk.code == 1 and "X,Y" in junk.err
    other = cli("crop", "--case", case, 99999, "--reset", check=False)
    assert other.code == 1

"""The facade methods the window added: drawing pages and writing packets without the
database (so worker processes can do it), each document's cover page, the packet plan."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PIL import ImageChops

from desktop_app.errors import InvalidInputError
from desktop_app.services import Services, packets, pictures
from desktop_app.services.packets import FilingOptions
from desktop_app.services.pictures import PageRender
from tests.make import page_image, save_image, scanned_pdf, text_pdf


@pytest.fixture
def case_with_files(services: Services, tmp_path: Path) -> tuple[int, list[int]]:
    case = services.create_case(name="Ana Torres")
    scan = scanned_pdf(tmp_path / "scan.pdf", [page_image(["Lease page one"], size=(1275, 1650),
                                                          font_px=26),
                                               page_image(["Lease page two"], size=(1275, 1650),
                                                          font_px=26)])
    photo = save_image(page_image(["A photo"], size=(900, 1200), font_px=26),
                       tmp_path / "photo.png")
    letter = text_pdf(tmp_path / "letter.pdf", ["Employer letter " * 20])
    outcomes = services.import_files(case.id, [scan, photo, letter])
    return case.id, [o.document_id for o in outcomes if o.document_id]


def test_first_pages_skip_pages_left_out(services: Services,
                                         case_with_files: tuple[int, list[int]]) -> None:
    case_id, (scan, photo, _letter) = case_with_files
    first = services.first_pages(case_id)
    assert set(first) == set(case_with_files[1])
    pages = services.list_pages(scan)
    assert first[scan].id == pages[0].id
    services.exclude_page(pages[0].id)
    assert services.first_pages(case_id)[scan].id == pages[1].id
    services.exclude_page(pages[1].id)
    assert services.first_pages(case_id)[scan].id == pages[0].id  # all out: the first
    assert first[photo].document_id == photo


@pytest.mark.parametrize("which", [0, 1])
def test_draw_page_matches_page_image(services: Services,
                                      case_with_files: tuple[int, list[int]],
                                      which: int) -> None:
    """A worker process draws exactly what ``page_image`` draws, turns included."""
    doc = case_with_files[1][which]
    page = services.list_pages(doc)[0]
    services.rotate_page(page.id, 90)
    spec = services.pictures.spec(page.id)
    assert isinstance(spec, PageRender) and spec.rotation == 90
    drawn = pictures.draw_page(spec, dpi=72)
    expected = services.pictures.page_image(page.id, dpi=72)
    assert drawn.size == expected.size
    assert drawn.width > drawn.height  # turned on its side
    assert ImageChops.difference(drawn.convert("RGB"), expected.convert("RGB")).getbbox() is None
    small = pictures.draw_page(spec, dpi=72, max_side=100)
    assert max(small.size) == 100


def test_draw_thumbnail_is_the_thumbnail_cache(services: Services,
                                               case_with_files: tuple[int, list[int]]) -> None:
    page = services.list_pages(case_with_files[1][0])[0]
    spec = services.pictures.spec(page.id)
    assert not spec.thumb_path.exists()
    path = pictures.draw_thumbnail(spec)
    assert path == spec.thumb_path == services.pictures.thumbnail(page.id)
    assert path.is_file()
    services.rotate_page(page.id, 180)
    turned = services.pictures.spec(page.id)
    assert turned.thumb_path != spec.thumb_path  # a new state of the page, a new file
    assert pictures.draw_thumbnail(turned).is_file()
    assert not spec.thumb_path.exists()  # the old picture is gone


def test_the_plan_on_one_lane_and_the_packet_written_without_the_database(
        services: Services, tmp_path: Path, case_with_files: tuple[int, list[int]]) -> None:
    case_id, (scan, _photo, letter) = case_with_files
    with pytest.raises(InvalidInputError):
        services.packets.plan(case_id)  # nothing filed yet
    services.tag(case_id, letter, "employment")
    plan = services.packets.plan(case_id, FilingOptions(bates_prefix="AT-"))
    assert [t.title for t in plan.tabs] == ["Employment"]
    assert plan.tabs[0].exhibits[0].exhibit_id == "A-1"
    services.tag(case_id, scan, "residence")
    with pytest.raises(InvalidInputError, match="still being read"):
        services.packets.plan(case_id)  # its pages are not read yet
    services.process(case_id, workers=1)
    plan = services.packets.plan(case_id, FilingOptions(tabs=("employment",)))
    result = packets.write(plan, tmp_path / "packet.pdf")
    with pymupdf.open(result.path) as pdf:
        assert pdf.page_count == result.page_count
        assert "Employer letter" in "".join(page.get_text() for page in pdf)

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from desktop_app.errors import InvalidInputError
from desktop_app.services import Services
from tests import make


def _files(tmp_path: Path, names: list[str]) -> list[Path]:
    return [make.save_image(make.page_image([name], size=(850, 1100), font_px=30),
                            tmp_path / f"{name}.png") for name in names]


def test_tag_move_sort_and_rename(services: Services, tmp_path: Path) -> None:
    case = services.create_case(name="A").id
    outcomes = services.import_files(case, _files(tmp_path, ["lease", "bill", "stub"]))
    lease, bill, stub = (o.document_id for o in outcomes)
    assert lease and bill and stub
    assert [d.category for d in services.list_documents(case)] == [None, None, None]
    services.tag(case, lease, "residence")
    services.tag(case, bill, "Residence")  # the title works as well as the key
    services.tag(case, stub, "employment")
    services.move(case, bill, 1)
    assert [(d.id, d.category, d.position) for d in services.list_documents(case)] == [
        (bill, "residence", 0), (lease, "residence", 1), (stub, "employment", 0)]
    services.set_date(case, lease, "03/01/2019")
    services.set_date(case, bill, "July 5, 2021")
    services.sort_tab_by_date(case, "residence")
    assert [d.id for d in services.list_documents(case)][:2] == [lease, bill]
    assert services.get_document(lease).date == "2019-03-01"
    services.rename(case, stub, "  Pay stub — Any Company  ")
    assert services.get_document(stub).title == "Pay stub — Any Company"
    services.tag(case, stub, None)
    assert services.get_document(stub).category is None
    with pytest.raises(InvalidInputError, match="future"):
        services.set_date(case, lease, "2999-01-01")
    with pytest.raises(InvalidInputError, match="title"):
        services.rename(case, lease, "   ")
    with pytest.raises(InvalidInputError, match="starts at 1"):
        services.move(case, lease, 0)


def test_typed_numeric_dates_follow_the_users_language(
        services: Services, tmp_path: Path) -> None:
    """03/04/2021 is March 4 to an English user and 3 April to a Spanish one; a date
    that can be read only one way is read that way in either language."""
    from desktop_app.i18n import set_language

    case = services.create_case(name="A").id
    (lease,) = (o.document_id for o in services.import_files(case, _files(tmp_path, ["lease"])))
    assert lease

    def typed(text: str) -> str | None:
        services.set_date(case, lease, text)
        return services.get_document(lease).date

    try:
        set_language("en")
        assert typed("03/04/2021") == "2021-03-04"
        assert typed("25/12/2020") == "2020-12-25"
        assert typed("12-25-2020") == "2020-12-25"
        set_language("es_MX")
        assert typed("03/04/2021") == "2021-04-03"
        assert typed("3.4.2021") == "2021-04-03"
        assert typed("12/25/2020") == "2020-12-25"
        assert typed("3 de abril de 2021") == "2021-04-03"
        assert typed("2021-03-04") == "2021-03-04"
        with pytest.raises(InvalidInputError) as refused:
            typed("31/31/2021")
        assert "12/05/2023" in (refused.value.hint or "") and "día" in (refused.value.hint or "")
        with pytest.raises(InvalidInputError):
            typed("3/4/21 and more")
    finally:
        set_language("en")
    assert services.get_document(lease).date == "2021-03-04"


def test_rotate_exclude_and_upright_thumbnails(services: Services, tmp_path: Path) -> None:
    case = services.create_case(name="A").id
    (path,) = _files(tmp_path, ["portrait"])
    (outcome,) = services.import_files(case, [path])
    assert outcome.document_id
    (page,) = services.list_pages(outcome.document_id)
    thumb = services.pictures.thumbnail(page.id, size=128)
    with Image.open(thumb) as image:
        assert image.height == 128 and image.width < image.height
    turned = services.rotate_page(page.id, 90)
    assert turned.rotation_user == 90 and turned.rotation == 90
    with Image.open(services.pictures.thumbnail(page.id, size=128)) as image:
        assert image.width == 128 and image.height < image.width  # now landscape
    assert services.rotate_page(page.id, -90).rotation == 0
    assert services.exclude_page(page.id).excluded
    assert not services.exclude_page(page.id, False).excluded
    with pytest.raises(InvalidInputError):
        services.rotate_page(page.id, 45)


def test_removing_a_document_deletes_files_no_one_else_uses(
    services: Services, tmp_path: Path
) -> None:
    first = services.create_case(name="A").id
    second = services.create_case(name="B").id
    shared, own = _files(tmp_path, ["shared", "own"])
    a_shared, a_own = (o.document_id for o in services.import_files(first, [shared, own]))
    (b_shared,) = (o.document_id for o in services.import_files(second, [shared]))
    assert a_shared and a_own and b_shared
    own_sha = services.get_document(a_own).sha256
    shared_sha = services.get_document(a_shared).sha256
    page_id = services.list_pages(a_own)[0].id
    services.pictures.thumbnail(page_id)
    services.remove_document(first, a_own)
    services.remove_document(first, a_shared)
    assert services.list_documents(first) == []
    assert not services.store.originals.has(own_sha)
    assert not services.store.derived_dir(page_id).exists()
    assert services.store.originals.has(shared_sha)  # case B still uses it
    assert [d.id for d in services.list_documents(second)] == [b_shared]

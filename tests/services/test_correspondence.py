"""Correspondence: notices and letters received are kept, read and searchable, and stay
out of the packet unless the user includes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.errors import InvalidInputError
from desktop_app.services import Services
from desktop_app.services.packets import FilingOptions
from tests import make
from tests.support.record import build_case, page_texts


def _notice(path: Path) -> Path:
    """A scanned notice (no text of its own: Tesseract reads it)."""
    image = make.page_image(["NOTICE OF ACTION", "Request for Evidence",
                             "Receipt number IOE0912345678"], size=(1275, 1650), font_px=30)
    return make.save_image(image, path)


def test_correspondence_is_kept_searchable_and_out_of_the_packet(
    services: Services, tmp_path: Path
) -> None:
    built = build_case(services, tmp_path / "in")
    outcomes = services.record.import_correspondence(built.case_id,
                                            [_notice(tmp_path / "rfe-notice.png")])
    assert [o.status for o in outcomes] == ["imported"]
    notice = outcomes[0].document_id
    assert notice is not None
    services.process(built.case_id, workers=1)

    hits = services.search(built.case_id, "IOE0912345678")
    assert [h.document_id for h in hits] == [notice]
    assert [(d.id, included) for d, included in services.record.correspondence(
        built.case_id)] == [(notice, False)]
    assert services.store.originals.path(services.get_document(notice).sha256).is_file()

    # Even filed under a tab, it stays out until included.
    services.tag(built.case_id, notice, "residence")
    plan = services.packets.plan(built.case_id)
    assert notice not in {e.document_id for t in plan.tabs for e in t.exhibits}
    assert notice not in services.packets.exhibit_numbers(built.case_id)[1]
    services.tag(built.case_id, notice, None)

    doc = services.record.include_correspondence(built.case_id, notice)
    assert doc.category == "correspondence"  # a tab of its own, made for it
    result, filing = services.record.export(built.case_id, tmp_path / "p.pdf",
                                              FilingOptions())
    assert [(e.exhibit_id, e.document_id) for e in filing.exhibits][-1] == ("C-1", notice)
    assert "IOE0912345678" in " ".join(page_texts(result.path))

    services.record.include_correspondence(built.case_id, notice, include=False)
    plan = services.packets.plan(built.case_id)
    assert notice not in {e.document_id for t in plan.tabs for e in t.exhibits}

    # A document imported as evidence can be marked as correspondence later, and back.
    lease = built.ids["lease"]
    services.record.mark_correspondence(built.case_id, lease)
    assert lease not in services.packets.exhibit_numbers(built.case_id)[1]
    services.record.mark_correspondence(built.case_id, lease, False)
    assert services.packets.exhibit_numbers(built.case_id)[1][lease] == "A-1"
    with pytest.raises(InvalidInputError, match="is evidence, not correspondence"):
        services.record.include_correspondence(built.case_id, lease)

"""A PDF form filled in on a computer: its fields' values, and what was typed or signed on
it in a PDF viewer, are part of the page wherever the app shows it, reads it or packs it
(found on a real filled W-2 and a real vaccine consent form, whose packets showed the
blank forms); a reviewer's note, a hidden field and a blank form add nothing."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest

from desktop_app.core.pdfs import inspect_pdf
from desktop_app.services import Services
from tests import make
from tests.conftest import corpus_file, raw_connection, write_packet

NAME_BOX = pymupdf.Rect(260, 88, 460, 108)


def _form(path: Path, *, filled: bool) -> Path:
    """A wage form with fields, as a payroll program or a tax site hands it out; filled:
    its fields hold a name, wages and a tick, and in a PDF viewer the worker typed a
    line on it, signed it with a stroke, left a note to self and there is a hidden
    field."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Wage and Tax Statement 2024", fontsize=16)
    page.insert_text((400, 72), "Date: 01/31/2024 (Rev. 2024)", fontsize=9)
    page.insert_text((72, 102), "Employee's name", fontsize=11)
    page.insert_text((72, 142), "Wages, tips, other compensation", fontsize=11)
    page.insert_text((72, 182), "Retirement plan", fontsize=11)
    page.insert_text((72, 222), "Employer's address", fontsize=11)
    for name, box, value in (("name", NAME_BOX, "Jane Quintero"),
                             ("wages", pymupdf.Rect(260, 128, 380, 148), "74500.00"),
                             ("address", pymupdf.Rect(260, 208, 460, 228), ""),
                             ("secret", pymupdf.Rect(260, 240, 460, 260), "HIDDENVALUE")):
        field = pymupdf.Widget()
        field.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
        field.field_name = name
        field.rect = box
        field.field_value = value if filled else ""
        field.text_fontsize = 11
        page.add_widget(field)
    tick = pymupdf.Widget()
    tick.field_type = pymupdf.PDF_WIDGET_TYPE_CHECKBOX
    tick.field_name = "retirement"
    tick.rect = pymupdf.Rect(260, 170, 274, 184)
    tick.field_value = filled
    page.add_widget(tick)
    if filled:
        secret = next(w for w in page.widgets() if w.field_name == "secret")
        doc.xref_set_key(secret.xref, "F", str(pymupdf.PDF_ANNOT_IS_HIDDEN))
        page.add_freetext_annot(pymupdf.Rect(72, 260, 400, 284), "Signed by Jane Quintero",
                                fontsize=11)
        stroke = page.add_ink_annot([[(80, 340), (120, 310), (160, 345), (200, 305),
                                      (240, 350), (290, 315)]])
        stroke.set_border(width=3)
        stroke.set_colors(stroke=(0, 0, 0.4))  # dark blue ink
        stroke.update()
        page.add_text_annot((450, 300), "note to self: ask the lawyer")
    else:  # a typed box clicked and left empty, as on a real blank 1099
        page.add_freetext_annot(pymupdf.Rect(72, 260, 400, 284), "", fontsize=11)
    doc.save(path)
    return path


@pytest.fixture
def case_id(services: Services) -> int:
    return services.create_case(name="Jane Quintero").id


def _import(services: Services, case_id: int, path: Path) -> int:
    (outcome,) = services.import_files(case_id, [path])
    assert outcome.status == "imported", outcome.error
    assert outcome.document_id is not None
    return outcome.document_id


def _ink(page: pymupdf.Page, box: pymupdf.Rect) -> float:
    """Share of the pixels in ``box`` of a packet page that are dark."""
    pix = page.get_pixmap(dpi=100, clip=box, colorspace=pymupdf.csGRAY)
    dark = sum(1 for v in pix.samples if v < 128)
    return dark / max(1, len(pix.samples))


@contextlib.contextmanager
def _packed(services: Services, case_id: int, document_id: int, tab: str, words: str,
            tmp_path: Path) -> Iterator[pymupdf.Page]:
    """The packet page that shows ``words``, once the document is filed under ``tab``
    and the case's packet written."""
    services.tag(case_id, document_id, tab)
    out = tmp_path / "packet.pdf"
    write_packet(services, case_id, out)
    with pymupdf.open(out) as packet:
        yield next(page for page in packet if words in page.get_text())


def _signature_band(page: pymupdf.Page) -> pymupdf.Rect:
    """Where the signature stroke lies on the packet page: below the form's last label
    (the packet places the source page scaled a little, with a margin for its footer)."""
    (label,) = page.search_for("Employer's address")
    return pymupdf.Rect(label.x0, label.y1 + 60, label.x0 + 250, label.y1 + 150)


def test_a_filled_form_reads_and_packs_as_filled_in(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    path = _form(tmp_path / "w2.pdf", filled=True)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    document_id = _import(services, case_id, path)
    (page,) = services.list_pages(document_id)
    # The page's own text, which search, the assistant and the packet's text use.
    assert "Jane Quintero" in page.text and "74500.00" in page.text
    assert "Signed by Jane Quintero" in page.text
    assert "HIDDENVALUE" not in page.text and "ask the lawyer" not in page.text
    assert services.search(case_id, "Quintero")[0].document_id == document_id
    assert services.assistant.suggest(document_id).suggestion.document_type != "blank_form"
    # The original is kept as it came.
    (doc,) = services.list_documents(case_id)
    assert doc.sha256 == before == hashlib.sha256(path.read_bytes()).hexdigest()
    assert services.store.originals.path(doc.sha256).read_bytes() == path.read_bytes()

    with _packed(services, case_id, document_id, "employment", "Wage and Tax Statement",
                 tmp_path) as shown:
        text = shown.get_text()
        assert "Jane Quintero" in text and "74500.00" in text
        assert "HIDDENVALUE" not in text and "ask the lawyer" not in text
        assert not list(shown.widgets()) and not list(shown.annots())
        assert _ink(shown, _signature_band(shown)) > 0.01  # the signature is drawn


def test_a_blank_form_is_packed_as_it_is(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    path = _form(tmp_path / "blank.pdf", filled=False)
    document_id = _import(services, case_id, path)
    (page,) = services.list_pages(document_id)
    assert "Wages, tips" in page.text and "Jane" not in page.text
    # Nothing was filled in: the pages are read from the file itself.
    source, _kind, _index = services.page_source(page.id)
    assert source.read_bytes() == path.read_bytes()
    # A form left blank proves nothing: the assistant files it as none, and says why.
    found = services.assistant.suggest(document_id).suggestion
    assert (found.category, found.document_type) == ("none", "blank_form")
    assert found.date is None
    assert "blank form" in found.reason
    with _packed(services, case_id, document_id, "employment", "Wage and Tax Statement",
                 tmp_path) as shown:
        assert _ink(shown, _signature_band(shown)) < 0.001



def test_a_blank_form_whose_totals_the_form_computes_is_still_blank(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    """A real blank tax form came with its totals computed to "0" (read-only) and a
    hidden helper field holding "-1": values nobody typed, which made it look filled."""
    path = tmp_path / "computed.pdf"
    with pymupdf.open(_form(tmp_path / "blank.pdf", filled=False)) as doc:
        page = doc[0]
        for name, box, value in (("total", pymupdf.Rect(400, 128, 460, 148), "0"),
                                 ("minus1", pymupdf.Rect(400, 150, 460, 166), "-1")):
            field = pymupdf.Widget()
            field.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
            field.field_name = name
            field.rect = box
            field.field_value = value
            page.add_widget(field)
        widgets = {w.field_name: w.xref for w in page.widgets()}
        doc.xref_set_key(widgets["total"], "Ff", str(pymupdf.PDF_FIELD_IS_READ_ONLY))
        doc.xref_set_key(widgets["total"], "AA",
                         '<</C <</S/JavaScript/JS(AFSimple_Calculate\\("SUM", '
                         '["wages"]\\);)>>>>')
        doc.xref_set_key(widgets["minus1"], "F", str(pymupdf.PDF_ANNOT_IS_HIDDEN))
        doc.save(path)
    found = services.assistant.suggest(_import(services, case_id, path)).suggestion
    assert (found.category, found.document_type) == ("none", "blank_form"), found.reason


def test_a_blank_form_whose_fields_hold_a_stray_mark_is_still_blank(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    """A real blank 1040-NR came with two fields holding a lone backslash (a form tool's
    slip): it prints, but nobody filled anything in, and the form was filed under
    employment by its printed words. A value with a letter or a figure fills it in."""
    def with_values(name: str, values: tuple[str, ...]) -> Path:
        path = tmp_path / name
        with pymupdf.open(_form(tmp_path / "blank.pdf", filled=False)) as doc:
            page = doc[0]
            for k, value in enumerate(values):
                field = pymupdf.Widget()
                field.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
                field.field_name = f"extra{k}"
                field.rect = pymupdf.Rect(400, 128 + 22 * k, 460, 146 + 22 * k)
                field.field_value = value
                page.add_widget(field)
            doc.save(path)
        return path

    stray = services.assistant.suggest(
        _import(services, case_id, with_values("stray.pdf", ("\\", " - ")))).suggestion
    assert (stray.category, stray.document_type) == ("none", "blank_form"), stray.reason
    # All seven fields to fill in are empty; beside a field typed "X" (a tick), none is.
    assert inspect_pdf(with_values("again.pdf", ("\\", " - "))).empty_fields == 7
    assert inspect_pdf(with_values("typed.pdf", ("\\", "X"))).empty_fields == 0


def test_a_form_whose_filled_fields_were_locked_is_not_blank(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    """Fields filled in and then locked (read-only, as a form may be once signed) are
    still the filler's, whatever fields are left empty."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Employment Verification", fontsize=16)
    labels = [("Employee name", "Jane Quintero"), ("Employer", "Bright Harbor Cleaning"),
              ("Start date", "03/01/2019"), ("Supervisor", ""), ("Department", ""),
              ("Phone", "")]
    for k, (label, value) in enumerate(labels):
        y = 110 + 40 * k
        page.insert_text((72, y + 14), label, fontsize=11)
        field = pymupdf.Widget()
        field.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
        field.field_name = label
        field.rect = pymupdf.Rect(220, y, 460, y + 20)
        field.field_value = value
        page.add_widget(field)
    for widget in page.widgets():
        if widget.field_value:
            doc.xref_set_key(widget.xref, "Ff", str(pymupdf.PDF_FIELD_IS_READ_ONLY))
    path = tmp_path / "locked.pdf"
    doc.save(path)
    found = services.assistant.suggest(_import(services, case_id, path)).suggestion
    assert found.document_type != "blank_form", found.reason


def test_a_real_consent_form_typed_and_ticked_in_a_viewer_packs_filled_in(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    """The shared corpus's vaccine consent form: name, birth date, address, ticks and a
    signature added in a PDF viewer. Its packet page showed the blank form."""
    document_id = _import(services, case_id,
                          corpus_file("classify/medical--vaccine-consent-form.pdf"))
    with _packed(services, case_id, document_id, "medical",
                 "Informed Consent for Immunization", tmp_path) as shown:
        text = shown.get_text()
        assert "Harlow" in text and "04/14/1995" in text and "Pittsburgh" in text


def test_a_filled_form_locked_with_a_password_packs_filled_in(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    plain = _form(tmp_path / "plain.pdf", filled=True)
    locked = tmp_path / "locked.pdf"
    with pymupdf.open(plain) as doc:
        doc.save(locked, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="s3cret",
                 owner_pw="s3cret")
    (outcome,) = services.import_files(case_id, [locked], password="s3cret")
    assert outcome.status == "imported" and outcome.document_id is not None
    (page,) = services.list_pages(outcome.document_id)
    assert "Jane Quintero" in page.text
    source, _kind, _index = services.page_source(page.id)
    with pymupdf.open(source) as working:
        assert not working.needs_pass and not working.is_form_pdf
        assert "Jane Quintero" in working[0].get_text()



def _signed_letter(path: Path) -> Path:
    """A letter made on a computer, then signed in a PDF viewer: a name typed under it."""
    letter = make.text_pdf(path.with_name("letter.pdf"), [
        "To whom it may concern: Jane has rented the apartment at 12 Oak Street "
        "since 2019 and has always paid her rent on time. " * 2])
    with pymupdf.open(letter) as doc:
        doc[0].add_freetext_annot(pymupdf.Rect(72, 712, 420, 740), "Signed Jane Quintero",
                                  fontsize=16)
        doc.save(path)
    return path


def test_a_form_added_before_the_app_baked_it_still_packs_filled_in(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    """A file added by an earlier version is read from the file itself, the name typed on
    it an annotation that the packet's copy of the page left out: the export puts it in."""
    document_id = _import(services, case_id, _signed_letter(tmp_path / "signed.pdf"))
    connection = raw_connection(services)
    connection.execute("UPDATE documents SET working_sha256 = NULL WHERE id = ?",
                       [document_id])
    connection.commit()
    connection.close()
    (page,) = services.list_pages(document_id)
    source, _kind, _index = services.page_source(page.id)
    with pymupdf.open(source) as original:
        assert list(original[0].annots())  # read from the file as it came
    with _packed(services, case_id, document_id, "residence", "To whom it may concern",
                 tmp_path) as shown:
        found = shown.search_for("Quintero")
        assert found and _ink(shown, found[0]) > 0.05
        assert not list(shown.annots())

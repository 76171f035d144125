"""A form left blank is no evidence, whatever its printed words say it is for (a blank
prescription pad, a blank pay receipt, a bank's debit form: found in the labellers' real
sets, each filed under a tab by its printed words). The page's picture tells a blank form
from the same form filled in, by hand or typed: here a clinic's form is drawn, scanned,
read by the real Tesseract and suggested for, blank and filled."""

from __future__ import annotations

import math
from pathlib import Path

import pymupdf
import pytest
from PIL import Image, ImageDraw, ImageFont

from desktop_app.core import form_slots as form_slots_module
from desktop_app.core import pdfs, processing
from desktop_app.core.form_slots import form_slots
from desktop_app.core.models import Slots
from desktop_app.services import Services
from tests import make

LABELS = ["Patient Name:", "Date of Birth:", "Address:", "Diagnosis:", "Medication:",
          "Dose:", "Doctor's Signature:"]
TYPED = ["Rosa Gutierrez", "03/14/1985", "12 Oak Street, Houston", "Type 2 diabetes",
         "Metformin 500 mg", "Twice a day", "M. Lopez"]
FONT = 48


def _clinic_form(fill: str) -> Image.Image:
    """A clinic's form as a 300-dpi scanner makes it: its letterhead, then a label and a
    line to write on, row after row. ``fill``: "blank", "hand" (a pen's strokes on each
    line, which OCR reads as nothing much) or "typed"."""
    image = make.page_image(["Sunrise Family Clinic", "Dr. Maria Lopez, Internal Medicine",
                             "Prescription and treatment form"])
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=FONT)
    y = 900
    for label, value in zip(LABELS, TYPED, strict=True):
        draw.text((250, y), label, font=font, fill=0)
        end = 250 + int(draw.textlength(label, font=font)) + 30
        draw.line((end, y + FONT + 8, 2300, y + FONT + 8), fill=0, width=3)
        if fill == "typed":
            draw.text((end + 20, y), value, font=font, fill=0)
        elif fill == "hand":
            points = [(end + 20 + step * 6, y + 28 + 18 * math.sin(step / 3.0)
                       + 6 * math.sin(step * 1.7)) for step in range(90)]
            draw.line(points, fill=40, width=5)
        y += 170
    return image


@pytest.fixture
def case_id(services: Services) -> int:
    return services.create_case(name="Rosa Gutierrez").id


def _suggested(services: Services, case_id: int, path: Path) -> tuple[str | None, str, str]:
    (outcome,) = services.import_files(case_id, [path])
    assert outcome.status == "imported" and outcome.document_id is not None
    services.process(case_id)
    found = services.assistant.suggest(outcome.document_id).suggestion
    return found.category, found.document_type, found.reason


def test_a_scanned_form_left_blank_is_none_and_filled_in_it_is_medical(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    blank = make.save_image(_clinic_form("blank"), tmp_path / "blank.png")
    category, kind, reason = _suggested(services, case_id, blank)
    assert (category, kind) == ("none", "blank_form")
    assert "blank form" in reason
    for fill in ("typed", "hand"):
        path = make.save_image(_clinic_form(fill), tmp_path / f"{fill}.png")
        category, kind, _reason = _suggested(services, case_id, path)
        assert kind != "blank_form", fill
        assert category in ("medical", None), fill


def _native_form(path: Path, *, typed: bool) -> Path:
    """The same form made on a computer (text of its own, no fields to fill in): blank,
    or with its values typed on the lines before it was saved."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Sunrise Family Clinic", fontsize=16)
    page.insert_text((72, 96), "Dr. Maria Lopez, Internal Medicine", fontsize=11)
    page.insert_text((72, 120), "Prescription and treatment form", fontsize=11)
    y = 180
    for label, value in zip(LABELS, TYPED, strict=True):
        page.insert_text((72, y), label, fontsize=11)
        page.draw_line((200, y + 3), (540, y + 3), width=0.8)
        if typed:
            page.insert_text((210, y), value, fontsize=11)
        y += 36
    doc.save(path)
    return path


def _underscored_form(path: Path, *, typed: bool) -> Path:
    """A volunteer application typed in a word processor, its places lines of
    underscores and no colons; ``typed``: the values typed over the lines."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Riverside Community Food Bank", fontsize=16)
    page.insert_text((72, 96), "Volunteer Application", fontsize=12)
    y = 150
    for label, value in (("Name", "Rosa Gutierrez"), ("Address", "12 Oak Street"),
                         ("Phone", "713 555 0199"), ("Email", "rosa@example.org"),
                         ("Availability", "Saturdays")):
        page.insert_text((72, y), label + "_" * 40, fontsize=11)
        if typed:
            page.insert_text((200, y - 2), value, fontsize=11)
        y += 30
    doc.save(path)
    return path


def test_a_form_made_on_a_computer_and_left_blank_is_none(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    category, kind, _reason = _suggested(services, case_id,
                                         _native_form(tmp_path / "blank.pdf", typed=False))
    assert (category, kind) == ("none", "blank_form")
    category, kind, _reason = _suggested(services, case_id,
                                         _native_form(tmp_path / "typed.pdf", typed=True))
    assert kind != "blank_form" and category == "medical"
    blank = _underscored_form(tmp_path / "underscored.pdf", typed=False)
    assert _suggested(services, case_id, blank)[:2] == ("none", "blank_form")
    typed = _underscored_form(tmp_path / "underscored-typed.pdf", typed=True)
    assert _suggested(services, case_id, typed)[1] != "blank_form"


def _tenancy_agreement(path: Path, *, typed: bool) -> Path:
    """A residential tenancy agreement made on a computer: its first page asks for the
    parties' particulars on lines to write on, its second and third pages are its terms,
    each a heading ("Rent:") over its paragraph. ``typed``: the particulars typed in."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Residential Tenancy Agreement", fontsize=16)
    y = 130
    for label, value in (("Landlord's name:", "Northgate Rentals LLC"),
                         ("Tenant's name:", "Rosa Gutierrez"),
                         ("Address of the unit:", "12 Oak Street, Apt 4"),
                         ("City:", "Houston"), ("Phone:", "713 555 0199"),
                         ("Email:", "rosa@example.org")):
        page.insert_text((72, y), label, fontsize=11)
        page.draw_line((200, y + 3), (540, y + 3), width=0.8)
        if typed:
            page.insert_text((210, y), value, fontsize=11)
        y += 36
    terms = ["Rent:", "Deposit:", "Utilities:", "Repairs:", "Duties:", "Pets:", "Notice:",
             "Smoking:"]
    for first in (0, 4):
        page = doc.new_page()
        y = 72
        for heading in terms[first:first + 4]:
            page.insert_text((72, y), heading, fontsize=11)
            page.insert_text((72, y + 16), "The tenant and the landlord agree to the terms "
                             "of this section as the law of the province", fontsize=11)
            page.insert_text((72, y + 30), "sets them out, and to any change both sign.",
                             fontsize=11)
            y += 70
    doc.save(path)
    return path


def test_a_form_whose_first_page_is_blank_is_blank_whatever_its_terms(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    """The parties' particulars go on a form's first page; its pages of terms read as
    headings with their paragraphs under them, places filled. Left blank on its first
    page, the agreement is a blank form; typed in, it is a lease."""
    blank = _tenancy_agreement(tmp_path / "blank.pdf", typed=False)
    assert _suggested(services, case_id, blank)[:2] == ("none", "blank_form")
    typed = _tenancy_agreement(tmp_path / "typed.pdf", typed=True)
    category, kind, _reason = _suggested(services, case_id, typed)
    assert kind != "blank_form" and category == "residence"


# --- the places on a page, seen from its words and its picture -----------------------------


def _page(draw_on: list[tuple[str, tuple[int, int, int, int]]]) -> Image.Image:
    image = Image.new("L", (1200, 600), 255)
    draw = ImageDraw.Draw(image)
    for what, box in draw_on:
        if what == "line":
            draw.line(box, fill=0, width=3)
        elif what == "box":
            draw.rectangle(box, outline=0, width=3)
        elif what == "tick":
            draw.line(box, fill=0, width=3)
            draw.line((box[0], box[3], box[2], box[1]), fill=0, width=3)
        elif what == "pen":
            x0, y0, x1, _y1 = box
            draw.line([(x, y0 + 12 + 10 * math.sin(x / 9)) for x in range(x0, x1, 4)],
                      fill=30, width=4)
    return image


def _word(text: str, x: int, y: int) -> list[object]:
    return [x, y, x + 18 * len(text), y + 30, 95.0, text]


def test_a_line_to_write_on_and_a_box_are_empty_places() -> None:
    words = [_word("Name:", 50, 50), _word("Date:", 50, 150), _word("Phone:", 700, 150)]
    image = _page([("line", (160, 82, 650, 82)), ("box", (150, 140, 680, 190)),
                   ("line", (820, 182, 1150, 182))])
    said: list[tuple[str, str]] = []
    assert form_slots(image, words, explain=said) == Slots(empty=3, filled=0)
    assert [what for _label, what in said] == ["empty"] * 3


def test_writing_a_typed_value_and_a_value_below_are_filled_places() -> None:
    words = [_word("Name:", 50, 50), _word("Employer:", 50, 150), _word("Acme", 260, 150),
             _word("LANDLORD:", 50, 250), _word("Ramesh", 50, 300), _word("Jain", 200, 300)]
    image = _page([("pen", (170, 50, 500, 80)), ("line", (160, 82, 650, 82))])
    said: list[tuple[str, str]] = []
    assert form_slots(image, words, explain=said) == Slots(empty=0, filled=3)
    assert [what for _label, what in said] == ["written", "value Acme", "value below"]


def test_another_column_s_words_are_no_value_below_a_label() -> None:
    """A lab's request form in two columns: "MEDICO TRATANTE:" in the right one, tests to
    tick listed in the left one. The test listed on the row below is no value of the
    label; a name typed under the label is."""
    words = [_word("PROTEINA", 50, 50), _word("REACTIVA", 220, 50),
             _word("MEDICO", 600, 50), _word("TRATANTE:", 720, 50),
             _word("FACTOR", 50, 95), _word("REUMATOIDEO", 180, 95)]
    said: list[tuple[str, str]] = []
    form_slots(_page([]), words, explain=said)
    assert said == [("TRATANTE:", "empty")]
    said = []
    form_slots(_page([]), [*words, _word("Dra.", 600, 95), _word("Soto", 690, 95)],
               explain=said)
    assert said == [("TRATANTE:", "value below")]


def test_printed_guidance_is_no_value_and_an_unsure_label_no_label() -> None:
    """"(DD/MM/YYYY)", "Yes/No" and a place to sign are printed on the blank form; a
    label read at confidence 20 is a poor scan's noise."""
    words = [_word("Birth:", 50, 50), _word("(DD/MM/YYYY)", 170, 50),
             _word("Worker:", 50, 150), _word("Yes", 200, 150), _word("/No", 270, 150),
             _word("Place:", 50, 250), _word("Signature", 700, 250), _word("of", 880, 250),
             _word("Member", 930, 250),
             [50, 350, 140, 380, 20.0, "ERG:"], _word("Valsa", 200, 350)]
    assert form_slots(_page([]), words) == Slots(empty=3, filled=0)


def test_a_label_whose_colon_is_set_apart_is_a_label() -> None:
    """"Patient Name :" as French and Spanish forms print it: OCR reads the colon as a
    word of its own."""
    words = [_word("Name", 50, 50), [130, 50, 140, 80, 90.0, ":"],
             _word("Date", 50, 150), [130, 150, 140, 180, 90.0, ":"], _word("02/10/2022", 200, 150)]
    said: list[tuple[str, str]] = []
    image = _page([("line", (160, 82, 650, 82))])
    assert form_slots(image, words, explain=said) == Slots(empty=1, filled=1)
    assert said == [("Name:", "empty"), ("Date:", "value 02/10/2022")]


def test_a_box_label_without_colon_is_a_place() -> None:
    """A form printed in boxes ("Nombre y Apellido" alone in its box): the label stands
    apart on its row, the value goes beside it or under it. The same words run on in a
    sentence are no label."""
    words = [_word("Nombre", 50, 50), _word("y", 170, 50), _word("Apellido", 200, 50),
             _word("DNI", 50, 150), _word("30123456", 400, 150),
             _word("Phone", 50, 250), _word("Email", 650, 250),
             _word("Please", 50, 450), _word("write", 170, 450), _word("your", 280, 450),
             _word("name", 370, 450)]
    image = _page([("box", (40, 40, 1150, 130)), ("pen", (60, 290, 400, 320))])
    said: list[tuple[str, str]] = []
    assert form_slots(image, words, explain=said) == Slots(empty=2, filled=2)
    assert said == [("Apellido", "empty"), ("DNI", "value 30123456"), ("Phone", "written"),
                    ("Email", "empty")]


def test_a_line_typed_as_underscores_after_a_word_makes_it_a_label() -> None:
    """"Name______Phone____" as a word processor types a form: each word a line of
    underscores follows is a label, the underscores its empty place; a value typed over
    the line fills it. Underscores inside a word ("rosa_g") are no line."""
    words = [_word("Name", 50, 50), _word("________________Phone_", 140, 50),
             _word("Email__________", 50, 150), _word("rosa_g", 400, 150),
             _word("Call", 50, 250), _word("__________", 140, 250), _word("Rosa", 180, 250)]
    said: list[tuple[str, str]] = []
    assert form_slots(_page([]), words, explain=said) == Slots(empty=2, filled=2)
    assert said == [("Name:", "empty"), ("Phone:", "empty"), ("Email:", "value rosa_g"),
                    ("Call:", "value Rosa")]


def test_a_label_shortened_with_its_period_is_a_place() -> None:
    """A doctor's pad: "Edad:" and "Temp." on one row, "Peso." under them. Standing
    apart, the shortened word is a label of its own, no value of the one before it, and
    filled by what is written after it; at a sentence's end ("... todos Amen.") it is
    none."""
    words = [_word("Edad:", 50, 50), _word("Temp.", 500, 50), _word("Peso.", 50, 150)]
    said: list[tuple[str, str]] = []
    assert form_slots(_page([]), words, explain=said) == Slots(empty=3, filled=0)
    assert said == [("Edad:", "empty"), ("Temp.", "empty"), ("Peso.", "empty")]
    filled = [*words[:2], _word("36.5", 700, 50), _word("Peso.", 50, 150),
              _word("72", 250, 150), _word("kg", 300, 150)]
    said = []
    assert form_slots(_page([]), filled, explain=said) == Slots(empty=1, filled=2)
    assert said == [("Edad:", "empty"), ("Temp.", "value 36.5"), ("Peso.", "value 72")]
    sentence = [_word("Date:", 50, 50), _word("todos", 50, 150), _word("Amen.", 150, 150)]
    said = []
    form_slots(_page([]), sentence, explain=said)
    assert said == [("Date:", "empty")]


def test_a_table_head_is_filled_by_the_row_under_it() -> None:
    """Labels heading a table ("Name", "Relationship"), a line ruled just under them: the
    values are in the row below the line, typed or written by hand."""
    words = [_word("Name", 50, 50), _word("Relationship", 500, 50),
             _word("Ana", 50, 120), _word("Ruiz", 130, 120)]
    image = _page([("line", (40, 92, 1150, 92)), ("line", (40, 170, 1150, 170)),
                   ("pen", (520, 120, 800, 150))])
    said: list[tuple[str, str]] = []
    assert form_slots(image, words, explain=said) == Slots(empty=0, filled=2)
    assert said == [("Name", "value below"), ("Relationship", "written")]


def _box_form(fill: str) -> Image.Image:
    """A volunteer application printed in boxes, each box's label at its top left and no
    colon, as a 300-dpi scanner makes it; ``fill``: "blank", "typed" (the values typed
    under the labels) or "hand" (a pen's strokes there, which OCR reads as nothing)."""
    image = make.page_image(["Riverside Community Food Bank", "Volunteer application"])
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=40)
    boxes = [("Full name", "Rosa Gutierrez"), ("Date of birth", "03/14/1985"),
             ("Address", "12 Oak Street"), ("City", "Houston"), ("Phone", "713 555 0199"),
             ("Email", "rosa@example.org"), ("Occupation", "Cook"),
             ("Emergency contact", "Luis Gutierrez")]
    for number, (label, value) in enumerate(boxes):
        left, top = 250 + (number % 2) * 1000, 800 + (number // 2) * 260
        draw.rectangle((left, top, left + 960, top + 220), outline=0, width=3)
        draw.text((left + 20, top + 15), label, font=font, fill=0)
        if fill == "typed":
            draw.text((left + 40, top + 110), value, font=font, fill=0)
        elif fill == "hand":
            draw.line([(left + 40 + step * 6, top + 140 + 16 * math.sin(step / 3.0))
                       for step in range(70)], fill=40, width=5)
    return image


def test_a_form_printed_in_boxes_left_blank_is_none_and_filled_is_not_blank(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    blank = make.save_image(_box_form("blank"), tmp_path / "blank.png")
    assert _suggested(services, case_id, blank)[:2] == ("none", "blank_form")
    for fill in ("typed", "hand"):
        filled = make.save_image(_box_form(fill), tmp_path / f"{fill}.png")
        assert _suggested(services, case_id, filled)[1] != "blank_form", fill


def _choices(y: int, ticked: str = "[ ]") -> list[list[object]]:
    """A row of choices to tick at ``y``: "Excellent [ ] Good [ ]", the second box as
    ``ticked`` says: "[ ]" (empty, or ticked in ink on the picture), "[X]" (a mark typed
    in it) or what OCR reads of a box a pen ticked ("DX")."""
    second = {"[ ]": [_word("[", 380, y), _word("]", 417, y)],
              "[X]": [_word("[", 380, y), _word("X", 400, y), _word("]", 420, y)],
              "DX": [_word("DX", 380, y)]}[ticked]
    return [_word("Excellent", 50, y), _word("[", 225, y), _word("]", 262, y),
            _word("Good", 295, y), *second]


def test_choices_to_tick_are_guidance_until_one_is_ticked() -> None:
    """"Conduct:" over a row of choices to tick: empty while no box is ticked; a mark
    typed in a box, ink in one, or a box OCR read as something else fills it. "Sex:
    [ ] M [ ] F" on one row is as empty, "Sex: ☒ M" filled."""
    label = [_word("Conduct:", 50, 50)]
    cases = [(_choices(95), [], "empty"),
             (_choices(95), [("tick", (385, 100, 412, 122))], "value below"),
             (_choices(95, "[X]"), [], "value below"),
             (_choices(95, "DX"), [], "value below")]
    for words, ink, found in cases:
        said: list[tuple[str, str]] = []
        form_slots(_page(ink), label + words, explain=said)
        assert said == [("Conduct:", found)], (words, ink)
    sex = [_word("Sex:", 50, 50), _word("\u2610", 140, 50), _word("M", 170, 50),
           _word("\u2610", 210, 50), _word("F", 240, 50)]
    said = []
    assert form_slots(_page([]), sex, explain=said) == Slots(empty=1, filled=0)
    said = []
    form_slots(_page([]), [*sex[:1], _word("\u2612", 140, 50), *sex[2:]], explain=said)
    assert said == [("Sex:", "value \u2612")]


RATED = ["Academic Performance:", "Social Skills:", "Attendance:", "General Conduct:"]
CHOICES = ["Excellent", "Good", "Average", "Poor"]


def _rating_form(fill: str) -> Image.Image:
    """A school's recommendation form as a 300-dpi scanner makes it: places for the
    student's name and the date, then four qualities to rate, each over a row of
    choices to tick ("Excellent [ ] Good [ ] ..."); ``fill``: "blank" or "hand" (one box
    of each row crossed with a pen, the rest left as printed)."""
    image = make.page_image(["Hillside Primary School", "Student recommendation form"])
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=40)
    y = 750
    for label in ("Student Name:", "Date:"):
        draw.text((250, y), label, font=font, fill=0)
        y += 150
    for number, label in enumerate(RATED):
        draw.text((250, y), label, font=font, fill=0)
        x = 250
        for choice in CHOICES:
            draw.text((x, y + 55), f"{choice} [   ]", font=font, fill=0)
            if fill == "hand" and choice == CHOICES[number]:
                box = x + draw.textlength(f"{choice} [ ", font=font)
                draw.line((box - 10, y + 60, box + 30, y + 95), fill=30, width=5)
                draw.line((box + 30, y + 60, box - 10, y + 95), fill=30, width=5)
            x += int(draw.textlength(f"{choice} [   ]", font=font)) + 80
        y += 230
    return image


def _rating_pdf(path: Path, *, typed: bool) -> Path:
    """The same form made on a computer, its boxes typed "[ ]"; ``typed``: one box of
    each row ticked by typing an X in it before it was saved."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Hillside Primary School", fontsize=16)
    page.insert_text((72, 96), "Student recommendation form", fontsize=12)
    y = 150
    for label in ("Student Name:", "Date:"):
        page.insert_text((72, y), label, fontsize=11)
        y += 30
    for number, label in enumerate(RATED):
        page.insert_text((72, y), label, fontsize=11)
        page.insert_text((72, y + 15), "   ".join(
            f"{choice} [{'X' if typed and choice == CHOICES[number] else ' '}]"
            for choice in CHOICES), fontsize=11)
        y += 40
    doc.save(path)
    return path


def test_a_rating_form_left_unticked_is_blank_and_ticked_is_not(
    services: Services, case_id: int, tmp_path: Path
) -> None:
    """Scanned and read by the real Tesseract, and made on a computer: a form whose only
    answers are ticks is blank while no box is ticked."""
    blank = make.save_image(_rating_form("blank"), tmp_path / "blank.png")
    assert _suggested(services, case_id, blank)[:2] == ("none", "blank_form")
    ticked = make.save_image(_rating_form("hand"), tmp_path / "hand.png")
    assert _suggested(services, case_id, ticked)[1] != "blank_form"
    blank_pdf = _rating_pdf(tmp_path / "blank.pdf", typed=False)
    assert _suggested(services, case_id, blank_pdf)[:2] == ("none", "blank_form")
    typed_pdf = _rating_pdf(tmp_path / "typed.pdf", typed=True)
    assert _suggested(services, case_id, typed_pdf)[1] != "blank_form"


def test_a_page_without_labels_has_no_places() -> None:
    words = [_word("Dear", 50, 50), _word("Maria,", 140, 50)]
    assert form_slots(_page([]), words) == Slots()


def _broken(*_args: object, **_kwargs: object) -> Slots:
    raise ValueError("a page that defeats the measure")


def test_a_page_whose_places_cannot_be_measured_is_still_read_and_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The places are a hint to the assistant: a fault measuring them costs the hint,
    never the page's reading or the file's import."""
    monkeypatch.setattr(form_slots_module, "form_slots", _broken)
    scan = make.save_image(_clinic_form("blank"), tmp_path / "blank.png")
    outcome = processing.run_page_job(processing.PageJob(
        page_id=1, source=scan, kind="image", index=0, out_dir=tmp_path / "out",
        tmp_root=tmp_path))
    assert outcome.error is None and "Patient" in outcome.text
    assert outcome.slots == Slots()
    info = pdfs._inspect_here(_native_form(tmp_path / "blank.pdf", typed=False))  # here: patched
    assert "Patient" in info.pages[0].text and info.pages[0].slots == Slots()

"""Names, addresses and dates of birth read off documents: forgiving of accents, order,
middle names, initials and OCR's misread letters; firm when it is someone else."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.review import text

APPLICANT = "María Elena Hernández López"
TODAY = dt.date(2026, 1, 1)


@pytest.mark.parametrize("found", [
    "Maria Hernandez", "MARIA HERNANDEZ LOPEZ", "maria elena hernandez", "M. Hernandez",
    "Marla Hernandcz",  # OCR: i -> l, e -> c
    "Maria Lopez", "Elena Hernández",
])
def test_the_applicant_under_other_spellings(found: str) -> None:
    assert text.same_person(found, APPLICANT)


@pytest.mark.parametrize("found", ["Jose Gonzalez", "Maria Gonzalez", "Jose Hernandez",
                                   "Roberto Lopez Diaz"])
def test_someone_else(found: str) -> None:
    assert not text.same_person(found, APPLICANT)


def test_names_are_read_from_labelled_fields_only() -> None:
    page = ("Harris Health\nPatient Name: HERNÁNDEZ, MARÍA E.\nEmployer Name: Acme Roofing\n"
            "Employee: Jose Ruiz  Pay date: 01/02/2025\nthe name: of nobody\n")
    assert text.labelled_names(page) == ["maria e hernandez", "jose ruiz"]


def test_addresses() -> None:
    case = "1418 Cedar Avenue, Apt 2, Houston TX 77002"
    assert text.same_address("1418 Cedar Ave. #2 Houston", case)
    assert text.same_address("1418 Ccdar Av, Houston", case)  # OCR
    assert not text.same_address("22 Elm Street, Dallas", case)
    assert not text.same_address("1481 Cedar Avenue", case)  # another house
    assert text.mentions_address(text.tokens("we moved to 1418 cedar avenue in may"), case)


def test_dates_of_birth() -> None:
    dob = dt.date(1988, 3, 14)
    page = ("Date of birth: 03/14/1988\nDOB: March 14, 1988\n"
            "Fecha de nacimiento: 14 de marzo de 1988")
    assert text.labelled_birth_dates(page, TODAY) == [dob, dob, dob]
    assert text.same_birth_date(dt.date(1988, 3, 14), dob, ocr=False)
    assert text.same_birth_date(dt.date(1988, 3, 14), dt.date(1988, 3, 14), ocr=True)
    assert text.same_birth_date(dt.date(1986, 3, 14), dob, ocr=True)  # one digit misread
    assert not text.same_birth_date(dt.date(1986, 3, 14), dob, ocr=False)
    assert text.same_birth_date(dt.date(1988, 4, 3), dt.date(1988, 3, 4), ocr=False)
    assert not text.same_birth_date(dt.date(1979, 7, 21), dob, ocr=True)

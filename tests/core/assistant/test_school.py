"""School papers: one that shows where the child
lives (an enrollment letter or form with the home address) is proof of residence; one about
how the child does at school (a report card, attendance, a teacher's letter on progress) is a
community tie. A school paper that says neither is left for review."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.assistant import suggest_for_text
from desktop_app.core.samples import document_by_name, document_text

TODAY = dt.date(2025, 6, 1)

PAPERS = [
    ("residence", "school_enrollment",
     "Lincoln Unified School District\nVerification of Enrollment\nStudent: Ana Ruiz\n"
     "Grade: 3\nThe student named above is enrolled at Lincoln Elementary School for the "
     "2024-2025 school year.\nHome address: 88 Elm Court, Apt 12, Dallas, TX 75211"),
    ("residence", "school_enrollment",
     "Distrito Escolar Independiente de Houston\nConstancia de Inscripción\nAlumna: Ana Ruiz"
     "\nGrado: 3\nLa alumna está inscrita en la Escuela Primaria Lincoln durante el ciclo "
     "escolar 2024-2025.\nDomicilio: 88 Elm Court, Apt 12, Dallas, TX 75211"),
    ("residence", "school_enrollment",
     "Escola Municipal Paulo Freire\nDeclaração de Matrícula\nDeclaramos que o aluno Pedro "
     "Souza está matriculado no 4º ano do ensino fundamental no ano letivo de 2024.\n"
     "Endereço residencial: Rua das Flores, 120"),
    ("community", "school_record",
     "Roosevelt Middle School\nReport Card - Quarter 2\nStudent: Ana Ruiz   Grade: 7\n"
     "Reading A  Math B+  Science A-\nDays absent: 1   Tardies: 0\n"
     "Teacher's comments: Ana works hard and helps her classmates."),
    ("community", "school_record",
     "Lincoln Elementary School\nAttendance Record 2023-2024\nStudent: Ana Ruiz\n"
     "Days present: 172   Days absent: 3\nPerfect attendance in the spring term."),
    ("community", "school_record",
     "Escuela Primaria Benito Juárez\nBoleta de Calificaciones\nAlumno: Pedro Ruiz\n"
     "Español 9, Matemáticas 10, Ciencias 9\nAsistencia: 180 de 185 días"),
]


@pytest.mark.parametrize(("category", "document_type", "text"), PAPERS,
                         ids=["en-enrollment", "es-enrollment", "pt-enrollment",
                              "en-report-card", "en-attendance", "es-report-card"])
def test_enrollment_is_residence_and_progress_is_community(
        category: str, document_type: str, text: str) -> None:
    found = suggest_for_text(text, today=TODAY)
    assert found.category == category, (found.reason, found.confidence)
    assert found.document_type == document_type


def test_a_school_paper_that_says_neither_is_left_for_review() -> None:
    found = suggest_for_text("Lincoln Elementary School\nStudent: Ana Ruiz\nGrade: 3\n"
                             "Teacher: Mrs. Lopez", today=TODAY)
    assert found.category is None
    assert found.best_guess in ("residence", "community")


def test_the_sample_enrollment_letter_is_filed_under_residence() -> None:
    spec = document_by_name("school-enrollment-2024.jpg")
    assert spec.category == "residence"  # it shows the home address
    found = suggest_for_text(document_text(spec), today=TODAY)
    assert found.category == "residence"
    assert found.document_type == "school_enrollment"

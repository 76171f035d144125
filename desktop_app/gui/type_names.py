"""The assistant's document types by name, in the window's language.

Core keeps the English names (``core/assistant/knowledge.py``): they make the suggested
exhibit titles, which the packet prints in English. The window shows the type in the
user's language, the way ``models.language_label`` and ``models.tab_label`` do for
languages and tabs. A test holds this table to the assistant's list of types.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("DocumentTypes", text)


def type_names() -> dict[str, str]:
    """Every document type's key and its name in the window's language."""
    return {
        "lease": tr("Lease"),
        "rent_receipt": tr("Rent receipt"),
        "utility_bill": tr("Utility bill"),
        "bank_statement": tr("Bank statement"),
        "proof_of_address": tr("Proof of address"),
        "tax_return": tr("Tax return"),
        "w2": tr("W-2"),
        "pay_stub": tr("Pay stub"),
        "employer_letter": tr("Employer letter"),
        "work_authorization": tr("Work authorization"),
        "medical_record": tr("Medical record"),
        "psych_evaluation": tr("Psychological evaluation"),
        "treatment": tr("Prescription or treatment"),
        "support_letter": tr("Letter of support"),
        "volunteer_record": tr("Volunteer record"),
        "school_enrollment": tr("School enrollment"),
        "school_record": tr("School record"),
        "identity": tr("Identity document"),
        "agency_correspondence": tr("Correspondence from the agency"),
        "other": tr("Other"),
        "home_ownership": tr("Mortgage or home ownership"),
        "housing_assistance": tr("Housing or energy assistance"),
        "employment_form": tr("Employment application or verification"),
        "rental_application": tr("Rental application"),
        "health_insurance": tr("Health insurance card"),
        "medical_claim": tr("Medical claim or bill"),
        "intake_form": tr("Patient form"),
        "receipt_invoice": tr("Receipt or invoice"),
        "advertisement": tr("Flyer, coupon or menu"),
        "academic_paper": tr("Academic paper"),
        "vehicle": tr("Vehicle paper"),
        "blank_form": tr("Blank form"),
        "course": tr("Course certificate"),
        "resume": tr("Résumé"),
    }


def type_label(key: str | None) -> str:
    """Document type ``key``'s name in the window's language ("Other" if unknown)."""
    names = type_names()
    return names.get(key or "", names["other"])

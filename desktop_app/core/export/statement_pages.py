"""The applicant's statement in the packet, after the cover: "Statement of NAME", its
sections with their citations as links, the declaration and the applicant's signature.

A statement written in Spanish is printed as written (Spanish headings and declaration),
then its English translation, then the translator's certificate. When the applicant does
not read English, a certificate of interpretation follows: someone read the statement to
them in their language and they said it is true.

Packet text: stays in English whatever the window's language (the Spanish original's
own words are fixed Spanish, not a translation of the interface).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pymupdf

from desktop_app.core.export.extras import signature_fields
from desktop_app.core.export.plan import Certificate
from desktop_app.core.export.prose import LEFT, RIGHT, PageLinks, Prose, Resolve
from desktop_app.core.export.typeset import (
    GREY,
    INK,
    LETTER,
    Canvas,
    Fonts,
    format_date,
    wrap,
)
from desktop_app.core.export.written import (
    Interpretation,
    Signature,
    StatementPages,
    WrittenSection,
)
from desktop_app.i18n import _

SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
DECLARATION_ES = ("Declaro bajo pena de perjurio, conforme a las leyes de los Estados Unidos "
                  "de América, que lo anterior es verdadero y correcto.")


def statement_title(applicant: str) -> str:
    return _("Statement of {name}").format(name=applicant.strip()) if applicant.strip() \
        else _("Statement of the Applicant")


def declaration() -> str:
    """28 U.S.C. § 1746: an unsworn declaration under penalty of perjury."""
    return _("I declare under penalty of perjury under the laws of the United States of "
             "America that the foregoing is true and correct.")


def _sections(prose: Prose, sections: Sequence[WrittenSection], resolve: Resolve) -> None:
    for n, section in enumerate(sections, start=1):
        prose.heading(f"{n}. {section.title}")
        for paragraph in section.paragraphs:
            prose.paragraph(paragraph, resolve)


def draw_statement(doc: pymupdf.Document, statement: StatementPages,
                   signature: Signature, fonts: Fonts, resolve: Resolve,
                   a_number: str = "") -> list[PageLinks]:
    """Append the statement's pages to ``doc``; returns each page's links (rectangle,
    packet page)."""
    links: list[PageLinks] = []
    title = statement_title(statement.applicant)
    signed = Signature(statement.applicant, "self", signature.date)
    caption = _("A-Number {number}").format(number=a_number) if a_number.strip() else ""
    if statement.english:  # written in Spanish: the original first
        prose = Prose(doc, fonts, f"Declaración de {statement.applicant}".strip())
        spanish_caption = f"Número A {a_number}" if a_number.strip() else ""
        prose.title(f"Declaración de {statement.applicant}".strip(), " · ".join(
            p for p in (spanish_caption, "Original en español; sigue su traducción al inglés.")
            if p))
        _sections(prose, statement.sections, resolve)
        _spanish_signature(prose, signed)
        prose.finish()
        links += prose.links
        prose = Prose(doc, fonts, title)
        prose.title(title, _("English translation of the statement written in Spanish"))
        _sections(prose, statement.english, resolve)
        prose.text(declaration(), gap=12)
        prose.text(_("[Signed on the Spanish original by {name} on {date}.]").format(
            name=statement.applicant, date=format_date(signature.date)), fonts.italic)
    else:
        prose = Prose(doc, fonts, title)
        prose.title(title, caption)
        _sections(prose, statement.sections, resolve)
        prose.signature(signed, declaration=declaration(),
                        who=_("Applicant"))
    prose.finish()
    links += prose.links
    if statement.certificate is not None:
        draw_statement_certificate(doc, statement.certificate, title, fonts)
        links.append([])
    if statement.interpretation is not None:
        draw_interpretation(doc, statement.interpretation, statement.applicant, title, fonts)
        links.append([])
    return links


def _spanish_signature(prose: Prose, signed: Signature) -> None:
    prose.signature(signed, declaration=DECLARATION_ES, who="Solicitante",
                    date_text=spanish_date(signed.date), labels=("Firma", "Fecha"))


def spanish_date(day: dt.date) -> str:
    return f"{day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"


def _certificate_page(doc: pymupdf.Document, fonts: Fonts, heading: str, caption: str,
                      texts: Sequence[str], name: str, address: str, phone: str) -> None:
    page = doc.new_page(width=LETTER.width, height=LETTER.height)
    canvas = Canvas(page)
    mid = LETTER.width / 2
    canvas.text(mid, 120, heading, fonts.bold, 20, INK, "center")
    canvas.text(mid, 142, caption, fonts.italic, 11, GREY, "center")
    canvas.rule(mid - 36, mid + 36, 154, INK, 1.0)
    y = 200.0
    for text in texts:
        for line in wrap(text, fonts.regular, 12, RIGHT - LEFT):
            canvas.text(LEFT, y, line, fonts.regular, 12, INK)
            y += 17
        y += 10
    signature_fields(canvas, fonts, max(y + 30, 440.0), name, address, phone)
    canvas.finish()


def draw_statement_certificate(doc: pymupdf.Document, certificate: Certificate, title: str,
                               fonts: Fonts) -> None:
    """The translator's certificate of the statement's English translation (the same
    words as an exhibit's, 8 CFR 103.2(b)(3))."""
    body = _(
        "I, {name}, certify that I am competent to translate from {language} into English, "
        "and that the attached English translation of the “{title}” is complete and "
        "accurate to the best of my knowledge and ability."
    ).format(name=certificate.translator or "_" * 24, language=certificate.language,
             title=title)
    texts = [body, *[p for p in certificate.statement.split("\n") if p.strip()]]
    _certificate_page(doc, fonts, _("Certificate of Translation"), title, texts,
                      certificate.translator, certificate.address, certificate.phone)


def draw_interpretation(doc: pymupdf.Document, interpretation: Interpretation,
                        applicant: str, title: str, fonts: Fonts) -> None:
    """Someone read the statement to the applicant in their language."""
    body = _(
        "I, {name}, certify that I am competent to interpret between {language} and "
        "English, and that I read the foregoing “{title}” to {applicant} in {language}. "
        "{applicant} told me that they understood it and that it is true and correct."
    ).format(name=interpretation.interpreter or "_" * 24, language=interpretation.language,
             title=title, applicant=applicant)
    _certificate_page(doc, fonts, _("Certificate of Interpretation"), title, [body],
                      interpretation.interpreter, interpretation.address,
                      interpretation.phone)

"""The cover letter (the packet's first pages) and the certificate of service (its last),
and how a citation reads in the packet.

The letter weighs both sides, as ICE OPLA asks of a request for prosecutorial
discretion: the relief sought, the favourable factors with their exhibits, and the
unfavourable ones with their explanation; it is signed. The certificate of service says
how, when and on whom the packet was served (through ECAS, by mail or by hand).

Packet text: stays in English whatever the window's language.
"""

from __future__ import annotations

import datetime as dt

import pymupdf

from desktop_app.core.export.numbering import PageMap
from desktop_app.core.export.plan import CoverInfo
from desktop_app.core.export.prose import LEFT, PageLinks, Prose, Resolve
from desktop_app.core.export.typeset import GREY, INK, Fonts, format_date, page_range
from desktop_app.core.export.written import Cited, Letter, ServiceInfo, Signature
from desktop_app.i18n import _

OPLA = "U.S. Immigration and Customs Enforcement\nOffice of the Principal Legal Advisor"


def cite_label(cited: Cited, page_map: PageMap, *, packet_pages: bool) -> tuple[str, int | None]:
    """"Exhibit B-2, p. 3 [packet page 27]" and page 27, as the statement prints a
    citation (``packet_pages``), or "Exhibit B-2, p. 3" as the letter does."""
    exhibit = cited.exhibit_id
    if cited.translation:
        exhibit = _("{exhibit} (translation)").format(exhibit=exhibit)
    label = _("Exhibit {exhibit}").format(exhibit=exhibit) if cited.page is None else \
        _("Exhibit {exhibit}, p. {page}").format(exhibit=exhibit, page=cited.page)
    if cited.filed_on:
        return _("{label} [filed on {date}]").format(
            label=label, date=format_date(dt.date.fromisoformat(cited.filed_on))), None
    placed = {p.exhibit_id: p for p in page_map.all_exhibits()}.get(cited.exhibit_id)
    if placed is None:  # never: the plan's citations name its own exhibits
        return label, None
    first = placed.first_page + cited.offset
    if not packet_pages:
        return label, first
    last = first + max(cited.span, 1) - 1
    where = (_("packet page {page}").format(page=first) if first == last else
             _("packet pages {pages}").format(pages=page_range(first, last)))
    return f"{label} [{where}]", first


def _salutation(recipient: str) -> str:
    return {"opla": _("Dear Chief Counsel:"),
            "field_office": _("Dear Field Office Director:"),
            "court": _("Dear Court Administrator:")}.get(recipient, _("Dear Sir or Madam:"))


def _lower_first(text: str) -> str:
    text = text.strip().rstrip(".")
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _sender(prose: Prose, signature: Signature, cover: CoverInfo) -> None:
    lines = [signature.name]
    if signature.role == "representative":
        lines += [ln for ln in signature.details.split("\n") if ln.strip()]
    else:
        lines += [ln for ln in cover.address.split("\n") if ln.strip()]
        lines += [v for v in (cover.phone, cover.email) if v.strip()]
    for line in lines[:7]:
        prose.canvas.text(LEFT, prose.y + 10, line.strip(), prose.fonts.regular, 10, GREY)
        prose.y += 12.5
    prose.y += 8


LETTER_SIZES = ((10.5, 13.8), (10.0, 12.8))  # tried in turn: the first that keeps one page


def draw_letter(doc: pymupdf.Document, letter: Letter, signature: Signature,
                cover: CoverInfo, fonts: Fonts, resolve: Resolve,
                page_map: PageMap) -> list[PageLinks]:
    """Append the cover letter's pages to ``doc``; returns each page's links. The type
    shrinks one step when that keeps the letter on one page."""
    first = doc.page_count
    for size, lead in LETTER_SIZES[:-1]:
        links = _draw_letter(doc, letter, signature, cover, fonts, resolve, page_map, size,
                             lead)
        if len(links) == 1:
            return links
        doc.delete_pages(first, doc.page_count - 1)
    size, lead = LETTER_SIZES[-1]
    links = _draw_letter(doc, letter, signature, cover, fonts, resolve, page_map, size, lead)
    if len(links) > 1:  # two pages either way: the larger type reads better
        doc.delete_pages(first, doc.page_count - 1)
        size, lead = LETTER_SIZES[0]
        links = _draw_letter(doc, letter, signature, cover, fonts, resolve, page_map, size,
                             lead)
    return links


def _draw_letter(doc: pymupdf.Document, letter: Letter, signature: Signature,
                 cover: CoverInfo, fonts: Fonts, resolve: Resolve, page_map: PageMap,
                 size: float, lead: float) -> list[PageLinks]:
    prose = Prose(doc, fonts, _("Letter regarding {name}").format(name=letter.applicant),
                  size=size, lead=lead)
    _sender(prose, signature, cover)
    prose.text(format_date(signature.date), gap=10)
    office = letter.office.strip() or (OPLA if letter.recipient == "opla" else "")
    recipient = [ln for ln in f"{office}\n{letter.office_address}".split("\n") if ln.strip()]
    for line in recipient:
        prose.text(line, gap=0)
    prose.space(8)
    re_lines = [f"{letter.applicant}" + (f", {letter.a_number}" if letter.a_number else "")]
    if letter.relief:
        re_lines.append(_("Request for {relief}").format(relief=_lower_first(letter.relief)))
    if letter.hearing_date:
        re_lines.append(_("Next hearing: {date}").format(date=format_date(letter.hearing_date)))
    for n, line in enumerate(re_lines):
        if n == 0:
            prose.canvas.text(LEFT, prose.y + prose.size, _("Re:"), fonts.bold, prose.size, INK)
        prose.canvas.text(LEFT + 36, prose.y + prose.size, line, fonts.bold, prose.size, INK)
        prose.y += prose.lead
    prose.space(12)
    prose.text(_salutation(letter.recipient), gap=8)
    prose.text(_opening(letter, signature, page_map), gap=8)
    prose.heading(_("Favorable factors"))
    for paragraph in letter.favourable:
        prose.paragraph(paragraph, resolve, x=LEFT + 16, bullet="\u2022", gap=3)
    prose.heading(_("Unfavorable factors and their explanation"))
    if letter.unfavourable:
        for paragraph in letter.unfavourable:
            prose.paragraph(paragraph, resolve)
    else:
        prose.text(_("{name} knows of no unfavorable factor to disclose.").format(
            name=letter.applicant))
    prose.space(4)
    if signature.role == "representative":
        closing = _("For these reasons, we respectfully ask that you exercise discretion in "
                    "favor of {name}. Thank you for your consideration.").format(
            name=letter.applicant)
    else:
        closing = _("For these reasons, I respectfully ask that you exercise discretion in my "
                    "favor. Thank you for your consideration.")
    prose.text(closing)
    prose.signature(signature, declaration=_("Respectfully submitted,"), then=prose.lead)
    prose.text(_("Enclosure: evidence packet, {n} pages").format(n=page_map.total), fonts.italic)
    prose.finish()
    return prose.links


def _opening(letter: Letter, signature: Signature, page_map: PageMap) -> str:
    relief = _lower_first(letter.relief) or _("a favorable exercise of discretion")
    if signature.role == "representative":
        first = _("On behalf of {name}, I respectfully submit this request for {relief}.")
    else:
        first = _("I, {name}, respectfully submit this request for {relief}.")
    text = first.format(name=letter.applicant, relief=relief)
    if letter.statement:
        holds = _("The enclosed packet holds my statement (page {statement}) and the evidence, "
                  "with an index of exhibits on page {index}.") if signature.role == "self" \
            else _("The enclosed packet holds the applicant's statement (page {statement}) and "
                   "the evidence, with an index of exhibits on page {index}.")
        text += " " + holds.format(statement=page_map.statement_first,
                                   index=page_map.index_first)
    else:
        text += " " + _("The enclosed packet holds the evidence, with an index of exhibits on "
                        "page {index}.").format(index=page_map.index_first)
    return text


def draw_service(doc: pymupdf.Document, service: ServiceInfo, signature: Signature,
                 cover: CoverInfo, title: str, fonts: Fonts, total: int) -> int:
    """Append the certificate of service; returns its page count."""
    prose = Prose(doc, fonts, _("Certificate of Service"))
    prose.space(30)
    caption = " \u00b7 ".join(v for v in (_("In the matter of {name}").format(
        name=cover.applicant), cover.a_number) if v.strip())
    prose.title(_("Certificate of Service"), caption)
    served = service.served_on.strip()
    what = _("this {title}, with all its exhibits ({n} pages)").format(
        title=title, n=total)
    day = format_date(service.date)
    if service.method == "ecas":
        on = served or _("the Department of Homeland Security, U.S. Immigration and Customs "
                         "Enforcement, Office of the Principal Legal Advisor")
        body = _("I certify that on {date}, I served a copy of {what} on {on} electronically, "
                 "through the EOIR Courts & Appeals System (ECAS).").format(
            date=day, what=what, on=on.replace("\n", ", "))
        prose.text(body)
    else:
        how = _("by first-class mail, postage prepaid") if service.method == "mail" else \
            _("by hand delivery")
        prose.text(_("I certify that on {date}, I served a copy of {what} {how}, on:").format(
            date=day, what=what, how=how), gap=10)
        for line in served.split("\n"):
            if line.strip():
                prose.text(line.strip(), gap=0, x=LEFT + 36)
        prose.space(8)
    prose.signature(signature)
    return prose.finish()

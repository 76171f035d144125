"""The review's checks: each takes the case as plain data and returns findings.

Every message says what is wrong and what to do. Checks stay quiet unless they are sure:
a finding the user has to dismiss again and again is worse than none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from desktop_app.core.review import text as words
from desktop_app.core.review.model import DocumentFacts, Finding, ReviewInput
from desktop_app.i18n import _

# --- thresholds (measured on generated scans; see tests/services/test_review_*.py) -----
GAP_DAYS = 365
LOW_CONFIDENCE = 60.0  # Tesseract's mean word confidence, 0..100
BLANK_INK = 0.002
DARK_MEAN = 70.0
LOW_DPI = 100.0
SMALL_SHORT_IN, SMALL_LONG_IN = 4.0, 6.0
ODD_RATIO = 2.2  # long side / short side (letter 1.29, legal 1.65)
ODD_LONG_IN = 14.5  # longer than legal paper
MIN_SHINGLES = 20
MIN_WORDS = 3  # a page with fewer distinct words says too little to tell papers apart
SAME_WORDS = 0.8  # Jaccard of the distinct words of two short papers that are one
SOME_WORDS = 0.15  # the least share of distinct words a poorly read copy keeps
MOST_WORDS = 0.5  # or the share of its own words a copy read only in part has in the other
SAME_TEXT = 0.75  # Jaccard of word triples
SIMILAR_TEXT = 0.5
SAME_NUMBERS = 0.6
MIN_NUMBERS = 5  # a paper with fewer numbers says too little to be matched by them
SAME_LOOK = 20  # bits of 256 that may differ between copies of one paper (facts.look_distance)
TWIN_LOOK = 10  # so close that words only half alike are the same paper
WELL_READ = 80.0  # mean word confidence at which a page's words can tell two papers apart

BUILTIN_SEVERITY = {"residence": "problem", "employment": "warning", "community": "warning",
                    "medical": "tip"}


def _page_label(doc: DocumentFacts, number: int) -> str:
    if len(doc.pages) == 1:
        return f"“{doc.title}”"
    return _("page {n} of “{title}”").format(n=number, title=doc.title)


# --- the case itself ----------------------------------------------------------------------


def missing_case_fields(data: ReviewInput) -> list[Finding]:
    case = data.case
    wanted = [
        ("date_of_birth", "warning", _("The cover sheet has no date of birth. Add it to the "
                                       "case (Edit case), so documents can be checked "
                                       "against it.")),
        ("address", "warning", _("The cover sheet has no address. Add the applicant's "
                                 "current address to the case.")),
        ("relief", "warning", _("The cover sheet does not say what is requested. Add the "
                                "relief (e.g. deferred action) to the case.")),
        ("a_number", "tip", _("The cover sheet has no A-number. Add it if the applicant "
                              "has one; the reviewer files the packet by it.")),
        ("in_us_since", "tip", _("The case does not say since when the applicant has lived "
                                 "in the US. Add it, so gaps in the residence proofs are "
                                 "checked from that date.")),
        ("key_factors", "tip", _("The cover sheet has no statement of the key factors. Add "
                                 "a sentence or two on why the request should be granted.")),
    ]
    found = [Finding("missing-case-field", severity, message,  # type: ignore[arg-type]
                     key=f"missing-case-field:{name}")
             for name, severity, message in wanted if not getattr(case, name).strip()]
    if not case.phone.strip() and not case.email.strip():
        found.append(Finding("missing-case-field", "tip",
                             _("The cover sheet has no phone number or email. Add one, so "
                               "the reviewer can reach the applicant."),
                             key="missing-case-field:contact"))
    return found


def missing_categories(data: ReviewInput) -> list[Finding]:
    filed = {d.category for d in data.documents}
    return [
        Finding("missing-category", BUILTIN_SEVERITY.get(tab.key, "warning"),  # type: ignore[arg-type]
                _("The {tab} tab is empty. Add documents that show it, or leave the tab "
                  "out of the packet if it does not apply.").format(tab=tab.title),
                key=f"missing-category:{tab.key}")
        for tab in data.tabs if tab.builtin and tab.key not in filed
    ]


# --- dates --------------------------------------------------------------------------------


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def residence_gaps(data: ReviewInput) -> list[Finding]:
    """Gaps of a year or more between residence proofs, from the arrival date the case
    gives (or the first proof) until today."""
    proofs = sorted(((d, _date(d.date)) for d in data.documents if d.category == "residence"),
                    key=lambda item: (item[1] or dt.date.max, item[0].id))
    dated = [(doc, date) for doc, date in proofs if date is not None]
    if not dated:
        return []
    start = _date(data.case.in_us_since)
    if start is not None:
        dated = [(doc, date) for doc, date in dated if date >= start]
    points: list[tuple[DocumentFacts | None, dt.date]] = [(None, start)] if start else []
    points += dated
    points.append((None, data.today))
    found = []
    for (before, since), (after, until) in zip(points, points[1:], strict=False):
        if (until - since).days < GAP_DAYS:
            continue
        months = round((until - since).days / 30.44)
        if before is None:
            message = _("No residence proof from {since} (the date the applicant came) "
                        "until {until}: {months} months. Add a lease, bill or letter from "
                        "that time.")
        elif after is None:
            message = _("No residence proof since {since}: {months} months. Add a recent "
                        "lease, bill or letter.")
        else:
            message = _("No residence proof between {since} and {until}: {months} months. "
                        "Add a lease, bill or letter from that time.")
        near = after or before
        found.append(Finding(
            "residence-gap", "problem",
            message.format(since=since.isoformat(), until=until.isoformat(), months=months),
            key=f"residence-gap:{before.id if before else 'arrival'}:"
                f"{after.id if after else 'now'}",
            document_id=near.id if near else None,
            related=tuple(d.id for d in (before, after) if d is not None),
        ))
    return found


def _months_before(today: dt.date, months: int) -> dt.date:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    for day in (today.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return dt.date(year, month, 28)


def _is_pay_stub(doc: DocumentFacts) -> bool:
    return doc.document_type == "pay_stub" or bool(
        re.search(r"\bpay ?stubs?\b|\bearnings statement\b", words.fold(doc.title)))


def not_current(data: ReviewInput) -> list[Finding]:
    """Where the reviewer wants recent evidence (medical records, pay stubs), the newest
    such document must fall inside the window. Older ones still prove history, so only
    the newest is looked at."""
    rules: list[tuple[str, int, Callable[[DocumentFacts], bool], str]] = [
        ("medical", data.settings.medical_months, lambda d: d.category == "medical",
         _("The newest medical record, “{title}”, is from {date}, more than {months} months "
           "ago. Add a recent one (a letter or visit summary from the last {months} "
           "months).")),
        ("pay-stub", data.settings.pay_stub_months, _is_pay_stub,
         _("The newest pay stub, “{title}”, is from {date}, more than {months} months ago. "
           "Add a recent one.")),
    ]
    found = []
    for rule, months, applies, message in rules:
        dated = [(d, date) for d in data.documents
                 if applies(d) and (date := _date(d.date)) is not None]
        if not dated or months <= 0:
            continue
        newest, date = max(dated, key=lambda item: (item[1], item[0].id))
        if date < _months_before(data.today, months):
            found.append(Finding(
                "not-current", "warning",
                message.format(title=newest.title, date=date.isoformat(), months=months),
                key=f"not-current:{rule}", document_id=newest.id,
            ))
    return found


# --- pages ------------------------------------------------------------------------------


def illegible_pages(data: ReviewInput) -> list[Finding]:
    found = []
    for doc in data.documents:
        for page in doc.pages:
            if page.excluded or page.status in ("pending", "processing"):
                continue
            where = _page_label(doc, page.number)
            reason = None
            if page.ink is not None and page.ink < BLANK_INK and len(page.text.strip()) < 10:
                reason = _("{where} looks blank. Leave the page out of the packet, or scan "
                           "it again.")
            elif page.mean is not None and page.mean < DARK_MEAN:
                reason = _("{where} is very dark. Scan it again, or take the photo in good "
                           "light on a plain background.")
            elif page.pixel_dpi is not None and page.pixel_dpi < LOW_DPI:
                reason = _("{where} is a very small picture ({dpi:.0f} dots per inch when "
                           "printed) and will print blurred. Scan it at 300 dpi, or take "
                           "the photo closer.")
            elif (not page.native_text and page.status == "done"
                  and page.confidence is not None and page.confidence < LOW_CONFIDENCE
                  and page.text.strip()):
                reason = _("{where} is hard to read (the text was read with only {conf:.0f} "
                           "% confidence). Scan it again, flat, sharp and in good light.")
            if reason:
                found.append(Finding(
                    "illegible-page", "warning",
                    reason.format(where=where[:1].upper() + where[1:], dpi=page.pixel_dpi or 0,
                                  conf=page.confidence or 0),
                    key=f"illegible-page:{page.id}", document_id=doc.id, page_id=page.id,
                ))
    return found


def small_pages(data: ReviewInput) -> list[Finding]:
    found = []
    for doc in data.documents:
        for page in doc.pages:
            if page.excluded or page.printed is None:
                continue
            short, long = sorted(page.printed)
            if short <= 0:
                continue
            where = _page_label(doc, page.number)
            where = where[:1].upper() + where[1:]
            size = f"{page.printed[0]:.1f} × {page.printed[1]:.1f} in"
            if short < SMALL_SHORT_IN or long < SMALL_LONG_IN:
                message = _("{where} prints at only {size}, smaller than 4 × 6 inches. Scan "
                            "it on a letter-size page (a copy shop can enlarge it).")
            elif long / short > ODD_RATIO or long > ODD_LONG_IN:
                message = _("{where} is oddly sized ({size}). Copy or scan it onto a "
                            "letter-size page so it prints whole and readable.")
            else:
                continue
            found.append(Finding("small-page", "warning", message.format(where=where, size=size),
                                 key=f"small-page:{page.id}", document_id=doc.id,
                                 page_id=page.id))
    return found


# --- documents ----------------------------------------------------------------------------


def needs_translation(data: ReviewInput) -> list[Finding]:
    return [
        Finding("needs-translation", "problem",
                _("“{title}” is not in English and has no translation. Add a certified "
                  "English translation and pair it with the document (Translation of…).")
                .format(title=d.title),
                key=f"needs-translation:{d.id}", document_id=d.id)
        for d in data.documents
        if d.language not in (None, "", "en") and not d.translated
        and d.translation_of is None
    ]

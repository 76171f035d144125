"""The cover letter's default text, drawn from the case: what each tab shows with its
exhibits, how long the applicant has lived here, what the statement speaks to.

The letter's default text is packet text, in English whatever the window's language
(``packaging/extract_messages.py`` lists these functions).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop_app.core.exhibits import exhibit_number
from desktop_app.core.models import Case
from desktop_app.i18n import _
from desktop_app.services.packets import TAB_DESCRIPTIONS, Packets

MAX_TITLES = 4  # exhibit titles named per tab in the letter's draft
# What each section of the statement speaks to, inside a sentence of the letter.
TOPICS = {
    "residence": "residence in the United States",
    "family": "family ties",
    "work": "work and support",
    "community": "community ties",
    "hardship": "health and hardship",
    "compliance": "compliance with past obligations",
}


def exhibit_range(ids: Sequence[str]) -> str:
    """"Exhibits A-1 to A-4", "Exhibit B-1", "Exhibits C-1, C-3 and C-4"."""
    if not ids:
        return ""
    if len(ids) == 1:
        return _("Exhibit {exhibit}").format(exhibit=ids[0])
    numbers = [exhibit_number(i) for i in ids]
    if numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        return _("Exhibits {first} to {last}").format(first=ids[0], last=ids[-1])
    return _("Exhibits {items} and {last}").format(items=", ".join(ids[:-1]), last=ids[-1])


def draft_favourable(packets: Packets, case: Case, filled: Sequence[str]) -> str:
    """One paragraph per point: how long the applicant has lived here, what each tab
    shows and its exhibits, and what the statement explains (its filled sections but
    the unfavourable one)."""
    points: list[str] = []
    name = case.name.strip() or _("The applicant")
    if case.in_us_since:
        since = dt.date.fromisoformat(case.in_us_since)
        points.append(_("{name} has lived in the United States since {month} {year}.").format(
            name=name, month=_(since.strftime("%B")), year=since.year))
    _letters, ids = packets.exhibit_numbers(case.id)
    for tab, docs in packets.exhibit_documents(case.id):
        if not docs:
            continue
        shows = TAB_DESCRIPTIONS.get(tab.key, "").split(":")[0].strip() or tab.title
        titles = [d.title for d in docs[:MAX_TITLES]]
        more = len(docs) - len(titles)
        listed = "; ".join(titles) + (_("; and {n} more").format(n=more) if more else "")
        points.append(_("{shows} ({exhibits}): {titles}.").format(
            shows=_(shows), exhibits=exhibit_range([ids[d.id] for d in docs]),
            titles=listed.rstrip(".")))
    explained = [_(TOPICS[k]) for k in filled if k in TOPICS]
    if explained:
        joined = explained[0] if len(explained) == 1 else _("{items} and {last}").format(
            items=", ".join(explained[:-1]), last=explained[-1])
        points.append(_("The statement of {name}, which follows the cover sheet, speaks to "
                        "{sections}.").format(name=name, sections=joined))
    return "\n".join(points)

"""Dates the user types: ISO, numeric, or written out; never in the future. And which dates
read off a document are plausible as the date it speaks for (``doubt``).

Numeric dates follow the user's language: 05/12/2023 is May 12 in English and 5 December
in Spanish. A date that can only be read one way (25/12/2023, 12/25/2023) is read that
way whatever the language."""

from __future__ import annotations

import datetime as dt
import re

from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _
from desktop_app.i18n import day_first as language_day_first

# Papers an applicant brings speak for the applicant's life: a date read off one before this,
# or before the applicant was born, is a date of birth, a form's edition or a misread year.
EARLIEST_EVIDENCE = dt.date(1950, 1, 1)

MONTHS = {  # month names and abbreviations, English and Spanish
    name: number
    for number, names in enumerate(
        [
            ("january", "jan", "enero", "ene"),
            ("february", "feb", "febrero"),
            ("march", "mar", "marzo"),
            ("april", "apr", "abril", "abr"),
            ("may", "mayo"),
            ("june", "jun", "junio"),
            ("july", "jul", "julio"),
            ("august", "aug", "agosto", "ago"),
            ("september", "sep", "sept", "septiembre", "setiembre"),
            ("october", "oct", "octubre"),
            ("november", "nov", "noviembre"),
            ("december", "dec", "diciembre", "dic"),
        ],
        start=1,
    )
    for name in names
}


def parse_user_date(text: str | None, today: dt.date | None = None,
                    day_first: bool | None = None) -> str | None:
    """``text`` as an ISO date string; ``None`` for an empty value. ``day_first``: the
    order of a numeric date; ``None`` takes the user's language's."""
    if text is None or not text.strip():
        return None
    value = text.strip().lower()
    if day_first is None:
        day_first = language_day_first()
    parsed = _parse(value, day_first)
    if parsed is None:
        raise InvalidInputError(
            _("“{text}” is not a date I can read.").format(text=text),
            _("Write it like 2023-05-12 or 12/05/2023 (day, month, year).") if day_first
            else _("Write it like 2023-05-12 or 05/12/2023."),
        )
    if parsed > (today or dt.date.today()):
        raise InvalidInputError(_("{date} is in the future.").format(date=parsed.isoformat()))
    return parsed.isoformat()


def _parse(value: str, day_first: bool = False) -> dt.date | None:
    patterns: list[tuple[str, tuple[str, str, str]]] = [
        (r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", ("y", "m", "d")),
        (r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})", ("a", "b", "y")),
        (r"([a-z]+)\.? (\d{1,2}),? (\d{4})", ("M", "d", "y")),
        (r"(\d{1,2}) (?:de )?([a-z]+)\.?,? (?:de )?(\d{4})", ("d", "M", "y")),
    ]
    for pattern, order in patterns:
        match = re.fullmatch(pattern, value)
        if not match:
            continue
        groups = [g for g in match.groups() if g not in ("-", "/", ".")]
        parts = dict(zip(order, groups, strict=True))
        if "a" in parts:
            return _numeric(int(parts["a"]), int(parts["b"]), int(parts["y"]), day_first)
        month = MONTHS.get(parts["M"]) if "M" in parts else int(parts["m"])
        if month is None:
            return None
        try:
            return dt.date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            return None
    return None


def _numeric(a: int, b: int, year: int, day_first: bool) -> dt.date | None:
    """``a/b/year`` in the expected order, or the other one when only that is a date."""
    month, day = (b, a) if day_first else (a, b)
    for m, d in ((month, day), (day, month)):
        try:
            return dt.date(year, m, d)
        except ValueError:
            continue
    return None


def doubt(day: dt.date, today: dt.date, birth: dt.date | None = None) -> str | None:
    """Why ``day`` cannot be the date a document about the applicant speaks for (in words
    a person reads), or None when it can be: in the future, before 1950, or before the
    applicant's date of birth (``birth``)."""
    if day > today:
        return _("it is in the future")
    if day < EARLIEST_EVIDENCE:
        return _("it is before {year}").format(year=EARLIEST_EVIDENCE.year)
    if birth is not None and day < birth:
        return _("it is before the applicant's date of birth")
    return None

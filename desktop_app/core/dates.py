"""Dates the user types: ISO, US month-first, or written out; never in the future."""

from __future__ import annotations

import datetime as dt
import re

from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _

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


def parse_user_date(text: str | None, today: dt.date | None = None) -> str | None:
    """``text`` as an ISO date string; ``None`` for an empty value."""
    if text is None or not text.strip():
        return None
    value = text.strip().lower()
    parsed = _parse(value)
    if parsed is None:
        raise InvalidInputError(
            _("“{text}” is not a date I can read.").format(text=text),
            _("Write it like 2023-05-12 or 05/12/2023."),
        )
    if parsed > (today or dt.date.today()):
        raise InvalidInputError(_("{date} is in the future.").format(date=parsed.isoformat()))
    return parsed.isoformat()


def _parse(value: str) -> dt.date | None:
    patterns: list[tuple[str, tuple[str, str, str]]] = [
        (r"(\d{4})-(\d{1,2})-(\d{1,2})", ("y", "m", "d")),
        (r"(\d{1,2})/(\d{1,2})/(\d{4})", ("m", "d", "y")),
        (r"([a-z]+)\.? (\d{1,2}),? (\d{4})", ("M", "d", "y")),
        (r"(\d{1,2}) (?:de )?([a-z]+)\.? (?:de )?(\d{4})", ("d", "M", "y")),
    ]
    for pattern, order in patterns:
        match = re.fullmatch(pattern, value)
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = MONTHS.get(parts["M"]) if "M" in parts else int(parts["m"])
        if month is None:
            return None
        try:
            return dt.date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            return None
    return None

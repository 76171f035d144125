"""The date a document speaks for: a letter's date, a statement period's end, a pay date,
a tax year.

Every date written in the text is a candidate: ISO (2023-05-12), US month-first numbers
(05/12/2023, 5-12-23), and written dates in English and Spanish ("May 12, 2023",
"12 May 2023", "9 de agosto de 2023"). Written dates are read with ``dateparser`` (offline,
restricted to English and Spanish, past dates preferred), which knows the long tail of
month spellings and abbreviations. Each candidate is scored by the words just before it
("Pay date:", "Statement period ... to", "Date of birth" counts against) and by where it
sits (a letter's date is near the top). Future and impossible dates are never offered.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop_app.core.assistant.text import fold
from desktop_app.core.dates import MONTHS

# Longest names first, so "septiembre" is not read as "sep".
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    ("numeric", re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b")),
    ("written", re.compile(
        rf"\b(?:({_MONTH_WORDS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"
        rf"|(\d{{1,2}})(?:ro|o|st|nd|rd|th)?\s+(?:de\s+)?({_MONTH_WORDS})\.?,?\s+"
        rf"(?:de\s+|del\s+)?(\d{{4}}))\b")),
    ("tax_year", re.compile(
        r"\b(?:tax year|for the year|ano fiscal|w 2|w-2|form 1040|1040|wage and tax "
        r"statement)\D{0,40}?((?:19|20)\d{2})\b")),
    ("tax_year", re.compile(  # the year printed before the form's name: "2018 Form W-2"
        r"\b((?:19|20)\d{2})\s+(?:form\s+)?(?:w-2|w 2|1040)\b")),
)

# (words just before the date, score): what the date is for.
_CONTEXT: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(r"\b" + pattern + r"\W{0,3}\s*$"), score)
    for pattern, score in (  # the first that matches counts: specific before general
        (r"(date of birth|birth date|dob|born|fecha de nacimiento|nacio el|nacido el|"
         r"nacida el)", -12.0),
        (r"(expires|expiration|expiration date|exp|vence|vencimiento|valid until|"
         r"card expires|fecha de vencimiento)", -8.0),
        (r"(due date|due|pay by|pagar antes de|fecha limite)", -3.0),
        (r"(start date|hire date|date of hire|fecha de ingreso|move in date)", -2.5),
        (r"(pay date|check date|fecha de pago|payment date|pay day)", 6.0),
        (r"(statement date|bill date|billing date|fecha de factura|fecha de emision|"
         r"issue date|date issued|fecha de expedicion|closing date)", 5.0),
        (r"(visit date|date of service|fecha de consulta|date of visit)", 4.0),
        (r"(date|fecha|dated|fechado)", 4.5),
        (r"(period ending|period end|through|thru|to|al|hasta|a)", 3.0),
        (r"(since|desde|beginning|hired|from|del|de|started|period beginning|"
         r"commencing|starting)", -2.5),
        (r"(signed|firmado|on)", 1.0),
    )
)


RECENT_BONUS = 1.0  # a paper speaks for its latest date more often than for an older one


@dataclass(frozen=True)
class DateGuess:
    date: str | None  # ISO
    confidence: float
    evidence: str  # the text the date was read from


@dataclass(frozen=True)
class _Candidate:
    day: dt.date
    start: int
    text: str
    kind: str
    score: float


def _year(value: str) -> int:
    year = int(value)
    if year < 100:
        year += 2000 if year <= dt.date.today().year % 100 else 1900
    return year


def _numeric(a: str, b: str, year: str, day_first: bool) -> tuple[dt.date | None, bool]:
    """US month-first (day-first for papers in Spanish, French, Portuguese or Creole);
    the other order only when the first is impossible. Returns the date and whether the
    other order would also have been a real date."""
    y = _year(year)
    if day_first:
        a, b = b, a
    try:
        first = dt.date(y, int(a), int(b))
    except ValueError:
        first = None
    try:
        other = dt.date(y, int(b), int(a))
    except ValueError:
        other = None
    if first is not None:
        return first, other is not None and other != first
    return other, False


def _written(match: re.Match[str]) -> dt.date | None:
    # Imported here: it costs ~0.3 s, paid only when a document is read.
    import dateparser  # type: ignore[import-untyped]

    text = match.group(0)
    parsed = dateparser.parse(
        text,
        languages=["en", "es"],
        settings={"PREFER_DATES_FROM": "past", "DATE_ORDER": "MDY",
                  "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True},
    )
    if parsed is not None:
        return parsed.date()
    groups = match.groups()  # dateparser refused it (an OCR slip); read it ourselves
    month_name, day, year = (groups[0], groups[1], groups[2]) if groups[0] else (
        groups[4], groups[3], groups[5])
    try:
        return dt.date(int(year), MONTHS[month_name], int(day))
    except (ValueError, KeyError, TypeError):
        return None


def _candidates(text: str, today: dt.date, day_first: bool = False) -> list[_Candidate]:
    found: list[_Candidate] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            ambiguous = False
            day: dt.date | None
            if kind == "iso":
                try:
                    day = dt.date(*(int(g) for g in match.groups()))
                except ValueError:
                    day = None
            elif kind == "numeric":
                first, second, year = match.groups()
                day, ambiguous = _numeric(first, second, year, day_first)
            elif kind == "written":
                day = _written(match)
            else:
                day = dt.date(int(match.group(1)), 12, 31)
            if day is None or day > today or day.year < 1900:
                continue
            score = {"iso": 0.5, "numeric": 0.0, "written": 1.0, "tax_year": 1.5}[kind]
            if ambiguous:
                score -= 0.5
            found.append(_Candidate(day, match.start(), match.group(0), kind, score))
    return found


def _context_score(text: str, candidate: _Candidate, length: int) -> float:
    before = text[max(0, candidate.start - 40):candidate.start]
    line_start = before.rfind("\n")
    near = before[line_start + 1:] if line_start >= 0 else before
    score = 0.0
    for pattern, value in _CONTEXT:
        if pattern.search(near):
            score = value
            break
    if candidate.start < max(400, length // 4):
        score += 1.0  # a letter's date, a statement's header
    return score


def find_date(
    text: str, document_type: str = "", today: dt.date | None = None, *, day_first: bool = False
) -> DateGuess:
    """The date ``text`` speaks for, with a confidence (0-1) and the words it came from.
    ``day_first``: read 05/12/2023 as 5 December (a paper from Latin America)."""
    today = today or dt.date.today()
    folded = fold(text)
    candidates = _candidates(folded, today, day_first)
    if not candidates:
        return DateGuess(None, 0.0, "")
    scored = []
    for c in candidates:
        score = c.score + _context_score(folded, c, len(folded))
        if c.kind == "tax_year" and document_type not in ("w2", "tax_return"):
            score -= 4.0
        if c.kind == "tax_year" and document_type in ("w2", "tax_return"):
            score += 4.0
        scored.append((score, c))
    latest = max(c.day for c in candidates)
    scored = [(score + (RECENT_BONUS if c.day == latest else 0.0), c) for score, c in scored]
    best_by_day: dict[dt.date, tuple[float, _Candidate]] = {}
    for score, c in scored:
        held = best_by_day.get(c.day)
        # The same date written twice counts a little more.
        bonus = 0.5 if held else 0.0
        if held is None or score + bonus > held[0]:
            best_by_day[c.day] = (score + bonus, c)
    ranked = sorted(best_by_day.values(), key=lambda item: (-item[0], -item[1].day.toordinal()))
    top_score, top = ranked[0]
    runner = ranked[1][0] if len(ranked) > 1 else -5.0
    margin = top_score - runner
    confidence = max(0.0, min(1.0, 0.5 + 0.12 * margin + 0.05 * top_score))
    if top_score < -1.0:
        confidence = min(confidence, 0.3)
    return DateGuess(top.day.isoformat(), round(confidence, 2), top.text.strip())

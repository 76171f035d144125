"""The written parts of a packet (``written.py``) as JSON, for the filing record, and back."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.core.export.plan import Certificate
from desktop_app.core.export.written import (
    Cited,
    Interpretation,
    Letter,
    Paragraph,
    ServiceInfo,
    Signature,
    StatementPages,
    Written,
    WrittenSection,
)


def _runs_json(paragraphs: tuple[Paragraph, ...]) -> list[list[Any]]:
    return [[r if isinstance(r, str) else {"cite": r.__dict__.copy()} for r in p]
            for p in paragraphs]


def _runs(data: Any) -> tuple[Paragraph, ...]:
    return tuple(tuple(r if isinstance(r, str) else Cited(**r["cite"]) for r in p)
                 for p in data)


def _sections_json(sections: tuple[WrittenSection, ...]) -> list[dict[str, Any]]:
    return [{"title": s.title, "paragraphs": _runs_json(s.paragraphs)} for s in sections]


def _sections(data: Any) -> tuple[WrittenSection, ...]:
    return tuple(WrittenSection(str(s["title"]), _runs(s["paragraphs"])) for s in data)


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def to_json(written: Written) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if written.signature:
        sig = written.signature
        found["signature"] = {**sig.__dict__, "date": sig.date.isoformat()}
    if written.statement:
        st = written.statement
        found["statement"] = {
            "applicant": st.applicant, "language": st.language,
            "sections": _sections_json(st.sections), "english": _sections_json(st.english),
            "certificate": st.certificate.__dict__.copy() if st.certificate else None,
            "interpretation": st.interpretation.__dict__.copy() if st.interpretation
            else None}
    if written.letter:
        lt = written.letter
        found["letter"] = {**lt.__dict__, "hearing_date": _day(lt.hearing_date),
                           "favourable": _runs_json(lt.favourable),
                           "unfavourable": _runs_json(lt.unfavourable)}
    if written.service:
        sv = written.service
        found["service"] = {**sv.__dict__, "date": sv.date.isoformat()}
    return found


def from_json(data: dict[str, Any] | None) -> Written:
    """The written parts a filing's record keeps (nothing for a record made before)."""
    if not data:
        return Written()
    signature = statement = letter = service = None
    if data.get("signature"):
        sig = dict(data["signature"])
        signature = Signature(**{**sig, "date": dt.date.fromisoformat(sig["date"])})
    if data.get("statement"):
        st = data["statement"]
        statement = StatementPages(
            applicant=str(st["applicant"]), sections=_sections(st["sections"]),
            language=str(st["language"]), english=_sections(st["english"]),
            certificate=Certificate(**st["certificate"]) if st.get("certificate") else None,
            interpretation=Interpretation(**st["interpretation"])
            if st.get("interpretation") else None)
    if data.get("letter"):
        lt = dict(data["letter"])
        letter = Letter(**{**lt, "hearing_date": dt.date.fromisoformat(lt["hearing_date"])
                           if lt.get("hearing_date") else None,
                           "favourable": _runs(lt["favourable"]),
                           "unfavourable": _runs(lt["unfavourable"])})
    if data.get("service"):
        sv = dict(data["service"])
        service = ServiceInfo(**{**sv, "date": dt.date.fromisoformat(sv["date"])})
    return Written(signature, statement, letter, service)

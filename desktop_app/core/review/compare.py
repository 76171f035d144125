"""Checks that compare documents with each other (duplicates) and with the case (name,
address and date of birth)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from desktop_app.core.review import text as words
from desktop_app.core.review.checks import (
    BLANK_INK,
    MIN_NUMBERS,
    MIN_SHINGLES,
    MIN_WORDS,
    MOST_WORDS,
    SAME_LOOK,
    SAME_NUMBERS,
    SAME_TEXT,
    SAME_WORDS,
    SIMILAR_TEXT,
    SOME_WORDS,
    TWIN_LOOK,
    WELL_READ,
)
from desktop_app.core.review.facts import look_distance
from desktop_app.core.review.model import DocumentFacts, Finding, ReviewInput
from desktop_app.i18n import _


@dataclass(frozen=True)
class _Print:
    """What two copies of one paper share: word triples, numbers, the first page's look;
    and whether its words were read well enough to tell it from a paper like it."""

    doc: DocumentFacts
    shingles: frozenset[tuple[str, ...]]
    numbers: frozenset[str]
    look: tuple[int, ...] | None
    well_read: bool
    words: frozenset[str]  # its distinct words, for papers that say too little for triples


def _print(doc: DocumentFacts) -> _Print:
    text = doc.text
    shingles, numbers = words.text_print(text)
    first = next((p for p in doc.pages if p.look is not None
                  and (p.ink is None or p.ink >= BLANK_INK)), None)
    read = [p for p in doc.pages if p.text.strip()]
    distinct = words.distinct_words(text)
    well_read = len(distinct) >= MIN_WORDS and all(
        p.native_text or (p.confidence or 0.0) >= WELL_READ for p in read)
    return _Print(doc, shingles, numbers, first.look if first else None, well_read, distinct)


def _numbers_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Different dates and amounts make two pay stubs of one employer different papers."""
    if len(a) < 3 or len(b) < 3:
        return True
    return len(a & b) / len(a | b) >= SAME_NUMBERS


def _numbers_match(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two papers with many numbers (dates, amounts) have mostly the same ones."""
    if len(a) < MIN_NUMBERS or len(b) < MIN_NUMBERS:
        return False
    return len(a & b) / len(a | b) >= SAME_NUMBERS


def _same_paper(a: _Print, b: _Print) -> bool:
    """Whether two documents are copies of one paper.

    Well-read words decide between papers that look alike (two statements of one bank, two
    pay stubs of one employer: the same layout, other names and amounts). A copy whose words
    were read poorly (a smaller, more compressed, blurred copy, where OCR gets a different
    text) is decided by its look, which such a copy keeps."""
    if a.doc.date and b.doc.date and a.doc.date != b.doc.date:
        # Dated apart: two papers, unless what was read of one cannot be trusted (its date
        # may be a misreading) and the two look alike.
        return not (a.well_read and b.well_read) and _alike_poorly_read(a, b)
    texty = len(a.shingles) >= MIN_SHINGLES and len(b.shingles) >= MIN_SHINGLES
    similarity = 0.0
    if texty:
        small, large = sorted((len(a.shingles), len(b.shingles)))
        if small / large >= SIMILAR_TEXT and _numbers_agree(a.numbers, b.numbers):
            similarity = words.jaccard(a.shingles, b.shingles)
        if similarity >= SAME_TEXT:
            return True
    if a.well_read and b.well_read:
        if not texty:  # a card, a note: a few words, read well; they must be the same
            return _words_alike(a, b) and _look_within(a, b, SAME_LOOK, absent=True)
        if similarity >= SIMILAR_TEXT and _look_within(a, b, TWIN_LOOK):
            return True
        # OCR of a rescan may word a page differently, or read a table's columns in another
        # order (a second photo: other tilt and framing), but its dates and amounts agree; a
        # paper printed from the same template has other ones.
        return _numbers_match(a.numbers, b.numbers) and (
            _words_alike(a, b) or _look_within(a, b, SAME_LOOK))
    # What was read of one of them cannot tell: its look does.
    return _alike_poorly_read(a, b)


def _alike_poorly_read(a: _Print, b: _Print) -> bool:
    """Whether a paper read poorly is a copy of the other: it looks alike and, when both
    have words, shares some of them. Photos of two different forms may look alike at
    16x16 (a page on a table, rows of boxes); a copy read at 47 % still shares a fifth of
    its words with the original (a sign-up sheet and a notice share 2 %). A copy OCR read
    only a strip of (12 words of a small photo's 80) shares few words with the whole, but
    most of its own words are the original's."""
    if len(a.words) >= MIN_WORDS and len(b.words) >= MIN_WORDS:
        shared = len(a.words & b.words)
        if shared / len(a.words | b.words) < SOME_WORDS \
                and shared / min(len(a.words), len(b.words)) < MOST_WORDS:
            return False
    return _look_within(a, b, SAME_LOOK)


def _words_alike(a: _Print, b: _Print) -> bool:
    """Whether two papers use the same words, in whatever order they were read."""
    return len(a.words & b.words) / len(a.words | b.words) >= SAME_WORDS


def _look_within(a: _Print, b: _Print, bits: int, *, absent: bool = False) -> bool:
    """Whether the two first pages look alike within ``bits`` of 256 (``absent``: the
    answer when a page has no look, e.g. it could not be drawn). Measured only when
    needed: it is the check's costliest step."""
    if a.look is None or b.look is None:
        return absent
    return look_distance(a.look, b.look) <= bits


def _pairs(prints: list[_Print]) -> Iterator[tuple[_Print, _Print]]:
    """The pairs of documents worth comparing, in the order of the documents.

    Papers the user dated apart are two (``_same_paper``) unless the words of one of them
    cannot be trusted and the two look alike; so a dated paper is compared with the papers
    of its own date, the undated ones and, when one of the two was read poorly and both
    have a look, those of other dates. A case's papers mostly carry dates of their own:
    this spares most of the n² comparisons."""
    undated: list[int] = []
    poorly: list[int] = []
    well: list[int] = []
    by_date: dict[str, list[int]] = {}
    for i, p in enumerate(prints):
        if not p.doc.date:
            undated.append(i)
            continue
        by_date.setdefault(p.doc.date, []).append(i)
        if p.look is not None:
            (well if p.well_read else poorly).append(i)
    for i, a in enumerate(prints):
        later: Iterable[int]
        if not a.doc.date:
            later = range(i + 1, len(prints))
        else:
            found = {*by_date[a.doc.date], *undated}
            if a.look is not None:
                found.update(poorly)
                if not a.well_read:
                    found.update(well)
            later = sorted(j for j in found if j > i)
        for j in later:
            yield a, prints[j]


def duplicates(data: ReviewInput) -> list[Finding]:
    paired = {(d.id, d.translation_of) for d in data.documents if d.translation_of}
    prints = [_print(d) for d in data.documents]
    found = []
    seen: set[int] = set()
    for a, b in _pairs(prints):
        if b.doc.id in seen or (a.doc.id, b.doc.id) in paired \
                or (b.doc.id, a.doc.id) in paired:
            continue
        if _same_paper(a, b):
            first, second = sorted((a.doc, b.doc), key=lambda d: d.id)
            seen.add(second.id)
            found.append(Finding(
                "duplicate", "warning",
                _("“{title}” looks like a second copy of “{other}” (the same paper "
                  "scanned or photographed again). Remove one of them, or dismiss this "
                  "if both belong in the packet.").format(title=second.title,
                                                          other=first.title),
                key=f"duplicate:{first.id}:{second.id}", document_id=second.id,
                related=(first.id,),
            ))
    return found


def _shown(address: str) -> str:
    """A folded address as a person writes it: "22 Elm Street, Dallas TX"."""
    return " ".join(w.upper() if len(w.strip(",.")) == 2 else w.capitalize()
                    for w in address.split())


def _ocr(doc: DocumentFacts) -> bool:
    return any(not p.native_text for p in doc.pages)


def mismatches(data: ReviewInput) -> list[Finding]:
    case = data.case
    dob = words.read_date(case.date_of_birth, data.today) if case.date_of_birth else None
    recent = (data.today - dt.timedelta(days=365)).isoformat()
    found = []
    for doc in data.documents:
        if doc.translation_of is not None:
            continue  # a translation repeats its original; the original is checked
        text = doc.text
        if not text.strip():
            continue
        tokens: list[str] | None = None
        names = words.labelled_names(text) if case.name.strip() else []
        # A document about someone else (a child's school letter naming the applicant as
        # the parent) gives that person's date of birth: only check the applicant's.
        about_someone_else = bool(names) and not any(words.same_person(n, case.name)
                                                     for n in names)
        if about_someone_else:
            tokens = words.tokens(text)
            if not words.names_applicant(set(tokens), case.name):
                found.append(Finding(
                    "name-mismatch", "warning",
                    _("“{title}” is made out to {other}, not to {name}. If it is about "
                      "someone else (a relative), say how they are related in the "
                      "statement, or leave it out.").format(
                        title=doc.title, other=names[0].title(), name=case.name),
                    key=f"name-mismatch:{doc.id}", document_id=doc.id))
        addresses = words.labelled_addresses(text) if case.address.strip() else []
        if addresses and not any(words.same_address(a, case.address) for a in addresses):
            tokens = tokens if tokens is not None else words.tokens(text)
            if not words.mentions_address(tokens, case.address):
                found.append(Finding(
                    "address-mismatch", "warning" if (doc.date or "") >= recent else "tip",
                    _("“{title}” gives the address {other}, not the case's address. If the "
                      "applicant lived there then, that is fine; otherwise check the case's "
                      "address or the document.").format(title=doc.title,
                                                         other=_shown(addresses[0])),
                    key=f"address-mismatch:{doc.id}", document_id=doc.id))
        if dob is not None and not about_someone_else:
            births = words.labelled_birth_dates(text, data.today)
            if births and not any(words.same_birth_date(b, dob, ocr=_ocr(doc))
                                  for b in births):
                found.append(Finding(
                    "dob-mismatch", "problem",
                    _("“{title}” gives the date of birth {other}, but the case says {dob}. "
                      "Check which is right and correct the case or the document.").format(
                        title=doc.title, other=births[0].isoformat(), dob=dob.isoformat()),
                    key=f"dob-mismatch:{doc.id}", document_id=doc.id))
    return found

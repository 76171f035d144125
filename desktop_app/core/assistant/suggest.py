"""One document's suggestion: category (or "needs your review"), type, date, language,
title, and why.

Scoring: every document type adds up the weights of its cues found in the text; a
category's score is its best type's score plus a third of its other types' (a lease
that also mentions rent receipts is still residence). Scores become a confidence with a
softmax that includes an "unsure" option of fixed score, so a document that says little
is never confidently anything. What the user taught (``learn.Model``) adds up to
``LEARNED_WEIGHT`` points to the category it believes in, in proportion to its belief and
to how many documents it learned from.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

from desktop_app.core.assistant.dates import find_date
from desktop_app.core.assistant.knowledge import (
    CATEGORIES,
    DOCUMENT_TYPES,
    TYPES_BY_KEY,
    type_label,
)
from desktop_app.core.assistant.language import detect_language
from desktop_app.core.assistant.learn import Model, word_counts
from desktop_app.core.assistant.text import normalise
from desktop_app.i18n import _

THRESHOLD = 0.80  # below it the assistant abstains: "Needs your review"
AUTO_ACCEPT = 0.95  # with auto-accept on, suggestions at least this sure are applied
UNSURE_SCORE = 3.0
TEMPERATURE = 1.6
LEARNED_WEIGHT = 7.0
LEARNED_FULL = 5  # examples after which the learned model counts in full
DATE_THRESHOLD = 0.6


@dataclass(frozen=True)
class Suggestion:
    category: str | None  # None: abstained ("needs your review")
    confidence: float  # of the best category, even when abstaining
    best_guess: str | None  # the most likely category, shown as a hint when abstaining
    evidence: tuple[str, ...]  # the cue words found, strongest first
    document_type: str
    date: str | None
    date_confidence: float
    date_evidence: str
    language: str | None
    language_confidence: float
    needs_translation: bool
    title: str
    learned: tuple[str, ...] = field(default_factory=tuple)  # words the user's model used

    @property
    def reason(self) -> str:
        """A line a person reads: why this category, or why not."""
        if self.category is None:
            if not self.evidence:
                return _("Needs your review: too little readable text to tell.")
            return _("Needs your review: not sure (mentions: {cues}).").format(
                cues=", ".join(self.evidence[:4]))
        parts = []
        if self.evidence:
            parts.append(_("mentions: {cues}").format(cues=", ".join(self.evidence[:4])))
        if self.learned:
            parts.append(_("like documents you filed (“{words}”)").format(
                words=", ".join(self.learned)))
        return "; ".join(parts)


def _type_scores(norm: str) -> dict[str, tuple[float, list[tuple[str, int]]]]:
    scores: dict[str, tuple[float, list[tuple[str, int]]]] = {}
    for doc_type in DOCUMENT_TYPES:
        found = [(cue, w) for cue, w in doc_type.cues if f" {cue} " in norm]
        scores[doc_type.key] = (float(sum(w for _c, w in found)), found)
    return scores


def _category_scores(
    type_scores: dict[str, tuple[float, list[tuple[str, int]]]],
) -> dict[str, float]:
    by_category: dict[str, list[float]] = {c: [] for c in CATEGORIES}
    for key, (score, _found) in type_scores.items():
        by_category[TYPES_BY_KEY[key].category].append(score)
    result = {}
    for category, values in by_category.items():
        values.sort(reverse=True)
        result[category] = values[0] + sum(values[1:]) / 3 if values else 0.0
    return result


def _softmax(scores: dict[str, float]) -> dict[str, float]:
    top = max([*scores.values(), UNSURE_SCORE])
    weights = {k: math.exp((v - top) / TEMPERATURE) for k, v in scores.items()}
    unsure = math.exp((UNSURE_SCORE - top) / TEMPERATURE)
    norm = sum(weights.values()) + unsure
    return {k: w / norm for k, w in weights.items()}


_HEADING_WORDS = re.compile(r"[^\W\d_]{2,}")
# Lines that start like this are labels or salutations, not who the paper is from.
_NOT_NAMES = ("received from", "to whom", "a quien", "dear", "estimad", "re ", "date",
              "fecha", "translation", "traduccion", "page", "pagina", "paid by", "pagado por")


def issuer(text: str) -> str:
    """Who the document is from: the first short line near the top that reads like a
    name (not a heading such as "Pay Stub", not a date, not an address)."""
    generic = {cue for t in DOCUMENT_TYPES for cue, w in t.cues if w >= 3}
    for line in text.splitlines()[:6]:
        line = line.strip(" ,:;|-_\t")
        letters = sum(len(w) for w in _HEADING_WORDS.findall(line))
        if not 3 <= len(line) <= 48 or letters < 0.6 * len(line) or len(line.split()) < 2:
            continue
        if normalise(line).strip() in generic or any(
            f" {cue} " in normalise(line) for cue in generic
        ):
            continue
        if re.search(r"\d{3,}", line) or ":" in line or re.match(r"\w\s", line):
            continue
        if normalise(line).strip().startswith(_NOT_NAMES) or line.startswith(("[", "(")):
            continue
        return line
    return ""


def make_title(document_type: str, text: str, date: str | None) -> str:
    """"Pay stub — ANY COMPANY CORP. — 2023-05-12"."""
    parts = [type_label(document_type)]
    who = issuer(text)
    if who:
        parts.append(who)
    if date:
        parts.append(date)
    return " \u2014 ".join(parts)


def suggest_for_text(
    text: str, model: Model | None = None, today: dt.date | None = None, layout: str = ""
) -> Suggestion:
    """The suggestion for a document whose pages read ``text`` (joined in page order).
    ``layout`` is the same words on their printed rows (``layout.layout_text``), where
    dates keep their labels; when given, dates are read from it."""
    norm = normalise(text)
    type_scores = _type_scores(norm)
    scores = _category_scores(type_scores)
    learned: tuple[str, ...] = ()
    counts = word_counts(text)
    if model is not None and model.examples:
        belief = model.posterior(counts)
        if belief:
            strength = LEARNED_WEIGHT * min(1.0, model.examples / LEARNED_FULL)
            for category, p in belief.items():
                scores[category] += strength * p
            favourite = max(belief, key=lambda c: belief[c])
            if belief[favourite] > 0.6 and model.category_docs[favourite]:
                learned = tuple(model.telling_words(counts, favourite))
    probabilities = _softmax(scores)
    best = max(probabilities, key=lambda c: probabilities[c])
    confidence = probabilities[best]
    best_type = max(
        (k for k in type_scores if TYPES_BY_KEY[k].category == best),
        key=lambda k: type_scores[k][0],
    )
    if type_scores[best_type][0] == 0:
        best_type = "other"
    cues = sorted(
        {cue: w for key, (_s, found) in type_scores.items() for cue, w in found
         if TYPES_BY_KEY[key].category == best}.items(),
        key=lambda item: -item[1],
    )
    evidence = tuple(cue for cue, _w in cues)
    language = detect_language(text)
    day_first = language.language in ("es", "fr", "pt", "ht")
    date_guess = find_date(layout or text, best_type, today, day_first=day_first,
                           language=language.language)
    if layout and not date_guess.labelled:
        # Rows put a form's labels and values side by side, but a row of box labels over
        # a row of values loses them; OCR's own reading keeps "Notice Date" over its box.
        by_blocks = find_date(text, best_type, today, day_first=day_first,
                              language=language.language)
        if by_blocks.labelled and by_blocks.confidence >= date_guess.confidence:
            date_guess = by_blocks
    date = date_guess.date if date_guess.confidence >= DATE_THRESHOLD else None
    if best == "none" and not date_guess.labelled:
        # A flyer's event day or a coupon's last day is not the date of a paper that
        # proves anything: without a label ("Date:", "effective") no date beats a guess.
        date = None
    chosen = best if confidence >= THRESHOLD else None
    return Suggestion(
        category=chosen,
        confidence=round(confidence, 3),
        best_guess=best if evidence or learned else None,
        evidence=evidence,
        document_type=best_type if chosen else (best_type if evidence else "other"),
        date=date,
        date_confidence=date_guess.confidence,
        date_evidence=date_guess.evidence,
        language=language.language,
        language_confidence=language.confidence,
        needs_translation=language.language not in (None, "en"),
        title=make_title(best_type, text, date),
        learned=learned if chosen else (),
    )

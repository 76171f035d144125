"""The language a document is written in, with py3langid (langid.py's model, offline).

py3langid knows 97 languages, Haitian Creole among them (lingua and langdetect do not), is
small (a 4.5 MB model, no network), and classifies a page in about a millisecond. It is
restricted here to the languages applicants' papers come in, plus a handful of others so
that a German or Italian paper is reported as "other" rather than forced into a neighbour.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

TARGETS = ("en", "es", "fr", "pt", "ht")
OTHERS = ("de", "it", "nl", "pl", "ro", "tl", "vi", "id", "sw", "tr")
MIN_LETTERS = 40


@dataclass(frozen=True)
class LanguageGuess:
    language: str | None  # "en", "es", "fr", "pt", "ht", "other"; None: too little text
    confidence: float


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import (  # type: ignore[import-untyped]
        MODEL_FILE,
        LanguageIdentifier,
    )

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([*TARGETS, *OTHERS])
    return identifier


def detect_language(text: str) -> LanguageGuess:
    """The language of ``text`` (digits, punctuation and one-letter OCR debris ignored)."""
    cleaned = " ".join(w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1)
    if sum(len(w) for w in cleaned.split()) < MIN_LETTERS:
        return LanguageGuess(None, 0.0)
    code, probability = _identifier().classify(cleaned.lower())
    language = code if code in TARGETS else "other"
    return LanguageGuess(language, round(float(probability), 2))

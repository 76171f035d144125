"""Text as the assistant reads it: accents folded, lower case, words only.

OCR of phone photos mixes cases, drops accents and breaks punctuation; matching on a
folded form ("constancia de domicilio", "w 2") makes one cue list serve clean and poor text.
"""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9%#$]+")


def fold(text: str) -> str:
    """``text`` without accents, in lower case ("Diagnóstico" → "diagnostico")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def normalise(text: str) -> str:
    """Folded words separated by single spaces, with a space at both ends, so that
    ``f" {cue} " in normalise(text)`` matches whole words only."""
    return " " + _NON_WORD.sub(" ", fold(text)).strip() + " "


def words(text: str) -> list[str]:
    """The folded words of ``text`` of two letters or more, digits dropped."""
    return [w for w in normalise(text).split() if len(w) > 1 and not w.isdigit()]

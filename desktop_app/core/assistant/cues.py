"""How the assistant's knowledge is written: a document type, the category it proves, and
its cue phrases with weights.

Each cue is a phrase (matched on whole words of the folded text, see ``text.normalise``)
with a weight: 4 names the document outright ("wage and tax statement"), 3 is nearly as
telling ("gross pay"), 2 is typical ("landlord"), 1 only leans ("bank").

Cues may be written with their accents ("reçu", "sipò"): ``cues`` folds them and adds the
spellings OCR gives them with the English and Spanish models, which lack those letters
(ç is read "g", ò is read "d" or dropped): "recu", "regu"; "sipo", "sipd"; and a
capital I that opens a phrase, read "l": "l have known".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.assistant.text import normalise

CATEGORIES = ("residence", "employment", "medical", "community", "none")


@dataclass(frozen=True)
class DocumentType:
    key: str
    label: str  # English; shown through ``_``
    category: str  # one of CATEGORIES
    cues: tuple[tuple[str, int], ...]


# Letters the English and Spanish OCR models do not have, and what they read instead.
_OCR_READS = {"ç": ("c", "g"), "ò": ("o", "d", "")}


def _forms(phrase: str) -> list[str]:
    """The folded phrase and its OCR spellings ("reçu" → "recu", "regu")."""
    forms = [phrase]
    for letter, readings in _OCR_READS.items():
        forms = [f.replace(letter, r) if letter in f else f for f in forms for r in readings]
    # A Creole "lw" at the start of a word is read "Iw" ("lwaye" → "Iwaye"); the other way
    # round, a capital "I" opening a letter's phrase is read "l" ("l have known").
    forms += [re.sub(r"\blw", "iw", f) for f in forms if re.search(r"\blw", f)]
    forms += [re.sub(r"^i ", "l ", f) for f in forms if f.startswith("i ")]
    found: list[str] = []
    for form in forms:
        folded = normalise(form).strip()
        if folded and folded not in found:
            found.append(folded)
    return found


def cues(*texts: str) -> tuple[tuple[str, int], ...]:
    """``"lease agreement:4, landlord:2"`` (one text per language) as ((phrase, weight),
    ...), each phrase folded and with its OCR spellings."""
    found: dict[str, int] = {}
    for text in texts:
        for item in text.split(","):
            if not item.strip():
                continue
            phrase, _sep, weight = item.strip().rpartition(":")
            for form in _forms(phrase.strip()):
                found.setdefault(form, int(weight))
    return tuple(found.items())

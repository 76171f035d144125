"""The language a document is written in, with py3langid (langid.py's model, offline).

py3langid knows 97 languages, Haitian Creole among them (lingua and langdetect do not), is
small (a 4.5 MB model, no network), and classifies a page in about a millisecond. It is
restricted here to the languages applicants' papers come in, plus a handful of others so
that a German or Italian paper is reported as "other" rather than forced into a neighbour.

A short paper (a card, a receipt: fewer than ``MIN_LETTERS`` letters) is too little for the
model. Its language is then told from the small words every sentence of a language has
("the", "and", "de", "para"...) and the words its forms print ("name", "nombre"), when they
clearly point one way, at a middling confidence; failing that, it is the case's main
language (``fallback``), marked with a low confidence (``GUESSED``), never nothing: a paper
with words is in some language, and the user sees the guess marked as one.

A paper written mostly in another script than the Latin alphabet (Korean, Chinese, Arabic,
Hindi, Russian: a PDF's own text) is in none of the languages the model is held to: it is
"other", as sure as the share of its letters in that script.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from desktop_app.core.assistant.text import fold

TARGETS = ("en", "es", "fr", "pt", "ht")
OTHERS = ("de", "it", "nl", "pl", "ro", "tl", "vi", "id", "sw", "tr")
MIN_LETTERS = 40
SHORT = 0.5  # the confidence of a language told from a short paper's small words
GUESSED = 0.2  # the confidence of the case's language given to a paper that says too little
SURE = 0.5  # below it, a language is shown as a guess
OTHER_SCRIPT = 0.5  # the share of a text's letters outside the Latin alphabet that makes it "other"

# Words that only (or mostly) one language prints on a short paper.
_SMALL_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in {
        "en": "the and of to for with your you is are this from at by name address phone "
              "date birth member total thank thanks street city state zip no yes sex "
              "signature issued expires card number account payment amount due",
        "es": "el la los las del y para por con su sus es son este esta fecha nombre "
              "direccion telefono gracias calle ciudad numero cuenta pago monto firma "
              "nacimiento sexo vence expedicion",
        "fr": "le les des du et pour avec votre vous est sont ce cette nom adresse merci "
              "rue ville numero compte paiement montant signature naissance",
        "pt": "o os as do da dos das e com seu sua este esta data nome endereco obrigado "
              "rua cidade numero conta pagamento valor assinatura nascimento",
    }.items()
}


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


def detect_language(text: str, fallback: str | None = None) -> LanguageGuess:
    """The language of ``text`` (digits, punctuation and one-letter OCR debris ignored).
    A short text is told by its small words, or given ``fallback`` (the case's main
    language) as a guess; only a text with no words at all has no language."""
    words = _words(text)
    share = foreign_share(text)
    if share >= OTHER_SCRIPT:
        return LanguageGuess("other", round(share, 2))
    if sum(len(w) for w in words) >= MIN_LETTERS:
        code, probability = _identifier().classify(" ".join(words).lower())
        language = code if code in TARGETS else "other"
        return LanguageGuess(language, round(float(probability), 2))
    if not words:
        return LanguageGuess(None, 0.0)
    told = _by_small_words(words)
    if told is not None:
        return LanguageGuess(told, SHORT)
    return LanguageGuess(fallback, GUESSED) if fallback else LanguageGuess(None, 0.0)


def foreign_share(text: str) -> float:
    """The share of the text's letters (in words of two or more) outside the Latin
    alphabet: 0.0 for a text with no letters."""
    letters = [c for w in _words(text) for c in w]
    return sum(1 for c in letters if not _latin(c)) / len(letters) if letters else 0.0


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1]


def _latin(letter: str) -> bool:
    """Whether the letter is of the Latin alphabet, accented ones and Vietnamese's too."""
    code = ord(letter)
    return code < 0x250 or 0x1E00 <= code <= 0x1EFF


def _by_small_words(words: list[str]) -> str | None:
    """The language most of a short text's small words belong to, when at least two do
    and no other language has as many."""
    folded = [fold(w) for w in words]
    counts = sorted(((sum(w in small for w in folded), lang)
                     for lang, small in _SMALL_WORDS.items()), reverse=True)
    (best, language), (second, _other) = counts[0], counts[1]
    return language if best >= 2 and best > second else None

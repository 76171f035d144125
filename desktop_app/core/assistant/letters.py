"""A letter written by hand, read by its shape when its words are read badly.

A support letter or a landlord's note written by hand from top to bottom has no printed
heading or label; Tesseract reads most of its words a letter or two off ("KVOWN" for
"known", "vesinos" for "vecinos", "A quier cGreDonda" for "A quien corresponda"), so
the exact cues of ``knowledge`` find little. What survives is the shape of a letter — a
salutation at the top or a closing at the bottom — and a few telling words read nearly
right, and where the letter says where someone lives, an address and "since" a year.
``letter_kind`` says "support_letter" or "proof_of_address" only when:

* the page was read badly (handwriting): fewer than ``HAND_SHARE`` of its words of three
  or more letters were read at least ``SURE_WORD`` sure of — a printed letter reads
  clearly and is left to the exact cues;
* a support letter: ``AGREE`` distinct telling words of support (``SUPPORT``), or one and
  the shape of a letter (a salutation in its first lines, a closing in its last, "for 6
  years"), and no word of the rent (``LANDLORD``);
* a landlord's note: ``LANDLORD_SIGNS`` signs of one, at least one of them a landlord's
  word (``LANDLORD``, ``LIVES``, or a sum paid "a month"); the others a street address,
  "since" a year, the shape of a letter, more landlord's words; and no word of support.

A telling word is found when the page has it or a word one letter off (five letters or
more; two for eight or more), also written in two (``_page_words``); a short salutation's
words may be one letter off from four letters, a long one is looked for in the letters of
the lines run together (``_any_near``). ``suggest`` counts the kind only when no other
tab's type is scored already. Otherwise it says nothing, and the paper is left for the
user, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.assistant.layout import WordBox
from desktop_app.core.assistant.text import normalise
from desktop_app.core.review.text import edit_distance

SURE_WORD = 85.0  # OCR confidence (0-100) of a word read clearly
HAND_SHARE = 0.6  # below this share of clearly read words, the page was written by hand
AGREE = 2  # distinct telling words of one kind a letter needs
LANDLORD_SIGNS = 3  # a landlord's note: its words, an address, "since", a letter's shape
HEAD_LINES = 4  # a salutation is looked for in the first lines, a closing in the last
MIN_WORD = 4  # telling words shorter than this are not looked for near
MIN_NEAR = 5  # a telling word shorter than this must be read exactly
SALUTATION_WORD = 4  # a salutation's or closing's word may be one letter off from four
LONG_PHRASE = 8  # a salutation or closing of this many letters is looked for in the letters

# A long salutation is written as far as its telling words go ("to whom it [may concern]",
# "a quem possa [interessar]"): OCR often reads only its start.
SALUTATIONS = ("dear", "to whom it", "a quien corresponda", "estimado", "estimada",
               "prezado", "prezada", "a qui de droit", "madame monsieur", "cher", "chere",
               "honorable", "respected", "senores", "a quem possa", "pou moun ki konsene",
               "a quien pueda")
CLOSINGS = ("sincerely", "respectfully", "atentamente", "cordialement", "atenciosamente",
            "regards", "sinceramente", "cordialmente", "respetuosamente", "mesi", "thank you",
            "merci", "gracias", "obrigado", "obrigada", "respectueusement", "saludos")

# Words a support letter uses (a neighbour, a friend, the church, the family it asks to
# keep together), in English, Spanish, French, Portuguese and Haitian Creole.
SUPPORT = ("known", "neighbor", "neighbors", "neighbour", "conozco", "vecino", "vecinos",
           "vecina", "connais", "voisin", "voisins", "voisine", "conheco", "vizinho",
           "vizinhos", "vizinha", "konnen", "vwazen", "church", "iglesia", "eglise",
           "igreja", "legliz", "congregation", "congregacion", "community", "comunidad",
           "communaute", "comunidade", "kominote", "pantry", "despensa", "honest", "honesta",
           "honesto", "honnete", "honesta", "onet", "hardworking", "trabajadora",
           "trabajador", "travailleur", "travailleuse", "trabalhadora", "trabalhador",
           "responsible", "responsable", "responsavel", "friend", "amigo", "amiga")
# Words a landlord's note uses: the rent, the tenant, the home they rent.
LANDLORD = ("rent", "rents", "rented", "renting", "renta", "alquiler", "loyer", "aluguel",
            "lwaye", "tenant", "inquilino", "inquilina", "locataire", "lokate", "landlord",
            "propietario", "propietaria", "proprietaire", "proprietario", "proprietaria",
            "pwopriyete", "apartment", "apartamento", "appartement")
# Words of where someone lives: a landlord's note says them, and so does a letter of
# support ("she lives in our community", "pou l rete ak fanmi li"), so they count for a
# landlord's note but do not speak against a letter of support.
LIVES = ("lives", "habite", "mora", "vive", "rete", "reside")


def hand_written(pages: Sequence[Sequence[WordBox]]) -> bool:
    """Whether OCR read the pages' words as it reads handwriting: few of them clearly."""
    confidences = [float(w[4]) for words in pages for w in words
                   if sum(c.isalpha() for c in str(w[5])) >= 3]
    if not confidences:
        return False
    return sum(c >= SURE_WORD for c in confidences) < HAND_SHARE * len(confidences)


@dataclass(frozen=True)
class Letter:
    kind: str  # "support_letter", "proof_of_address" or "employer_letter"
    words: tuple[str, ...]  # the telling words it was found by, as they are spelt
    more: int = 0  # how many signs it shows beyond those it needs


def letter_kind(text: str, pages: Sequence[Sequence[WordBox]]) -> Letter | None:
    """A support letter, a landlord's note, or None (see the module's docstring)."""
    if not pages or not hand_written(pages):
        return None
    norm = normalise(text)
    lines = [normalise(line) for line in text.splitlines() if normalise(line).strip()]
    shape = sum((_any_near(lines[:HEAD_LINES], SALUTATIONS),
                 _any_near(lines[-HEAD_LINES:], CLOSINGS),
                 bool(_DURATION.search(norm))))
    page_words = _page_words(norm)
    support = _found(SUPPORT, page_words)
    rent = _found(LANDLORD, page_words)
    if _RENT_PERIOD.search(norm):
        rent.setdefault("a sum a month", "a sum a month")
    landlord = {**_found(LIVES, page_words), **rent}
    lives = sum((bool(_ADDRESS.search(norm)), bool(_SINCE.search(norm))))
    signs = len(support) + min(shape, 1)
    if support and not rent and signs >= AGREE:
        return Letter("support_letter", tuple(support.values()), signs - AGREE)
    signs = len(landlord) + lives + min(shape, 1)
    if not support and landlord and signs >= LANDLORD_SIGNS:
        return Letter("proof_of_address", tuple(landlord.values()), signs - LANDLORD_SIGNS)
    return None


TYPED_HEAD = 12  # a typed letter's salutation comes after its letterhead and date
TYPED_TAIL = 12  # and its closing before the name, title and address of who signed
ENDORSE = 2  # kinds of words of endorsement a typed letter of support needs
# A salutation or a closing that starts a line of a typed letter (folded).
_TYPED_SALUTATION = re.compile(
    r"^ (?:dear|to whom(?:so)?(?:ever)? it may concern|to the [a-z ]{0,40}committee|a qui de droit|"
    r"madame monsieur|monsieur madame|a quien corresponda|a quien pueda interesar|"
    r"estimad[oa]s? |a quem possa interessar|prezad[oa]s? |pou moun ki konsene)")
# A title that names the letter ("LETTER OF RECOMMENDATION") stands for its salutation:
# a company's reference for an intern, of fresh set 46c, opens so with none.
_TYPED_TITLE = re.compile(
    r"^ (?:letter of (?:recommendation|reference|support)|(?:recommendation|reference|"
    r"support) letter|carta de (?:recomendacion|referencia|apoyo)|"
    r"lettre de (?:recommandation|soutien|reference)|carta de (?:recomendacao|apoio))\s*$")
_TYPED_CLOSING = re.compile(
    r"^ (?:sincerely|respectfully|best|kind regards|warm regards|with regards|regards|"
    r"yours|cordially|cordialement|respectueusement|je vous prie|veuillez agreer|"
    r"atentamente|cordialmente|saludos|atenciosamente|respeitosamente)")
# Words of endorsement by kind: that the writer recommends or supports the person (one of
# these is needed), has known them, writes with pleasure, or without reservation.
_ENDORSE: dict[str, re.Pattern[str]] = {
    # "I recommend", "recommendation", "je recommande", "recomiendo", "recomendo": a
    # letter's shape and a second kind of these keep "the recommended dose" out.
    # ...and "an excellent candidate", "puede ser buena candidata": what a reference says
    # of the one it recommends, where it never writes the word.
    "recommend": re.compile(r" (?:(?:recommend|recommand|recomend|recomiend|rekomand)[a-z]*|"
                            r"(?:good|excellent|ideal|strong|great|outstanding) candidate|"
                            r"(?:buen|buena|excelente|gran) candidat[oa]|"
                            r"(?:bon|bonne|excellent|excellente) candidat[e]?) "),
    "support": re.compile(
        r" (?:in support of|strongly support|to support|letter of support|letter supporting|"
        r"support (?:the|his|her|their) (?:petition|application|request)|"
        r"my support|my strong support|lettre de soutien|je soutiens|mon soutien|"
        r"carta de apoyo|mi apoyo|carta de apoio|meu apoio|let sipo|mwen sipote) "),
    "known": re.compile(
        r" (?:i have known|have known|known (?:him|her|them)|je (?:le |la )?connais|"
        r"(?:lo |la )?conozco|conheco|mwen konnen li|have worked with|i worked with|"
        r"he trabajado con|con quien he trabajado|con quien trabaje|j ai travaille avec|"
        r"trabalhei com) "),
    "pleasure": re.compile(
        r" (?:pleasure|privilege|honored|honoured|plaisir|placer|gusto|honor|prazer|honneur|"
        r"kontan|glad|me alegra|me complace|heureux|heureuse|fico feliz) "),
    "warmly": re.compile(
        r" (?:without reservation|wholeheartedly|highly|strongly|enthusiastically|"
        r"without hesitation|sans (?:aucune )?reserve|sans (?:aucune )?hesitation|"
        r"avec enthousiasme|vivement|chaleureusement|"
        r"sin reserva|sin reservas|sin dudarlo|ampliamente|sem reserva|sem reservas) "),
}


def typed_letter(text: str, pages: Sequence[Sequence[WordBox]]) -> Letter | None:
    """A typed letter of support or recommendation, or None (see the module's docstring).
    A page read as handwriting is left to ``letter_kind``."""
    if pages and hand_written(pages):
        return None
    shape, found = _endorsement(text)
    if not shape or len(found) < ENDORSE or not {"recommend", "support"} & found.keys():
        return None
    return Letter("support_letter", tuple(found.values()), shape + len(found) - ENDORSE - 1)


def endorses(text: str) -> bool:
    """Whether the text is a letter that recommends or supports someone, however little
    else it says (a letter whose body was cut: "I am sending this letter to recommend")."""
    shape, found = _endorsement(text)
    return bool(shape and {"recommend", "support"} & found.keys())


def _endorsement(text: str) -> tuple[int, dict[str, str]]:
    """A typed letter's shape (a salutation at its top, a closing at its bottom: 0-2) and
    its words of endorsement found, by kind."""
    lines = [normalise(line) for line in text.splitlines() if normalise(line).strip()]
    shape = sum((any(_TYPED_SALUTATION.match(line) or _TYPED_TITLE.match(line)
                     for line in lines[:TYPED_HEAD]),
                 any(_TYPED_CLOSING.match(line) for line in lines[-TYPED_TAIL:])))
    norm = normalise(text)
    return shape, {kind: m.group(0).strip() for kind, pattern in _ENDORSE.items()
                   if (m := pattern.search(norm))}


def _page_words(norm: str) -> set[str]:
    """The page's words, and each two neighbours of two letters or more written together:
    OCR splits a handwritten word in two ("VWAZ EM" for "vwazen", "pr Mriétaire" for
    "propriétaire"); a word of one letter is a word ("A quier" is "a quien", not
    "alquiler")."""
    split = norm.split()
    return {*split, *(a + b for a, b in zip(split, split[1:], strict=False)
                      if len(a) > 1 and len(b) > 1)}


# "for 6 years", "hace 7 anos", "depuis 9 ans": how long the writer has known them.
_DURATION = re.compile(r" (?:for|hace|desde|depuis|ha|pandan|depi) \d{1,2} "
                       r"(?:years?|anos?|ans?|ane)(?= )")
# "4295 Beacon St", "5437 Pecan Dr": a street address; "desde diciembre 2014", "since 2017".
_ADDRESS = re.compile(r" \d{2,5} (?:[a-z]+ ){1,3}(?:st|street|dr|drive|ave|avenue|rd|road|"
                      r"blvd|ln|lane|ct|way|unit|apt|calle|rue)(?= )")
# "$450 a month", "60 $ par mois", "400 dolares al mes": a sum paid each month.
_RENT_PERIOD = re.compile(r" (?:\$ ?\d{2,5}|\d{2,5} ?(?:\$|dollars|dolares|reais)) "
                          r"(?:[a-z]+ ){0,2}(?:a|per|every|each|par|por|al|cada|chak|pa) "
                          r"(?:month|mois|mes|mwa)(?= )")
_SINCE = re.compile(r" (?:since|desde|depuis|depi|desd[eé]) (?:[a-z]+ ){0,3}"
                    r"[0-9lo]{3,4}(?= )")


def _found(telling: Sequence[str], page_words: set[str]) -> dict[str, str]:
    """The telling words found near, one per word stem (its first four letters), so that
    "vecino" and "vecinos" count once: {stem: the first such word}."""
    found: dict[str, str] = {}
    for word in telling:
        if len(word) >= MIN_WORD and any(_near(word, seen) for seen in page_words):
            found.setdefault(word[:4], word)
    return found


def _any_near(lines: Sequence[str], phrases: Sequence[str]) -> bool:
    """Whether the lines hold one of the phrases: a short one word by word, each word
    near (``_phrase_near``); a long one (``LONG_PHRASE`` letters or more) anywhere in their
    letters run together, up to a quarter of them misread, since OCR splits and joins
    handwritten words at will ("Atenc losarene" for "Atenciosamente", "A gem possa" for
    "A quem possa")."""
    joined = "".join(c for line in lines for c in line if c.isalpha())
    return any(_in_letters(squashed, joined) if len(squashed := phrase.replace(" ", ""))
               >= LONG_PHRASE else any(_phrase_near(phrase.split(), line.split())
                                       for line in lines)
               for phrase in phrases)


def _in_letters(phrase: str, letters: str) -> bool:
    """Whether some run of ``letters`` is ``phrase`` with at most a quarter of its letters
    misread, left out or added (edit distance to the closest substring)."""
    allowed = len(phrase) // 4
    previous = [0] * (len(letters) + 1)  # a match may start anywhere
    for i, p in enumerate(phrase, 1):
        current = [i]
        for j, c in enumerate(letters, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (p != c)))
        previous = current
    return min(previous) <= allowed


def _phrase_near(phrase: Sequence[str], words: Sequence[str]) -> bool:
    """Whether the line's words hold the phrase's words one after the other, each near."""
    n = len(phrase)
    return any(all(_near(p, w, shortest=SALUTATION_WORD) for p, w in
                   zip(phrase, words[i:i + n], strict=True))
               for i in range(len(words) - n + 1))


def _near(word: str, seen: str, shortest: int = MIN_NEAR) -> bool:
    """``seen`` is ``word`` read by OCR: the same, or (for ``shortest`` letters or more)
    one letter off, two for eight letters or more."""
    if word == seen:
        return True
    allowed = 2 if len(word) >= 8 else 1 if len(word) >= shortest else 0
    return allowed > 0 and edit_distance(word, seen, allowed) <= allowed

"""Reading names, addresses and dates of birth off a page, and comparing them with the
case's, forgivingly: accents, case, middle names, a second surname, initials and a letter
or two misread by OCR never make a mismatch. Only a labelled field ("Patient: ...") that
clearly names someone or somewhere else does, and only when the case's value appears
nowhere else in the document."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Sequence

from desktop_app.core.dates import parse_user_date
from desktop_app.errors import AppError

PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "da", "do", "dos", "van", "von",
                       "mr", "mrs", "ms", "miss", "dr", "sr", "sra", "srta"})
# Words that end a name read off a field ("Employee: Maria Lopez  Pay date: ...").
NAME_STOP = frozenset({
    "date", "pay", "period", "address", "dob", "birth", "id", "ssn", "phone", "account",
    "number", "no", "fecha", "direccion", "age", "sex", "gender", "mrn", "employee",
    "check", "amount", "total", "page", "policy", "member", "group", "apt", "unit", "tel",
})
PERSON_LABELS = (
    "patient name", "patient", "employee name", "employee", "tenant name", "tenant",
    "resident name", "resident", "applicant name", "applicant", "student name", "student",
    "customer name", "customer", "account holder", "member name", "insured name", "insured",
    "full name", "name", "nombre del paciente", "nombre completo", "nombre", "paciente",
    "empleado", "inquilino", "solicitante",
)
ADDRESS_LABELS = (
    "service address", "property address", "premises address", "home address",
    "mailing address", "residence address", "patient address", "employee address",
    "address", "direccion", "domicilio",
)
DOB_LABELS = ("date of birth", "birth date", "birthdate", "dob", "d o b",
              "fecha de nacimiento", "fecha nacimiento")
STREET_WORDS = frozenset({
    "st", "street", "ave", "av", "avenue", "rd", "road", "dr", "drive", "blvd", "boulevard",
    "ln", "lane", "ct", "court", "way", "pl", "place", "ter", "terrace", "hwy", "highway",
    "pkwy", "parkway", "cir", "circle", "apt", "apartment", "unit", "suite", "ste", "n",
    "s", "e", "w", "north", "south", "east", "west", "ne", "nw", "se", "sw", "calle",
})


@functools.lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """Lower case without accents: "Hernández" -> "hernandez". Letters with no plain
    form and signs outside ASCII ("“", "×") are dropped. Cached: the checks fold the same
    page texts several times."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def name_tokens(text: str) -> list[str]:
    return [t for t in re.findall(r"[a-z]+", fold(text)) if t not in PARTICLES]


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def similar(a: str, b: str) -> bool:
    """The same word, allowing OCR to misread a letter (two in a long word)."""
    if a == b:
        return True
    if len(a) < 4 or len(b) < 4:
        return False
    return edit_distance(a, b) <= (2 if min(len(a), len(b)) >= 8 else 1)


def _name_matches(found: Sequence[str], wanted: Sequence[str]) -> int:
    """How many words of ``found`` stand for a different word of ``wanted`` (an initial
    stands for a word starting with it)."""
    left = list(wanted)
    count = 0
    for word in found:
        for other in left:
            if similar(word, other) or (len(word) == 1 and other.startswith(word)):
                left.remove(other)
                count += 1
                break
    return count


def same_person(found: str, applicant: str) -> bool:
    f, a = name_tokens(found), name_tokens(applicant)
    if not f or not a:
        return True
    return _name_matches(f, a) >= min(2, len(f), len(a))


def names_applicant(text_words: set[str], applicant: str) -> bool:
    """Does the text name the applicant anywhere (given name and a surname)?"""
    wanted = name_tokens(applicant)
    if not wanted:
        return True
    present = [w for w in wanted if w in text_words
               or any(similar(w, t) for t in text_words if t[:1] == w[:1])]
    return wanted[0] in present and len(present) >= min(2, len(wanted))


@functools.cache
def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(label).replace(r"\ ", r"[ \t.]+") for label in labels)
    return re.compile(rf"^[ \t]*(?:{alternatives})[ \t.]*[:;][ \t]*(.+)$", re.MULTILINE)


def _labelled(text: str, labels: tuple[str, ...]) -> list[str]:
    """The values of fields labelled ``labels`` at the start of a line ("Label: value")."""
    return [m.group(1).strip() for m in _label_pattern(labels).finditer(fold(text))]


def labelled_names(text: str) -> list[str]:
    """Person names given in labelled fields, as "word word" (at least two words)."""
    found = []
    for value in _labelled(text, PERSON_LABELS):
        if "," in value.split("  ")[0]:  # "Hernandez, Maria" -> "maria hernandez"
            last, _sep, rest = value.partition(",")
            value = f"{rest} {last}"
        words: list[str] = []
        for word in re.findall(r"[a-z0-9'.-]+", value):
            word = word.strip(".'-")
            if not word or any(c.isdigit() for c in word) or word in NAME_STOP:
                break
            if word not in PARTICLES:
                words.append(word)
            if len(words) == 4:
                break
        if len(words) >= 2:
            found.append(" ".join(words))
    return found


def _street(text: str) -> tuple[str, list[str]] | None:
    """(house number, street words) of an address, or None without a number."""
    words = tokens(text)
    for i, word in enumerate(words):
        if word.isdigit() and 1 <= len(word) <= 6:
            street = [w for w in words[i + 1:i + 5] if w.isalpha() and w not in STREET_WORDS]
            if street:
                return word, street[:2]
            return None
    return None


def labelled_addresses(text: str) -> list[str]:
    return [value for value in _labelled(text, ADDRESS_LABELS) if _street(value)]


def same_address(found: str, case_address: str) -> bool:
    a, b = _street(found), _street(case_address)
    if a is None or b is None:
        return True
    number_ok = a[0] == b[0] or (len(a[0]) == len(b[0]) >= 3
                                 and sum(x != y for x, y in zip(a[0], b[0], strict=True)) == 1)
    street_ok = any(similar(x, y) for x in a[1] for y in b[1])
    return number_ok and street_ok


def mentions_address(text_words: Sequence[str], case_address: str) -> bool:
    """Is the case's house number followed closely by its street name anywhere?"""
    street = _street(case_address)
    if street is None:
        return True
    number, names = street
    for i, word in enumerate(text_words):
        if word == number and any(similar(w, n) for w in text_words[i + 1:i + 5]
                                  for n in names):
            return True
    return False


_DATE = re.compile(
    r"(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/-]\d{1,2}[/-]\d{4}|[a-z]+\.? \d{1,2},? \d{4}"
    r"|\d{1,2} (?:de )?[a-z]+\.? (?:de )?\d{4})"
)


def read_date(text: str, today: dt.date) -> dt.date | None:
    match = _DATE.search(fold(text))
    if not match:
        return None
    try:
        value = parse_user_date(match.group(1), today, day_first=False)
    except AppError:
        return None
    return dt.date.fromisoformat(value) if value else None


def labelled_birth_dates(text: str, today: dt.date) -> list[dt.date]:
    found = []
    for value in _labelled(text, DOB_LABELS):
        date = read_date(value, today)
        if date is not None:
            found.append(date)
    return found


def same_birth_date(found: dt.date, case_dob: dt.date, *, ocr: bool) -> bool:
    """Equal, or day and month swapped (03/04 read the other way round), or, on a page
    read by OCR, one digit misread."""
    if found == case_dob:
        return True
    if (found.year, found.month, found.day) == (case_dob.year, case_dob.day, case_dob.month):
        return True
    if ocr:
        a, b = found.isoformat(), case_dob.isoformat()
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    return False


def shingles(words: Sequence[str]) -> frozenset[tuple[str, ...]]:
    """The runs of three words: two reads of one paper share most of them."""
    return frozenset(zip(words, words[1:], words[2:], strict=False))


@functools.lru_cache(maxsize=1024)
def text_print(text: str) -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """The word triples and the numbers of a document's text (cached by text: the review
    runs again each time the case changes, mostly over the same texts)."""
    words = tokens(text)
    numbers = frozenset(t for t in words if len(t) >= 2 and not t.isalpha())
    return shingles(words), numbers


@functools.lru_cache(maxsize=4096)
def distinct_words(text: str) -> frozenset[str]:
    """The distinct words of a text (cached: the review runs again and again over the same
    texts)."""
    return frozenset(tokens(text))


def jaccard(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)

"""The translation helper for every user-visible string below the GUI.

Core and storage code never import Qt, so they cannot use ``QObject.tr``. They call
``_()`` instead, which looks the string up in a gettext catalogue shipped in
``desktop_app/assets/locale`` (compiled from the sources in ``resources/locale``).
Without a catalogue for the user's language the English text is returned unchanged.
"""

from __future__ import annotations

import gettext
import os
from importlib import resources

_DOMAIN = "evidence_packet"
_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = ""


def set_language(language: str | None = None) -> None:
    """Load the catalogue for ``language`` (e.g. ``"es"``); ``None`` reads the environment."""
    global _translation, _language
    languages = [language] if language else None
    if languages is None:
        env = os.environ.get("LANGUAGE") or os.environ.get("LC_ALL") or os.environ.get("LANG")
        languages = [env.split(".")[0].split(":")[0]] if env else None
    _language = (languages or [""])[0].split("_")[0].lower()
    locale_dir = resources.files("desktop_app") / "assets" / "locale"
    _translation = gettext.translation(
        _DOMAIN, localedir=str(locale_dir), languages=languages, fallback=True
    )


def _(message: str) -> str:
    """Translate ``message`` into the user's language."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message that depends on a count: ``ngettext("{n} page", "{n} pages",
    n)`` gives "1 página" and "3 páginas" in Spanish (the catalogue's plural rule)."""
    return _translation.ngettext(singular, plural, n)


def count_of(noun: str, n: int) -> str:
    """"1 page", "3 pages": the count and its noun agreeing, in the user's language."""
    forms = {
        "page": ngettext("{n} page", "{n} pages", n),
        "document": ngettext("{n} document", "{n} documents", n),
        "exhibit": ngettext("{n} exhibit", "{n} exhibits", n),
        "part": ngettext("{n} part", "{n} parts", n),
        "file": ngettext("{n} file", "{n} files", n),
        "word": ngettext("{n} word", "{n} words", n),
    }
    return forms[noun].format(n=n)


def day_first() -> bool:
    """Does the user write 03/04/2021 for 3 April (Spanish and most languages other than
    U.S. English)? Only the order of typed dates depends on it."""
    return _language not in ("", "c", "posix", "en")

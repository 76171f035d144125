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


def set_language(language: str | None = None) -> None:
    """Load the catalogue for ``language`` (e.g. ``"es"``); ``None`` reads the environment."""
    global _translation
    languages = [language] if language else None
    if languages is None:
        env = os.environ.get("LANGUAGE") or os.environ.get("LC_ALL") or os.environ.get("LANG")
        languages = [env.split(".")[0]] if env else None
    locale_dir = resources.files("desktop_app") / "assets" / "locale"
    _translation = gettext.translation(
        _DOMAIN, localedir=str(locale_dir), languages=languages, fallback=True
    )


def _(message: str) -> str:
    """Translate ``message`` into the user's language."""
    return _translation.gettext(message)

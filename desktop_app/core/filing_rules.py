"""Rules a filing must meet, as plain functions the window, the review and the export all
use (so that they never disagree about what is missing).

A document not in English needs a full English translation with the translator's
certificate (8 CFR 103.2(b)(3); the EOIR Practice Manual 3.3(a) says the same): one
filed in a tab, in a language other than English, with no translation paired with it,
needs one. A translation itself needs none.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.core.models import Document


def needs_translation(doc: Document, pairs: Mapping[int, int]) -> bool:
    """``pairs`` is {translation document id: original document id}."""
    return (doc.language not in (None, "", "en") and doc.id not in pairs
            and doc.id not in pairs.values())

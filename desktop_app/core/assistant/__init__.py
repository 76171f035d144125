"""The evidence assistant: suggests a document's category, type, date, language and
title from its text, says why, and abstains when it is not sure. No storage, no Qt."""

from __future__ import annotations

from desktop_app.core.assistant.knowledge import CATEGORIES, DOCUMENT_TYPES, type_label
from desktop_app.core.assistant.learn import Example, Model, train, word_counts
from desktop_app.core.assistant.suggest import AUTO_ACCEPT, THRESHOLD, Suggestion, suggest_for_text

__all__ = [
    "AUTO_ACCEPT",
    "CATEGORIES",
    "DOCUMENT_TYPES",
    "THRESHOLD",
    "Example",
    "Model",
    "Suggestion",
    "suggest_for_text",
    "train",
    "type_label",
    "word_counts",
]

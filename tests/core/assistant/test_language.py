"""The language of a document, and which need a certified translation."""

from __future__ import annotations

import pytest

from desktop_app.core.assistant.language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("To whom it may concern: I have known Maria for ten years as a member of our "
         "congregation, and she is an honest and hardworking woman.", "en"),
        ("A quien corresponda: conozco a María desde hace diez años como miembro de nuestra "
         "congregación, y es una mujer honesta y trabajadora.", "es"),
        ("À qui de droit : je connais Marie depuis dix ans comme membre de notre paroisse, "
         "et c'est une femme honnête et travailleuse.", "fr"),
        ("A quem possa interessar: conheço Maria há dez anos como membro da nossa igreja, "
         "e ela é uma mulher honesta e trabalhadora.", "pt"),
        ("Pou moun sa a konsène: mwen konnen Mari depi dis lane kòm manm legliz nou an, "
         "epi li se yon fanm onèt ki travay di anpil.", "ht"),
        ("Sehr geehrte Damen und Herren, ich kenne Maria seit zehn Jahren als Mitglied "
         "unserer Gemeinde, und sie ist eine ehrliche und fleißige Frau.", "other"),
    ],
)
def test_languages(text: str, language: str) -> None:
    assert detect_language(text).language == language


def test_too_little_text_has_no_language() -> None:
    assert detect_language("12/05/2023 $45.00 #123").language is None

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
        # papers in other scripts, with the Latin letters of a form's numbers and a web
        # address among them: the model knows none of their languages
        ("발급번호: 2025-0042 제출용\n자원봉사활동확인서\n성명: 김민지\n주소: 서울특별시 "
         "강남구\n자원봉사활동시간: 총 135 시간\n위와 같이 자원봉사활동에 참여하였음을 "
         "확인함\nwww.1365.go.kr", "other"),
        ("检验报告单\n姓名: 王芳 性别: 女 年龄: 34岁\n白细胞计数 WBC 6.2 10^9/L\n"
         "红细胞计数 RBC 4.5 10^12/L\n报告日期: 2024-03-12", "other"),
        ("Справка с места работы\nНастоящая справка выдана Ивановой Марии в том, что она "
         "работает в ООО «Север» в должности бухгалтера.", "other"),
    ],
)
def test_languages(text: str, language: str) -> None:
    assert detect_language(text).language == language


def test_too_little_text_has_no_language() -> None:
    assert detect_language("12/05/2023 $45.00 #123").language is None

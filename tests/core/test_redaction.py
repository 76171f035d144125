"""The pure parts of redaction: frames, patterns (what they find and what they leave),
and JPEG metadata removal."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from desktop_app.core.redaction import (
    FoundWord,
    Pattern,
    clamp_box,
    find_hits,
    jpeg_without_metadata,
    turn_box,
    unturn_box,
)
from desktop_app.errors import InvalidInputError


def test_turning_a_box_matches_turning_the_page() -> None:
    box = (0.1, 0.2, 0.4, 0.3)
    assert turn_box(box, 90) == pytest.approx((0.7, 0.1, 0.8, 0.4))
    assert turn_box(box, 180) == pytest.approx((0.6, 0.7, 0.9, 0.8))
    assert turn_box(box, 270) == pytest.approx((0.2, 0.6, 0.3, 0.9))
    for degrees in (0, 90, 180, 270, -90):
        assert unturn_box(turn_box(box, degrees), degrees) == pytest.approx(box)
    assert turn_box(turn_box(box, 90), 90) == pytest.approx(turn_box(box, 180))


def test_an_empty_area_is_refused() -> None:
    assert clamp_box((0.5, 0.6, 0.2, 1.4)) == (0.2, 0.6, 0.5, 1.0)
    with pytest.raises(InvalidInputError, match="empty or outside"):
        clamp_box((0.3, 0.3, 0.3, 0.5))


def _words(*lines: str) -> list[FoundWord]:
    found = []
    for n, line in enumerate(lines):
        for i, word in enumerate(line.split()):
            found.append(FoundWord((i / 20, n / 20, (i + 1) / 20, (n + 1) / 20), word, (0, n)))
    return found


def _found(kind: str, *lines: str, keep: tuple[str, ...] = ()) -> list[str]:
    return [h.text for h in find_hits([_words(*lines)], [Pattern(kind)], keep)]


def test_patterns_find_the_numbers_and_leave_the_rest() -> None:
    assert _found("ssn", "SSN 123-45-6789 and 123 45 6789") == ["123-45-6789", "123 45 6789"]
    assert _found("ssn", "Social Security Number: 123456789") == ["123456789"]
    # An A-number has nine digits too; a date or a phone number is not an SSN.
    assert _found("ssn", "A-number A123456789 born 2023-05-12 call 713-555-0199") == []
    assert _found("account", "Account 000123456789 card 4417 1234 5678 9113 ok") == [
        "000123456789", "4417 1234 5678 9113"]
    assert _found("account", "A123456789 on 2023-05-12 phone 713-555-0199 zip 77001") == []
    assert _found("account-near", "Cuenta número 12345678 y teléfono 7135550199") == [
        "12345678"]
    assert _found("dob", "Spouse DOB: 04/22/1979", "Applicant date of birth March 14, 1986",
                  keep=("1986-03-14",)) == ["04/22/1979"]
    assert _found("dob", "Fecha de nacimiento: 3 de mayo de 1990") == ["3 de mayo de 1990"]


def test_a_pattern_over_several_words_is_one_box() -> None:
    hits = find_hits([_words("card 4417 1234 5678 9113 ok")], [Pattern("account")])
    assert len(hits) == 1
    assert hits[0].box[0] < 1 / 20 + 0.01 and hits[0].box[2] > 5 / 20


def test_user_expressions_are_checked() -> None:
    assert _found_regex("Case ORCA-55 today", r"ORCA-\d+") == ["ORCA-55"]
    for bad, message in (("(", "not a regular expression"), ("a*", "nothing at all"),
                         ("", "empty or too long")):
        with pytest.raises(InvalidInputError, match=message):
            find_hits([], [Pattern("regex", bad)])


def _found_regex(line: str, expression: str) -> list[str]:
    return [h.text for h in find_hits([_words(line)], [Pattern("regex", expression)])]


def test_jpeg_metadata_goes_and_the_picture_stays() -> None:
    exif = Image.Exif()
    exif[0x013B] = "Maria Secreta"
    image = Image.new("RGB", (64, 48), (10, 200, 30))
    buf = io.BytesIO()
    image.save(buf, format="JPEG", exif=exif.tobytes(), comment=b"owner Maria Secreta",
               dpi=(200, 200))
    data = buf.getvalue()
    clean = jpeg_without_metadata(data)
    assert b"Maria" in data and b"Maria" not in clean and b"Exif" not in clean
    with Image.open(io.BytesIO(clean)) as back, Image.open(io.BytesIO(data)) as before:
        assert back.size == (64, 48) and back.info.get("dpi") == (200, 200)
        assert back.tobytes() == before.tobytes()
    assert jpeg_without_metadata(clean) is clean  # nothing left to drop
    assert jpeg_without_metadata(b"not a jpeg") == b"not a jpeg"

"""What Qt asks of ICU, in the app's two languages: collation (QCollator: how the file
dialog and lists sort names), time zone names, and text converters. Prints the answers
and, on standard error, which ICU data library answered. Run by test_bundle.py with the
full ICU data of PySide6 and with the bundle's trimmed one (packaging/trim_icu.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone

WORDS = ["zorro", "Ñandú", "ñu", "nube", "Oso", "árbol", "Árbol", "arbol", "chico", "cosa",
         "Élan", "ela", "López", "Lopez", "llave", "luz", "Müller", "Mueller"]
LOCALES = ("es_ES", "es_MX", "es_US", "es_419", "en_US", "en_GB", "en_CA", "C")
ZONES = (b"America/New_York", b"America/Chicago", b"America/Denver", b"America/Phoenix",
         b"America/Los_Angeles", b"America/Anchorage", b"Pacific/Honolulu",
         b"America/Puerto_Rico", b"America/Mexico_City", b"America/Guatemala",
         b"America/El_Salvador", b"America/Tegucigalpa", b"America/Bogota",
         b"America/Caracas", b"Europe/Madrid", b"UTC")
ENCODINGS = ("windows-1252", "ISO-8859-1", "ISO-8859-15", "IBM850", "macintosh",
             "Shift_JIS", "GB18030", "Big5", "EUC-KR", "KOI8-R", "IBM037")


def main() -> None:
    maps = Path("/proc/self/maps").read_text()
    for name in LOCALES:
        locale = QLocale(name)
        collator = QCollator(locale)
        print(name, sorted(WORDS, key=collator.sortKey))
        for zone in ZONES:
            tz = QTimeZone(zone)
            print(" ", zone.decode(), [
                tz.displayName(kind, form, locale)
                for kind in (QTimeZone.TimeType.StandardTime, QTimeZone.TimeType.DaylightTime)
                for form in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName)])
    for encoding in ENCODINGS:
        decoder = QStringDecoder(encoding)
        print(encoding, decoder.isValid(), decoder.name())
    print(len(QStringDecoder.availableCodecs()))
    used = {line.split()[-1] for line in maps.splitlines() if "libicudata" in line}
    print(" ".join(sorted(used)), file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Bring the Spanish translations up to date with the code, and compile them.
#
#   bash packaging/update-translations.sh           extract, merge, compile
#   bash packaging/update-translations.sh --check   also list what is left to translate
#                                                   (exit 1 if anything is)
#
# Window (Qt) strings, self.tr() and QCoreApplication.translate():
#   .venv/bin/pyside6-lupdate over desktop_app/**/*.py, repaired by extract_messages.py
#   (lupdate files module-level helpers such as window_actions.tr() under an empty
#   context), merged into resources/translations/evidence_packet_es.ts keeping existing
#   translations, compiled by pyside6-lrelease into
#   desktop_app/assets/translations/evidence_packet_es.qm.
# Core, services and command-line strings, _() from desktop_app.i18n:
#   extracted into resources/locale/evidence_packet.pot, merged into
#   resources/locale/es/LC_MESSAGES/evidence_packet.po, compiled (pure Python, no msgfmt)
#   into desktop_app/assets/locale/es/LC_MESSAGES/evidence_packet.mo.
# Needs only the project's .venv (bash packaging/setup.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BIN=.venv/bin
PY="$BIN/python"
TOOL=packaging/extract_messages.py
LANGS=(es)
for tool in pyside6-lupdate pyside6-lrelease python; do
    [ -x "$BIN/$tool" ] || { echo "ERROR: $BIN/$tool is missing; run bash packaging/setup.sh" >&2; exit 2; }
done

mapfile -t SOURCES < <(find desktop_app -name '*.py' -not -path '*/__pycache__/*' | sort)
mkdir -p resources/translations desktop_app/assets/translations

for lang in "${LANGS[@]}"; do
    ts="resources/translations/evidence_packet_$lang.ts"
    fresh="resources/translations/.fresh_$lang.ts"
    echo "==> Qt strings -> $ts"
    rm -f "$fresh"
    # A fresh extraction (no -no-obsolete games): extract_messages.py carries the
    # translations over itself, after putting the helpers' strings in their contexts.
    "$BIN/pyside6-lupdate" -silent -locations absolute -target-language "$lang" \
        "${SOURCES[@]}" -ts "$fresh"
    [ -f "$ts" ] || cp "$fresh" "$ts"
    "$PY" "$TOOL" fix-ts "$fresh" "$ts"
    rm -f "$fresh"
    "$BIN/pyside6-lrelease" -silent "$ts" -qm "desktop_app/assets/translations/evidence_packet_$lang.qm"
done

echo "==> gettext strings -> resources/locale/evidence_packet.pot"
"$PY" "$TOOL" pot . resources/locale/evidence_packet.pot
for lang in "${LANGS[@]}"; do
    po="resources/locale/$lang/LC_MESSAGES/evidence_packet.po"
    "$PY" "$TOOL" merge resources/locale/evidence_packet.pot "$po"
    "$PY" "$TOOL" mo "$po" "desktop_app/assets/locale/$lang/LC_MESSAGES/evidence_packet.mo"
    if [ "${1:-}" = --check ]; then
        echo "==> What is left to translate ($lang)"
        "$PY" "$TOOL" check "resources/translations/evidence_packet_$lang.ts" "$po"
    fi
done

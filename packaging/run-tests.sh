#!/usr/bin/env bash
# Run the whole test suite: ruff, mypy and pytest. Arguments go to pytest (e.g. -k export).
# It needs the set-up done once; `bash packaging/setup.sh --test` does both.
# The exit code is pytest's when pytest fails, 1 when only ruff or mypy fail, else 0.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
BIN=.venv/bin
for tool in ruff mypy pytest; do
    if [ ! -x "$BIN/$tool" ]; then
        echo "ERROR: $BIN/$tool is missing. Set up first: bash packaging/setup.sh --test" >&2
        exit 2
    fi
done

# Window tests draw off screen; Tesseract runs one thread per process, as in the app.
export QT_QPA_PLATFORM=offscreen
export OMP_THREAD_LIMIT=1

echo "==> ruff check ."
"$BIN/ruff" check .
ruff_status=$?

echo "==> mypy (configuration in pyproject.toml)"
"$BIN/mypy"
mypy_status=$?

# A plain `pytest` leaves the slow tests out (pyproject.toml); this runs them all. A -m
# given as an argument comes later and wins.
echo "==> pytest -m \"slow or not slow\" $*"
"$BIN/pytest" -m "slow or not slow" "$@"
pytest_status=$?

if [ "$#" -eq 0 ] && [ "$pytest_status" -eq 0 ]; then
    # The whole suite passed: run the tests that store, read, export and check data again,
    # each on a data folder protected with a passphrase (SQLCipher, sealed files).
    echo "==> pytest again, on protected data folders (storage, core, services, CLI, window)"
    EVIDENCE_PACKET_TEST_PROTECTED=1 "$BIN/pytest" -m "not slow" -p no:cacheprovider \
        tests/storage tests/core tests/services tests/cli tests/gui tests/test_no_network.py
    pytest_status=$?
fi

word() { if [ "$1" -eq 0 ]; then echo ok; else echo "FAILED ($1)"; fi; }
echo "==> ruff: $(word $ruff_status); mypy: $(word $mypy_status); pytest: $(word $pytest_status)"
if [ "$pytest_status" -ne 0 ]; then exit "$pytest_status"; fi
if [ "$ruff_status" -ne 0 ] || [ "$mypy_status" -ne 0 ]; then exit 1; fi
exit 0

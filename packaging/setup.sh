#!/usr/bin/env bash
# Set up Evidence Packet on this computer, then open it or test it.
#
#   bash packaging/setup.sh                 set up, then open the app
#   bash packaging/setup.sh --test [ARGS]   set up, then run the whole test suite;
#                                           ARGS go to pytest (e.g. -k export)
#
# Runs as root, or as a user who may use sudo (sudo is used for apt only). Under
# `sudo bash packaging/setup.sh` the Python environment is made, and the app run, as the
# user who typed sudo, not as root. Safe to run again: it only does what is missing, so a
# second run takes seconds. On Debian and Ubuntu it installs the system packages itself;
# elsewhere it says which ones to install.
#
# Environment: PYTHON=/path/to/python3.X picks the interpreter for the .venv.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO/.venv"
STAMP="$VENV/.evidence-packet-setup"
STARTED=$SECONDS

# The app mode opens the window (.venv/bin/evidence-packet-gui) when there is a screen.
# Without one (a server, an SSH session) it says so and makes the sample packet with the
# command line instead (.venv/bin/evidence-packet demo), printing where it is.
APP_COMMAND=gui

say() { printf '==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
die() {
    printf '\nERROR: %s\n' "$1" >&2
    shift
    local line
    for line in "$@"; do printf '       %s\n' "$line" >&2; done
    exit 1
}

usage() {
    sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

MODE="app"
case "${1:-}" in
    --test) MODE="test"; shift ;;
    -h | --help) usage; exit 0 ;;
    "") ;;
    *) usage >&2; die "Unknown option: $1" ;;
esac
cd "$REPO"

# -- Who does what ---------------------------------------------------------------------------

IS_ROOT=false
[ "$(id -u)" -eq 0 ] && IS_ROOT=true
TARGET_USER=""  # empty: the Python side runs as whoever runs this script
if $IS_ROOT && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
    if sudo -u "$SUDO_USER" -H test -w "$REPO"; then
        TARGET_USER="$SUDO_USER"
    else
        note "$SUDO_USER cannot write to $REPO, so the set-up runs as root."
    fi
fi

as_user() {
    if [ -n "$TARGET_USER" ]; then sudo -u "$TARGET_USER" -H -- "$@"; else "$@"; fi
}

# Like as_user, keeping what a program needs to show a window (sudo drops some of it).
as_user_gui() {
    local keep=() name
    for name in DISPLAY WAYLAND_DISPLAY XAUTHORITY XDG_RUNTIME_DIR DBUS_SESSION_BUS_ADDRESS; do
        if [ -n "${!name:-}" ]; then keep+=("$name=${!name}"); fi
    done
    as_user env "${keep[@]}" "$@"
}

as_root() {
    if $IS_ROOT; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -- "$@"
    else
        die "Installing system packages needs root, and sudo is not installed." \
            "Run this script as root (su -c 'bash packaging/setup.sh'), or install sudo."
    fi
}

# -- System packages -------------------------------------------------------------------------
# Each group: a line to show, then its Debian packages. "a|b" means either (Ubuntu 24.04 and
# Debian 13 renamed some libraries with a t64 suffix).

GROUP_LABELS=()
GROUP_PACKAGES=()
group() {
    GROUP_LABELS+=("$1")
    shift
    GROUP_PACKAGES+=("$*")
}
group "Tesseract OCR with English, Spanish and orientation data" \
    tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa tesseract-ocr-osd
group "Poppler PDF tools (pdftoppm, used by the tests to look at pages)" poppler-utils
group "Qt 6 runtime libraries and fonts for the window" \
    libegl1 libgl1 "libglib2.0-0t64|libglib2.0-0" libfontconfig1 libfreetype6 libdbus-1-3 \
    libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
    libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 \
    libxcb-xkb1 libwayland-client0 libwayland-cursor0 libwayland-egl1 fonts-dejavu-core
group "Xvfb, a screen without a monitor, for the window tests" xvfb xauth
group "Tools to build the self-contained app folder (packaging/bundle.sh)" binutils patchelf \
    gcc g++ libc6-dev python3-dev icu-devtools

find_python() {
    local candidate
    for candidate in ${PYTHON:-} "$(command -v python3 2>/dev/null || true)" /usr/bin/python3; do
        if [ -z "$candidate" ] || [ ! -x "$candidate" ]; then continue; fi
        # The user who will own .venv must be able to run it (root's pyenv is not theirs).
        # Print the real interpreter, not a wrapper such as a pyenv shim (slow to start).
        if as_user "$candidate" -c 'import sys; print(sys.executable)' 2>/dev/null; then
            return 0
        fi
    done
    return 1
}

PY="$(find_python || true)"
if [ -z "$PY" ]; then
    group "Python 3 with its venv module" python3 python3-venv
elif ! as_user "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    group "Python's venv module" python3-venv
fi

install_system_packages() {
    local spec name i all installed
    all="$(printf '%s ' "${GROUP_PACKAGES[@]}" | tr '|' ' ')"
    # shellcheck disable=SC2086  # one word per package name
    installed=" $(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' $all 2>/dev/null |
        awk '$1 == "ii" { printf "%s ", $2 }' || true) "

    local missing=() labels=()
    for i in "${!GROUP_PACKAGES[@]}"; do
        local group_missing=false
        for spec in ${GROUP_PACKAGES[$i]}; do
            local have=false
            for name in ${spec//|/ }; do
                if [[ "$installed" == *" $name "* ]]; then have=true; fi
            done
            if ! $have; then missing+=("$spec"); group_missing=true; fi
        done
        if $group_missing; then labels+=("${GROUP_LABELS[$i]}"); fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        say "System packages: all there"
        return 0
    fi

    local label
    for label in "${labels[@]}"; do say "Installing $label"; done
    note "(apt-get as root: ${missing[*]//|/ or })"
    local apt=(apt-get -q -o DPkg::Lock::Timeout=300)
    as_root env DEBIAN_FRONTEND=noninteractive "${apt[@]}" update >/dev/null ||
        die "apt-get update failed." "Check the network connection, then run this again."

    local chosen=() found
    for spec in "${missing[@]}"; do
        found=""
        for name in ${spec//|/ }; do
            if apt-cache show "$name" >/dev/null 2>&1; then found="$name"; break; fi
        done
        if [ -n "$found" ]; then
            chosen+=("$found")
        else
            note "Not available on this system, skipped: ${spec//|/ or }"
        fi
    done
    [ "${#chosen[@]}" -gt 0 ] || return 0
    as_root env DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y --no-install-recommends \
        "${chosen[@]}" ||
        die "apt-get could not install: ${chosen[*]}" "Read apt's message above, fix it, and run this again."
}

explain_other_system() {
    say "This is not a Debian or Ubuntu system (no apt-get), so install these yourself:"
    note "- Tesseract OCR 4 or newer with English, Spanish and OSD (orientation) data"
    note "    Fedora: tesseract tesseract-langpack-eng tesseract-langpack-spa tesseract-osd"
    note "    Arch: tesseract tesseract-data-eng tesseract-data-spa tesseract-data-osd"
    note "    macOS (Homebrew): tesseract tesseract-lang"
    note "- Poppler utilities (pdftoppm): poppler-utils, or poppler on Arch and Homebrew"
    note "- Python 3.10 or newer with its venv module"
    note "- For the tests: Xvfb (xorg-x11-server-Xvfb on Fedora, xorg-server-xvfb on Arch)"
    note "- To build the app folder (packaging/bundle.sh): binutils, patchelf, C and C++"
    note "  compilers, Python's headers (python3-devel), icupkg"
    note "- On Linux, the Qt 6 runtime libraries: EGL, OpenGL, fontconfig, D-Bus, xkbcommon"
    note "  and the xcb-cursor, icccm, image, keysyms, randr, render-util, shape libraries"
}

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
    install_system_packages
else
    explain_other_system
fi

command -v tesseract >/dev/null 2>&1 ||
    die "Tesseract OCR is not installed." "Install it (see above), then run this again."
TESSERACT_LANGS="$(tesseract --list-langs 2>/dev/null | tail -n +2)"
for lang in eng spa osd; do
    grep -qx "$lang" <<<"$TESSERACT_LANGS" ||
        die "Tesseract has no '$lang' language data." \
            "On Debian or Ubuntu: apt-get install tesseract-ocr-$lang; elsewhere see above."
done

# -- Python ----------------------------------------------------------------------------------

PY="$(find_python || true)"
[ -n "$PY" ] || die "No python3 found." "Install Python 3.10 or newer, then run this again."
if ! as_user "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
    die "Python 3.10 or newer is needed; $PY is $(as_user "$PY" -V 2>&1)." \
        "Install a newer Python with its venv module, then run:" \
        "PYTHON=/path/to/python3.11 bash packaging/setup.sh"
fi

venv_is_usable() {
    [ -x "$VENV/bin/python" ] || return 1
    as_user test -w "$VENV" || return 1
    as_user "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
        >/dev/null 2>&1 || return 1
    # A .venv copied from another folder still runs, but its scripts point at the old one.
    head -n 2 "$VENV/bin/pip" 2>/dev/null | grep -qF "$VENV/bin/python"
}

if [ -e "$VENV" ] && ! venv_is_usable; then
    say "The Python environment in .venv is broken, moved or not yours: making it again"
    rm -rf "$VENV"
fi
if [ ! -e "$VENV" ]; then
    say "Creating the Python environment in .venv with $PY ($(as_user "$PY" -V 2>&1))"
    as_user "$PY" -m venv "$VENV" ||
        die "Could not create $VENV." "On Debian or Ubuntu: apt-get install python3-venv"
fi

WANT_STAMP="$(as_user "$VENV/bin/python" - "$REPO/pyproject.toml" <<'EOF'
import hashlib
import sys

with open(sys.argv[1], "rb") as fh:
    digest = hashlib.sha256(fh.read()).hexdigest()
print(f"{digest} python{sys.version_info[0]}.{sys.version_info[1]}")
EOF
)"
HAVE_STAMP="$(cat "$STAMP" 2>/dev/null || true)"
# -I: import the installed app, not the folder we stand in.
if [ "$WANT_STAMP" = "$HAVE_STAMP" ] && [ -x "$VENV/bin/evidence-packet" ] &&
    [ -x "$VENV/bin/pytest" ] &&
    as_user "$VENV/bin/python" -I -c 'import desktop_app' >/dev/null 2>&1; then
    say "Python packages: up to date"
else
    say "Installing the app and its Python packages into .venv (PySide6, PyMuPDF, Pillow, ...)"
    note "The first time this downloads about 150 MB and takes a minute or two."
    as_user "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input -q \
        -e '.[test,bundle]' ||
        die "pip could not install the Python packages." \
            "Read pip's message above; check the network connection, then run this again."
    # shellcheck disable=SC2016  # $1 and $2 belong to the inner shell
    as_user sh -c 'printf "%s\n" "$1" > "$2"' sh "$WANT_STAMP" "$STAMP"
fi

say "Set-up done in $((SECONDS - STARTED)) s"

# -- Test or open ----------------------------------------------------------------------------

if [ "$MODE" = test ]; then
    say "Running the test suite"
    status=0
    as_user bash "$REPO/packaging/run-tests.sh" "$@" || status=$?
    exit "$status"
fi

HAVE_SCREEN=false
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then HAVE_SCREEN=true; fi
if [ "$APP_COMMAND" = gui ] && $HAVE_SCREEN; then
    say "Opening Evidence Packet"
    as_user_gui "$VENV/bin/evidence-packet-gui"
    exit $?
fi
if [ "$APP_COMMAND" = gui ]; then
    say "There is no screen here (DISPLAY is not set), so the window cannot open."
    note "On a desktop, run: $VENV/bin/evidence-packet-gui"
    note "Meanwhile, here is what the app makes, through its command line:"
fi

say "Making a sample evidence packet from the bundled sample scans (OCR takes a minute)"
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
as_user "$VENV/bin/evidence-packet" demo | tee "$LOG"
PACKET="$(tail -n 1 "$LOG")"
[ -f "$PACKET" ] || die "The demo did not report where it saved the packet."
if $HAVE_SCREEN && command -v xdg-open >/dev/null 2>&1; then
    say "Opening $PACKET"
    as_user_gui xdg-open "$PACKET" >/dev/null 2>&1 &
else
    say "The packet is ready: $PACKET"
    note "(no screen here to open it on; copy it to a computer with a PDF viewer)"
fi

#!/usr/bin/env bash
# Build Evidence Packet as one self-contained folder that runs without Python, Tesseract or a
# network: dist/EvidencePacket/ (and dist/EvidencePacket-linux-x86_64.tar.gz to hand out).
#
#   bash packaging/bundle.sh            build what changed (seconds when nothing did)
#   bash packaging/bundle.sh --force    build everything again
#
# Linux only (Windows and macOS: packaging/README.md). It needs the set-up done once
# (bash packaging/setup.sh: the .venv with PyInstaller, Debian's Tesseract with English,
# Spanish and orientation data, binutils, patchelf, a C compiler and icupkg). The folder
# holds:
#   evidence-packet, evidence-packet-gui   the command line and the window (one program:
#                                          the first name is a link to the second)
#   install.sh                             puts the app in the desktop's menu (--uninstall)
#   _internal/                             Python, Qt, the app, and tesseract/: Debian's
#                                          Tesseract, its data and the libraries it links
#                                          (stand-ins for two: packaging/standins)
# Safe to run again, and to stop: each step replaces its output only once it is complete.
set -euo pipefail
# The folder is for every user of the computer (a clinic may unpack it in /opt): its
# files readable by all, whatever umask started this (the test suite's is owner-only).
umask 022

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$REPO/build"
DIST="$REPO/dist"
APP="$DIST/EvidencePacket"
TARBALL="$DIST/EvidencePacket-linux-x86_64.tar.gz"
STAGE="$BUILD/tesseract"
VENV="$REPO/.venv"
LANGS=(eng spa osd)
STARTED=$SECONDS

say() { printf '==> %s\n' "$*"; }
die() {
    printf '\nERROR: %s\n' "$1" >&2
    shift
    local line
    for line in "$@"; do printf '       %s\n' "$line" >&2; done
    exit 1
}

FORCE=false
case "${1:-}" in
    --force) FORCE=true ;;
    -h | --help) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    "") ;;
    *) die "Unknown option: $1" "Usage: bash packaging/bundle.sh [--force]" ;;
esac

[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] ||
    die "This script builds the Linux x86-64 bundle." "For Windows and macOS see packaging/README.md."
for tool in cc icupkg ldd nm objdump patchelf strip tesseract; do
    command -v "$tool" >/dev/null 2>&1 ||
        die "$tool is missing." "Run bash packaging/setup.sh once (it installs it), then this again."
done
[ -x "$VENV/bin/pyinstaller" ] ||
    die "PyInstaller is not in $VENV." "Run bash packaging/setup.sh once (it installs it), then this again."

# -- Tesseract, with its data and every library it links ----------------------------------
# Each library comes from the system's own loader (ldd), except the C library and its
# loader family (glibc): those must be the running system's, since the dynamic loader
# and libc are one piece with the kernel interface; every Linux has them. Everything else
# is copied, libstdc++ and libgomp included: Tesseract runs as its own process, so its
# C++ runtime cannot clash with the one the window's graphics driver loads, and an older
# system's one would lack the symbols Debian's build needs. The executable gets an RPATH
# ($ORIGIN/lib), which wins over LD_LIBRARY_PATH and the system's folders and, as none of
# these libraries has a RUNPATH of its own, serves their dependencies too; the libraries
# stay byte for byte Debian's, so those the window also uses are stored once (hard links).
# But two: libtesseract links libarchive (traineddata packed in an archive) and libcurl
# (an image URL as input), which with what they load in turn (ICU, libxml2, gnutls,
# krb5, ldap...) weigh 50 MB. The app uses neither, so small stand-ins with the same
# names say "not available" instead (packaging/standins/README.md).

GLIBC_RE='^(ld-linux[-.].*|libc|libm|libmvec|libdl|libpthread|librt|libresolv|libutil|libanl|libnsl|libcrypt|libBrokenLocale|libthread_db|libnss_[a-z]+|linux-vdso)\.so'

TESSERACT_BIN="$(readlink -f "$(command -v tesseract)")"
TESSDATA="$(tesseract --list-langs 2>/dev/null | sed -n '1s/.*"\(.*\)".*/\1/p')"
[ -d "$TESSDATA" ] || die "Could not tell where Tesseract's language data is."
for lang in "${LANGS[@]}"; do
    [ -f "$TESSDATA/$lang.traineddata" ] ||
        die "Tesseract has no '$lang' data." "Run bash packaging/setup.sh once, then this again."
done

STANDINS="$REPO/packaging/standins"

tesseract_libraries() {  # "name path" for each library the loader finds, glibc left out
    ldd "${1:-$TESSERACT_BIN}" | awk '$2 == "=>" && $3 ~ /^\// { print $1, $3 }' |
        grep -Ev "$GLIBC_RE" || true
}

standin() {  # standin SOURCE SONAME OUTPUT [VERSION-SCRIPT]: build a stand-in library
    cc -shared -fPIC -O2 -Wall -Wextra -Werror -o "$3" -Wl,-soname,"$2" \
        ${4:+-Wl,--version-script="$4"} "$1"
    strip --strip-unneeded "$3"
}

covers() {  # covers USER STANDIN PREFIX: the stand-in defines each PREFIX* function USER calls
    local missing
    missing="$(comm -23 \
        <(nm -D --undefined-only "$1" | awk '{ print $2 }' | sed 's/@.*//' | grep -E "^$3" | sort -u) \
        <(nm -D --defined-only "$2" | awk '{ print $3 }' | sed 's/@.*//' | sort -u))"
    [ -z "$missing" ] || die "$(basename "$2") lacks what $(basename "$1") calls:" "$missing"
}

stage_tesseract() {
    local tmp="$STAGE.tmp" name path pkg
    rm -rf "$tmp"
    mkdir -p "$tmp/lib" "$tmp/tessdata" "$tmp/licenses"
    cp "$TESSERACT_BIN" "$tmp/tesseract"
    chmod 0755 "$tmp/tesseract"
    patchelf --force-rpath --set-rpath '$ORIGIN/lib' "$tmp/tesseract"
    standin "$STANDINS/libarchive.c" libarchive.so.13 "$tmp/lib/libarchive.so.13"
    standin "$STANDINS/libcurl.c" libcurl.so.4 "$tmp/lib/libcurl.so.4" "$STANDINS/libcurl.map"
    # The rest as the loader finds it for the staged copy: the stand-ins' own
    # dependencies (ICU, gnutls...) are no longer among them.
    local files=("$TESSERACT_BIN")
    while read -r name path; do
        [ -n "$name" ] && [ ! -e "$tmp/lib/$name" ] || continue
        cp -L "$path" "$tmp/lib/$name"
        files+=("$(readlink -f "$path")")
    done < <(tesseract_libraries "$tmp/tesseract")
    chmod 0644 "$tmp"/lib/*
    for path in "$tmp/tesseract" "$tmp"/lib/libtesseract.so.*; do
        covers "$path" "$tmp/lib/libarchive.so.13" archive_
        covers "$path" "$tmp/lib/libcurl.so.4" curl_
    done

    for lang in "${LANGS[@]}"; do
        cp "$TESSDATA/$lang.traineddata" "$tmp/tessdata/"
        files+=("$TESSDATA/$lang.traineddata")
    done
    cp "$TESSDATA/pdf.ttf" "$tmp/tessdata/"  # the font of the invisible text layer
    # "pdf", "hocr": the outputs the app asks for. -L: Debian's configs folder is a link to
    # /usr/share, which the bundle must not need (and PyInstaller does not follow).
    cp -rL "$TESSDATA/configs" "$tmp/tessdata/"
    # Their licences travel with them (Apache-2.0 for Tesseract, others for the libraries).
    for pkg in $(dpkg-query -S "${files[@]}" 2>/dev/null | cut -d: -f1 | sort -u); do
        if [ -f "/usr/share/doc/$pkg/copyright" ]; then
            cp "/usr/share/doc/$pkg/copyright" "$tmp/licenses/$pkg.copyright"
        fi
    done

    # The staged copy must load its own libraries, and run with no PATH.
    local strays
    strays="$(ldd "$tmp/tesseract" | awk '$2 == "=>" { print $1, $3 }' | grep -Ev "$GLIBC_RE" |
        grep -v " $tmp/lib/" || true)"
    [ -z "$strays" ] || die "The staged Tesseract would load libraries of this system:" "$strays"
    env -i PATH=/nonexistent TESSDATA_PREFIX="$tmp/tessdata" \
        "$tmp/tesseract" --list-langs >"$tmp/langs.txt" 2>&1 ||
        die "The staged Tesseract does not run:" "$(cat "$tmp/langs.txt")"
    for lang in "${LANGS[@]}"; do
        grep -qx "$lang" "$tmp/langs.txt" || die "The staged Tesseract lacks '$lang'."
    done
    rm "$tmp/langs.txt"
    # ... and make the outputs the app asks for (a picture with no text is enough).
    env -i PATH=/nonexistent TESSDATA_PREFIX="$tmp/tessdata" \
        "$tmp/tesseract" "$REPO/desktop_app/assets/icons/evidence-packet-256.png" \
        "$tmp/probe" -l eng pdf hocr >"$tmp/probe.txt" 2>&1 &&
        [ -s "$tmp/probe.pdf" ] && [ -s "$tmp/probe.hocr" ] ||
        die "The staged Tesseract cannot write its PDF and hOCR output:" "$(cat "$tmp/probe.txt")"
    rm -f "$tmp"/probe.*
    rm -rf "$STAGE"
    mv "$tmp" "$STAGE"
}

TESSERACT_STAMP="$(
    {
        sha256sum <"$TESSERACT_BIN"  # contents only: the script may be named either way
        sha256sum <"${BASH_SOURCE[0]}"
        cat "$STANDINS"/*
        tesseract_libraries | awk '{ print $2 }' | xargs readlink -f | xargs sha256sum
        for lang in "${LANGS[@]}"; do sha256sum "$TESSDATA/$lang.traineddata"; done
    } | sha256sum | cut -d' ' -f1
)"
if ! $FORCE && [ "$(cat "$STAGE/.stamp" 2>/dev/null || true)" = "$TESSERACT_STAMP" ]; then
    say "Tesseract: staged already ($STAGE)"
else
    say "Staging Tesseract $(tesseract --version 2>&1 | head -n 1 | cut -d' ' -f2) with ${LANGS[*]} data and its libraries"
    stage_tesseract
    echo "$TESSERACT_STAMP" >"$STAGE/.stamp"
fi

# -- NumPy without OpenBLAS ----------------------------------------------------------------
# NumPy's wheel carries OpenBLAS and its Fortran runtime (28 MB) for large matrix algebra.
# The app's is tiny (an 8x8 solve for a homography, 3x3 products, straight-line fits:
# core/capture), which NumPy's own loops and its bundled LAPACK subset (lapack_lite)
# do as well. The bundle gets the .venv's NumPy version built from source without
# them, once (a few minutes; pip fetches the source and its build tools, then it is
# kept in build/). The .venv keeps the wheel.
NUMPY_VERSION="$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("numpy"))')"
NUMPY_LITE="$BUILD/numpy-$NUMPY_VERSION-noblas"
build_numpy_lite() {
    local tmp="$NUMPY_LITE.tmp"
    rm -rf "$tmp"
    "$VENV/bin/python" -m pip wheel --disable-pip-version-check --no-deps --no-binary numpy \
        -w "$tmp/wheel" "numpy==$NUMPY_VERSION" -Csetup-args=-Dblas=none \
        -Csetup-args=-Dlapack=none -Csetup-args=-Dallow-noblas=true >"$tmp.log" 2>&1 ||
        die "Could not build NumPy $NUMPY_VERSION from source (log: $tmp.log)." \
            "It needs a network connection once, g++ and Python's headers" \
            "(bash packaging/setup.sh installs them)."
    "$VENV/bin/python" -m pip install --disable-pip-version-check --no-deps --no-index \
        --target "$tmp/site" "$tmp"/wheel/numpy-*.whl >>"$tmp.log" 2>&1 ||
        die "Could not install the NumPy built from source (log: $tmp.log)."
    # It must be the one Python finds, and have no BLAS library of its own.
    PYTHONPATH="$tmp/site" "$VENV/bin/python" -c "
import numpy, sys
assert numpy.__file__.startswith('$tmp/site/'), numpy.__file__
blas = numpy.show_config(mode='dicts')['Build Dependencies']['blas']['name']
assert blas == 'none', blas
assert abs(numpy.linalg.solve([[2.0, 1.0], [1.0, 3.0]], [3.0, 5.0]) - [0.8, 1.4]).max() < 1e-12
" || die "The NumPy built from source is not the one expected (log: $tmp.log)."
    [ -z "$(find "$tmp/site" -name '*.so*' -path '*.libs/*' -print -quit)" ] ||
        die "The NumPy built from source brought libraries of its own."
    rm -rf "$NUMPY_LITE" "$tmp.log"
    mv "$tmp" "$NUMPY_LITE"
}
if [ -d "$NUMPY_LITE/site" ]; then
    say "NumPy $NUMPY_VERSION without OpenBLAS: built already ($NUMPY_LITE)"
else
    say "Building NumPy $NUMPY_VERSION without OpenBLAS (once; a few minutes)"
    build_numpy_lite
fi

# -- The app, frozen -----------------------------------------------------------------------
# Rebuilt when the app, the packaging, the Python packages or the staged Tesseract change.

app_stamp() {
    cd "$REPO"
    {
        find desktop_app packaging resources/evidence-packet.desktop pyproject.toml -type f \
            -not -path '*/__pycache__/*' -not -name '*.md' -print0 | sort -z |
            xargs -0 sha256sum
        "$VENV/bin/python" -m pip freeze --disable-pip-version-check --exclude-editable
        echo "$TESSERACT_STAMP"
        cat "$NUMPY_LITE"/site/numpy-*.dist-info/RECORD
    } | sha256sum | cut -d' ' -f1
}
APP_STAMP="$(app_stamp)"
if ! $FORCE && [ "$(cat "$APP/.build-stamp" 2>/dev/null || true)" = "$APP_STAMP" ] &&
    [ -f "$TARBALL" ]; then
    say "The bundle is up to date: $APP"
    exit 0
fi

say "Freezing the app with PyInstaller (a few minutes the first time)"
rm -f "$APP/.build-stamp"
# A build stopped half-way leaves no stamp, so the next run builds again.
# PYTHONPATH: the NumPy without OpenBLAS comes before the .venv's.
PYTHONPATH="$NUMPY_LITE/site" EVIDENCE_PACKET_TESSERACT="$STAGE" \
    "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/pyinstaller" "$REPO/packaging/evidence-packet.spec"
install -m 0755 "$REPO/packaging/install.sh" "$APP/install.sh"
# One program, two names (packaging/launchers/both.py): the command line's is a link.
ln -sfn evidence-packet-gui "$APP/evidence-packet"
# HEIC photos are only read (libde265 decodes them); the pillow-heif wheel's libheif also
# links x265, an encoder for writing them (23 MB): a stand-in says there is none.
for x265 in "$APP"/_internal/pillow_heif.libs/libx265-*.so*; do
    [ -f "$x265" ] || continue
    standin "$STANDINS/libx265.c" "$(basename "$x265")" "$x265.tmp"
    for heif in "$APP"/_internal/pillow_heif.libs/libheif-*.so*; do covers "$heif" "$x265.tmp" x265_; done
    mv "$x265.tmp" "$x265"
done
# Symbol tables and debugging information nobody uses (20 MB, mostly in the wheels'
# libraries and CPython's). Not the two executables (the app's archive follows their
# code) and not Tesseract's folder (Debian's files, stripped already). A library a
# wheel's build rewrote with patchelf can come out of strip unloadable ("ELF load
# command address/offset not page-aligned": NumPy's OpenBLAS): each stripped copy must
# pass the loader's own check, else the library stays as it was.
LOADER=/lib64/ld-linux-x86-64.so.2
unstripped=()
while IFS= read -r -d '' path; do
    # (Read whole first: grep -q would stop readelf mid-way, and pipefail take that
    # for "no symbol table".)
    sections="$(readelf -S -W "$path" 2>/dev/null || true)"
    [[ $sections == *" .symtab "* ]] || continue
    strip --strip-unneeded -o "$path.stripped" "$path"
    verdict=0
    "$LOADER" --verify "$path.stripped" >/dev/null 2>&1 || verdict=$?
    if [ "$verdict" = 0 ] || [ "$verdict" = 2 ]; then  # 2: a library, not a program
        chmod --reference="$path" "$path.stripped"
        mv "$path.stripped" "$path"
    else
        rm "$path.stripped"
        unstripped+=("${path#"$APP/"}")
    fi
done < <(find "$APP/_internal" -path "$APP/_internal/tesseract" -prune -o -type f -name '*.so*' -print0)
[ ${#unstripped[@]} = 0 ] || say "Left as they are (strip would break them): ${unstripped[*]}"
# Qt's ICU data (32 MB) holds every language's locale data; Qt asks ICU for collation,
# time zone names and text converters, in the app's two languages: the other languages'
# locale data goes (packaging/trim_icu.py: 14 MB left).
for icudata in "$APP"/_internal/PySide6/Qt/lib/libicudata.so.*; do
    if [ -f "$icudata" ]; then "$VENV/bin/python" "$REPO/packaging/trim_icu.py" "$icudata"; fi
done
# SQLCipher's wheel brings its own OpenSSL 3 (7 MB), beside Debian's that Python's hashlib
# and ssl load. Each OpenSSL function it calls is of OpenSSL 3.0's interface (checked
# below, by symbol version), so it gets Debian's as a hard link: the loader sees the same
# file and maps it once.
for theirs in "$APP"/_internal/sqlcipher3_binary.libs/libcrypto-*.so.3; do
    ours="$APP/_internal/libcrypto.so.3"
    [ -f "$theirs" ] && [ -f "$ours" ] || continue
    for user in "$APP"/_internal/sqlcipher3/*.so; do
        missing="$(comm -23 \
            <(nm -D --undefined-only "$user" | awk '$2 ~ /@OPENSSL/ { print $2 }' | sort -u) \
            <(nm -D --defined-only "$ours" | awk '{ sub("@@", "@", $3); print $3 }' | sort -u))"
        [ -z "$missing" ] || die "$(basename "$user") needs what Debian's OpenSSL lacks:" "$missing"
    done
    ln -f "$ours" "$theirs"
done
# Pillow's wheel brings its own copies of four libraries the bundle also has from Debian
# (for the window and Tesseract): libXau (X11's authorisation data, for its libxcb; 2.1
# MB, all but 13 KB of it a gap the wheel's relinking left), zstd and xz (libtiff's
# decompressors) and libpng (FreeType's, for colour glyphs). Each becomes a hard link to
# Debian's, one file for both, as Debian's defines every function, at its version, that
# a library of the bundle takes from Pillow's (checked): 3.3 MB. They only decode lossless
# data or read a file, so what they give does not depend on which build it is.
same_functions() {  # same_functions THEIRS OURS: OURS has all its users take from THEIRS
    local users missing
    users="$(grep -rlF --include='*.so*' "$(basename "$1")" "$APP/_internal" | grep -vxF "$1")"
    missing="$(comm -23 \
        <(comm -12 \
            <(echo "$users" | xargs nm -D --undefined-only | awk 'NF >= 2 { print $NF }' |
                sort -u) \
            <(nm -D --defined-only "$1" | awk '{ sub("@@", "@", $3); print $3 }' | sort -u)) \
        <(nm -D --defined-only "$2" | awk '{ sub("@@", "@", $3); print $3 }' | sort -u))"
    [ -z "$missing" ] || die "$(basename "$2") lacks what $(basename "$1")'s users call:" "$missing"
}
for pair in libXau:libXau.so.6 libzstd:libzstd.so.1 liblzma:liblzma.so.5 \
    libpng16:libpng16.so.16; do
    ours="$APP/_internal/${pair#*:}"
    for theirs in "$APP"/_internal/pillow.libs/"${pair%%:*}"-*.so*; do
        [ -f "$theirs" ] && [ -f "$ours" ] || continue
        same_functions "$theirs" "$ours"
        ln -f "$ours" "$theirs"
    done
done
# Debian's libdbus-1 (Qt's link to the desktop's D-Bus) links libsystemd for the two
# functions of a D-Bus server started by systemd with its sockets handed over; with
# what libsystemd links in turn (libgcrypt, lz4, libcap) 2.5 MB. The app is a D-Bus
# client: a stand-in answers as libsystemd does for a program not started that way, and
# the libraries nothing else needs go.
if [ -f "$APP/_internal/libsystemd.so.0" ]; then
    sd="$APP/_internal/libsystemd.so.0"
    standin "$STANDINS/libsystemd.c" libsystemd.so.0 "$sd.tmp" "$STANDINS/libsystemd.map"
    for user in $(grep -rlF --include='*.so*' libsystemd.so.0 "$APP/_internal"); do
        [ "$user" = "$sd" ] || [ "$user" = "$sd.tmp" ] || covers "$user" "$sd.tmp" sd_
    done
    mv "$sd.tmp" "$sd"
    for lib in libgcrypt.so.20 libgpg-error.so.0 liblz4.so.1 libcap.so.2; do
        [ -f "$APP/_internal/$lib" ] || continue
        users="$(grep -rlF --include='*.so*' "$lib" "$APP/_internal" |
            grep -vxF "$APP/_internal/$lib" || true)"
        [ -n "$users" ] || rm "$APP/_internal/$lib"
    done
fi
# Libraries both Tesseract and the window use, stored once.
for path in "$APP"/_internal/tesseract/lib/*; do
    twin="$APP/_internal/$(basename "$path")"
    if [ -f "$twin" ] && [ ! -L "$twin" ] && cmp -s "$path" "$twin"; then ln -f "$twin" "$path"; fi
done

say "Checking the bundle"
"$APP/evidence-packet" --help >/dev/null || die "The bundled evidence-packet does not start."
env -i HOME=/nonexistent PATH=/nonexistent \
    "$APP/_internal/tesseract/tesseract" --version >/dev/null 2>&1 ||
    die "The bundled Tesseract does not start."

say "Packing $(basename "$TARBALL")"
tar -C "$DIST" --sort=name --owner=0 --group=0 --numeric-owner -czf "$TARBALL.tmp" \
    EvidencePacket
mv "$TARBALL.tmp" "$TARBALL"
echo "$APP_STAMP" >"$APP/.build-stamp"

say "Done in $((SECONDS - STARTED)) s: $APP ($(du -sm "$APP" | cut -f1) MB)," \
    "$TARBALL ($(du -m "$TARBALL" | cut -f1) MB)"

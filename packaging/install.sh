#!/bin/sh
# Put Evidence Packet in this user's desktop menu, from this folder (no administrator needed).
#
#   ./install.sh              add the menu entry and the icons (run it again after moving
#                             this folder)
#   ./install.sh --uninstall  remove exactly those again; the cases are not touched
#
# It writes, for the user who runs it only:
#   ~/.local/share/applications/evidence-packet.desktop    (its Exec is this folder's window)
#   ~/.local/share/icons/hicolor/{32x32,64x64,128x128,256x256}/apps/evidence-packet.png
#   ~/.local/share/icons/hicolor/scalable/apps/evidence-packet.svg
# (under $XDG_DATA_HOME instead of ~/.local/share when it is set). Nothing else: to remove
# the app itself, uninstall, then delete this folder.
set -eu

HERE="$(cd "$(dirname "$0")" && pwd -P)"
DATA="${XDG_DATA_HOME:-${HOME:?HOME is not set}/.local/share}"
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor"
NAME=evidence-packet
DESKTOP="$APPS/$NAME.desktop"
MARK="X-Evidence-Packet-Bundle"  # says this script wrote the file
SIZES="32 64 128 256"

fail() {
    echo "install.sh: $*" >&2
    exit 1
}

refresh_caches() {  # the menu and icon caches some desktops keep; fine if absent
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$APPS" 2>/dev/null || true
    fi
    if [ -f "$ICONS/index.theme" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
    fi
}

remove() {
    if [ -f "$1" ]; then
        rm -f "$1"
        echo "removed $1"
    fi
}

uninstall() {
    if [ -f "$DESKTOP" ] && ! grep -q "^$MARK=" "$DESKTOP"; then
        echo "left $DESKTOP: another installation wrote it"
    else
        remove "$DESKTOP"
    fi
    for size in $SIZES; do remove "$ICONS/${size}x$size/apps/$NAME.png"; done
    remove "$ICONS/scalable/apps/$NAME.svg"
    refresh_caches
    echo "Evidence Packet is out of the menu. Your cases are still in its data folder."
}

# A value for the desktop entry's Exec key: quoted, with the characters the
# specification reserves inside quotes escaped, then escaped again as a string value.
exec_quote() {
    printf '"%s"' "$(printf '%s' "$1" | sed -e 's/[\\"`$]/\\&/g' -e 's/%/%%/g')" |
        sed -e 's/\\/\\\\/g'
}

# Write $2 from stdin, whole or not at all.
write_file() {
    mkdir -p "$(dirname "$2")"
    cat >"$2.tmp.$$"
    chmod "$1" "$2.tmp.$$"
    mv -f "$2.tmp.$$" "$2"
    echo "wrote $2"
}

install_entry() {
    gui="$HERE/evidence-packet-gui"
    template="$HERE/_internal/desktop/$NAME.desktop"
    icons="$HERE/_internal/desktop_app/assets/icons"
    [ -x "$gui" ] && [ -f "$template" ] && [ -d "$icons" ] ||
        fail "this folder is not a complete Evidence Packet folder (unpack it again)."
    case "$HERE" in
        *"
"*) fail "the folder's path holds a line break; move the folder, then run this again." ;;
    esac

    exec_value="$(exec_quote "$gui") %F"
    tryexec_value="$(printf '%s' "$gui" | sed -e 's/\\/\\\\/g')"
    # The keys go right under the group's header (awk reads them from the environment,
    # which leaves backslashes as they are).
    TRYEXEC_LINE="TryExec=$tryexec_value" EXEC_LINE="Exec=$exec_value" \
        MARK_LINE="$MARK=$tryexec_value" awk -v mark="^$MARK=" '
        /^(Exec|TryExec)=/ || $0 ~ mark { next }
        { print }
        /^\[Desktop Entry\]$/ {
            print ENVIRON["TRYEXEC_LINE"]; print ENVIRON["EXEC_LINE"]; print ENVIRON["MARK_LINE"]
        }' "$template" | write_file 0644 "$DESKTOP"
    for size in $SIZES; do
        write_file 0644 "$ICONS/${size}x$size/apps/$NAME.png" <"$icons/$NAME-$size.png"
    done
    write_file 0644 "$ICONS/scalable/apps/$NAME.svg" <"$icons/$NAME.svg"
    refresh_caches
    echo "Evidence Packet is in the menu (Office). It opens $gui"
}

case "${1:-}" in
    "") install_entry ;;
    --uninstall) uninstall ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) fail "unknown option $1 (use --uninstall to remove the menu entry)" ;;
esac

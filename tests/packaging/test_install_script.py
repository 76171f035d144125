"""install.sh, the bundle's way into the desktop's menu, on a temporary HOME: what it
writes, that the menu entry starts this very folder's window (a path with spaces too),
and that --uninstall removes exactly that. The folder is laid out as the bundle is; the
slow test in test_bundle.py runs the script from the real one."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ICONS = REPO / "desktop_app" / "assets" / "icons"
SIZES = (32, 64, 128, 256)


def fake_bundle(folder: Path) -> Path:
    (folder / "_internal" / "desktop").mkdir(parents=True)
    shutil.copy(REPO / "resources" / "evidence-packet.desktop", folder / "_internal" / "desktop")
    shutil.copytree(ICONS, folder / "_internal" / "desktop_app" / "assets" / "icons")
    gui = folder / "evidence-packet-gui"
    gui.write_text("#!/bin/sh\necho \"window: $*\"\n")
    gui.chmod(0o755)
    shutil.copy(REPO / "packaging" / "install.sh", folder / "install.sh")
    return folder


def run(script: Path, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["/bin/sh", str(script), *args], capture_output=True, text=True,
                          env={"HOME": str(home), "PATH": os.environ["PATH"], **env},
                          check=False)


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def exec_argv(desktop: Path) -> list[str]:
    """The Exec line as the Desktop Entry Specification says a desktop runs it, with one
    file for %F: the value's string escapes undone, the arguments split where a space
    stands outside double quotes (inside them a backslash escapes " ` $ and itself),
    then %% becomes %."""
    line = next(x for x in desktop.read_text().splitlines() if x.startswith("Exec="))
    value = line.removeprefix("Exec=").replace("\\\\", "\\")
    args: list[str] = []
    word: str | None = None
    quoted = False
    chars = iter(value)
    for char in chars:
        if quoted and char == "\\":
            word = (word or "") + next(chars)
        elif char == '"':
            quoted, word = not quoted, word or ""
        elif char == " " and not quoted:
            if word is not None:
                args.append(word)
            word = None
        else:
            word = (word or "") + char
    if word is not None:
        args.append(word)
    return ["/tmp/a lease.pdf" if a == "%F" else a.replace("%%", "%") for a in args]


@pytest.mark.parametrize("place", ["EvidencePacket", "My Apps/Evidence $Packet% 1"])
def test_install_puts_the_window_in_the_menu_and_uninstall_takes_exactly_that_out(
        tmp_path: Path, place: str) -> None:
    home = tmp_path / "home"
    (home / ".local" / "share" / "applications").mkdir(parents=True)
    mine = home / ".local" / "share" / "applications" / "other-app.desktop"
    mine.write_text("[Desktop Entry]\nName=Other\n")
    before = files_under(home)
    bundle = fake_bundle(tmp_path / place)

    done = run(bundle / "install.sh", home)
    assert done.returncode == 0, done.stderr
    assert "is in the menu" in done.stdout
    share = home / ".local" / "share"
    desktop = share / "applications" / "evidence-packet.desktop"
    added = files_under(home) - before
    assert added == {desktop, share / "icons/hicolor/scalable/apps/evidence-packet.svg",
                     *(share / f"icons/hicolor/{n}x{n}/apps/evidence-packet.png" for n in SIZES)}
    for n in SIZES:  # each size is the bundle's own icon of that size
        assert (share / f"icons/hicolor/{n}x{n}/apps/evidence-packet.png").read_bytes() == (
            ICONS / f"evidence-packet-{n}.png").read_bytes()
    entry = desktop.read_text()
    assert entry.startswith("[Desktop Entry]\n")
    assert "Name=Evidence Packet" in entry and "Icon=evidence-packet" in entry
    assert f"TryExec={bundle / 'evidence-packet-gui'}\n" in entry
    argv = exec_argv(desktop)
    assert argv[0] == str(bundle / "evidence-packet-gui")
    started = subprocess.run(argv, capture_output=True, text=True, check=True)
    assert started.stdout == "window: /tmp/a lease.pdf\n"

    again = run(bundle / "install.sh", home)  # after moving the folder, or twice: same result
    assert again.returncode == 0 and files_under(home) - before == added

    gone = run(bundle / "install.sh", home, "--uninstall")
    assert gone.returncode == 0, gone.stderr
    assert files_under(home) == before
    assert mine.read_text() == "[Desktop Entry]\nName=Other\n"


def test_uninstall_leaves_a_menu_entry_another_installation_wrote(tmp_path: Path) -> None:
    home = tmp_path / "home"
    bundle = fake_bundle(tmp_path / "EvidencePacket")
    apps = home / ".local" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "evidence-packet.desktop").write_text("[Desktop Entry]\nExec=evidence-packet-gui\n")
    gone = run(bundle / "install.sh", home, "--uninstall")
    assert gone.returncode == 0
    assert "another installation wrote it" in gone.stdout
    assert (apps / "evidence-packet.desktop").exists()


def test_xdg_data_home_is_where_it_installs(tmp_path: Path) -> None:
    home, data = tmp_path / "home", tmp_path / "xdg"
    bundle = fake_bundle(tmp_path / "EvidencePacket")
    assert run(bundle / "install.sh", home, XDG_DATA_HOME=str(data)).returncode == 0
    assert (data / "applications" / "evidence-packet.desktop").is_file()
    assert not home.exists()
    assert run(bundle / "install.sh", home, "--uninstall", XDG_DATA_HOME=str(data)).returncode == 0
    assert not files_under(data)


def test_an_incomplete_folder_is_refused_with_what_to_do(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path / "EvidencePacket")
    (bundle / "evidence-packet-gui").unlink()
    done = run(bundle / "install.sh", tmp_path / "home")
    assert done.returncode == 1
    assert "unpack it again" in done.stderr
    assert not (tmp_path / "home").exists()

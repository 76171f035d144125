"""Build the app bundle and run it as on a computer that has nothing else: no Python, no
Tesseract, no network, an empty environment. Used by test_bundle.py and
bench/bench_bundle.py.

Two ways, the stricter where it can be had:
- as root, in a *bare root*: a folder holding only what every Linux desktop has (the C
  library, the graphics drivers' libraries, fonts), entered with ``chroot`` inside new
  mount and network namespaces (``unshare``), so no other file of this computer can be
  reached and no connection made; the bundle is mounted read-only, as in /opt;
- otherwise, with ``env -i``-like empty environment and ``PATH=/nonexistent``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TARBALL = REPO / "dist" / "EvidencePacket-linux-x86_64.tar.gz"

# What a bundle may take from the system: glibc (it must be the system's own: its loader
# and libc are one piece with the kernel's interface), and the graphics stack (OpenGL and
# EGL through libglvnd, DRM, X11's xcb, Wayland), which must match the system's drivers.
# PyInstaller leaves exactly these out; the test checks that nothing else is needed. And
# zlib, which PyInstaller's starter program links before it can point at the bundle's
# libraries: a required package of every distribution (Debian: Priority required).
BASE_SYSTEM = re.compile(
    r"^(ld-linux-x86-64\.so\.2|libc\.so\.6|libm\.so\.6|libdl\.so\.2|libpthread\.so\.0"
    r"|librt\.so\.1|libresolv\.so\.2|libutil\.so\.1|libmvec\.so\.1|libz\.so\.1"
    r"|libE?GL(X|dispatch)?\.so\.\d|libOpenGL\.so\.0|libdrm\.so\.2|libxcb\.so\.1"
    r"|libwayland-(client|cursor|egl)\.so\.\d)$")
FONTS = [Path("/etc/fonts"), Path("/usr/share/fontconfig"),
         Path("/usr/share/fonts/truetype/dejavu")]
HOME = "/home/user"  # inside the bare root


def build() -> Path:
    """Run packaging/bundle.sh (seconds when nothing changed) and return the tarball."""
    subprocess.run(["bash", str(REPO / "packaging" / "bundle.sh")], check=True,
                   stdin=subprocess.DEVNULL)
    return TARBALL


def unpack(tarball: Path, into: Path) -> Path:
    """Unpack as a user would, with tar; the app's folder."""
    into.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(into)], check=True)
    return into / "EvidencePacket"


def _is_elf(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"


def _ldd(path: Path, library_path: str | None = None) -> dict[str, str]:
    """name -> where the loader finds it ("not found" when it does not)."""
    env = {"LD_LIBRARY_PATH": library_path} if library_path else {}
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False,
                         env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **env}).stdout
    found = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[1] == "=>":
            found[parts[0]] = parts[2] if parts[2].startswith("/") else "not found"
    return found


def system_libraries(app: Path) -> dict[str, str]:
    """Every library the bundle's programs and modules load from outside the bundle (or
    cannot find), as the loader resolves them when the bundle runs: PyInstaller points
    LD_LIBRARY_PATH at ``_internal``; the bundled Tesseract's RPATH points at its
    ``lib`` folder, for the libraries there too."""
    inside = str(app.resolve())
    tesseract_lib = app / "_internal" / "tesseract" / "lib"
    outside: dict[str, str] = {}
    for path in sorted(p for p in app.rglob("*") if p.is_file() and not p.is_symlink()):
        if _is_elf(path):
            search: Path | None = app / "_internal"
            if path.parent == tesseract_lib:
                search = tesseract_lib
            elif path.parent == app:  # the starters run before LD_LIBRARY_PATH is set
                search = None
            for name, where in _ldd(path, str(search.resolve()) if search else None).items():
                if not where.startswith(inside + "/"):
                    outside[name] = where
    return outside


def _copy_into(root: Path, path: Path) -> None:
    """``path`` at the same place under ``root``, its symlinks' targets as files."""
    target = root / path.relative_to("/")
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    if path.is_dir():
        shutil.copytree(path, target, symlinks=False, dirs_exist_ok=True,
                        ignore_dangling_symlinks=True)
    else:
        shutil.copy2(path.resolve(), target)


def bare_root(root: Path, libraries: Iterable[str]) -> Path:
    """A folder holding only ``libraries`` (with what they load in turn, as the system's
    packages would bring them), the loader, fonts, and empty /dev, /proc, /tmp, home and
    app folders (mount points)."""
    wanted = {Path(p) for p in libraries}
    for library in list(wanted):
        wanted.update(Path(p) for p in _ldd(library).values() if p != "not found")
    wanted.add(Path("/lib64/ld-linux-x86-64.so.2"))
    for path in sorted(wanted) + FONTS:
        if path.exists():
            _copy_into(root, path)
    for folder in ("dev", "proc", "tmp", HOME.lstrip("/"), "app"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "tmp").chmod(0o1777)
    return root


def _tool(name: str) -> str:
    found = shutil.which(name, path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin")
    if found is None:
        raise FileNotFoundError(f"{name} is missing (util-linux / coreutils)")
    return found


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str
    seconds: float


class Sandbox:
    """Runs the bundle's programs with an empty environment: in a bare root without
    network when this is root (``strict``), else with ``PATH=/nonexistent`` and a fresh
    HOME. ``home`` is the HOME they see, as a path of this computer."""

    def __init__(self, app: Path, folder: Path) -> None:
        self.app = app
        self.strict = os.geteuid() == 0
        if self.strict:
            self.root: Path | None = bare_root(folder / "root", system_libraries(app).values())
            self.home = self.root / HOME.lstrip("/")
        else:
            self.root = None
            self.home = folder / "home"
            self.home.mkdir(parents=True, exist_ok=True)

    def path(self, inside: str) -> Path:
        """A path the programs print, as a path of this computer."""
        return self.root / inside.lstrip("/") if self.root else Path(inside)

    def command(self, program: str, args: Sequence[str]) -> list[str]:
        if self.root is None:
            return [str(self.app / program), *args]
        # Run with the programs' empty PATH: every tool named by its full path.
        mount, chroot = _tool("mount"), _tool("chroot")
        script = (f'set -e; {mount} --rbind /dev "$1/dev"; {mount} -t proc proc "$1/proc"; '
                  f'{mount} --bind "$2" "$1/app"; {mount} -o remount,bind,ro "$1/app"; '
                  f'root="$1"; shift 2; exec {chroot} "$root" "$@"')
        return [_tool("unshare"), "--net", "--mount", "--propagation", "private", "/bin/sh",
                "-c", script, "sh", str(self.root), str(self.app), f"/app/{program}", *args]

    def environment(self, **extra: str) -> dict[str, str]:
        home = HOME if self.root else str(self.home)
        return {"HOME": home, "PATH": "/nonexistent", **extra}

    def run(self, program: str, *args: str, timeout: float = 600, **env: str) -> Run:
        command = self.command(program, args)
        started = time.monotonic()
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              env=self.environment(**env), stdin=subprocess.DEVNULL,
                              check=False)
        return Run(done.returncode, done.stdout, done.stderr, time.monotonic() - started)

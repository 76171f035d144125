"""Crafted case archives, made by the tests themselves: a real archive taken apart (its
manifest and members) and put together again after an attacker's changes."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core import sealed


@dataclass
class Parts:
    """An archive taken apart: its manifest and its members (name, bytes) in order; a
    member may also be a ready ``TarInfo`` (a link, a device) with optional bytes."""

    manifest: dict[str, Any]
    members: list[tuple[tarfile.TarInfo | str, bytes]] = field(default_factory=list)

    def files(self, role: str) -> list[dict[str, Any]]:
        return [f for f in self.manifest["files"] if f["role"] == role]

    def member(self, name: str) -> bytes:
        return next(data for info, data in self.members
                    if (info.name if isinstance(info, tarfile.TarInfo) else info) == name)

    def add_file(self, member: str, data: bytes, role: str, *, name: str = "",
                 page: int | None = None, sha256: str | None = None) -> None:
        """A new member and its manifest entry (claiming ``sha256`` if given)."""
        self.manifest["files"].append({
            "member": member, "sha256": sha256 or hashlib.sha256(data).hexdigest(),
            "size": len(data), "role": role, "page": page, "name": name})
        self.members.append((member, data))

    def table(self, name: str) -> list[dict[str, Any]]:
        """The rows of table ``name`` as dicts (a copy: change with ``set_table``)."""
        entry = self.manifest["tables"][name]
        return [dict(zip(entry["columns"], row, strict=True)) for row in entry["rows"]]

    def set_table(self, name: str, rows: list[dict[str, Any]]) -> None:
        entry = self.manifest["tables"][name]
        entry["rows"] = [[row[c] for c in entry["columns"]] for row in rows]


def take_apart(path: Path, passphrase: str | None = None) -> Parts:
    raw = Path(path).read_bytes()
    stream: Any = io.BytesIO(raw)
    if sealed.is_sealed(raw):
        stream = sealed.SealedReader(stream, passphrase or "")
    with tarfile.open(fileobj=stream, mode="r|") as tar:
        found: list[tuple[tarfile.TarInfo | str, bytes]] = []
        for info in tar:
            handle = tar.extractfile(info)
            found.append((info.name, handle.read() if handle else b""))
    manifest = json.loads(found[0][1])
    return Parts(manifest, found[2:])


def put_together(parts: Parts, path: Path, passphrase: str | None = None, *,
                 manifest_bytes: bytes | None = None, checksum: bytes | None = None) -> Path:
    """Write ``parts`` as an archive at ``path``: its manifest with a checksum that
    matches (unless given), then the members."""
    data = manifest_bytes if manifest_bytes is not None else json.dumps(
        parts.manifest, ensure_ascii=False, sort_keys=True).encode()
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        _add(tar, "manifest.json", data)
        _add(tar, "manifest.sha256",
             checksum if checksum is not None else hashlib.sha256(data).hexdigest().encode())
        for info, content in parts.members:
            if isinstance(info, tarfile.TarInfo):
                tar.addfile(info, io.BytesIO(content) if info.isfile() else None)
            else:
                _add(tar, info, content)
    out = buffer.getvalue()
    if passphrase:
        sealed_out = io.BytesIO()
        writer = sealed.SealedWriter(sealed_out, passphrase)
        writer.write(out)
        writer.close()
        out = sealed_out.getvalue()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(out)
    return Path(path)


def _add(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every file (its bytes) and folder (None) under ``folder``: what a test compares
    before and after to see that nothing was written."""
    found: dict[str, bytes | None] = {}
    for path in sorted(Path(folder).rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[relative] = b"->" + str(path.readlink()).encode()
        elif path.is_file():
            found[relative] = path.read_bytes()
        else:
            found[relative] = None
    return found

"""A sealed byte stream, in chunks, so that a 1 GB case is sealed and opened in a few MB
of memory: case archives (under a passphrase) and the files of a protected data folder
(under the folder's file key).

The primitives are the ``cryptography`` library's: scrypt derives a 256-bit key from the
passphrase and a random salt (or HKDF-SHA256 from a given key and a random salt, so every
file has its own key); AES-256-GCM seals each chunk. The chunking is the STREAM
construction (Hoang, Reyhanitabar, Rogaway, Vizár 2015; the one age and Tink use): the
nonce of chunk *i* is a random 7-byte prefix, the 4-byte counter *i* and a 1-byte flag
that is 1 on the last chunk only, and every chunk is bound to the header as associated
data. So chunks cannot be reordered, dropped, swapped between archives or cut off at the
end without the open failing.

Layout::

    MAGIC (8 bytes) | header length (4, big-endian) | header (JSON)
    then per chunk: ciphertext length (4, big-endian) | ciphertext (chunk + 16-byte tag)

The header carries the scrypt parameters, the salt, the nonce prefix and a *check*: the
seal of an empty message under a reserved nonce, which tells a wrong passphrase apart
from a damaged archive before anything is read.
"""

from __future__ import annotations

import json
import os
import struct
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"EPSEALD1"
CHUNK = 1 << 20
SCRYPT_N = 1 << 15  # 32 MiB of memory, ~0.1 s: slow to guess, quick to open
SCRYPT_R = 8
SCRYPT_P = 1
# What an archive's header may ask scrypt for, at most: n*r*p and n*r (memory is
# 128*n*r bytes) four times what this app writes (128 MiB, well under a second). A header
# asking for more was not written by the app; deriving it anyway could take minutes and
# gigabytes before "wrong passphrase" (issue 13).
SCRYPT_MOST = 4 * SCRYPT_N * SCRYPT_R * SCRYPT_P
_TAG = 16
_CHECK_COUNTER = 0xFFFFFFFF
_MAX_HEADER = 4096


class SealError(Exception):
    """The sealed stream cannot be opened."""


class WrongPassphrase(SealError):
    """The passphrase does not open this archive."""


class DamagedSeal(SealError):
    """The archive is damaged, cut short or was changed."""


class CostlyHeader(DamagedSeal):
    """The header asks for a key derivation far costlier than this app ever uses."""


def scrypt_within(n: int, r: int, p: int, most: int) -> bool:
    """Whether scrypt parameters are sane and cost (time n*r*p, memory 128*n*r) no more
    than ``most`` units of n*r*p."""
    return (n > 1 and n & (n - 1) == 0 and r >= 1 and p >= 1
            and n * r <= most and n * r * p <= most)


def is_sealed(head: bytes) -> bool:
    return head.startswith(MAGIC)


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> AESGCM:
    kdf = Scrypt(salt=salt, length=32, n=n, r=r, p=p)
    return AESGCM(kdf.derive(passphrase.encode("utf-8")))


def _from_key(key: bytes, salt: bytes) -> AESGCM:
    return AESGCM(HKDF(hashes.SHA256(), 32, salt=salt, info=b"sealed file").derive(key))


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", counter, 1 if last else 0)


class SealedWriter:
    """A write-only file object: what is written to it reaches ``out`` sealed."""

    def __init__(self, out: BinaryIO, passphrase: str = "", chunk: int = CHUNK, *,
                 key: bytes | None = None) -> None:
        if not passphrase and key is None:
            raise ValueError("an empty passphrase seals nothing")
        self._out = out
        self._chunk = chunk
        salt = os.urandom(16)
        self._prefix = os.urandom(7)
        header: dict[str, object]
        if key is not None:
            self._aead = _from_key(key, salt)
            header = {"kdf": "hkdf-sha256"}
        else:
            self._aead = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
            header = {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
        header.update({"salt": salt.hex(), "nonce_prefix": self._prefix.hex(),
                       "chunk": chunk, "cipher": "AES-256-GCM STREAM"})
        unchecked = json.dumps(header, sort_keys=True).encode()
        header["check"] = self._aead.encrypt(
            _nonce(self._prefix, _CHECK_COUNTER, True), b"", unchecked).hex()
        self._header = json.dumps(header, sort_keys=True).encode()
        out.write(MAGIC + struct.pack(">I", len(self._header)) + self._header)
        self._buffer = bytearray()
        self._counter = 0
        self._closed = False

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._buffer += data
        # Keep at least one byte back: the last chunk is only known at close().
        while len(self._buffer) > self._chunk:
            self._seal(bytes(self._buffer[: self._chunk]), last=False)
            del self._buffer[: self._chunk]
        return len(data)

    def _seal(self, plain: bytes, last: bool) -> None:
        if self._counter >= _CHECK_COUNTER:
            raise ValueError("archive too large for one sealed stream")
        sealed = self._aead.encrypt(_nonce(self._prefix, self._counter, last), plain,
                                    self._header)
        self._out.write(struct.pack(">I", len(sealed)) + sealed)
        self._counter += 1

    def flush(self) -> None:
        self._out.flush()

    def close(self) -> None:
        """Seal the last chunk (also when nothing was written). Does not close ``out``."""
        if not self._closed:
            self._seal(bytes(self._buffer), last=True)
            self._buffer.clear()
            self._closed = True
            self._out.flush()


class SealedReader:
    """A read-only file object that opens what ``SealedWriter`` wrote, chunk by chunk,
    checking each chunk before giving out a byte of it."""

    def __init__(self, source: BinaryIO, passphrase: str = "", *,
                 key: bytes | None = None) -> None:
        self._in = source
        head = source.read(len(MAGIC) + 4)
        if len(head) < len(MAGIC) + 4 or not is_sealed(head):
            raise DamagedSeal("not a sealed archive")
        (length,) = struct.unpack(">I", head[len(MAGIC):])
        if not 0 < length <= _MAX_HEADER:
            raise DamagedSeal("bad header length")
        self._header = source.read(length)
        try:
            header = json.loads(self._header)
            salt = bytes.fromhex(header["salt"])
            self._prefix = bytes.fromhex(header["nonce_prefix"])
            self._chunk = int(header["chunk"])
            kdf = header.get("kdf")
            n, r, p = ((int(header["n"]), int(header["r"]), int(header["p"]))
                       if kdf == "scrypt" else (0, 0, 0))
            check = bytes.fromhex(header.pop("check"))
        except (ValueError, KeyError, TypeError) as exc:
            raise DamagedSeal("bad header") from exc
        if (kdf not in ("scrypt", "hkdf-sha256") or len(self._prefix) != 7
                or not 0 < self._chunk <= 64 << 20):
            raise DamagedSeal("unknown header")
        if kdf == "scrypt" and not scrypt_within(n, r, p, SCRYPT_MOST):
            raise CostlyHeader(f"scrypt n={n}, r={r}, p={p}")
        if kdf == "hkdf-sha256":
            if key is None:
                raise WrongPassphrase("sealed under a key, not a passphrase")
            self._aead = _from_key(key, salt)
        else:
            self._aead = _derive(passphrase, salt, n, r, p)
        unchecked = json.dumps(header, sort_keys=True).encode()
        try:
            self._aead.decrypt(_nonce(self._prefix, _CHECK_COUNTER, True), check, unchecked)
        except InvalidTag as exc:
            raise WrongPassphrase("wrong passphrase") from exc
        self._plain = b""
        self._pos = 0
        self._counter = 0
        self._done = False

    def _next_chunk(self) -> None:
        size_bytes = self._in.read(4)
        if len(size_bytes) < 4:
            raise DamagedSeal("the archive ends too early")
        (size,) = struct.unpack(">I", size_bytes)
        if not _TAG <= size <= self._chunk + _TAG:
            raise DamagedSeal("bad chunk length")
        sealed = self._in.read(size)
        if len(sealed) < size:
            raise DamagedSeal("the archive ends too early")
        for last in (False, True):
            try:
                plain = self._aead.decrypt(_nonce(self._prefix, self._counter, last), sealed,
                                           self._header)
            except InvalidTag:
                continue
            self._counter += 1
            self._plain, self._pos = plain, 0
            if last:
                self._done = True
                if self._in.read(1):
                    raise DamagedSeal("data after the end of the archive")
            return
        raise DamagedSeal(f"chunk {self._counter} fails its check")

    def read(self, size: int = -1) -> bytes:
        parts: list[bytes] = []
        wanted = size if size >= 0 else None
        while wanted is None or wanted > 0:
            if self._pos >= len(self._plain):
                if self._done:
                    break
                self._next_chunk()
                continue
            end = len(self._plain) if wanted is None else min(len(self._plain),
                                                              self._pos + wanted)
            piece = self._plain[self._pos:end]
            self._pos = end
            parts.append(piece)
            if wanted is not None:
                wanted -= len(piece)
        return b"".join(parts)

    def read_to_end(self) -> None:
        """Check the rest of the stream (every chunk, and that it really ends)."""
        while not self._done:
            self._next_chunk()
        self._pos = len(self._plain)

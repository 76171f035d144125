"""Make Qt's ICU data library hold only what an English and Spanish app needs.

    python packaging/trim_icu.py LIBICUDATA [--keep en es]

Run by packaging/bundle.sh on the bundle's ``libicudata.so.NN`` (32 MB), which it
replaces in place by one of about 14 MB. Qt 6 asks ICU for three things only (the
``u*_NN`` functions its libraries import): collation (``QCollator``: the file dialog's
sorting, for one), time zone names, and text converters. ICU's data is a package of
items; what goes is the locale data of every language but the kept ones, in each of its
trees (collation, time zone names, currencies, ...). What stays: ``root`` (every
lookup's last fallback) and the kept languages in all their regional variants
(``es_MX``, ``es_419``, ``en_GB``...), and everything that is not per-locale: the
converters (``*.cnv``), normalisation, character properties and names, the collation
base table, break rules and dictionaries, time zone rules, CLDR's supplemental data.
``icupkg`` (Debian: icu-devtools) refuses to write a package whose items would lack one
they depend on. tests/packaging/test_bundle.py compares Qt's answers with the full data
and with the trimmed one.

The library is rebuilt the way ICU's own ``--with-data-packaging=library`` build makes
it: one read-only symbol, ``icudtNN_dat``, holding the package.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import tempfile
from pathlib import Path

# A locale's own item: "es.res", "es_MX.res", "sr_Latn_BA.res", "de_.res" (a variant).
LOCALE_ITEM = re.compile(r"^(?P<lang>[a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
ALWAYS = {"root.res", "pool.res", "res_index.res"}  # each tree's fallback and indexes


def run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def package_bytes(library: Path) -> tuple[str, bytes]:
    """The ICU data package inside ``library``: its symbol's name and bytes."""
    symbols = run("readelf", "-s", "-W", str(library))
    found = [line.split() for line in symbols.splitlines()
             if re.search(r"\bicudt\d+_dat$", line)]
    if not found:
        raise SystemExit(f"{library}: no icudtNN_dat symbol (not an ICU data library?)")
    _, value, size, *_, name = found[0]
    address, length = int(value, 16), int(size, 0)
    for line in run("readelf", "-l", "-W", str(library)).splitlines():
        fields = line.split()
        if fields and fields[0] == "LOAD":
            offset, start, filesize = (int(f, 16) for f in (fields[1], fields[2], fields[4]))
            if start <= address < start + filesize:
                with library.open("rb") as fh:
                    fh.seek(offset + address - start)
                    return name, fh.read(length)
    raise SystemExit(f"{library}: {name} is in no loaded segment")


def dropped(items: list[str], keep: tuple[str, ...]) -> list[str]:
    """The items of other languages' locales."""
    out = []
    for item in items:
        name = item.rsplit("/", 1)[-1]
        match = LOCALE_ITEM.match(name)
        if name not in ALWAYS and match and match["lang"] not in keep:
            out.append(item)
    return out


def trim(library: Path, keep: tuple[str, ...]) -> tuple[int, int]:
    """Replace ``library`` by one holding only the kept languages; the sizes before, after."""
    symbol, data = package_bytes(library)
    package = symbol.removesuffix("_dat") + "l"  # icudt73l: little-endian, as ICU names it
    with tempfile.TemporaryDirectory(prefix="trim-icu-") as tmp:
        work = Path(tmp)
        full, small = work / f"{package}.dat", work / "small" / f"{package}.dat"
        small.parent.mkdir()
        full.write_bytes(data)
        items = run("icupkg", "-l", str(full)).split()
        drop = work / "drop.txt"
        drop.write_text("\n".join(dropped(items, keep)) + "\n")
        run("icupkg", "-r", str(drop), str(full), str(small))
        source = work / "data.S"
        source.write_text(
            "    .section .rodata\n"
            f"    .globl {symbol}\n"
            f"    .type {symbol}, @object\n"
            "    .balign 16\n"
            f"{symbol}:\n"
            f'    .incbin "{small}"\n'
            f"    .size {symbol}, . - {symbol}\n"
            '    .section .note.GNU-stack,"",@progbits\n')
        built = library.with_name(library.name + ".trimmed")  # same folder: an atomic move
        soname = run("objdump", "-p", str(library)).split("SONAME", 1)[1].split()[0]
        run("cc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(built),
            str(source))
        before = library.stat().st_size
        built.chmod(library.stat().st_mode)
        built.replace(library)
    return before, library.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--keep", nargs="+", default=["en", "es"])
    args = parser.parse_args()
    before, after = trim(args.library, tuple(args.keep))
    print(f"{args.library.name}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB "
          f"(languages kept: {' '.join(args.keep)})")


if __name__ == "__main__":
    main()

"""Where a packet is filed, and what that destination accepts: a small table of data.

Each destination has its rules in one ``Profile``: the largest file it accepts (a packet
larger than that is written in parts, ``NAME_Part1.pdf``, ``NAME_Part2.pdf``...), how
pictures are compressed for it, and, for paper, how the pages are put together. The rest
of the export reads these fields; nothing else branches on a destination's name.

Sources (public guidance, 2026): USCIS online filing accepts files of at most 6 MB; EOIR's
ECAS at most 25 MB per file, larger filings split into parts named ``…_Part1``,
``…_Part2``; an e-mail is capped by the receiving mail server (10 MB is a common limit;
the user sets it). USCIS asks for paper filings without tabs, staples or binding (clips
instead); the EOIR Practice Manual (3.3) asks for Letter paper, exhibits separated by
tabs, two-hole punched at the top.

Megabytes are decimal (1 MB = 1,000,000 bytes): the smaller reading of a portal's limit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _

MB = 1_000_000
MIN_MB, MAX_MB = 1.0, 500.0


@dataclass(frozen=True)
class Compression:
    """How pictures are made smaller. A text page that survives as black and white goes
    in as 1-bit CCITT G4 (lossless) at ``text_dpi``; any other picture as progressive
    JPEG, grey when it has no colour, at ``jpeg_quality`` (``words_quality`` when the OCR
    read words on it: JPEG's blocks blur small letters first): at ``picture_dpi``, or at
    ``small_text_dpi`` when the words on it (read by OCR) include small ones, under
    ``small_text_pt`` tall (a word's box is a line of type: at 150 dpi a 6 pt line has
    letters about 6 pixels high, the least that reads; a banknote's 7 pt fine print
    reads at 150 dpi). Born-digital pages (with text of their own) are
    never touched.

    Measured on the real pages of ``bench/bench_compress.py`` (issue 12): a photograph or a
    book page with a drawing at 150 dpi instead of 200 is a third smaller and Tesseract
    reads as many of its words; at quality 60 instead of 55 it reads a phone photo of a
    book page's small type 11 points better, for 7 % more bytes."""

    text_dpi: int = 300
    picture_dpi: int = 150
    small_text_dpi: int = 200
    small_text_pt: float = 6.0
    jpeg_quality: int = 55
    words_quality: int = 60
    # a scan coarser than this on its packet page (a 72-, 96- or 125-dpi page) is not
    # cut to black and white: its letters are a few pixels wide and their soft edges are
    # what makes them readable; it goes in at its own resolution in four shades of grey
    # (lossless); one in colour is packed as any other page. Measured (issue 12e) on
    # three scans made coarser: cut to 1-bit at 125-150 dpi they lost 3-8 % of their
    # words, in four greys 0-1.3 %; at 160-170 dpi four greys still read 0.5-4 % more,
    # but cost twice the bytes of 1-bit there (a full page of small type: 40 -> 86 KB)
    low_res_dpi: int = 150


@dataclass(frozen=True)
class Paper:
    """How printed pages are put together."""

    tab_sheets: bool  # each tab's divider is printed on a tab sheet (its own sheet)
    two_hole_top: bool
    instructions: str  # untranslated; shown through ``_``


@dataclass(frozen=True)
class Profile:
    key: str
    label: str  # untranslated; shown through ``_``
    max_bytes: int | None  # per file; None: one file whatever its size
    compression: Compression | None  # None: pictures go in as they are
    paper: Paper | None = None
    part_name: str = "{stem}_Part{n}{suffix}"  # the ECAS convention, used by all

    @property
    def max_mb(self) -> float | None:
        return self.max_bytes / MB if self.max_bytes else None

    def title(self) -> str:
        if self.max_bytes is None:
            return _(self.label)
        return _("{destination} ({mb} MB per file)").format(
            destination=_(self.label), mb=f"{self.max_bytes / MB:g}")

    def with_limit(self, mb: float | None) -> Profile:
        """This profile with its size limit set to ``mb`` megabytes (None: unchanged)."""
        if mb is None:
            return self
        if not MIN_MB <= mb <= MAX_MB:
            raise InvalidInputError(
                _("A size limit of {mb} MB cannot be used.").format(mb=f"{mb:g}"),
                _("Give a limit between {low} and {high} MB.").format(
                    low=f"{MIN_MB:g}", high=f"{MAX_MB:g}"),
            )
        return replace(self, max_bytes=int(mb * MB))


SCREEN = Compression()

PROFILES: dict[str, Profile] = {
    p.key: p for p in (
        Profile("uscis-online", "USCIS online filing", 6 * MB, SCREEN),
        Profile("ecas", "EOIR ECAS", 25 * MB, SCREEN),
        Profile("email", "E-mail", 10 * MB, SCREEN),
        Profile("paper", "Paper, USCIS", None, None, Paper(
            tab_sheets=False, two_hole_top=False,
            instructions="Print single-sided on Letter paper. Do not use tabs, staples or "
                         "binding: hold the packet together with a clip or rubber band.")),
        Profile("paper-eoir", "Paper, Immigration Court (EOIR)", None, None, Paper(
            tab_sheets=True, two_hole_top=True,
            instructions="Print on Letter paper. Print each tab's divider on a tab sheet "
                         "(it starts its own sheet), and two-hole punch the packet at the "
                         "top.")),
    )
}
USCIS_ONLINE = PROFILES["uscis-online"]
AS_IS = Profile("as-is", "One file, pictures as they are", None, None)


def get_profile(key: str | None, max_mb: float | None = None) -> Profile:
    """The profile named ``key`` (None: ``AS_IS``), with its limit set to ``max_mb``."""
    if key is None or key == AS_IS.key:
        found = AS_IS
    elif key in PROFILES:
        found = PROFILES[key]
    else:
        raise InvalidInputError(
            _("“{key}” is not a destination the packet can be made for.").format(key=key),
            _("Use one of: {keys}.").format(keys=", ".join(PROFILES)),
        )
    if max_mb is not None and found.max_bytes is None:
        raise InvalidInputError(
            _("{destination} has no size limit to change.").format(destination=_(found.label)),
            _("Leave out the size limit, or choose a destination filed online."),
        )
    return found.with_limit(max_mb)


def part_name(profile: Profile, stem: str, suffix: str, number: int) -> str:
    """The file name of part ``number`` (1-based) of a packet named ``stem + suffix``."""
    return profile.part_name.format(stem=stem, n=number, suffix=suffix)

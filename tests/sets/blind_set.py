"""A blind test set for the assistant: realistic evidence documents, written without its rules.

Run as ``python -m tests.sets.blind_set OUT_DIR N --seed S``. It writes N documents of the
kind an applicant collects for a request for prosecutorial discretion or deferred action, each
named ``<category>--<NN>-<short-kind>-<lang>-<look>.<ext>``, plus ``truth.json``: a list of
``{"file", "category", "document_type", "date", "language", "look"}``.

Categories: ``residence`` (lease, rent receipt, utility bill, bank statement, proof-of-address
letter, change-of-address confirmation), ``employment`` (tax return, W-2, pay stub, employer
letter, work authorization card), ``medical`` (visit summary, psychological evaluation,
prescription), ``community`` (letters of support from a church, a neighbour or a teacher,
volunteer record, school report card, ESL course certificate) and ``none`` (restaurant menu,
flyer, store coupon, recipe, and agency correspondence such as an I-797 style notice, which is
a notice received rather than evidence for one of the four tabs).

The date rule ("the date the document speaks for"), always ISO ``YYYY-MM-DD``:

* letters (support, employer, proof of address, psychological evaluation report, agency
  notice, volunteer record, certificates): the date the letter / report / notice is dated;
* rent receipt: the date the payment was received;
* pay stub: the pay date (not the period start or end);
* bank statement and utility bill: the END date of the statement / service period (not the
  bill date, not the due date);
* W-2 and tax return: the tax year as ``YYYY-12-31``;
* lease: the date the lease term begins (commencement date);
* work authorization card: the "card valid from" date;
* medical visit summary: the date of the visit; prescription: the date written;
* school report card: the date the report was issued;
* change-of-address confirmation: the date the move takes effect;
* ``none`` documents (menu, flyer, coupon, recipe): ``null``.

Documents also carry distractor dates: dates of birth, due dates, expiry dates, period starts,
print dates. Spanish documents never use an all-numeric date whose day and month could be
swapped (day <= 12) unless the month is also written in words.

Looks: ``scan`` (flat, a fraction of a degree of rotation, slight noise, sometimes greyscale)
and ``photo`` (a few degrees of perspective and skew on a darker background, uneven lighting,
slight blur, JPEG quality around 70). Files are PNG, JPEG or scanned PDFs (the image embedded
in a PDF page). Everything is deterministic from the seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    ("sans", False): "DejaVuSans.ttf",
    ("sans", True): "DejaVuSans-Bold.ttf",
    ("serif", False): "DejaVuSerif.ttf",
    ("serif", True): "DejaVuSerif-Bold.ttf",
    ("mono", False): "DejaVuSansMono.ttf",
    ("mono", True): "DejaVuSansMono-Bold.ttf",
    ("cond", False): "DejaVuSansCondensed.ttf",
    ("cond", True): "DejaVuSansCondensed-Bold.ttf",
}

# ----------------------------------------------------------------------------- dates

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "ht": [
        "janvye",
        "fevriye",
        "mas",
        "avril",
        "me",
        "jen",
        "jiyè",
        "out",
        "septanm",
        "oktòb",
        "novanm",
        "desanm",
    ],
}


def fmt_date(d: dt.date, lang: str, rng: random.Random, style: str | None = None) -> str:
    """A date written the way a document in ``lang`` might write it (never ambiguous in es)."""
    if lang == "en":
        styles = ["us", "long", "dmy_long", "iso", "short_mon", "us_dash"]
    elif lang == "es":
        styles = ["es_long", "es_long", "es_mon_first", "iso"] + (["dmy_num"] if d.day > 12 else [])
    else:
        styles = [f"{lang}_long", f"{lang}_long", "iso"] + (["dmy_num"] if d.day > 12 else [])
    s = style or rng.choice(styles)
    m = MONTHS.get(lang if lang != "en" else "en", MONTHS["en"])
    if s == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if s == "us_dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if s == "long":
        return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
    if s == "dmy_long":
        return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
    if s == "short_mon":
        return f"{MONTHS['en'][d.month - 1][:3]} {d.day:02d}, {d.year}"
    if s == "iso":
        return d.isoformat()
    if s == "dmy_num":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if s == "es_long":
        return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
    if s == "es_mon_first":
        return f"{MONTHS['es'][d.month - 1]} {d.day}, {d.year}"
    if s == "pt_long":
        return f"{d.day} de {MONTHS['pt'][d.month - 1]} de {d.year}"
    if s == "fr_long":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS['fr'][d.month - 1]} {d.year}"
    if s == "ht_long":
        return f"{d.day} {MONTHS['ht'][d.month - 1]} {d.year}"
    return f"{d.day} {m[d.month - 1]} {d.year}"


def rand_date(rng: random.Random, start_year: int = 2015, end_year: int = 2025) -> dt.date:
    start = dt.date(start_year, 1, 1).toordinal()
    end = dt.date(end_year, 10, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


# ----------------------------------------------------------------------------- people, places

FIRST_HISP = [
    "María Elena",
    "José Luis",
    "Rosa Isela",
    "Juan Carlos",
    "Guadalupe",
    "Luis Alberto",
    "Ana Lucía",
    "Carlos Eduardo",
    "Yesenia",
    "Miguel Ángel",
    "Leticia",
    "Óscar",
    "Brenda Marisol",
    "Fernando",
    "Karla Patricia",
    "Héctor Manuel",
]
LAST_HISP = [
    "Hernández",
    "Martínez",
    "Gómez",
    "Ramírez",
    "Cruz",
    "Flores",
    "Reyes",
    "Morales",
    "Castillo",
    "Ortiz",
    "Vásquez",
    "Mendoza",
    "Aguilar",
    "Rojas",
    "Guzmán",
    "Salazar",
]
FIRST_HT = [
    "Jean-Baptiste",
    "Marie-Claude",
    "Wilner",
    "Nadège",
    "Roselaure",
    "Frantz",
    "Guerline",
    "Jacques",
    "Mirlande",
    "Stanley",
]
LAST_HT = [
    "Pierre",
    "Joseph",
    "Jean-Louis",
    "Saint-Fleur",
    "Désir",
    "Augustin",
    "Charles",
    "Etienne",
    "Lafleur",
    "Noël",
]
FIRST_PT = [
    "Ana Paula",
    "João Vitor",
    "Thiago",
    "Luciana",
    "Rafael",
    "Fernanda",
    "Marcos",
    "Juliana",
]
LAST_PT = ["Ferreira", "Oliveira", "Souza", "Almeida", "Carvalho", "Ribeiro", "Costa", "Pereira"]
FIRST_EN = [
    "Margaret",
    "David",
    "Susan",
    "Robert",
    "Linda",
    "Thomas",
    "Karen",
    "Patrick",
    "Emily",
    "Gregory",
    "Rachel",
    "Daniel",
    "Deborah",
    "Kevin",
]
LAST_EN = [
    "Whitfield",
    "O'Connell",
    "Brandt",
    "Nakamura",
    "Kowalski",
    "Thompson",
    "Albright",
    "Delaney",
    "Fischer",
    "Greene",
    "Hollis",
    "Park",
    "Sorensen",
    "Underwood",
]

STREETS = [
    "Cedar Ave",
    "Maple Street",
    "W 31st St",
    "Elm Ct",
    "Harrison Blvd",
    "Pecan Dr",
    "Lakeview Rd",
    "Bergen St",
    "N Kedzie Ave",
    "Mission St",
    "Orchard Ln",
    "Franklin Ave",
    "Sycamore Way",
    "Beacon St",
    "Linden Blvd",
    "Palmetto Rd",
]
CITIES = [
    ("Houston", "TX", "770"),
    ("Chicago", "IL", "606"),
    ("Los Angeles", "CA", "900"),
    ("Miami", "FL", "331"),
    ("Brooklyn", "NY", "112"),
    ("Newark", "NJ", "071"),
    ("Phoenix", "AZ", "850"),
    ("Charlotte", "NC", "282"),
    ("Boston", "MA", "021"),
    ("Atlanta", "GA", "303"),
    ("Denver", "CO", "802"),
    ("Framingham", "MA", "017"),
]


@dataclass
class Person:
    name: str
    street: str
    unit: str
    city: str
    state: str
    zip: str
    dob: dt.date

    @property
    def line1(self) -> str:
        return f"{self.street}{', ' + self.unit if self.unit else ''}"

    @property
    def line2(self) -> str:
        return f"{self.city}, {self.state} {self.zip}"


def make_person(rng: random.Random, lang: str) -> Person:
    if lang == "ht" or (lang == "fr" and rng.random() < 0.8):
        name = f"{rng.choice(FIRST_HT)} {rng.choice(LAST_HT)}"
    elif lang == "pt":
        name = f"{rng.choice(FIRST_PT)} {rng.choice(LAST_PT)}"
    else:
        pool = rng.random()
        if pool < 0.75:
            name = f"{rng.choice(FIRST_HISP)} {rng.choice(LAST_HISP)} {rng.choice(LAST_HISP)}"
        elif pool < 0.9:
            name = f"{rng.choice(FIRST_HT)} {rng.choice(LAST_HT)}"
        else:
            name = f"{rng.choice(FIRST_PT)} {rng.choice(LAST_PT)}"
    city, st, zp = rng.choice(CITIES)
    unit = rng.choice(
        ["", "", f"Apt {rng.randint(1, 6)}{rng.choice('ABCD')}", f"Unit {rng.randint(101, 420)}"]
    )
    return Person(
        name,
        f"{rng.randint(12, 9870)} {rng.choice(STREETS)}",
        unit,
        city,
        st,
        f"{zp}{rng.randint(10, 99)}",
        rand_date(rng, 1968, 2004),
    )


def other_name(rng: random.Random, lang: str = "en") -> str:
    if lang == "es":
        return f"{rng.choice(FIRST_HISP)} {rng.choice(LAST_HISP)}"
    if lang in ("fr", "ht"):
        return f"{rng.choice(FIRST_HT)} {rng.choice(LAST_HT)}"
    if lang == "pt":
        return f"{rng.choice(FIRST_PT)} {rng.choice(LAST_PT)}"
    return f"{rng.choice(FIRST_EN)} {rng.choice(LAST_EN)}"


def money(x: float) -> str:
    return f"${x:,.2f}"


# ----------------------------------------------------------------------------- canvas


class Canvas:
    """A Letter page at ``dpi``; coordinates in points (1/72 in) from the top left."""

    def __init__(self, dpi: int, rng: random.Random, paper: tuple[int, int, int] = (255, 255, 255)):
        self.dpi = dpi
        self.k = dpi / 72.0
        self.rng = rng
        self.img = Image.new("RGB", (int(8.5 * dpi), int(11 * dpi)), paper)
        self.draw = ImageDraw.Draw(self.img)
        self.left = rng.choice([54, 60, 66, 72])
        self.right = 612 - self.left
        self.y = rng.choice([48, 56, 64])
        self._fonts: dict[tuple[str, bool, float], ImageFont.FreeTypeFont] = {}

    def font(self, size: float, bold: bool = False, family: str = "sans") -> ImageFont.FreeTypeFont:
        key = (family, bold, size)
        if key not in self._fonts:
            self._fonts[key] = ImageFont.truetype(
                str(FONT_DIR / FONTS[(family, bold)]), int(size * self.k)
            )
        return self._fonts[key]

    def p(self, v: float) -> int:
        return int(round(v * self.k))

    def width(self, s: str, size: float, bold: bool = False, family: str = "sans") -> float:
        return self.draw.textlength(s, font=self.font(size, bold, family)) / self.k

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10,
        bold: bool = False,
        family: str = "sans",
        fill: tuple[int, int, int] = (20, 20, 20),
        anchor: str = "la",
    ) -> None:
        self.draw.text(
            (self.p(x), self.p(y)), s, font=self.font(size, bold, family), fill=fill, anchor=anchor
        )

    def line(
        self,
        s: str,
        size: float = 10,
        bold: bool = False,
        family: str = "sans",
        align: str = "left",
        gap: float = 1.35,
        fill: tuple[int, int, int] = (20, 20, 20),
        x: float | None = None,
    ) -> None:
        if align == "center":
            self.text(306, self.y, s, size, bold, family, fill, anchor="ma")
        elif align == "right":
            self.text(self.right, self.y, s, size, bold, family, fill, anchor="ra")
        else:
            self.text(self.left if x is None else x, self.y, s, size, bold, family, fill)
        self.y += size * gap

    def space(self, pts: float) -> None:
        self.y += pts

    def para(
        self,
        s: str,
        size: float = 10,
        family: str = "sans",
        gap: float = 1.4,
        indent: float = 0,
        width: float | None = None,
    ) -> None:
        maxw = (width or (self.right - self.left)) - indent
        words = s.split()
        cur = ""
        for w in words:
            trial = f"{cur} {w}".strip()
            if self.width(trial, size, family=family) > maxw and cur:
                self.line(cur, size, family=family, gap=gap, x=self.left + indent)
                cur = w
            else:
                cur = trial
        if cur:
            self.line(cur, size, family=family, gap=gap, x=self.left + indent)
        self.y += size * 0.5

    def hr(self, weight: float = 0.8, color: tuple[int, int, int] = (60, 60, 60)) -> None:
        self.draw.line(
            [(self.p(self.left), self.p(self.y)), (self.p(self.right), self.p(self.y))],
            fill=color,
            width=max(1, self.p(weight)),
        )
        self.y += 6

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        outline: tuple[int, int, int] | None = (60, 60, 60),
        fill: tuple[int, int, int] | None = None,
        width: float = 0.8,
    ) -> None:
        self.draw.rectangle(
            [self.p(x), self.p(y), self.p(x + w), self.p(y + h)],
            outline=outline,
            fill=fill,
            width=max(1, self.p(width)),
        )

    def logo(
        self,
        x: float,
        y: float,
        initials: str,
        color: tuple[int, int, int],
        shape: str = "circle",
        size: float = 38,
    ) -> None:
        box = [self.p(x), self.p(y), self.p(x + size), self.p(y + size)]
        if shape == "circle":
            self.draw.ellipse(box, fill=color)
        elif shape == "diamond":
            cx, cy, r = x + size / 2, y + size / 2, size / 2
            self.draw.polygon(
                [
                    (self.p(cx), self.p(cy - r)),
                    (self.p(cx + r), self.p(cy)),
                    (self.p(cx), self.p(cy + r)),
                    (self.p(cx - r), self.p(cy)),
                ],
                fill=color,
            )
        else:
            self.draw.rectangle(box, fill=color)
        self.text(
            x + size / 2,
            y + size / 2,
            initials,
            size * 0.38,
            True,
            fill=(255, 255, 255),
            anchor="mm",
        )

    def kv(
        self,
        pairs: list[tuple[str, str]],
        cols: int = 2,
        size: float = 9,
        boxed: bool = True,
        label_above: bool = True,
        family: str = "sans",
    ) -> None:
        """A form: ``cols`` columns of label/value cells."""
        colw = (self.right - self.left) / cols
        rowh = size * (3.0 if label_above else 1.9)
        for i, (lab, val) in enumerate(pairs):
            c, r = i % cols, i // cols
            x = self.left + c * colw
            y = self.y + r * rowh
            if boxed:
                self.rect(x, y, colw, rowh, outline=(90, 90, 90), width=0.6)
            if label_above:
                self.text(x + 3, y + 2, lab, size * 0.75, False, family, fill=(70, 70, 70))
                self.text(x + 3, y + size * 1.25, val, size, True, family)
            else:
                self.text(x + 3, y + 3, f"{lab}", size, True, family)
                self.text(
                    x + 3 + self.width(lab, size, True, family) + 6, y + 3, val, size, False, family
                )
        self.y += rowh * math.ceil(len(pairs) / cols) + 8

    def table(
        self,
        headers: list[str],
        rows: list[list[str]],
        widths: list[float],
        size: float = 8.5,
        shade: tuple[int, int, int] | None = (225, 225, 225),
        grid: bool = True,
        aligns: str | None = None,
        family: str = "sans",
    ) -> None:
        total = self.right - self.left
        ws = [w / sum(widths) * total for w in widths]
        aligns = aligns or "l" * len(headers)
        rh = size * 1.8
        x = self.left
        if shade:
            self.rect(self.left, self.y, total, rh, outline=None, fill=shade)
        for h, w, a in zip(headers, ws, aligns, strict=True):
            self._cell(x, self.y, w, rh, h, size, True, a, family)
            x += w
        self.y += rh
        for row in rows:
            x = self.left
            for v, w, a in zip(row, ws, aligns, strict=True):
                if grid:
                    self.rect(x, self.y, w, rh, outline=(120, 120, 120), width=0.5)
                self._cell(x, self.y, w, rh, v, size, False, a, family)
                x += w
            self.y += rh
        if not grid:
            self.hr(0.6)
        self.y += 6

    def _cell(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        s: str,
        size: float,
        bold: bool,
        a: str,
        family: str,
    ) -> None:
        ty = y + (h - size) / 2
        if a == "r":
            self.text(x + w - 4, ty, s, size, bold, family, anchor="ra")
        elif a == "c":
            self.text(x + w / 2, ty, s, size, bold, family, anchor="ma")
        else:
            self.text(x + 4, ty, s, size, bold, family)

    def signature(
        self, x: float, y: float, w: float = 130, color: tuple[int, int, int] = (25, 35, 110)
    ) -> None:
        rng = self.rng
        pts = []
        n = 40
        amp = rng.uniform(5, 11)
        for i in range(n):
            t = i / (n - 1)
            pts.append(
                (
                    self.p(x + t * w + 6 * math.sin(t * rng.uniform(8, 14))),
                    self.p(y - amp * math.sin(t * rng.uniform(9, 17)) * (1 - 0.6 * t)),
                )
            )
        self.draw.line(pts, fill=color, width=max(2, self.p(1.1)), joint="curve")

    def stamp(
        self,
        x: float,
        y: float,
        s: str,
        color: tuple[int, int, int] = (170, 30, 30),
        angle: float = 12,
    ) -> None:
        f = self.font(14, True)
        tw = int(self.draw.textlength(s, font=f)) + self.p(16)
        th = self.p(26)
        layer = Image.new("RGBA", (tw, th), (0, 0, 0, 0))
        d = ImageDraw.Draw(layer)
        d.rectangle([1, 1, tw - 2, th - 2], outline=color + (190,), width=max(2, self.p(1.5)))
        d.text((tw // 2, th // 2), s, font=f, fill=color + (190,), anchor="mm")
        layer = layer.rotate(angle, expand=True, resample=Image.BICUBIC)
        self.img.paste(layer, (self.p(x), self.p(y)), layer)

    def letterhead(self, name: str, sub: list[str], color: tuple[int, int, int]) -> None:
        rng = self.rng
        style = rng.choice(["left_logo", "centered", "band"])
        initials = "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())[:3]
        if style == "left_logo":
            self.logo(
                self.left, self.y, initials, color, rng.choice(["circle", "square", "diamond"])
            )
            self.text(self.left + 48, self.y + 2, name, 14, True, "serif", fill=color)
            for i, s in enumerate(sub):
                self.text(self.left + 48, self.y + 20 + i * 10, s, 8, False)
            self.y += max(44, 22 + 10 * len(sub)) + 6
            self.hr(1.2, color)
        elif style == "centered":
            self.line(name, 15, True, "serif", "center", fill=color)
            for s in sub:
                self.line(s, 8.5, align="center")
            self.space(4)
            self.hr(0.8, color)
        else:
            h = 30 + 10 * len(sub)
            self.draw.rectangle(
                [0, self.p(self.y - 20), self.img.width, self.p(self.y - 20 + h)], fill=color
            )
            self.text(self.left, self.y - 14, name, 15, True, "sans", fill=(255, 255, 255))
            for i, s in enumerate(sub):
                self.text(self.left, self.y + 6 + i * 10, s, 8, fill=(240, 240, 240))
            self.y += h - 10
        self.space(10)


# ----------------------------------------------------------------------------- documents


@dataclass
class Doc:
    category: str
    doc_type: str
    kind: str  # short kind for the file name
    lang: str
    date: dt.date | None
    canvas: Canvas
    extra: dict[str, str] = field(default_factory=dict)


COLORS = [
    (20, 60, 120),
    (120, 25, 35),
    (15, 95, 70),
    (90, 40, 120),
    (30, 30, 30),
    (180, 90, 10),
    (0, 110, 140),
]


def _color(rng: random.Random) -> tuple[int, int, int]:
    return rng.choice(COLORS)


def _addr_block(c: Canvas, p: Person, size: float = 10) -> None:
    c.line(p.name.upper() if c.rng.random() < 0.5 else p.name, size)
    c.line(p.line1, size)
    c.line(p.line2, size)


def doc_lease(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    start = rand_date(rng).replace(day=1)
    signed = start - dt.timedelta(days=rng.randint(3, 25))
    rent = rng.choice([850, 975, 1100, 1250, 1380, 1525, 1700])
    landlord = rng.choice(
        [
            "Greenway Property Management LLC",
            "Bayside Residential Group",
            "Kessler Realty Partners",
            "Oak Hollow Apartments",
            "R. & M. Delgado Properties",
        ]
    )
    months = rng.choice([6, 12, 12, 12, 24])
    end = (start + dt.timedelta(days=months * 30.5)).replace(day=1) - dt.timedelta(days=1)
    if lang == "es":
        c.line("CONTRATO DE ARRENDAMIENTO RESIDENCIAL", 14, True, "serif", "center")
        c.space(8)
        c.para(
            f"Este contrato se celebra el {fmt_date(signed, 'es', rng, 'es_long')} entre "
            f"{landlord} "
            f'("el Arrendador") y {p.name} ("el Inquilino").',
            10,
            "serif",
        )
        c.kv(
            [
                ("Propiedad", f"{p.line1}, {p.line2}"),
                ("Renta mensual", money(rent)),
                ("Fecha de inicio del plazo", fmt_date(start, "es", rng, "es_long")),
                ("Fecha de terminación", fmt_date(end, "es", rng, "es_long")),
                ("Depósito de garantía", money(rent)),
                ("Día de pago", "el día 1 de cada mes"),
            ],
            2,
            9.5,
        )
        clauses = [
            "1. USO. La vivienda se usará solamente como residencia del Inquilino y su familia "
            "inmediata.",
            "2. PAGO. La renta se paga por adelantado; después del día 5 se cobra un cargo de $50.",
            "3. SERVICIOS. El Inquilino paga electricidad y gas; el Arrendador paga agua y basura.",
            "4. REPARACIONES. El Inquilino avisará por escrito de cualquier daño dentro de 48 "
            "horas.",
            "5. MASCOTAS. No se permiten mascotas sin permiso escrito del Arrendador.",
        ]
        sig = ("Firma del Arrendador", "Firma del Inquilino")
    else:
        title = rng.choice(
            ["RESIDENTIAL LEASE AGREEMENT", "Apartment Lease", "LEASE — RESIDENTIAL DWELLING UNIT"]
        )
        c.line(title, 14, True, "serif", "center")
        c.space(8)
        c.kv(
            [
                ("Landlord / Owner", landlord),
                ("Tenant(s)", p.name),
                ("Premises", f"{p.line1}, {p.line2}"),
                ("Monthly Rent", money(rent)),
                ("Commencement Date", fmt_date(start, "en", rng)),
                ("Expiration Date", fmt_date(end, "en", rng)),
                ("Security Deposit", money(rent * rng.choice([1, 1.5]))),
                ("Tenant Date of Birth", fmt_date(p.dob, "en", rng, "us")),
            ],
            2,
            9.5,
        )
        clauses = [
            "1. TERM. The term of this Lease begins on the Commencement Date and ends on the "
            "Expiration "
            "Date shown above, unless renewed in writing.",
            "2. RENT. Rent is due on or before the first (1st) day of each month. A late charge of "
            f"{money(rent * 0.05)} applies after the fifth (5th) day.",
            "3. OCCUPANCY. The Premises shall be occupied only by the Tenant(s) named above and "
            "their "
            "minor children.",
            "4. UTILITIES. Tenant is responsible for electricity and gas. Owner provides water, "
            "sewer and trash.",
            "5. NOTICES. Notices to Tenant may be delivered to the Premises.",
        ]
        sig = ("Landlord", "Tenant")
    for cl in clauses[: rng.randint(3, 5)]:
        c.para(cl, 9.5, "serif")
    c.space(30)
    y = c.y
    for i, lab in enumerate(sig):
        x = c.left + i * 270
        c.signature(x + 10, y - 6)
        c.draw.line([(c.p(x), c.p(y + 4)), (c.p(x + 220), c.p(y + 4))], fill=(0, 0, 0), width=1)
        c.text(x, y + 8, lab, 8.5)
        c.text(
            x + 150,
            y + 8,
            fmt_date(signed, lang if lang != "en" else "en", rng, "iso" if lang == "es" else "us"),
            8.5,
        )
    c.y = y + 40
    return Doc("residence", "lease", "lease", lang, start, c)


def doc_rent_receipt(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    paid = rand_date(rng)
    amt = rng.choice([700, 825, 950, 1150, 1300])
    landlord = other_name(rng, lang if lang != "en" else rng.choice(["en", "es"]))
    c.y += rng.randint(20, 120)
    top = c.y
    c.rect(c.left, top, c.right - c.left, 290, outline=(40, 40, 40), width=1.2)
    c.left += 14
    c.y += 12
    no = rng.randint(1001, 9999)
    if lang == "es":
        c.line(f"RECIBO DE RENTA          No. {no}", 13, True)
        c.line(f"Fecha: {fmt_date(paid, 'es', rng)}", 10, align="right")
        c.space(6)
        c.para(
            f"Recibí de {p.name} la cantidad de {money(amt)} "
            f"({rng.choice(['efectivo', 'giro postal', 'cheque'])}) "
            f"por concepto de renta del mes de {MONTHS['es'][paid.month - 1]} de {paid.year}, "
            f"correspondiente a la vivienda ubicada en {p.line1}, {p.line2}.",
            10.5,
        )
        c.line(f"Saldo pendiente: {money(0)}", 10)
        c.space(18)
        c.signature(c.left + 260, c.y)
        c.line(f"Recibido por: {landlord} (propietario)", 10, x=c.left + 240)
    elif lang == "pt":
        c.line(f"RECIBO DE ALUGUEL  nº {no}", 13, True)
        c.line(f"Data: {fmt_date(paid, 'pt', rng)}", 10, align="right")
        c.space(6)
        c.para(
            f"Recebi de {p.name} a quantia de {money(amt)} referente ao aluguel do mês de "
            f"{MONTHS['pt'][paid.month - 1]} de {paid.year} do imóvel situado em {p.line1}, "
            f"{p.line2}.",
            10.5,
        )
        c.space(18)
        c.signature(c.left + 260, c.y)
        c.line(f"Recebido por: {landlord}", 10, x=c.left + 240)
    else:
        c.line(rng.choice(["RENT RECEIPT", "Rent Payment Receipt", "RECEIPT — RENT"]), 13, True)
        c.line(f"No. {no}", 9, align="right")
        c.kv(
            [
                ("Date Received", fmt_date(paid, "en", rng)),
                ("Amount", money(amt)),
                ("Received From", p.name),
                (
                    "Payment Method",
                    rng.choice(["Cash", "Money Order", "Check #" + str(rng.randint(100, 999))]),
                ),
                ("For Rent Period", f"{MONTHS['en'][paid.month - 1]} {paid.year}"),
                ("Balance Due", money(0)),
            ],
            2,
            9.5,
            boxed=rng.random() < 0.6,
            label_above=rng.random() < 0.5,
        )
        c.line(f"Property: {p.line1}, {p.line2}", 10)
        c.space(20)
        c.signature(c.left + 260, c.y)
        c.line(f"Received by: {landlord}, Landlord", 10, x=c.left + 240)
    c.left -= 14
    c.y = top + 300
    return Doc("residence", "rent_receipt", "rent-receipt", lang, paid, c)


UTILITIES = [
    ("Consolidated Metro Power", "Electric"),
    ("Lone Star Energy Services", "Electric"),
    ("Riverbend Water Authority", "Water"),
    ("Northshore Gas Company", "Natural Gas"),
    ("ClearWave Internet & Cable", "Internet"),
    ("City of Phoenix Utilities", "Water/Sewer"),
]


def doc_utility(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    end = rand_date(rng)
    start = end - dt.timedelta(days=rng.randint(28, 32))
    bill = end + dt.timedelta(days=rng.randint(2, 6))
    due = bill + dt.timedelta(days=rng.randint(18, 24))
    comp, kind = rng.choice(UTILITIES)
    color = _color(rng)
    acct = f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}-{rng.randint(1, 9)}"
    c.letterhead(
        comp,
        [
            f"P.O. Box {rng.randint(1000, 99999)}, {rng.choice(CITIES)[0]}",
            f"Customer Service 1-800-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
        ],
        color,
    )
    es = lang == "es"
    y0 = c.y
    _addr_block(c, p)
    c.y = y0
    lab = (
        [
            "Fecha de factura",
            "Cuenta",
            "Período de servicio",
            "Fecha de vencimiento",
            "Total a pagar",
        ]
        if es
        else ["Bill Date", "Account Number", "Service Period", "Payment Due", "Amount Due"]
    )
    total = rng.uniform(38, 260)
    sp_a = fmt_date(start, lang, rng, "iso" if es else "us")
    sp = f"{sp_a} - {fmt_date(end, lang, rng, 'iso' if es else 'us')}"
    if rng.random() < 0.5 and not es:
        m0, m1 = MONTHS["en"][start.month - 1][:3], MONTHS["en"][end.month - 1][:3]
        sp = f"{m0} {start.day} - {m1} {end.day}, {end.year}"
    rows = [
        (lab[0], fmt_date(bill, lang, rng)),
        (lab[1], acct),
        (lab[2], sp),
        (lab[3], fmt_date(due, lang, rng)),
        (lab[4], money(total)),
    ]
    for i, (a, b) in enumerate(rows):
        c.text(330, y0 + i * 13, a + ":", 8.5, True)
        c.text(440, y0 + i * 13, b, 8.5)
    c.y = y0 + 80
    c.hr()
    if kind in ("Electric", "Natural Gas", "Water", "Water/Sewer"):
        unit = {"Electric": "kWh", "Natural Gas": "therms"}.get(kind, "gal")
        prev = rng.randint(10000, 60000)
        use = (
            rng.randint(300, 1500)
            if unit == "kWh"
            else rng.randint(20, 90)
            if unit == "therms"
            else rng.randint(2000, 7000)
        )
        c.line("Detalle de consumo" if es else "Meter Reading Details", 10.5, True)
        c.table(
            [
                "Medidor" if es else "Meter",
                "Lectura anterior" if es else "Previous",
                "Lectura actual" if es else "Current",
                "Uso" if es else "Usage",
            ],
            [[str(rng.randint(10**7, 10**8)), str(prev), str(prev + use), f"{use} {unit}"]],
            [2, 2, 2, 2],
            aligns="lrrr",
        )
    c.line("Cargos del período" if es else "Charges This Period", 10.5, True)
    base = round(total * 0.7, 2)
    items = [
        ("Cargo básico" if es else "Basic service charge", round(total - base - total * 0.06, 2)),
        ("Energía/uso" if es else "Usage charge", base),
        ("Impuestos" if es else "Taxes and fees", round(total * 0.06, 2)),
    ]
    c.table(
        ["Descripción" if es else "Description", "Importe" if es else "Amount"],
        [[a, money(b)] for a, b in items] + [["TOTAL", money(total)]],
        [5, 2],
        shade=None,
        grid=rng.random() < 0.5,
        aligns="lr",
    )
    c.space(10)
    c.para(
        (
            "Pague en línea, por teléfono o en cualquier tienda autorizada. Los pagos recibidos "
            "después de la fecha de "
            "vencimiento pueden generar un recargo."
        )
        if es
        else (
            "Pay online, by phone, or at any authorized pay station. Payments received after the "
            "due date may be "
            "subject to a late fee of 1.5%. Thank you for being a valued customer."
        ),
        8.5,
    )
    c.space(20)
    c.draw.line([(0, c.p(c.y)), (c.img.width, c.p(c.y))], fill=(120, 120, 120), width=1)
    c.space(10)
    c.line(
        "Devuelva esta parte con su pago" if es else "Please return this portion with your payment",
        8,
        True,
    )
    c.kv(
        [
            ("Cuenta" if es else "Account", acct),
            ("Vence" if es else "Due Date", fmt_date(due, lang, rng)),
            ("Monto" if es else "Amount Due", money(total)),
        ],
        3,
        9,
    )
    return Doc("residence", "utility_bill", "utility", lang, end, c)


def doc_bank(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    end = month_end(rand_date(rng))
    if rng.random() < 0.4:
        end = end.replace(day=rng.randint(14, 27))
    start = (end - dt.timedelta(days=30)) + dt.timedelta(days=1)
    bank = rng.choice(
        [
            "First Harbor Credit Union",
            "Pinecrest National Bank",
            "Comunidad Federal Savings",
            "Union Square Bank, N.A.",
        ]
    )
    c.letterhead(
        bank,
        [
            "Member FDIC" if "Credit" not in bank else "Federally insured by NCUA",
            f"www.{bank.split()[0].lower()}{bank.split()[1].lower().strip(',')}.com",
        ],
        _color(rng),
    )
    es = lang == "es"
    y0 = c.y
    _addr_block(c, p)
    c.y = y0
    c.text(
        340,
        y0,
        "Estado de cuenta" if es else rng.choice(["Account Statement", "Statement of Account"]),
        11,
        True,
    )
    per = (
        f"{fmt_date(start, lang, rng, 'es_long' if es else None)} - "
        f"{fmt_date(end, lang, rng, 'es_long' if es else None)}"
        if rng.random() < 0.6
        else f"{'Del' if es else 'From'} {fmt_date(start, lang, rng)} {'al' if es else 'through'} "
        f"{fmt_date(end, lang, rng)}"
    )
    c.text(340, y0 + 16, ("Período: " if es else "Statement Period: "), 8.5, True)
    c.text(340, y0 + 28, per, 8.5)
    c.text(340, y0 + 42, f"{'Cuenta' if es else 'Account'}: ******{rng.randint(1000, 9999)}", 8.5)
    c.y = y0 + 70
    bal = rng.uniform(200, 3000)
    opening = bal
    rows = []
    d = start
    for _ in range(rng.randint(6, 11)):
        d = d + dt.timedelta(days=rng.randint(1, 4))
        if d > end:
            break
        if rng.random() < 0.3:
            amt = rng.uniform(500, 1400)
            desc = rng.choice(["PAYROLL DIRECT DEP", "MOBILE DEPOSIT", "ACH CREDIT ACME SVCS"])
        else:
            amt = -rng.uniform(8, 350)
            desc = rng.choice(
                [
                    "POS PURCHASE FOOD MART",
                    "ATM WITHDRAWAL",
                    "CHECK 1042",
                    "ONLINE PMT ELECTRIC",
                    "DEBIT CARD GAS STATION",
                    "ZELLE TO M. REYES",
                    "WALGREENS #0321",
                ]
            )
        bal += amt
        rows.append(
            [
                f"{d.month:02d}/{d.day:02d}"
                if not es
                else f"{d.day} {MONTHS['es'][d.month - 1][:3]}",
                desc,
                money(amt) if amt > 0 else "",
                money(-amt) if amt < 0 else "",
                money(bal),
            ]
        )
    c.kv(
        [
            ("Saldo inicial" if es else "Beginning Balance", money(opening)),
            ("Saldo final" if es else "Ending Balance", money(bal)),
        ],
        2,
        9.5,
        label_above=False,
    )
    c.table(
        [
            "Fecha" if es else "Date",
            "Descripción" if es else "Description",
            "Depósitos" if es else "Credits",
            "Retiros" if es else "Debits",
            "Saldo" if es else "Balance",
        ],
        rows,
        [1.2, 4, 1.5, 1.5, 1.6],
        size=8,
        aligns="llrrr",
        grid=rng.random() < 0.5,
    )
    c.space(10)
    c.para(
        "Revise este estado de cuenta y notifíquenos de cualquier error dentro de 60 días."
        if es
        else "Please examine this statement promptly. Report any errors or unauthorized "
        "transactions within 60 days "
        "of the statement date. Page 1 of 1.",
        8,
    )
    return Doc("residence", "bank_statement", "bank", lang, end, c)


def doc_proof_address(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    d = rand_date(rng)
    since = rand_date(rng, 2008, d.year - 1 if d.year > 2009 else 2008)
    org = rng.choice(
        [
            "St. Brigid Parish Food Pantry",
            "Southside Community Health Center",
            "Maplewood Mobile Home Community",
            "Neighborhood Legal Aid Society",
        ]
    )
    org_es = rng.choice(["Despensa Comunitaria San José", "Centro Comunitario Latino del Norte"])
    es = lang == "es"
    c.letterhead(
        org_es if es else org,
        [f"{rng.randint(100, 999)} {rng.choice(STREETS)}, {p.city}, {p.state}"],
        _color(rng),
    )
    c.line(fmt_date(d, lang, rng), 10, align=rng.choice(["left", "right"]))
    c.space(14)
    if es:
        c.line("A quien corresponda:", 10.5)
        c.space(6)
        c.line("Asunto: Constancia de domicilio", 10.5, True)
        c.space(6)
        c.para(
            f"Por medio de la presente hago constar que {p.name}, con fecha de nacimiento "
            f"{fmt_date(p.dob, 'es', rng, 'es_long')}, reside en {p.line1}, {p.line2}, desde "
            f"{MONTHS['es'][since.month - 1]} de {since.year}, según nuestros registros.",
            10.5,
            "serif",
        )
        c.para(
            "Se extiende la presente a solicitud del interesado para los fines que a él convengan.",
            10.5,
            "serif",
        )
        closing = "Atentamente,"
    else:
        c.line(
            rng.choice(
                ["To Whom It May Concern:", "RE: Verification of Address", "Dear Sir or Madam:"]
            ),
            10.5,
        )
        c.space(6)
        c.para(
            f"This letter confirms that {p.name} (date of birth "
            f"{fmt_date(p.dob, 'en', rng, 'us')}) resides at "
            f"{p.line1}, {p.line2}. According to our records, {p.name.split()[0]} has lived at "
            "this address since "
            f"{MONTHS['en'][since.month - 1]} {since.year} and receives mail there.",
            10.5,
            "serif",
        )
        c.para(
            "Please feel free to contact our office if you need any further information.",
            10.5,
            "serif",
        )
        closing = rng.choice(["Sincerely,", "Respectfully,"])
    c.space(6)
    c.line(closing, 10.5)
    c.space(24)
    c.signature(c.left + 4, c.y - 8)
    c.line(other_name(rng, lang if es else "en"), 10.5)
    c.line(
        "Coordinadora"
        if es
        else rng.choice(["Office Manager", "Program Director", "Community Manager"]),
        10,
    )
    return Doc("residence", "proof_of_address", "address-letter", lang, d, c)


def doc_change_address(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, "en")
    eff = rand_date(rng)
    sent = eff - dt.timedelta(days=rng.randint(5, 14))
    c.line("UNITED STATES POSTAL SERVICE", 12, True, align="left", fill=(20, 40, 100))
    c.line("Official Change of Address Confirmation", 10)
    c.hr(1.5, (20, 40, 100))
    c.space(6)
    c.line(fmt_date(sent, "en", rng), 10)
    c.space(10)
    _addr_block(c, p)
    c.space(12)
    c.para(
        "Thank you for using the Postal Service change-of-address service. This letter confirms "
        "your request to "
        "forward mail to the address above. Your confirmation code is "
        f"{rng.randint(10**9, 10**10 - 1)}.",
        10,
    )
    c.kv(
        [
            ("Move Type", rng.choice(["Family", "Individual"])),
            ("Effective Date", fmt_date(eff, "en", rng)),
            ("Old Address", f"{rng.randint(10, 999)} {rng.choice(STREETS)}"),
            ("New Address", p.line1),
        ],
        2,
        9.5,
    )
    c.para("If you did not request this change, call 1-800-ASK-USPS immediately.", 9)
    return Doc("residence", "change_of_address", "usps-coa", "en", eff, c)


EMPLOYERS = [
    "Sunrise Landscaping & Tree Care",
    "Golden Wok Restaurant Inc.",
    "Brightline Commercial Cleaning",
    "Tri-County Framing & Drywall",
    "Valley Fresh Packing Co.",
    "Harbor View Nursing Home",
    "QuickServe Car Wash LLC",
    "Rosales Construction Group",
    "Maple Leaf Bakery",
]


def doc_w2(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    year = rng.randint(2015, 2024)
    emp = rng.choice(EMPLOYERS)
    wages = rng.uniform(18000, 52000)
    c.line(f"Form W-2  Wage and Tax Statement   {year}", 13, True, "cond")
    c.line("Department of the Treasury—Internal Revenue Service", 8)
    c.line("Copy B—To Be Filed With Employee's FEDERAL Tax Return.", 8)
    c.space(4)
    fields = [
        ("a  Employee's social security number", f"XXX-XX-{rng.randint(1000, 9999)}"),
        (
            "b  Employer identification number (EIN)",
            f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}",
        ),
        ("1  Wages, tips, other compensation", f"{wages:,.2f}"),
        ("2  Federal income tax withheld", f"{wages * 0.07:,.2f}"),
        ("c  Employer's name, address, and ZIP code", emp),
        ("3  Social security wages", f"{wages:,.2f}"),
        ("4  Social security tax withheld", f"{wages * 0.062:,.2f}"),
        ("5  Medicare wages and tips", f"{wages:,.2f}"),
        ("6  Medicare tax withheld", f"{wages * 0.0145:,.2f}"),
        ("e  Employee's first name and initial   Last name", p.name),
        ("f  Employee's address and ZIP code", f"{p.line1}, {p.line2}"),
        ("15 State   Employer's state ID number", f"{p.state}  {rng.randint(100000, 999999)}"),
        ("16 State wages, tips, etc.", f"{wages:,.2f}"),
        ("17 State income tax", f"{wages * 0.03:,.2f}"),
    ]
    rng.shuffle(fields[4:9])
    c.kv(fields, 2, 8.5, family="cond")
    c.space(6)
    c.line(f"Form W-2 ({year})   Cat. No. 10134D", 8)
    c.line(f"Printed {fmt_date(dt.date(year + 1, 1, rng.randint(10, 28)), 'en', rng, 'us')}", 7)
    if rng.random() < 0.5:
        c.space(20)
        c.hr()
        c.line(
            f"Form W-2  Wage and Tax Statement   {year}   Copy C—For EMPLOYEE'S RECORDS",
            10,
            True,
            "cond",
        )
        c.kv(fields[:6], 2, 8.5, family="cond")
    return Doc("employment", "w2", "w2", "en", dt.date(year, 12, 31), c)


def doc_tax_return(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    year = rng.randint(2015, 2024)
    signed = dt.date(year + 1, rng.randint(2, 4), rng.randint(1, 28))
    wages = rng.uniform(16000, 48000)
    c.line(f"Form 1040   U.S. Individual Income Tax Return   {year}", 13, True, "cond")
    c.line(
        "Department of the Treasury—Internal Revenue Service   OMB No. 1545-0074   IRS Use Only",
        7.5,
    )
    c.line(
        f"For the year Jan. 1–Dec. 31, {year}, or other tax year beginning ______ , ending ______",
        7.5,
    )
    c.space(4)
    c.kv(
        [
            (
                "Filing Status",
                rng.choice(["Single", "Head of household", "Married filing jointly"]),
            ),
            ("Your first name and middle initial / Last name", p.name),
            (
                "Your social security number / ITIN",
                f"9{rng.randint(10, 99)}-{rng.randint(70, 88)}-{rng.randint(1000, 9999)}",
            ),
            ("Home address (number and street)", p.line1),
            ("City, town, state, ZIP code", p.line2),
            ("Digital assets?", "No"),
        ],
        2,
        8.5,
        family="cond",
    )
    std = {2015: 6300, 2016: 6300, 2017: 6350}.get(year, 12000 + (year - 2018) * 400)
    lines = [
        ("1a", "Total amount from Form(s) W-2, box 1", wages),
        ("2b", "Taxable interest", rng.uniform(0, 40)),
        ("9", "Total income", wages),
        ("11", "Adjusted gross income", wages),
        ("12", "Standard deduction", std),
        ("15", "Taxable income", max(0, wages - std)),
        ("24", "Total tax", max(0, wages - std) * 0.1),
        ("25a", "Federal income tax withheld from W-2", wages * 0.07),
        ("34", "Amount overpaid / refund", abs(wages * 0.07 - max(0, wages - std) * 0.1)),
    ]
    c.table(
        ["Line", "Income / Tax", "Amount"],
        [[a, b, f"{v:,.2f}"] for a, b, v in lines],
        [1, 6, 2],
        size=8,
        aligns="llr",
        family="cond",
    )
    c.space(8)
    c.line(
        "Sign Here — Under penalties of perjury, I declare that I have examined this return...",
        8,
        family="cond",
    )
    c.kv(
        [
            ("Your signature", ""),
            ("Date", fmt_date(signed, "en", rng, "us")),
            (
                "Your occupation",
                rng.choice(["Cook", "Landscaper", "Housekeeper", "Construction", "Warehouse"]),
            ),
        ],
        3,
        8.5,
    )
    c.signature(c.left + 10, c.y - 22)
    c.line(
        "Paid Preparer Use Only:  "
        + rng.choice(["Alvarez Tax Services", "H&R Block #4471", "Self-prepared"]),
        8,
    )
    return Doc("employment", "tax_return", "tax-1040", "en", dt.date(year, 12, 31), c)


def doc_paystub(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    emp = rng.choice(EMPLOYERS)
    pay = rand_date(rng)
    pend = pay - dt.timedelta(days=rng.randint(3, 6))
    pstart = pend - dt.timedelta(days=13)
    rate = rng.choice([12.5, 14.0, 15.75, 17.25, 19.0, 22.5])
    hrs = rng.choice([64, 72, 80, 80, 86.5])
    gross = rate * hrs
    es = lang == "es"
    c.line(emp, 13, True)
    c.line(f"{rng.randint(100, 9999)} {rng.choice(STREETS)}, {p.city}, {p.state}", 8.5)
    c.space(4)
    c.line(
        (
            "Talón de pago / Comprobante de nómina"
            if es
            else rng.choice(["EARNINGS STATEMENT", "Pay Stub", "Payroll Advice"])
        ),
        11,
        True,
        align="right",
    )
    c.hr()
    lab = (
        [
            "Empleado",
            "No. de empleado",
            "Inicio del período",
            "Fin del período",
            "Fecha de pago",
            "Cheque No.",
        ]
        if es
        else [
            "Employee",
            "Employee ID",
            "Period Beginning",
            "Period Ending",
            rng.choice(["Pay Date", "Check Date"]),
            "Check No.",
        ]
    )
    vals = [
        p.name,
        str(rng.randint(1000, 99999)),
        fmt_date(pstart, lang, rng, "es_long" if es else None),
        fmt_date(pend, lang, rng, "es_long" if es else None),
        fmt_date(pay, lang, rng, "es_long" if es else None),
        str(rng.randint(10000, 99999)),
    ]
    c.kv(list(zip(lab, vals, strict=True)), rng.choice([2, 3]), 9, boxed=rng.random() < 0.7)
    fed, ss, med = gross * 0.06, gross * 0.062, gross * 0.0145
    ytd = rng.randint(3, 24)
    c.table(
        [
            "Concepto" if es else "Earnings",
            "Horas" if es else "Hours",
            "Tarifa" if es else "Rate",
            "Período" if es else "Current",
            "Acumulado" if es else "YTD",
        ],
        [
            ["Regular", f"{hrs:.2f}", f"{rate:.2f}", money(gross), money(gross * ytd)],
            [
                "Overtime" if not es else "Tiempo extra",
                "0.00",
                f"{rate * 1.5:.2f}",
                money(0),
                money(rate * 6),
            ],
        ],
        [3, 1.3, 1.3, 1.7, 1.7],
        aligns="lrrrr",
    )
    c.table(
        [
            "Deducciones" if es else "Deductions",
            "Período" if es else "Current",
            "Acumulado" if es else "YTD",
        ],
        [
            ["Federal Income Tax", money(fed), money(fed * ytd)],
            ["Social Security", money(ss), money(ss * ytd)],
            ["Medicare", money(med), money(med * ytd)],
        ],
        [4, 2, 2],
        aligns="lrr",
    )
    net = gross - fed - ss - med
    c.kv(
        [
            ("Pago bruto" if es else "Gross Pay", money(gross)),
            ("Deducciones" if es else "Total Deductions", money(fed + ss + med)),
            ("Pago neto" if es else "NET PAY", money(net)),
        ],
        3,
        10,
    )
    c.line(
        ("Depositado en cuenta ****" if es else "Direct deposit to account ****")
        + str(rng.randint(1000, 9999)),
        8.5,
    )
    return Doc("employment", "pay_stub", "paystub", lang, pay, c)


def doc_employer_letter(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    emp = rng.choice(EMPLOYERS)
    d = rand_date(rng)
    hired = rand_date(rng, 2008, max(2009, d.year - 1))
    if hired >= d:
        hired = d - dt.timedelta(days=400)
    job = {
        "en": rng.choice(
            [
                "line cook",
                "crew leader",
                "janitorial supervisor",
                "machine operator",
                "certified nursing assistant",
            ]
        ),
        "es": rng.choice(
            ["cocinero", "jefe de cuadrilla", "operador de montacargas", "ayudante de construcción"]
        ),
        "pt": rng.choice(["faxineira", "pedreiro", "auxiliar de cozinha"]),
        "fr": rng.choice(["aide-soignante", "cuisinier", "agent d'entretien"]),
        "ht": rng.choice(["kizinye", "travayè netwayaj", "chofè"]),
    }[lang]
    rate = rng.choice([14, 15.5, 17, 18.75, 21])
    c.letterhead(
        emp,
        [
            f"{rng.randint(100, 9999)} {rng.choice(STREETS)}, {p.city}, {p.state} {p.zip}",
            f"Tel. ({rng.randint(200, 989)}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}",
        ],
        _color(rng),
    )
    c.line(fmt_date(d, lang, rng), 10.5, align=rng.choice(["left", "right"]))
    c.space(12)
    boss = other_name(rng, lang if lang != "en" else "en")
    if lang == "es":
        c.line("A quien corresponda:", 10.5)
        c.space(4)
        c.para(
            f"Por medio de la presente certifico que {p.name} trabaja en {emp} desde el "
            f"{fmt_date(hired, 'es', rng, 'es_long')} como {job}, con un horario de tiempo "
            "completo "
            f"(aproximadamente {rng.choice([38, 40, 45])} horas por semana) y un salario de "
            f"{money(rate)} por hora.",
            10.5,
            "serif",
        )
        c.para(
            f"{p.name.split()[0]} es un trabajador responsable, puntual y respetado por sus "
            "compañeros. "
            "Su trabajo es muy importante para nuestra empresa y deseamos que continúe con "
            "nosotros.",
            10.5,
            "serif",
        )
        c.para(
            "Para cualquier aclaración, puede comunicarse conmigo al teléfono que aparece arriba.",
            10.5,
            "serif",
        )
        closing, title = (
            "Atentamente,",
            rng.choice(["Gerente General", "Dueño", "Supervisora de Recursos Humanos"]),
        )
    elif lang == "pt":
        c.line("A quem possa interessar,", 10.5)
        c.space(4)
        c.para(
            f"Declaro, para os devidos fins, que {p.name} trabalha na empresa {emp} desde "
            f"{fmt_date(hired, 'pt', rng, 'pt_long')}, exercendo a função de {job}, em tempo "
            "integral, "
            f"com salário de {money(rate)} por hora.",
            10.5,
            "serif",
        )
        c.para(
            "É uma pessoa honesta, pontual e dedicada ao trabalho. Recomendo sem reservas.",
            10.5,
            "serif",
        )
        closing, title = "Atenciosamente,", "Gerente"
    elif lang == "fr":
        c.line("À qui de droit,", 10.5)
        c.space(4)
        c.para(
            f"Je soussigné(e) certifie que {p.name} est employé(e) par {emp} depuis le "
            f"{fmt_date(hired, 'fr', rng, 'fr_long')} en qualité de {job}, à temps plein, au taux "
            "horaire de "
            f"{money(rate)}.",
            10.5,
            "serif",
        )
        c.para(
            "Il s'agit d'une personne fiable, ponctuelle et appréciée de ses collègues.",
            10.5,
            "serif",
        )
        closing, title = "Veuillez agréer mes salutations distinguées,", "Directeur"
    else:
        c.line(
            rng.choice(["To Whom It May Concern:", "Re: Employment Verification", "Dear Officer:"]),
            10.5,
        )
        c.space(4)
        c.para(
            f"This letter is to verify that {p.name} has been employed by {emp} since "
            f"{fmt_date(hired, 'en', rng)} as a {job}. {p.name.split()[0]} works full time, "
            "approximately "
            f"{rng.choice([35, 40, 44])} hours per week, at a rate of {money(rate)} per hour.",
            10.5,
            "serif",
        )
        c.para(
            f"During this time {p.name.split()[0]} has been a dependable, hard-working member of "
            "our team and "
            "has been trusted with training new staff. We would be glad to continue this "
            "employment.",
            10.5,
            "serif",
        )
        c.para(
            "Please do not hesitate to contact me at the number above to confirm this information.",
            10.5,
            "serif",
        )
        closing, title = (
            rng.choice(["Sincerely,", "Best regards,"]),
            rng.choice(["Owner", "HR Manager", "Operations Manager"]),
        )
    c.space(4)
    c.line(closing, 10.5)
    c.space(26)
    c.signature(c.left + 4, c.y - 8)
    c.line(boss, 10.5)
    c.line(f"{title}, {emp}", 10)
    return Doc("employment", "employer_letter", "employer-letter", lang, d, c)


def doc_ead(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    valid = rand_date(rng, 2016, 2024)
    exp = valid + dt.timedelta(days=rng.choice([364, 729, 1825]))
    parts = p.name.split()
    c.y += 80
    x0, y0, w, h = 120, c.y, 372, 236
    c.rect(x0, y0, w, h, outline=(90, 90, 90), fill=(226, 236, 244), width=1.4)
    c.draw.rectangle([c.p(x0), c.p(y0), c.p(x0 + w), c.p(y0 + 26)], fill=(60, 90, 140))
    c.text(
        x0 + w / 2, y0 + 5, "UNITED STATES OF AMERICA", 11, True, fill=(255, 255, 255), anchor="ma"
    )
    c.text(
        x0 + w / 2,
        y0 + 30,
        "EMPLOYMENT AUTHORIZATION CARD",
        10,
        True,
        fill=(140, 20, 20),
        anchor="ma",
    )
    c.rect(x0 + 12, y0 + 50, 90, 110, outline=(80, 80, 80), fill=(190, 180, 170))
    c.draw.ellipse([c.p(x0 + 37), c.p(y0 + 62), c.p(x0 + 77), c.p(y0 + 105)], fill=(120, 100, 90))
    c.draw.ellipse([c.p(x0 + 25), c.p(y0 + 105), c.p(x0 + 90), c.p(y0 + 165)], fill=(120, 100, 90))
    fields = [
        ("Surname", parts[-2] if len(parts) > 2 else parts[-1]),
        ("Given Name", " ".join(parts[:-2] if len(parts) > 2 else parts[:-1])),
        ("USCIS#", f"{rng.randint(200, 240)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}"),
        ("Category", rng.choice(["C33", "C08", "A12", "C14"])),
        ("Card#", f"IOE{rng.randint(10**9, 10**10 - 1)}"),
        (
            "Country of Birth",
            rng.choice(["Mexico", "Guatemala", "Honduras", "Haiti", "El Salvador", "Brazil"]),
        ),
        ("Date of Birth", f"{p.dob.month:02d}/{p.dob.day:02d}/{p.dob.year}"),
        ("Sex", rng.choice(["F", "M"])),
        ("Valid From:", f"{valid.month:02d}/{valid.day:02d}/{valid.year}"),
        ("Card Expires:", f"{exp.month:02d}/{exp.day:02d}/{exp.year}"),
    ]
    for i, (a, b) in enumerate(fields):
        col, row = i % 2, i // 2
        xx = x0 + 112 + col * 128
        yy = y0 + 50 + row * 24
        c.text(xx, yy, a, 6.5, fill=(60, 60, 60))
        c.text(xx, yy + 8, b, 8.5, True)
    c.text(x0 + 12, y0 + h - 20, "NOT VALID FOR REENTRY TO THE U.S.", 7.5, True)
    c.y = y0 + h + 30
    return Doc("employment", "work_authorization", "ead", "en", valid, c)


CLINICS = [
    "Eastside Family Health Clinic",
    "Clínica Comunitaria La Esperanza",
    "Mercy Regional Medical Center",
    "Northgate Urgent Care",
    "Harborview Community Health",
]


def doc_medical(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    visit = rand_date(rng)
    printed = visit + dt.timedelta(days=rng.randint(0, 40))
    follow = visit + dt.timedelta(days=rng.choice([14, 30, 90]))
    clinic = rng.choice(CLINICS)
    es = lang == "es"
    c.letterhead(
        clinic,
        [
            f"{rng.randint(100, 9999)} {rng.choice(STREETS)}, {p.city}, {p.state}",
            "Fax (555) 013-" + str(rng.randint(1000, 9999)),
        ],
        _color(rng),
    )
    c.line(
        "RESUMEN DE LA VISITA"
        if es
        else rng.choice(["After Visit Summary", "CLINIC VISIT NOTE", "Office Visit Summary"]),
        13,
        True,
        align=rng.choice(["left", "center"]),
    )
    dx = rng.choice(
        [
            (
                "Type 2 diabetes mellitus without complications",
                "Diabetes tipo 2 sin complicaciones",
                "E11.9",
            ),
            ("Essential hypertension", "Hipertensión esencial", "I10"),
            ("Low back pain", "Dolor lumbar", "M54.5"),
            ("Asthma, mild persistent", "Asma leve persistente", "J45.30"),
            ("Prenatal visit, normal pregnancy", "Control prenatal, embarazo normal", "Z34.90"),
        ]
    )
    c.kv(
        [
            ("Paciente" if es else "Patient", p.name),
            (
                "Fecha de nacimiento" if es else "DOB",
                fmt_date(p.dob, lang, rng, "es_long" if es else "us"),
            ),
            (
                "Fecha de la visita" if es else "Date of Service",
                fmt_date(visit, lang, rng, "es_long" if es else None),
            ),
            ("Médico" if es else "Provider", "Dr. " + other_name(rng, "es" if es else "en")),
            ("MRN", str(rng.randint(10**6, 10**7))),
            (
                "Seguro" if es else "Insurance",
                rng.choice(["Self-pay / Sliding fee", "Medicaid", "Charity care"]),
            ),
        ],
        rng.choice([2, 3]),
        9,
    )
    c.line("Signos vitales" if es else "Vitals", 10.5, True)
    c.table(
        [
            "PA" if es else "BP",
            "Pulso" if es else "Pulse",
            "Temp",
            "Peso" if es else "Weight",
            "SpO2",
        ],
        [
            [
                f"{rng.randint(110, 150)}/{rng.randint(70, 95)}",
                str(rng.randint(60, 95)),
                f"{rng.uniform(97.5, 99.1):.1f} F",
                f"{rng.randint(120, 220)} lb",
                f"{rng.randint(95, 100)}%",
            ]
        ],
        [1, 1, 1, 1, 1],
        aligns="ccccc",
    )
    c.line("Diagnóstico" if es else "Assessment / Diagnosis", 10.5, True)
    c.line(f"{dx[1] if es else dx[0]}  ({dx[2]})", 10)
    c.space(6)
    c.line("Plan" if es else "Plan / Instructions", 10.5, True)
    c.para(
        (
            "Continuar con el medicamento indicado. Dieta baja en sal y azúcar. Caminar 30 "
            "minutos al día. "
            "Regresar si presenta fiebre, dolor de pecho o dificultad para respirar."
        )
        if es
        else (
            "Continue current medication as prescribed. Low-sodium diet, 30 minutes of walking "
            "daily. "
            "Labs ordered: CBC, CMP, HbA1c. Return to clinic or call if symptoms worsen."
        ),
        9.5,
    )
    c.line(
        ("Próxima cita: " if es else "Follow-up appointment: ") + fmt_date(follow, lang, rng), 9.5
    )
    c.space(10)
    c.line(
        ("Impreso: " if es else "Printed: ")
        + fmt_date(printed, lang, rng, "iso" if es else "us")
        + f" {rng.randint(8, 17)}:{rng.randint(10, 59)}",
        7.5,
    )
    return Doc("medical", "medical_record", "visit-summary", lang, visit, c)


def doc_psych(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    report = rand_date(rng, 2017, 2025)
    s1 = report - dt.timedelta(days=rng.randint(20, 40))
    s2 = s1 + dt.timedelta(days=rng.randint(5, 12))
    doc = f"{other_name(rng)}, Psy.D."
    c.letterhead(
        f"{doc.split(',')[0]}, Licensed Clinical Psychologist",
        [
            f"{rng.randint(100, 999)} {rng.choice(STREETS)}, Suite {rng.randint(100, 400)}, "
            f"{p.city}, {p.state}",
            f"License No. PSY {rng.randint(10000, 39999)}",
        ],
        _color(rng),
    )
    c.line("PSYCHOLOGICAL EVALUATION", 13, True, "serif", "center")
    c.line("CONFIDENTIAL", 9, True, align="center", fill=(150, 20, 20))
    c.space(6)
    c.kv(
        [
            ("Name of Client", p.name),
            ("Date of Birth", fmt_date(p.dob, "en", rng, "us")),
            (
                "Dates of Evaluation",
                f"{fmt_date(s1, 'en', rng, 'us')} and {fmt_date(s2, 'en', rng, 'us')}",
            ),
            ("Date of Report", fmt_date(report, "en", rng)),
            ("Referral Source", rng.choice(["Legal Aid Society", "Self", "Catholic Charities"])),
            ("Evaluator", doc),
        ],
        2,
        9,
        label_above=False,
        boxed=False,
    )
    for head, body in [
        (
            "Reason for Referral",
            f"{p.name.split()[0]} was referred for a psychological evaluation to assess current "
            "emotional "
            "functioning and the likely impact that separation from family would have on the "
            "client and the "
            "client's U.S. citizen children.",
        ),
        (
            "Procedures",
            "Clinical interview (two sessions, approximately 4 hours total); PCL-5; Beck "
            "Depression Inventory-II; Beck Anxiety Inventory; Hopkins Symptom Checklist-25.",
        ),
        (
            "Summary of Findings",
            "Results are consistent with Major Depressive Disorder, moderate "
            "(F32.1), and Post-Traumatic Stress Disorder (F43.10). Symptoms include sleep "
            "disturbance, "
            "intrusive memories, and persistent worry about the children's future. The client is "
            "engaged "
            "in weekly counseling and would be expected to deteriorate significantly if removed.",
        ),
    ]:
        c.line(head, 10.5, True, "serif")
        c.para(body, 9.8, "serif")
    c.space(18)
    c.signature(c.left + 4, c.y - 6)
    c.line(doc, 10)
    return Doc("medical", "psychological_evaluation", "psych-eval", "en", report, c)


def doc_prescription(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    d = rand_date(rng)
    es = lang == "es"
    c.right = 612 - c.left - rng.randint(150, 220)  # a small prescription pad
    top = c.y
    c.rect(
        c.left - 10,
        top - 10,
        c.right - c.left + 20,
        420,
        outline=(90, 90, 90),
        fill=(247, 250, 245),
    )
    c.line(
        "Dr. " + other_name(rng, "es" if es else "en") + (", M.D." if not es else ""),
        12,
        True,
        "serif",
    )
    c.line(rng.choice(CLINICS), 8.5)
    c.line(
        f"DEA # B{rng.choice('ABCDEFGH')}{rng.randint(1000000, 9999999)}   NPI "
        f"{rng.randint(10**9, 10**10 - 1)}",
        7.5,
    )
    c.hr()
    c.line(("Paciente: " if es else "Patient: ") + p.name, 10)
    c.line(
        ("Fecha de nac.: " if es else "DOB: ")
        + fmt_date(p.dob, lang, rng, "es_long" if es else "us"),
        10,
    )
    c.line(("Fecha: " if es else "Date: ") + fmt_date(d, lang, rng), 10)
    c.line(("Dirección: " if es else "Address: ") + p.line1, 10)
    c.space(10)
    c.line("Rx", 26, True, "serif")
    med = rng.choice(
        [
            ("Metformin 500 mg tablets", "1 tab by mouth twice daily with meals", "#60"),
            ("Lisinopril 10 mg tablets", "1 tab by mouth once daily", "#30"),
            ("Sertraline 50 mg tablets", "1 tab by mouth every morning", "#30"),
            ("Albuterol HFA 90 mcg inhaler", "2 puffs every 4-6 h as needed", "1 inhaler"),
        ]
    )
    c.line(med[0], 11, True)
    c.line(("Indicaciones: " if es else "Sig: ") + med[1], 10)
    c.line(("Cantidad: " if es else "Disp: ") + med[2], 10)
    c.line(("Resurtidos: " if es else "Refills: ") + str(rng.randint(0, 5)), 10)
    c.space(28)
    c.signature(c.left + 60, c.y - 6)
    c.line("_" * 30, 10, x=c.left + 50)
    c.line(("Firma del médico" if es else "Prescriber signature"), 8, x=c.left + 60)
    c.line("Substitution permitted" if not es else "Se permite sustitución genérica", 7.5)
    return Doc("medical", "prescription", "prescription", lang, d, c)


SUPPORT_TEXT = {
    "en": (
        "Dear Immigration Officer,",
        "My name is {writer} and I am the {role} at {org}. I have known {name} for {years} years. "
        "{first} {deed}. "
        "{first} is a kind, honest and responsible person who is always ready to help others.",
        "I respectfully ask that you allow {first} to remain in the United States with {pron} "
        "family. Our community "
        "would suffer a real loss without {pron2}.",
        "Sincerely,",
    ),
    "es": (
        "Estimado oficial de inmigración:",
        "Mi nombre es {writer} y soy {role} en {org}. Conozco a {name} desde hace {years} años. "
        "{first} {deed}. "
        "Es una persona honesta, trabajadora y siempre dispuesta a ayudar a los demás.",
        "Le pido respetuosamente que permita que {first} permanezca en los Estados Unidos junto a "
        "su familia. "
        "Nuestra comunidad perdería a una persona muy valiosa.",
        "Atentamente,",
    ),
    "fr": (
        "Monsieur l'agent d'immigration,",
        "Je m'appelle {writer} et je suis {role} à {org}. Je connais {name} depuis {years} ans. "
        "{first} {deed}. "
        "C'est une personne honnête, travailleuse et toujours prête à aider les autres.",
        "Je vous prie respectueusement de permettre à {first} de rester aux États-Unis auprès de "
        "sa famille.",
        "Veuillez agréer l'expression de mes sentiments distingués,",
    ),
    "pt": (
        "Prezado(a) oficial de imigração,",
        "Meu nome é {writer} e sou {role} na {org}. Conheço {name} há {years} anos. {first} "
        "{deed}. "
        "É uma pessoa honesta, trabalhadora e sempre disposta a ajudar o próximo.",
        "Peço respeitosamente que permita que {first} permaneça nos Estados Unidos "
        "com sua família.",
        "Atenciosamente,",
    ),
    "ht": (
        "Chè ofisye imigrasyon,",
        "Mwen rele {writer}, mwen se {role} nan {org}. Mwen konnen {name} depi {years} lane. "
        "{first} {deed}. "
        "Se yon moun onèt, travayan, ki toujou pare pou ede lòt moun.",
        "Mwen mande w avèk respè pou w kite {first} rete Ozetazini ak fanmi li. Kominote nou an "
        "ta pèdi yon moun "
        "ki gen anpil valè.",
        "Avèk respè,",
    ),
}
ROLES = {
    "church": {
        "en": (
            "pastor",
            "{org}",
            "volunteers every Sunday in our food ministry and helps set up for services",
        ),
        "es": (
            "pastor",
            "{org}",
            "sirve cada domingo en el ministerio de alimentos y en el coro de la iglesia",
        ),
        "fr": (
            "pasteur",
            "{org}",
            "participe chaque dimanche à la chorale et aide les familles nouvellement arrivées",
        ),
        "pt": ("pastor", "{org}", "serve todos os domingos no ministério de louvor da igreja"),
        "ht": (
            "pastè",
            "{org}",
            "sèvi chak dimanch nan koral legliz la epi li ede fanmi ki fèk rive yo",
        ),
    },
    "neighbour": {
        "en": (
            "neighbor",
            "the same building",
            "has helped my elderly mother with groceries and snow shoveling",
        ),
        "es": (
            "vecina",
            "el mismo edificio",
            "ha ayudado a mi madre, que es mayor, con las compras",
        ),
        "fr": ("voisine", "le même immeuble", "aide ma mère âgée à faire ses courses"),
        "pt": ("vizinha", "o mesmo prédio", "ajuda minha mãe idosa com as compras"),
        "ht": ("vwazen", "menm bilding lan", "ede manman m ki granmoun pou fè makèt"),
    },
    "teacher": {
        "en": (
            "teacher",
            "{school}",
            "attends every parent-teacher conference and volunteers at our school events",
        ),
        "es": (
            "maestra",
            "{school}",
            "asiste a todas las juntas de padres y ayuda como voluntario en la escuela",
        ),
        "fr": (
            "enseignante",
            "{school}",
            "assiste à toutes les réunions de parents et aide lors des activités",
        ),
        "pt": (
            "professora",
            "{school}",
            "participa de todas as reuniões de pais e ajuda nos eventos da escola",
        ),
        "ht": (
            "pwofesè",
            "{school}",
            "vini nan tout reyinyon paran yo e li ede nan aktivite lekòl la",
        ),
    },
}
CHURCHES = {
    "en": ["Grace Community Church", "St. Anthony of Padua Parish", "New Hope Baptist Church"],
    "es": [
        "Iglesia Cristiana Fuente de Vida",
        "Parroquia Nuestra Señora de Guadalupe",
        "Iglesia Bautista Emanuel",
    ],
    "fr": ["Église Baptiste Haïtienne Bethel", "Paroisse Notre-Dame d'Haïti"],
    "pt": ["Igreja Batista Brasileira Nova Vida", "Assembleia de Deus Ministério Boston"],
    "ht": ["Legliz Batis Eben-Ezer", "Premye Legliz Evanjelik Ayisyen"],
}
SCHOOLS = [
    "Lincoln Elementary School",
    "Roberto Clemente Middle School",
    "Westfield High School",
    "Garfield Park Elementary",
]


def doc_support(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    d = rand_date(rng)
    who = rng.choice(["church", "church", "neighbour", "teacher"])
    role, org, deed = ROLES[who][lang]
    if who == "church":
        org = rng.choice(CHURCHES[lang])
    elif who == "teacher":
        org = rng.choice(SCHOOLS)
    writer = other_name(rng, lang)
    first = p.name.split()[0]
    greet, body1, body2, closing = SUPPORT_TEXT[lang]
    if who == "church" or (who == "teacher" and rng.random() < 0.6):
        c.letterhead(
            org,
            [f"{rng.randint(10, 999)} {rng.choice(STREETS)}, {p.city}, {p.state} {p.zip}"],
            _color(rng),
        )
    else:
        c.line(writer, 10.5)
        c.line(f"{rng.randint(10, 9999)} {rng.choice(STREETS)}", 10)
        c.line(p.line2, 10)
        c.space(8)
    place_date = fmt_date(d, lang, rng)
    if lang in ("es", "fr", "pt") and rng.random() < 0.5:
        place_date = f"{p.city}, {place_date}"
    c.line(place_date, 10.5, align=rng.choice(["left", "right"]))
    c.space(12)
    c.line(greet, 10.5)
    c.space(4)
    fam = "seu" if lang == "pt" else "su"
    kw = dict(
        writer=writer,
        role=role,
        org=org,
        name=p.name,
        years=rng.randint(3, 15),
        first=first,
        deed=deed,
        pron=rng.choice(["her", "his"]),
        pron2=rng.choice(["her", "him"]),
        fam=fam,
    )
    family = rng.choice(["serif", "sans"])
    c.para(body1.format(**kw), 10.5, family)
    if who == "teacher" and lang == "en":
        c.para(
            f"{first}'s children are students in my class. They come to school every day "
            "prepared, fed and happy, "
            "which reflects the care they receive at home.",
            10.5,
            family,
        )
    c.para(body2.format(**kw), 10.5, family)
    c.space(4)
    c.line(closing, 10.5)
    c.space(26)
    c.signature(c.left + 4, c.y - 8)
    c.line(writer, 10.5)
    c.line(role.capitalize() + ("" if who == "neighbour" else f", {org}"), 10)
    if rng.random() < 0.4:
        c.line(
            f"Tel. ({rng.randint(200, 989)}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}", 9
        )
    kind = {"church": "church-letter", "neighbour": "neighbor-letter", "teacher": "teacher-letter"}[
        who
    ]
    return Doc("community", "support_letter", kind, lang, d, c)


def doc_volunteer(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    d = rand_date(rng, 2017, 2025)
    org = rng.choice(
        [
            "Westside Food Bank",
            "Habitat for Humanity — Metro Chapter",
            "Casa de Esperanza Shelter",
            "Riverside Park Conservancy",
        ]
    )
    es = lang == "es"
    c.letterhead(
        org, ["Volunteer Services Office" if not es else "Oficina de Voluntariado"], _color(rng)
    )
    c.line(
        "REGISTRO DE HORAS DE VOLUNTARIADO"
        if es
        else rng.choice(["Volunteer Service Record", "VOLUNTEER HOURS LOG"]),
        12,
        True,
    )
    c.kv(
        [
            ("Voluntario(a)" if es else "Volunteer", p.name),
            ("Fecha de emisión" if es else "Date Issued", fmt_date(d, lang, rng)),
        ],
        2,
        9.5,
    )
    rows = []
    tot = 0.0
    dd = d - dt.timedelta(days=rng.randint(150, 300))
    for _ in range(rng.randint(6, 12)):
        dd += dt.timedelta(days=rng.randint(7, 21))
        if dd >= d:
            break
        h = rng.choice([2, 3, 3.5, 4, 5])
        tot += h
        rows.append(
            [
                dd.isoformat() if es else f"{dd.month:02d}/{dd.day:02d}/{dd.year}",
                rng.choice(
                    ["Food sorting", "Distribution", "Warehouse", "Front desk", "Park clean-up"]
                )
                if not es
                else rng.choice(["Clasificación de alimentos", "Reparto", "Recepción"]),
                f"{h:.1f}",
            ]
        )
    c.table(
        ["Fecha" if es else "Date", "Actividad" if es else "Activity", "Horas" if es else "Hours"],
        rows,
        [2, 5, 1.2],
        aligns="llr",
    )
    c.line(
        ("Total de horas: " if es else "Total hours: ") + f"{tot:.1f}", 10.5, True, align="right"
    )
    c.space(20)
    c.signature(c.left + 4, c.y - 6)
    c.line(
        other_name(rng, "es" if es else "en")
        + (", Coordinadora de Voluntarios" if es else ", Volunteer Coordinator"),
        10,
    )
    return Doc("community", "volunteer_record", "volunteer", lang, d, c)


def doc_report_card(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    issued = rand_date(rng, 2016, 2025)
    y1 = issued.year if issued.month >= 8 else issued.year - 1
    school = rng.choice(SCHOOLS)
    given = rng.choice(["Sofía", "Mateo", "Valentina", "Diego", "Camila", "Nathaniel", "Kiara"])
    child = f"{given} {p.name.split()[-2 if len(p.name.split()) > 2 else -1]}"
    es = lang == "es"
    c.letterhead(
        school,
        [rng.choice(["Unified School District", "Public Schools", "Independent School District"])],
        _color(rng),
    )
    c.line(
        ("BOLETA DE CALIFICACIONES" if es else "STUDENT PROGRESS REPORT") + f"  {y1}-{y1 + 1}",
        12,
        True,
    )
    c.kv(
        [
            ("Estudiante" if es else "Student", child),
            ("Grado" if es else "Grade", str(rng.randint(1, 11))),
            ("Padre/Madre/Tutor" if es else "Parent/Guardian", p.name),
            ("Fecha de emisión" if es else "Date Issued", fmt_date(issued, lang, rng)),
            (
                "Fecha de nacimiento" if es else "Student DOB",
                fmt_date(
                    dt.date(y1 - rng.randint(6, 16), rng.randint(1, 12), rng.randint(1, 28)),
                    lang,
                    rng,
                    "iso" if es else "us",
                ),
            ),
            ("Maestro(a)" if es else "Homeroom", other_name(rng)),
        ],
        2,
        9,
    )
    subjects = (
        ["Lectura", "Matemáticas", "Ciencias", "Estudios Sociales", "Educación Física", "Arte"]
        if es
        else [
            "English Language Arts",
            "Mathematics",
            "Science",
            "Social Studies",
            "Physical Education",
            "Music",
        ]
    )
    rows = [
        [s]
        + [rng.choice(["A", "A-", "B+", "B", "B-", "C+"]) for _ in range(3)]
        + [str(rng.randint(0, 4))]
        for s in subjects
    ]
    c.table(
        ["Materia" if es else "Subject", "T1", "T2", "T3", "Ausencias" if es else "Absences"],
        rows,
        [4, 1, 1, 1, 1.4],
        aligns="lcccc",
    )
    c.line("Comentarios del maestro:" if es else "Teacher comments:", 10, True)
    c.para(
        ("Muy buen progreso este trimestre. Participa en clase y entrega sus tareas a tiempo.")
        if es
        else (
            "A pleasure to have in class. Reading fluency has improved a great deal; keep "
            "practicing at home."
        ),
        9.5,
    )
    return Doc("community", "school_record", "report-card", lang, issued, c)


def doc_esl_cert(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    d = rand_date(rng)
    c.rect(30, 30, 552, 500, outline=(120, 90, 30), width=4)
    c.rect(40, 40, 532, 480, outline=(120, 90, 30), width=1)
    c.y = 90
    c.line("CERTIFICATE OF COMPLETION", 22, True, "serif", "center", fill=(120, 90, 30))
    c.space(14)
    c.line("This certifies that", 12, False, "serif", "center")
    c.space(6)
    c.line(p.name, 20, True, "serif", "center")
    c.space(6)
    c.line(
        "has successfully completed "
        + rng.choice(
            [
                "English as a Second Language — Level 3",
                "ESL Intermediate II",
                "Citizenship and Civics Class",
            ]
        ),
        12,
        False,
        "serif",
        "center",
    )
    c.line(
        f"({rng.choice([60, 72, 96, 120])} instructional hours) at "
        + rng.choice(
            ["Metro Adult Education Center", "Queens Public Library", "Westside Community College"]
        ),
        11,
        False,
        "serif",
        "center",
    )
    c.space(10)
    c.line(
        f"Awarded {fmt_date(d, 'en', rng, rng.choice(['long', 'dmy_long']))}",
        12,
        False,
        "serif",
        "center",
    )
    c.space(40)
    c.signature(120, c.y - 6)
    c.signature(360, c.y - 6)
    c.text(110, c.y + 4, "Instructor", 9)
    c.text(350, c.y + 4, "Program Director", 9)
    c.y += 40
    return Doc("community", "certificate", "esl-cert", "en", d, c)


def doc_i797(rng: random.Random, lang: str, c: Canvas) -> Doc:
    p = make_person(rng, lang)
    notice = rand_date(rng)
    received = notice - dt.timedelta(days=rng.randint(3, 20))
    priority = received
    form = rng.choice(
        [
            ("I-765", "APPLICATION FOR EMPLOYMENT AUTHORIZATION"),
            ("I-821D", "CONSIDERATION OF DEFERRED ACTION FOR CHILDHOOD ARRIVALS"),
            ("I-130", "PETITION FOR ALIEN RELATIVE"),
        ]
    )
    typ = rng.choice(["Receipt Notice", "Biometrics Appointment Notice"])
    c.line("Department of Homeland Security", 10, True)
    c.line("U.S. Citizenship and Immigration Services", 10, True)
    c.line("I-797C, Notice of Action", 12, True, align="right")
    c.line(
        "THIS NOTICE DOES NOT GRANT ANY IMMIGRATION STATUS OR BENEFIT.", 8.5, True, align="center"
    )
    c.hr(1.2)
    c.kv(
        [
            (
                "Receipt Number",
                f"{rng.choice(['IOE', 'MSC', 'NBC'])}{rng.randint(10**9, 10**10 - 1)}",
            ),
            ("Case Type", f"{form[0]} - {form[1]}"),
            ("Received Date", fmt_date(received, "en", rng, "us")),
            ("Priority Date", fmt_date(priority, "en", rng, "us")),
            ("Notice Date", fmt_date(notice, "en", rng, "us")),
            ("Page", "1 of 1"),
            ("Applicant", p.name),
            ("Notice Type", typ),
        ],
        2,
        8.5,
    )
    c.y += 6
    _addr_block(c, p, 9.5)
    c.space(10)
    if typ == "Receipt Notice":
        c.para(
            "The above application has been received by our office and is in process. Our records "
            "indicate your "
            "personal information as shown above. If any of this information is incorrect, please "
            "call us. "
            "Processing time: you may check current processing times at uscis.gov.",
            9.5,
        )
    else:
        appt = notice + dt.timedelta(days=rng.randint(10, 30))
        c.para(
            "To process your case, USCIS must capture your biometrics. Please appear at the "
            "Application Support "
            f"Center below on {fmt_date(appt, 'en', rng, 'long')} at {rng.randint(8, 15)}:00. "
            "Bring this notice and "
            "photo identification. Failure to appear may result in denial of your case.",
            9.5,
        )
    c.space(8)
    c.line("USCIS Contact Center: www.uscis.gov/contactcenter", 9)
    return Doc("none", "agency_notice", "i797", "en", notice, c)


# ------------------------------------------------------------------- "none" documents


def doc_menu(rng: random.Random, lang: str, c: Canvas) -> Doc:
    es = lang == "es"
    name = rng.choice(
        [
            "Taquería El Paisano",
            "Pupusería La Ceiba",
            "Lucky Garden",
            "Mama Rosa's Trattoria",
            "Tropical Grill",
        ]
    )
    c.line(name, 22, True, "serif", "center", fill=_color(rng))
    c.line(
        rng.choice(["Abierto todos los días 8am - 10pm", "Comida casera • Para llevar"])
        if es
        else "Dine In • Take Out • Catering",
        10,
        align="center",
    )
    c.hr()
    sections = (
        {
            "Desayunos": ["Huevos rancheros", "Chilaquiles verdes", "Huevos a la mexicana"],
            "Platillos": [
                "Carne asada con arroz y frijoles",
                "Enchiladas de pollo (3)",
                "Mole poblano",
                "Tacos al pastor (4)",
            ],
            "Bebidas": ["Horchata", "Jamaica", "Refresco de botella", "Café de olla"],
        }
        if es
        else {
            "Appetizers": ["Garlic bread", "Fried calamari", "Mozzarella sticks"],
            "Entrées": [
                "Chicken parmigiana",
                "Spaghetti & meatballs",
                "Grilled salmon",
                "Eggplant rollatini",
            ],
            "Drinks": ["Fountain soda", "Iced tea", "Espresso"],
        }
    )
    for sec, items in sections.items():
        c.line(sec.upper(), 13, True, "serif")
        for it in items:
            price = f"{rng.uniform(2.5, 18.99):.2f}"
            c.text(c.left + 10, c.y, it, 10.5)
            c.text(c.right, c.y, price, 10.5, anchor="ra")
            c.y += 16
        c.space(8)
    c.line(
        f"{rng.randint(100, 9999)} {rng.choice(STREETS)} • ({rng.randint(200, 989)}) "
        f"{rng.randint(200, 989)}-{rng.randint(1000, 9999)}",
        9,
        align="center",
    )
    return Doc("none", "menu", "menu", lang, None, c)


def doc_flyer(rng: random.Random, lang: str, c: Canvas) -> Doc:
    es = lang == "es"
    color = _color(rng)
    c.draw.rectangle([0, 0, c.img.width, c.p(120)], fill=color)
    c.text(
        306,
        30,
        "¡GRAN VENTA DE GARAJE!" if es else rng.choice(["BACK TO SCHOOL BASH!", "HUGE YARD SALE"]),
        26,
        True,
        fill=(255, 255, 255),
        anchor="ma",
    )
    c.y = 150
    d = rand_date(rng)
    c.line(
        ("Sábado " if es else "Saturday, ") + fmt_date(d, lang, rng, "es_long" if es else "long"),
        16,
        True,
        align="center",
    )
    c.line("8:00 AM – 2:00 PM", 14, align="center")
    c.space(20)
    items = (
        ["Muebles", "Ropa para niños", "Juguetes", "Electrodomésticos", "¡Y mucho más!"]
        if es
        else [
            "Free backpacks & school supplies",
            "Face painting",
            "Live DJ",
            "Free haircuts",
            "Food trucks",
        ]
    )
    for it in items:
        c.line("• " + it, 14, x=c.left + 60)
    c.space(30)
    c.line(f"{rng.randint(100, 9999)} {rng.choice(STREETS)}", 12, True, align="center")
    c.line("¡Todos bienvenidos!" if es else "Everyone welcome! Rain or shine.", 12, align="center")
    return Doc("none", "flyer", "flyer", lang, None, c)


def doc_coupon(rng: random.Random, lang: str, c: Canvas) -> Doc:
    store = rng.choice(
        ["FreshMart Supermarket", "Bargain Depot", "El Super Mercado", "Family Value Pharmacy"]
    )
    exp = rand_date(rng)
    c.y += 60
    for _ in range(rng.randint(2, 3)):
        top = c.y
        c.draw.rectangle(
            [c.p(c.left), c.p(top), c.p(c.right), c.p(top + 150)], outline=(0, 0, 0), width=c.p(1.2)
        )
        off = rng.choice(["$2.00 OFF", "BUY 1 GET 1 FREE", "20% OFF", "$5 OFF $25"])
        c.text(c.left + 16, top + 14, store, 12, True, fill=_color(rng))
        c.text(c.left + 16, top + 36, off, 28, True)
        c.text(
            c.left + 16,
            top + 80,
            rng.choice(
                [
                    "any laundry detergent 50 oz+",
                    "your entire purchase",
                    "fresh produce",
                    "vitamins & supplements",
                ]
            ),
            11,
        )
        c.text(
            c.left + 16,
            top + 104,
            f"Expires {fmt_date(exp, 'en', rng, 'us')}. Limit one per customer.",
            8.5,
        )
        c.text(c.right - 150, top + 110, "|| ||| | |||| || |||", 14, True, "mono")
        c.y = top + 170
    return Doc("none", "coupon", "coupon", "en", None, c)


def doc_recipe(rng: random.Random, lang: str, c: Canvas) -> Doc:
    es = lang == "es"
    if es:
        title, ings, steps = (
            "Tamales de Pollo en Salsa Verde",
            [
                "1 kg de masa para tamales",
                "500 g de manteca",
                "1 pollo cocido y deshebrado",
                "10 tomates verdes",
                "2 chiles serranos",
                "Hojas de maíz remojadas",
                "Sal al gusto",
            ],
            [
                "Batir la manteca hasta que esponje y agregar la masa poco a poco.",
                "Licuar los tomates con los chiles y cocinar la salsa 10 minutos.",
                "Untar la masa en las hojas, agregar pollo y salsa, y doblar.",
                "Cocer al vapor durante una hora y media.",
            ],
        )
    else:
        title, ings, steps = (
            "Grandma's Banana Bread",
            [
                "3 ripe bananas, mashed",
                "1/3 cup melted butter",
                "3/4 cup sugar",
                "1 egg, beaten",
                "1 tsp vanilla",
                "1 tsp baking soda",
                "1 1/2 cups all-purpose flour",
            ],
            [
                "Preheat the oven to 350°F and butter a 4x8-inch loaf pan.",
                "Mix the butter into the mashed bananas, then the sugar, egg and vanilla.",
                "Sprinkle the baking soda over the mixture and mix in the flour.",
                "Bake 55 to 65 minutes, until a tester comes out clean.",
            ],
        )
    c.line(title, 18, True, "serif")
    c.line(
        ("Porciones: 24 • Tiempo: 2 h" if es else "Serves 8 • Prep 15 min • Bake 1 hr"),
        10,
        fill=(90, 90, 90),
    )
    c.space(10)
    c.line("Ingredientes" if es else "Ingredients", 13, True)
    for i in ings:
        c.line("• " + i, 11, x=c.left + 10)
    c.space(8)
    c.line("Preparación" if es else "Directions", 13, True)
    for n, s in enumerate(steps, 1):
        c.para(f"{n}. {s}", 11)
    return Doc("none", "recipe", "recipe", lang, None, c)


# ----------------------------------------------------------------------------- the plan

Maker = Callable[[random.Random, str, Canvas], Doc]

# (maker, weight, allowed languages with weights)
KINDS: list[tuple[Maker, float, dict[str, float]]] = [
    (doc_lease, 1.0, {"en": 0.8, "es": 0.2}),
    (doc_rent_receipt, 1.0, {"en": 0.5, "es": 0.35, "pt": 0.15}),
    (doc_utility, 1.2, {"en": 0.85, "es": 0.15}),
    (doc_bank, 1.0, {"en": 0.85, "es": 0.15}),
    (doc_proof_address, 0.7, {"en": 0.7, "es": 0.3}),
    (doc_change_address, 0.4, {"en": 1.0}),
    (doc_tax_return, 0.8, {"en": 1.0}),
    (doc_w2, 0.9, {"en": 1.0}),
    (doc_paystub, 1.2, {"en": 0.8, "es": 0.2}),
    (doc_employer_letter, 1.0, {"en": 0.55, "es": 0.25, "pt": 0.1, "fr": 0.1}),
    (doc_ead, 0.5, {"en": 1.0}),
    (doc_medical, 1.1, {"en": 0.7, "es": 0.3}),
    (doc_psych, 0.5, {"en": 1.0}),
    (doc_prescription, 0.6, {"en": 0.7, "es": 0.3}),
    (doc_support, 1.6, {"en": 0.45, "es": 0.3, "fr": 0.08, "pt": 0.07, "ht": 0.1}),
    (doc_volunteer, 0.6, {"en": 0.75, "es": 0.25}),
    (doc_report_card, 0.7, {"en": 0.7, "es": 0.3}),
    (doc_esl_cert, 0.3, {"en": 1.0}),
    (doc_i797, 0.4, {"en": 1.0}),
]
NONE_KINDS: list[tuple[Maker, dict[str, float]]] = [
    (doc_menu, {"en": 0.5, "es": 0.5}),
    (doc_flyer, {"en": 0.5, "es": 0.5}),
    (doc_coupon, {"en": 1.0}),
    (doc_recipe, {"en": 0.5, "es": 0.5}),
]


def plan(rng: random.Random, n: int) -> list[tuple[Maker, str]]:
    """Which documents to draw, and in which language.

    About 10 % junk (menus, flyers, coupons, recipes); the rest spread over the kinds in
    proportion to their weights (largest remainder). Then languages by quota: about 20 %
    Spanish and about 3.5 % each of Haitian Creole, French and Portuguese, each given only
    to kinds that exist in that language; everything else English.
    """
    n_none = max(1, round(n * 0.1))
    kinds: list[tuple[Maker, dict[str, float]]] = [
        NONE_KINDS[i % len(NONE_KINDS)] for i in range(n_none)
    ]
    rest = n - n_none
    total = sum(w for _, w, _ in KINDS)
    exact = [rest * w / total for _, w, _ in KINDS]
    counts = [int(e) for e in exact]
    order = sorted(range(len(KINDS)), key=lambda i: (-(exact[i] - counts[i]), rng.random()))
    for i in order[: rest - sum(counts)]:
        counts[i] += 1
    for (mk, _, langs), k in zip(KINDS, counts, strict=True):
        kinds += [(mk, langs)] * k
    rng.shuffle(kinds)
    langs_out = ["en"] * n
    small = max(1, round(n * 0.035))
    for lang, quota in (("ht", small), ("fr", small), ("pt", small), ("es", round(n * 0.2))):
        idx = [
            i for i, (_, allowed) in enumerate(kinds) if lang in allowed and langs_out[i] == "en"
        ]
        rng.shuffle(idx)
        for i in idx[:quota]:
            langs_out[i] = lang
    return [(mk, lang) for (mk, _), lang in zip(kinds, langs_out, strict=True)]


# ----------------------------------------------------------------------------- looks


def look_scan(img: Image.Image, rng: random.Random) -> Image.Image:
    if rng.random() < 0.4:
        img = img.convert("L").convert("RGB")
    angle = rng.uniform(-0.8, 0.8)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 250))
    arr = np.asarray(img).astype(np.float32)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    arr = arr * rng.uniform(0.93, 0.99) + rng.uniform(4, 14)  # slightly grey paper
    arr += nrng.normal(0, rng.uniform(3, 7), arr.shape[:2])[..., None]
    # a few specks
    for _ in range(rng.randint(20, 120)):
        y, x = nrng.integers(0, arr.shape[0]), nrng.integers(0, arr.shape[1])
        arr[y : y + 2, x : x + 2] = rng.uniform(60, 160)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if rng.random() < 0.5:
        img = img.filter(ImageFilter.GaussianBlur(0.4))
    return img


def _perspective_coeffs(
    src: list[tuple[float, float]], dst: list[tuple[float, float]]
) -> list[float]:
    """Image.transform(PERSPECTIVE) coefficients: output points ``dst`` to input ``src``."""
    a = []
    b = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return list(np.linalg.solve(np.array(a, dtype=float), np.array(b, dtype=float)))


def look_photo(img: Image.Image, rng: random.Random) -> Image.Image:
    w, h = img.size
    margin = int(w * rng.uniform(0.06, 0.12))
    W, H = w + 2 * margin, h + 2 * margin
    bg_col = rng.choice([(70, 55, 45), (45, 45, 50), (95, 80, 60), (60, 70, 60), (110, 100, 95)])
    # where the page's corners land
    j = w * 0.035
    dst = [
        (margin + rng.uniform(-j, j), margin + rng.uniform(-j, j)),
        (margin + w + rng.uniform(-j, j), margin + rng.uniform(-j, j)),
        (margin + w + rng.uniform(-j, j), margin + h + rng.uniform(-j, j)),
        (margin + rng.uniform(-j, j), margin + h + rng.uniform(-j, j)),
    ]
    rot = math.radians(rng.uniform(-3.5, 3.5))
    cx, cy = W / 2, H / 2
    dst = [
        (
            cx + (x - cx) * math.cos(rot) - (y - cy) * math.sin(rot),
            cy + (x - cx) * math.sin(rot) + (y - cy) * math.cos(rot),
        )
        for x, y in dst
    ]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = _perspective_coeffs(src, dst)
    page_rgba = img.convert("RGBA")
    warped = page_rgba.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    out = Image.new("RGB", (W, H), bg_col)
    arr_bg = np.asarray(out).astype(np.float32)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    arr_bg += nrng.normal(0, 6, arr_bg.shape)
    out = Image.fromarray(np.clip(arr_bg, 0, 255).astype(np.uint8))
    out.paste(warped, (0, 0), warped)
    # uneven light: a gradient from a random corner plus a soft shadow band
    arr = np.asarray(out).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = xx * math.cos(ang) + yy * math.sin(ang)
    grad = (grad - grad.min()) / (grad.max() - grad.min())
    light = 1.0 - rng.uniform(0.18, 0.35) * grad
    if rng.random() < 0.6:
        sx = rng.uniform(0.2, 0.8) * W
        light *= 1.0 - 0.2 * np.exp(-((xx - sx) ** 2) / (2 * (W * 0.12) ** 2))
    warm = np.array(
        rng.choice([(1.0, 0.97, 0.9), (0.97, 0.98, 1.0), (1.0, 1.0, 0.96)]), dtype=np.float32
    )
    arr = arr * light[..., None] * warm
    arr += nrng.normal(0, 3, arr.shape[:2])[..., None]
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.2)))
    return out


# ----------------------------------------------------------------------------- writing


def write_image(img: Image.Image, path: Path, ext: str, dpi: int, quality: int) -> None:
    if ext == "png":
        img.save(path, "PNG", dpi=(dpi, dpi))
    elif ext == "jpg":
        img.save(path, "JPEG", quality=quality, dpi=(dpi, dpi))
    else:  # scanned PDF: the image on a Letter page
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality)
        pdf = pymupdf.open()
        page = pdf.new_page(width=612, height=792)
        page.insert_image(page.rect, stream=buf.getvalue())
        # fixed metadata and no fresh /ID, so the same seed gives the same bytes
        pdf.set_metadata(
            {"producer": "tests.sets.blind_set", "creationDate": "", "modDate": ""}
        )
        pdf.save(str(path), deflate=True, no_new_id=True)
        pdf.close()


def generate(out_dir: Path, n: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    truth: list[dict[str, object]] = []
    for i, (maker, lang) in enumerate(plan(rng, n), 1):
        drng = random.Random(rng.randint(0, 2**62))
        dpi = drng.choice([150, 170, 200])
        paper = drng.choice([(255, 255, 255), (253, 252, 248), (250, 250, 245)])
        canvas = Canvas(dpi, drng, paper)
        doc = maker(drng, lang, canvas)
        look = "photo" if drng.random() < 0.4 else "scan"
        if look == "photo":
            img = look_photo(doc.canvas.img, drng)
            ext = drng.choice(["jpg", "jpg", "jpg", "pdf"])
            quality = drng.randint(65, 75)
        else:
            img = look_scan(doc.canvas.img, drng)
            ext = drng.choice(["png", "pdf", "pdf", "jpg"])
            quality = drng.randint(80, 92)
        name = f"{doc.category}--{i:02d}-{doc.kind}-{doc.lang}-{look}.{ext}"
        write_image(img, out_dir / name, ext, dpi, quality)
        truth.append(
            {
                "file": name,
                "category": doc.category,
                "document_type": doc.doc_type,
                "date": doc.date.isoformat() if doc.date else None,
                "language": doc.lang,
                "look": look,
            }
        )
    (out_dir / "truth.json").write_text(
        json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    truth = generate(args.out_dir, args.n, args.seed)
    by_cat: dict[str, int] = {}
    by_lang: dict[str, int] = {}
    for t in truth:
        by_cat[str(t["category"])] = by_cat.get(str(t["category"]), 0) + 1
        by_lang[str(t["language"])] = by_lang.get(str(t["language"]), 0) + 1
    print(f"wrote {len(truth)} documents to {args.out_dir}: {by_cat} {by_lang}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The date a document speaks for: a letter's date, a statement period's end, a pay date,
a tax year.

Every date written in the text is a candidate: ISO (2023-05-12), US month-first numbers
(05/12/2023, 5-12-23, 11-05-2018, also with the odd dash or O/l that OCR puts in digits;
day first for papers in Spanish, French, Portuguese or Creole, unless the paper's own
unambiguous dates show the other order), and written dates in English, Spanish, French,
Portuguese and Haitian Creole ("May 12, 2023", "12 May 2023", "9 de agosto de 2023",
"13 août 2024", "5 desanm 2023"). The month
table is our own (``_MONTH_NAMES``): the pattern that finds a written date already names
its month, and no date library knows Haitian Creole or the spellings OCR with the English
and Spanish models gives French and Portuguese months ("acút", "margo").

Each candidate is scored by the words just before it (on its line, or the label on the line
above when the date is alone on its line), read as a role (``_ROLES``: a pay date, a date of
birth, a follow-up...) whose weight may depend on the document type, and by where it sits
(a letter's date is near the top). Future and impossible dates are never offered.

Conventions (what "the date of the document" is, per type):

- letters, notes, certificates: the date written on them ("Date:", the dateline);
- utility bills, bank and credit statements: the END of the statement or service period
  ("Service period: 01/10/2021 - 02/09/2021", "Periodo ... al ..."); the bill/statement date
  only when no period is printed; never the due date; a French bill's "Facture du" always
  (it bills a subscription ahead and the use behind; the next reading is no date of it);
- shut-off (disconnection) notices: the date of the notice ("Mailed:", "Fecha del aviso"),
  not the period of the bill left unpaid, nor the day the service will be cut off;
- pay stubs: the pay (check) date, not the pay period (nor its end); a pay slip for a
  month with no pay date printed ("Payslip for the month of April 2018"), the month's end;
- W-2 and tax returns: the tax year (as 31 December of that year), not the printing date;
- medical visit summaries: the date of service / visit, not the follow-up or next appointment;
- hospital discharge summaries: the day of discharge ("DOD", "Date of discharge"), not the
  day of admission ("DOA");
- agency notices (I-797): the notice date, not the received or priority date;
- leases: the START of the term ("The term begins on", "Lease term: 12/01/2016 to ...",
  "a partir del 1 de diciembre de 2016"); the date signed only when no term is printed;
  never the end of the term;
- work-authorization cards: "Valid From" / card issued, never the expiry;
- letters: a dateline ("Paris, le 1er septembre 2022", "São Paulo, 3 de maio de 2021"), or
  the paper's first date alone on one of its first lines ("October 16, 2018" under the
  letterhead), beats dates in the body ("employé depuis le ...", "join us on or before
  December 31, 2018") and a date under the signature;
- invoices: never the ship or delivery date;
- two different days that score the same: the paper does not say which is its own, so the
  one chosen is only a date to check;
- no date before 1950 wins over a later one (``OLD_DATE``): it is a date of birth, a form's
  edition or a misread year; "Revised 03/2017" is a form's edition, not its date;
- a range's first date starts a period, whatever label a row of labels put before it;
- the best of dates labelled as not the paper's (a shut-off day, a period's start, a pay
  stub's period end), or a date more than ``OLDER`` years before the paper's latest (a
  date of birth whose label OCR lost), is at most a date to check;
- documents of no category (flyers, menus): only a date with a label ("Date:", "effective");
  ``DateGuess.labelled`` says whether the winner had one, so the caller can drop event dates.

A row of labels over a row of values ("Received Date  Priority Date  Notice Date" over
three dates; "Valid From  Card Expires" over two) gives each value the label in the same
place in its row: ``layout.layout_text`` pairs them by the word boxes' x-ranges, and a
plain text's row of labels is paired with the next row's dates in order.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.assistant.layout import WordBox
from desktop_app.core.assistant.text import fold
from desktop_app.core.dates import EARLIEST_EVIDENCE, MONTHS

# Month names in French, Portuguese, Haitian Creole, German, Dutch and Italian (folded), and
# the forms OCR with the English and Spanish models gives the letters those models lack
# (ç → g, û → ú/i, ò → d).
_MORE_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("janvier", "janv", "janeiro", "janvye", "januar", "januari", "gennaio"),
    2: ("fevrier", "fevr", "fevereiro", "fevriye", "februar", "februari", "febbraio"),
    3: ("mars", "marco", "margo", "mas", "marz", "maerz", "maart"),
    4: ("avril", "avr", "avri", "aprile"),
    5: ("mai", "maio", "me", "mei", "maggio"),
    6: ("juin", "junho", "jen", "juni", "giugno"),
    7: ("juillet", "juil", "julho", "jiye", "jiyet", "juli", "luglio"),
    8: ("aout", "acut", "aoat", "aoit", "aoiit", "aolt", "augustus"),
    9: ("septembre", "setembro", "septanm", "settembre"),
    10: ("octobre", "outubro", "oktob", "oktdb", "okt", "oktober", "ottobre"),
    11: ("novembre", "novembro", "novanm"),
    12: ("decembre", "dezembro", "dez", "desanm", "dezember", "dicembre"),
}
# Short names that mean different months in different languages: Creole "out" is August,
# Portuguese "out" (outubro) October.
_BY_LANGUAGE: dict[str, dict[str, int]] = {
    "ht": {"out": 8},
    "pt": {"out": 10, "set": 9, "fev": 2, "abr": 4, "ago": 8},
}
_MONTH_NAMES: dict[str, int] = {
    **MONTHS, **{name: n for n, names in _MORE_MONTHS.items() for name in names}}


# The months' three letters in English and Spanish ("ENE", "ABR", "AGO", "DIC").
_SHORT_MONTHS = "|".join(sorted(name for name in MONTHS if len(name) == 3))


def _months(language: str | None) -> dict[str, int]:
    return {**_MONTH_NAMES, **_BY_LANGUAGE.get(language or "", {"out": 8})}


# A day's raised ordinal as OCR reads it: "11th" as 11", 11”, 8%, 1*, 01t.
_RAISED = r"[\"”'’%*]|t(?=\s)"


def _written_pattern(names: dict[str, int]) -> re.Pattern[str]:
    # Longest names first, so "septiembre" is not read as "sep".
    words = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(
        rf"\b(?:({words})\.?\s+(\d{{1,2}})(?:st|nd|rd|th|{_RAISED})?,?\s+(\d{{4}})"
        # "15. Oktober 2025", as German papers write the day; "1stApril, 2024"
        rf"|(\d{{1,2}})(?:(?:st|nd|rd|th)\s*|(?:ro|o|er|eme|\.|{_RAISED})?\)?\s+)"
        # "a los 13 días del mes de febrero de 2026", as Latin American papers close;
        # "executed on this 11th day of August, 2022"
        rf"(?:de\s+|di\s+|dias?\s+del\s+mes\s+de\s+|day\s+of\s+)?({words})\.?,?\s+"
        # "16 de noviembre del año 2022", as Mexican letters date themselves
        rf"(?:de\s+|del\s+(?:a[nñ]o\s+)?)?(\d{{4}})"
        # Forms and statements: "05-Nov-2018", "05/NOV/18", "Nov-05-2018", "23 / octubre / 2018".
        rf"|(\d{{1,2}})\s?[-/]\s?({words})\.?\s?[-/]\s?(\d{{4}}|\d{{2}})"
        rf"|({words})[-/](\d{{1,2}})[-/](\d{{4}}|\d{{2}})"
        # A Mexican electricity bill's "PERIODO FACTURADO: 25 ENE 23 - 27 MAR 23": a day,
        # a month's three letters and two figures of a year of this century, spaced (a
        # military form's "1 NOV 71" under its title is the form's edition).
        rf"|(\d{{1,2}})\s+({_SHORT_MONTHS})\s+([0-2]\d)(?![\d:.,]))\b")


_WRITTEN = {lang: _written_pattern(_months(lang)) for lang in ("", "ht", "pt")}

# Spanish numbers in words, as a notary's or a school's constancia writes its date: "a los
# catorce días del mes de julio de dos mil veintitrés".
_UNITS = ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
_NUMBER_WORDS: dict[str, int] = {
    **{w: n for n, w in enumerate(_UNITS, start=1)}, "un": 1, "primero": 1, "primer": 1,
    **{w: n for n, w in enumerate(("diez", "once", "doce", "trece", "catorce", "quince",
                                   "dieciseis", "diecisiete", "dieciocho", "diecinueve",
                                   "veinte"), start=10)},
    **{f"veinti{w}": 20 + n for n, w in enumerate(_UNITS, start=1)}, "veintiun": 21,
    "treinta": 30, "treinta y uno": 31, "treinta y un": 31,
}
_NUMBER = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_SPELLED = re.compile(
    rf"\b({_NUMBER})\s+dias?\s+del\s+mes\s+de\s+({'|'.join(sorted(MONTHS, key=len, reverse=True))})"
    rf"\s+(?:de\s+|del\s+)?(?:a[nñ]o\s+)?(\d{{4}}|dos\s+mil(?:\s+(?:{_NUMBER}))?)\b")


def _spelled(match: re.Match[str]) -> dt.date | None:
    """The date of "catorce dias del mes de julio de dos mil veintitres"."""
    day_words, month_name, year_words = match.groups()
    year_words = re.sub(r"\s+", " ", year_words)
    if year_words.isdigit():
        year = int(year_words)
    else:
        rest = year_words[len("dos mil"):].strip()
        year = 2000 + (_NUMBER_WORDS.get(rest, -1) if rest else 0)
    try:
        return dt.date(year, MONTHS[month_name], _NUMBER_WORDS[re.sub(r"\s+", " ", day_words)])
    except (KeyError, ValueError):
        return None


def _month_pattern(names: dict[str, int]) -> re.Pattern[str]:
    """A month a pay slip is for: "Payslip for the month of April 2018", "Pay Slip for
    September 2022", "Pay Period: August 2021", "Mes: Abril 2025", "Loonperiode:
    augustus 2025", "PAY SLIP FOR : May-2023", "Mensalista Julho de 2022"."""
    words = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(
        r"\b(?:for\s+the\s+month\s+of|month\s+of|pay\s?slip\s+for|salary\s+slip\s+for|"
        r"salary\s+for|wages\s+for|pay\s+period|payroll\s+period|pay\s+month|"
        r"salary\s+month|periodo\s+de\s+pago|mes\s+de|mes|loonperiode|"
        # a Brazilian holerite: "Mensalista  Julho de 2022", "Competência: Julho/2025"
        r"mensalista|competencia|mes\s+de\s+referencia)\s*:?\s*"
        rf"({words})\.?,?(?:\s+|\s?[-/]\s?)(?:de\s+)?((?:19|20)\d{{2}})\b")


_MONTH_OF = {lang: _month_pattern(_months(lang)) for lang in ("", "ht", "pt")}
_DASH = r"\-\u2010\u2011\u2012\u2013\u2014\u2212~"  # for a [character class]
_SEP = rf"\s?[/.{_DASH}]\s?"
# Not the tail of a longer number: a handwritten "29/09/20" read "2.9/09 /20" is no 9 September.
_NUMERIC = re.compile(rf"(?<!\d[.,])\b(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}}|\d{{2}})\b")
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(rf"\b(\d{{4}})[{_DASH}](\d{{1,2}})[{_DASH}](\d{{1,2}})\b")),
    ("numeric", _NUMERIC),
    ("tax_year", re.compile(
        r"\b(?:tax year|for the year|ano fiscal|w 2|w-2|w2|form 1040|1040|wage and tax "
        r"statement)\D{0,40}?((?:19|20)\d{2})\b")),
    ("tax_year", re.compile(  # the year printed before the form's name: "2018 Form W-2"
        r"(?<![/.\-])\b((?:19|20)\d{2})[ \t]+(?:form[ \t]+)?(?:w-2|w 2|w2|1040)\b")),
)
# A run of digits and the letters OCR mistakes for digits ("O5/l2/2O23"), shaped like a date.
_DIGITISH = re.compile(
    rf"(?<![a-z0-9])[0-9oil|]{{1,2}}[/.{_DASH}][0-9oil|]{{1,2}}[/.{_DASH}][0-9oil|]{{2,4}}"
    r"(?![a-z0-9])")
_FIRST = re.compile(r"(?<![a-z0-9])[li|]er(?=\s+[a-z])")
_AS_DIGIT = str.maketrans({"o": "0", "i": "1", "l": "1", "|": "1"})


def _repair_digits(text: str) -> str:
    """"o5/l2/2o23" → "05/12/2023" where the run is mostly digits (same length, so
    positions still match the text)."""

    def fix(match: re.Match[str]) -> str:
        token = match.group(0)
        digits = sum(c.isdigit() for c in token)
        letters = sum(c.isalpha() or c == "|" for c in token)
        return token.translate(_AS_DIGIT) if letters < digits else token

    # French "1er" (the first) as OCR reads it: "ler septembre", "Ier mai".
    return _FIRST.sub("1er", _DIGITISH.sub(fix, text))


# What the words just before a date say it is, as roles; the longest label that ends at the
# date counts ("priority date" over "date", "depuis le" over "le"), and between labels of one
# length the first role here. Every pattern is matched at the end of the words before the
# date.
_ROLES: tuple[tuple[str, str], ...] = (
    ("birth", r"date of birth|birth date|birthdate|dob|born|fecha de nacimiento|nacio el|"
              r"nacido el|nacida el|date de naissance|ne le|nee le|data de nascimento|"
              r"nascido em|nascida em|nascimento|dat nesans|fet le"),
    ("valid_from", r"valid from|card issued|issued on|date issued|issue date|date of issue|"
                   r"date of issuance|fecha de emision|"
                   r"fecha de expedicion|valido desde|valide a partir du|date de delivrance|"
                   r"issued"),
    ("expiry", r"expires|expires on|expiration|expiration date|exp|exp date|vence|"
               r"vencimiento|valid until|valid thru|valid through|good thru|card expires|"
               r"fecha de vencimiento|date d expiration|expire le|valable jusqu au|"
               r"data de validade|validade|valido ate|dat ekspirasyon"),
    ("followup", r"follow up|follow up date|follow up appointment|followup|next appointment|"
                 r"next visit|return visit|return on|return to clinic|rtc|recheck|recheck in|"
                 r"come back|see you again|next appt|f u|seguimiento el|volver el|"
                 r"proxima cita|cita de seguimiento|seguimiento|proximo control|"
                 r"proxima consulta|prochain rendez vous|rendez vous|prochaine visite|"
                 r"retorno|proxima consulta em|randevou|pwochen randevou|"
                 # a bill's next reading or next bill ("Prochain relevé vers le 28/02/2021")
                 r"next meter reading|next reading|next billing date|next billing|"
                 r"next statement date|next statement|next bill|prochain releve vers le|"
                 r"prochain releve|prochaine facture vers le|prochaine facture"),
    ("printed", r"printed|printed on|print date|date printed|run date|impreso|imprime le|"
                r"impresion|fecha de impresion|impressao|data de impressao|date d impression|"
                # a record printed out of a clinic's system: "Generado el: 2025-12-02"
                r"generated on|date generated|generado el|generado|fecha de generacion|"
                r"genere le|gerado em|"
                r"revised|rev|revision|revision date|edition|edicion|edicao|version"),
    ("received", r"received date|receipt date|date received|priority date|fecha de recibo"),
    ("shutoff", r"disconnect date|disconnection date|shut off date|shutoff date|"
                r"cut off date|fecha de corte|corte a partir|corte a partir del|"
                r"fecha de desconexion|disconnected|desconectado|desconectada"),
    ("due", r"due date|due|pay by|pagar antes de|fecha limite|limite de pago|date limite|"
            r"a payer avant|"
            r"echeance|date d echeance|data de vencimento|pagar ate|preleve le|"
            r"sera preleve le|date de prelevement"),
    ("hire", r"hire date|date of hire|fecha de ingreso|hired|hired on|date d embauche|"
             r"data de admissao|entree le|date d entree|date d anciennete|inicio contrato|"
             r"inicio de contrato|inicio del contrato|fecha de contratacion|fecha de alta|"
             r"fecha de antiguedad|contract start|inicio do contrato|admissao|"
             # a pay slip from India: "Joining Date", "Date of Joining", "DOJ"
             r"joining date|date of joining|doj|date joined"),
    ("shipped", r"ship date|shipped|shipped on|date shipped|shipping date|delivery date|"
                r"fecha de envio|date d expedition|date de livraison"),
    ("start", r"start date|move in date|commencing|commencing on|commences on|beginning on|"
              r"commence on|shall commence on|begins on|begin on|"
              r"term begins|term begins on|term starts on|starting on|fecha de inicio|"
              r"inicia el|a partir del|a partir de|"
              r"comenzando el|date de debut|data de inicio|"
              # when someone began ("He commenced his internship on 18th March 2025")
              r"commenced(?: \w+){0,3} on|started(?: \w+){0,3} on|joined(?: \w+){0,3} on|"
              # the day a patient was admitted starts the stay a discharge summary is about
              r"date of admission|admission date|admitted on|doa|date d admission|"
              r"data de internacao|data da internacao"),
    ("end", r"end date|ending on|terminating on|ends on|cease on|ceases on|"
            r"fecha de terminacion|termina el|"
            r"date de fin|data de termino"),
    ("pay", r"pay date|check date|fecha de pago|payment date|pay day|date de paie|"
            r"date de paiement|data de pagamento|dat peman"),
    ("notice", r"notice date|fecha de aviso|fecha del aviso|date of notice"),
    # A period's label before its first date: the start of a range ("Service period:
    # 01/10/2021 - 02/09/2021"), whose end follows a dash or "to".
    ("period", r"service period|statement period|billing period|billing cycle|period|"
               r"periodo de servicio|periodo de facturacion|periodo del estado|periodo|"
               r"periode|lease term|term of lease|term|plazo|vigencia|duree du bail|"
               r"prazo|periodo de locacao|from the period|for the period"),
    # A French bill's own date: it bills a subscription ahead ("Abonnement du 01/01/2021
    # au 28/02/2021") and the use of the months before, so no period's end is its date.
    ("billed", r"facture du|facture en date du|date de facture|detail de votre facture du|"
               r"detail de la facture du"),
    ("issued", r"statement date|bill date|billing date|fecha de factura|closing date|"
               r"invoice date|date d emission|data de emissao|emissao|data da emissao|"
               r"factura del|fatura de|fecha emision factura|fecha de emision de la factura|"
               r"fecha de emision factura|fecha emision|"
               r"data da fatura|date of report|report date|date of letter|letter date|"
               r"date mailed|mailed on|mailed|mailing date|fecha de envio|date d envoi|"
               # a hospital's discharge summary is dated by the day the patient went home
               r"date of discharge|discharge date|discharged on|dod|fecha de egreso|"
               r"date de sortie|data da alta"),
    ("visit", r"visit date|date of service|service date|fecha de consulta|fecha consulta|"
              r"date of visit|"
              r"dos|date seen|seen on|fecha de la consulta|fecha del servicio|"
              r"fecha de visita|"
              r"encounter date|fecha de servicio|fecha de atencion|fecha de la visita|"
              r"date de consultation|date de la visite|date de visite|data da consulta|"
              r"data do atendimento|data da visita|dat vizit|dat konsiltasyon"),
    # A lab report speaks for the day the sample was taken (the patient's visit), not the
    # day the laboratory reported it.
    ("collected", r"collected|collected on|date collected|collection date|date of collection|"
                  r"sample collection|sample collected|sample date|sample|specimen collected|"
                  r"data da coleta|data de coleta|coleta|fecha de toma de muestra|"
                  r"fecha de toma|toma de muestra|fecha de recoleccion|fecha de muestra"),
    ("signed", r"date signed|signed on|signed|firmado el|firmado|executed on|entered into on|"
               r"made on|fait le|signe le|assinado em"),
    ("effective", r"effective|effective date|effective as of|fecha de vigencia|"
                  r"fecha efectiva|vigentes desde el|"
                  r"vigente desde el|vigentes desde|vigente desde|vigentes a partir del|"
                  r"en vigueur le"),
    # an e-mail's header ("Sent: Friday, January 16, 2026 9:16 PM"), printed as a letter
    ("date", r"date|fecha|dated|fechado|data|dat|le|sent(?=\s*:)|enviado(?=\s*:)"),
    ("end", r"period ending|period end|through|thru|to|al|hasta|a|au|ate|jusqu au|"
            r"ending"),
    ("since", r"since|desde|desde el|desde la|depuis|depuis le|started|employed since|"
              # when an illness began: a claim's or a record's, not the paper's own date
              r"symptom date|date of onset|onset date|onset|date of injury|injury date|"
              r"fecha de inicio de sintomas|inicio de sintomas|date of first symptom|"
              r"trabaja desde|travaille depuis"),
    ("from", r"beginning|from|del|de|du|period beginning|starting|"
             r"a partir de|a partir del|a compter du|a contar de"),
    ("weekday", r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|"
                r"miercoles|jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi|"
                r"vendredi|samedi|dimanche|only on|solo el|join us on"),
    ("on", r"on|el|em"),
)
# Labels that say a date is not the document's may stand a few words before it ("Next
# appointment is on", "Card expires on"), words only: "Rent due monthly. Date:" is a date.
_GAPPED = frozenset({"birth", "expiry", "followup", "printed", "received", "due",
                     "shutoff", "shipped"})
_CONTEXT: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    # "follow-up" and "follow up" alike; "Recheck in 3 months on" reaches its date.
    (re.compile(r"\b(" + pattern.replace(" ", r"[\s\-]+") + r")"
                + (r"(?:[\s/]+[a-z0-9]+){0,4}" if role in _GAPPED else "")
                + r"\W{0,3}\s*$"), role)
    for role, pattern in _ROLES)
# Labels in a row of labels: the longer words of the roles that name or rule out a date.
_ROW_CONTEXT: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(r"\b(" + "|".join(w.replace(" ", r"[\s\-]+") for w in pattern.split("|")
                                   if len(w) >= 4 or w in ("dos", "dob", "exp"))
                + r")\W{0,3}\s*$"), role)
    for role, pattern in _ROLES if role not in ("since", "from", "weekday", "on"))
# A letter's dateline: a place and a comma before the date, alone at the start of its line
# ("Paris, le 1er septembre 2022", "São Paulo, 3 de maio de 2021", "Pòtoprens, 12 out").
_DATELINE = re.compile(
    r"^\W{0,3}(?:fait\s+(?:a|en)\s+)?[a-z][a-z .'\-]{1,28}[a-z]"
    r"(?:,\s*[a-z][a-z .'\-]{0,20}[a-z])?,\s*(?:le|el|em|the)?\s*$")
_NOT_PLACES = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|"
    r"jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"segunda|terca|quarta|quinta|sexta|dear|estimad[oa]|date|fecha|data|dat|period[oe]?|"
    r"signed|firmado|born|ne|nee|from|to|through|since|desde|depuis|us|you|we|it|open|"
    r"opening|sale|today|until|only|on|at|by|hours|thanks|thank|hello|hi)\b")
# A letter's reference before its date on the same line ("SRI-N/HRD/20  31-Aug-2020",
# "Ref: HR/2023/114  12 March 2023"): a code of letters and digits joined by slashes.
_REFERENCE = re.compile(
    r"^\s*(?:(?:our\s+|your\s+)?ref(?:erence)?\.?\s*(?:no\.?)?\s*:?\s*[a-z0-9][a-z0-9/\\ -]*"
    r"|(?=[^a-z\n]*[a-z])[a-z0-9][a-z0-9-]*(?:\s*[/\\]\s*[a-z0-9-]+)+\s*/?)\s*$")
# A range's end after a dash: "01/10/2021 - 02/09/2021".
_RANGE_END = re.compile(rf"\d\s*[{_DASH}]{{1,2}}\s*$")
# A range's start: a dash and another date follow ("02/05/2017 - 15 de mayo de 2017").
_RANGE_START = re.compile(
    rf"\s*[{_DASH}]{{1,2}}\s*(?:\d{{1,4}}[/.{_DASH}]\d|\d{{1,2}}\s+(?:de\s+)?[a-z]{{3,}}"
    rf"|[a-z]{{3,}}\.?\s+\d)")
# Labels that already say a date starts a period.
_RANGE_ROLES = frozenset({"period", "start", "from", "since", "valid_from", "hire", "effective"})

# How much each role says the date is the document's own (negative: it is not).
_ROLE_SCORES: dict[str, float] = {
    "period": -1.0, "since": -2.5, "dateline": 5.0, "top": 5.0,
    "birth": -12.0, "expiry": -8.0, "followup": -6.0, "printed": -2.0, "received": -3.0,
    "due": -3.0, "shutoff": -3.0, "shipped": -3.0, "hire": -2.5, "start": -2.5, "end": 3.0,
    "pay": 6.0, "notice": 6.0,
    "issued": 5.0, "billed": 5.0, "valid_from": 5.0, "visit": 6.0, "collected": 7.0,
    "signed": 2.0, "effective": 3.0,
    "date": 4.5, "from": -2.5, "weekday": -1.5, "on": 1.0,
}
# Where a document type's date is something else: a lease speaks for when its term
# starts (the date signed only without a term), a statement or a bill for the end of its
# period (the bill date only without a period).
_STATEMENT_ROLES = {"end": 8.0, "period": -1.5, "from": -2.5, "start": -2.5, "billed": 10.0,
                    "top": 1.0}
_TYPE_ROLE_SCORES: dict[str, dict[str, float]] = {
    "lease": {"start": 8.0, "from": 7.0, "period": 7.0, "end": -3.0, "signed": 3.0,
              "effective": 6.0, "top": 1.0},
    "utility_bill": _STATEMENT_ROLES,
    "bank_statement": _STATEMENT_ROLES,
    # A pay stub speaks for its pay date: the pay period's end is only the period's, so
    # when it is the best date left (the pay date unread) it is only a date to check.
    # Its "DOS" is the day the employee started (a date of service), no visit's.
    "pay_stub": {"end": -0.5, "period": -1.5, "visit": -2.5},
    # A shut-off notice's table of what is owed ("Past due (service 07/10/22 - 08/09/22)")
    # is not its date: the notice is dated by when it was sent.
    "shutoff_notice": {"end": -1.0, "period": -1.5},
    # A letter cites periods ("a conference in Sofia (30.11 – 2.12.2022)", "employed from
    # 2019 to 2023"): their ends are no date of the letter.
    "employer_letter": {"end": 0.0},
    "support_letter": {"end": 0.0},
}
# A bill that is a shut-off notice: it names itself or the day the service will be cut off.
# It speaks for the day it was sent, not for the end of the period left unpaid.
_SHUTOFF_NOTICE = re.compile(
    r"\b(?:disconnection notice|shut[ -]?off notice|notice of (?:disconnection|termination)|"
    r"termination notice|aviso (?:final )?de (?:desconexion|corte)|disconnect(?:ion)? date|"
    r"will be disconnected on|fecha de corte|sera desconectad[oa] el)\b")
# Roles that name the date (a label), as opposed to only placing it.
_LABELS = frozenset({"pay", "notice", "issued", "billed", "valid_from", "visit", "collected",
                     "signed", "effective", "date", "end", "start", "dateline", "top",
                     "period"})

MONTH_PAID = 4.0  # a pay slip's month: less than its pay date's label ("pay", 6.0)
RECENT_BONUS = 1.0  # a paper speaks for its latest date more often than for an older one
OLD_DATE = 6.0  # how much less a date before EARLIEST_EVIDENCE counts
# The paper's first date, alone on one of its first lines, is its dateline.
DATELINE_LINES = 12
OLDER = 10  # years: a date this much older than the paper's latest is not sure to be its own
# A day labelled as the paper's issue and as its period's end ("Statement Date: 02/03/24",
# "Opening/Closing Date 01/04/24 - 02/03/24") counts this much more than its best label:
# a promotion's range in the fine print ("bonus categories from 1/1/24-3/31/24") ends later.
TWO_LABELS = 2.0
# A bill's period runs a month, two, a quarter at most: a range on a bill longer than
# BILL_PERIOD days is something else it cites (Brazil's yearly "recibo de quitação" in a
# bill's fine print, "referente aos vencimentos de 01/01/2022 a 31/12/2023"), and its end
# is no end of the bill's period. Two Cemig bills of fresh set 60c were dated by it.
BILL_PERIOD = 120


@dataclass(frozen=True)
class DateGuess:
    date: str | None  # ISO
    confidence: float
    evidence: str  # the text the date was read from
    labelled: bool = False  # the date had a label that names it ("Date:", "Pay date")
    tax_year: bool = False  # the date is a tax year (31 December of the year a form names)


@dataclass(frozen=True)
class _Candidate:
    day: dt.date
    start: int
    text: str
    kind: str
    score: float


def _year(value: str) -> int:
    year = int(value)
    if year < 100:
        year += 2000 if year <= dt.date.today().year % 100 else 1900
    return year


def _numeric(a: str, b: str, year: str, day_first: bool) -> tuple[dt.date | None, bool]:
    """US month-first (day-first for papers in Spanish, French, Portuguese or Creole);
    the other order only when the first is impossible. Returns the date and whether the
    other order would also have been a real date."""
    y = _year(year)
    if day_first:
        a, b = b, a
    try:
        first = dt.date(y, int(a), int(b))
    except ValueError:
        first = None
    try:
        other = dt.date(y, int(b), int(a))
    except ValueError:
        other = None
    if first is not None:
        return first, other is not None and other != first
    return other, False


def _written(match: re.Match[str], months: dict[str, int]) -> dt.date | None:
    g = match.groups()
    month_name, day, year = (
        (g[0], g[1], g[2]) if g[0] else (g[4], g[3], g[5]) if g[4]
        else (g[7], g[6], g[8]) if g[7] else (g[9], g[10], g[11]) if g[9]
        else (g[13], g[12], g[14]))
    try:
        return dt.date(_year(year), months[month_name], int(day))
    except (ValueError, KeyError, TypeError):
        return None


def _order_in_use(text: str, day_first: bool) -> bool:
    """Whether the paper writes its numbers day first: as its unambiguous dates do
    ("02-23-2016" is month first, "23/02/2016" day first), else as its language does, or
    as its dates written with dots do ("07.05.2019": Europe, India and Latin America write
    dates so, day first; the United States with slashes)."""
    month_first = day_first_seen = dotted = False
    for match in _NUMERIC.finditer(text):
        if not 1900 <= _year(match.group(3)) <= 2100:
            continue  # no date: "4-19-9083", a date OCR misread, says nothing of the order
        a, b = int(match.group(1)), int(match.group(2))
        month_first |= a <= 12 < b <= 31
        day_first_seen |= b <= 12 < a <= 31
        dotted |= "." in match.group(0)
    if month_first != day_first_seen:
        return day_first_seen
    return day_first or dotted


def _candidates(
    text: str, today: dt.date, day_first: bool = False, language: str | None = None
) -> list[_Candidate]:
    found: list[_Candidate] = []
    months = _months(language)
    day_first = _order_in_use(text, day_first)
    written = _WRITTEN.get(language or "", _WRITTEN[""])
    month_of = _MONTH_OF.get(language or "", _MONTH_OF[""])
    for kind, pattern in (*_PATTERNS, ("written", written), ("month", month_of),
                          ("spelled", _SPELLED)):
        for match in pattern.finditer(text):
            ambiguous = False
            day: dt.date | None
            if kind == "iso":
                try:
                    day = dt.date(*(int(g) for g in match.groups()))
                except ValueError:
                    day = None
            elif kind == "numeric":
                first, second, year = match.groups()
                day, ambiguous = _numeric(first, second, year, day_first)
            elif kind == "written":
                day = _written(match, months)
            elif kind == "month":
                year, month = int(match.group(2)), months[match.group(1)]
                day = dt.date(year, month, calendar.monthrange(year, month)[1])
            elif kind == "spelled":
                day = _spelled(match)
            else:
                day = dt.date(int(match.group(1)), 12, 31)
            if day is None or day > today or day.year < 1900:
                continue
            score = {"iso": 0.5, "numeric": 0.0, "written": 1.0, "tax_year": 1.5,
                     "month": 1.0, "spelled": 1.0}[kind]
            if ambiguous:
                score -= 0.5
            if day < EARLIEST_EVIDENCE:
                score -= OLD_DATE  # a date of birth, a form's edition, a misread year
            found.append(_Candidate(day, match.start(), match.group(0), kind, score))
    return found


def _near_role(near: str) -> tuple[int, str] | None:
    """The label that ends ``near`` and where it starts; the longest label wins ("priority
    date" over "date", "depuis le" over "le"), then the first role in ``_ROLES``."""
    best: tuple[int, str] | None = None
    for pattern, role in _CONTEXT:
        found = pattern.search(near)
        if found and (best is None or found.start() < best[0]):
            if role == "weekday":  # "Date: Saturday, May 3": the label before counts
                before = near[:found.start()]
                inner = _near_role(before)
                best = (found.start(), inner[1] if inner else role)
            else:
                best = (found.start(), role)
    return best


def _row_labels(row: str) -> list[str]:
    """The date labels in a row of labels, left to right ("Received Date  Priority Date
    Notice Date  Page" → received, received, notice)."""
    return [role for _s, _e, role in _row_label_spans(row)]


def _row_label_spans(row: str) -> list[tuple[int, int, str]]:
    """The date labels in ``row``, left to right: where each starts and ends, its role."""
    labels: list[tuple[int, int, str]] = []
    for end in sorted({m.end() for m in re.finditer(r"[a-z]\b", row)}):
        found = [(m.start(), role) for pattern, role in _ROW_CONTEXT
                 if (m := pattern.search(row[:end]))]
        if not found:
            continue
        start, role = min(found, key=lambda f: f[0])
        if labels and start < labels[-1][1]:
            if start <= labels[-1][0]:
                labels[-1] = (start, end, role)
            continue
        labels.append((start, end, role))
    return labels


_WIDE_COLON = re.compile(r"(?<=\w)[ \t]{2,}:(?=[ \t]*$)")


def _role(text: str, start: int, end: int, starts: tuple[int, ...] = ()) -> str | None:
    """What the words before the date at ``start:end`` on its line say it is; when the date
    is alone on its line, the label that ends the line above ("Notice Date" over its box's
    value); when the line above is a row of labels over this row's dates, the label in the
    same place in its row."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = line_end if line_end >= 0 else len(text)
    before = text[line_start:start]
    # "To Date                        : 31/10/2023": a key and its value set in two
    # columns, the colon by the value, are one label.
    near = _WIDE_COLON.sub(":", before)[-40:]
    found = _near_role(near)
    if _RANGE_START.match(text, end) and (found is None or found[1] not in _RANGE_ROLES):
        # "Pay date: 05/02/2017 - 05/15/2017" is a label put over the wrong box: a range's
        # first date is where a period starts, whatever the label.
        return "from"
    if found is not None:
        return found[1]
    if _RANGE_END.search(near):
        return "end"
    if _DATELINE.match(before) and not _NOT_PLACES.search(before):
        return "dateline"
    if line_start == 0:  # the paper's first line: no label above it
        return "top" if _letter_date(text, start, end, starts) else None
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start:line_start - 1]
    in_line = sorted({s for s in starts if line_start <= s < line_end})
    # A line with a date of its own is a line of values or of prose, no row of labels.
    labels_above = not any(above_start <= s < line_start for s in starts)
    if labels_above and len(in_line) > 1:
        labels = _row_labels(above)
        index = in_line.index(start) if start in in_line else -1
        if len(labels) > 1 and 0 <= index < len(labels):
            return labels[index]
    column = (_column_label(above, start - line_start, end - line_start)
              if labels_above and in_line == [start] else None)
    if column is not None:
        return column
    alone = not before.strip() and not re.search(r"\d", text[end:line_end])
    if alone and len(above.strip()) <= 30 and not re.search(r"\d", above):
        labelled = _near_role(above + " ")
        if labelled is not None:
            return labelled[1]
    if _letter_date(text, start, end, starts):
        return "top"
    return None


def _letter_date(text: str, start: int, end: int, starts: tuple[int, ...]) -> bool:
    """Whether the date at ``start:end`` is a letter's own: the paper's first date, alone
    on one of its first lines (or after the letter's reference, ``_REFERENCE``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before, after = text[line_start:start], text[end:line_end if line_end >= 0 else None]
    return ((not before.strip() or bool(_REFERENCE.match(before)))
            and not after.strip(" .,") and start == min(starts, default=start)
            and _top_line(text, line_start))


def _column_label(above: str, left: int, right: int) -> str | None:
    """The label over the one date of its row in a table's column, in a paper's own text
    laid out in rows ("Bill Date" above "Mar 27, 2017", the row's other cells an account
    number and an address): a date label in the row above whose place overlaps the
    date's, with no figure over the date. (A row of several dates under a row of labels
    pairs them in order; the places of a paper's text are only roughly its columns.)"""
    if re.search(r"\d", above[left:right]):
        return None
    for start, label_end, role in _row_label_spans(above):
        if start < right and label_end > left:
            return role
    return None


def _top_line(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is among the first ``DATELINE_LINES`` lines
    with words."""
    lines = sum(1 for line in text[:line_start].splitlines() if re.search(r"[a-z0-9]", line))
    return lines < DATELINE_LINES


def _weight(role: str | None, document_type: str) -> float:
    """How much ``role`` says a date is the document's own (negative: it is not)."""
    if role is None:
        return 0.0
    return _TYPE_ROLE_SCORES.get(document_type, {}).get(role, _ROLE_SCORES[role])


def _context_score(role: str | None, candidate: _Candidate, length: int,
                   document_type: str) -> tuple[float, bool]:
    score = _weight(role, document_type)
    if candidate.start < max(400, length // 4):
        score += 1.0  # a letter's date, a statement's header
    return score, role in _LABELS


# A web page printed from a browser: its header starts with the day and the time it was
# printed ("12/30/21, 2:49 PM  Property Tax | PCMC India"), its footer gives the page's
# address. That day is no date of the paper (a rent receipt of 2020, photographed and
# printed from a browser in December 2021, was dated by the printing).
_PRINT_HEADER = re.compile(r"(?m)^[ \t]*\d{1,2}/\d{1,2}/\d{2,4}, \d{1,2}:\d{2}\s?[ap]m\b")
_ADDRESS = re.compile(r"\b(?:https?|file)://")


def _without_print_header(folded: str) -> str:
    """``folded`` with a browser's print header's day and time blanked out (same length)."""
    if not _ADDRESS.search(folded):
        return folded
    return _PRINT_HEADER.sub(lambda m: " " * len(m.group(0)), folded)


def find_date(
    text: str, document_type: str = "", today: dt.date | None = None, *,
    day_first: bool = False, language: str | None = None,
) -> DateGuess:
    """The date ``text`` speaks for, with a confidence (0-1) and the words it came from.
    ``day_first``: read 05/12/2023 as 5 December (a paper from Latin America).
    ``language``: the paper's language, for month names that differ between languages."""
    today = today or dt.date.today()
    folded = _without_print_header(_repair_digits(fold(text)))
    if document_type == "utility_bill" and _SHUTOFF_NOTICE.search(folded):
        document_type = "shutoff_notice"  # dated as a notice, not by the bill's period
    candidates = _candidates(folded, today, day_first, language)
    if not candidates:
        return DateGuess(None, 0.0, "")
    scored = []
    denied: set[int] = set()  # where dates stand whose label says they are not the paper's
    starts = tuple(sorted({c.start for c in candidates}))
    # "a los catorce días del mes de julio de ...": the formula a Spanish paper closes with,
    # naming the day it is issued ("se extiende la presente ... a los"), is its dateline.
    roles = [_role(folded, c.start, c.start + len(c.text), starts)
             or ("dateline" if c.kind == "spelled" else None) for c in candidates]
    if document_type == "utility_bill":
        roles = _no_long_periods(folded, candidates, roles)
    # Dates of service on several days (a claim summary's, an itemised bill's table) are
    # what the paper lists; its own date is the one it was issued on, when it prints one.
    listed = len({c.day for c, r in zip(candidates, roles, strict=True) if r == "visit"}) > 1
    for c, role in zip(candidates, roles, strict=True):
        if listed and role == "visit":
            role = None
        context, labelled = _context_score(role, c, len(folded), document_type)
        score = c.score + context
        if c.kind == "tax_year":
            # A W-2 or a return speaks for its tax year whatever else it is dated.
            score += 8.0 if document_type in ("w2", "tax_return") else -4.0
            labelled = True
        elif c.kind == "month":
            # A pay slip for a month with no pay date printed speaks for the month's end.
            score += MONTH_PAID if document_type == "pay_stub" else -4.0
            labelled = True
        scored.append((score, labelled, c))
        if _weight(role, document_type) < 0:
            denied.add(c.start)
    named: dict[dt.date, set[str]] = {}  # each day's labels
    for c, role in zip(candidates, roles, strict=True):
        if role is not None:
            named.setdefault(c.day, set()).add(role)
    # A day the paper calls someone's date of birth is not its own, wherever else it
    # stands with no label (a report card's header repeats the pupil's birth date).
    births = {day for day, names in named.items() if "birth" in names}
    latest = max(c.day for c in candidates)
    best_by_day: dict[dt.date, tuple[float, bool, _Candidate]] = {}
    for score, labelled, c in scored:
        score += RECENT_BONUS if c.day == latest else 0.0
        held = best_by_day.get(c.day)
        # The same date written twice counts a little more.
        bonus = 0.5 if held else 0.0
        if held is None or score + bonus > held[0]:
            best_by_day[c.day] = (score + bonus, labelled or bool(held and held[1]), c)
        elif labelled:
            best_by_day[c.day] = (held[0], True, held[2])
    for day, names in named.items():
        if {"issued", "end"} <= names:  # "Statement Date: 02/03/24", its period's end
            score, labelled, c = best_by_day[day]
            best_by_day[day] = (score + TWO_LABELS, labelled, c)
    ranked = sorted(best_by_day.values(), key=lambda item: (-item[0], -item[2].day.toordinal()))
    top_score, top_labelled, top = ranked[0]
    runner = ranked[1][0] if len(ranked) > 1 else -5.0
    margin = top_score - runner
    confidence = max(0.0, min(1.0, 0.5 + 0.12 * margin + 0.05 * top_score))
    if top_score < -1.0:
        confidence = min(confidence, 0.3)
    if margin <= 0:
        confidence = min(confidence, 0.5)  # two days tie: neither is sure
    if top.start in denied or top.day in births or (
            top.kind != "tax_year" and (latest - top.day).days > OLDER * 365):
        # The best of dates labelled as not the paper's (a shut-off day, a period's start),
        # or one decades before the paper's other dates (a date of birth, an edition whose
        # label OCR lost): at most a date to check.
        confidence = min(confidence, 0.5)
    return DateGuess(top.day.isoformat(), round(confidence, 2), top.text.strip(), top_labelled,
                     top.kind == "tax_year")


def _no_long_periods(text: str, candidates: Sequence[_Candidate],
                     roles: list[str | None]) -> list[str | None]:
    """``roles``, but a range's end more than ``BILL_PERIOD`` days after its start (the
    date just before it on its line, a period's start) is no period's end."""
    kept = list(roles)
    for i in range(1, len(candidates)):
        start, end = candidates[i - 1], candidates[i]
        same_line = "\n" not in text[start.start:end.start]
        if kept[i] == "end" and roles[i - 1] == "from" and same_line \
                and (end.day - start.day).days > BILL_PERIOD:
            kept[i] = None
    return kept


def _as_read(word: str) -> str:
    return _repair_digits(fold(word)).strip(".,;:()[]")


def read_confidence(evidence: str, pages: Sequence[Sequence[WordBox]]) -> float | None:
    """How sure OCR was (0-100) of the words a date was read from (``DateGuess.evidence``):
    the least sure of them, each at its best reading on the pages' word boxes. A date
    written by hand reads at 50-85 and often with a digit wrong ("2-23-22" for 12-23-20);
    a printed one at 90 or more. None when the words are not among the boxes (a document
    with text of its own)."""
    sure: dict[str, float] = {}
    for words in pages:
        for box in words:
            word = _as_read(str(box[5]))
            sure[word] = max(sure.get(word, 0.0), float(box[4]))
    found = [sure[token] for token in map(_as_read, evidence.split()) if token in sure]
    return min(found) if found else None

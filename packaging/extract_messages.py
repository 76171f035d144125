"""Translation catalogues for Evidence Packet, with nothing but the standard library.

Run by ``packaging/update-translations.sh``; each sub-command is one step:

``pot``     collect the ``_()`` strings of ``desktop_app`` (core, services, CLI) into a
            gettext template (``resources/locale/evidence_packet.pot``);
``merge``   bring a language's ``.po`` up to date with the template, keeping its
            translations (strings no longer used are kept as ``#~`` obsolete entries);
``mo``      compile a ``.po`` into the binary ``.mo`` that ``gettext`` loads;
``fix-ts``  repair what ``pyside6-lupdate`` gets wrong in a fresh extraction, then carry
            over the translations of the existing ``.ts`` (see ``fix_ts``);
``check``   list untranslated entries and placeholder mismatches (exit 1 if any).

Strings printed *in the packet* (cover, index, dividers, stamps, certificate of
translation, chronology, bookmarks, and the plan data that feeds them) are filed with
USCIS or the immigration court and must stay in English whatever the interface language.
They are extracted with the comment ``PACKET_COMMENT`` and left untranslated on purpose.
"""

from __future__ import annotations

import argparse
import ast
import re
import struct
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PACKET_COMMENT = "packet: printed in the packet filed with USCIS; stays in English"

# Where packet text is made. Whole files, or (file, function) pairs; a string inside a
# ``raise`` statement is an error for the user, never packet text.
PACKET_FILES = {
    "desktop_app/core/export/cover.py",
    "desktop_app/core/export/divider.py",
    "desktop_app/core/export/extras.py",
    "desktop_app/core/export/index.py",
    "desktop_app/core/export/stamps.py",
    "desktop_app/core/export/typeset.py",
    # The statement, cover letter, certificates of interpretation and of service.
    "desktop_app/core/export/letter.py",
    "desktop_app/core/export/prose.py",
    "desktop_app/core/export/statement_pages.py",
}
PACKET_FUNCTIONS = {
    ("desktop_app/core/export/writer.py", "_bookmarks"),
    ("desktop_app/services/packets.py", "plan"),
    ("desktop_app/services/packets.py", "_long_date"),
    ("desktop_app/services/packets.py", "_exhibits"),
    # The note on the index of a supplement or a response to a request for evidence.
    ("desktop_app/services/packets.py", "supplement_note"),
    ("desktop_app/services/packets.py", "_ranges"),
    ("desktop_app/services/packets.py", "_join"),
    # The translator's statement of competence, printed on the certificate.
    ("desktop_app/services/assistant.py", "certificate_statement"),
    # The cover letter's default text (the letter is filed in English).
    ("desktop_app/services/letter_draft.py", "draft_favourable"),
    ("desktop_app/services/letter_draft.py", "exhibit_range"),
}

# Strings that reach ``_()`` through a variable: (file, rule, name).
#   dict-values NAME      the string values of the dict literal assigned to NAME
#   pair-second NAME      the second item of each pair in the tuple assigned to NAME
#   call-arg2 NAME        the second positional argument of each call to NAME(...)
DYNAMIC = (
    ("desktop_app/core/assistant/knowledge.py", "dict-values", "LANGUAGE_NAMES", True),
    # Document type names make the assistant's suggested exhibit titles (make_title).
    ("desktop_app/core/assistant/knowledge.py", "call-arg2", "DocumentType", True),
    ("desktop_app/core/assistant/forms.py", "call-arg2", "DocumentType", True),
    ("desktop_app/services/packets.py", "dict-values", "TAB_DESCRIPTIONS", True),
    ("desktop_app/storage/schema.py", "pair-second", "BUILTIN_TABS", True),
    # The statement's sections, shown in the window's language (the packet prints the
    # English titles as they are, without ``_()``).
    ("desktop_app/core/statement.py", "dict-values", "SECTION_TITLES", False),
    ("desktop_app/core/statement.py", "dict-values", "SECTION_PROMPTS", False),
    ("desktop_app/services/letter_draft.py", "dict-values", "TOPICS", True),
)

BRACE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|\{\}")
PERCENT_N = re.compile(r"%L?n")
PERCENT_NUM = re.compile(r"%\d+")
TAG = re.compile(r"</?(?:a|b|br|code|div|em|i|li|ol|p|small|span|strong|table|td|th|tr|tt|u|ul)"
                 r"\b[^>]*>", re.IGNORECASE)
ACCELERATOR = re.compile(r"&(?=[^&\s])")


def accelerators(text: str) -> int:
    """How many keyboard accelerators (``&x``, not ``&&``) ``text`` has."""
    return len(ACCELERATOR.findall(text.replace("&&", "")))


def placeholders(text: str) -> list[str]:
    """The parts of ``text`` a translation must keep: ``{name}``, ``%n``, ``%1``, tags."""
    found = BRACE.findall(text) + PERCENT_N.findall(text) + PERCENT_NUM.findall(text)
    found += [t.lower().split()[0].rstrip(">") for t in TAG.findall(text)]
    return sorted(found)


# -- gettext: extraction ----------------------------------------------------------------


@dataclass
class Entry:
    msgid: str
    msgstr: str = ""
    locations: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)  # "#." extracted comments
    translator: list[str] = field(default_factory=list)  # "# " translator comments
    flags: list[str] = field(default_factory=list)
    obsolete: bool = False


class _Finder(ast.NodeVisitor):
    def __init__(self, rel: str) -> None:
        self.rel = rel
        self.found: list[tuple[str, int, bool]] = []  # (msgid, line, packet)
        self.problems: list[str] = []
        self.function: list[str] = []
        self.raising = 0

    def _packet(self) -> bool:
        if self.raising:
            return False
        if self.rel in PACKET_FILES:
            return True
        return any((self.rel, f) in PACKET_FUNCTIONS for f in self.function)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.function.append(node.name)
        self.generic_visit(node)
        self.function.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Raise(self, node: ast.Raise) -> None:
        self.raising += 1
        self.generic_visit(node)
        self.raising -= 1

    def visit_Call(self, node: ast.Call) -> None:
        if isinstance(node.func, ast.Name) and node.func.id == "_" and node.args:
            strings = _literal_strings(node.args[0])
            if strings is None:
                self.problems.append(f"{self.rel}:{node.lineno}: _() of a computed value "
                                     f"({ast.unparse(node.args[0])})")
            for text in strings or ():
                self.found.append((text, node.lineno, self._packet()))
        self.generic_visit(node)


def _literal_strings(node: ast.expr) -> list[str] | None:
    """The msgids a ``_()`` argument can be; None if it is computed at run time."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        a, b = _literal_strings(node.body), _literal_strings(node.orelse)
        return None if a is None or b is None else a + b
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get" and len(node.args) == 2):
        # _(TABLE.get(key, "default")): the table is covered by DYNAMIC, the default here.
        default = node.args[1]
        if isinstance(default, ast.Constant) and isinstance(default.value, str):
            return [default.value] if default.value else []
    return None


def _dynamic_strings(tree: ast.Module, rule: str, name: str) -> Iterator[tuple[str, int]]:
    for node in ast.walk(tree):
        if rule == "call-arg2" and isinstance(node, ast.Call) and isinstance(
                node.func, ast.Name) and node.func.id == name and len(node.args) > 1:
            arg = node.args[1]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                yield arg.value, arg.lineno
        if not isinstance(node, (ast.Assign, ast.AnnAssign)):
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if not any(isinstance(t, ast.Name) and t.id == name for t in targets):
            continue
        value = node.value
        if rule == "dict-values" and isinstance(value, ast.Dict):
            for v in value.values:
                if isinstance(v, ast.Constant) and isinstance(v.value, str) and v.value:
                    yield v.value, v.lineno
        if rule == "pair-second" and isinstance(value, (ast.Tuple, ast.List)):
            for pair in value.elts:
                if isinstance(pair, (ast.Tuple, ast.List)) and len(pair.elts) > 1:
                    item = pair.elts[1]
                    if isinstance(item, ast.Constant) and isinstance(item.value, str):
                        yield item.value, item.lineno


def extract(root: Path) -> tuple[dict[str, Entry], list[str]]:
    """Every ``_()`` msgid under ``root/desktop_app``, in first-seen order."""
    entries: dict[str, Entry] = {}
    problems: list[str] = []
    packet: set[str] = set()

    def add(text: str, rel: str, line: int, is_packet: bool) -> None:
        entry = entries.setdefault(text, Entry(text))
        entry.locations.append(f"{rel}:{line}")
        if is_packet:
            packet.add(text)

    for path in sorted((root / "desktop_app").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        finder = _Finder(rel)
        finder.visit(tree)
        for text, line, is_packet in finder.found:
            add(text, rel, line, is_packet)
        for file, rule, name, is_packet in DYNAMIC:
            if file == rel:
                for text, line in _dynamic_strings(tree, rule, name):
                    add(text, rel, line, is_packet)
        problems += finder.problems
    for text, entry in entries.items():
        if text in packet:
            entry.comments.append(PACKET_COMMENT)
        if BRACE.search(text):
            entry.flags.append("python-brace-format")
    return entries, problems


# -- gettext: .po files -------------------------------------------------------------------


def _quote(text: str) -> str:
    return '"' + (text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
                  .replace("\n", "\\n")) + '"'


def _unquote(text: str) -> str:
    body = text.strip()[1:-1]
    out, i = [], 0
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            out.append(escapes.get(body[i + 1], body[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _field(keyword: str, text: str, prefix: str = "") -> str:
    lines = text.split("\n")
    if len(lines) == 1 and len(text) < 70:
        return f"{prefix}{keyword} {_quote(text)}\n"
    parts = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return f'{prefix}{keyword} ""\n' + "".join(f"{prefix}{_quote(p)}\n" for p in parts)


def write_po(path: Path, header: str, entries: list[Entry]) -> None:
    out = [_field("msgid", ""), _field("msgstr", header), "\n"]
    for e in entries:
        prefix = "#~ " if e.obsolete else ""
        out += [f"# {c}\n" if c else "#\n" for c in e.translator]
        out += [f"#. {c}\n" for c in e.comments]
        if not e.obsolete:
            out += [f"#: {loc}\n" for loc in e.locations]
        if e.flags:
            out.append("#, " + ", ".join(e.flags) + "\n")
        out += [_field("msgid", e.msgid, prefix), _field("msgstr", e.msgstr, prefix), "\n"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(out).rstrip("\n") + "\n", encoding="utf-8")


def read_po(path: Path) -> tuple[str, list[Entry]]:
    """The header (msgstr of the empty msgid) and the entries of a ``.po`` file."""
    header, entries = "", []
    current = Entry("")
    key: str | None = None
    seen_id = False

    def finish() -> None:
        nonlocal current, key, seen_id, header
        if seen_id:
            if current.msgid == "" and not current.obsolete:
                header = current.msgstr
            else:
                entries.append(current)
        current, key, seen_id = Entry(""), None, False

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
        if not line:
            finish()
            continue
        if line.startswith("#"):
            if key == "msgstr":
                finish()
            if line.startswith("#."):
                current.comments.append(line[2:].strip())
            elif line.startswith("#:"):
                current.locations += line[2:].split()
            elif line.startswith("#,"):
                current.flags += [f.strip() for f in line[2:].split(",") if f.strip()]
            else:
                current.translator.append(line[1:].strip())
            continue
        if line.startswith("msgid "):
            if key == "msgstr":
                finish()
            key, seen_id = "msgid", True
            current.obsolete = obsolete
            current.msgid = _unquote(line[6:])
        elif line.startswith("msgstr "):
            key = "msgstr"
            current.msgstr = _unquote(line[7:])
        elif line.startswith('"') and key:
            setattr(current, key, getattr(current, key) + _unquote(line))
    finish()
    return header, entries


POT_HEADER = (
    "Project-Id-Version: evidence-packet\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\n"
)
ES_HEADER = POT_HEADER + (
    "Language: es\n"
    "Language-Team: Spanish (Latin America)\n"
    "Plural-Forms: nplurals=2; plural=(n != 1);\n"
)


def merge(template: list[Entry], po_path: Path) -> list[Entry]:
    """The template's entries with the translations of ``po_path`` carried over."""
    old: dict[str, Entry] = {}
    if po_path.exists():
        _header, entries = read_po(po_path)
        old = {e.msgid: e for e in entries}
    merged = []
    for t in template:
        before = old.pop(t.msgid, None)
        packet = PACKET_COMMENT in t.comments
        merged.append(Entry(
            t.msgid,
            msgstr="" if packet else (before.msgstr if before else ""),
            locations=t.locations, comments=t.comments,
            translator=before.translator if before else [],
            flags=t.flags + (["fuzzy"] if before and "fuzzy" in before.flags else []),
        ))
    for gone in old.values():
        if gone.msgstr:
            merged.append(Entry(gone.msgid, gone.msgstr, obsolete=True))
    return merged


def compile_mo(entries: list[Entry], header: str, out: Path) -> int:
    """Write a GNU ``.mo`` (little-endian, no hash table); returns the number of
    translations written. Fuzzy, obsolete and empty entries are left out."""
    pairs = {"": header}
    for e in entries:
        if e.msgstr and not e.obsolete and "fuzzy" not in e.flags:
            pairs[e.msgid] = e.msgstr
    keys = sorted(pairs)
    ids = [k.encode("utf-8") for k in keys]
    strs = [pairs[k].encode("utf-8") for k in keys]
    count = len(keys)
    start = 7 * 4
    id_table = start
    str_table = id_table + count * 8
    data = str_table + count * 8
    offsets, blob = [], b""
    for value in ids + strs:
        offsets.append((len(value), data + len(blob)))
        blob += value + b"\0"
    header_bytes = struct.pack("<7I", 0x950412DE, 0, count, id_table, str_table, 0, 0)
    tables = b"".join(struct.pack("<2I", n, o) for n, o in offsets)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_bytes(header_bytes + tables + blob)
    tmp.replace(out)
    return count - 1


# -- Qt: repairing lupdate's extraction ---------------------------------------------------


@dataclass(frozen=True)
class QtCall:
    context: str  # the context the call looks the string up in at run time
    source: str
    comment: str
    lupdate_context: str  # the context lupdate files it under (wrongly)
    lupdate_source: str  # ... and the source it reads


def _translate_name(node: ast.expr) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "translate" and isinstance(
        node.value, ast.Name) and node.value.id == "QCoreApplication"


def _helper_contexts(tree: ast.Module) -> tuple[dict[str, str], set[str]]:
    """Module-level helpers ``def tr(text, ...): return QCoreApplication.translate("Ctx",
    text, ...)`` as {name: context}, and names bound to ``QCoreApplication.translate``."""
    helpers: dict[str, str] = {}
    aliases: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.body:
            last = node.body[-1]
            if (isinstance(last, ast.Return) and isinstance(last.value, ast.Call)
                    and _translate_name(last.value.func) and last.value.args
                    and isinstance(last.value.args[0], ast.Constant)):
                helpers[node.name] = str(last.value.args[0].value)
        if (isinstance(node, ast.Assign) and _translate_name(node.value)
                and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            aliases.add(node.targets[0].id)
    return helpers, aliases


def _const(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _annotation_name(node: ast.expr | None) -> str | None:
    """``MainWindow`` for ``window: MainWindow`` or ``window: "MainWindow"``."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    text = _const(node)
    return text.rsplit(".", 1)[-1] if text and text.isidentifier() else None


def _typed_parameters(tree: ast.Module) -> dict[ast.Call, dict[str, str]]:
    """For each call, the annotated parameters of the functions around it: {name: class}."""
    found: dict[ast.Call, dict[str, str]] = {}

    def visit(node: ast.AST, scope: dict[str, str]) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            scope = dict(scope)
            params = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
            for arg in params:
                name = _annotation_name(arg.annotation)
                if name and arg.arg != "self":
                    scope[arg.arg] = name
        if isinstance(node, ast.Call):
            found[node] = scope
        for child in ast.iter_child_nodes(node):
            visit(child, scope)

    visit(tree, {})
    return found


def helper_calls(path: Path) -> dict[int, list[QtCall]]:
    """The translatable calls lupdate files wrongly, by each line they span:

    - module-level helpers (``tr("…")`` returning ``QCoreApplication.translate("Ctx", …)``):
      lupdate files them under an empty context;
    - aliases (``tr = QCoreApplication.translate; tr("Ctx", "…")``): lupdate reads the
      context as the source and the source as the disambiguation;
    - ``window.tr("…")`` on a parameter typed ``window: MainWindow``: lupdate files it
      under the variable's name ("window"), Qt looks it up under the class's name.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers, aliases = _helper_contexts(tree)
    typed = _typed_parameters(tree)
    calls: dict[int, list[QtCall]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        args = list(node.args)
        kw = {k.arg: k.value for k in node.keywords}
        func = node.func
        if isinstance(func, ast.Name) and func.id in helpers:
            context, wrong = helpers[func.id], ""
        elif isinstance(func, ast.Name) and func.id in aliases and _const(
                args[0] if args else None) is not None:
            context = str(_const(args.pop(0)))
            wrong = ""
        elif (isinstance(func, ast.Attribute) and func.attr == "tr"
              and isinstance(func.value, ast.Name) and func.value.id in typed[node]):
            context, wrong = typed[node][func.value.id], func.value.id
        else:
            continue
        source = _const(args[0]) if args else _const(kw.get("text"))
        if source is None:
            continue
        comment = _const(args[1]) if len(args) > 1 else _const(kw.get("disambiguation"))
        lupdate_source = context if isinstance(func, ast.Name) and func.id in aliases \
            else source
        call = QtCall(context, source, comment or "", wrong, lupdate_source)
        for line in range(node.lineno, (node.end_lineno or node.lineno) + 1):
            calls.setdefault(line, []).append(call)
    return calls


def _message_key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def _move(message: ET.Element, call: QtCall, ts: ET.Element,
          contexts: dict[str, ET.Element]) -> None:
    """Refile ``message`` as ``call`` says (context, source, disambiguation)."""
    for child in list(message):
        if child.tag in ("source", "comment"):
            message.remove(child)
    source_element = ET.Element("source")
    source_element.text = call.source
    message.insert(1, source_element)
    if call.comment:
        comment = ET.Element("comment")
        comment.text = call.comment
        message.insert(2, comment)
    if call.context not in contexts:
        ctx = ET.SubElement(ts, "context")
        ET.SubElement(ctx, "name").text = call.context
        contexts[call.context] = ctx
    target = contexts[call.context]
    key = _message_key(call.context, message)
    twin = next((m for m in target.findall("message")
                 if _message_key(call.context, m) == key), None)
    if twin is not None:
        twin.extend(message.findall("location"))
    else:
        target.append(message)


def fix_ts(fresh: Path, existing: Path, out: Path) -> list[str]:
    """Repair the fresh lupdate extraction ``fresh`` and carry over the translations of
    ``existing``; write ``out``. Returns warnings.

    Repairs (see ``helper_calls``): strings of module-level helpers, of aliases of
    ``QCoreApplication.translate`` and of ``window.tr()`` go to the context Qt looks them
    up in at run time; a source with ``%n`` is a plural (numerus) message.
    """
    warnings: list[str] = []
    tree = ET.parse(fresh)
    ts = tree.getroot()
    ts.set("language", "es")
    ts.set("sourcelanguage", "en")
    contexts: dict[str, ET.Element] = {}
    for ctx in list(ts.findall("context")):
        name = ctx.findtext("name") or ""
        if name in contexts:  # merge duplicates
            contexts[name].extend(ctx.findall("message"))
            ts.remove(ctx)
        else:
            contexts[name] = ctx
    cache: dict[str, dict[int, list[QtCall]]] = {}
    for name, ctx in list(contexts.items()):
        for message in ctx.findall("message"):
            loc = message.find("location")
            filename = loc.get("filename", "") if loc is not None else ""
            line = int(loc.get("line", "0")) if loc is not None else 0
            if filename not in cache:
                path = (fresh.parent / filename).resolve()
                cache[filename] = helper_calls(path) if path.is_file() else {}
            src = message.findtext("source") or ""
            candidates = [c for c in cache[filename].get(line, [])
                          if c.lupdate_context == name and c.lupdate_source == src]
            if candidates:
                ctx.remove(message)
                _move(message, candidates[0], ts, contexts)
            elif not name:
                ctx.remove(message)
                warnings.append(f"{filename}:{line}: no translation context for {src!r}")
        if not ctx.findall("message"):
            ts.remove(ctx)
            del contexts[name]
    # Plurals, and the translations carried over from the existing file.
    old: dict[tuple[str, str, str], ET.Element] = {}
    if existing.exists():
        for ctx in ET.parse(existing).getroot().findall("context"):
            name = ctx.findtext("name") or ""
            for m in ctx.findall("message"):
                old[_message_key(name, m)] = m
    used: set[tuple[str, str, str]] = set()
    for name, ctx in contexts.items():
        for m in ctx.findall("message"):
            source = m.findtext("source") or ""
            if PERCENT_N.search(source):
                m.set("numerus", "yes")
            key = _message_key(name, m)
            translation = m.find("translation")
            if translation is None:
                translation = ET.SubElement(m, "translation")
            before = old.get(key)
            m.remove(translation)
            if before is not None and before.find("translation") is not None:
                kept = before.find("translation")
                assert kept is not None
                if kept.get("type") in ("vanished", "obsolete"):
                    kept.attrib.pop("type")
                used.add(key)
                translation = kept
            else:
                translation = ET.Element("translation", type="unfinished")
            if m.get("numerus") == "yes" and translation.find("numerusform") is None:
                text = translation.text or ""
                translation.text = None
                for _i in range(2):
                    ET.SubElement(translation, "numerusform").text = text
            elif m.get("numerus") != "yes" and translation.find("numerusform") is not None:
                forms = translation.findall("numerusform")
                text = forms[-1].text or ""
                for f in forms:
                    translation.remove(f)
                translation.text = text
            m.append(translation)
    # Translations of strings no longer in the code: kept as vanished, for reuse.
    for key, m in old.items():
        if key in used:
            continue
        kept = m.find("translation")
        if kept is None or not (kept.text or kept.find("numerusform") is not None):
            continue
        if kept.get("type") == "unfinished":
            continue
        name = key[0]
        if name not in contexts:
            ctx = ET.SubElement(ts, "context")
            ET.SubElement(ctx, "name").text = name
            contexts[name] = ctx
        for loc in m.findall("location"):
            m.remove(loc)
        kept.set("type", "vanished")
        contexts[name].append(m)
    # Stable order: contexts by name, messages by source.
    for ctx in sorted(contexts.values(), key=lambda c: c.findtext("name") or ""):
        ts.remove(ctx)
        messages = ctx.findall("message")
        for m in messages:
            ctx.remove(m)
        for m in sorted(messages, key=lambda m: (m.findtext("source") or "",
                                                 m.findtext("comment") or "")):
            ctx.append(m)
        ts.append(ctx)
    ET.indent(tree, space="    ")
    out.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                   + ET.tostring(ts, encoding="unicode") + "\n", encoding="utf-8")
    return warnings


# -- checks ---------------------------------------------------------------------------------


def ts_messages(path: Path) -> Iterator[tuple[str, str, list[str], str | None]]:
    """(context, source, translations, type) of each live message of a ``.ts`` file."""
    for ctx in ET.parse(path).getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.findall("message"):
            t = m.find("translation")
            kind = t.get("type") if t is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            if t is None:
                forms: list[str] = []
            elif m.get("numerus") == "yes":
                forms = [f.text or "" for f in t.findall("numerusform")]
            else:
                forms = [t.text or ""]
            yield name, m.findtext("source") or "", forms, kind


def check(ts: Path, po: Path) -> list[str]:
    problems = []
    for context, source, forms, kind in ts_messages(ts):
        if kind == "unfinished" or not forms or not all(f.strip() for f in forms):
            problems.append(f"untranslated (Qt {context}): {source!r}")
            continue
        # A plural form may drop %n where the language says "one" in words.
        without_n = [p for p in placeholders(source) if p != "%n"]
        for form in forms:
            if placeholders(form) not in (placeholders(source), without_n):
                problems.append(f"placeholders differ (Qt {context}): {source!r} -> {form!r}")
            if accelerators(form) != accelerators(source):
                problems.append(f"accelerator differs (Qt {context}): {source!r} -> {form!r}")
    _header, entries = read_po(po)
    for e in entries:
        if e.obsolete:
            continue
        if PACKET_COMMENT in e.comments:
            if e.msgstr:
                problems.append(f"packet text translated (must stay English): {e.msgid!r}")
            continue
        if not e.msgstr.strip() or "fuzzy" in e.flags:
            problems.append(f"untranslated (gettext): {e.msgid!r}")
        elif placeholders(e.msgstr) != placeholders(e.msgid):
            problems.append(f"placeholders differ (gettext): {e.msgid!r} -> {e.msgstr!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pot")
    p.add_argument("root", type=Path)
    p.add_argument("out", type=Path)
    p = sub.add_parser("merge")
    p.add_argument("pot", type=Path)
    p.add_argument("po", type=Path)
    p = sub.add_parser("mo")
    p.add_argument("po", type=Path)
    p.add_argument("out", type=Path)
    p = sub.add_parser("fix-ts")
    p.add_argument("fresh", type=Path)
    p.add_argument("existing", type=Path)
    p = sub.add_parser("check")
    p.add_argument("ts", type=Path)
    p.add_argument("po", type=Path)
    args = parser.parse_args(argv)

    if args.command == "pot":
        found, problems = extract(args.root)
        write_po(args.out, POT_HEADER, list(found.values()))
        for problem in problems:
            print(f"    note: {problem}", file=sys.stderr)
        packet = sum(PACKET_COMMENT in e.comments for e in found.values())
        print(f"    {len(found)} gettext strings ({packet} printed in the packet)")
    elif args.command == "merge":
        _header, template = read_po(args.pot)
        header = read_po(args.po)[0] if args.po.exists() else ES_HEADER
        merged = merge(template, args.po)
        write_po(args.po, header or ES_HEADER, merged)
        todo = sum(1 for e in merged if not e.obsolete and not e.msgstr
                   and PACKET_COMMENT not in e.comments)
        print(f"    {args.po.name}: {todo} to translate")
    elif args.command == "mo":
        header, entries = read_po(args.po)
        n = compile_mo(entries, header, args.out)
        print(f"    {args.out.name}: {n} translations")
    elif args.command == "fix-ts":
        warnings = fix_ts(args.fresh, args.existing, args.existing)
        for warning in warnings:
            print(f"    WARNING: {warning}", file=sys.stderr)
        todo = sum(1 for _c, _s, _f, kind in ts_messages(args.existing)
                   if kind == "unfinished")
        print(f"    {args.existing.name}: {todo} to translate")
    elif args.command == "check":
        problems = check(args.ts, args.po)
        for problem in problems:
            print(f"    {problem}")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())

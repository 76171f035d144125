"""The review of the applicant's statement: sections left empty and exhibits cited
nowhere (information: the statement is optional, each section too), and citations the
export would stop at — a document left out of the packet, deleted, a page left out, a
Spanish section without its English translation (problems, as the export refuses them).
"""

from __future__ import annotations

from desktop_app.core.review.model import DocumentFacts, Finding, ReviewInput
from desktop_app.core.statement import SECTION_PROMPTS, SECTION_TITLES, find_citations
from desktop_app.i18n import _


def statement_findings(data: ReviewInput) -> list[Finding]:
    statement = data.statement
    if statement is None or not any(text.strip() for _k, text, _e in statement.sections):
        return []
    found: list[Finding] = []
    docs = {d.id: d for d in data.documents}
    cited: set[int] = set()
    for key, text, english in statement.sections:
        title = _(SECTION_TITLES[key])
        if not text.strip():
            found.append(_empty(key, title))
            continue
        if statement.language != "en" and not english.strip():
            found.append(Finding(
                "statement-untranslated", "problem",
                _("The statement is written in Spanish, and its section “{title}” has no "
                  "English translation: the export stops until it has one (Case ▸ "
                  "Statement).").format(title=title), key=f"statement-untranslated:{key}"))
        for part in (text, english):
            for _s, _e, citation in find_citations(part):
                cited.add(citation.document_id)
                problem = _citation_problem(docs.get(citation.document_id), citation.page,
                                            statement.in_packet)
                if problem:
                    found.append(Finding(
                        "statement-citation", "problem",
                        _("The statement's section “{title}” cites {what}. The export stops "
                          "until the citation is taken out or the document is in the "
                          "packet.").format(title=title, what=problem),
                        key=f"statement-citation:{key}:{citation.document_id}",
                        document_id=citation.document_id if citation.document_id in docs
                        else None))
    translations = {d.translation_of: d.id for d in data.documents if d.translation_of}
    for doc in data.documents:
        if (doc.id in statement.in_packet and doc.translation_of is None
                and doc.id not in cited and translations.get(doc.id) not in cited):
            found.append(Finding(
                "statement-uncited", "tip",
                _("“{title}” is cited nowhere in the statement. Cite it where it supports "
                  "what the statement says, so the reviewer finds it (Case ▸ Statement, "
                  "Cite).").format(title=doc.title),
                key=f"statement-uncited:{doc.id}", document_id=doc.id))
    return _unique(found)


def _empty(key: str, title: str) -> Finding:
    if key == "unfavourable":
        message = _("The statement says nothing about unfavorable factors. If there is an "
                    "arrest, a missed appointment or a past order, explain what happened and "
                    "what has changed: the reviewer weighs both sides, and leaving it out does "
                    "not make it go away.")
    else:
        message = _("The statement's section “{title}” is empty. {prompt}").format(
            title=title, prompt=_(SECTION_PROMPTS[key]))
    return Finding("statement-empty", "tip", message, key=f"statement-empty:{key}")


def _citation_problem(doc: DocumentFacts | None, page: int | None,
                      in_packet: frozenset[int]) -> str:
    if doc is None:
        return _("a document that is no longer in the case")
    if doc.id not in in_packet:
        return _("“{title}”, which is left out of the packet").format(title=doc.title)
    if page is not None:
        pages = sorted(doc.pages, key=lambda p: p.number)
        if page > len(pages) or pages[page - 1].excluded:
            return _("page {n} of “{title}”, which is not in the packet").format(
                n=page, title=doc.title)
    return ""


def _unique(found: list[Finding]) -> list[Finding]:
    seen: set[str] = set()
    kept = []
    for finding in found:
        if finding.key not in seen:
            seen.add(finding.key)
            kept.append(finding)
    return kept

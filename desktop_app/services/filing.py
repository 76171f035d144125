"""Filing rules checked before a packet is written, and what the export dialog shows
about them: exhibits not in English without a translation, open review problems.

The CLI refuses an untranslated exhibit (exit 1) unless ``--allow-untranslated``; the
window asks. Both call ``check_rules``.
"""

from __future__ import annotations

from desktop_app.core.assistant.knowledge import language_label
from desktop_app.core.export.packing import Estimate
from desktop_app.core.export.packing import estimate as estimate_size
from desktop_app.core.export.plan import PacketPlan
from desktop_app.core.export.profiles import Profile
from desktop_app.core.filing_rules import needs_translation
from desktop_app.core.review.model import Finding
from desktop_app.errors import UntranslatedError
from desktop_app.i18n import _
from desktop_app.services.facade import Services
from desktop_app.storage import assistant as assistant_store
from desktop_app.storage import documents


def untranslated(services: Services, case_id: int,
                 plan: PacketPlan) -> list[tuple[str, str, str]]:
    """[(exhibit id, title, language)] of the plan's exhibits that need a translation
    and go without one."""
    pairs = assistant_store.translations_for_case(services.db, case_id)
    found: list[tuple[str, str, str]] = []
    for tab in plan.tabs:
        for exhibit in tab.exhibits:
            if exhibit.document_id is None or exhibit.translation:
                continue
            doc = documents.get(services.db, exhibit.document_id)
            if needs_translation(doc, pairs):
                found.append((exhibit.exhibit_id, exhibit.title,
                              language_label(doc.language or "other")))
    return found


def check_rules(services: Services, case_id: int, plan: PacketPlan, *,
                allow_untranslated: bool = False) -> None:
    """Raise ``UntranslatedError`` naming every exhibit that needs a translation, unless
    ``allow_untranslated``."""
    missing = untranslated(services, case_id, plan)
    if not missing or allow_untranslated:
        return
    names = "; ".join(_("{exhibit} “{title}” ({language})").format(
        exhibit=e, title=t, language=lang) for e, t, lang in missing)
    raise UntranslatedError(
        _("Not in English and without a translation: {exhibits}. A filing needs a complete "
          "English translation of each, with the translator's certificate "
          "(8 CFR 103.2(b)(3)).").format(exhibits=names),
        _("Add the translation and pair it with its document (Translation of…), or leave "
          "the exhibit out; to export anyway, use --allow-untranslated."),
        missing,
    )


def open_problems(services: Services, case_id: int) -> list[Finding]:
    """The review's open problems (not warnings or tips, not dismissed)."""
    from desktop_app.services import review

    return [f for f in review.review(services, case_id, measure=False)
            if f.severity == "problem"]


def estimate(plan: PacketPlan, profile: Profile) -> Estimate:
    """The size the packet of ``plan`` is expected to have for ``profile``."""
    return estimate_size(plan, profile)


__all__ = ["Estimate", "check_rules", "estimate", "open_problems", "untranslated"]

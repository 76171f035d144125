"""Learning from the user's confirmed documents."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.assistant import Example, suggest_for_text, train, word_counts

TODAY = dt.date(2025, 6, 1)
GYM = ("Westside Boxing Club membership card. Member: Rosa Gutierrez. Gym coach: "
       "Luis Perez. Membership renewed for boxing classes.")


def test_confirmed_documents_teach_a_category_the_rules_do_not_know() -> None:
    before = suggest_for_text(GYM, today=TODAY)
    # Nothing built in says what a gym card proves: read clearly, it is left for review
    # with "none of the four" as the hint; what the user taught files it.
    assert before.category is None and before.best_guess == "none"
    examples = [
        Example("community", word_counts(f"Boxing club membership {n} gym coach classes "
                                         "member renewed"))
        for n in range(5)
    ]
    after = suggest_for_text(GYM, model=train(examples), today=TODAY)
    assert after.category == "community"
    assert after.learned  # and it says it learned it
    assert "like documents you filed" in after.reason


def test_learning_does_not_override_a_clear_document() -> None:
    # The user filed five gym cards under community; a lease is still a lease.
    examples = [Example("community", word_counts("boxing club gym membership")) for _ in range(5)]
    lease = ("Residential Lease Agreement between the landlord and the tenant; the monthly "
             "rent is $900 and the security deposit is $900.")
    assert suggest_for_text(lease, model=train(examples), today=TODAY).category == "residence"


def test_an_empty_model_changes_nothing() -> None:
    text = "Pay stub. Pay date: 05/12/2023. Gross pay $1,000. Net pay $900."
    plain = suggest_for_text(text, today=TODAY)
    assert suggest_for_text(text, model=train([]), today=TODAY) == plain



def test_an_invoice_like_those_the_user_filed_under_a_tab_is_held_for_review() -> None:
    """An invoice is "none" unless a tab's words are strong in it, and what the user taught
    counts among them: five of this practice's invoices filed under medical. Its bank
    details still do not count (they say where to pay, not whose bill it is)."""
    invoice = ("INVOICE\nGreenleaf Wellness\nInvoice No: 118\nPhysiotherapy 4,800.00\n"
               "Total 4,800.00\nBank: State Bank of India\nA/c No: 3021 4455 667\n"
               "IFSC Code: SBIN0001234")
    assert suggest_for_text(invoice, today=TODAY).category == "none"
    examples = [Example("medical", word_counts(f"Greenleaf Wellness physiotherapy sessions "
                                               f"{n} Rosa Gutierrez"))
                for n in range(5)]
    taught = suggest_for_text(invoice, model=train(examples), today=TODAY)
    assert taught.category is None, taught.reason

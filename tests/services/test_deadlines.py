"""Deadlines: a date, what it is for, done or not; reminders as the date nears."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.errors import InvalidInputError, NotFoundError
from desktop_app.services import Services

TODAY = dt.date(2026, 3, 2)


def test_deadlines_are_added_changed_done_and_removed(services: Services) -> None:
    case = services.create_case(name="Rosa Díaz")
    reply = services.record.add_deadline(case.id, "2026-04-15", "  Reply to the RFE ")
    biometrics = services.record.add_deadline(case.id, "03/20/2026", "Biometrics appointment")
    assert (reply.due_on, reply.what, reply.done) == ("2026-04-15", "Reply to the RFE", False)
    assert biometrics.due_on == "2026-03-20"
    assert [d.what for d in services.record.deadlines(case.id)] == [
        "Biometrics appointment", "Reply to the RFE"]

    moved = services.record.update_deadline(case.id, reply.id, due_on="April 20, 2026")
    assert moved.due_on == "2026-04-20" and moved.what == "Reply to the RFE"
    done = services.record.set_deadline_done(case.id, biometrics.id)
    assert done.done
    # Open ones first, then those done.
    assert [(d.what, d.done) for d in services.record.deadlines(case.id)] == [
        ("Reply to the RFE", False), ("Biometrics appointment", True)]
    services.record.remove_deadline(case.id, biometrics.id)
    assert [d.id for d in services.record.deadlines(case.id)] == [reply.id]

    with pytest.raises(InvalidInputError, match="not a date"):
        services.record.add_deadline(case.id, "soon", "Reply")
    with pytest.raises(InvalidInputError, match="what the deadline is for"):
        services.record.add_deadline(case.id, "2026-05-01", "  ")
    other = services.create_case(name="Someone else")
    with pytest.raises(NotFoundError, match="no deadline"):
        services.record.set_deadline_done(other.id, reply.id)


def test_upcoming_reminds_of_what_is_near_or_overdue(services: Services) -> None:
    rosa = services.create_case(name="Rosa Díaz")
    luis = services.create_case(name="Luis Pérez")
    services.record.add_deadline(rosa.id, "2026-03-05", "Reply to the RFE")
    services.record.add_deadline(rosa.id, "2026-06-01", "Renewal")  # too far ahead
    late = services.record.add_deadline(luis.id, "2026-02-27", "Send the passport copy")
    today = services.record.add_deadline(luis.id, "2026-03-02", "Call the consulate")
    done = services.record.add_deadline(luis.id, "2026-03-03", "Pay the fee")
    services.record.set_deadline_done(luis.id, done.id)

    found = services.record.upcoming(TODAY, within_days=14)
    assert [(r.case_name, r.deadline.what, r.days_left) for r in found] == [
        ("Luis Pérez", "Send the passport copy", -3),
        ("Luis Pérez", "Call the consulate", 0),
        ("Rosa Díaz", "Reply to the RFE", 3),
    ]
    assert [r.message for r in found] == [
        "Luis Pérez: Send the passport copy was due 3 days ago (February 27, 2026).",
        "Luis Pérez: Call the consulate is due today (March 2, 2026).",
        "Rosa Díaz: Reply to the RFE is due in 3 days (March 5, 2026).",
    ]
    assert [r.deadline.what for r in services.record.upcoming(TODAY, case_id=rosa.id)] == [
        "Reply to the RFE"]
    services.record.set_deadline_done(luis.id, late.id)
    services.record.remove_deadline(luis.id, today.id)
    assert [r.deadline.what for r in services.record.upcoming(TODAY, within_days=2)] == []
    assert [r.days_left for r in services.record.upcoming(TODAY, within_days=100)] == [3, 91]

"""Assemble the packet PDF from a ``PacketPlan``. Knows nothing of the database."""

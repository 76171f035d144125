"""What several layers' tests share: the command line as a real process (``commands``),
the cases built for the record, redaction, review and trust tests, crafted archives and
the kill harness. Fixtures here are registered for every test by tests/conftest.py."""

"""SQLite and the content-addressed store of originals. Imports no Qt."""

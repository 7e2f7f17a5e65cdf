"""Remembering: what was read, briefed and asked, in SQLite or PostgreSQL."""

"""The store's tests run on both databases: SQLite (a file per test) and PostgreSQL (a fresh
database per test on the server `.ci/run` starts; see tests/postgres.py)."""

from __future__ import annotations

import pytest

from tests.postgres import fresh_database


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """An empty database's URL; the same URL reopens the same data (a restart)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'nb.db'}"
        return
    with fresh_database() as url:
        yield url


@pytest.fixture
def pg_url():
    """An empty PostgreSQL database (PostgreSQL-only behaviour: advisory locks, SKIP LOCKED)."""
    with fresh_database() as url:
        yield url


@pytest.fixture
def store(db_url):
    from bot.remembering.store import Store

    s = Store(db_url)
    yield s
    s.close()

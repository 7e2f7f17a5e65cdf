"""A real PostgreSQL for the tests: the server NEWSBRIEF_TEST_POSTGRES_URL names (`.ci/run`
starts one; `.ci/postgres start DIR` does it on a developer's machine), one fresh database per
test.

Without a server the PostgreSQL tests skip with the reason; in CI (CI=true) they fail instead,
so a broken server start can never pass as a green run.
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

ENV = "NEWSBRIEF_TEST_POSTGRES_URL"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


@functools.cache
def _problem() -> str | None:
    """Why PostgreSQL cannot be tested here, or None when it can (checked once a session)."""
    url = os.environ.get(ENV, "").strip()
    if not url:
        return f"{ENV} is not set: no PostgreSQL server to test on (.ci/postgres start DIR)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "the psycopg driver is not installed (pip install -e '.[test]')"
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    from bot.remembering.store import engine_url

    try:
        engine = create_engine(
            engine_url(url), poolclass=NullPool, connect_args={"connect_timeout": 5}
        )
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:
        return f"PostgreSQL at {ENV} is unreachable: {type(exc).__name__}: {exc}"
    return None


def server_url() -> str:
    """The server's URL; skips the test without one (fails it in CI)."""
    problem = _problem()
    if problem:
        if in_ci():
            pytest.fail(f"CI=true but PostgreSQL cannot be tested: {problem}", pytrace=False)
        pytest.skip(problem)
    return os.environ[ENV].strip()


@contextmanager
def fresh_database(prefix: str = "nb_test") -> Iterator[str]:
    """A new, empty database on the test server; dropped afterwards, connections and all."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    from bot.remembering.store import engine_url

    url = server_url()
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(engine_url(url), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()

"""The bot's memory, behind SQLAlchemy Core: SQLite by default, PostgreSQL when several
instances share it.

It keeps every analysis (by normalised URL, with a hash of the text read), where it was posted in
Slack, the event ids and links already handled, so redelivery dedupe survives a restart, and the
durable jobs (`bot.remembering.jobs`) that carry a link from the ack to its brief. The schema is
created and migrated at start-up, once, under a lock (an advisory lock on PostgreSQL, SQLite's
write lock otherwise), so any number of instances can start together; claims are inserts on a
primary key, so concurrent workers (or instances) cannot both win one.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import StaticPool

from bot.models import Analysis
from bot.reading.urls import normalize_url

SCHEMA_VERSION = 3
# the driver `postgresql://` means here, whatever SQLAlchemy's own default is (psycopg2 in 2.0,
# psycopg in 2.1): the one the `postgres` extra installs
POSTGRES_DRIVER = "postgresql+psycopg"
# pg_advisory_xact_lock key for migrations: any fixed 64-bit number unique to this application
MIGRATION_LOCK = 0x6E657773_62726966  # "newsbrif"
metadata = MetaData()

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))
analyses = Table(
    "analyses",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url_key", String(2048), nullable=False, index=True),
    Column("url", Text),
    Column("title", Text),
    Column("analyzed_at", Float, nullable=False),
    Column("data", Text, nullable=False),
    # version 2
    Column("text_hash", String(64)),
    Column("site", Text),
    Column("published", String(40)),
    Column("text", Text),
)
posts = Table(
    "posts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("analysis_id", Integer, ForeignKey("analyses.id"), nullable=False),
    Column("team", String(32)),
    Column("channel", String(32), nullable=False),
    Column("message_ts", String(32), nullable=False),
    Column("thread_ts", String(32), nullable=False),
    Column("reply_ts", String(32)),
    Column("posted_at", Float, nullable=False),
    # version 2
    Column("user", String(32)),
)
handled = Table(
    "handled",
    metadata,
    Column("key", String(512), primary_key=True),
    Column("at", Float, nullable=False),
)


# version 3: durable jobs, one per accepted link (see bot.remembering.jobs)
jobs = Table(
    "jobs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(512), nullable=False, unique=True),
    Column("kind", String(32), nullable=False),
    Column("payload", Text, nullable=False),
    Column("state", String(16), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("owner", String(128)),
    Column("lease_until", Float),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
    Column("error", Text),
    Index("ix_jobs_state", "state", "lease_until"),
)


def _v2(conn: Connection) -> None:
    """Version 2: text hash, site, date and text of analyses; who posted a link; indexes."""
    have = {c["name"] for c in inspect(conn).get_columns("analyses")}
    for name, kind in (
        ("text_hash", "VARCHAR(64)"),
        ("site", "TEXT"),
        ("published", "VARCHAR(40)"),
        ("text", "TEXT"),
    ):
        if name not in have:
            conn.execute(text(f"ALTER TABLE analyses ADD COLUMN {name} {kind}"))
    if "user" not in {c["name"] for c in inspect(conn).get_columns("posts")}:
        conn.execute(text('ALTER TABLE posts ADD COLUMN "user" VARCHAR(32)'))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_posts_thread ON posts (channel, thread_ts)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_posts_channel ON posts (channel, posted_at)"))
    conn.execute(text('CREATE INDEX IF NOT EXISTS ix_posts_user ON posts ("user")'))


def _v3(conn: Connection) -> None:
    """Version 3: the jobs table."""
    jobs.create(conn, checkfirst=True)


MIGRATIONS: dict[int, Callable[[Connection], None]] = {2: _v2, 3: _v3}


@dataclass(frozen=True)
class Stored:
    """An analysis as remembered, with where it was posted."""

    analysis: Analysis
    analysis_id: int
    analyzed_at: float
    channel: str | None = None
    thread_ts: str | None = None
    posted_at: float | None = None
    user: str | None = None


# Seconds a SQLite writer waits for the lock before giving up.
SQLITE_BUSY_TIMEOUT = 30
# Rows read per distinct article wanted: one article is often posted in several threads.
ROWS_PER_ARTICLE = 3


def url_key(url: str) -> str:
    """The key a shared link is remembered by (claims, analyses, reposts): web addresses
    normalised, anything else (a file name) as it is. The store's one normalisation."""
    return normalize_url(url) if url.startswith("http") else url


def text_hash(text_: str) -> str:
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()


def _migrate(conn: Connection) -> None:
    """Create the schema on an empty database, else run the migrations it has not had yet."""
    tables = set(inspect(conn).get_table_names())
    if "analyses" not in tables:
        metadata.create_all(conn)
        _v2(conn)
        conn.execute(insert(schema_version).values(version=SCHEMA_VERSION))
        return
    if "schema_version" not in tables:
        schema_version.create(conn)
        conn.execute(insert(schema_version).values(version=1))
    current = int(conn.execute(select(func.max(schema_version.c.version))).scalar() or 1)
    for version in range(current + 1, SCHEMA_VERSION + 1):
        MIGRATIONS[version](conn)
        conn.execute(schema_version.delete())
        conn.execute(insert(schema_version).values(version=version))


def engine_url(url: str) -> str:
    """The URL SQLAlchemy is given: `postgresql://` and `postgres://` pinned to psycopg (3),
    the driver the `postgres` extra declares; an explicit `+driver` is kept as written."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername=POSTGRES_DRIVER)
    return parsed.render_as_string(hide_password=False)


class DriverMissing(RuntimeError):
    """The database URL needs a driver that is not installed."""


class Store:
    """Thread-safe; one per process."""

    def __init__(self, url: str = "sqlite:///newsbrief.db") -> None:
        kwargs: dict = {}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT}
            if url in ("sqlite://", "sqlite:///:memory:"):  # one shared in-memory database
                kwargs["poolclass"] = StaticPool
        else:
            # the brief workers share the pool; a server restart must not leave dead connections
            kwargs.update(pool_size=10, max_overflow=20, pool_pre_ping=True)
        try:
            self.engine: Engine = create_engine(engine_url(url), **kwargs)
        except ModuleNotFoundError as exc:
            raise DriverMissing(
                f"no driver for {make_url(url).drivername} ({exc.name} is not installed); "
                "for PostgreSQL: pip install 'newsbrief[postgres]'"
            ) from exc
        self.postgres = self.engine.dialect.name == "postgresql"
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        # SQLite allows one writer at a time; an in-memory database is one shared connection,
        # so there reads must wait their turn too
        self._write = threading.RLock() if url.startswith("sqlite") else _NoLock()
        memory = url in ("sqlite://", "sqlite:///:memory:")
        self._read = self._write if memory else _NoLock()
        self.migrate()

    # -- schema -----------------------------------------------------------------------------

    def version(self) -> int:
        with self._read, self.engine.connect() as conn:
            if not inspect(conn).has_table("schema_version"):
                return 0
            return int(conn.execute(select(func.max(schema_version.c.version))).scalar() or 0)

    def migrate(self) -> None:
        """Create a new schema, or bring an old one up to SCHEMA_VERSION step by step.

        Instances that start together must not race: on PostgreSQL the whole migration runs in
        one transaction holding an advisory lock (DDL is transactional there), so one instance
        migrates and the others wait, then find the schema current; on SQLite the transaction
        starts with BEGIN IMMEDIATE, which takes the database's write lock up front."""
        with self._write, self.engine.begin() as conn:
            if self.postgres:
                conn.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK)))
            elif self.engine.dialect.name == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            _migrate(conn)

    # -- dedupe: what was already handled ----------------------------------------------------

    def _claim(self, key: str) -> bool:
        try:
            with self._write, self.engine.begin() as conn:
                conn.execute(insert(handled).values(key=key[:512], at=time.time()))
            return True
        except IntegrityError:
            return False

    def claim_event(self, event_id: str) -> bool:
        return self._claim(f"event:{event_id}")

    def claim_link(self, channel: str, message_ts: str, url: str) -> bool:
        """True the first time this link (by its normalised key) is claimed for a message."""
        return self._claim(f"link:{channel}:{message_ts}:{url_key(url)}")

    # -- analyses and posts -----------------------------------------------------------------

    def save_analysis(self, analysis: Analysis) -> int:
        a = analysis.article
        row = {
            # keyed by the link as shared, so the same link posted again finds it
            "url_key": url_key(a.source),
            "url": a.link or a.source,
            "title": a.title,
            "analyzed_at": time.time(),
            "data": json.dumps(analysis.to_dict(), ensure_ascii=False),
            "text_hash": text_hash(a.text),
            "site": a.site,
            "published": a.published,
            "text": a.text,
        }
        with self._write, self.engine.begin() as conn:
            return int(conn.execute(insert(analyses).values(**row)).inserted_primary_key[0])

    def record_post(
        self,
        analysis_id: int,
        *,
        channel: str,
        message_ts: str,
        thread_ts: str,
        reply_ts: str | None,
        team: str | None = None,
        user: str | None = None,
    ) -> int:
        """A brief (or short brief) posted for an analysis; returns the post's id."""
        with self._write, self.engine.begin() as conn:
            inserted = conn.execute(
                insert(posts).values(
                    analysis_id=analysis_id,
                    team=team,
                    channel=channel,
                    message_ts=message_ts,
                    thread_ts=thread_ts,
                    reply_ts=reply_ts,
                    posted_at=time.time(),
                    user=user,
                )
            )
            return int(inserted.inserted_primary_key[0])

    def remember_before_posting(
        self,
        channel: str,
        thread_ts: str,
        analysis: Analysis,
        *,
        message_ts: str,
        team: str | None = None,
        user: str | None = None,
    ) -> int:
        """Store an analysis and its post before the brief goes out (its reply's id follows with
        `set_reply`), so a question asked the moment the brief appears already finds it. A job
        tried again after a failed post finds its earlier row: one row per message and link.
        Returns the post's id."""
        key = url_key(analysis.article.source)
        with self.engine.connect() as conn:
            earlier = conn.execute(
                select(posts.c.id)
                .select_from(posts.join(analyses, posts.c.analysis_id == analyses.c.id))
                .where(
                    (posts.c.channel == channel)
                    & (posts.c.message_ts == message_ts)
                    & (analyses.c.url_key == key)
                )
                .limit(1)
            ).scalar()
        if earlier is not None:
            return int(earlier)
        return self.record_post(
            self.save_analysis(analysis),
            channel=channel,
            message_ts=message_ts,
            thread_ts=thread_ts,
            reply_ts=None,
            team=team,
            user=user,
        )

    def set_reply(self, post_id: int, reply_ts: str | None) -> None:
        """The id of the brief posted for a post row stored by `remember_before_posting`."""
        if reply_ts is None:
            return
        with self._write, self.engine.begin() as conn:
            conn.execute(update(posts).where(posts.c.id == post_id).values(reply_ts=reply_ts))

    def remember(
        self,
        channel: str,
        thread_ts: str,
        analysis: Analysis,
        message_ts: str | None = None,
        reply_ts: str | None = None,
        team: str | None = None,
        user: str | None = None,
    ) -> int:
        analysis_id = self.save_analysis(analysis)
        self.record_post(
            analysis_id,
            channel=channel,
            message_ts=message_ts or thread_ts,
            thread_ts=thread_ts,
            reply_ts=reply_ts,
            team=team,
            user=user,
        )
        return analysis_id

    def _rows(self, where, limit: int = 50, newest_first: bool = True) -> list[Stored]:  # type: ignore[no-untyped-def]
        order = posts.c.posted_at.desc() if newest_first else posts.c.posted_at.asc()
        query = (
            select(
                analyses.c.id,
                analyses.c.data,
                analyses.c.text,
                analyses.c.analyzed_at,
                posts.c.channel,
                posts.c.thread_ts,
                posts.c.posted_at,
                posts.c.user,
            )
            .join(posts, posts.c.analysis_id == analyses.c.id)
            .where(where)
            .order_by(order, posts.c.id.desc() if newest_first else posts.c.id.asc())
            .limit(limit)
        )
        with self._read, self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            Stored(
                Analysis.from_dict(json.loads(r.data), r.text or ""),
                r.id,
                r.analyzed_at,
                r.channel,
                r.thread_ts,
                r.posted_at,
                r.user,
            )
            for r in rows
        ]

    def thread_analyses(self, channel: str, thread_ts: str) -> list[Analysis]:
        return [r.analysis for r in self.thread_stored(channel, thread_ts)]

    def thread_stored(self, channel: str, thread_ts: str) -> list[Stored]:
        return self._rows(
            (posts.c.channel == channel) & (posts.c.thread_ts == thread_ts), newest_first=False
        )

    def channel_stored(self, channel: str, limit: int = 30) -> list[Stored]:
        """The channel's recent analyses, newest first, one per article."""
        rows = self._rows(posts.c.channel == channel, limit=limit * ROWS_PER_ARTICLE)
        return _distinct(rows)[:limit]

    def user_stored(self, user: str, limit: int = 30) -> list[Stored]:
        rows = self._rows(posts.c.user == user, limit=limit * ROWS_PER_ARTICLE)
        return _distinct(rows)[:limit]

    def latest(self, limit: int = 10) -> list[Stored]:
        return _distinct(self._rows(posts.c.id > 0, limit=limit * ROWS_PER_ARTICLE))[:limit]

    def recent_post(self, url: str, within_hours: float, team: str | None = None) -> Stored | None:
        """The last time this article was briefed (in this team) within the window: a brief that
        went out (a row stored before a post that failed, or is still under way, has no reply
        yet and does not count)."""
        if within_hours <= 0:
            return None
        since = time.time() - within_hours * 3600
        where = (
            (analyses.c.url_key == url_key(url))
            & (posts.c.posted_at >= since)
            & posts.c.reply_ts.is_not(None)
        )
        if team:
            where = where & ((posts.c.team == team) | posts.c.team.is_(None))
        rows = self._rows(where, limit=1)
        return rows[0] if rows else None

    def close(self) -> None:
        self.engine.dispose()


def _distinct(rows: list[Stored]) -> list[Stored]:
    seen: set[str] = set()
    out = []
    for r in rows:
        key = r.analysis.article.link or r.analysis.article.source
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    _switch_to_wal(cur)
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _switch_to_wal(cur) -> None:  # type: ignore[no-untyped-def]
    """Put the database in WAL mode. Instances opening a new database file together race to
    switch it, and SQLite answers the losers "database is locked" at once, without waiting
    for its busy timeout: so wait here, a little at a time, up to that timeout."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class _NoLock:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None

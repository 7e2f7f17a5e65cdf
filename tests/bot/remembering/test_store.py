"""The store on SQLite and PostgreSQL: persistence across restarts, concurrent writes,
migrations from an old schema, and many instances starting at once."""

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, create_engine, func
from sqlalchemy import select as sa_select

from bot.models import Analysis, Article, Player
from bot.remembering.store import (
    SCHEMA_VERSION,
    DriverMissing,
    Store,
    engine_url,
    schema_version,
)

ROOT = Path(__file__).resolve().parents[3]


def analysis(url="https://news.example/a", title="A story", player="Lumen Labs", stance="open"):
    return Analysis(
        article=Article(source=url, url=url, text="Lumen Labs opened its model.", title=title),
        summary=["Lumen Labs opened its model."],
        overview="For open AI: Lumen Labs.",
        players=[
            Player(
                name=player,
                type="ORG",
                stance=stance,
                mentions=1,
                evidence=["Lumen Labs opened its model."] if stance != "none" else [],
            )
        ],
        positions=[],
        word_count=5,
    )


def test_survives_a_restart(db_url):
    store = Store(db_url)
    assert store.claim_event("Ev1")
    assert store.claim_link("C1", "1.1", "https://news.example/a")
    store.remember("C1", "1.1", analysis(), message_ts="1.1", reply_ts="1.2", team="T1", user="U1")
    store.close()
    again = Store(db_url)
    assert not again.claim_event("Ev1")  # a redelivery after the restart is still a redelivery
    assert not again.claim_link("C1", "1.1", "https://news.example/a")
    [a] = again.thread_analyses("C1", "1.1")
    assert a.players[0].name == "Lumen Labs" and a.article.text.startswith("Lumen")
    assert again.user_stored("U1")[0].analysis.article.title == "A story"
    assert again.recent_post("https://NEWS.example/a?utm_source=x", 24, "T1") is not None
    assert again.recent_post("https://news.example/a", 0, "T1") is None
    again.close()


def test_channel_scope_newest_first_and_distinct(store):
    store.remember("C1", "1.0", analysis("https://n.example/1", "First"))
    store.remember("C1", "2.0", analysis("https://n.example/2", "Second"))
    store.remember("C2", "3.0", analysis("https://n.example/3", "Elsewhere"))
    titles = [s.analysis.article.title for s in store.channel_stored("C1")]
    assert titles == ["Second", "First"]
    assert [s.analysis.article.title for s in store.latest(2)] == ["Elsewhere", "Second"]


def test_concurrent_writes_and_claims(store):
    wins: list[bool] = []
    lock = threading.Lock()

    def work(i: int) -> None:
        won = store.claim_event("EvSAME")
        store.remember("C1", f"{i}.0", analysis(f"https://n.example/{i}", f"T{i}"))
        with lock:
            wins.append(won)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wins.count(True) == 1
    assert len(store.channel_stored("C1", limit=100)) == 16


def version_1(url: str) -> None:
    """Lay down the first schema (no schema version 2 columns, no jobs) with one analysis, one
    post and one handled event, as a database from before the migrations would have them."""
    old = MetaData()
    analyses = Table(
        "analyses",
        old,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("url_key", String(2048), nullable=False),
        Column("url", Text),
        Column("title", Text),
        Column("analyzed_at", Float, nullable=False),
        Column("data", Text, nullable=False),
    )
    posts = Table(
        "posts",
        old,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("analysis_id", Integer, nullable=False),
        Column("team", String(32)),
        Column("channel", String(32), nullable=False),
        Column("message_ts", String(32), nullable=False),
        Column("thread_ts", String(32), nullable=False),
        Column("reply_ts", String(32)),
        Column("posted_at", Float, nullable=False),
    )
    handled = Table(
        "handled",
        old,
        Column("key", String(512), primary_key=True),
        Column("at", Float, nullable=False),
    )
    version = Table("schema_version", old, Column("version", Integer, nullable=False))
    engine = create_engine(engine_url(url))
    before = analysis(title="Old")
    with engine.begin() as conn:
        old.create_all(conn)
        conn.execute(version.insert().values(version=1))
        conn.execute(handled.insert().values(key="event:EvOLD", at=0))
        conn.execute(
            analyses.insert().values(
                url_key="https://news.example/a",
                url=before.article.url,
                title="Old",
                analyzed_at=1.0,
                data=json.dumps(before.to_dict()),
            )
        )
        conn.execute(
            posts.insert().values(
                analysis_id=1, channel="C1", message_ts="1.0", thread_ts="1.0", posted_at=1.0
            )
        )
    engine.dispose()


def assert_migrated(url: str) -> None:
    store = Store(url)
    assert store.version() == SCHEMA_VERSION
    with store.engine.connect() as conn:  # one version row, however many migrated at once
        assert conn.execute(sa_select(func.count()).select_from(schema_version)).scalar() == 1
    assert not store.claim_event("EvOLD")  # old data kept
    assert store.thread_analyses("C1", "1.0")[0].article.title == "Old"
    store.remember("C1", "2.0", analysis(title="New"), user="U9")  # new columns usable
    assert store.user_stored("U9")[0].analysis.article.title == "New"
    store.close()


def test_migrates_an_old_schema(db_url):
    version_1(db_url)
    assert_migrated(db_url)
    Store(db_url).close()  # migrating twice is a no-op
    assert_migrated(db_url)


def test_adds_the_jobs_table_to_a_version_2_database(db_url):
    from sqlalchemy import text

    Store(db_url).close()
    engine = create_engine(engine_url(db_url))
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE jobs"))
        conn.execute(text("UPDATE schema_version SET version = 2"))
    engine.dispose()
    store = Store(db_url)
    assert store.version() == SCHEMA_VERSION
    from bot.remembering.jobs import JobQueue

    assert JobQueue(store).add("link:C1:1.0:u", "brief", {"url": "u"}) is not None
    store.close()


def start_together(url: str, count: int) -> list[subprocess.CompletedProcess]:
    """`count` processes that each open a Store on `url` at the same instant (as instances
    started together do); returns how each ended."""
    at = time.time() + 3.0  # after every interpreter has imported SQLAlchemy
    script = (
        "import sys, time\n"
        "from bot.remembering.store import Store\n"
        f"time.sleep(max(0.0, {at!r} - time.time()))\n"
        "Store(sys.argv[1]).close()\n"
        "print('migrated')\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, url],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(count)
    ]
    done = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        done.append(subprocess.CompletedProcess(p.args, p.returncode, out, err))
    return done


@pytest.mark.parametrize("old", [False, True], ids=["empty", "version-1"])
def test_many_instances_start_at_once(db_url, old):
    """Every process starts (the losers used to die on a duplicate type or table), and the
    schema is migrated once."""
    if old:
        version_1(db_url)
    ended = start_together(db_url, 6)
    assert [p.returncode for p in ended] == [0] * 6, [p.stderr[-2000:] for p in ended]
    if old:
        assert_migrated(db_url)
    else:
        store = Store(db_url)
        assert store.version() == SCHEMA_VERSION
        store.close()


def test_many_threads_migrate_at_once(pg_url):
    """Sixteen Stores (sixteen engines, as in sixteen instances) opening a fresh PostgreSQL
    database at one moment: all succeed."""
    barrier = threading.Barrier(16)
    errors: list[BaseException] = []

    def open_store() -> None:
        barrier.wait()
        try:
            Store(pg_url).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    store = Store(pg_url)
    with store.engine.connect() as conn:
        assert conn.execute(sa_select(func.count()).select_from(schema_version)).scalar() == 1
    store.close()


def test_postgresql_urls_use_the_declared_driver(pg_url):
    """`postgresql://` (and Heroku's `postgres://`) mean psycopg 3, the `postgres` extra's
    driver, whatever SQLAlchemy's own default for the version installed."""
    assert engine_url("postgresql://u:p@127.0.0.1:5432/nb") == (
        "postgresql+psycopg://u:p@127.0.0.1:5432/nb"
    )
    assert engine_url("postgres://u@127.0.0.1/nb") == "postgresql+psycopg://u@127.0.0.1/nb"
    assert engine_url("postgresql+psycopg2://u@h/nb") == "postgresql+psycopg2://u@h/nb"
    assert engine_url("sqlite:///nb.db") == "sqlite:///nb.db"
    store = Store(pg_url.replace("postgresql+psycopg://", "postgresql://"))
    assert store.engine.driver == "psycopg"
    store.close()


def test_the_postgres_extra_declares_that_driver():
    import tomllib

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    assert any(req.startswith("psycopg[binary]") for req in extras["postgres"])
    assert "psycopg" in (ROOT / "README.md").read_text()


def test_a_missing_driver_is_named(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg2", None)  # as on a machine without it
    with pytest.raises(DriverMissing, match="newsbrief\\[postgres\\]"):
        Store("postgresql+psycopg2://nobody@127.0.0.1:1/nb")


def test_a_brief_stored_before_posting_counts_once_and_only_once_posted(db_url):
    store = Store(db_url)
    first = store.remember_before_posting("C1", "5.0", analysis(), message_ts="5.0", team="T1")
    assert len(store.thread_stored("C1", "5.0")) == 1  # a question now already finds it
    assert store.recent_post("https://news.example/a", 24, "T1") is None  # not posted yet
    again = store.remember_before_posting("C1", "5.0", analysis(), message_ts="5.0", team="T1")
    assert again == first and len(store.thread_stored("C1", "5.0")) == 1  # a retry: one row
    store.set_reply(first, "5.1")
    assert store.recent_post("https://news.example/a", 24, "T1").thread_ts == "5.0"
    store.close()

"""The store: persistence across restarts, concurrent writes, migrations from an old schema."""

import sqlite3
import threading

from bot.models import Analysis, Article, Player
from bot.remembering.store import SCHEMA_VERSION, Store


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


def test_survives_a_restart(tmp_path):
    url = f"sqlite:///{tmp_path / 'nb.db'}"
    store = Store(url)
    assert store.claim_event("Ev1")
    assert store.claim_link("C1", "1.1", "https://news.example/a")
    store.remember("C1", "1.1", analysis(), message_ts="1.1", reply_ts="1.2", team="T1", user="U1")
    store.close()
    again = Store(url)
    assert not again.claim_event("Ev1")  # a redelivery after the restart is still a redelivery
    assert not again.claim_link("C1", "1.1", "https://news.example/a")
    [a] = again.thread_analyses("C1", "1.1")
    assert a.players[0].name == "Lumen Labs" and a.article.text.startswith("Lumen")
    assert again.user_stored("U1")[0].analysis.article.title == "A story"
    assert again.recent_post("https://NEWS.example/a?utm_source=x", 24, "T1") is not None
    assert again.recent_post("https://news.example/a", 0, "T1") is None


def test_channel_scope_newest_first_and_distinct(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    store.remember("C1", "1.0", analysis("https://n.example/1", "First"))
    store.remember("C1", "2.0", analysis("https://n.example/2", "Second"))
    store.remember("C2", "3.0", analysis("https://n.example/3", "Elsewhere"))
    titles = [s.analysis.article.title for s in store.channel_stored("C1")]
    assert titles == ["Second", "First"]
    assert [s.analysis.article.title for s in store.latest(2)] == ["Elsewhere", "Second"]


def test_concurrent_writes_and_claims(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'w.db'}")
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


def test_migrates_an_old_schema(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE analyses (id INTEGER PRIMARY KEY AUTOINCREMENT, url_key VARCHAR(2048)
            NOT NULL, url TEXT, title TEXT, analyzed_at FLOAT NOT NULL, data TEXT NOT NULL);
        CREATE TABLE posts (id INTEGER PRIMARY KEY AUTOINCREMENT, analysis_id INTEGER NOT NULL,
            team VARCHAR(32), channel VARCHAR(32) NOT NULL, message_ts VARCHAR(32) NOT NULL,
            thread_ts VARCHAR(32) NOT NULL, reply_ts VARCHAR(32), posted_at FLOAT NOT NULL);
        CREATE TABLE handled (key VARCHAR(512) PRIMARY KEY, at FLOAT NOT NULL);
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        INSERT INTO schema_version VALUES (1);
        INSERT INTO handled VALUES ('event:EvOLD', 0);
    """)
    old = analysis(title="Old")
    import json

    conn.execute(
        "INSERT INTO analyses (url_key, url, title, analyzed_at, data) VALUES (?, ?, ?, ?, ?)",
        ("https://news.example/a", old.article.url, "Old", 1.0, json.dumps(old.to_dict())),
    )
    conn.execute(
        "INSERT INTO posts (analysis_id, channel, message_ts, thread_ts, posted_at) "
        "VALUES (1, 'C1', '1.0', '1.0', 1.0)"
    )
    conn.commit()
    conn.close()
    store = Store(f"sqlite:///{path}")
    assert store.version() == SCHEMA_VERSION
    assert not store.claim_event("EvOLD")  # old data kept
    assert store.thread_analyses("C1", "1.0")[0].article.title == "Old"
    store.remember("C1", "2.0", analysis(title="New"), user="U9")  # new columns usable
    assert store.user_stored("U9")[0].analysis.article.title == "New"
    Store(f"sqlite:///{path}")  # migrating twice is a no-op
    assert store.version() == SCHEMA_VERSION


def test_postgresql_when_one_is_configured():
    """Runs against a real server when NEWSBRIEF_TEST_POSTGRES_URL names one (needs the
    psycopg driver); checked by hand on PostgreSQL 15, not in CI."""
    import os

    import pytest

    url = os.environ.get("NEWSBRIEF_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("NEWSBRIEF_TEST_POSTGRES_URL is not set: no PostgreSQL server to test on")
    store = Store(url)
    assert store.version() == SCHEMA_VERSION
    key = f"Ev{os.getpid()}"
    assert store.claim_event(key) and not store.claim_event(key)
    store.remember("CPG", key, analysis(), user="UPG")
    assert store.thread_analyses("CPG", key)[0].players[0].name == "Lumen Labs"

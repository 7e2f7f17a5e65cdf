"""The real `python -m bot` serving the HTTP Events API, driven by signed requests."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from slack_sdk.signature import SignatureVerifier

from tests.articles import ArticleServer
from tests.e2e_helpers import BotProcess, free_port
from tests.fake_slack import FakeSlack, event_callback, message_event

pytestmark = pytest.mark.e2e
SECRET = "test-signing-secret"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("http")
    port = free_port()
    with FakeSlack() as slack, ArticleServer() as articles:
        bot = BotProcess(
            {
                "SLACK_BOT_TOKEN": "xoxb-test",
                "SLACK_SIGNING_SECRET": SECRET,
                "SLACK_API_URL": slack.api_url,
                "PORT": str(port),
            },
            tmp,
        )
        try:
            bot.wait_for_log("listening for Slack events")
            yield slack, articles, f"http://127.0.0.1:{port}/slack/events"
        finally:
            assert bot.stop() == 0, bot.output()


def post(url: str, body: dict, secret: str = SECRET, headers: dict | None = None):
    raw = json.dumps(body)
    ts = str(int(time.time()))
    sig = SignatureVerifier(secret).generate_signature(timestamp=ts, body=raw)
    req = urllib.request.Request(
        url,
        data=raw.encode(),
        method="POST",
        headers={
            "Content-Type": "application/json",
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": sig,
            **(headers or {}),
        },
    )
    started = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read().decode(), time.monotonic() - started
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(), time.monotonic() - started


def threaded(slack, channel, ts):
    return [c for c in slack.posts(channel) if c["args"].get("thread_ts") == ts]


def test_url_verification(world):
    _, _, url = world
    status, body, _ = post(url, {"type": "url_verification", "challenge": "abc123", "token": "x"})
    assert status == 200 and "abc123" in body


def test_link_brief_once_despite_http_retries(world):
    slack, articles, url = world
    event = message_event(f"read <{articles.url('/article-http')}>", channel="H1", ts="1.000001")
    body = event_callback(event, event_id="EvHTTP1")
    status, _, elapsed = post(url, body)
    assert status == 200 and elapsed < 3
    slack.wait_for(lambda: threaded(slack, "H1", "1.000001"))
    for n in (1, 2):
        status, _, _ = post(
            url, body, headers={"X-Slack-Retry-Num": str(n), "X-Slack-Retry-Reason": "http_timeout"}
        )
        assert status == 200
    time.sleep(1.5)
    assert len(threaded(slack, "H1", "1.000001")) == 1


def test_bad_signature_is_refused_and_runs_nothing(world):
    slack, articles, url = world
    event = message_event(f"<{articles.url('/article-forged')}>", channel="H2", ts="2.000001")
    status, _, _ = post(url, event_callback(event), secret="wrong-secret")
    assert status == 401
    time.sleep(1.0)
    assert threaded(slack, "H2", "2.000001") == []
    assert "/article-forged" not in articles.hits


def test_message_and_mention_of_one_message_give_one_brief(world):
    slack, articles, url = world
    text = f"<@UBOT> what about <{articles.url('/article-both')}>"
    msg = message_event(text, channel="H3", ts="3.000001")
    mention = dict(msg, type="app_mention")
    post(url, event_callback(msg))
    post(url, event_callback(mention))
    slack.wait_for(lambda: threaded(slack, "H3", "3.000001"))
    time.sleep(1.5)
    assert len(threaded(slack, "H3", "3.000001")) == 1


def test_mention_without_link_gets_help_in_the_thread(world):
    slack, _, url = world
    mention = dict(
        message_event("<@UBOT> hello?", channel="H4", ts="4.000001"),
        type="app_mention",
        thread_ts="3.999999",
    )
    post(url, event_callback(mention))
    reply = slack.wait_for(lambda: threaded(slack, "H4", "3.999999"))[0]
    assert "open vs closed AI" in reply["args"]["text"]


def test_malformed_event_gets_no_crash(world):
    slack, articles, url = world
    status, _, _ = post(url, event_callback({"type": "message", "text": "no channel"}))
    assert status == 200
    status, _, _ = post(url, {"type": "event_callback", "event": None})
    assert status == 400
    status, _, _ = post(url, ["not", "an", "object"])  # type: ignore[arg-type]
    assert status == 400
    # and the app still works afterwards
    event = message_event(f"<{articles.url('/article-after')}>", channel="H5", ts="5.000001")
    post(url, event_callback(event))
    slack.wait_for(lambda: threaded(slack, "H5", "5.000001"))


def test_wrong_token_exits_1_with_one_line(tmp_path):
    with FakeSlack() as slack:
        slack.bad_token = True
        env = {
            "SLACK_BOT_TOKEN": "xoxb-wrong",
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": slack.api_url,
            "PATH": "/usr/bin:/bin",
        }
        out = subprocess.run(
            [sys.executable, "-m", "bot", "run"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert out.returncode == 1
    assert "invalid_auth" in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_missing_tokens_exit_1_naming_them(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env={"PATH": "/usr/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 1
    assert "SLACK_BOT_TOKEN" in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1  # one clear line


def test_refused_app_token_exits_1_with_one_line(tmp_path):
    with FakeSlack() as slack:
        slack.fail_next["apps.connections.open"] = [
            (200, {"ok": False, "error": "invalid_auth"}, {})
        ]
        env = {
            "SLACK_BOT_TOKEN": "xoxb-ok",
            "SLACK_APP_TOKEN": "xapp-wrong",
            "SLACK_API_URL": slack.api_url,
            "PATH": "/usr/bin:/bin",
            "ANALYSIS_PROCESSES": "0",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db'}",
        }
        out = subprocess.run(
            [sys.executable, "-m", "bot"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=90,
        )
    assert out.returncode == 1
    lines = [line for line in out.stderr.splitlines() if line.startswith("newsbrief:")]
    assert len(lines) == 1 and "SLACK_APP_TOKEN" in lines[0]
    assert "Traceback" not in out.stderr


def test_bad_content_length_is_refused(world):
    import http.client
    from urllib.parse import urlsplit

    _, _, url = world
    parts = urlsplit(url)
    for length in ("abc", "99999999"):
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        conn.putrequest("POST", parts.path)
        conn.putheader("Content-Length", length)
        conn.putheader("Content-Type", "application/json")
        conn.endheaders()
        status = conn.getresponse().status
        conn.close()
        assert status in (400, 413)


def test_event_type_without_a_listener_gets_200_not_a_retry(world):
    _, _, url = world
    event = {"type": "reaction_added", "user": "U0HUMAN", "reaction": "eyes", "item": {}}
    status, _, elapsed = post(url, event_callback(event))
    assert status == 200 and elapsed < 3  # a 404 would make Slack retry it


@pytest.mark.parametrize("socket_mode", [False, True])
def test_unreachable_slack_exits_1_with_one_line(tmp_path, socket_mode):
    closed = free_port()  # nothing listens there: connection refused
    env = {
        "SLACK_BOT_TOKEN": "xoxb-ok",
        "SLACK_API_URL": f"http://127.0.0.1:{closed}/api/",
        "PATH": "/usr/bin:/bin",
        **({"SLACK_APP_TOKEN": "xapp-ok"} if socket_mode else {"SLACK_SIGNING_SECRET": SECRET}),
    }
    out = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 1
    lines = (out.stdout + out.stderr).strip().splitlines()
    assert len(lines) == 1, lines  # no retry log lines before it
    assert lines[0].startswith("newsbrief: cannot reach Slack at http://127.0.0.1:")
    assert "Traceback" not in lines[0]

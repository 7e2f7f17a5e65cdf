"""Our HTTP Events API server in this process, behind a small Bolt app, against hostile clients
(issue 11, items 10-12): malformed timestamps and bodies, stalled and trickling clients, too many
connections, the bind address. Everything stays on loopback."""

from __future__ import annotations

import http.client
import json
import logging
import select
import socket
import threading
import time

import pytest
from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.signature import SignatureVerifier

from bot.config import load_settings
from handlers.app import http_server
from tests.fake_slack import FakeSlack, event_callback, message_event

SECRET = "test-signing-secret"


class Server:
    """A running events server and the events its app received."""

    def __init__(self, slack: FakeSlack, **env: str) -> None:
        self.events: list[dict] = []
        app = App(
            client=WebClient(token="xoxb-test", base_url=slack.api_url),
            signing_secret=SECRET,
            request_verification_enabled=False,
        )
        app.event("message")(lambda event: self.events.append(event))
        settings = load_settings(
            {"SLACK_SIGNING_SECRET": SECRET, "HOST": "127.0.0.1", "PORT": "0", **env}
        )
        self.server = http_server(app, settings)
        self.host, self.port = self.server.server_address[:2]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def post(self, body: bytes | str, timestamp: str | None = None, **headers: str):
        """A signed POST /slack/events; (status, body)."""
        raw = body.encode() if isinstance(body, str) else body
        ts = str(int(time.time())) if timestamp is None else timestamp
        signature = SignatureVerifier(SECRET).generate_signature(
            timestamp=ts, body=raw.decode("utf-8", "replace")
        )
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            conn.request(
                "POST",
                "/slack/events",
                body=raw,
                headers={
                    "Content-Type": "application/json",
                    "X-Slack-Request-Timestamp": ts,
                    "X-Slack-Signature": signature,
                    **headers,
                },
            )
            resp = conn.getresponse()
            return resp.status, resp.read().decode()
        finally:
            conn.close()

    def get(self, path: str = "/healthz") -> int:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            conn.request("GET", path)
            return conn.getresponse().status
        finally:
            conn.close()

    def stalled(self, promised: int = 100, sent: bytes = b"") -> socket.socket:
        """A connection that promises a body of `promised` bytes and sends only `sent`."""
        sock = socket.create_connection((self.host, self.port), timeout=10)
        sock.sendall(
            b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {promised}\r\n\r\n".encode()
            + sent
        )
        return sock


@pytest.fixture(scope="module")
def slack():
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def server(slack):
    srv = Server(slack)
    yield srv
    srv.close()


def closed_by_server(sock: socket.socket, timeout: float = 10) -> bool:
    """Whether the server closes the connection (without a response) within `timeout`."""
    sock.settimeout(timeout)
    try:
        return sock.recv(1024) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


def test_a_timestamp_that_is_not_whole_seconds_gets_401(server, caplog):
    """SignatureVerifier int()s the header: "", "1.5" or "abc" raised, and the connection
    closed with a traceback (issue 11, item 10)."""
    body = json.dumps(event_callback(message_event("hello", channel="CT")))
    now = int(time.time())
    for ts in ("abc", f"{now}.5", "", " ", f"{now:_}", "1e9", "9" * 5000, f"-{now}"):
        assert server.post(body, timestamp=ts) == (401, "invalid signature"), repr(ts)
    assert server.post(body, timestamp=str(now - 3600))[0] == 401  # too old
    assert server.post(b"\xff\xfe" + body.encode())[0] == 401  # not UTF-8: not Slack's
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert server.post(body)[0] == 200  # a well-signed request still passes


def test_signed_malformed_bodies_get_400(server, caplog):
    """Bolt's parser raised on these, inside the server (issue 11, item 10)."""
    deep_array = "[" * 100_000 + "]" * 100_000
    deep_object = '{"a":' * 100_000 + "1" + "}" * 100_000
    too_deep = {"type": "event_callback", "event": {"type": "message"}}
    inner = too_deep["event"]
    for _ in range(100):
        inner["x"] = {}
        inner = inner["x"]
    form = "application/x-www-form-urlencoded"
    cases = [
        ("payload=garbage", form),
        ("payload=%7B%22type%22%3A", form),  # payload={"type":
        ("payload=%5B1%2C2%5D", form),  # payload=[1,2]
        ("payload=" + "%5B" * 100_000, form),
        ("", "application/json"),
        ("a=b", "application/json"),
        ("[1, 2]", "application/json"),
        ('"text"', "application/json"),
        ("{not json", "application/json"),
        (deep_array, "application/json"),
        (deep_object, "application/json"),
        (json.dumps(too_deep), "application/json"),
        ('{"type": "event_callback", "event": null}', "application/json"),
        ('{"type": "event_callback", "event": {}, "enterprise": 5}', "application/json"),
        ('{"type": "event_callback", "event": {}, "authorizations": 7}', "application/json"),
    ]
    for body, kind in cases:
        assert server.post(body, **{"Content-Type": kind}) == (400, "malformed event"), body[:40]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING and "failed" in r.msg]
    status, _ = server.post(json.dumps(event_callback(message_event("still here", channel="CM"))))
    assert status == 200
    deadline = time.monotonic() + 10
    while not any(e.get("channel") == "CM" for e in server.events):
        assert time.monotonic() < deadline, "the app stopped receiving events"
        time.sleep(0.05)


def test_a_body_that_never_comes_is_hung_up_on(slack):
    """A connection that promises a body and sends nothing, or trickles it, is closed after
    HTTP_REQUEST_TIMEOUT in all; it held a thread for ever (issue 11, item 11)."""
    srv = Server(slack, HTTP_REQUEST_TIMEOUT="0.5")
    try:
        silent = srv.stalled(promised=100, sent=b"{")
        assert closed_by_server(silent)
        trickle = srv.stalled(promised=100)
        sent = 0
        for _ in range(100):  # a byte every 0.1 s would take 10 s in all
            sent += 1
            try:
                trickle.sendall(b" ")
            except OSError:
                break
            ready, _, _ = select.select([trickle], [], [], 0.1)
            if ready:
                break
        assert closed_by_server(trickle, timeout=1)
        assert sent < 60, "a trickling client kept its connection"
        assert srv.get() == 200
    finally:
        srv.close()


def test_connections_beyond_the_limit_get_503_until_slots_free_up(slack):
    """HTTP_MAX_CONNECTIONS bounds the connections (and threads) served at once; one more is
    told 503 at once (issue 11, item 11)."""
    srv = Server(slack, HTTP_MAX_CONNECTIONS="3", HTTP_REQUEST_TIMEOUT="3")
    try:
        # accepted in the order they connected (the listen queue is FIFO): these three first
        held = [srv.stalled() for _ in range(3)]
        extra = socket.create_connection((srv.host, srv.port), timeout=10)
        reply = extra.recv(1024)
        assert reply.startswith(b"HTTP/1.1 503"), reply
        extra.close()
        for sock in held:
            assert closed_by_server(sock)
            sock.close()
        deadline = time.monotonic() + 10
        while True:  # the slots are given back as their threads finish
            try:
                if srv.get() == 200:
                    break
            except (http.client.HTTPException, OSError):
                pass
            assert time.monotonic() < deadline, "slots were never freed"
            time.sleep(0.05)
    finally:
        srv.close()


def test_binds_the_configured_host(slack):
    """HOST picks the bind address; it was always 0.0.0.0 (issue 11, item 12)."""
    srv = Server(slack, HOST="127.0.0.1")
    try:
        assert srv.server.server_address[0] == "127.0.0.1"
        assert srv.get() == 200
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.2", srv.port), timeout=5).close()
    finally:
        srv.close()


def test_binds_an_ipv6_host(slack):
    try:
        socket.socket(socket.AF_INET6).bind(("::1", 0))
    except OSError:
        pytest.skip("no IPv6 loopback on this machine")
    srv = Server(slack, HOST="::1")
    try:
        assert srv.server.server_address[0] == "::1"
        assert srv.get() == 200
    finally:
        srv.close()

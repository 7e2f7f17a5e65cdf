"""A fake Slack for the tests: the Web API on 127.0.0.1 (port 0) recording every call, and a
Socket Mode WebSocket server that hands out envelopes and collects their acknowledgements.

It speaks the protocol, not one script: form or JSON bodies, `Authorization` bearer tokens,
429 with Retry-After on request, `apps.connections.open` returning the WebSocket URL, hello and
disconnect messages, envelope acks. Posted messages (with their metadata) are kept, so
`conversations.replies` returns a thread as Slack would; several apps (app tokens) can be
connected at once, and an envelope can be sent to one of them, as Slack spreads events over the
connections of several instances.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from websockets.sync.server import ServerConnection, serve

BOT_USER = "UBOT"
BOT_ID = "BBOT"
TEAM = "T0001"


class Call(dict):
    """One recorded Web API call: {'method', 'args', 'token', 'at'}."""


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.lock = threading.Lock()
        self.messages: dict[str, list[dict[str, Any]]] = {}  # channel -> what was posted
        self.fail_next: dict[str, list[tuple[int, dict[str, Any], dict[str, str]]]] = {}
        self._ts = itertools.count(1)
        self.bad_token = False
        self.ws_connections: list[ServerConnection] = []
        self.ws_opened = 0
        self.acks: dict[str, float] = {}
        self.ws_received: list[dict[str, Any]] = []
        self._ws_lock = threading.Lock()
        # which app token opened each WebSocket URL, and the live connections per token
        self._ws_tokens: dict[str, str] = {}
        self.ws_by_token: dict[str, list[ServerConnection]] = {}
        # envelope id -> app token it was sent to
        self.sent_to: dict[str, str | None] = {}
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                fake._handle(self)

            do_GET = do_POST

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.http.daemon_threads = True
        self.ws = serve(self._ws_session, "127.0.0.1", 0)
        self._threads = [
            threading.Thread(target=self.http.serve_forever, daemon=True),
            threading.Thread(target=self.ws.serve_forever, daemon=True),
        ]

    # -- lifecycle --------------------------------------------------------------------------

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.http.server_address[1]}/api/"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.ws.socket.getsockname()[1]}/link/"

    def __enter__(self) -> FakeSlack:
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.http.shutdown()
        self.http.server_close()
        self.ws.shutdown()

    # -- Web API ----------------------------------------------------------------------------

    def _handle(self, req: BaseHTTPRequestHandler) -> None:
        method = req.path.split("/api/", 1)[-1].split("?", 1)[0]
        length = int(req.headers.get("Content-Length") or 0)
        raw = req.rfile.read(length).decode() if length else ""
        if "json" in (req.headers.get("Content-Type") or ""):
            args = json.loads(raw or "{}")
        else:
            args = dict(parse_qsl(raw))
            for key in ("blocks", "attachments"):
                if isinstance(args.get(key), str):
                    args[key] = json.loads(args[key])
        token = (req.headers.get("Authorization") or "").removeprefix("Bearer ")
        with self.lock:
            self.calls.append(Call(method=method, args=args, token=token, at=time.monotonic()))
            failures = self.fail_next.get(method) or []
            failure = failures.pop(0) if failures else None
        if failure is not None:
            status, body, headers = failure
            self._reply(req, status, body, headers)
            return
        self._reply(req, 200, self._answer(method, args, token), {})

    def _answer(self, method: str, args: dict[str, Any], token: str) -> dict[str, Any]:
        if self.bad_token and method == "auth.test":
            return {"ok": False, "error": "invalid_auth"}
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://test.slack.com/",
                "team": "Test Team",
                "user": "newsbrief",
                "team_id": TEAM,
                "user_id": BOT_USER,
                "bot_id": BOT_ID,
            }
        if method == "apps.connections.open":
            key = uuid.uuid4().hex
            with self._ws_lock:
                self.ws_opened += 1
                self._ws_tokens[key] = token
            return {"ok": True, "url": self.ws_url + key}
        if method == "chat.postMessage":
            ts = f"{int(time.time())}.{next(self._ts):06d}"
            message = {"type": "message", "text": args.get("text"), "ts": ts}
            message.update(user=BOT_USER, bot_id=BOT_ID)
            if args.get("thread_ts"):
                message["thread_ts"] = args["thread_ts"]
            metadata = args.get("metadata")
            if isinstance(metadata, str):
                metadata = json.loads(metadata)
            if metadata:
                message["metadata"] = metadata
            with self.lock:
                self.messages.setdefault(str(args.get("channel")), []).append(message)
            return {"ok": True, "channel": args.get("channel"), "ts": ts, "message": message}
        if method == "conversations.replies":
            return self._replies(args)
        if method == "chat.getPermalink":
            ts = str(args.get("message_ts", "")).replace(".", "")
            return {
                "ok": True,
                "permalink": f"https://test.slack.com/archives/{args.get('channel')}/p{ts}",
            }
        if method in ("reactions.add", "reactions.remove", "chat.update", "views.publish"):
            return {"ok": True}
        if method == "bots.info":
            return {"ok": True, "bot": {"id": BOT_ID, "user_id": BOT_USER, "name": "newsbrief"}}
        return {"ok": True}

    def _replies(self, args: dict[str, Any]) -> dict[str, Any]:
        """A thread: its parent (as far as the fake knows it) and the replies, oldest first;
        metadata only with include_all_metadata, as Slack does."""
        channel, parent = str(args.get("channel") or ""), str(args.get("ts") or "")
        if not channel or not parent:
            return {"ok": False, "error": "invalid_arguments"}
        with_metadata = str(args.get("include_all_metadata")).lower() in ("1", "true")
        with self.lock:
            replies = [
                dict(m)
                for m in self.messages.get(channel, [])
                if m.get("thread_ts") == parent or m["ts"] == parent
            ]
        for m in replies:
            if not with_metadata:
                m.pop("metadata", None)
        head = (
            [] if any(m["ts"] == parent for m in replies) else [{"ts": parent, "type": "message"}]
        )
        return {"ok": True, "messages": head + replies, "has_more": False}

    @staticmethod
    def _reply(
        req: BaseHTTPRequestHandler, status: int, body: dict[str, Any], headers: dict[str, str]
    ) -> None:
        data = json.dumps(body).encode()
        req.send_response(status)
        req.send_header("Content-Type", "application/json")
        req.send_header("Content-Length", str(len(data)))
        for k, v in headers.items():
            req.send_header(k, v)
        req.end_headers()
        req.wfile.write(data)

    def rate_limit_next(self, method: str, retry_after: int = 1) -> None:
        self.fail_next.setdefault(method, []).append(
            (429, {"ok": False, "error": "ratelimited"}, {"Retry-After": str(retry_after)})
        )

    def posts(self, channel: str | None = None) -> list[Call]:
        with self.lock:
            return [
                c
                for c in self.calls
                if c["method"] == "chat.postMessage"
                and (channel is None or c["args"].get("channel") == channel)
            ]

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 20.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.02)
        raise AssertionError(f"timed out after {timeout} s waiting for {predicate}")

    # -- Socket Mode ------------------------------------------------------------------------

    def _ws_session(self, conn: ServerConnection) -> None:
        path = (conn.request.path if conn.request else "").split("?", 1)[0]
        key = path.rstrip("/").rsplit("/", 1)[-1]
        with self._ws_lock:
            self.ws_connections.append(conn)
            token = self._ws_tokens.get(key)
            if token:
                self.ws_by_token.setdefault(token, []).append(conn)
        conn.send(
            json.dumps(
                {
                    "type": "hello",
                    "num_connections": 1,
                    "debug_info": {"host": "fake"},
                    "connection_info": {},
                }
            )
        )
        try:
            for raw in conn:
                msg = json.loads(raw)
                with self._ws_lock:
                    self.ws_received.append(msg)
                    if "envelope_id" in msg:
                        self.acks[msg["envelope_id"]] = time.monotonic()
        except Exception:
            pass
        finally:
            with self._ws_lock:
                if conn in self.ws_connections:
                    self.ws_connections.remove(conn)
                for conns in self.ws_by_token.values():
                    if conn in conns:
                        conns.remove(conn)

    def connected(self, app_token: str | None = None) -> ServerConnection | None:
        """The newest live connection (of that app token's instance, when given)."""
        with self._ws_lock:
            conns = self.ws_connections if app_token is None else self.ws_by_token.get(app_token)
            return conns[-1] if conns else None

    def send_envelope(
        self,
        payload: dict[str, Any],
        kind: str = "events_api",
        envelope_id: str | None = None,
        retry_attempt: int = 0,
        to: str | None = None,
    ) -> tuple[str, float]:
        """Send an envelope on the live connection (of the instance with app token `to`, when
        given); returns its id and when it was sent."""
        envelope_id = envelope_id or uuid.uuid4().hex
        conn = self.wait_for(lambda: self.connected(to))
        with self._ws_lock:
            self.sent_to[envelope_id] = to
        sent = time.monotonic()
        conn.send(
            json.dumps(
                {
                    "envelope_id": envelope_id,
                    "type": kind,
                    "payload": payload,
                    "accepts_response_payload": False,
                    "retry_attempt": retry_attempt,
                    "retry_reason": "timeout" if retry_attempt else "",
                }
            )
        )
        return envelope_id, sent

    def ask_to_reconnect(self) -> None:
        conn = self.wait_for(self.connected)
        conn.send(
            json.dumps(
                {
                    "type": "disconnect",
                    "reason": "refresh_requested",
                    "debug_info": {"host": "fake"},
                }
            )
        )


def event_callback(event: dict[str, Any], event_id: str | None = None) -> dict[str, Any]:
    """An Events API envelope body as Slack sends it."""
    return {
        "token": "verification-token-unused",
        "team_id": TEAM,
        "api_app_id": "A0001",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or "Ev" + uuid.uuid4().hex[:10].upper(),
        "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True}],
    }


def message_event(
    text: str, channel: str = "C0001", ts: str | None = None, **extra: Any
) -> dict[str, Any]:
    return {
        "type": "message",
        "channel": channel,
        "user": "U0HUMAN",
        "text": text,
        "ts": ts or f"{time.time():.6f}",
        "channel_type": "channel",
        "team": TEAM,
        **extra,
    }

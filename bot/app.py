"""The composition root: settings -> core -> Slack clients -> Bolt app -> Socket Mode or HTTP.

The only module of `bot/` that imports Slack's libraries; the core stays Slack-free.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from slack_bolt import App, BoltRequest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.signature import SignatureVerifier

from bot.briefs import BriefService
from bot.config import ConfigError, Settings, load_settings
from bot.core import Core, build_core
from bot.remembering.store import Store
from bot.understanding.nlp import ModelNotFound

log = logging.getLogger("newsbrief")
TRANSIENT_ERRORS = {"internal_error", "fatal_error", "service_unavailable", "request_timeout"}
TRANSIENT_RETRIES = 3


def web_client(token: str | None, settings: Settings) -> WebClient:
    """A Web API client on SLACK_API_URL that retries 429s (honouring Retry-After), 5xx and
    dropped connections a bounded number of times."""
    return WebClient(
        token=token,
        base_url=settings.slack_api_url,
        timeout=15,
        retry_handlers=[
            RateLimitErrorRetryHandler(max_retry_count=5),
            ServerErrorRetryHandler(max_retry_count=2),
            ConnectionErrorRetryHandler(max_retry_count=2),
        ],
    )


class SlackPoster:
    """The BriefService's view of Slack: reactions and threaded replies."""

    def __init__(self, client: WebClient) -> None:
        self.client = client

    def react(self, channel: str, ts: str, name: str) -> None:
        try:
            self.client.reactions_add(channel=channel, timestamp=ts, name=name)
        except SlackApiError as exc:
            if exc.response.get("error") != "already_reacted":
                raise

    def permalink(self, channel: str, ts: str) -> str | None:
        try:
            return self.client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
        except SlackApiError:
            return None

    def publish_home(self, user: str, view: dict[str, Any]) -> None:
        self.client.views_publish(user_id=user, view=view)

    def reply(
        self, channel: str, thread_ts: str, text: str, blocks: list[dict[str, Any]] | None = None
    ) -> str | None:
        for attempt in range(TRANSIENT_RETRIES + 1):
            try:
                resp = self.client.chat_postMessage(
                    channel=channel,
                    thread_ts=thread_ts,
                    text=text,
                    blocks=blocks,
                    unfurl_links=False,
                    unfurl_media=False,
                )
                return resp.get("ts")
            except SlackApiError as exc:
                # 429s and 5xx are retried by the client's handlers; these come back as 200
                if (
                    exc.response.get("error") not in TRANSIENT_ERRORS
                    or attempt == TRANSIENT_RETRIES
                ):
                    raise
                time.sleep(0.5 * 2**attempt)
        return None


def build_app(
    settings: Settings, core: Core, store: Store | None = None, bot_user_id: str | None = None
) -> tuple[App, BriefService]:
    """The Bolt app with every listener registered, and the service behind it."""
    from handlers import register_all

    client = web_client(settings.slack_bot_token, settings)
    app = App(
        client=client,
        signing_secret=settings.slack_signing_secret or "",
        request_verification_enabled=not settings.socket_mode,
        process_before_response=False,
        ignoring_self_events_enabled=True,
        logger=logging.getLogger("newsbrief.bolt"),
    )
    service = BriefService(
        core,
        store or Store(settings.database_url),
        SlackPoster(client),
        workers=max(4, settings.workers * 4),
        repost_window_hours=settings.repost_window_hours,
        bot_user_id=bot_user_id,
    )
    register_all(app, service)
    return app, service


class _EventsHandler(BaseHTTPRequestHandler):
    """POST /slack/events into Bolt (which verifies the signature and acks)."""

    app: App
    secret: str
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt: str, *args: Any) -> None:
        log.debug("http: " + fmt, *args)

    def do_POST(self) -> None:
        if self.path.split("?", 1)[0] != "/slack/events":
            self._send(404, b"not found", {})
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= 1_000_000:  # Slack's events are small; refuse the rest
            self._send(400 if length < 0 else 413, b"bad request body", {})
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        headers = {k.lower(): [v] for k, v in self.headers.items()}
        query = self.path.split("?", 1)[1] if "?" in self.path else ""
        verifier = SignatureVerifier(self.secret)
        if not verifier.is_valid_request(body, {k: v[0] for k, v in headers.items()}):
            self._send(401, b"invalid signature", {})
            return
        if not _well_formed(body):
            log.warning("malformed Slack request refused")
            self._send(400, b"malformed event", {})
            return
        resp = self.app.dispatch(BoltRequest(body=body, query=query, headers=headers))
        out_headers = {k: ", ".join(v) for k, v in resp.headers.items()}
        self._send(resp.status, (resp.body or "").encode(), out_headers)

    def do_GET(self) -> None:
        self._send(200 if self.path == "/healthz" else 404, b"ok", {})

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for k, v in headers.items():
            if k.lower() not in ("content-length",):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _well_formed(body: str) -> bool:
    """An Events API body must be a JSON object; an event_callback must carry an event object.
    Interactive payloads (form-encoded) are left to Bolt."""
    if body.lstrip().startswith("{"):
        try:
            data = json.loads(body)
        except ValueError:
            return False
        if not isinstance(data, dict):
            return False
        return data.get("type") != "event_callback" or isinstance(data.get("event"), dict)
    return body.startswith("payload=") or "=" in body


def serve_http(app: App, settings: Settings, stop: threading.Event) -> None:
    port = settings.port
    handler = type(
        "Handler", (_EventsHandler,), {"app": app, "secret": settings.slack_signing_secret or ""}
    )
    server = ThreadingHTTPServer(("0.0.0.0", port), handler)
    server.daemon_threads = True
    log.info(
        "listening for Slack events on http://0.0.0.0:%s/slack/events", server.server_address[1]
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    stop.wait()
    server.shutdown()
    server.server_close()


def serve_socket_mode(app: App, settings: Settings, stop: threading.Event) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    handler = SocketModeHandler(
        app, settings.slack_app_token, web_client=web_client(settings.slack_bot_token, settings)
    )
    handler.connect()  # returns once connected; reconnects by itself when Slack asks
    log.info("connected to Slack in Socket Mode")
    stop.wait()
    handler.close()


def main() -> int:
    """Run the Slack app until Ctrl-C or SIGTERM; 1 with one clear line on bad setup."""
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    problems = settings.slack_problems()
    if problems:
        print("newsbrief: cannot start the Slack app: " + "; ".join(problems), file=sys.stderr)
        return 1
    try:
        who = web_client(settings.slack_bot_token, settings).auth_test()
    except SlackApiError as exc:
        print(
            f"newsbrief: Slack refused the bot token ({exc.response.get('error')}); check "
            "SLACK_BOT_TOKEN",
            file=sys.stderr,
        )
        return 1
    except (SlackClientError, OSError) as exc:
        print(f"newsbrief: cannot reach Slack at {settings.slack_api_url} ({exc})", file=sys.stderr)
        return 1
    try:
        core = build_core(settings, analysis_processes=settings.analysis_processes)
    except ModelNotFound as exc:
        print(f"newsbrief: {exc}", file=sys.stderr)
        return 1
    try:
        store = Store(settings.database_url)
    except Exception as exc:  # a bad URL, an unreachable server, a read-only file
        print(
            f"newsbrief: cannot open the database {settings.database_url} ({exc})", file=sys.stderr
        )
        core.close()
        return 1
    app, service = build_app(settings, core, store, bot_user_id=who.get("user_id"))
    mode = "Socket Mode" if settings.socket_mode else f"HTTP on port {settings.port}"
    log.info(
        "newsbrief connected as @%s (%s) in %s (%s) via %s",
        who.get("user"),
        who.get("user_id"),
        who.get("team"),
        who.get("team_id"),
        mode,
    )
    stop = threading.Event()

    def on_signal(signum: int, _frame: Any) -> None:
        log.info("stopping (signal %s)", signum)
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        if settings.socket_mode:
            serve_socket_mode(app, settings, stop)
        else:
            serve_http(app, settings, stop)
    except SlackApiError as exc:
        print(
            f"newsbrief: Slack refused the Socket Mode connection "
            f"({exc.response.get('error')}); check SLACK_APP_TOKEN (xapp-, connections:write)",
            file=sys.stderr,
        )
        return 1
    except (SlackClientError, OSError) as exc:
        print(f"newsbrief: cannot serve Slack events ({exc})", file=sys.stderr)
        return 1
    finally:
        service.close()
        core.close()
        store.close()
    log.info("stopped")
    return 0

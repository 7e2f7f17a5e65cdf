"""The Slack runtime: settings -> core -> Web API client -> Bolt app -> Socket Mode or HTTP.

`python -m bot run` starts it (the CLI imports it there and nowhere else). In HTTP mode our own
small server takes POST /slack/events: it bounds the body, checks Slack's signature (once: Bolt's
own check is off) and refuses malformed JSON before Bolt parses it.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from slack_bolt import App, BoltRequest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.signature import SignatureVerifier

from bot.config import ConfigError, Settings, load_settings
from bot.core import Core, build_core
from bot.remembering.store import Store
from bot.service import BriefService, ServiceLimits
from bot.understanding.nlp import ModelNotFound
from handlers.listeners import register
from handlers.poster import SlackPoster, web_client

log = logging.getLogger("newsbrief")
# Slack's events are small; a bigger body is refused unread.
MAX_EVENT_BYTES = 1_000_000
EVENTS_PATH = "/slack/events"


def client_for(settings: Settings) -> WebClient:
    return web_client(settings.slack_bot_token, settings.slack_api_url, settings.slack_client)


def build_app(
    settings: Settings, core: Core, store: Store | None = None, bot_user_id: str | None = None
) -> tuple[App, BriefService]:
    """The Bolt app with every listener registered, and the service behind it."""
    client = client_for(settings)
    app = App(
        client=client,
        signing_secret=settings.slack_signing_secret or "",
        # HTTP requests are verified by our server before they reach Bolt; Socket Mode has none
        request_verification_enabled=False,
        # the listener runs before the ack: it only records each link as a durable job (one
        # insert) and hands it to the pool, so an acknowledged link survives a crash
        process_before_response=True,
        ignoring_self_events_enabled=True,
        logger=logging.getLogger("newsbrief.bolt"),
    )
    service = BriefService(
        core,
        store or Store(settings.database_url),
        SlackPoster(client, bot_user_id),
        limits=ServiceLimits(
            jobs=settings.brief_jobs,
            repost_window_hours=settings.repost_window_hours,
            channel_scope_articles=settings.channel_scope_articles,
            home_articles=settings.home_articles,
            shutdown_grace=settings.shutdown_grace,
            job_lease_seconds=settings.job_lease_seconds,
            job_poll_seconds=settings.job_poll_seconds,
            job_max_attempts=settings.job_max_attempts,
        ),
    )
    register(app, service)
    return app, service


class _EventsHandler(BaseHTTPRequestHandler):
    """POST /slack/events: bounded, signature-checked (the one check), well-formed, into Bolt
    (which acks)."""

    app: App
    secret: str
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt: str, *args: Any) -> None:
        log.debug("http: " + fmt, *args)

    def do_POST(self) -> None:
        if self.path.split("?", 1)[0] != EVENTS_PATH:
            self._send(404, b"not found", {})
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_EVENT_BYTES:
            self._send(400 if length < 0 else 413, b"bad request body", {})
            return
        raw = self.rfile.read(length)
        headers = {k.lower(): [v] for k, v in self.headers.items()}
        query = self.path.split("?", 1)[1] if "?" in self.path else ""
        if not SignatureVerifier(self.secret).is_valid_request(raw, self.headers):
            self._send(401, b"invalid signature", {})
            return
        body = raw.decode("utf-8", "replace")
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

    handler = SocketModeHandler(app, settings.slack_app_token, web_client=client_for(settings))
    handler.connect()  # returns once connected; reconnects by itself when Slack asks
    log.info("connected to Slack in Socket Mode")
    stop.wait()
    handler.close()


class StartError(Exception):
    """Start-up cannot go on; the message is the one line the operator reads."""


def _say(line: str) -> None:
    print(f"newsbrief: {line}", file=sys.stderr)


def who_am_i(settings: Settings) -> dict[str, Any]:
    """auth.test: the bot's own identity, and proof that the token and SLACK_API_URL work."""
    try:
        return dict(client_for(settings).auth_test().data)  # type: ignore[arg-type]
    except SlackApiError as exc:
        raise StartError(
            f"Slack refused the bot token ({exc.response.get('error')}); check SLACK_BOT_TOKEN"
        ) from None
    except (SlackClientError, OSError) as exc:
        raise StartError(f"cannot reach Slack at {settings.slack_api_url} ({exc})") from None


def open_core_and_store(settings: Settings) -> tuple[Core, Store]:
    try:
        core = build_core(settings, analysis_processes=settings.analysis_processes)
    except ModelNotFound as exc:
        raise StartError(str(exc)) from None
    try:
        return core, Store(settings.database_url)
    except Exception as exc:  # a bad URL, an unreachable server, a read-only file
        core.close()
        raise StartError(f"cannot open the database {settings.database_url} ({exc})") from None


def serve(app: App, settings: Settings) -> None:
    """Serve in the configured mode until SIGINT or SIGTERM."""
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
        raise StartError(
            f"Slack refused the Socket Mode connection ({exc.response.get('error')}); check "
            "SLACK_APP_TOKEN (xapp-, connections:write)"
        ) from None
    except (SlackClientError, OSError) as exc:
        raise StartError(f"cannot serve Slack events ({exc})") from None


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
        _say("cannot start the Slack app: " + "; ".join(problems))
        return 1
    try:
        who = who_am_i(settings)
        core, store = open_core_and_store(settings)
    except StartError as exc:
        _say(str(exc))
        return 1
    app, service = build_app(settings, core, store, bot_user_id=who.get("user_id"))
    service.start()  # take over what crashed instances left, from now on
    mode = "Socket Mode" if settings.socket_mode else f"HTTP on port {settings.port}"
    log.info(
        "newsbrief connected as @%s (%s) in %s (%s) via %s",
        *(who.get(k) for k in ("user", "user_id", "team", "team_id")),
        mode,
    )
    try:
        serve(app, settings)
    except StartError as exc:
        _say(str(exc))
        return 1
    finally:
        service.close()
        core.close()
        store.close()
    log.info("stopped")
    return 0

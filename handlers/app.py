"""The Slack runtime: settings -> core -> Web API client -> Bolt app -> Socket Mode or HTTP.

`python -m bot run` starts it (the CLI imports it there and nowhere else). In HTTP mode our own
small server takes POST /slack/events on HOST:PORT: it bounds the body, the time a request may
take to arrive and the connections served at once, checks Slack's signature (once: Bolt's own
check is off) and refuses malformed bodies before Bolt handles them; every request gets a status.
"""

from __future__ import annotations

import contextlib
import logging
import re
import signal
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from slack_bolt import App, BoltRequest
from slack_bolt.request.internals import extract_content_type, parse_body
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
# The start-up check's logger: its failure is reported once, by `main`, in one line.
_QUIET = logging.getLogger("newsbrief.startup")
_QUIET.setLevel(logging.CRITICAL + 1)


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
    """POST /slack/events: bounded in size and time, signature-checked (the one check),
    well-formed, into Bolt (which acks). Whatever arrives, the client gets a status line."""

    app: App
    secret: str
    request_timeout: float = 10.0
    protocol_version = "HTTP/1.1"
    _clock: threading.Timer | None = None

    def setup(self) -> None:
        self.timeout = self.request_timeout  # each socket read and write, responses included
        super().setup()

    def log_message(self, fmt: str, *args: Any) -> None:
        log.debug("http: " + fmt, *args)

    def handle_one_request(self) -> None:
        """One request, which must arrive whole within `request_timeout` of the last one (an
        idle keep-alive connection counts): a client that stalls or trickles is hung up on, so
        it holds its thread and its connection slot that long at most."""
        self._clock = threading.Timer(self.request_timeout, self._hang_up)
        self._clock.daemon = True
        self._clock.start()
        try:
            super().handle_one_request()
        finally:
            self._clock.cancel()

    def _hang_up(self) -> None:
        log.info("http: a request from %s did not arrive in time", self.client_address[0])
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _arrived(self) -> None:
        """The request has been read: its deadline no longer applies."""
        if self._clock is not None:
            self._clock.cancel()

    def do_POST(self) -> None:
        if self.path.split("?", 1)[0] != EVENTS_PATH:
            self._arrived()
            self._send(404, b"not found", {})
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_EVENT_BYTES:
            self._arrived()
            self.close_connection = True  # the unread body must not be taken for a request
            self._send(400 if length < 0 else 413, b"bad request body", {})
            return
        raw = self.rfile.read(length)
        self._arrived()
        if len(raw) < length:  # hung up on, or the client went away
            self.close_connection = True
            return
        if not _signed(self.secret, raw, self.headers):
            self._send(401, b"invalid signature", {})
            return
        body = raw.decode("utf-8")  # _signed accepts UTF-8 only
        headers = {k.lower(): [v] for k, v in self.headers.items()}
        query = self.path.split("?", 1)[1] if "?" in self.path else ""
        request = _bolt_request(body, query, headers)
        if request is None:
            log.warning("malformed Slack request refused")
            self._send(400, b"malformed event", {})
            return
        try:
            resp = self.app.dispatch(request)
        except Exception:
            log.exception("the Slack request could not be handled")
            self._send(500, b"internal error", {})
            return
        out_headers = {k: ", ".join(v) for k, v in resp.headers.items()}
        self._send(resp.status, (resp.body or "").encode(), out_headers)

    def do_GET(self) -> None:
        self._arrived()
        self._send(200 if self.path == "/healthz" else 404, b"ok", {})

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        try:
            self.send_response(status)
            for k, v in headers.items():
                if k.lower() not in ("content-length",):
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client went away, or was hung up on: nothing left to tell it
            self.close_connection = True


# Slack's timestamps are whole seconds; SignatureVerifier int()s the header and raises on "",
# "1.5" or "abc" (and Python's int() takes "1_0" and non-ASCII digits): only plain digits pass.
_TIMESTAMP = re.compile(r"[0-9]{1,12}")
# Slack's payloads nest a few levels (rich text about ten); far deeper JSON is not from Slack and
# would only cost recursion further in.
MAX_JSON_DEPTH = 64


def _signed(secret: str, raw: bytes, headers: Any) -> bool:
    """Slack's v0 signature over this UTF-8 body, with a timestamp of the last five minutes."""
    timestamp = headers.get("X-Slack-Request-Timestamp") or ""
    signature = headers.get("X-Slack-Signature") or ""
    if not _TIMESTAMP.fullmatch(timestamp) or not signature:
        return False
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return SignatureVerifier(secret).is_valid(body, timestamp, signature)


def _depth_within(data: Any, limit: int) -> bool:
    """Whether lists and objects nest at most `limit` deep (walked without recursion)."""
    stack = [(data, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return False
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return True


def _bolt_request(body: str, query: str, headers: dict[str, list[str]]) -> BoltRequest | None:
    """The request as Bolt reads it, or None when it is malformed: Bolt's own body parser (JSON,
    or a form whose `payload` is JSON) must give an object of sane depth, an event_callback must
    carry an event object, and Bolt must be able to build its context from it."""
    try:
        data = parse_body(body, extract_content_type(headers))
    except (ValueError, RecursionError):  # bad JSON, bad form payload, JSON nested too deep
        return None
    if not isinstance(data, dict) or not data or not _depth_within(data, MAX_JSON_DEPTH):
        return None
    if data.get("type") == "event_callback" and not isinstance(data.get("event"), dict):
        return None
    try:
        return BoltRequest(body=body, query=query, headers=headers)
    except Exception as exc:  # fields of unexpected types ("enterprise": 5, ...)
        log.debug("Bolt cannot read the request: %r", exc)
        return None


class EventsServer(ThreadingHTTPServer):
    """A thread per connection, at most `max_connections` at once: one more gets 503 at once
    and is closed, so stalled clients cannot take every thread."""

    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], handler: type[_EventsHandler], max_connections: int
    ) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.max_connections = max_connections
        self._slots = threading.BoundedSemaphore(max_connections)
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            self._refuse(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:  # no thread started: the slot is free again
            self._slots.release()
            self.shutdown_request(request)
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def _refuse(self, request: socket.socket) -> None:
        """503 without reading or waiting (on the accepting thread, so never blocking)."""
        log.warning("http: %s connections already open; one more refused", self.max_connections)
        try:
            request.setblocking(False)
            request.send(BUSY_RESPONSE)
        except OSError:
            pass
        self.shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """One line in the log instead of a traceback on stderr."""
        exc = sys.exc_info()[1]
        log.warning("http: the connection from %s failed (%r)", client_address[0], exc)
        log.debug("http: connection failure", exc_info=True)


BUSY_RESPONSE = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 5\r\nRetry-After: 1\r\n"
    b"Connection: close\r\n\r\nbusy\n"
)


def http_server(app: App, settings: Settings) -> EventsServer:
    """The events server bound to HOST:PORT, not yet serving."""
    handler = type(
        "Handler",
        (_EventsHandler,),
        {
            "app": app,
            "secret": settings.slack_signing_secret or "",
            "request_timeout": settings.http_request_timeout,
        },
    )
    return EventsServer((settings.host, settings.port), handler, settings.http_max_connections)


def serve_http(app: App, settings: Settings, stop: threading.Event) -> None:
    server = http_server(app, settings)
    host, port = server.server_address[:2]
    shown = f"[{host}]" if ":" in str(host) else host
    log.info("listening for Slack events on http://%s:%s/slack/events", shown, port)
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
    """auth.test: the bot's own identity, and proof that the token and SLACK_API_URL work.

    One quiet try: the client's retries and their log lines (seven of them for a refused
    connection) would only delay the one line the operator needs, and a supervisor restarts
    the process anyway."""
    client = WebClient(
        token=settings.slack_bot_token,
        base_url=settings.slack_api_url,
        timeout=settings.slack_client.timeout,  # type: ignore[arg-type]  # seconds, a float
        retry_handlers=[],
        logger=_QUIET,  # slack_sdk logs every failed request at ERROR
    )
    try:
        return dict(client.auth_test().data)  # type: ignore[arg-type]
    except SlackApiError as exc:
        raise StartError(
            f"Slack refused the bot token ({exc.response.get('error')}); check SLACK_BOT_TOKEN"
        ) from None
    except (SlackClientError, OSError) as exc:
        raise StartError(
            f"cannot reach Slack at {settings.slack_api_url} ({_reason(exc)}); check the "
            "network and SLACK_API_URL"
        ) from None


def _reason(exc: Exception) -> str:
    """The cause in words ("Connection refused"), not urllib's "<urlopen error [Errno 111] ...>"."""
    reason = getattr(exc, "reason", None) or exc
    return str(getattr(reason, "strerror", None) or reason)


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

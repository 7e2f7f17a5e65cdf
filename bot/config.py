"""Settings: the environment read once into a frozen, validated object.

Every problem is collected before failing, so an operator fixes a broken `.env` in one pass
instead of one variable per restart.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

DEFAULT_SLACK_API_URL = "https://slack.com/api/"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
MIN_BRIEF_JOBS = 4


class ConfigError(Exception):
    """Raised with every invalid or missing variable named, one per line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid configuration: " + "; ".join(problems))

    def report(self) -> str:
        """What the command line prints: every problem on its own line."""
        return "newsbrief: configuration error:\n  " + "\n  ".join(self.problems)


@dataclass(frozen=True)
class FetchLimits:
    """Bounds on one article fetch; see the fetcher for how each is enforced."""

    deadline: float = 15.0
    connect_timeout: float = 5.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allowed_ports: frozenset[int] = frozenset({80, 443})
    allow_private: tuple[str, ...] = ()
    proxy: str | None = None
    extract_timeout: float = 10.0


@dataclass(frozen=True)
class SlackClientLimits:
    """How long a Slack Web API call may take and how often each kind of failure is retried."""

    timeout: float = 15.0
    rate_limit_retries: int = 5
    server_error_retries: int = 2
    connection_retries: int = 2
    transient_retries: int = 3


@dataclass(frozen=True)
class Settings:
    """Everything the process reads from its environment."""

    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None
    slack_api_url: str = DEFAULT_SLACK_API_URL
    port: int = 3000
    # the HTTP Events API server (issue 11): where it listens, how many connections it serves
    # at once (more are refused with 503), and how long one request may take to arrive
    host: str = "0.0.0.0"
    http_max_connections: int = 64
    http_request_timeout: float = 10.0
    spacy_model: str | None = None
    gazetteer_extra: str | None = None
    database_url: str = "sqlite:///newsbrief.db"
    log_level: str = "INFO"
    workers: int = 4
    analysis_processes: int = 2
    repost_window_hours: float = 24.0
    jobs_per_worker: int = 4
    channel_scope_articles: int = 5
    home_articles: int = 20
    shutdown_grace: float = 10.0
    job_lease_seconds: float = 60.0
    job_poll_seconds: float = 10.0
    job_max_attempts: int = 3
    fetch: FetchLimits = field(default_factory=FetchLimits)
    slack_client: SlackClientLimits = field(default_factory=SlackClientLimits)
    # analysis bounds (issue 11): the first ANALYSIS_MAX_CHARS characters are analysed, and a
    # worker still busy after ANALYSIS_TIMEOUT seconds is replaced (the link gets a reply)
    analysis_max_chars: int = 100_000
    analysis_timeout: float = 60.0

    @property
    def brief_jobs(self) -> int:
        """Briefs under way at once in the Slack app: several per fetch worker, since most of a
        brief is waiting on a site, and never fewer than `MIN_BRIEF_JOBS`."""
        return max(MIN_BRIEF_JOBS, self.workers * self.jobs_per_worker)

    @property
    def socket_mode(self) -> bool:
        """Socket Mode whenever an app-level token is present (no public URL needed)."""
        return bool(self.slack_app_token)

    def slack_problems(self) -> list[str]:
        """What is missing to run the Slack app (the CLI analyses need none of it)."""
        problems = []
        if not self.slack_bot_token:
            problems.append("SLACK_BOT_TOKEN is missing (the xoxb- token from OAuth & Permissions)")
        elif not self.slack_bot_token.startswith("xoxb-"):
            problems.append("SLACK_BOT_TOKEN must start with 'xoxb-'")
        if self.slack_app_token:
            if not self.slack_app_token.startswith("xapp-"):
                problems.append("SLACK_APP_TOKEN must start with 'xapp-'")
        elif not self.slack_signing_secret:
            problems.append(
                "set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP Events API)"
            )
        return problems


def _number(
    env: Mapping[str, str],
    name: str,
    default: float,
    problems: list[str],
    *,
    integer: bool = False,
    minimum: float = 0,
    maximum: float | None = None,
) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value: float = int(raw) if integer else float(raw)
    except ValueError:
        kind = "a whole number" if integer else "a number"
        problems.append(f"{name} must be {kind}, got {raw!r}")
        return default
    if value < minimum or (maximum is not None and value > maximum):
        bound = f"between {minimum} and {maximum}" if maximum is not None else f">= {minimum}"
        problems.append(f"{name} must be {bound}, got {raw!r}")
        return default
    return value


def _host(raw: str, problems: list[str]) -> str:
    host = raw.strip() or "0.0.0.0"
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if not all(c.isalnum() or c in "-." for c in host):
            problems.append(f"HOST must be an IP address or a host name, got {raw!r}")
            return "0.0.0.0"
    return host


def _private_hosts(raw: str, problems: list[str]) -> tuple[str, ...]:
    entries = []
    for item in (part.strip() for part in raw.split(",")):
        if not item:
            continue
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError:
            if not all(c.isalnum() or c in "-._" for c in item):
                problems.append(
                    f"FETCH_ALLOW_PRIVATE_HOSTS entry {item!r} is not an IP, CIDR or host"
                )
                continue
            item = item.lower().rstrip(".")
        entries.append(item)
    return tuple(entries)


def _ports(raw: str, problems: list[str]) -> frozenset[int]:
    ports = set()
    for item in (part.strip() for part in raw.split(",")):
        if not item:
            continue
        if not item.isdigit() or not 0 < int(item) < 65536:
            problems.append(f"FETCH_ALLOWED_PORTS entry {item!r} is not a port number")
            continue
        ports.add(int(item))
    return frozenset(ports) if ports else frozenset({80, 443})


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Read and validate settings; raise ConfigError naming every bad variable."""
    env = os.environ if env is None else env
    problems: list[str] = []

    api_url = env.get("SLACK_API_URL", "").strip() or DEFAULT_SLACK_API_URL
    parts = urlsplit(api_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        problems.append(f"SLACK_API_URL must be an http(s) URL, got {api_url!r}")
    elif not api_url.endswith("/"):
        api_url += "/"

    log_level = (env.get("LOG_LEVEL", "").strip() or "INFO").upper()
    if log_level not in LOG_LEVELS:
        problems.append(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {log_level!r}")
        log_level = "INFO"

    database_url = env.get("DATABASE_URL", "").strip() or "sqlite:///newsbrief.db"
    if "://" not in database_url:
        problems.append(
            f"DATABASE_URL must look like sqlite:///path or postgresql://..., got {database_url!r}"
        )

    proxy = env.get("FETCH_PROXY", "").strip() or None
    if proxy and urlsplit(proxy).scheme not in ("http", "https"):
        problems.append(f"FETCH_PROXY must be an http(s) URL, got {proxy!r}")

    fetch = FetchLimits(
        deadline=_number(env, "FETCH_TIMEOUT", 15.0, problems, minimum=0.1, maximum=300),
        connect_timeout=_number(
            env, "FETCH_CONNECT_TIMEOUT", 5.0, problems, minimum=0.1, maximum=120
        ),
        max_bytes=int(
            _number(env, "FETCH_MAX_BYTES", 5_000_000, problems, integer=True, minimum=1024)
        ),
        max_redirects=int(
            _number(env, "FETCH_MAX_REDIRECTS", 5, problems, integer=True, maximum=20)
        ),
        allowed_ports=_ports(env.get("FETCH_ALLOWED_PORTS", ""), problems),
        allow_private=_private_hosts(env.get("FETCH_ALLOW_PRIVATE_HOSTS", ""), problems),
        proxy=proxy,
        extract_timeout=_number(env, "EXTRACT_TIMEOUT", 10.0, problems, minimum=0.1, maximum=300),
    )
    settings = Settings(
        slack_bot_token=env.get("SLACK_BOT_TOKEN", "").strip() or None,
        slack_app_token=env.get("SLACK_APP_TOKEN", "").strip() or None,
        slack_signing_secret=env.get("SLACK_SIGNING_SECRET", "").strip() or None,
        slack_api_url=api_url,
        port=int(_number(env, "PORT", 3000, problems, integer=True, minimum=0, maximum=65535)),
        host=_host(env.get("HOST", ""), problems),
        http_max_connections=int(
            _number(
                env, "HTTP_MAX_CONNECTIONS", 64, problems, integer=True, minimum=1, maximum=4096
            )
        ),
        http_request_timeout=_number(
            env, "HTTP_REQUEST_TIMEOUT", 10.0, problems, minimum=0.1, maximum=300
        ),
        spacy_model=env.get("SPACY_MODEL", "").strip() or None,
        gazetteer_extra=env.get("GAZETTEER_EXTRA", "").strip() or None,
        database_url=database_url,
        log_level=log_level,
        workers=int(_number(env, "WORKERS", 4, problems, integer=True, minimum=1, maximum=64)),
        analysis_processes=int(
            _number(env, "ANALYSIS_PROCESSES", 2, problems, integer=True, minimum=0, maximum=32)
        ),
        repost_window_hours=_number(env, "REPOST_WINDOW_HOURS", 24.0, problems, minimum=0),
        jobs_per_worker=int(
            _number(env, "BRIEF_JOBS_PER_WORKER", 4, problems, integer=True, minimum=1, maximum=64)
        ),
        channel_scope_articles=int(
            _number(env, "CHANNEL_SCOPE_ARTICLES", 5, problems, integer=True, minimum=1)
        ),
        home_articles=int(_number(env, "HOME_ARTICLES", 20, problems, integer=True, minimum=1)),
        shutdown_grace=_number(
            env, "SHUTDOWN_GRACE_SECONDS", 10.0, problems, minimum=0, maximum=600
        ),
        job_lease_seconds=_number(
            env, "JOB_LEASE_SECONDS", 60.0, problems, minimum=1, maximum=3600
        ),
        job_poll_seconds=_number(
            env, "JOB_POLL_SECONDS", 10.0, problems, minimum=0.1, maximum=3600
        ),
        job_max_attempts=int(
            _number(env, "JOB_MAX_ATTEMPTS", 3, problems, integer=True, minimum=1, maximum=100)
        ),
        fetch=fetch,
        slack_client=SlackClientLimits(
            timeout=_number(env, "SLACK_TIMEOUT", 15.0, problems, minimum=1, maximum=300),
            rate_limit_retries=int(
                _number(env, "SLACK_RATE_LIMIT_RETRIES", 5, problems, integer=True, maximum=20)
            ),
            server_error_retries=int(
                _number(env, "SLACK_SERVER_ERROR_RETRIES", 2, problems, integer=True, maximum=20)
            ),
            connection_retries=int(
                _number(env, "SLACK_CONNECTION_RETRIES", 2, problems, integer=True, maximum=20)
            ),
            transient_retries=int(
                _number(env, "SLACK_TRANSIENT_RETRIES", 3, problems, integer=True, maximum=20)
            ),
        ),
        analysis_max_chars=int(
            _number(env, "ANALYSIS_MAX_CHARS", 100_000, problems, integer=True, minimum=1000)
        ),
        analysis_timeout=_number(env, "ANALYSIS_TIMEOUT", 60.0, problems, minimum=1, maximum=3600),
    )
    if settings.gazetteer_extra and not os.path.isfile(settings.gazetteer_extra):
        problems.append(f"GAZETTEER_EXTRA file not found: {settings.gazetteer_extra}")
    if problems:
        raise ConfigError(problems)
    return settings

import pytest

from bot.config import DEFAULT_SLACK_API_URL, ConfigError, load_settings


def test_defaults_need_nothing():
    s = load_settings({})
    assert s.slack_api_url == DEFAULT_SLACK_API_URL
    assert s.port == 3000
    assert s.fetch.deadline == 15.0
    assert s.fetch.max_bytes == 5_000_000
    assert s.fetch.allowed_ports == frozenset({80, 443})
    assert s.fetch.allow_private == ()
    assert s.database_url == "sqlite:///newsbrief.db"


def test_every_bad_variable_is_named_at_once():
    env = {
        "PORT": "eighty",
        "LOG_LEVEL": "LOUD",
        "SLACK_API_URL": "ftp://nope",
        "FETCH_TIMEOUT": "-1",
        "FETCH_MAX_BYTES": "1.5",
        "FETCH_ALLOWED_PORTS": "80,http",
        "FETCH_ALLOW_PRIVATE_HOSTS": "10.0.0.0/8,bad host!",
        "DATABASE_URL": "newsbrief.db",
    }
    with pytest.raises(ConfigError) as info:
        load_settings(env)
    text = "\n".join(info.value.problems)
    for name in env:
        assert name in text, name
    assert len(info.value.problems) == len(env)


def test_values_are_parsed():
    s = load_settings(
        {
            "SLACK_API_URL": "http://127.0.0.1:9/api",
            "FETCH_ALLOW_PRIVATE_HOSTS": "127.0.0.1, intranet.local., 10.1.0.0/16",
            "FETCH_ALLOWED_PORTS": "80,443,8080",
            "LOG_LEVEL": "debug",
        }
    )
    assert s.slack_api_url == "http://127.0.0.1:9/api/"
    assert s.fetch.allow_private == ("127.0.0.1", "intranet.local", "10.1.0.0/16")
    assert s.fetch.allowed_ports == frozenset({80, 443, 8080})
    assert s.log_level == "DEBUG"


def test_slack_problems():
    assert load_settings({}).slack_problems()  # nothing to connect with
    socket_mode = load_settings({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"})
    assert socket_mode.socket_mode and not socket_mode.slack_problems()
    http = load_settings({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"})
    assert not http.socket_mode and not http.slack_problems()
    wrong = load_settings({"SLACK_BOT_TOKEN": "xapp-1", "SLACK_APP_TOKEN": "xoxb-1"})
    assert len(wrong.slack_problems()) == 2


def test_settings_are_frozen():
    s = load_settings({})
    with pytest.raises(AttributeError):
        s.port = 1  # type: ignore[misc]


def test_env_example_documents_every_variable():
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    source = (root / "bot" / "config.py").read_text()
    read = set(re.findall(r'"([A-Z][A-Z0-9_]{2,})"', source)) - {
        "INFO",
        "DEBUG",
        "WARNING",
        "ERROR",
        "CRITICAL",
    }
    example = (root / ".env.example").read_text()
    documented = set(re.findall(r"^([A-Z][A-Z0-9_]+)=", example, re.M))
    assert read <= documented, read - documented
    for name in documented:  # each with a comment line just above
        block = example.split(f"\n{name}=")[0].rstrip().splitlines()
        assert block[-1].startswith("#"), name


def test_operator_numbers_from_the_environment():
    s = load_settings(
        {
            "WORKERS": "2",
            "BRIEF_JOBS_PER_WORKER": "3",
            "CHANNEL_SCOPE_ARTICLES": "7",
            "HOME_ARTICLES": "9",
            "SHUTDOWN_GRACE_SECONDS": "2.5",
            "SLACK_TIMEOUT": "20",
            "SLACK_RATE_LIMIT_RETRIES": "1",
            "SLACK_SERVER_ERROR_RETRIES": "0",
            "SLACK_CONNECTION_RETRIES": "4",
            "SLACK_TRANSIENT_RETRIES": "6",
        }
    )
    assert s.brief_jobs == 6 and s.channel_scope_articles == 7 and s.home_articles == 9
    assert s.shutdown_grace == 2.5
    c = s.slack_client
    assert (c.timeout, c.rate_limit_retries, c.server_error_retries) == (20, 1, 0)
    assert (c.connection_retries, c.transient_retries) == (4, 6)
    defaults = load_settings({})
    assert defaults.brief_jobs == 16 and defaults.slack_client.rate_limit_retries == 5
    assert load_settings({"WORKERS": "1"}).brief_jobs == 4  # never fewer than four


def test_every_setting_is_documented_in_env_example():
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    documented = set(re.findall(r"^([A-Z_]+)=", (root / ".env.example").read_text(), re.M))
    config = (root / "bot" / "config.py").read_text()
    read = set(re.findall(r'(?:_number\(env, |env\.get\()"([A-Z][A-Z_]+)"', config))
    assert {"SLACK_BOT_TOKEN", "FETCH_TIMEOUT", "SLACK_TRANSIENT_RETRIES"} <= read
    assert read - documented == set()


def test_job_lease_poll_and_attempts():
    s = load_settings({})
    assert (s.job_lease_seconds, s.job_poll_seconds, s.job_max_attempts) == (60.0, 10.0, 3)
    s = load_settings(
        {"JOB_LEASE_SECONDS": "5", "JOB_POLL_SECONDS": "0.5", "JOB_MAX_ATTEMPTS": "7"}
    )
    assert (s.job_lease_seconds, s.job_poll_seconds, s.job_max_attempts) == (5.0, 0.5, 7)
    with pytest.raises(ConfigError) as err:
        load_settings({"JOB_LEASE_SECONDS": "0", "JOB_MAX_ATTEMPTS": "none"})
    assert len(err.value.problems) == 2


def test_http_server_settings():
    """HOST (issue 11, item 12) and the HTTP server's bounds (item 11)."""
    default = load_settings({})
    assert (default.host, default.http_max_connections) == ("0.0.0.0", 64)
    assert default.http_request_timeout == 10.0
    s = load_settings(
        {"HOST": " 127.0.0.1 ", "HTTP_MAX_CONNECTIONS": "8", "HTTP_REQUEST_TIMEOUT": "2.5"}
    )
    assert (s.host, s.http_max_connections, s.http_request_timeout) == ("127.0.0.1", 8, 2.5)
    assert load_settings({"HOST": "::"}).host == "::"
    assert load_settings({"HOST": "localhost"}).host == "localhost"
    with pytest.raises(ConfigError) as info:
        load_settings(
            {"HOST": "bad host!", "HTTP_MAX_CONNECTIONS": "0", "HTTP_REQUEST_TIMEOUT": "x"}
        )
    assert len(info.value.problems) == 3

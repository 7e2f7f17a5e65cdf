"""Links from Slack reach the core only as web addresses (issue 11, item 5)."""

from __future__ import annotations

import pytest

from bot.config import load_settings
from bot.core import build_core
from bot.remembering.store import Store
from bot.service import BriefService, Message
from tests.bot.test_service import FakePoster, run


@pytest.fixture(scope="module")
def core():
    settings = load_settings({"FETCH_ALLOW_PRIVATE_HOSTS": "127.0.0.1", "FETCH_TIMEOUT": "3"})
    c = build_core(settings, extract_in_process=True)
    yield c
    c.close()


def test_a_link_is_only_ever_read_as_a_url(core, tmp_path, monkeypatch):
    """A Slack "link" that is really a file path, as the red team sent it (a leading space,
    so `" http://127.0.0.1:1/secret.txt"` names the file ` http:/127.0.0.1:1/secret.txt`), gets
    a failure reply and no file is ever read (issue 11, item 5)."""
    monkeypatch.chdir(tmp_path)
    secret = tmp_path / " http:" / "127.0.0.1:1" / "secret.txt"
    secret.parent.mkdir(parents=True)
    secret.write_text(
        "Lumen Labs opens its Aurora model\n\n"
        + "Lumen Labs said on Monday that it will publish the weights of its Aurora model under "
        "an open licence, and its chief executive argued that open models help small teams. " * 6
    )
    sneaky = " http://127.0.0.1:1/secret.txt"
    assert core.analyze_source(sneaky).players  # what a file reader makes of it
    poster = FakePoster()
    service = BriefService(core, Store("sqlite://"), poster, workers=2)
    run(service, Message(channel="CL", ts="80.1"), [sneaky, str(secret), "file://" + str(secret)])
    assert [r["kind"] for r in poster.replies] == ["failure"] * 3
    codes = sorted(r["failure"].code for r in poster.replies)
    assert codes == ["connect_failed", "invalid_url", "invalid_url"]  # port 1 on loopback: refused

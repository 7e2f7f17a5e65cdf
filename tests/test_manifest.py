"""The app manifest asks for exactly what the app uses."""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_manifest_scopes_and_events():
    manifest = json.loads((ROOT / "manifest.json").read_text())
    assert sorted(manifest["oauth_config"]["scopes"]["bot"]) == sorted(
        [
            "chat:write",
            "reactions:write",
            "app_mentions:read",
            "channels:history",
            "groups:history",
            "im:history",
        ]
    )
    assert sorted(manifest["settings"]["event_subscriptions"]["bot_events"]) == sorted(
        ["app_mention", "message.channels", "message.groups", "message.im", "app_home_opened"]
    )
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    assert manifest["settings"]["socket_mode_enabled"] is True

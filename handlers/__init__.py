"""Slack listeners, one module per kind of event, each with `register(app, ...)`.

They arrive with the Slack app (issue 5); the core they call lives in `bot/`.
"""

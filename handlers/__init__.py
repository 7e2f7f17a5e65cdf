"""The Slack edge: everything that knows Slack, around the Slack-free core in `bot/`.

- app.py: the runtime (Web API client, Bolt app, Socket Mode or the HTTP Events API server)
- listeners.py: one function per event, registered by `register(app, service)`
- middleware.py: the checks before a listener (a person's message, first delivery, ...)
- links.py: the article links in Slack markup and rich-text blocks
- render.py: Block Kit and mrkdwn, everything from an article escaped
- poster.py: the core's Poster on the Web API, with its retry handlers
"""

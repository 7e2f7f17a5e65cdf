"""Asking: answering questions about the articles a thread, channel or DM has seen."""

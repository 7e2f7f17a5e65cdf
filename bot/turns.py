"""Replies to one message in the order of its links.

A message's links are read in parallel, and a short page finishes before a long one; without
this, the briefs of links 1, 2 and 3 arrive in whatever order they finish, and the "I read the
first 3" note before any of them. Each reply of a message has a turn (link 1, the note, link 2,
link 3) and waits, before it posts, until the turns before it are done: it never waits for longer
than `wait_seconds`, so one stuck page delays its followers a bounded time and loses nothing.
Only messages this process took on are ordered: a job taken over from an instance that died
posts at once.
"""

from __future__ import annotations

import threading
import time

# How long a reply waits for the replies before it (a slow page's whole fetch and analysis).
ORDER_WAIT_SECONDS = 30.0


def link_turns(links: int, note: bool) -> tuple[list[int], int | None]:
    """The turns of a message's links and of its "first 3" note: the note comes right after
    the first brief, so a reader sees it with the first and the rest follow."""
    if not note:
        return list(range(links)), None
    return [0] + [i + 1 for i in range(1, links)], 1


class Turns:
    """Turns per message key: `expect` when the message is taken on, `wait` before posting,
    `done` after (posted or failed, so a failure never blocks the replies after it)."""

    def __init__(self, wait_seconds: float = ORDER_WAIT_SECONDS) -> None:
        self.wait_seconds = wait_seconds
        self._cond = threading.Condition()
        self._next: dict[str, int] = {}
        self._count: dict[str, int] = {}

    def expect(self, key: str, count: int) -> None:
        with self._cond:
            self._next.setdefault(key, 0)
            self._count[key] = count

    def forget(self, key: str) -> None:
        """A message none of whose replies this process took on (a redelivery)."""
        with self._cond:
            self._next.pop(key, None)
            self._count.pop(key, None)
            self._cond.notify_all()

    def wait(self, key: str, turn: int) -> None:
        deadline = time.monotonic() + self.wait_seconds
        with self._cond:
            while key in self._next and self._next[key] < turn:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return
                self._cond.wait(remaining)

    def done(self, key: str, turn: int) -> None:
        with self._cond:
            if key not in self._next:
                return
            self._next[key] = max(self._next[key], turn + 1)
            if self._next[key] >= self._count.get(key, 0):  # every reply is out: forget it
                del self._next[key]
                self._count.pop(key, None)
            self._cond.notify_all()

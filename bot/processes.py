"""Worker processes that can be killed: what the extraction and the analysis pools share.

Both stages run untrusted input (a page's HTML, an article's text) through libraries that may
take unbounded time on it, and a Python thread cannot be stopped; a process can. Each pool keeps
its own queue of idle workers and its own protocol; this module only starts a worker with a pipe,
kills one that overran, and stops them all at close. Workers are spawned, not forked, so none
inherits a lock another thread of the bot held at that moment.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any


@dataclass
class Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False  # for pools whose workers say when they have loaded


class Processes:
    """The live workers of one pool. `target(conn, *args)` is the worker's main function; a
    `None` sent down its pipe asks it to return."""

    def __init__(self, target: Callable[..., None], args: tuple[Any, ...], name: str) -> None:
        self.target = target
        self.args = args
        self.name = name
        self._ctx = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._all: list[Worker] = []

    def start(self) -> Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(
            target=self.target, args=(child, *self.args), daemon=True, name=self.name
        )
        process.start()
        child.close()
        worker = Worker(process, parent)
        with self._lock:
            self._all.append(worker)
        return worker

    def kill(self, worker: Worker, wait: float = 1.0) -> None:
        """End a worker that overran or broke its pipe; it is forgotten."""
        worker.process.kill()
        worker.process.join(wait)
        worker.conn.close()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)

    @property
    def pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._all if w.process.pid is not None]

    def close(self, wait: float = 2.0) -> None:
        """Ask every worker to return, and kill the ones that do not within `wait` seconds."""
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        for worker in workers:
            worker.process.join(wait)
            if worker.process.is_alive():
                worker.process.kill()
            worker.conn.close()

"""Running the real `python -m bot` process against the fake Slack and the article server."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class BotProcess:
    def __init__(self, env: dict[str, str], tmp: Path) -> None:
        base = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("SLACK_", "FETCH_", "DATABASE_"))
        }
        base.update(
            {
                "FETCH_ALLOW_PRIVATE_HOSTS": "127.0.0.1",
                "FETCH_TIMEOUT": "3",
                "LOG_LEVEL": "INFO",
                "DATABASE_URL": f"sqlite:///{tmp / 'bot.db'}",
                "PYTHONUNBUFFERED": "1",
            }
        )
        base.update(env)
        self.log = tmp / "bot.log"
        self._out = self.log.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot"],
            cwd=tmp,
            env=base,
            stdout=self._out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def output(self) -> str:
        return self.log.read_text()

    def wait_for_log(self, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.output():
                return
            if self.proc.poll() is not None:
                raise AssertionError(f"bot exited {self.proc.returncode}:\n{self.output()}")
            time.sleep(0.05)
        raise AssertionError(f"no {text!r} in the bot's log:\n{self.output()}")

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self._out.close()
        return self.proc.returncode

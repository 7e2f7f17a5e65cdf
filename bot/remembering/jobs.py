"""Durable jobs: the work between Slack's acknowledgement and the brief, kept in the store.

Slack does not redeliver an event it got an ack for, so a link only in memory dies with its
process. Each accepted link is therefore a row in `jobs` (see `bot.remembering.store`):

    queued --claim--> running (owner, lease_until) --finish--> done
                          |  lease runs out (owner died)           \\--fail--> failed
                          +--> claimed again by any instance, attempts + 1

The instance that accepts a link inserts it already running under its own lease (one insert,
so the ack stays fast) and starts on it at once; a heartbeat renews the leases of the jobs a
process holds. When a process dies its leases run out and the next `claim()` of any instance
takes the jobs over. On PostgreSQL `claim()` locks candidate rows with FOR UPDATE SKIP LOCKED,
so instances polling at once never wait on or take each other's rows; on SQLite (one instance)
the same single UPDATE statement runs under SQLite's write lock, which serialises it.

Lease times use the database's clock, not the instances', so hosts with skewed clocks agree on
when a lease has run out.

Why our own table rather than a queue library: the well-kept PostgreSQL queues (procrastinate,
pgqueuer) need PostgreSQL-only features (LISTEN/NOTIFY, PL/pgSQL functions), while the default
install runs on SQLite; and a brief job must be claimed in the same store, with the same
dedupe key, as the link it comes from. The table is six statements.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Float, cast, delete, func, insert, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.elements import ColumnElement

from bot.remembering.store import Store, jobs

log = logging.getLogger(__name__)

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
STATES = (QUEUED, RUNNING, DONE, FAILED)


@dataclass(frozen=True)
class Job:
    """One job as read from the store."""

    id: int
    key: str
    kind: str
    payload: dict[str, Any]
    state: str
    attempts: int
    owner: str | None
    lease_until: float | None
    error: str | None = None


def default_owner() -> str:
    """Who holds a lease: host and process, plus a random part so a restarted process with a
    recycled pid is a different owner."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def db_now(store: Store) -> ColumnElement[float]:
    """The current time, in epoch seconds, by the database's own clock."""
    if store.postgres:
        return cast(func.date_part("epoch", func.clock_timestamp()), Float)
    if store.engine.dialect.name == "sqlite":
        return (func.julianday("now") - 2440587.5) * 86400.0
    import time

    return literal(time.time(), Float)


def _job(row: Any) -> Job:
    return Job(
        id=row.id,
        key=row.key,
        kind=row.kind,
        payload=json.loads(row.payload),
        state=row.state,
        attempts=row.attempts,
        owner=row.owner,
        lease_until=row.lease_until,
        error=row.error,
    )


class JobQueue:
    """The jobs table seen by one process (one owner); thread-safe like the store."""

    def __init__(self, store: Store, owner: str | None = None, lease_seconds: float = 60.0) -> None:
        if lease_seconds <= 0:
            raise ValueError("lease_seconds must be positive")
        self.store = store
        self.owner = owner or default_owner()
        self.lease_seconds = lease_seconds

    def _now(self) -> ColumnElement[float]:
        return db_now(self.store)

    def _lease(self) -> ColumnElement[float]:
        return self._now() + self.lease_seconds

    def add(self, key: str, kind: str, payload: dict[str, Any], *, run: bool = False) -> Job | None:
        """Insert a job unless one with this key exists (then None: a redelivery). With
        `run`, the job starts out running under this owner's lease, for the caller to do now."""
        now = self._now()
        values: dict[str, Any] = {
            "key": key[:512],
            "kind": kind,
            "payload": json.dumps(payload, ensure_ascii=False),
            "state": RUNNING if run else QUEUED,
            "attempts": 1 if run else 0,
            "owner": self.owner if run else None,
            "lease_until": self._lease() if run else None,
            "created_at": now,
            "updated_at": now,
        }
        try:
            with self.store._write, self.store.engine.begin() as conn:
                row = conn.execute(insert(jobs).values(**values).returning(*jobs.c)).one()
        except IntegrityError:
            return None
        return _job(row)

    def claim(self, limit: int = 10) -> list[Job]:
        """Take up to `limit` jobs that are queued or whose lease ran out, oldest first; each
        comes back running under this owner's lease with its attempt counted."""
        if limit <= 0:
            return []
        now = self._now()
        eligible = (jobs.c.state == QUEUED) | (
            (jobs.c.state == RUNNING) & (jobs.c.lease_until < now)
        )
        candidates = select(jobs.c.id).where(eligible).order_by(jobs.c.id).limit(limit)
        claim = (
            update(jobs)
            .where(eligible)
            .values(
                state=RUNNING,
                owner=self.owner,
                lease_until=self._lease(),
                attempts=jobs.c.attempts + 1,
                updated_at=now,
            )
            .returning(*jobs.c)
        )
        with self.store._write, self.store.engine.begin() as conn:
            if self.store.postgres:
                # lock the candidates first, passing over rows other instances hold; as one
                # statement (UPDATE ... IN (SELECT ... LIMIT)) PostgreSQL may rescan the
                # subquery and take more than `limit`
                ids = list(conn.execute(candidates.with_for_update(skip_locked=True)).scalars())
                rows = conn.execute(claim.where(jobs.c.id.in_(ids))).all() if ids else []
            else:
                # one statement under SQLite's write lock: nothing can come in between
                rows = conn.execute(claim.where(jobs.c.id.in_(candidates.scalar_subquery()))).all()
        return sorted((_job(r) for r in rows), key=lambda j: j.id)

    def renew(self, ids: Iterable[int]) -> set[int]:
        """Extend the leases of these jobs; returns the ids this owner still holds (a job
        missing from the answer was taken over after its lease ran out, or is finished)."""
        wanted = list(ids)
        if not wanted:
            return set()
        statement = (
            update(jobs)
            .where(jobs.c.id.in_(wanted), jobs.c.owner == self.owner, jobs.c.state == RUNNING)
            .values(lease_until=self._lease(), updated_at=self._now())
            .returning(jobs.c.id)
        )
        with self.store._write, self.store.engine.begin() as conn:
            return set(conn.execute(statement).scalars())

    def _settle(self, job_id: int, state: str, error: str | None = None) -> bool:
        statement = (
            update(jobs)
            .where(jobs.c.id == job_id, jobs.c.owner == self.owner, jobs.c.state == RUNNING)
            .values(state=state, lease_until=None, updated_at=self._now(), error=error)
        )
        if state == QUEUED:
            statement = statement.values(owner=None)
        with self.store._write, self.store.engine.begin() as conn:
            return conn.execute(statement).rowcount == 1

    def finish(self, job_id: int) -> bool:
        """Mark a job this owner holds done; False when it no longer holds it."""
        return self._settle(job_id, DONE)

    def fail(self, job_id: int, error: str) -> bool:
        """Mark a job failed for good (it will not be picked up again)."""
        return self._settle(job_id, FAILED, error[:2000])

    def release(self, job_id: int) -> bool:
        """Give a held job back to the queue (a clean shutdown), for any instance to take."""
        return self._settle(job_id, QUEUED)

    def get(self, key: str) -> Job | None:
        with self.store._read, self.store.engine.connect() as conn:
            row = conn.execute(select(jobs).where(jobs.c.key == key[:512])).first()
        return _job(row) if row else None

    def counts(self) -> dict[str, int]:
        """How many jobs are in each state."""
        query = select(jobs.c.state, func.count()).group_by(jobs.c.state)
        with self.store._read, self.store.engine.connect() as conn:
            found = {state: n for state, n in conn.execute(query)}
        return {state: int(found.get(state, 0)) for state in STATES}

    def prune(self, older_than_seconds: float) -> int:
        """Delete finished jobs (done or failed) older than this; returns how many."""
        statement = delete(jobs).where(
            jobs.c.state.in_((DONE, FAILED)),
            jobs.c.updated_at < self._now() - older_than_seconds,
        )
        with self.store._write, self.store.engine.begin() as conn:
            return int(conn.execute(statement).rowcount)


class Heartbeat:
    """Keeps the leases of the jobs this process is working on alive, every third of the lease,
    from one daemon thread; jobs are tracked while they run."""

    def __init__(self, queue: JobQueue, interval: float | None = None) -> None:
        self.queue = queue
        self.interval = interval or queue.lease_seconds / 3
        self._held: set[int] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="job-heartbeat", daemon=True)

    def start(self) -> Heartbeat:
        self._thread.start()
        return self

    def track(self, job_id: int) -> None:
        with self._lock:
            self._held.add(job_id)

    def untrack(self, job_id: int) -> None:
        with self._lock:
            self._held.discard(job_id)

    def held(self) -> set[int]:
        with self._lock:
            return set(self._held)

    def beat(self) -> set[int]:
        """Renew now; returns the held jobs whose lease was lost (and stops tracking them)."""
        held = self.held()
        if not held:
            return set()
        kept = self.queue.renew(held)
        lost = (held - kept) & self.held()  # a job settled meanwhile is not lost, just done
        if lost:
            log.warning("lost the lease on jobs %s", sorted(lost))
            with self._lock:
                self._held -= lost
        return lost

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.beat()
            except Exception:  # the database may be away for a moment; try again next beat
                log.exception("could not renew job leases")

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(5)


class JobRunner:
    """Runs jobs from the queue on the caller's thread pool: the jobs this instance accepts
    (started at once), and the ones it finds queued or abandoned (at start, then every
    `poll_seconds`). It holds their leases while they wait and run, and settles each one:
    done when its handler returns, back to the queue when the handler raises (to be tried
    again, by any instance), given up after `max_attempts` tries.

    `handlers` maps a job kind to the function that does it; `resumed(job)` says whether a job
    taken over from another try is already done in the outside world (its brief is in the
    thread), and `give_up(job)` tells the user about a job that failed too often."""

    def __init__(
        self,
        queue: JobQueue,
        submit: Callable[..., Future[Any]],
        handlers: Mapping[str, Callable[[Job], None]],
        *,
        capacity: int = 8,
        poll_seconds: float = 10.0,
        max_attempts: int = 3,
        resumed: Callable[[Job], bool] | None = None,
        give_up: Callable[[Job], None] | None = None,
    ) -> None:
        self.queue = queue
        self.submit = submit
        self.handlers = dict(handlers)
        self.capacity = capacity
        self.poll_seconds = poll_seconds
        self.max_attempts = max_attempts
        self.resumed = resumed or (lambda _job: False)
        self.give_up = give_up or (lambda _job: None)
        self.heartbeat = Heartbeat(queue)
        self._stop = threading.Event()
        self._poller = threading.Thread(target=self._poll, name="job-poller", daemon=True)
        self._waiting: dict[int, Future[Any]] = {}
        self._lock = threading.RLock()  # re-entered when `submit` runs the job at once

    # -- taking work ------------------------------------------------------------------------

    def accept(
        self, key: str, kind: str, payload: dict[str, Any], after: Sequence[Future[Any]] = ()
    ) -> Future[Any] | None:
        """Record a job and start it, at once or once the jobs `after` are done (an answer
        after the briefs it is about); returns a future done with it, or None when the key was
        seen before (a redelivery). Once this returns, the job survives this process: while it
        waits its lease is renewed, and if the process dies another instance takes it over."""
        job = self.queue.add(key, kind, payload, run=True)
        if job is None:
            return None
        if not after:
            return self._start(job)
        self.heartbeat.track(job.id)  # held while it waits, not only while it runs
        return when_all(after, lambda: self._start(job))

    def sweep(self) -> int:
        """Claim queued and abandoned jobs, as many as there is room for; returns how many."""
        with self._lock:
            room = self.capacity - len(self._waiting)
        claimed = self.queue.claim(limit=room) if room > 0 else []
        for job in claimed:
            if job.kind in self.handlers:
                log.info("picked up job %s (%s, attempt %s)", job.id, job.kind, job.attempts)
            self._start(job)
        return len(claimed)

    def _start(self, job: Job) -> Future[Any] | None:
        self.heartbeat.track(job.id)
        try:
            with self._lock:  # held while submitting, so a job done at once is forgotten after
                future = self._waiting[job.id] = self.submit(self._run, job)
        except RuntimeError:  # the pool is shutting down: let another instance have it now
            self.heartbeat.untrack(job.id)
            self.queue.release(job.id)
            return None
        return future

    def holds(self, job: Job) -> bool:
        """Whether this instance still holds the job's lease (renewing it): checked right
        before an effect that must happen once, such as posting."""
        return job.id in self.queue.renew([job.id])

    # -- doing it ---------------------------------------------------------------------------

    def _run(self, job: Job) -> None:
        try:
            self._settle(job)
        finally:
            self.heartbeat.untrack(job.id)
            with self._lock:
                self._waiting.pop(job.id, None)

    def _settle(self, job: Job) -> None:
        """Run the job and record how it ended. The heartbeat stops renewing a job before it
        is settled, so a renewal racing the settling never mistakes it for a lost lease."""
        handler = self.handlers.get(job.kind)
        if handler is None:
            self.heartbeat.untrack(job.id)
            self.queue.fail(job.id, f"no handler for {job.kind!r} jobs")
            return
        try:
            if job.attempts > 1 and self.resumed(job):
                log.info("job %s was already done before a crash; not done again", job.id)
                self.heartbeat.untrack(job.id)
                self.queue.finish(job.id)
                return
            if job.attempts > self.max_attempts:
                log.warning("giving up job %s after %s attempts", job.id, job.attempts - 1)
                self.give_up(job)
                self.heartbeat.untrack(job.id)
                self.queue.fail(job.id, f"gave up after {job.attempts - 1} attempts")
                return
            handler(job)
        except Exception:
            log.exception("job %s (%s) failed; it goes back to the queue", job.id, job.kind)
            self.heartbeat.untrack(job.id)
            try:
                self.queue.release(job.id)
            except Exception:  # the lease runs out instead, with the same effect
                log.exception("could not give job %s back", job.id)
            return
        self.heartbeat.untrack(job.id)
        if not self.queue.finish(job.id):
            log.warning("job %s was done but its lease had been taken over", job.id)

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> JobRunner:
        """Renew leases, and look for work now and every `poll_seconds`."""
        self.heartbeat.start()
        self._poller.start()
        return self

    def _poll(self) -> None:
        while True:
            try:
                self.sweep()
            except Exception:  # the database may be away for a moment
                log.exception("could not look for jobs")
            if self._stop.wait(self.poll_seconds):
                return

    def stop_polling(self) -> None:
        """Take no more work from the queue (the first step of a shutdown); the jobs held go on
        under renewed leases."""
        self._stop.set()
        if self._poller.is_alive():
            self._poller.join(5)

    def stop(self) -> None:
        """Stop looking for work; give back the jobs that never started (their futures were
        cancelled), so another instance takes them at once instead of after their lease."""
        self.stop_polling()
        with self._lock:
            cancelled = [i for i, f in self._waiting.items() if f.cancelled()]
        for job_id in cancelled:
            try:
                self.queue.release(job_id)
            except Exception:
                log.exception("could not give job %s back", job_id)
        self.heartbeat.stop()


def when_all(
    futures: Sequence[Future[Any]], start: Callable[[], Future[Any] | None]
) -> Future[Any]:
    """Call `start` once every future is done, from the callback of the last one, so no
    worker thread sits waiting (one waiting for jobs queued behind it could wait forever).
    The future returned is done when the started one is (cancelled if none was started)."""
    done: Future[Any] = Future()
    left = [len(futures)]
    lock = threading.Lock()

    def mirror(inner: Future[Any]) -> None:
        if inner.cancelled():
            done.cancel()
        else:
            done.set_result(None)

    def one_done(_: Future[Any]) -> None:
        with lock:
            left[0] -= 1
            last = left[0] == 0
        if last:
            started = start()
            if started is None:
                done.cancel()
            else:
                started.add_done_callback(mirror)

    for future in futures:
        future.add_done_callback(one_done)
    return done

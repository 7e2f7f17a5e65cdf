"""Durable jobs on SQLite and PostgreSQL: states, leases, take-over after a crash, attempts,
and many instances claiming at once without a job done twice."""

import threading

import pytest
from sqlalchemy import text, update

from bot.remembering.jobs import DONE, FAILED, QUEUED, RUNNING, Heartbeat, JobQueue
from bot.remembering.store import Store, jobs


def run_out(store: Store, job_id: int) -> None:
    """Make a job's lease run out now (what time does to the lease of a dead process)."""
    with store.engine.begin() as conn:
        conn.execute(update(jobs).where(jobs.c.id == job_id).values(lease_until=0.0))


def test_an_accepted_link_starts_running_under_its_owners_lease(store):
    queue = JobQueue(store, owner="A", lease_seconds=60)
    job = queue.add(
        "link:C1:1.0:https://n.example/a", "brief", {"url": "https://n.example/a"}, run=True
    )
    assert job is not None
    assert (job.state, job.owner, job.attempts) == (RUNNING, "A", 1)
    assert job.payload == {"url": "https://n.example/a"}
    assert job.lease_until is not None
    # a redelivery of the same link is no new job
    assert queue.add("link:C1:1.0:https://n.example/a", "brief", {"url": "x"}, run=True) is None
    # and nobody else can take it while the lease holds
    assert JobQueue(store, owner="B").claim() == []
    assert queue.finish(job.id)
    assert queue.get(job.key).state == DONE
    assert queue.counts() == {QUEUED: 0, RUNNING: 0, DONE: 1, FAILED: 0}


def test_queued_jobs_are_claimed_oldest_first_once(store):
    queue = JobQueue(store, owner="A")
    for i in range(5):
        queue.add(f"k{i}", "brief", {"i": i})
    first = queue.claim(limit=3)
    assert [j.payload["i"] for j in first] == [0, 1, 2]
    assert all(j.state == RUNNING and j.owner == "A" and j.attempts == 1 for j in first)
    rest = JobQueue(store, owner="B").claim(limit=10)
    assert [(j.payload["i"], j.owner) for j in rest] == [(3, "B"), (4, "B")]
    assert queue.claim() == [] and queue.claim(limit=0) == []


def test_a_dead_owners_job_is_taken_over_when_its_lease_runs_out(store):
    dead = JobQueue(store, owner="dead")
    job = dead.add("k", "brief", {"url": "u"}, run=True)
    heir = JobQueue(store, owner="heir")
    assert heir.claim() == []  # lease still held
    run_out(store, job.id)
    [taken] = heir.claim()
    assert (taken.id, taken.owner, taken.attempts) == (job.id, "heir", 2)
    # the old owner, should it come back, no longer holds it: it can neither finish nor renew
    assert not dead.finish(job.id)
    assert dead.renew([job.id]) == set()
    assert heir.finish(job.id)


def test_renewal_keeps_a_lease_and_reports_lost_ones(store):
    queue = JobQueue(store, owner="A", lease_seconds=30)
    a = queue.add("a", "brief", {}, run=True)
    b = queue.add("b", "brief", {}, run=True)
    with store.engine.begin() as conn:
        conn.execute(update(jobs).values(lease_until=jobs.c.lease_until - 20))
    assert queue.renew([a.id, b.id]) == {a.id, b.id}
    renewed = queue.get("a").lease_until
    assert renewed > a.lease_until - 20 + 10  # pushed forward again by the full lease
    run_out(store, b.id)
    JobQueue(store, owner="B").claim()
    assert queue.renew([a.id, b.id]) == {a.id}


def test_heartbeat_renews_what_it_tracks_and_drops_what_it_lost(store):
    queue = JobQueue(store, owner="A", lease_seconds=30)
    heart = Heartbeat(queue)  # beats by hand here; start() runs them on a thread
    a = queue.add("a", "brief", {}, run=True)
    b = queue.add("b", "brief", {}, run=True)
    heart.track(a.id)
    heart.track(b.id)
    run_out(store, b.id)
    assert [j.id for j in JobQueue(store, owner="B").claim()] == [b.id]
    assert heart.beat() == {b.id}
    assert heart.held() == {a.id}
    heart.untrack(a.id)
    assert heart.beat() == set()


def test_heartbeat_thread_keeps_a_short_lease_alive(store):
    queue = JobQueue(store, owner="A", lease_seconds=30)
    heart = Heartbeat(queue, interval=0.01).start()
    job = queue.add("a", "brief", {}, run=True)
    with store.engine.begin() as conn:  # nearly out
        conn.execute(update(jobs).values(lease_until=jobs.c.lease_until - 29))
    heart.track(job.id)
    low = queue.get("a").lease_until
    deadline = threading.Event()
    for _ in range(500):
        if queue.get("a").lease_until > low + 20:
            break
        deadline.wait(0.01)
    heart.stop()
    assert queue.get("a").lease_until > low + 20


def test_fail_release_and_prune(store):
    queue = JobQueue(store, owner="A")
    bad = queue.add("bad", "brief", {}, run=True)
    back = queue.add("back", "brief", {}, run=True)
    assert queue.fail(bad.id, "the page never answered")
    assert queue.get("bad").state == FAILED and queue.get("bad").error.startswith("the page")
    assert queue.claim() == []  # failed is final
    assert queue.release(back.id)  # a clean shutdown gives it back
    assert queue.get("back").state == QUEUED and queue.get("back").owner is None
    [again] = JobQueue(store, owner="B").claim()
    assert again.id == back.id and again.attempts == 2
    assert JobQueue(store, owner="B").finish(back.id)
    with store.engine.begin() as conn:
        conn.execute(update(jobs).values(updated_at=jobs.c.updated_at - 7200))
    assert queue.prune(3600) == 2
    assert queue.counts() == {QUEUED: 0, RUNNING: 0, DONE: 0, FAILED: 0}


def test_instances_claiming_at_once_never_share_a_job(db_url):
    """Four instances (four Stores, four owners), two threads each, draining 200 jobs: every
    job claimed exactly once."""
    stores = [Store(db_url) for _ in range(4)]
    queues = [JobQueue(s, owner=f"I{n}") for n, s in enumerate(stores)]
    for i in range(200):
        queues[0].add(f"k{i}", "brief", {"i": i})
    taken: list[tuple[str, int]] = []
    lock = threading.Lock()
    barrier = threading.Barrier(8)

    def drain(queue: JobQueue) -> None:
        barrier.wait()
        while batch := queue.claim(limit=3):
            for job in batch:
                assert queue.finish(job.id)
            with lock:
                taken.extend((queue.owner, j.id) for j in batch)

    threads = [threading.Thread(target=drain, args=(q,)) for q in queues for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ids = [job_id for _, job_id in taken]
    assert sorted(ids) == sorted(set(ids)) and len(ids) == 200
    assert queues[1].counts()[DONE] == 200
    for s in stores:
        s.close()


def test_claim_skips_rows_another_instance_has_locked(pg_url):
    """On PostgreSQL a claim passes over a row locked by another transaction (SKIP LOCKED)
    instead of waiting for it."""
    store = Store(pg_url)
    queue = JobQueue(store, owner="A")
    first = queue.add("first", "brief", {})
    second = queue.add("second", "brief", {})
    other = Store(pg_url)
    got: list = []
    with other.engine.connect() as conn:
        conn.execute(text("SELECT id FROM jobs WHERE id = :id FOR UPDATE"), {"id": first.id})
        claimer = threading.Thread(target=lambda: got.extend(queue.claim(limit=2)))
        claimer.start()
        claimer.join(20)
        alive = claimer.is_alive()
        conn.rollback()
    claimer.join(20)
    assert not alive, "claim() waited on a locked row"
    assert [j.id for j in got] == [second.id]
    assert [j.id for j in queue.claim()] == [first.id]  # free again once the lock is gone
    other.close()
    store.close()


def test_a_non_positive_lease_is_refused(store):
    with pytest.raises(ValueError):
        JobQueue(store, lease_seconds=0)


class Recorder:
    """Job handlers that record what they were given, and fail when told to."""

    def __init__(self, failures: int = 0) -> None:
        self.done: list[tuple[str, int]] = []
        self.failures = failures
        self.given_up: list[int] = []
        self.lock = threading.Lock()

    def brief(self, job) -> None:
        with self.lock:
            if self.failures:
                self.failures -= 1
                raise RuntimeError("Slack is down")
            self.done.append((job.payload["url"], job.attempts))


def inline(fn, *args):
    """A `submit` that runs the job at once on the calling thread."""
    from concurrent.futures import Future

    future: Future = Future()
    future.set_result(fn(*args))
    return future


def runner_for(store, recorder, owner="A", **kwargs):
    from bot.remembering.jobs import JobRunner

    return JobRunner(
        JobQueue(store, owner=owner),
        inline,
        {"brief": recorder.brief},
        give_up=lambda job: recorder.given_up.append(job.id),
        **kwargs,
    )


def test_runner_does_an_accepted_job_once_and_marks_it_done(store):
    rec = Recorder()
    runner = runner_for(store, rec)
    assert runner.accept("link:C1:1.0:u", "brief", {"url": "u"}).done()
    assert runner.accept("link:C1:1.0:u", "brief", {"url": "u"}) is None
    assert rec.done == [("u", 1)]
    assert runner.queue.get("link:C1:1.0:u").state == DONE
    assert runner.heartbeat.held() == set()


def test_runner_retries_a_failed_job_then_gives_up_with_a_reply(store):
    rec = Recorder(failures=5)
    runner = runner_for(store, rec, max_attempts=2)
    runner.accept("k", "brief", {"url": "u"})  # first try: fails, back to the queue
    job = runner.queue.get("k")
    assert runner.queue.get("k").state == QUEUED
    assert runner.sweep() == 1  # second try: fails again
    assert runner.queue.get("k").state == QUEUED and rec.given_up == []
    assert runner.sweep() == 1  # third: over the limit, given up with a reply
    assert runner.sweep() == 0
    assert rec.done == [] and rec.given_up == [job.id]
    final = runner.queue.get("k")
    assert final.state == FAILED and final.attempts == 3 and "gave up" in final.error


def test_runner_takes_over_an_abandoned_job_unless_it_was_already_done(store):
    dead = JobQueue(store, owner="dead")
    posted = dead.add("posted", "brief", {"url": "p"}, run=True)  # died after posting
    lost = dead.add("lost", "brief", {"url": "l"}, run=True)  # died before
    run_out(store, posted.id)
    run_out(store, lost.id)
    rec = Recorder()
    checked: list[int] = []

    def resumed(job) -> bool:
        checked.append(job.id)
        return job.key == "posted"

    runner = runner_for(store, rec, owner="heir", resumed=resumed)
    assert runner.sweep() == 2
    assert sorted(checked) == sorted([posted.id, lost.id])
    assert rec.done == [("l", 2)]  # only the one whose brief was not out yet
    assert runner.queue.counts()[DONE] == 2


def test_runner_polls_from_start_and_gives_back_what_never_started(store):
    from concurrent.futures import ThreadPoolExecutor

    from bot.remembering.jobs import JobRunner

    queue = JobQueue(store, owner="A")
    for i in range(3):
        queue.add(f"k{i}", "brief", {"url": f"u{i}"})
    gate = threading.Event()
    started = threading.Event()

    def slow(job) -> None:
        started.set()
        gate.wait(30)

    pool = ThreadPoolExecutor(1)
    runner = JobRunner(queue, pool.submit, {"brief": slow}, poll_seconds=3600).start()
    assert started.wait(30)  # the first look happens at start, not after poll_seconds
    pool.shutdown(wait=False, cancel_futures=True)  # a clean stop: two never began
    runner.stop()
    gate.set()
    counts = queue.counts()
    assert counts[QUEUED] == 2 and counts[RUNNING] + counts[DONE] == 1


def test_a_job_accepted_after_others_waits_for_them_under_its_lease(store):
    from concurrent.futures import Future

    rec = Recorder()
    runner = runner_for(store, rec)
    first: Future = Future()
    waiting = runner.accept("mention:C1:2.0", "brief", {"url": "answer"}, after=[first])
    assert waiting is not None and not waiting.done() and rec.done == []
    job = runner.queue.get("mention:C1:2.0")
    assert job.state == RUNNING and job.id in runner.heartbeat.held()  # survives a crash
    assert runner.accept("mention:C1:2.0", "brief", {"url": "answer"}, after=[first]) is None
    first.set_result(None)
    assert waiting.done() and rec.done == [("answer", 1)]
    assert runner.queue.get("mention:C1:2.0").state == DONE

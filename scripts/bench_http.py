"""Throughput of the real endpoints as a share of the framework's floor, on one server.

Start the server with NEWSQUIZ_BENCH_VIEWS=1 (loadtest/run.sh does), then run this
with the same environment, since it prepares sessions and attempts in that database:

    .venv/bin/python scripts/bench_http.py --url http://127.0.0.1:8765 --workers 4

Measured, each for --seconds with --concurrency requests in flight, over loopback, in
--rounds turns (the rate printed is the median round's):
  floor        GET  /bench/floor/      a constant response behind the full middleware
  one query    GET  /bench/one-query/  one SELECT and the base template
  write        POST /bench/write/      one transaction: an INSERT and an UPDATE, through the ORM
  write (SQL)  POST /bench/write-sql/  the same transaction in plain SQL
  article      GET  the seed article page, logged in
  answer htmx  POST an answer as htmx sends it (the feedback fragment comes back)
  answer no-JS POST an answer as a plain form (a redirect comes back)
then, in every gunicorn worker, the question generator's memory (/bench/generate/).
"""

import argparse
import asyncio
import itertools
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loadtest.common import (  # noqa: E402 - needs the path above
    SEED_SLUG,
    Result,
    Target,
    build_request,
    fetch,
    load_users,
    percentile,
    session_key,
    setup_django,
)

MB = 1024


@dataclass
class Stats:
    name: str
    ok: int
    errors: int
    seconds: float
    latencies: list[float]

    @property
    def rate(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0

    def ms(self, p: float) -> float:
        return percentile(self.latencies, p) * 1000


async def measure(target, name, next_request, accept, seconds, concurrency) -> Stats:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def worker():
        nonlocal errors
        while time.perf_counter() < deadline:
            raw = next_request()
            if raw is None:
                return  # ran out of unanswered questions
            result = await fetch(target, raw)
            if accept(result):
                latencies.append(result.seconds)
            else:
                errors += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return Stats(name, len(latencies), errors, time.perf_counter() - started, latencies)


def combine(name: str, rounds: list[Stats]) -> Stats:
    """One endpoint over all rounds: the median round's rate, everyone's latencies.

    A round that found no unanswered question left is no measurement, not a rate of
    zero: it would drag the median down. Such a round is left out and reported.
    """
    measured = [s for s in rounds if s.ok or s.errors]
    if len(measured) < len(rounds):
        print(f"  {name}: {len(rounds) - len(measured)} round(s) had no answers left to send")
    rounds = measured or rounds
    middle = sorted(rounds, key=lambda s: s.rate)[len(rounds) // 2]
    latencies = [t for s in rounds for t in s.latencies]
    errors = sum(s.errors for s in rounds)
    return Stats(name, middle.ok, errors, middle.seconds, latencies)


def prepare_answers(target: Target, sessions: dict, attempts: int, htmx: bool):
    """One ready request per unanswered question of `attempts` fresh attempts."""
    from quizzes.models import Article, Attempt

    article = Article.objects.get(slug=SEED_SLUG)
    users = list(sessions)
    requests = []
    for n in range(attempts):
        user = users[n % len(users)]
        attempt = Attempt.start(user, article)
        for question in attempt.ordered_questions():
            choice = random.choice(list(question.choices.all()))
            path = f"/attempts/{attempt.pk}/questions/{question.pk}/answer/"
            form = {"choice": choice.pk}
            requests.append(build_request(target, "POST", path, sessions[user], form, htmx))
    random.shuffle(requests)
    return iter(requests)


def worker_memory(target: Target, workers: int) -> dict[int, dict]:
    """Run the generator in every worker (concurrent calls land on different ones)."""
    seen: dict[int, dict] = {}
    raw = build_request(target, "GET", "/bench/generate/")
    for _ in range(20):
        results = asyncio.run(_gather_n(target, raw, workers * 2))
        for result in results:
            if result.status == 200:
                report = json.loads(result.body)
                seen[report["pid"]] = report
            else:
                print(f"  /bench/generate/ answered {result.status}: {result.body[:300]!r}")
        if len(seen) >= workers:
            break
    return seen


async def _gather_n(target, raw, n) -> list[Result]:
    return await asyncio.gather(*(fetch(target, raw) for _ in range(n)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8765")
    parser.add_argument("--seconds", type=float, default=5, help="per endpoint and round")
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="times through every endpoint; each rate is the median of the rounds",
    )
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers to expect")
    # Enough for three rounds of 5 s at 1,500 answers a second: a round that runs out
    # measures less than its time.
    parser.add_argument("--attempts", type=int, default=3000, help="fresh attempts per answer run")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    target = Target.from_url(args.url)

    setup_django()
    from django.db import connection

    from newsquiz import bench

    bench.create_tables()
    users = load_users(50)
    sessions = {user: session_key(user) for user in users}
    session_cycle = itertools.cycle(sessions.values())
    answers_htmx = prepare_answers(target, sessions, args.attempts, htmx=True)
    answers_plain = prepare_answers(target, sessions, args.attempts, htmx=False)
    article_path = f"/articles/{SEED_SLUG}/"
    counter = itertools.count()

    def get(path, session=False):
        return lambda: build_request(target, "GET", path, next(session_cycle) if session else None)

    def ok(body=None, status=200):
        return lambda r: r.status == status and (body is None or body in r.body)

    runs = [
        ("floor", get("/bench/floor/"), ok(b"ok")),
        ("one query", get("/bench/one-query/"), ok()),
        (
            "write",
            lambda: build_request(
                target, "POST", "/bench/write/", None, {"counter": next(counter)}
            ),
            ok(b"written"),
        ),
        (
            "write (SQL)",
            lambda: build_request(
                target, "POST", "/bench/write-sql/", None, {"counter": next(counter)}
            ),
            ok(b"written"),
        ),
        ("article page", get(article_path, session=True), ok(b"<article")),
        ("answer htmx", lambda: next(answers_htmx, None), ok(b"Your answer:")),
        ("answer no-JS", lambda: next(answers_plain, None), ok(status=302)),
    ]
    print(
        f"bench_http: {args.url} ({connection.vendor}), {args.concurrency} in flight, "
        f"{args.rounds} rounds of {args.seconds:g} s per endpoint"
    )
    # Warm every worker (imports, templates, database connections) before measuring.
    asyncio.run(measure(target, "warm-up", get(article_path, session=True), ok(), 2, 8))

    # Endpoints take turns, round after round, so that a slow spell on the machine
    # does not fall on one endpoint alone.
    rounds: dict[str, list[Stats]] = {name: [] for name, _, _ in runs}
    for _ in range(args.rounds):
        for name, next_request, accept in runs:
            rounds[name].append(
                asyncio.run(
                    measure(target, name, next_request, accept, args.seconds, args.concurrency)
                )
            )
    results = {name: combine(name, stats) for name, stats in rounds.items()}

    floor = results["floor"].rate
    print(
        f"\n{'endpoint':<14}{'req/s':>8}{'x floor':>9}{'p50 ms':>9}{'p95 ms':>9}"
        f"{'p99 ms':>9}{'errors':>8}"
    )
    for s in results.values():
        print(
            f"{s.name:<14}{s.rate:>8.1f}{s.rate / floor:>9.2f}{s.ms(50):>9.1f}{s.ms(95):>9.1f}"
            f"{s.ms(99):>9.1f}{s.errors:>8}"
        )

    failures = sum(s.errors for s in results.values())
    article_vs_query = results["article page"].rate / results["one query"].rate
    goals = [
        ("answer POST (htmx) / bare write", results["answer htmx"].rate / results["write"].rate),
        ("answer POST (no-JS) / bare write", results["answer no-JS"].rate / results["write"].rate),
        ("article page / one-query page", article_vs_query),
    ]
    print()
    met = failures == 0
    for text, value in goals:
        print(
            ("  met     " if value >= 0.5 else "  NOT MET ") + f"{text} = {value:.0%} (goal >= 50%)"
        )
        met &= value >= 0.5
    # The stricter comparison, shown but not the goal: the write in plain SQL skips
    # the ORM the app (and the goal's "same stack") uses.
    for name in ("answer htmx", "answer no-JS"):
        share = results[name].rate / results["write (SQL)"].rate
        print(f"  (for information) {name} / bare write in plain SQL = {share:.0%}")
    if failures:
        print(f"  NOT MET  {failures} requests failed")

    if not args.skip_memory:
        print("\nquestion generator, memory per gunicorn worker after it ran there:")
        seen = worker_memory(target, args.workers)
        for pid, report in sorted(seen.items()):
            rss = report["now_kb"]["VmRSS"] / MB
            print(
                f"  pid {pid}: RSS {report['before_kb']['VmRSS'] / MB:.0f} MB before, "
                f"{rss:.0f} MB after ({report['drafts']} drafts in {report['seconds']} s), "
                f"peak {report['now_kb']['VmHWM'] / MB:.0f} MB"
                + ("" if rss < 250 else "  NOT MET (goal < 250 MB)")
            )
            met &= rss < 250
        if len(seen) < args.workers:
            print(f"  only reached {len(seen)} of {args.workers} workers")
            met = False
    print("\nALL GOALS MET" if met else "\nSOME GOALS NOT MET")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())

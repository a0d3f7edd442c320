"""500 answers submitted at the same instant: are they all answered within 2 seconds?

Run with the same environment as the server (it prepares students, sessions and
attempts in that database), e.g.

    .venv/bin/python loadtest/burst.py --url http://127.0.0.1:8765 --count 500

Each of COUNT students answers the first question of a fresh attempt on the seed
article, as htmx does. All connections are opened first, then every request is
written at once; each answer's time runs from that instant to its full response.
Exits non-zero unless every answer was acknowledged and stored within the limit.
"""

import argparse
import asyncio
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loadtest.common import (  # noqa: E402 - needs the path above
    SEED_SLUG,
    Target,
    build_request,
    connect,
    exchange,
    load_users,
    percentile,
    session_key,
    setup_django,
)


def prepare(target: Target, count: int, htmx: bool) -> tuple[list[bytes], list[int]]:
    from quizzes.models import Article, Attempt

    article = Article.objects.get(slug=SEED_SLUG)
    requests, attempt_ids = [], []
    for user in load_users(count):
        attempt = Attempt.start(user, article)
        question = attempt.ordered_questions()[0]
        choice = random.choice(list(question.choices.all()))
        path = f"/attempts/{attempt.pk}/questions/{question.pk}/answer/"
        session = session_key(user)
        requests.append(
            build_request(target, "POST", path, session, {"choice": choice.pk}, htmx=htmx)
        )
        attempt_ids.append(attempt.pk)
    return requests, attempt_ids


async def burst(target: Target, requests: list[bytes]):
    connections = await asyncio.gather(*(connect(target) for _ in requests))
    started = time.perf_counter()
    results = await asyncio.gather(
        *(exchange(r, w, raw, started) for (r, w), raw in zip(connections, requests, strict=True))
    )
    return results, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8765")
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--limit", type=float, default=2.0, help="seconds")
    parser.add_argument(
        "--no-js", action="store_true", help="post plain forms (a redirect comes back)"
    )
    args = parser.parse_args()
    target = Target.from_url(args.url)

    setup_django()
    from quizzes.models import Answer

    requests, attempt_ids = prepare(target, args.count, htmx=not args.no_js)
    results, wall = asyncio.run(burst(target, requests))

    if args.no_js:
        acknowledged = [r for r in results if r.status == 302]
    else:
        acknowledged = [r for r in results if r.status == 200 and b"Your answer:" in r.body]
    statuses: dict[int, int] = {}
    for r in results:
        statuses[r.status] = statuses.get(r.status, 0) + 1
    seconds = [r.seconds for r in results]
    late = sum(s > args.limit for s in seconds)
    stored = Answer.objects.filter(attempt_id__in=attempt_ids).count()
    kind = "plain form posts" if args.no_js else "htmx posts"
    print(f"burst: {args.count} answers ({kind}) sent at once to {args.url}")
    print(f"  statuses: {dict(sorted(statuses.items()))}")
    print(f"  acknowledged: {len(acknowledged)}/{args.count}; stored: {stored}/{args.count}")
    print(
        f"  latency s: p50 {percentile(seconds, 50):.3f}  p95 {percentile(seconds, 95):.3f}  "
        f"p99 {percentile(seconds, 99):.3f}  max {max(seconds):.3f}  (all done in {wall:.3f})"
    )
    print(f"  over {args.limit:.1f} s: {late}")
    ok = len(acknowledged) == args.count == stored and late == 0
    print("  GOAL MET" if ok else "  GOAL NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

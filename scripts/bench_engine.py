"""Benchmark the question engine: model load time, per-article generation time
and peak resident memory. Not a test; run by hand:

    .venv/bin/python scripts/bench_engine.py [FOLDER_OR_FILES...] [--repeat N]

Defaults to ../shared/articles (next to the repository) plus the seed article.
"""

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from quizzes.engine import generate, load_pipeline  # noqa: E402
from quizzes.engine.report import article_paths, read_article_file  # noqa: E402

DEFAULTS = [REPO.parent / "shared" / "articles", REPO / "fixtures" / "seed"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the question engine.")
    parser.add_argument("paths", nargs="*", default=[str(p) for p in DEFAULTS])
    parser.add_argument("--repeat", type=int, default=5, help="runs per article")
    options = parser.parse_args(argv)

    started = time.perf_counter()
    load_pipeline()
    load_seconds = time.perf_counter() - started

    articles = [(p, *read_article_file(p)) for p in article_paths(options.paths)]
    # The first call also builds the gazetteer; time it apart from the rest.
    started = time.perf_counter()
    if articles:
        generate(articles[0][1], articles[0][2])
    warmup = time.perf_counter() - started

    medians = []
    print(f"{'article':45} {'words':>6} {'median ms':>10} {'questions':>9}")
    for path, title, body in articles:
        times = []
        for _ in range(options.repeat):
            started = time.perf_counter()
            result = generate(title, body)
            times.append(time.perf_counter() - started)
        median = statistics.median(times)
        medians.append(median)
        print(
            f"{path.name[:45]:45} {len(body.split()):6} {median * 1000:10.1f} "
            f"{len(result.drafts):9}"
        )
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print()
    print(
        f"model load: {load_seconds:.2f} s; first generation (builds gazetteer): "
        f"{warmup * 1000:.0f} ms"
    )
    if medians:
        print(
            f"median per article over {len(medians)} articles: "
            f"{statistics.median(medians) * 1000:.1f} ms"
        )
    print(f"peak resident memory: {peak_kb / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

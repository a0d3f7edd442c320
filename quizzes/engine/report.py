"""A quality report: every question the engine publishes for some article files.

    python -m quizzes.engine.report FOLDER_OR_FILES... [--all] [--limit N]

Each file holds one article: the headline on its first non-empty line, then the
body (paragraphs separated by blank lines). With --all the candidates that
were not published are listed too, so a reviewer can see what ranking dropped.
"""

import argparse
import sys
from pathlib import Path

from .drafts import Draft
from .generate import generate
from .text import normalise_body


def read_article_file(path) -> tuple[str, str]:
    """(title, body) from an article file; body normalised as the site stores it."""
    text = Path(path).read_text(encoding="utf-8")
    lines = text.replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    title = lines[0].strip() if lines else ""
    return title, normalise_body("\n".join(lines[1:]))


def article_paths(arguments: list[str]) -> list[Path]:
    paths = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            # Skip notes such as SOURCES.txt or README.txt; "01.txt" is an article.
            paths.extend(sorted(p for p in path.glob("*.txt") if not p.stem.isupper()))
        else:
            paths.append(path)
    return paths


def format_draft(number: int, draft: Draft) -> str:
    lines = [f"{number:2}. [{draft.kind}] score {draft.score:.2f}", f"    Q: {draft.stem}"]
    for choice in draft.choices:
        mark = "*" if choice.is_correct else " "
        lines.append(f"     {mark} {choice.text}")
    for item in draft.evidence:
        lines.append(f"    evidence [{item.start}:{item.end}]: {item.text}")
    lines.append(f"    explanation: {draft.explanation}")
    return "\n".join(lines)


def report(path, *, show_all: bool = False, limit: int = 10, out=sys.stdout) -> None:
    title, body = read_article_file(path)
    result = generate(title, body, limit=limit, every_kind=show_all)
    kinds = sorted({d.kind for d in result.drafts})
    print(f"=== {Path(path).name}: {title}", file=out)
    print(
        f"    {len(body.split())} words, {len(result.drafts)} published, kinds: {', '.join(kinds)}",
        file=out,
    )
    for note in result.notes:
        print(f"    note: {note}", file=out)
    for number, draft in enumerate(result.drafts, 1):
        print(format_draft(number, draft), file=out)
    if show_all:
        print(f"--- {len(result.rejected)} not published", file=out)
        for number, draft in enumerate(result.rejected, 1):
            print(format_draft(number, draft), file=out)
    print(file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="article files or folders of .txt files")
    parser.add_argument("--all", action="store_true", help="also list unpublished candidates")
    parser.add_argument("--limit", type=int, default=10)
    options = parser.parse_args(argv)
    for path in article_paths(options.paths):
        report(path, show_all=options.all, limit=options.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())

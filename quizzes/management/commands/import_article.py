import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from quizzes.engine import EngineError
from quizzes.generation import (
    ArticleTextError,
    decode_article_file,
    import_article,
    parse_article_text,
)


class Command(BaseCommand):
    help = (
        "Import article text files and generate their questions. Each file is UTF-8 text: "
        "the first non-empty line is the headline, then the body with paragraphs separated "
        "by blank lines. A file that fails is reported and skipped; the others still import."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument(
            "--source",
            default="",
            help='The publisher, e.g. "BBC News". A first line equal to it is dropped.',
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish the articles and their questions at once (default: drafts to review).",
        )

    def handle(self, *args, files, source, publish, **options):
        failures = 0
        show_bar = len(files) > 1
        for path in tqdm(
            files, desc="Importing", unit="file", disable=not show_bar, file=sys.stderr
        ):
            try:
                message = self._import_one(path, source, publish)
            except (ArticleTextError, OSError) as error:
                failures += 1
                message = self.style.ERROR(f"{path}: not imported. {_reason(error)}")
            except EngineError as error:
                raise CommandError(f"The question generator cannot run: {error}") from error
            tqdm.write(message, file=self.stdout)
        if failures:
            raise CommandError(f"{failures} of {len(files)} file(s) could not be imported.")

    def _import_one(self, path: Path, source: str, publish: bool) -> str:
        text = decode_article_file(path.read_bytes())
        title, body = parse_article_text(text, source)
        article, outcome = import_article(title, body, source=source or "Unknown", publish=publish)
        state = "published" if publish else "draft"
        lines = [
            self.style.SUCCESS(
                f"{path}: imported {article.title!r} ({article.word_count} words) with "
                f"{outcome.created} {state} question(s)."
            )
        ]
        lines += [f"    note: {note}" for note in outcome.notes]
        return "\n".join(lines)


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return f"Cannot read the file: {error.strerror or error}."
    return str(error)

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from quizzes.engine import report


class Command(BaseCommand):
    help = (
        "Print every question the generator publishes for each article file (or folder of "
        ".txt files), with key, distractors and evidence, for judging against the rubric."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="article files or folders of .txt files")
        parser.add_argument("--all", action="store_true", help="Also print rejected candidates.")

    def handle(self, *args, paths, **options):
        articles = report.article_paths(paths)
        if not articles:
            raise CommandError(f"No article files (.txt) in {', '.join(paths)}.")
        for path in articles:
            report.report(
                path,
                show_all=options["all"],
                limit=settings.NEWSQUIZ_QUESTIONS_PER_ARTICLE,
                out=self.stdout,
            )

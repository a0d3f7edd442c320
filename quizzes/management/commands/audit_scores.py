"""Check that stored answers and scores are consistent (after a load test, or any time)."""

import json
from collections import defaultdict
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count, Exists, F, OuterRef, Q

from quizzes.models import Answer, Attempt, AttemptQuestion


class Command(BaseCommand):
    help = (
        "Check every attempt: its score equals its correct stored answers and its answered "
        "count its stored answers, no question is "
        "answered twice, every answer belongs to the attempt's questions and its choice to "
        "the question. With --acknowledged FILE (JSON lines of attempt, question, choice), "
        "also check that every answer the server acknowledged is stored, exactly once, with "
        "that choice. Exits non-zero on any problem."
    )

    def add_arguments(self, parser):
        parser.add_argument("--acknowledged", type=Path, metavar="FILE")
        parser.add_argument("--show", type=int, default=10, help="Problems to list per check.")

    def handle(self, acknowledged: Path | None, show: int, **options):
        problems: dict[str, list[str]] = {}

        wrong_scores = (
            Attempt.objects.annotate(correct=Count("answers", filter=Q(answers__is_correct=True)))
            .exclude(score=F("correct"))
            .values_list("pk", "score", "correct")
        )
        problems["score differs from correct stored answers"] = [
            f"attempt {pk}: score {score}, correct answers {correct}"
            for pk, score, correct in wrong_scores
        ]

        wrong_counts = (
            Attempt.objects.annotate(stored=Count("answers"))
            .exclude(answered_count=F("stored"))
            .values_list("pk", "answered_count", "stored")
        )
        problems["answered count differs from stored answers"] = [
            f"attempt {pk}: answered count {n}, stored answers {stored}"
            for pk, n, stored in wrong_counts
        ]

        duplicates = (
            Answer.objects.values("attempt_id", "question_id")
            .annotate(n=Count("id"))
            .filter(n__gt=1)
            .values_list("attempt_id", "question_id", "n")
        )
        problems["question answered more than once in an attempt"] = [
            f"attempt {a}, question {q}: {n} answers" for a, q, n in duplicates
        ]

        in_attempt = AttemptQuestion.objects.filter(
            attempt=OuterRef("attempt"), question=OuterRef("question")
        )
        strays = Answer.objects.filter(~Exists(in_attempt)).values_list(
            "pk", "attempt_id", "question_id"
        )
        problems["answer to a question outside its attempt"] = [
            f"answer {pk}: attempt {a}, question {q}" for pk, a, q in strays
        ]

        mismatched = Answer.objects.exclude(choice__question=F("question")).values_list(
            "pk", "question_id", "choice_id"
        )
        problems["choice belongs to another question"] = [
            f"answer {pk}: question {q}, choice {c}" for pk, q, c in mismatched
        ]

        answers = Answer.objects.count()
        attempts = Attempt.objects.count()
        summary = f"{attempts} attempts, {answers} answers"
        if acknowledged is not None:
            acks, ack_problems = self.check_acknowledged(acknowledged)
            problems.update(ack_problems)
            summary += f", {acks} acknowledgements"

        found = {check: items for check, items in problems.items() if items}
        for check, items in found.items():
            self.stderr.write(f"PROBLEM {check}: {len(items)}")
            for item in items[:show]:
                self.stderr.write(f"  {item}")
        if found:
            raise CommandError(f"Audit failed ({summary}).")
        self.stdout.write(f"Audit passed: {summary}; every check clean.")

    def check_acknowledged(self, path: Path) -> tuple[int, dict[str, list[str]]]:
        if not path.exists():
            raise CommandError(f"No acknowledgement file at {path}.")
        acked: dict[tuple[int, int], set[int]] = defaultdict(set)
        count = 0
        for line in path.read_text().splitlines():
            if line.strip():
                record = json.loads(line)
                acked[(record["attempt"], record["question"])].add(record["choice"])
                count += 1
        stored: dict[tuple[int, int], list[int]] = defaultdict(list)
        attempt_ids = {attempt for attempt, _ in acked}
        rows = Answer.objects.filter(attempt_id__in=attempt_ids).values_list(
            "attempt_id", "question_id", "choice_id"
        )
        for attempt, question, choice in rows.iterator():
            stored[(attempt, question)].append(choice)
        lost, changed, conflicting = [], [], []
        for key, choices in sorted(acked.items()):
            if len(choices) > 1:
                conflicting.append(f"attempt {key[0]}, question {key[1]}: {sorted(choices)}")
            if not stored.get(key):
                lost.append(f"attempt {key[0]}, question {key[1]}: nothing stored")
            elif set(stored[key]) != choices:
                changed.append(
                    f"attempt {key[0]}, question {key[1]}: acknowledged {sorted(choices)}, "
                    f"stored {stored[key]}"
                )
        return count, {
            "acknowledged answer not stored (lost)": lost,
            "stored answer differs from the acknowledged one": changed,
            "two different answers acknowledged for one question": conflicting,
        }

"""Benchmark-only views (NEWSQUIZ_BENCH_VIEWS=1), behind the site's full middleware.

scripts/bench_http.py compares the real pages with these floors: a constant
response, a page made of one query and the site's base template (the issue's
"one indexed read + template"), and one small transaction (an insert and an
update, the same shape as recording an answer), written once through the ORM as
the app writes and once in plain SQL.
"""

import os
import time
import uuid

from django.db import connection, models, transaction
from django.db.models import F
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_POST

from quizzes.models import Article

COUNTERS = 1000


# The bench tables, for the ORM write. Their app label is not an installed app, so
# migrations never see them; create_tables() makes the tables.
class BenchRow(models.Model):
    token = models.CharField(max_length=32, primary_key=True)
    counter = models.IntegerField()

    class Meta:
        app_label = "newsquiz_bench"
        db_table = "newsquiz_bench_row"
        managed = False

    def __str__(self) -> str:
        return self.token


class BenchCounter(models.Model):
    hits = models.IntegerField()

    class Meta:
        app_label = "newsquiz_bench"
        db_table = "newsquiz_bench_counter"
        managed = False

    def __str__(self) -> str:
        return f"{self.pk}: {self.hits}"


_generated_in_this_process = None


def create_tables() -> None:
    """The bench write's two tables; the bench script calls this before it starts."""
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS newsquiz_bench_row "
            "(token varchar(32) PRIMARY KEY, counter integer NOT NULL)"
        )
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS newsquiz_bench_counter "
            "(id integer PRIMARY KEY, hits integer NOT NULL)"
        )
        cursor.execute("DELETE FROM newsquiz_bench_row")
        cursor.execute("DELETE FROM newsquiz_bench_counter")
        cursor.executemany(
            "INSERT INTO newsquiz_bench_counter (id, hits) VALUES (%s, 0)",
            [(n,) for n in range(COUNTERS)],
        )


@require_GET
def floor(request: HttpRequest) -> HttpResponse:
    return HttpResponse(b"ok", content_type="text/plain")


@require_GET
def one_query(request: HttpRequest) -> HttpResponse:
    title = Article.objects.values_list("title", flat=True).first()
    return render(request, "bench/one_query.html", {"title": title or ""})


@require_POST
def write(request: HttpRequest) -> HttpResponse:
    counter = int(request.POST.get("counter", 0)) % COUNTERS
    with transaction.atomic():
        BenchRow.objects.create(token=uuid.uuid4().hex, counter=counter)
        BenchCounter.objects.filter(pk=counter).update(hits=F("hits") + 1)
    return HttpResponse(b"written", content_type="text/plain")


@require_POST
def write_sql(request: HttpRequest) -> HttpResponse:
    counter = int(request.POST.get("counter", 0)) % COUNTERS
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO newsquiz_bench_row (token, counter) VALUES (%s, %s)",
            [uuid.uuid4().hex, counter],
        )
        cursor.execute("UPDATE newsquiz_bench_counter SET hits = hits + 1 WHERE id = %s", [counter])
    return HttpResponse(b"written", content_type="text/plain")


def _memory_kb() -> dict[str, int]:
    with open(f"/proc/{os.getpid()}/status") as status:
        fields = dict(line.split(":", 1) for line in status)
    return {key: int(fields[key].split()[0]) for key in ("VmRSS", "VmHWM")}


@require_GET
def generate(request: HttpRequest) -> JsonResponse:
    """Run the question generator once in this worker; report its memory before and after."""
    global _generated_in_this_process
    if _generated_in_this_process is None:
        from quizzes.engine import generate as engine_generate

        before = _memory_kb()
        article = Article.objects.order_by("pk").first()
        started = time.perf_counter()
        result = engine_generate(article.title, article.body)
        _generated_in_this_process = {
            "before_kb": before,
            "seconds": round(time.perf_counter() - started, 2),
            "drafts": len(result.drafts),
        }
    return JsonResponse({"pid": os.getpid(), **_generated_in_this_process, "now_kb": _memory_kb()})

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from quizzes import views

admin.site.site_header = "newsquiz: teachers' back office"
admin.site.site_title = "newsquiz admin"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("quizzes.urls")),
]

if settings.NEWSQUIZ_BENCH_VIEWS:  # scripts/bench_http.py only; off unless asked for
    from newsquiz import bench

    urlpatterns += [
        path("bench/floor/", bench.floor),
        path("bench/one-query/", bench.one_query),
        path("bench/write/", bench.write),
        path("bench/write-sql/", bench.write_sql),
        path("bench/generate/", bench.generate),
    ]

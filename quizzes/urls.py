from django.urls import path

from quizzes import views

app_name = "quizzes"

urlpatterns = [
    path("", views.article_list, name="article_list"),
    path("articles/<slug:slug>/", views.article_detail, name="article_detail"),
    path("articles/<slug:slug>/attempts/", views.attempt_start, name="attempt_start"),
    path("attempts/<int:attempt_id>/", views.attempt_detail, name="attempt_detail"),
    path("attempts/<int:attempt_id>/article/", views.attempt_article, name="attempt_article"),
    path("attempts/<int:attempt_id>/result/", views.attempt_result, name="attempt_result"),
    path(
        "attempts/<int:attempt_id>/questions/<int:question_id>/",
        views.question_detail,
        name="question_detail",
    ),
    path(
        "attempts/<int:attempt_id>/questions/<int:question_id>/answer/",
        views.answer_submit,
        name="answer_submit",
    ),
    path("results/", views.my_results, name="my_results"),
]

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

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils.html import format_html

from quizzes.engine import EngineError
from quizzes.engine.text import normalise_body
from quizzes.generation import generate_questions
from quizzes.models import Answer, Article, Attempt, Choice, Question

TRUE_FALSE_OPTIONS = ["True", "False"]


class ChoiceInlineFormSet(BaseInlineFormSet):
    """The rules for a question's options, checked across all its choice rows."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        kept = [
            form.cleaned_data
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        texts = [data["text"].strip() for data in kept]
        correct = sum(1 for data in kept if data.get("is_correct"))
        kind = getattr(self.instance, "kind", Question.Kind.MULTIPLE_CHOICE)
        if kind == Question.Kind.TRUE_FALSE:
            if sorted(texts) != sorted(TRUE_FALSE_OPTIONS):
                raise ValidationError(
                    'A true-or-false question has exactly two options, "True" and "False".'
                )
        elif len(kept) < 2:
            raise ValidationError("A multiple-choice question needs at least two choices.")
        if len({t.casefold() for t in texts}) != len(texts):
            raise ValidationError("Two choices have the same text; make each option different.")
        if correct != 1:
            raise ValidationError(f"Mark exactly one choice as correct (you marked {correct}).")

    def save(self, commit=True):
        # The database allows one correct choice per question at any moment, and
        # rows are saved one by one: clear the old key before the new one is set.
        losing_key = [
            form.instance.pk
            for form in self.initial_forms
            if form.instance.pk
            and (not form.cleaned_data.get("is_correct") or form in self.deleted_forms)
        ]
        Choice.objects.filter(pk__in=losing_key).update(is_correct=False)
        return super().save(commit)


class ChoiceInline(admin.TabularInline):
    model = Choice
    formset = ChoiceInlineFormSet
    fields = ["text", "is_correct", "order"]
    extra = 0
    min_num = 2


class QuestionAdminForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = [
            "article",
            "kind",
            "category",
            "stem",
            "status",
            "order",
            "explanation",
            "evidence",
        ]

    def clean(self):
        cleaned = super().clean()
        article = cleaned.get("article")
        evidence = (cleaned.get("evidence") or "").strip()
        if article and evidence and evidence not in article.body:
            self.add_error(
                "evidence",
                "This text is not in the article. Copy the sentence exactly as the article "
                "has it (same words and punctuation).",
            )
        cleaned["evidence"] = evidence
        return cleaned


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    form = QuestionAdminForm
    inlines = [ChoiceInline]
    list_display = [
        "short_stem",
        "article",
        "category",
        "kind",
        "status",
        "order",
        "evidence_ok",
        "origin",
        "answer_count",
    ]
    list_filter = ["status", "kind", "category", "origin", "article"]
    list_editable = ["status", "order"]
    search_fields = ["stem", "explanation", "evidence", "article__title"]
    list_select_related = ["article"]
    actions = ["publish", "unpublish", "archive"]
    fieldsets = [
        (None, {"fields": ["article", "kind", "category", "stem", "status", "order"]}),
        ("Feedback", {"fields": ["explanation", "evidence"]}),
        (
            "Where it came from",
            {
                "classes": ["collapse"],
                "fields": ["origin", "generator_version", "generator_score", "edited_by_teacher"],
            },
        ),
    ]
    readonly_fields = ["origin", "generator_version", "generator_score", "edited_by_teacher"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(num_answers=Count("answers"))

    @admin.display(description="Question")
    def short_stem(self, obj: Question) -> str:
        return obj.stem if len(obj.stem) <= 90 else obj.stem[:87] + "..."

    @admin.display(description="Evidence in article", boolean=True)
    def evidence_ok(self, obj: Question) -> bool:
        return obj.evidence_found

    @admin.display(description="Answers", ordering="num_answers")
    def answer_count(self, obj: Question) -> int:
        return obj.num_answers

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        question = form.instance
        changed = form.has_changed() or any(fs.has_changed() for fs in formsets)
        if change and changed and question.origin == Question.Origin.GENERATED:
            # Regeneration keeps questions a teacher has touched.
            Question.objects.filter(pk=question.pk).update(edited_by_teacher=True)

    @admin.action(description="Publish selected questions")
    def publish(self, request, queryset):
        self._set_status(request, queryset, Question.Status.PUBLISHED)

    @admin.action(description="Unpublish selected questions (back to draft)")
    def unpublish(self, request, queryset):
        self._set_status(request, queryset, Question.Status.DRAFT)

    @admin.action(description="Archive selected questions (keeps students' scores)")
    def archive(self, request, queryset):
        self._set_status(request, queryset, Question.Status.ARCHIVED)

    def _set_status(self, request, queryset, status):
        updated = queryset.update(status=status)
        self.message_user(request, f"{updated} question(s) now {status}.", messages.SUCCESS)


class QuestionInline(admin.TabularInline):
    """The article's questions at a glance; each is edited on its own page."""

    model = Question
    fields = ["order", "stem_link", "category", "status", "evidence_ok"]
    readonly_fields = ["stem_link", "category", "evidence_ok"]
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="Question")
    def stem_link(self, obj: Question) -> str:
        url = reverse("admin:quizzes_question_change", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, obj.stem)

    @admin.display(description="Evidence in article", boolean=True)
    def evidence_ok(self, obj: Question) -> bool:
        return obj.evidence_found


def _https_urls(field, **kwargs):
    # Django 5.x warns unless URL fields say which scheme to assume; 6.0 uses https.
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


class ArticleAdminForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = ["title", "slug", "source", "source_url", "status", "body"]
        formfield_callback = _https_urls

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = "Left empty, it is made from the title."

    def clean_body(self) -> str:
        body = normalise_body(self.cleaned_data["body"])
        if not body:
            raise ValidationError("The article text is empty.")
        return body


class ArticleAddForm(ArticleAdminForm):
    generate_questions = forms.BooleanField(
        required=False,
        initial=True,
        help_text="Generate draft questions from the text when the article is saved. "
        "You review and publish them afterwards.",
    )


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [QuestionInline]
    list_display = [
        "title",
        "source",
        "status",
        "word_count",
        "reading_grade",
        "question_total",
        "published_total",
        "stale_evidence",
        "created_at",
    ]
    list_filter = ["status", "source"]
    search_fields = ["title", "body"]
    prepopulated_fields = {"slug": ["title"]}
    actions = ["generate", "publish", "unpublish"]
    readonly_fields = ["word_count", "reading_grade"]
    fields = [
        "title",
        "slug",
        "source",
        "source_url",
        "status",
        "body",
        "word_count",
        "reading_grade",
    ]

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = ArticleAddForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fields(self, request, obj=None):
        return self.fields + (["generate_questions"] if obj is None else [])

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                num_questions=Count("questions", distinct=True),
                num_published=Count(
                    "questions",
                    filter=Q(questions__status=Question.Status.PUBLISHED),
                    distinct=True,
                ),
            )
            .prefetch_related("questions")
        )

    @admin.display(description="Questions", ordering="num_questions")
    def question_total(self, obj: Article) -> int:
        return obj.num_questions

    @admin.display(description="Published", ordering="num_published")
    def published_total(self, obj: Article) -> int:
        return obj.num_published

    @admin.display(description="Evidence missing")
    def stale_evidence(self, obj: Article) -> str:
        missing = [q for q in obj.questions.all() if not q.evidence_found]
        if not missing:
            return "-"
        url = reverse("admin:quizzes_question_changelist") + f"?article__id__exact={obj.pk}"
        return format_html('<a href="{}">{} question(s) to fix</a>', url, len(missing))

    def save_model(self, request, obj, form, change):
        if not obj.slug:
            obj.assign_unique_slug()
        obj.update_text_stats()
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if not change and form.cleaned_data.get("generate_questions"):
            self._generate(request, form.instance)

    @admin.action(description="Generate questions (keeps questions teachers edited or published)")
    def generate(self, request, queryset):
        for article in queryset:
            self._generate(request, article)

    def _generate(self, request, article: Article) -> None:
        try:
            outcome = generate_questions(article)
        except EngineError as error:
            self.message_user(
                request, f"{article}: the question generator cannot run: {error}", messages.ERROR
            )
            return
        text = f"{article}: {outcome.created} draft question(s) generated"
        if outcome.kept:
            text += f", {outcome.kept} existing question(s) kept"
        notes = " ".join(outcome.notes)
        level = messages.WARNING if notes or not outcome.created else messages.SUCCESS
        self.message_user(request, f"{text}. {notes}".strip(), level)

    @admin.action(description="Publish selected articles")
    def publish(self, request, queryset):
        updated = queryset.update(status=Article.Status.PUBLISHED)
        self.message_user(request, f"{updated} article(s) published.", messages.SUCCESS)

    @admin.action(description="Unpublish selected articles")
    def unpublish(self, request, queryset):
        updated = queryset.update(status=Article.Status.DRAFT)
        self.message_user(request, f"{updated} article(s) unpublished.", messages.SUCCESS)


class AnswerInline(admin.TabularInline):
    model = Answer
    fields = ["question", "choice", "is_correct", "answered_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Attempt)
class AttemptAdmin(admin.ModelAdmin):
    """Read-only: scores are written only by students answering."""

    list_display = ["user", "article", "score_display", "started_at", "finished_at"]
    list_filter = ["article", "user", ("finished_at", admin.EmptyFieldListFilter)]
    search_fields = ["user__username", "user__first_name", "user__last_name", "article__title"]
    list_select_related = ["user", "article"]
    date_hierarchy = "started_at"
    inlines = [AnswerInline]
    fields = [
        "user",
        "article",
        "score",
        "answered_count",
        "question_count",
        "started_at",
        "finished_at",
    ]
    readonly_fields = fields

    @admin.display(description="Score", ordering="score")
    def score_display(self, obj: Attempt) -> str:
        return f"{obj.score} / {obj.question_count}"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

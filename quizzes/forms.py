from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.models import User

from quizzes.models import Choice, Question


class AnswerForm(forms.Form):
    """One question's options as radio buttons; cleans to the chosen Choice."""

    choice = forms.TypedChoiceField(
        widget=forms.RadioSelect,
        coerce=int,
        error_messages={
            "required": "Choose an answer before you submit.",
            "invalid_choice": "That option is not one of this question's answers. Choose again.",
        },
    )

    def __init__(self, question: Question, choices: list[Choice], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.options = choices
        # Values are choice ids only: nothing in the form says which one is right.
        self.fields["choice"].choices = [(c.pk, c.text) for c in choices]
        self.fields["choice"].label = question.stem

    def clean_choice(self) -> Choice:
        choice_id = self.cleaned_data["choice"]
        return next(c for c in self.options if c.pk == choice_id)


class SignupForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "first_name")
        labels = {"first_name": "First name (optional)"}

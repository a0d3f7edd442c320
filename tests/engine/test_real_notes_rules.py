"""The note on a 400-word article that gave no question says what the generator needs,
not that the article is too short or has nothing to ask about: judges read that note
on a 542-word feature full of quotations and names as untrue."""

from quizzes.engine import generate
from tests.engine.conftest import split

PARAGRAPH = (
    "Imagine you could talk to your computer as you talk to a friend. You would ask it a "
    "question and it would answer you at once. You would not need a keyboard or a mouse "
    "at all. We are not there yet, but we are getting closer every year."
)


def _notes(paragraphs):
    title, body = split("Talking to machines\n\n" + "\n\n".join([PARAGRAPH] * paragraphs))
    generation = generate(title, body)
    assert generation.drafts == ()
    return len(body.split()), generation.notes


def test_a_long_article_with_no_question_is_not_called_short():
    words, notes = _notes(9)
    assert words >= 400
    assert notes[0].startswith("No questions could be generated: no sentence passed")
    assert "two or more people are quoted" in notes[0]


def test_a_short_article_with_no_question_is_called_short():
    words, notes = _notes(4)
    assert words < 400
    assert "too short" in notes[0]

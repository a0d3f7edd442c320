"""Rules from strict judges' verdicts on 24 Wikinews articles (the wikinews test set
of the llm_decoding repository), judged under 2026.11-89, which had never seen them:
a name with a middle name and the same name without it are one person, never key and
distractor; and a count the sentence goes on to list ("___ examples were: 'A' and
'B'", "___ key proposals were to limit ... and to limit ...") is never blanked. From 24
more (wn3, under -90): a name with a figure in it ("Douglas DC-10", "Queen Elizabeth
2") and a channel ("TV Globo") are no people."""

# ruff: noqa: E501

from quizzes.engine.entities import PERSON
from quizzes.engine.kinds.common import same_name
from tests.engine.conftest import article_of, entity_named
from tests.engine.test_xsum_rules import _keys


def test_a_name_without_its_middle_name_is_the_same_person():
    assert same_name("Adrienne Martin", "Adrienne Nicole Martin")
    assert not same_name("Adrienne Martin", "Kevin Martin")


def test_a_count_whose_list_follows_a_colon_is_never_blanked():
    sentence = "Protesters carried placards, and two examples of such placards were: 'Thousands wait while the board is on holiday' and 'while Carra floods the board enjoys Paris'."
    assert "two" not in _keys(sentence, "examples of such")
    plain = "Protesters carried placards, and two examples of such placards were seen by reporters in Carra."
    assert "two" in _keys(plain, "examples of such")


def test_a_count_of_aims_the_sentence_lists_is_never_blanked():
    sentence = (
        "Mary Dunne's two key proposals were to cut fares to Carra and to run a winter ferry."
    )
    assert "two" not in _keys(sentence, "key proposals")
    plain = "Mary Dunne made two key proposals to the Harbour Lines board in Carra last week."
    assert "two" in _keys(plain, "key proposals")


def test_a_name_with_a_figure_is_no_person():
    article = article_of(
        """Liner arrives in Carra

The liner Queen Elizabeth 2 arrived in Carra harbour on Monday, the port's director said.

A McDonnell Douglas DC-10 tanker dropped water on the fire near the harbour.

Harbour master Tom Baker said the port had never seen such crowds.
"""
    )
    people = {e.name for e in article.people}
    assert "Tom Baker" in people
    assert not any(any(ch.isdigit() for ch in name) for name in people)


def test_a_tv_channel_is_no_person():
    # From the second Wikinews round (under -90): "TV Globo" was offered as a speaker,
    # and "He was carrying two revolvers" read as "TV Globo was carrying ...".
    article = article_of(
        """Gunman kills pupils in Rio

A gunman killed twelve pupils at a school in Rio de Janeiro on Thursday.

Television station TV Globo reported that the gunman entered the school.

Police officer Marcio Alves said he had shot the gunman in the legs.
"""
    )
    globo = entity_named(article, "TV Globo")
    assert globo is None or globo.type != PERSON
    assert entity_named(article, "Marcio Alves").type == PERSON

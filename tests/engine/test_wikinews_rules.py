"""Rules from strict judges' verdicts on 24 Wikinews articles (the wikinews test set
of the llm_decoding repository), judged under 2026.11-89, which had never seen them:
a name with a middle name and the same name without it are one person, never key and
distractor; and a count the sentence goes on to list ("___ examples were: 'A' and
'B'", "___ key proposals were to limit ... and to limit ...") is never blanked."""

# ruff: noqa: E501

from quizzes.engine.kinds.common import same_name
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

"""Rules for 2026.11-101, from strict judges' verdicts on reu13 to reu20 (84 Reuters
articles of 2016-17): the special counsel is no option for what the subjects of his
inquiry did; a spokesperson is no option for "a spokeswoman for ___"; a quotation
that names a person's account ("@SenGillibrand") is not offered as that person's."""

# ruff: noqa: E501

from quizzes.engine.kinds.distractors import same_type_options
from quizzes.engine.kinds.who_said import _talked_about
from tests.engine.conftest import article_of, entity_named

INQUIRY = """Aide pleads guilty in Russia inquiry

WASHINGTON (Reuters) - A former campaign aide pleaded guilty on Monday in the inquiry led by Special Counsel Robert Hale.

George Pappas admitted lying to the FBI about his contacts with Joseph Mercer, a professor in London, court papers showed.

In March, the professor introduced Pappas to Olga Petrova, a Russian woman, the papers said.

Lawyers for Pappas had no immediate comment, and Mercer could not be reached.

Hale declined to comment on the plea, a spokesman for the inquiry said.
"""


def _options(text, key, stem):
    article = article_of(text)
    mention = entity_named(article, key).mentions[0]
    return same_type_options(article, mention, stem)[0]


def test_the_special_counsel_is_no_option_for_what_his_subjects_did():
    assert "counsel" in entity_named(article_of(INQUIRY), "Robert Hale").titles
    options = _options(INQUIRY, "George Pappas", "Lawyers for ___ had no immediate comment.")
    assert "Joseph Mercer" in options
    assert "Robert Hale" not in options


SPOKESWOMAN = """Airlines lose tax break

WASHINGTON (Reuters) - The Senate tax plan would end a tax exemption for Gulf airlines, Senator Johnny Ives said on Thursday.

Spokeswoman Marie Gordon said Ives had not mentioned the Gulf airlines.

Tax lawyer Sam Brotman said the change would cost the carriers millions of dollars.

Senator Ann Lowe said she backed the change, and spokesman Tom Reed said the airlines would fight it.
"""


def test_a_spokesperson_is_no_option_for_a_spokeswoman_for():
    options = _options(
        SPOKESWOMAN, "Johnny Ives", "A spokeswoman for ___ did not mention the airlines."
    )
    assert "Ann Lowe" in options
    assert "Marie Gordon" not in options and "Tom Reed" not in options
    # Elsewhere a spokeswoman is a fair option.
    assert "Marie Gordon" in _options(
        SPOKESWOMAN, "Johnny Ives", "___ said the airlines would lose."
    )


def test_a_quotation_that_names_a_persons_account_is_not_theirs():
    article = article_of(
        """Senator hits back at tweet

Senator Kirsten Gillibrand called the tweet a smear.
"""
    )
    person = entity_named(article, "Kirsten Gillibrand")
    assert _talked_about("Are you really trying to bully @SenGillibrand?", person)
    assert not _talked_about("Are you really trying to bully her colleagues?", person)

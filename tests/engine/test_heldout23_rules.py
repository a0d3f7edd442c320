"""The rules added for short sets (2026.11-29): sentences that were dropped as not
self-contained although their pronoun or their share names its own referent, and a
share in words that gives a percentage away."""

# ruff: noqa: E501

from quizzes.engine.drafts import NUMBER, TRUE_FALSE, Choice, Draft, Evidence
from quizzes.engine.giveaways import gives_away
from quizzes.engine.kinds.common import Candidate
from quizzes.engine.kinds.referents import usable
from tests.engine.conftest import build

SURVEY = """Teenage drinking rises, says charity

Almost one in three 15-year-olds in Wales has been drunk in the past month, according to a report by the Valley Youth Trust.

The Valley Youth Trust questioned more than 4,000 pupils at 40 schools across the country last spring.

The survey found that 29% of 15-year-olds said they had been drunk at least once in the previous four weeks, compared with 19% in a similar study in 2001.

One in six 13-year-olds said they had drunk alcohol in the past week, and binge drinking was defined as having five or more drinks in one session.

A 61-year-old man from Rhyl and a woman in her 40s were treated in hospital after the crash, police said.

The trust's director, Dr Alun Pryce, said the findings were worrying.
"""


def _ok(article, words):
    sentence = next(s for s in article.sentences if words in s.text)
    return usable(article, sentence)[0]


# 1. A plural pronoun whose referent is a plural noun earlier in its own sentence.


def test_they_after_a_plural_subject_has_its_referent():
    article, drafts = build(SURVEY)
    assert _ok(article, "The survey found that 29%")
    assert any("___ of 15-year-olds" in d.stem or "29% of 15-year-olds" in d.stem for d in drafts)


# 2. "her" after "a woman" in the same sentence.


def test_her_after_a_woman_has_its_referent():
    article, _ = build(SURVEY)
    assert _ok(article, "a woman in her 40s")


# 3. "One in six 13-year-olds": a numeral subject that names its group.


def test_one_in_n_names_its_group():
    article, drafts = build(SURVEY)
    assert _ok(article, "One in six 13-year-olds")
    assert any("having ___ or more drinks" in d.stem for d in drafts)


def test_a_bare_numeral_subject_still_has_no_referent():
    article, _ = build(
        """Boxes shipped

About two billion are shipped in boxes every year from the port of Felixstowe.

The port handled more cargo than ever in 2019, its owners said.
"""
    )
    assert not _ok(article, "About two billion")


# 4. A share in words ("one in three") gives away a percentage near it.


def _candidate(kind, stem, key, others, sentence, score):
    choices = (Choice(key, True), *(Choice(o, False) for o in others))
    evidence = (Evidence(stem, sentence * 100, sentence * 100 + 50),)
    draft = Draft(kind, stem, choices, "", evidence, score)
    return Candidate(draft, sentence, sentence % 3, f"{kind}:{sentence}", key)


def test_a_share_in_words_gives_a_percentage_away():
    share = _candidate(
        TRUE_FALSE,
        "True or false? According to the article, almost one in three 15-year-olds in Ireland has been drunk in the past month.",
        "False",
        ["True"],
        0,
        0.66,
    )
    blank = _candidate(
        NUMBER,
        'Complete the sentence from the article: "The survey found that ___ of 15-year-olds said they had been drunk."',
        "31%",
        ["44%", "26%", "27%"],
        3,
        0.66,
    )
    assert gives_away(share, blank)
    far = _candidate(
        NUMBER, blank.draft.stem, "31%", ["34%", "26%", "27%"], 3, 0.66
    )  # 34% is nearer one in three than the key: no give-away
    assert not gives_away(share, far)


# 5. A scaled sum under two ("£1.8bn") is a figure, not a count of one.


AGENCIES = """Campaigner attacks regional agencies

Campaigner Dan Morley wants a public inquiry into regional development agencies, which cost £1.8bn a year.

Mr Morley said 40 of the agencies had no clear purpose, and that 12 should close.

The government said the agencies had created 3,000 jobs in the north of England.
"""


def test_a_scaled_sum_under_two_is_blanked():
    _, drafts = build(AGENCIES)
    assert any(d.kind == NUMBER and d.key.text == "£1.8bn" for d in drafts)

"""The rules added from held-out set 24 (2026.11-42): a sentence whose subject or
object points back ("upheld that result", "the same borrower") is never quoted alone;
a rate's options lie a few points from it, in its decimal form; a year that dates a
count ("had fallen to 11 by 1997") is never the swap of a false statement; how long a
speaker has held a job is scene-setting; and one UK nation is swapped only for
another."""

# ruff: noqa: E501

from quizzes.engine import numbers
from quizzes.engine.drafts import NUMBER, TRUE_FALSE
from quizzes.engine.kinds import minor
from quizzes.engine.kinds.referents import usable
from tests.engine.conftest import article_of, drafts_of

# 1. "that result", "the same borrower": the referent is in the sentence before.

ELECTION = """Court backs disputed poll

The 2001 presidential election was won by Levy Mwanawasa by a narrow margin over the opposition candidate.

The Supreme Court upheld that result in 2005, after a long legal battle with the opposition.

Since last summer, the same borrower has seen monthly costs rise by almost £70, according to Moneyfacts.

Natural England said it hoped to see 20 booming males on the Levels by 2010, and that similar work was under way.
"""


def _usable(text, opening):
    article = article_of(text)
    sentence = next(s for s in article.sentences if s.text.startswith(opening))
    return usable(article, sentence)[0]


def test_a_sentence_whose_object_points_back_is_not_quoted_alone():
    assert not _usable(ELECTION, "The Supreme Court upheld")
    assert not _usable(ELECTION, "Since last summer, the same borrower")
    # A word's meaning may still be asked in the sentence: it tests the word.
    drafts = [d for d in drafts_of(ELECTION) if d.kind != "word_meaning"]
    assert not any("that result" in d.stem or "same borrower" in d.stem for d in drafts)


def test_a_that_clause_after_said_is_no_back_reference():
    assert _usable(ELECTION, "Natural England said")
    assert _usable(ELECTION, "The 2001 presidential election")


# 2. A rate's options: a few points off, in the key's decimal form.


def test_a_rate_keeps_its_options_close():
    rate = numbers.parse("7.25%")
    options = numbers.alternatives(rate, 3, {6.99, 0.25, 7.25}, {6.99, 7.25})
    values = [numbers.parse(o).value for o in options]
    assert len(values) == 3
    assert all(6.99 < v <= 7.25 + 2 for v in values)
    assert all(len(o.split(".")[1]) == len("25%") for o in options)


MORTGAGES = """Lenders raise mortgage rates

Nationwide Building Society said its standard rate would rise by 0.25 percentage points to 6.99% from 1 September, while Halifax owner HBOS is raising its rate to 7.25%.
"""


def test_a_blanked_rate_has_close_options():
    blank = [d for d in drafts_of(MORTGAGES) if d.kind == NUMBER and d.key.text == "7.25%"]
    for draft in blank:
        for choice in draft.choices:
            assert abs(numbers.parse(choice.text).value - 7.25) <= 2


# 3. A year that dates a count is never shifted to make a statement false.

BITTERNS = """Bitterns return to Somerset

The bittern was driven to extinction in the UK in the late 19th Century by hunting and drainage.

By 1997 numbers had fallen again to just 11 booming males in the whole country, prompting fears for the bird.
"""


def test_a_year_dating_a_count_is_not_swapped():
    drafts = [d for d in drafts_of(BITTERNS) if d.kind == TRUE_FALSE]
    assert not any("1996" in d.stem or "1998" in d.stem for d in drafts)


# 4. How long a speaker has held a job is scene-setting.


def test_a_speakers_years_in_the_job_are_scene_setting():
    text = "Site manager Simon Ashcroft, who has worked on the reserve for 12 years, said the results were good."
    at = text.index("12")
    assert minor.scene_figure_at(text, at, at + len("12 years"))
    news = "The factory has been closed for 12 years, the council said."
    at = news.index("12")
    assert not minor.scene_figure_at(news, at, at + 2)


# 5. One UK nation stands only for another.

COUNCIL_TAX = """Council tax to rise

Council tax bills will rise by an average of 4.9% next year, local authorities said.

A spokesman for the Department for Communities and Local Government said the average rise across England this year was expected to be below 5%.
"""


def test_a_uk_nation_is_swapped_only_for_another():
    drafts = [d for d in drafts_of(COUNCIL_TAX) if d.kind == TRUE_FALSE]
    swapped = [d for d in drafts if "average rise across" in d.stem and "England" not in d.stem]
    assert not any("Ireland" in d.stem and "Northern Ireland" not in d.stem for d in swapped)
    assert all(any(n in d.stem for n in ("Scotland", "Wales", "Northern Ireland")) for d in swapped)


def test_that_amount_after_a_sum_in_its_own_sentence_stands_alone():
    text = """Food aid falls short

The World Food Programme said it needed $32m to keep feeding refugees until the end of the year, but had received less than half that amount.
"""
    assert _usable(text, "The World Food Programme")

"""The rules added from held-out set 30 (2026.11-45): a racehorse's handicap mark
("off a mark of 94", "rated 94") is a label, never blanked or swapped; the length of
"the tenth year in 11" is the idiom's other half, never blanked alone; the options of a
level a count is "returning to" lie on the key's side of the levels the article gives
for that count; a qualification level after "some" ("some level 7 apprenticeships") is
still a label; and a noun's distractors are of its own sort (a levy is offered other
sums paid, never "lack" nor "state payment")."""

# ruff: noqa: E501

import re

from quizzes.engine import lexicon, numbers
from quizzes.engine.drafts import NUMBER, TRUE_FALSE, WORD_MEANING
from quizzes.engine.kinds.number import label_number, worth_blanking
from quizzes.engine.kinds.word_meaning import _distractors
from tests.engine.conftest import drafts_of

# 1. A handicap mark is racing jargon, not a quantity.

HANDICAP = """Outsider lands big handicap at York

Silver Lantern won the Ebor Handicap at York on Saturday at odds of 20-1 for trainer Mary Holt.

Silver Lantern was racing off a mark of 94, having been raised 6lb for winning at Ripon last month.

The runner-up, rated 101, was beaten by a length after leading until the final furlong.

Holt, who has 34 horses at her yard near Thirsk, said it was the best day of her career.
"""


def _about(drafts, words):
    return [d for d in drafts if words in d.evidence[0].text]


def test_a_handicap_mark_is_a_label():
    ninety_four = numbers.parse("94")
    assert label_number("was racing off a mark of ", ninety_four)
    assert label_number("The runner-up, rated ", numbers.parse("101"))
    drafts = drafts_of(HANDICAP)
    for draft in _about(drafts, "mark of 94") + _about(drafts, "rated 101"):
        assert draft.kind != NUMBER or draft.key.text not in ("94", "101")
        if draft.kind == TRUE_FALSE:
            assert "mark of 94" in draft.stem or "rated 101" in draft.stem


# 2. "the tenth year in 11": the span an ordinal is counted in.


def test_the_span_of_an_ordinal_is_not_blanked_alone():
    eleven = numbers.parse("11")
    assert not worth_blanking("missed its target for the tenth year in ", eleven, ".")
    assert not worth_blanking("for the third time in ", numbers.parse("four years"), ".")
    assert not worth_blanking("for the 2nd month out of the last ", numbers.parse("five"), ".")
    # "the first time in 25 years" says how long it has been: a fact of its own.
    assert worth_blanking("for the first time in ", numbers.parse("25 years"), ".")


# 3. "returning to ___": options on the key's side of the level the count is at now.

STARTS = """Apprenticeship starts fall again

Official data shows there were 318,400 starts in the last academic year, down 3.6% on the year before.

The figure is well below the peak of almost 510,000 recorded in 2015-16.

Starts in construction rose by 4%, but retail saw a double-digit fall.

Achievement rates improved slightly to 56.8%, the data shows.

The north-east of England had the highest rate of starts per head of population.

An economist said the hope of returning to 400,000 starts a year by the end of the decade was slipping out of reach.
"""


def test_a_return_target_keeps_its_options_beyond_the_present_level():
    drafts = drafts_of(STARTS)
    blanks = [d for d in drafts if d.kind == NUMBER and "returning to ___" in d.stem]
    assert blanks
    for draft in blanks:
        for choice in draft.choices:
            assert 318400 < numbers.parse(choice.text).value < 510000
    # A false statement "returning to 230,000" would be no return either.
    for draft in drafts:
        if draft.kind == TRUE_FALSE and "returning to" in draft.stem:
            figure = re.search(r"returning to ([\d,]+)", draft.stem).group(1)
            assert 318400 < numbers.parse(figure).value < 510000


# 4. "some level 7 apprenticeships": the level is a label after "some" too.


def test_a_level_after_some_is_a_label():
    seven = numbers.parse("7")
    assert label_number("funding for some level ", seven)
    assert label_number("Ministers said every grade ", numbers.parse("5"))
    assert not label_number("At one stage ", numbers.parse("40"))  # a moment
    assert not label_number("at an early stage ", numbers.parse("40"))


# 5. A noun's distractors are of its sort: a levy is offered other sums paid.

LEVY = """Firms face training charge

Large employers will pay a new training levy from April, the government has announced.

Ministers said the money raised would pay for courses for young people in every region.
"""


def test_a_levy_is_offered_other_sums_paid():
    meanings = [d for d in drafts_of(LEVY) if d.kind == WORD_MEANING and '"levy"' in d.stem]
    assert meanings
    for draft in meanings:
        options = {c.text for c in draft.choices if not c.is_correct}
        assert not options & {"state payment", "lack", "strict cuts in spending", "shortage"}


BAILOUT = """Bank rescued by ministers

The government agreed a bailout for the bank on Monday after its shares collapsed.

Ministers said the handout would be repaid within five years, and that no further money would go to shareholders.
"""


def test_the_sums_written_for_a_levy_are_offered_only_for_its_sort():
    # Nouns without sorts are no longer asked (test_real_word_rules.py), so the
    # handout's options are checked where they are chosen.
    assert not [d for d in drafts_of(BAILOUT) if d.kind == WORD_MEANING]
    for word in ("handout", "bailout"):
        meaning = lexicon.BY_WORD[(word, lexicon.NOUN)]
        key = lexicon.definition_for(meaning, "NN")
        options, _ = _distractors(meaning, "NN", "", set(), key)
        assert options
        assert not set(options) & {"loan", "refund", "cash reward"}, word

"""Short, quote-light articles get enough questions (from the short sets of
held-out sets 36 and 39 on 2026.11-48): an institution that speaks of itself as
"it" ("The trust said it had received 410 applications") keeps its sentence
usable, as "the council" already did; a count "of those who ..." says itself which
group it counts ("many of those who did said ..."); a number is asked in a sentence
of up to 45 words ("NHS England said it had run more than 900 extra clinics ...,
and that about 140,000 additional doses had been given ..."); a young animal is
the "her" of its own sentence ("The calf joins a herd of six, including her
grandmother"); and a relative clause on a sentence's complement ("the busiest
point was Northam Bridge, where counters logged 412,000 trips") is its point, not
a side remark."""

# ruff: noqa: E501

from quizzes.engine.drafts import NUMBER
from quizzes.engine.generate import MIN_SCORE
from quizzes.engine.kinds.referents import usable
from tests.engine.conftest import article_of, drafts_of

SCHOOL = """New school opens in Swindon

Tadpole Farm Academy opened to pupils on Wednesday after a delay of four months.

It is run by the Ridgeway Learning Trust, which runs six primary schools in the area.

The trust said it had received 410 applications for next year's intake, more than double the number of places.

The park said it would invite suggestions from the public, with a shortlist to be chosen by keepers.

A spokesperson said it would appeal against the decision.
"""


def _usable(text, opening):
    article = article_of(text)
    sentence = next(s for s in article.sentences if s.text.startswith(opening))
    return usable(article, sentence)[0]


def test_an_institution_that_says_it_keeps_its_sentence():
    assert _usable(SCHOOL, "The trust said it")
    assert _usable(SCHOOL, "The park said it")
    assert any("410 applications" in d.stem for d in drafts_of(SCHOOL))


def test_a_spokesperson_who_says_it_still_points_back():
    # "it" is the body a spokesperson speaks for, named before.
    assert not _usable(SCHOOL, "A spokesperson said it")


SURVEY = """Older people miss the post office

About 31% of over-75s in the survey did not use the internet at all, and many of those who did said video calls were no substitute for a visit.

Most of those were tested twice before the trial ended.
"""


def test_a_count_of_those_who_did_names_its_group():
    assert _usable(SURVEY, "About 31% of over-75s")


def test_a_bare_count_of_those_still_points_back():
    assert not _usable(SURVEY, "Most of those were tested")


CLINICS = """Measles cases rise again

Measles cases have risen for a third month in a row, according to health officials.

NHS England said it had run more than 900 extra vaccination clinics in schools, community centres and places of worship since the autumn, and that about 140,000 additional doses had been given to children and young adults who had missed out.
"""


def test_a_number_is_asked_in_a_sentence_of_forty_odd_words():
    numbers = [d for d in drafts_of(CLINICS) if d.kind == NUMBER]
    assert any("900 extra vaccination clinics" in d.stem for d in numbers)


CALF = """Zoo celebrates elephant calf

A female Asian elephant has been born at Blackmoor Wildlife Park, near Lincoln.

The calf joins a herd of six, including her grandmother and two aunts, which keepers said was important.

The keeper said she was delighted with the birth.
"""


def test_a_young_animal_is_the_her_of_its_own_sentence():
    assert _usable(CALF, "The calf joins a herd of six")


def test_a_she_with_no_animal_before_it_still_points_back():
    assert not _usable(CALF, "The keeper said she")


BRIDGE = """Cycle lane used for 1.2 million journeys

A segregated cycle lane in Southampton was used for more than 1.2 million journeys in its first year, according to council figures.

Council officers said the busiest point was Northam Bridge, where counters logged 412,000 trips over the 12 months.
"""


def test_a_where_clause_on_the_subject_complement_is_the_point():
    asked = [d for d in drafts_of(BRIDGE) if d.kind == NUMBER and "counters logged ___" in d.stem]
    assert asked and asked[0].score >= MIN_SCORE

"""More questions for short articles, without weaker ones: a bounded length of time
("at least six weeks") and a count of days' notice are asked like any figure, with
options on the bound's far side; "it" or "its" after a thing named in its own
sentence ("The bridge ..., when it was closed") has its referent; "Its chairman,
Owen Price, said ..." is quoted as "Owen Price said ...". The headline still gives
a bound figure away ("after 40-year absence"), and a span of years beside a year
("almost two years after a failure in December 2022") is still not asked."""

# ruff: noqa: E501

from quizzes.engine import numbers
from quizzes.engine.drafts import NUMBER
from quizzes.engine.kinds.referents import usable
from tests.engine.conftest import article_of, drafts_of

BRIDGE = """Town bridge shut after cracks found

A stone bridge carrying the main road into Lampeter has been closed to traffic after engineers found cracks in one of its arches.

Ceredigion Council said the closure was likely to last at least six weeks while contractors repair the arch.

The bridge last underwent major repairs in 2011, when it was closed for four months.

The Lampeter Business Club, which represents about 80 traders, said shops were already losing customers.

Its chairman, Owen Price, said members had been given only nine days' notice.

The future of its business is unclear, the report said.
"""


def _usable(text, opening):
    article = article_of(text)
    sentence = next(s for s in article.sentences if s.text.startswith(opening))
    return usable(article, sentence)[0]


def _number_draft(drafts, words):
    return next((d for d in drafts if d.kind == NUMBER and words in d.stem), None)


def _key(draft):
    return next(c.text for c in draft.choices if c.is_correct)


# 1. A length of time with a bound, and a count of days' notice.


def test_a_bounded_length_of_time_is_asked_on_the_bounds_far_side():
    draft = _number_draft(drafts_of(BRIDGE), "to last at least ___ while")
    assert draft is not None
    assert _key(draft) == "six weeks"
    others = [numbers.parse(c.text) for c in draft.choices if not c.is_correct]
    assert len(others) >= 2 and all(o.value > 6 and o.unit == " weeks" for o in others)


def test_only_the_count_of_days_notice_is_blanked():
    draft = _number_draft(drafts_of(BRIDGE), "only ___ days' notice")
    assert draft is not None
    assert draft.stem.endswith('"Owen Price said members had been given only ___ days\' notice."')
    assert _key(draft) == "nine"


def test_a_small_bounded_figure_keeps_enough_options():
    for text, lead in (("six weeks", "at least "), ("three", "more than ")):
        figure = numbers.parse(text)
        options = numbers.alternatives(figure, 3, {figure.value}, {figure.value}, lead=lead)
        assert len(options) == 3
        assert all(numbers.parse(o).value > figure.value for o in options)
    figure = numbers.parse("eight hours")
    options = numbers.alternatives(figure, 3, {8.0}, {8.0}, lead="under ")
    assert len(options) == 3 and all(numbers.parse(o).value < 8 for o in options)


# 2. "it" and "its" after the thing their sentence names first.


def test_it_after_a_thing_named_in_its_own_sentence_has_its_referent():
    assert _usable(BRIDGE, "A stone bridge carrying")
    assert _usable(BRIDGE, "The bridge last underwent")
    draft = _number_draft(drafts_of(BRIDGE), "when it was closed for ___")
    assert draft is not None and _key(draft) == "four months"


def test_its_inside_the_subject_still_has_no_referent():
    assert not _usable(BRIDGE, "The future of its business")


# 3. "Its chairman, Owen Price, said ...": the name says who.


def test_a_role_named_beside_its_opening_its_is_quoted_by_the_name():
    assert _usable(BRIDGE, "Its chairman, Owen Price")
    stems = [d.stem for d in drafts_of(BRIDGE)]
    assert not any("Its chairman" in s for s in stems)


# 4. What stays refused.

BIRD = """Rare bird breeds on island after 40-year absence

A rare wading bird has bred on the island of Coll for the first time in more than 40 years, conservationists have confirmed.

The rocket was grounded for almost two years after a failure in December 2022 destroyed two satellites.

Volunteers counted 14 nests along the western shore of the island this summer.
"""


def test_the_headline_gives_a_bound_span_away():
    drafts = drafts_of(BIRD)
    assert _number_draft(drafts, "in more than ___") is None
    assert _number_draft(drafts, "counted ___ nests") is not None


def test_a_span_of_years_beside_a_year_is_not_asked():
    assert _number_draft(drafts_of(BIRD), "grounded for almost ___") is None


def test_it_after_a_speaker_has_its_referent_only_when_the_speaker_is_a_body():
    text = """Firm fined over spill

A spokesperson said it would appeal against the fine of 40,000 pounds within 28 days.

The county council said it would spend 30,000 pounds on new road signs.
"""
    assert not _usable(text, "A spokesperson said")
    assert _usable(text, "The county council said")

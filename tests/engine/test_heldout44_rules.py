"""The rules added from held-out set 33 (2026.11-46): a price in whole tens of pence
keeps its options in the same steps; days a week never pass seven (hours a day 24,
months a year 12), and a cut to so many is never the full week; a "How many ...?"
stem is never asked of a figure stressed by "only" or of members ("individuals")
of a thing it leaves unsaid; a continent is never blanked beside a country in it; a
blank told only as "slightly smaller" than another figure is not asked; a part "of
that total" keeps its options below the total just given; and a verb of an activity
is never offered a verb whose object is a person ("fires the testing")."""

# ruff: noqa: E501

from quizzes.engine import numbers
from quizzes.engine.drafts import ENTITY, NUMBER, TRUE_FALSE, WORD_MEANING
from quizzes.engine.kinds.known import country_in_stem
from quizzes.engine.kinds.scales import fixed_scale, slightly_off
from tests.engine.conftest import drafts_of


def _options(draft):
    return [c.text for c in draft.choices]


def _wrong(draft):
    return [c.text for c in draft.choices if not c.is_correct]


def _about(drafts, words, kind=NUMBER):
    return [d for d in drafts if d.kind == kind and words in d.evidence[0].text]


# 1. A price in tens of pence among options with odd pence is the one real price.


def test_a_price_in_tens_of_pence_keeps_its_steps():
    for key in ("£1.20", "£15.40", "£3.00"):
        options = numbers.alternatives(numbers.parse(key), 3)
        assert len(options) == 3
        assert all(o.endswith("0") for o in options), (key, options)
    # Nor is it offered pence as pounds ("£0.80"): that would be written 80p.
    below = numbers.alternatives(numbers.parse("£1.20"), 3, {1.5}, {1.5})  # "from ___ to £1.50"
    assert below and all(not o.startswith("£0") for o in below)
    # Odd pence may stay odd.
    assert any(not o.endswith("0") for o in numbers.alternatives(numbers.parse("£82.05"), 3))


# 2 and 3. Days a week: at most seven, and a cut is never to the full week.


POST = """Postal workers vote to strike

Postal workers have voted to strike in a row over plans to cut deliveries, the Communication Workers Union said on Monday.

The union said 78% of members who took part had backed the walkout, on a turnout of 61%.

Royal Mail wants to move second-class letters to alternate days from September, while keeping first-class deliveries six days a week.

It says the change would save about £300m a year and protect 4,000 jobs.

Gemma Pryce, who has run a card shop in Leeds for nine years, said trade had dropped since the strikes began and she had cut her opening hours to five days a week.

The first strike day is expected in early September, with further action planned for October.
"""


def test_days_a_week_stay_within_the_week():
    assert fixed_scale("keeping deliveries ", " a week.", " days")[:2] == (1, 7)
    assert fixed_scale("open for ", " a day.", " hours")[:2] == (1, 24)
    assert fixed_scale("cut her opening hours to ", " a week.", " days")[:2] == (1, 6)
    drafts = drafts_of(POST)
    six = _about(drafts, "six days a week")
    five = _about(drafts, "five days a week")
    assert six and five
    for draft in six + five:
        assert not any(o in ("eight days", "nine days") for o in _options(draft))
    for draft in five:
        assert "seven days" not in _options(draft)


# 4. "Only 14 individuals": "only" is the stem's, and individuals of what?


BEETLE = """New beetle found in forest

A beetle never recorded before has been found in an ancient woodland in Gloucestershire.

Only 14 individuals have so far been found, all from five trees within a small area.

Only 12 volunteers took part in the first survey of the site last summer.

Forestry England said 30 specimens had so far been found by volunteers working in the forest.
"""


def test_how_many_keeps_only_out_of_the_options_and_asks_of_something():
    drafts = [d for d in drafts_of(BEETLE) if d.kind == NUMBER]
    assert drafts
    for draft in drafts:
        assert not any(o.lower().startswith("only") for o in _options(draft))
        assert "how many individuals" not in draft.stem.lower()
        assert "how many specimens" not in draft.stem.lower()


# 5. A continent beside a country in it is common knowledge.


def test_a_continent_is_not_blanked_beside_a_country_in_it():
    stem = 'Complete: "the Bialowieza Forest on the border of Poland and Belarus, one of the last primeval forests in ___."'
    assert country_in_stem("Europe", stem, ["Africa", "Asia"])
    assert not country_in_stem("Asia", stem, ["Africa", "Europe"])
    assert not country_in_stem("Europe", 'Complete: "the last primeval forest in ___."', [])
    text = """Rare beetle found in Gloucestershire

A beetle never recorded in Britain has been found in the Forest of Dean, scientists say.

DNA analysis showed the beetle's closest relative lives on the border of Poland and Belarus, in one of the last fragments of primeval forest in Europe.

Helen Marsh, who found it, said she was astonished by the discovery.
"""
    assert not [d for d in drafts_of(text) if d.kind == ENTITY and "Europe" in _options(d)]


# 6. "a slightly smaller increase of ___": the options hinge on a pound.


def test_a_slightly_smaller_figure_is_not_blanked():
    assert slightly_off("will see a slightly smaller increase of ")
    assert not slightly_off("will see an increase of ")
    text = """Energy bills to rise by £168

About 1.6 million households will see their energy bills rise by an average of £168 a year, the supplier said.

About 240,000 of the affected customers pay through prepayment meters and will see a slightly smaller increase of £151 a year.

The company blamed rising wholesale gas prices for the increase.
"""
    drafts = drafts_of(text)
    assert not [
        d for d in drafts if d.kind == NUMBER and "slightly smaller increase of ___" in d.stem
    ]


# 7. A part "of that total" stays below the total.


TRADE = """Thailand and Bangladesh sign trade deal

Thailand and Bangladesh have signed a free trade agreement that will cut tariffs on most goods.

Trade between the two countries was worth about $1.4bn last year, heavily weighted in Thailand's favour.

Thai exports to Bangladesh, mainly plastics and machinery, accounted for around $1.2bn of that total.

Officials on both sides say they hope to double bilateral trade by 2030.
"""


def test_a_part_of_that_total_stays_below_it():
    drafts = [d for d in drafts_of(TRADE) if "of that total" in d.stem]
    assert drafts
    for draft in drafts:
        wrong = [numbers.parse(o).value for o in _wrong(draft)]
        assert len(wrong) >= 2
        assert all(v < 1.4 for v in wrong), _options(draft)
    swaps = [d for d in drafts_of(TRADE) if d.kind == TRUE_FALSE and "of that total" in d.stem]
    assert all("$1.5bn" not in d.stem for d in swaps)


# 8. A verb whose object is an activity is never offered one whose object is a person.


TESTING = """Volunteers test river water

Volunteers have been testing water from the River Irwell every month since last spring.

Dr Priya Chauhan, a scientist at the University of Salford who oversees the testing, said the work was filling gaps in official records.

The group plans to extend its sampling to three more rivers next year.
"""


def test_a_verb_of_an_activity_is_not_offered_fires():
    drafts = [d for d in drafts_of(TESTING) if d.kind == WORD_MEANING and '"oversees"' in d.stem]
    assert drafts
    for draft in drafts:
        assert not {"fires", "forces out", "pressures", "calms"} & set(_options(draft))

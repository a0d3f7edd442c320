"""The rules added from held-out sets 56 to 59: options respect a "down from" or
"up from" figure the sentence gives; a result ranked among others ("took the silver
in ___" after the winner's time) keeps its place among them; and a measure with a
physical unit is offered only believable sizes near it; and "the five sites" in one
stem gives away a count question keyed "Five"; and a figure of an event dated
decades before the story ("in 1918") is a historical aside; an age bounding a
group ("under the age of ___") is never blanked."""

# ruff: noqa: E501

from types import SimpleNamespace

from quizzes.engine import numbers
from quizzes.engine.drafts import NUMBER
from quizzes.engine.giveaways import _count_stated
from quizzes.engine.kinds import events
from quizzes.engine.kinds.number import measure_band, stated_change, worth_blanking
from tests.engine.conftest import drafts_of


def _wrong(draft):
    return [c.text for c in draft.choices if not c.is_correct]


def _numbers_keyed(text, key):
    return [d for d in drafts_of(text) if d.kind == NUMBER and d.key.text == key]


# 1. "___ ..., down from 61.4 the year before": every option is a fall from 61.4.

RATES = """Smoking among young adults falls again

The share of adults aged 18 to 24 who smoke has fallen for a fifth year in a row, according to a new survey published on Tuesday.

Figures from the national health survey show there were 58.7 smokers for every 1,000 adults aged 18 to 24 in 2024, down from 61.4 the year before.

Health campaigners welcomed the fall but said that cheap vapes were now a bigger worry for schools and parents across the country.

The survey questioned more than 9,000 adults in the spring and summer of last year, and the full results will be published in March.
"""


def test_down_from_keeps_options_below_the_earlier_figure():
    drafts = _numbers_keyed(RATES, "58.7")
    assert drafts
    for draft in drafts:
        values = [numbers.parse(option).value for option in _wrong(draft)]
        assert all(58.7 * 0.8 < value < 61.4 for value in values), values


def test_stated_change_reads_the_side():
    key = numbers.parse("58.7")
    assert stated_change(key, " smokers in 2024, down from 61.4 the year before.") == (
        58.7 * 0.8,
        61.4,
    )
    low, high = stated_change(numbers.parse("70"), ", up from 61 a year ago.")
    assert (low, high) == (61, 70 * 1.25)
    assert stated_change(key, " smokers in 2024.") is None


# 2. A silver medal time just behind the winner's is never faster than the winner's.

SPRINT = """Reid takes indoor sprint title

Callum Reid won the men's 60 metres at the national indoor championships in Glasgow on Saturday.

The 22-year-old from Dundee clocked a personal best of 7.12 seconds, holding off the favourite Tom Bassey by two hundredths of a second.

Bassey, 29, who trains in Leeds, took the silver in 7.14, with Sam Okafor third in 7.19.

Reid said he had not expected to win after a winter disrupted by a hamstring injury.
"""


def test_silver_time_keeps_its_place_behind_the_winner():
    key = numbers.parse("7.14")
    assert events.race_result("Bassey, who trains in Leeds, took the silver in ", key, ", with")
    winner = numbers.parse("7.12 seconds")
    other_event = numbers.parse("21.40")
    assert events.rival_results([numbers.parse("7.19")], key, [winner, other_event]) == [7.12, 7.19]
    for draft in _numbers_keyed(SPRINT, "7.14"):
        values = [numbers.parse(option).value for option in _wrong(draft)]
        assert all(7.12 < value < 7.19 for value in values), values
    # The parser reads "7.14" as a date, so the engine asks the third place's time:
    # its options stay behind the silver's 7.14 (and the winner's 7.12).
    drafts = _numbers_keyed(SPRINT, "7.19")
    assert drafts
    for draft in drafts:
        values = [numbers.parse(option).value for option in _wrong(draft)]
        assert all(value > 7.14 for value in values), values


# 3. A measure in feet keeps believable sizes.


def test_measure_band_for_physical_units():
    assert measure_band(numbers.parse("eight feet")) == (8 * 0.6, 8 * 1.6)
    assert measure_band(numbers.parse("two miles")) == (-1, 5)
    assert measure_band(numbers.parse("eight acres")) is None


HEDGE = """Village hedge enters record books

A hedge planted by a retired farmer in Cumbria has been named the tallest garden hedge in the county by a local society.

The beech hedge, which runs for almost a mile along the lane to the village church, is now 30 feet tall at its highest point.

Volunteers trim it every autumn with the help of a hired lifting platform, and the work takes about three weeks.

The society said it hoped the record would bring more visitors to the village and its tea rooms during the summer.
"""


def test_feet_options_stay_near_the_key():
    drafts = _numbers_keyed(HEDGE, "30 feet")
    assert drafts
    for draft in drafts:
        values = [numbers.parse(option).value for option in _wrong(draft)]
        assert all(18 < value < 48 for value in values), values
        assert len(values) == 3  # refilled by steps of the key's rounding (25 feet)


# 4. "the five depots" in one stem answers "___ bus depots are to close" (key "Five").


def test_the_same_count_in_words_gives_the_count_away():
    asked = SimpleNamespace(
        kind=NUMBER,
        key=SimpleNamespace(text="Five"),
        stem='Complete the sentence from the article: "___ council-owned bus depots are to close over the next three years."',
    )
    question = SimpleNamespace(draft=asked)
    assert _count_stated("About ___ staff work at the five sites.", question)
    assert _count_stated("About ___ staff work at the 5 sites.", question)
    assert not _count_stated("About ___ staff work at five sites run by a charity.", question)


# 5. A toll of an event dated decades before the story is a historical aside.

FLU = """Swine fever spreads to third province

An outbreak of swine fever has spread to a third province in the north of the country, officials said on Monday.

More than 12,000 pigs have been culled since the first case was confirmed on a farm near the border in March 2023.

Vets fear the virus could cause a national epidemic, similar to the outbreak of swine fever in 1962 which killed an estimated 900,000 pigs.

Farmers in the three provinces have been told to keep their animals indoors and to report any sick pigs at once.

The government has promised compensation for every animal culled, but farmers say the payments are too low.
"""


def test_toll_of_an_event_decades_before_ranks_as_history():
    drafts = _numbers_keyed(FLU, "900,000")
    assert drafts
    assert all(d.score < 0.5 for d in drafts), [d.score for d in drafts]


# 6. An age that defines a group ("under the age of ___") is a label, not a finding.


def test_age_bound_of_a_group_is_not_blanked():
    figure = numbers.parse("18")
    assert not worth_blanking("In all, 41,200 girls under the age of ", figure, " became mothers.")
    assert not worth_blanking("Entry is free for children aged ", numbers.parse("5"), " and under.")
    assert worth_blanking("In all, ", numbers.parse("41,200"), " girls became mothers.")

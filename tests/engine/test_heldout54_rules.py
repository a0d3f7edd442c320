"""The rules added for enough questions on short articles: a figure whose unit of
measure is written straight after it ("120g", "5.4g", "15ft"), which NER leaves out
of the entity, is read whole and asked, its options carrying the unit; never half a
measure ("7ft 3in", "200km/h"), never "4G", and never "m" (metres or millions)."""

# ruff: noqa: E501

from quizzes.engine import numbers
from quizzes.engine.drafts import NUMBER
from quizzes.engine.lexicon import verb_form
from tests.engine.conftest import drafts_of


def _keyed(drafts, kind, key):
    return [d for d in drafts if d.kind == kind and d.key.text == key]


def _wrong(draft):
    return [c.text for c in draft.choices if not c.is_correct]


# 1. A figure with its unit written on: "weighed about 120g at birth".

OTTERS = """Otter cubs born at wildlife park

Three otter cubs have been born at a wildlife park in Norfolk, the first to be born there for a decade.

Each cub weighed about 130g at birth and was born with its eyes closed, keepers said on Friday.

The parents arrived from a park in Belgium two years ago as part of a breeding scheme for the species.

Keepers said the cubs would stay in their den for about ten weeks before visitors could see them.
"""


def test_a_figure_with_its_unit_written_on_is_asked():
    asked = _keyed(drafts_of(OTTERS), NUMBER, "130g")
    assert asked
    assert all(w.endswith("g") for w in _wrong(asked[0]))


SOUP = """Soups found to be high in salt

Many tinned soups contain more salt than a packet of crisps, a survey by a health charity has found.

A tomato soup from one brand contained 2.4g of salt per can, while a similar soup from a rival had 0.9g.

The charity said shoppers should compare labels before they buy, because the differences were so large.
"""


def test_a_decimal_figure_with_its_unit_written_on_is_asked():
    drafts = drafts_of(SOUP)
    assert _keyed(drafts, NUMBER, "2.4g") or _keyed(drafts, NUMBER, "0.9g")


# 2. Half a measure, or "m", is never blanked.


def test_half_a_measure_is_not_read_as_a_figure():
    text = "The bridge has a clearance of 7ft 3in and winds reached 90km/h."
    at = text.index("7") + 1
    assert numbers.with_measure(text, text.index("7"), at) == at
    at = text.index("90") + 2
    assert numbers.with_measure(text, text.index("90"), at) == at


def test_a_network_or_an_m_is_no_unit():
    text = "The 4G mast stands 40m high and cost 500m euros."
    assert numbers.parse("4G") is None
    at = text.index("40") + 2
    assert numbers.with_measure(text, text.index("40"), at) == at
    assert numbers.parse("120g").suffix == "g"


def test_a_full_stop_taken_into_the_figure_is_left_out():
    text = "The rival soup had 0.9g."
    start = text.index("0.9")
    assert numbers.with_measure(text, start, len(text)) == len(text) - 1


# 3. Newly read, such a figure ranks below a figure NER found whole in its sentence.

HEDGEHOGS = """Hedgehog hospital full for winter

A hedgehog hospital in Suffolk says it has no room left after taking in a record number of animals this autumn.

Volunteers weighed 45 young hedgehogs last week, and the smallest was just 280g, far too light to survive hibernation.

The hospital's manager said people who find a small hedgehog in daylight should call a rescue centre for advice.
"""


def test_a_figure_read_with_its_unit_ranks_below_one_found_whole():
    drafts = drafts_of(HEDGEHOGS)
    whole, measured = _keyed(drafts, NUMBER, "45"), _keyed(drafts, NUMBER, "280g")
    assert whole and measured
    assert measured[0].score < whole[0].score


# 4. A figure that ends its sentence, NER taking the full stop into it ("3.3g.").


def test_a_figure_that_ends_its_sentence_is_asked():
    drafts = drafts_of(SOUP)
    asked = _keyed(drafts, NUMBER, "0.9g")
    assert asked
    assert asked[0].stem.endswith('___."')


# 5. Irregular pasts among word-meaning options ("hided" was published).


def test_irregular_pasts_are_spelt():
    assert verb_form("hide", "VBD") == "hid"
    assert verb_form("steal", "VBN") == "stolen"
    assert verb_form("say", "VBD") == "said"

"""The rules added from held-out sets 32 and 33 (2026.11-46): a true/false statement's
opening word keeps its capital only on the article's evidence. A word the article
writes in lower case is common unless it stands capitalised on its own inside a
sentence too ("Postal workers" beside "the Postal and Logistics Workers' Union"); the
first word of a name given in full elsewhere is a name ("Clearway" for "Clearway Money
Trust"); a described title keeps its capitals ("Evening on the Yare, an oil
landscape"); a common noun before a name describes it ("Comparison site BillWise");
and NER's nationality label does not make a plural a nation ("Pedestrians"). False
statements: where a vehicle was heading is scene-setting; a place is never swapped for
the other end of its route, nor for a place the article ties to the same noun
("services from London"), nor a town for a county; "some services from X" is a part
of a class; a survey's sample size is scene-setting; "the Norfolk artist" does not
make "Norfolk" a name written with "the"."""

# ruff: noqa: E501

from quizzes.engine import numbers
from quizzes.engine.drafts import TRUE_FALSE
from quizzes.engine.kinds import minor
from quizzes.engine.kinds.common import is_name
from quizzes.engine.kinds.true_false import _takes_the
from tests.engine.conftest import article_of, drafts_of


def _opener(text, opening):
    article = article_of(text)
    sentence = next(s for s in article.sentences if s.text.startswith(opening))
    return is_name(article, sentence.span[0])


POST = """Postal workers vote to strike

Postal workers across the country have voted to strike over plans to cut deliveries.

Members of the Postal and Logistics Workers' Union backed action by 84% on a turnout of 67%.

Under the proposals, postal workers would carry two days' worth of mail on some days.
"""

CITY = """City win derby

City led through a first-half goal from the captain.

United hit back to beat City 2-1 in the end, and the city was quiet that night.
"""


def test_a_word_written_in_lower_case_is_common_unless_it_stands_alone_capitalised():
    assert not _opener(POST, "Postal workers across")
    assert _opener(CITY, "City led")


DEBT = """Young adults borrow more

The research, carried out for the debt advice charity Clearway Money Trust, found that 47% of young adults had debts.

Clearway is calling for a ban on unsolicited increases to credit card limits.
"""


def test_the_first_word_of_a_name_given_in_full_is_a_name():
    assert _opener(DEBT, "Clearway is calling")


PAINTING = """Stolen painting found

Evening on the Yare, an oil landscape by the artist Edward Pryce, was taken from a museum in October 2004.

It was cut from its frame and the theft was not discovered until that evening.
"""


def test_a_described_title_keeps_its_capital():
    assert _opener(PAINTING, "Evening on the Yare")


ENERGY = """Energy bills rise

Brightwell Energy will raise its prices for 1.6 million households from April.

Comparison site BillWise said households should not assume they were stuck with the higher price.

BillWise said customers could switch within a week.
"""


def test_a_common_noun_before_a_name_describes_it():
    assert not _opener(ENERGY, "Comparison site BillWise")
    assert _opener(ENERGY, "BillWise said")


BRIDGE = """Bridge shut after crack found

Ceredigion Council shut the crossing on Monday after engineers found a crack.

Pedestrians can still use a narrow walkway on the upstream side, but drivers face a diversion of about nine miles.

Dutch co-chairman Antony Burgmans said the firm would help to pay for the repairs.
"""


def test_a_plural_noun_is_no_nationality():
    assert not _opener(BRIDGE, "Pedestrians can")
    assert _opener(BRIDGE, "Dutch co-chairman")


# Swaps in false statements.


def _statements(text):
    return [d.stem for d in drafts_of(text) if d.kind == TRUE_FALSE]


RAIL = """Landslide shuts coastal railway

A landslide buried part of the coastal line between Dawlish and Teignmouth in Devon on Tuesday.

The driver of an early freight train heading towards Exeter reported debris on the line and was told to stop.

The line is the only rail link between Exeter and Plymouth and carries services on into Cornwall.

Some long-distance services from London will terminate at Exeter until the line reopens.

Engineers said they would need at least three weeks to clear the material and make the cliff safe.
"""


def test_where_a_train_was_heading_is_neither_swapped_nor_blanked():
    drafts = drafts_of(RAIL)
    assert not any("heading towards" in d.stem and "False" in d.explanation for d in drafts)
    assert not any("heading towards ___" in d.stem for d in drafts)
    assert minor.heading_at("a train heading towards Exeter", len("a train heading towards "))


ROUTE = """Floods shut railway

Floods closed the coastal railway at Dawlish on Monday, and buses replaced trains.

The line is the only rail link between Exeter and Plymouth, engineers said.

The last train to Plymouth on Sunday night was cancelled after engineers found damage to the track.

Engineers said they would need at least three weeks to repair the line and make the sea wall safe.
"""


def test_the_other_end_of_a_route_is_no_swap():
    assert not any("train to Exeter" in stem for stem in _statements(ROUTE))


def test_a_place_said_of_some_of_a_kind_is_not_swapped():
    # "some services from Sheffield", "terminate at Plymouth": unstated, not false.
    statements = [s for s in _statements(RAIL) if "long-distance services" in s]
    assert all("from London will terminate at Exeter" in s for s in statements)


def test_a_place_the_article_ties_to_the_same_noun_is_no_swap():
    assert not any("into London" in stem for stem in _statements(RAIL))
    assert not any(
        "services from Plymouth" in s or "services from Cornwall" in s for s in _statements(RAIL)
    )


POLL = """Postal workers vote to strike

Postal workers across the country have voted to strike over plans to cut deliveries.

The Independent Retailers' Forum said a survey of 800 of its members found that 41% expected to lose sales if deliveries were disrupted for more than a week.
"""


def test_a_survey_sample_is_scene_setting():
    text = POLL.split("\n\n")[2]
    before = text[: text.index("800")]
    figure = numbers.parse("800")
    at = text.index("800")
    assert minor.scene_details(text, before, text[at + 3 :], figure, at, at + 3)
    assert not any("survey of" in s and "800" not in s for s in _statements(POLL))


THEFT = """Stolen painting found

A painting stolen from a museum two decades ago has been recovered after it was offered for sale at an auction house in Ashford.

Evening on the Yare, an oil landscape by the Norfolk artist Edward Pryce, was taken from a museum in Norwich in October 2004.

Norfolk Police said the work was identified last month when staff at a Canterbury saleroom checked it against a database.

A 61-year-old man from Margate has been interviewed under caution and released while inquiries continue, the force said.
"""


def test_the_before_a_place_used_as_a_modifier_is_not_the_place_s():
    assert not _takes_the(article_of(THEFT), "Norfolk")  # "the Norfolk artist"
    assert not any("the Norfolk has" in s for s in _statements(THEFT))

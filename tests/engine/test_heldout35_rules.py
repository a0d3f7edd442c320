"""The rules added from held-out sets 26 and 27: a bus route's or service's number is a
name, never blanked; a bound's options ("fewer than ___") lie beyond a range the
article gives for the same count; the population a side clause gives a place is
scene-setting; "the site" never stands for the story's main body; a count of things
the sentence goes on to list in apposition is given away; an age group's options are
ages; options stay well clear of a figure the stem puts "well above" the blank; and
an "N million" figure's options are never written as "0.9 million"."""

# ruff: noqa: E501

from quizzes.engine import generate, numbers, refer
from quizzes.engine.drafts import NUMBER, TRUE_FALSE
from quizzes.engine.kinds import minor
from tests.engine.conftest import article_of, drafts_of, split

# 1. "the 217 route", "the 94 service": numbers that name, not count.

BUSES = """Village bus routes withdrawn

A bus company is to withdraw six rural routes in Devon next month, blaming higher fuel costs.

The 217 route between Tiverton and Exeter is among those to go, and the 94 service to Crediton will end in May.

The council said it would look for another operator to run the routes.
"""


def test_a_route_number_is_never_blanked_or_swapped():
    drafts = [d for d in drafts_of(BUSES) if d.kind in (NUMBER, TRUE_FALSE)]
    route = [d for d in drafts if "Tiverton" in d.stem]
    assert not any(d.kind == NUMBER for d in route)
    assert all("217 route" in d.stem and "94 service" in d.stem for d in route)
    # The count of routes is still asked.
    assert any(d.kind == NUMBER and d.key.text == "six" for d in drafts)


# 2. A bound ("fewer than 120") beside a range of the same count ("between about 50
# and 120 pairs"): no option inside the range, where it may hold.

TERNS = """Rare terns nest on Anglesey beach

A colony of roseate terns has nested on a beach on Anglesey for the first time in 30 years, the RSPB said.

Fewer than 120 breeding pairs are thought to nest in the UK each year, most of them on one island off Northumberland.

Wardens said numbers had varied between about 50 and 120 pairs over the past decade.
"""


def test_a_bounds_options_lie_beyond_the_range_the_article_gives():
    drafts = [d for d in drafts_of(TERNS) if d.kind == NUMBER and "breeding pairs" in d.stem]
    assert drafts
    for draft in drafts:
        others = [numbers.parse(c.text).value for c in draft.choices if c.text != draft.key.text]
        assert len(others) >= 2
        assert all(v < 50 for v in others)  # "fewer than 70" may hold beside "about 50"


HOUSEHOLDS = """Bus cuts leave villages stranded

A bus company is to withdraw nine rural routes in Shropshire next month, blaming higher costs.

Campaigners estimate that at least 600 households along the routes have no car.

The county has about 140,000 households, the council said.
"""


def test_a_bound_beside_another_count_of_its_noun_keeps_its_options():
    # Only a range that takes in the key is the same count; the county's households
    # are another quantity and rule no option out.
    drafts = [d for d in drafts_of(HOUSEHOLDS) if d.kind == NUMBER and d.key.text == "600"]
    assert drafts
    assert all(len(d.choices) == 4 for d in drafts)


# 3. How many live in the place the story happens, in a side clause: scene-setting.


def test_a_places_population_in_a_side_clause_is_scene_setting():
    text = "Residents on Ulva, which has a population of about 60, had relied on a private boat."
    at = text.index("60")
    assert minor.scene_figure_at(text, at, at + 2)
    town = "The town, which is home to 12,000 people, lost its last bank in March."
    at = town.index("12,000")
    assert minor.scene_figure_at(town, at, at + 6)
    # The size of a body is another rule's (given.background_size); the news is not.
    news = "The island's population has fallen to 60, the council said."
    at = news.index("60")
    assert not minor.scene_figure_at(news, at, at + 2)
    members = "The union, which has 300 members, said it would strike."
    at = members.index("300")
    assert not minor.scene_figure_at(members, at, at + 3)


# 4. "The site" is a part of a place, never the story's main organisation.

RESERVE = """Wetland reserve opens

The Marsh Trust has opened a new wetland reserve near Leeds, it said on Monday.

The Marsh Trust said the reserve would attract rare birds such as the bittern.

Volunteers from the Marsh Trust planted 20,000 reeds over the winter.

The site, which covers about 20 hectares, is owned by a local farmer and was drained for grazing in the 1970s.
"""


def test_the_site_is_not_read_as_the_main_organisation():
    article = article_of(RESERVE)
    sentence = next(s for s in article.sentences if s.text.startswith("The site"))
    assert refer.opening(article, sentence) is None
    assert not any("Marsh Trust is owned" in d.stem for d in drafts_of(RESERVE))


# 5. "three models, a city car, a family estate and an electric van": counted.

CARS = """Car plant to cut jobs

Carmaker Vantor is to cut 400 jobs at its plant in Swindon, the company said on Tuesday.

The plant currently builds three models, a city car, a family estate and an electric van launched last year.

Vantor said sales in Europe had fallen by 12% in the first half of the year.

The Unite union said it would ballot its 2,300 members at the plant on strike action, and Swindon Borough Council said it would help those who lose their jobs.
"""


def test_a_count_the_sentence_lists_in_apposition_is_given_away():
    drafts = [d for d in drafts_of(CARS) if d.kind == NUMBER]
    assert not any("models" in d.stem for d in drafts)
    assert any(d.key.text == "400" for d in drafts)


# 6. "those over ___": an age group's options are ages.

POLL = """Mayor wins run-off

The independent candidate Jan Nowak won the run-off for mayor of Gdansk on Sunday with 54.3% of the vote.

An exit poll suggested Mr Nowak won most voters aged under 30, while his rival was ahead among those over 60.

Turnout was 48%, the electoral commission said.

Mr Nowak, a former teacher, has promised to build 15 new cycle lanes in his first year.
"""


def test_an_age_group_has_believable_ages_as_options():
    drafts = [d for d in drafts_of(POLL) if d.kind == NUMBER and "those over ___" in d.stem]
    assert drafts
    for draft in drafts:
        assert all(18 <= numbers.parse(c.text).value <= 90 for c in draft.choices)


# 7. "stood at 96%, well above the ___ level": no option close under 96%.

BEDS = """Hospital beds full

Bed occupancy at St Jude's stood at 96% in October, well above the 85% level that experts regard as safe.

The hospital said 40 beds had been closed for repairs since the summer.

The trust's target is for 92% of patients to be seen within four hours.

The trust said it would open a 20-bed ward in December.
"""


def test_a_far_comparison_keeps_options_clear_of_the_printed_figure():
    drafts = [d for d in drafts_of(BEDS) if d.kind == NUMBER and "well above the ___" in d.stem]
    assert drafts
    for draft in drafts:
        assert all(numbers.parse(c.text).value <= 90 for c in draft.choices)


# 8. "about 1.3 million customers": options of at least one million.


def test_a_million_figure_keeps_its_options_at_a_million_or_more():
    figure = numbers.parse("1.3 million")
    options = numbers.alternatives(figure, 3)
    assert len(options) == 3
    assert all(numbers.parse(o).value >= 1 for o in options)
    # A figure written below a million in millions keeps its own scale.
    small = numbers.alternatives(numbers.parse("0.4 million"), 3)
    assert all(numbers.parse(o).value < 1 for o in small)


def test_the_population_aside_is_not_published():
    text = """Ferry link to island restored

A ferry service to the island of Ulva has resumed after a three-month break, Argyll and Bute Council said.

Local people on Ulva, which has a population of about 60, have welcomed the return of the ferry.

The council said it had spent £45,000 repairing the slipway at the island's pier, and a further £12,000 on a new waiting room.

The ferry will run six times a day in summer and four times a day in winter.
"""
    title, body = split(text)
    published = generate(title, body).drafts
    assert not any("population of about ___" in d.stem for d in published)

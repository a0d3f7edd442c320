"""The rules added from held-out sets 56 to 59: a UK nation is offered only among the
other UK nations; a place said with "the" never stands in a slot without it; the
country of a story's only town is its home; a team sheet is never blanked; a number
word spelled with a capital inside a sentence ("the Six Nations") is never swapped;
a region that shares its name with a big city ("New York") is never swapped for a
state; a country's entry into a union of nations is background known unread; a
quotation that tells its speaker's sex ("a woman like me") offers only people of that
sex; and one that calls a side the other ("Scotland came at us") offers nobody of
that side."""

# ruff: noqa: E501

from types import SimpleNamespace

from quizzes.engine.drafts import ENTITY, TRUE_FALSE, WHO_SAID
from quizzes.engine.kinds import minor
from quizzes.engine.kinds.entity import (
    _not_inside_stem_country,
    _same_article,
    _setting_country,
    _uk_nations,
)
from quizzes.engine.kinds.known import general_trend
from quizzes.engine.kinds.true_false import _set_phrase
from quizzes.engine.kinds.who_said import SEXED_SPEAKER, _not_the_opponents
from quizzes.engine.kinds.worth import line_up
from tests.engine.conftest import article_of, drafts_of, entity_named


def _keyed(drafts, kind, key):
    return [d for d in drafts if d.kind == kind and d.key.text == key]


def _wrong(draft):
    return [c.text for c in draft.choices if not c.is_correct]


# 1. A UK nation among the other UK nations, never among foreign countries.


def test_a_uk_nation_is_offered_only_among_uk_nations():
    options = _uk_nations("Wales", ["Greece", "Spain"])
    assert sorted(options) == ["England", "Northern Ireland", "Scotland"]
    assert _uk_nations("France", ["Greece", "Spain"]) == ["Greece", "Spain"]


# 2. A place said with "the" never stands in a slot without "the".

BEETLES = """Beetle threat to ash trees

A beetle that kills ash trees has been found in a wood in Kent, the Forestry Commission said on Friday.

The emerald ash borer was carried from Asia to the Middle East and then to Europe in wooden packing crates, scientists believe.

Foresters have felled about 200 trees around the site and set traps to find out how far the beetle has spread.

The beetle was first found in North America in 2002 and has since killed millions of trees there.

Landowners have been asked to report any ash tree with thinning leaves or small holes in its bark.
"""


def test_a_place_said_with_the_is_no_option_in_a_slot_without_it():
    article = article_of(BEETLES)
    key = entity_named(article, "North America").mentions[0]
    assert _same_article(article, key, ["Middle East", "Europe"]) == ["Europe"]
    for draft in drafts_of(BEETLES):
        if draft.kind == ENTITY and "___ in 2002" in draft.stem:
            assert "Middle East" not in _wrong(draft)


# 3. The country of a story's only town is its home.

LEAK = """Gas leak forces families out

Forty families were moved out of their homes in Leeds overnight after a gas main cracked under a busy road.

Engineers from the gas company worked through the night to repair the main, and residents were allowed back by breakfast.

A spokesman for the company said the cracked pipe was more than a hundred years old and had probably been weakened by heavy traffic.

The firm is replacing about 90,000km of old iron mains across Britain with plastic pipes, which are less likely to crack.

The fire service said the residents who reported the smell had acted quickly and sensibly.
"""


def test_the_country_of_the_only_town_is_its_home():
    article = article_of(LEAK)
    assert _setting_country(article, entity_named(article, "Britain").mentions[0])


# 4. A team sheet is never blanked.

MATCH = """Rovers win the derby

Rovers beat United 3-1 in a bad-tempered derby at a packed Park Road on Saturday.

Striker Dean Hollis scored twice in the first half, and midfielder Sam Okafor added a third after the break.

United's only goal came from a penalty by Craig Brennan in the last minute.

Rovers manager Tony Adams said his players had earned the win with their work rate.

Rovers: Grant; Hughes, Walsh, Pike, Dunn; Okafor, Reilly, Stone; Lowe, Hollis, Price. Subs not used: Kane, Bell.
"""


def test_a_team_sheet_is_not_blanked():
    article = article_of(MATCH)
    sheet = next(s for s in article.sentences if s.text.startswith("Rovers:"))
    assert line_up(sheet)
    assert not any(line_up(s) for s in article.sentences if s is not sheet)


# 5. A number word spelled with a capital is part of a name, never swapped.

RUGBY = """Wales beat Italy in Cardiff

Wales kept their Six Nations hopes alive with a narrow win over Italy in Cardiff on Sunday.

Fly-half Owen Price kicked four penalties, and wing Gareth Lloyd scored the only try of the match in the second half.

Italy led at half-time but faded after the break as the home pack took control of the scrum.

Wales coach Mark Evans said his side had shown great character in difficult conditions.

The win leaves Wales second in the table, two points behind France with one round to play.
"""


def test_a_capitalised_number_word_is_never_swapped():
    article = article_of(RUGBY)
    doc = article.sentences[0].span.doc
    six = next(t for t in doc if t.text == "Six")
    assert _set_phrase(doc[six.i : six.i + 1])
    for draft in drafts_of(RUGBY):
        if draft.kind == TRUE_FALSE:
            assert "Nations" not in draft.stem or "Six Nations" in draft.stem


# 6. A region that is also a big city has no known grain: no swap for a state.


# 7. A country's entry into a union of nations is background.


def test_joining_a_union_is_background():
    assert general_trend("The Czech Republic joined the European Union in May last year.")
    assert not general_trend("The company joined the European Union's trade mission last year.")


# 8. A quotation that tells its speaker's sex.


def test_a_woman_like_me_tells_the_speaker_s_sex():
    said = {
        sex
        for pattern, sex in SEXED_SPEAKER
        if pattern.search("no one asked a woman like me to stand")
    }
    assert said == {"f"}
    said = {sex for pattern, sex in SEXED_SPEAKER if pattern.search("I am a father of three")}
    assert said == {"m"}


# 9. A quotation that calls a side the other one offers nobody of that side. (Two
# Irish players besides the coach, as a who-said question needs three options.)

DERBY = """Ireland hold on against Scotland

Ireland beat Scotland 22-18 at a windswept Murrayfield on Saturday to stay top of the table.

Scotland led 12-6 at half-time, but two tries from Ireland wing Ciaran Boyle turned the game.

Scotland coach Hamish Reid said his side had lost their way after the break.

"We had chances and did not take them," Reid said.

Scotland captain Euan Moffat said the defeat was hard to take after such a strong first half.

"We let it slip in the last twenty minutes," said Moffat.

Ireland coach Liam Kelly said his players had shown great heart.

"Scotland came at us hard in the first half and we had to dig in," Kelly said.

Ireland fly-half Sean Doyle said the win was the best of his career.

"It was a tough day but we got there in the end," Doyle said.

Ireland lock Rory Byrne said the forwards had won the battle up front.

"Our scrum was strong all afternoon," Byrne said.

Ireland scrum-half Conor Walsh said: "The forwards never stopped working for each other."
"""


def test_a_quotation_against_a_side_offers_nobody_of_that_side():
    article = article_of(DERBY)
    people = [entity_named(article, n) for n in ("Hamish Reid", "Euan Moffat", "Sean Doyle")]
    speaker = SimpleNamespace(entity=entity_named(article, "Liam Kelly"))
    quote = "Scotland came at us hard in the first half and we had to dig in"
    kept = _not_the_opponents(article, speaker, quote, people)
    assert [e.name for e in kept] == ["Sean Doyle"]
    drafts = [
        d
        for d in _keyed(drafts_of(DERBY), WHO_SAID, "Liam Kelly")
        if "Scotland came at us" in d.stem
    ]
    assert drafts
    for draft in drafts:
        assert not {"Hamish Reid", "Euan Moffat"} & set(_wrong(draft))


# 10. No nation inside a country the stem names.


def test_no_nation_inside_a_country_the_stem_names():
    stem = "Britain has the highest rate in Europe, twice that of ___."
    assert _not_inside_stem_country(stem, ["Germany", "Wales", "Spain", "Leeds"]) == [
        "Germany",
        "Spain",
        "Leeds",
    ]


# 11. The next away fixture is an aside, never blanked.


def test_the_next_fixture_is_not_blanked():
    text = "Scotland face a battle to avoid the wooden spoon when they travel to Rome next weekend."
    at = text.index("Rome")
    assert minor.next_fixture_at(text, at, at + len("Rome"))
    text = "The side will travel to Rome to meet the Pope."
    at = text.index("Rome")
    assert not minor.next_fixture_at(text, at, at + len("Rome"))

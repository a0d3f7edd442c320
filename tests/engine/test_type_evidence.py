"""Positive evidence of type before a name is offered, and role and sex compatibility
of people offered for an action (2026.11-5), one short text per rule."""

# ruff: noqa: E501

import pytest

from quizzes.engine import gender, refer
from quizzes.engine.entities import EVENT, ORG, PERSON
from tests.engine.conftest import build, entity_named

STORM = """Hundreds evacuated as storm brings record rain to Wales

More than 600 people have been moved from their homes after Storm Corrin brought record rainfall to mid Wales, causing the River Teme to burst its banks.

Natural Resources Wales (NRW) issued five severe flood warnings for communities along the river on Saturday night.

The Met Office said 143mm of rain fell at Capel Dewi in 24 hours, the highest daily total recorded there since 1961.

In Knighton, about 200 residents spent the night at the town's leisure centre after water reached houses on Station Road.

Council leader Gwyneth Price said the response from volunteers had been "remarkable". "People have opened their doors to neighbours they had never spoken to before," she said.

Mid and West Wales Fire and Rescue Service said crews had rescued 47 people from homes and cars near Llanbister.

Dr Owain Jenkins, of NRW, said the rain had overwhelmed flood defences in several places. Storm Corrin is the third named storm of the season.

First Minister Carys Lloyd visited the rest centre in Knighton on Sunday and promised emergency payments to households that had been flooded.
"""

STRIKE = """Rail workers to strike over ticket office closures

Members of the Rail and Maritime Workers' Union (RMWU) voted to strike over plans to close ticket offices at Pennine Rail.

Pennine Rail's managing director, Claire Ashworth, said no one would lose their job.

The company said smaller stations such as Clitheroe and Hellifield would be unstaffed on both days.

Energy firm Western Grid said in a statement that it supported the passengers.

Passenger group Rail Users North said it opposed the closures. Its chair, Martin Kellett, said commuters were caught in the middle.

Transport Minister Priya Nandra said the government was disappointed. She urged the union to return to talks.
"""

MATCH = """Athletic win with late goals

Castleford took the lead when midfielder Liam Ferris curled a free-kick into the top corner, leaving goalkeeper Sam Pritchard with no chance.

Castleford almost regained the lead on the hour, and Pritchard made a fine save to deny striker Aaron Boyce soon afterwards.

Athletic manager Karen Doyle made a double change in the 70th minute, bringing on substitute Daniel Okonjo and midfielder Tom Bevan.

Castleford manager Neil Garside said his team had been punished for tiredness.

Winger Marcus Dlamini crossed for Ellis Crane, who headed in from six yards.
"""

FILM = """Actor dies aged 87

The actor Margaret Haldane, best known for The Lantern Years, has died at the age of 87.

Her breakthrough came in 1964 when director Leonard Voss cast her as a widowed lighthouse keeper in Salt Harbour.

Her co-star Thomas Okonjo said she had been generous to younger actors.

Haldane won an Olivier Award in 2004, and the Bafta Awards honoured her in 1980.
"""


@pytest.fixture(scope="module")
def storm():
    return build(STORM)


@pytest.fixture(scope="module")
def strike():
    return build(STRIKE)


@pytest.fixture(scope="module")
def match():
    return build(MATCH)


@pytest.fixture(scope="module")
def film():
    return build(FILM)


def _options(drafts):
    return {c.text for d in drafts for c in d.choices}


def test_a_named_storm_is_an_event_never_a_person(storm):
    article, drafts = storm
    corrin = entity_named(article, "Storm Corrin")
    assert corrin is not None and corrin.type == EVENT
    assert "Storm Corrin" not in {p.name for p in article.people}
    assert "Storm Corrin" not in _options(drafts)


def test_awards_and_festivals_are_events(film):
    article, _ = film
    assert all(e.type == EVENT for e in article.entities if e.name.endswith(("Award", "Awards")))


def test_people_need_evidence(storm, strike, film):
    article, _ = storm
    assert entity_named(article, "Gwyneth Price").confirmed  # role before the name, speaks
    assert entity_named(article, "Owain Jenkins").confirmed  # a title
    assert entity_named(article, "Carys Lloyd").confirmed  # "First Minister X"
    article, _ = strike
    assert entity_named(article, "Claire Ashworth").confirmed  # "X's managing director, Y,"
    assert entity_named(article, "Martin Kellett").confirmed  # "Its chair, X,"
    article, drafts = film
    salt = entity_named(article, "Salt Harbour")  # a film NER calls a person
    assert salt is None or salt.type != PERSON or not salt.confirmed
    assert "Salt Harbour" not in _options(drafts)
    assert entity_named(article, "Leonard Voss").confirmed  # "director X"


def test_a_bare_surname_later_confirms_a_person(film):
    article, _ = film
    assert entity_named(article, "Margaret Haldane").confirmed  # "Haldane won ..."


def test_places_need_the_gazetteer_or_a_place_context(storm, strike):
    article, drafts = storm
    capel = entity_named(article, "Capel Dewi")
    assert capel is None or not capel.confirmed  # "fell at Capel Dewi": no place noun
    assert "Capel Dewi" not in _options(drafts)
    article, drafts = strike
    clitheroe = entity_named(article, "Clitheroe")
    assert clitheroe is None or clitheroe.type != ORG or not clitheroe.confirmed
    assert "Clitheroe" not in _options(drafts)


def test_organisations_need_evidence(storm, strike):
    article, drafts = storm
    assert entity_named(article, "Natural Resources Wales").confirmed  # acronym defined
    assert entity_named(article, "Met Office").confirmed  # "office": an organisation's word
    rescue = entity_named(article, "Rescue Service")  # "[Mid and West Wales Fire and] ..."
    assert rescue is None or not rescue.confirmed
    assert "Rescue Service" not in _options(drafts)
    article, _ = strike
    assert entity_named(article, "Pennine Rail").confirmed  # "X's managing director"
    assert entity_named(article, "Western Grid").confirmed  # "Energy firm X", "in a statement"


def test_unconfirmed_names_are_kept_for_stems(storm):
    article, _ = storm
    assert any(m.entity is not None and m.entity.name == "Storm Corrin" for m in article.mentions)


def test_role_families(match):
    article, _ = match
    assert refer.families(article, entity_named(article, "Sam Pritchard")) == {"player"}
    assert refer.families(article, entity_named(article, "Karen Doyle")) == {"team staff"}
    assert refer.families(article, entity_named(article, "Tom Bevan")) == {"player"}
    assert refer.families(article, entity_named(article, "Ellis Crane")) == {
        "player"
    }  # "who headed"


def test_a_manager_is_not_offered_for_a_players_action(match):
    article, drafts = match
    for draft in drafts:
        if draft.kind == "entity" and "save" in draft.stem:
            assert not {"Karen Doyle", "Neil Garside"} & {c.text for c in draft.choices}
    key = entity_named(article, "Sam Pritchard")
    pool = [e for e in article.people if e is not key]
    offered = refer.same_role_first(article, key, pool, "___ made a fine save")
    assert {e.name for e in offered} and not {"Karen Doyle", "Neil Garside"} & {
        e.name for e in offered
    }
    # Anyone may reject a claim: no action, no filtering.
    assert refer.same_role_first(article, key, pool, "Who rejected the claim?") == pool


def test_a_players_role_is_not_offered_for_a_managers_change(match):
    article, _ = match
    key = entity_named(article, "Karen Doyle")
    pool = [e for e in article.people if e is not key]
    offered = refer.same_role_first(article, key, pool, "Who made a double change?")
    assert [e.name for e in offered] == ["Neil Garside"]


def test_she_in_a_stem_rules_out_men(storm):
    article, drafts = storm
    assert gender.gender(article, entity_named(article, "Gwyneth Price")) == "f"
    assert gender.gender(article, entity_named(article, "Owain Jenkins")) == "m"
    key = entity_named(article, "Gwyneth Price")
    pool = [e for e in article.people if e is not key]
    kept = gender.same_gender_first(article, key, pool, "Who said she was proud?")
    assert "Owain Jenkins" not in {e.name for e in kept}
    assert gender.same_gender_first(article, key, pool, "Who said it was a record?") == pool


VENUE = """Tech firms promote recycling

Ebay announced a recycling project with Intel and Apple at CES in Las Vegas.

Intel showcased motherboards and chips at CES which are entirely lead free, the company said.

Apple said it would take back old phones, and Intel said it supported the scheme.
"""


def test_an_organisation_named_only_as_a_venue_is_not_offered():
    from quizzes.engine.kinds.distractors import worth_offering

    article, _ = build(VENUE)
    ces = entity_named(article, "CES")
    assert ces is None or not worth_offering(ces)  # only ever "at CES"
    intel = entity_named(article, "Intel")
    assert intel is not None and worth_offering(intel)


def test_the_town_without_its_name_is_not_self_contained(storm):
    from quizzes.engine.kinds.referents import self_contained

    article, drafts = storm
    sentence = next(s for s in article.sentences if "leisure centre" in s.text)
    assert not self_contained(article, sentence)  # "In Knighton" is no typed place
    article, _ = build("""Council approves cuts

Councillors in Marsham approved cuts after a four-hour meeting at the town hall.
""")
    assert self_contained(article, article.sentences[0])  # "the town hall": a building


FOODBANK = """Food bank appeals for volunteers

Volunteer Tom Ashcroft, 71, a retired postman, has helped sort donations at the Clitheroe centre every Tuesday for six years.

According to the charity, 38% of the people referred to the food bank last year were in work. Most were referred by doctors, schools or Citizens Advice.
"""


def test_a_role_glued_to_a_name_is_not_part_of_it():
    article, drafts = build(FOODBANK)
    assert entity_named(article, "Tom Ashcroft") is not None
    assert entity_named(article, "Volunteer Tom Ashcroft") is None
    assert "Volunteer Tom Ashcroft" not in _options(drafts)


def test_a_bare_quantifier_subject_is_not_self_contained():
    from quizzes.engine.kinds.referents import self_contained

    article, _ = build(FOODBANK)
    sentence = next(s for s in article.sentences if s.text.startswith("Most were"))
    assert not self_contained(article, sentence)  # most of whom?


def test_a_foreign_namesake_is_not_topped_up_from_the_gazetteer():
    article, drafts = build("""Astronomer spots comet

Graham Fielding, a retired teacher from Keswick in England, spotted the comet in October.

Keswick lies on the edge of the Lake District National Park, which has some of the darkest skies in England.
""")
    # The gazetteer's Keswick is a Canadian town: no North American towns as options.
    for draft in drafts:
        if draft.key.text == "Keswick":
            assert len(draft.choices) < 3 or all(
                c.text in ("Keswick", "England") for c in draft.choices
            ), draft.choices


def test_a_hospital_is_not_a_general():
    article, drafts = build("""Hospital opens surgical hub

The £32m hub at Ashbourne General Hospital has four operating theatres.

Grandmother Pauline Hextall, 74, from Matlock, was one of the first patients to be treated. She had waited 19 months for a new knee.
""")
    hospital = entity_named(article, "Ashbourne General Hospital")
    assert hospital is None or hospital.type != PERSON
    assert "Ashbourne General Hospital" not in {p.name for p in article.people}


def test_figures_that_are_nouns_or_given_away_are_not_blanked():
    from quizzes.engine import numbers
    from quizzes.engine.kinds.number import worth_blanking

    six = numbers.parse("six")
    assert not worth_blanking("captain Rehan Malik hit a ", six, " from the final ball.")
    assert worth_blanking("Joe Pennington took ", numbers.parse("three"), " wickets for 28 runs.")
    two = numbers.parse("two")
    assert not worth_blanking("they lost ", two, " wickets in the first over, both to Doyle.")


def test_it_after_only_a_person_is_not_self_contained():
    from quizzes.engine.kinds.referents import self_contained

    article, _ = build("""Vipers win with last-ball six

The Vipers needed five runs from the last delivery, bowled by Lewis Harding.

Captain Rehan Malik, 29, drove it high over long-on to spark celebrations among the spectators.
""")
    sentence = next(s for s in article.sentences if "drove it" in s.text)
    assert not self_contained(article, sentence)

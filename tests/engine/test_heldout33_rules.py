"""The rules added for held-out set 33: a name ending in a building word that the
article also calls a building ("Caer Eryr Castle ... the castle") is no person, and a
monarch named with his number only as history ("captured by the forces of Edward I")
is never offered as a speaker; a figure whose digits stand in the stem as a time
("all but 1,800 properties by 1800 GMT") is neither blanked nor swapped; a statement
naming a speaker on the topic of his quotation gives the who-said question away; a
body that represents staff is a union, offered only against unions; "Bookmakers X"
is a firm; and where a person's side interests lie is never asked."""

# ruff: noqa: E501

from quizzes.engine.drafts import Choice, Draft, Evidence
from quizzes.engine.entities import PERSON
from quizzes.engine.giveaways import gives_away
from quizzes.engine.kinds import number
from quizzes.engine.kinds.common import Candidate
from tests.engine.conftest import article_of, drafts_of

# 1. A castle and a king from history are no speakers.

TOWER = """Grant saves crumbling tower

Ruined Bryn Hafod Tower in the Tywi valley is to be repaired after winning a grant of £2.1m from the Heritage Lottery Fund.

The tower, put up by local lords in about 1190 and later taken by the forces of Henry III, draws around 20,000 visitors a year.

Restoration will begin in the spring, with the upper walls shored up first, councillor Dai Rees said.

"We were running out of time to save the walls," said project leader Alys Morgan.

"This money means the site can stay open for another century," Ms Morgan said.
"""


CASTLE = """Grant saves old ruin

The grant for Dinas Gwyn Castle, near Bala, will pay for work to stabilise the crumbling wall.

The castle, built in about 1240, attracts around 30,000 visitors a year.

"We were running out of time," said project leader Alys Morgan.
"""


def test_a_name_ending_in_a_building_word_is_no_person():
    article = article_of(CASTLE)
    assert not any("Castle" in p.name or "Dinas" in p.name for p in article.people)


def test_a_king_from_history_and_a_building_are_never_who_said_options():
    for draft in drafts_of(TOWER):
        if draft.kind == "who_said":
            options = {c.text for c in draft.choices}
            assert not any("Tower" in o or "Henry" in o for o in options), options


def test_a_person_named_castle_stays_a_person():
    text = """Old friend remembered

Site manager Tom Castle said the reserve had never looked better.

"The birds are back in numbers," Mr Castle said, standing by the lake.
"""
    article = article_of(text)
    assert any(p.name == "Tom Castle" and p.type == PERSON for p in article.people)


# 2. A key whose digits stand in the stem as a time or a year echoes itself.

POWER = """Storm cuts power to homes

Gales of more than 70mph cut power to thousands of homes across the Highlands on Tuesday.

Engineers had reconnected all but 1,400 properties by 1400 GMT.

The power company said about 9,000 homes had been cut off at the height of the storm.

Ferries were cancelled and about 200 passengers were stranded in Aberdeen.
"""


def test_a_key_echoed_as_a_time_in_its_stem_is_not_asked():
    for draft in drafts_of(POWER):
        if draft.kind == "number":
            assert draft.key.text.replace(",", "") != "1400", draft.stem


def test_echoed_ignores_the_comma():
    assert number.echoed("all but ___ properties by 1800 GMT.", "1,800")
    assert not number.echoed("all but ___ properties by 1800 GMT.", "1,200")


# 3. A statement naming the speaker on the quotation's topic gives him away.


def _said(quotation, speaker, evidence):
    choices = [Choice(speaker, True), Choice("Ann Lloyd", False), Choice("Tom Reed", False)]
    stem = f'Who said "{quotation}"?'
    draft = Draft("who_said", stem, tuple(choices), "", evidence, 0.8, answer_type="person")
    return Candidate(draft, 0, 0, "who_said:0", speaker)


def _statement(text, evidence):
    choices = (Choice("True", False), Choice("False", True))
    draft = Draft("true_false", f"True or false? {text}", choices, "", evidence, 0.6)
    return Candidate(draft, 0, 0, "true_false:0", "False")


def test_a_statement_on_the_quotations_topic_names_its_speaker():
    intro = Evidence(
        "Union officer Gwyn Parry said staff took a pay cut on the understanding that jobs would stay in Neath.",
        100,
        180,
    )
    named = Evidence('"Our members gave up a great deal," Mr Parry said.', 182, 230)
    said = Evidence('"We had promises about this factory and they mean nothing."', 231, 290)
    quote = _said(
        "We had promises about this factory and they mean nothing",
        "Gwyn Parry",
        (intro, named, said),
    )
    statement = _statement(
        "According to the article, union officer Gwyn Parry said staff took a pay cut on the understanding that jobs would stay in Swansea.",
        (intro,),
    )
    assert gives_away(statement, quote)


def test_a_statement_on_another_topic_does_not_name_the_speaker():
    other = Evidence(
        "Gwyn Parry, who has led the branch since 1998, lives in Port Talbot.", 400, 470
    )
    said = Evidence(
        '"We had promises about this factory and they mean nothing," he said.', 182, 260
    )
    quote = _said("We had promises about this factory and they mean nothing", "Gwyn Parry", (said,))
    statement = _statement(
        "According to the article, Gwyn Parry has led the branch since 1998.", (other,)
    )
    assert not gives_away(statement, quote)


def test_a_figure_echoed_as_a_time_is_not_swapped():
    for draft in drafts_of(POWER):
        if draft.kind == "true_false":
            assert "by 1400 GMT" not in draft.stem or "1,400" in draft.stem, draft.stem


# 5. A firm the article calls "bookmakers" is an organisation, never a person.

RACE = """Grey Fern wins at Ludlow

Grey Fern won the feature chase at Ludlow on Saturday for trainer Harriet Vane, ridden by jockey Sam Pollard.

Rival trainer Owen Pugh said his horse had not stayed the trip.

Bookmakers Daniel Ware cut Grey Fern's odds for the Gold Cup from 40-1 to 16-1 after the win.

"He jumped beautifully and kept galloping," Ms Vane said.
"""


def test_a_bookmaker_named_like_a_person_is_an_organisation():
    article = article_of(RACE)
    assert not any(p.name == "Daniel Ware" for p in article.people)
    for draft in drafts_of(RACE):
        if draft.key.text == "Daniel Ware":
            options = {c.text for c in draft.choices}
            assert not options & {"Harriet Vane", "Sam Pollard", "Owen Pugh"}, draft.stem


# 4. A union's options are unions, never the firm the story is about.

PLANT = """Brakes plant to shed 300 jobs

Harlow Brakes said it would close its plant in Neath and move the work to Poland next year.

Managing director Peter Quinn said the decision had been painful.

Unison Works, which represents about 250 of the shopfloor staff, said it would fight the cuts.

The National Transport Workers' Union, which represents about 60 drivers, said it would join the talks.

Harlow Brakes employs about 4,000 people at 12 sites worldwide.
"""


def test_a_union_is_sorted_as_one_and_its_options_are_unions():
    article = article_of(PLANT)
    sorts = {e.name: e.subtype for e in article.entities}
    assert sorts.get("Unison Works") == "union", sorts
    for draft in drafts_of(PLANT):
        if draft.key.text == "Unison Works":
            assert "Harlow Brakes" not in {c.text for c in draft.choices}, draft.stem


# 6. Where a person's side interests lie is a stray detail, never swapped.

CLUB = """Developer buys Plymouth club

Property developer Martin Hale has bought Plymouth Argyle Rovers for an undisclosed sum.

Mr Hale, 61, made his fortune building offices in Texas and already owns a stake in an ice hockey team in Ohio.

He said he would spend £5m on a new stand in Plymouth before next season.

"This club has a great future," Mr Hale said.
"""


def test_a_place_among_a_persons_side_interests_is_not_swapped():
    for draft in drafts_of(CLUB):
        if draft.kind == "true_false" and "ice hockey" in draft.stem:
            assert "in Ohio" in draft.stem and "in Texas" in draft.stem, draft.stem


def test_a_place_among_a_persons_side_interests_is_not_blanked():
    for draft in drafts_of(CLUB):
        if draft.kind == "entity":
            assert draft.key.text not in ("Ohio", "Texas"), draft.stem


def test_words_the_whole_story_uses_do_not_tie_a_statement_to_a_speaker():
    said = Evidence(
        '"This is not fans selling a spare ticket, this is organised touting," she said.', 300, 380
    )
    named = Evidence(
        "Director Jo Kemp said organisers had traced the sales to a few buyers.", 200, 298
    )
    other = Evidence(
        "Ms Kemp said anyone with a cancelled ticket would be turned away, and urged fans to buy early.",
        600,
        700,
    )
    quote = _said(
        "This is not fans selling a spare ticket, this is organised touting",
        "Jo Kemp",
        (named, said),
    )
    statement = _statement(
        "According to the article, Jo Kemp said anyone with a cancelled ticket would be turned away, and urged fans to buy early.",
        (other,),
    )
    assert not gives_away(statement, quote, frozenset({"ticket", "fans"}))

"""Rules added to publish more of what a teacher would ask of real articles: a person
known by one name alone whom the article gives a family or an agent ("Zenaldo's
father") is a person, not a dropped lone surname or an organisation; a surname NER
calls a body that the article writes after a common given name is a person's; when no
rival speaks, a name given in passing is no who-said option; and a player who failed
a drugs test is the accused of the story."""

# ruff: noqa: E501

from quizzes.engine.drafts import WHO_SAID
from quizzes.engine.entities import ORG, PERSON, Mention
from quizzes.engine.kinds import fates
from quizzes.engine.people import given_named_people, kin_named
from tests.engine.conftest import article_of, drafts_of, entity_named

# 1. A one-word name with a family or an agent is a person.

MONONYM = """Zenaldo wants Rovers stay

Zenaldo's agent says the midfielder wants to stay at Rovers despite interest from clubs in Spain.

Zenaldo wants assurances that he will play a part in Tom Harker's first-team plans this season.

Zenaldo's father has been in the country to see his son and his grandchildren.

Zenaldo said: "I want to stay here and fight for my place in the team."

Rovers manager Tom Harker said: "He is a fine player and I hope he stays with us."
"""


def test_a_player_known_by_one_name_with_an_agent_is_a_person():
    article = article_of(MONONYM)
    player = entity_named(article, "Zenaldo")
    assert player is not None and player.type == PERSON and player.confirmed
    assert len(player.mentions) >= 4


def test_a_player_known_by_one_name_is_a_who_said_option():
    # A third speaker: a who-said question needs three options.
    captain = '\nRovers captain Lee Dunn said: "Everyone in the dressing room wants him to stay."\n'
    drafts = [d for d in drafts_of(MONONYM + captain) if d.kind == WHO_SAID]
    assert any("Zenaldo" in [c.text for c in d.choices] for d in drafts)


def test_a_one_word_body_with_a_father_is_retyped_a_person():
    article = article_of(MONONYM)
    father = _body_mention(article, "Zenaldo", 2)  # NER may call him a body
    assert kin_named([father], article.sentences) == {"Zenaldo"}
    assert father.type == PERSON


SISTER = """Channel plans

Kestrel's sister channel will show the final on Saturday, the broadcaster said.

Kestrel said the match would draw a record audience for the channel this year.
"""


def test_a_body_with_a_sister_channel_stays_a_body():
    kestrel = entity_named(article_of(SISTER), "Kestrel")
    assert kestrel is not None and kestrel.type == ORG


# 2. A surname NER calls a body, written after a common given name, is a person's.

SACKED = """Rovers sack Kovu

Rovers have sacked Adrian Kovu after he failed a drugs test.

Rovers have decided to write off a possible transfer fee for Kovu, a 12m signing from Parma last year.

Kovu scored six goals in his first five games for the club but his form went into decline and he was dropped by coach Jose Marin.

Drug-testing expert Michelle Varden said: "Rovers are saying quite clearly to their players that this is a situation they will not tolerate."
"""


def _body_mention(article, text, sentence):
    """A mention typed an organisation, as NER left it, at text's place in the sentence."""
    start = article.body.index(text, article.sentences[sentence].start)
    return Mention(text, start, start + len(text), sentence, ORG)


def test_a_surname_written_after_a_given_name_is_a_person_not_a_body():
    article = article_of(SACKED)
    surname = _body_mention(article, "Kovu", 1)
    added = given_named_people(article.sentences, [surname])
    assert [(m.text, m.type, m.sentence) for m in added] == [("Adrian Kovu", PERSON, 0)]
    assert surname.type == PERSON


def test_a_shop_named_after_its_founder_stays_a_body():
    article = article_of(SHOP)
    store, lewis = _body_mention(article, "John Lewis", 0), _body_mention(article, "Lewis", 1)
    assert given_named_people(article.sentences, [store, lewis]) == []
    assert lewis.type == ORG
    assert entity_named(article, "John Lewis").type == ORG


SHOP = """Store sales rise

Sales at John Lewis rose by 5% in the week before Christmas, the store group said.

Lewis said its online sales had grown fastest, with demand for toys and games.
"""


# 3. When no rival speaks, a name given in passing is no rival speaker.


def test_a_passer_by_is_no_rival_when_nobody_else_speaks():
    # The chairman, who does not speak either, has a part in the story: with Kovu he
    # makes the three options a who-said question needs, and leaves room for Marin.
    chairman = "\nRovers chairman Ian Holt will meet the player's agent on Monday.\n"
    drafts = [d for d in drafts_of(SACKED + chairman) if d.kind == WHO_SAID]
    assert drafts
    for draft in drafts:
        assert "Jose Marin" not in [c.text for c in draft.choices]


# 4. A player who failed a drugs test is the accused of the story: no rival speaker
# for what the testers or his club said of the case.

DOPED = """Rovers sack striker

Rovers have sacked striker Tom Kovu after a positive test for a banned drug.

It emerged that Kovu had failed a drugs test in October, and he now faces a long ban from the game.

Rovers chairman Alan Pike said the club had no choice once the result was confirmed.

Drug-testing expert Michelle Varden said: "Rovers are saying quite clearly to their players that this is a situation they will not tolerate."
"""


def test_a_player_who_failed_a_drugs_test_is_the_accused():
    article = article_of(DOPED)
    assert fates.accused(article, entity_named(article, "Tom Kovu"))
    assert not fates.accused(article, entity_named(article, "Alan Pike"))


def test_a_player_who_failed_a_drugs_test_is_no_rival_for_the_testers_words():
    drafts = [d for d in drafts_of(DOPED) if d.kind == WHO_SAID and d.key.text == "Michelle Varden"]
    for draft in drafts:
        assert "Tom Kovu" not in [c.text for c in draft.choices]

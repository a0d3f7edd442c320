"""Rules for 2026.11-96 to -98, from strict judges' verdicts on reu9 to reu12 (Reuters
articles of 2016-17): a name NER cut in two ("Aung San" and "Suu Kyi") is one person;
"the U.S. Congress" split after "U.S." is one sentence; a piece of a judge's title
("U.S. District") is no place; no blank after "v." in a case's name; (-97) the stock
denial that closes the Russia stories is a formula, a count of sources is never
swapped, and a bare reply ("I would say yes") is never asked "who said"; (-98) a
dateline may keep a dropped date's comma ("LONDON, (Reuters) - ")."""

# ruff: noqa: E501

from quizzes.engine.kinds import entity
from quizzes.engine.kinds.who_said import _content_words
from tests.engine.conftest import article_of, entity_named
from tests.engine.test_real_links_rules import _refused_unless, _statements

MYANMAR = """Congress decries ethnic cleansing in Myanmar

Members of Congress said on Tuesday the operations had the hallmarks of ethnic cleansing, while the country's leader Aung San Suu Kyi expressed doubts about the allegations.

Suu Kyi met the delegation in Naypyitaw, Senator Jeff Merkley said.

Merkley said Suu Kyi had promised to allow aid workers into the area.
"""


def test_a_name_cut_in_two_is_one_person():
    article = article_of(MYANMAR)
    names = {e.name for e in article.people}
    assert "Aung San Suu Kyi" in names
    assert "Aung San" not in names and "Suu Kyi" not in names
    assert len(entity_named(article, "Aung San Suu Kyi").mentions) >= 3


def test_the_us_congress_is_not_split_after_us():
    article = article_of(
        """Towns fear tax revolt

Local leaders worry that if tax plans moving through the U.S. Congress become law, it will be harder to pave streets.

Mary Dunne said the town would cut its budget.
"""
    )
    assert article.sentences[0].text.endswith("harder to pave streets.")


def test_a_piece_of_a_judges_title_is_no_place():
    article = article_of(
        """Travel ban ruling

U.S. District Judge Derrick Watson in Honolulu ruled last month that Hawaii was likely to succeed.

Judges in Maryland and California made similar rulings, officials said.
"""
    )
    district = entity_named(article, "U.S. District")
    assert district is None or district.type != "place"
    assert entity_named(article, "Maryland").type == "place"


def test_no_blank_after_v_in_a_cases_name():
    # "the ruling in Clinton v. ___": the party is written by surname, and the stem
    # would print the key's full name inside the case's ("Clinton v. Paula Jones").
    assert entity.GLUED_BEFORE.search("have cited the Supreme Court's ruling in Clinton v. ")
    assert entity.GLUED_BEFORE.search("a Democrat appointed director by then-President ")
    assert not entity.GLUED_BEFORE.search("have cited the Supreme Court's ruling against ")


def test_the_stock_denial_of_the_russia_stories_is_never_stated():
    _refused_unless(
        "Moscow has denied meddling in the election, and Harbour Lines has denied any collusion.",
        "Moscow",
        "has denied meddling in the election, and Harbour Lines has denied any collusion",
        "has bought two ferries from Harbour Lines for the Carra route",
    )


def test_a_count_of_sources_is_never_swapped():
    sentence = (
        "McMaster replied that the ferry would run all winter, three people present told Reuters."
    )
    swapped = [
        c.draft.stem for c in _statements(sentence, "McMaster") if c.draft.key.text == "False"
    ]
    assert not any("people present" in stem for stem in swapped)
    plain = (
        "McMaster replied that the ferry would run all winter, and three new boats would join it."
    )
    swapped = [c.draft.stem for c in _statements(plain, "McMaster") if c.draft.key.text == "False"]
    assert any("new boats" in stem for stem in swapped)


def test_a_bare_reply_is_never_asked_who_said():
    assert not _content_words("I would say yeah. I would say yes")
    assert len(_content_words("Congress is really behind the eight-ball")) >= 2


def test_a_bare_reply_gets_no_who_said_question():
    from quizzes.engine.kinds import who_said

    text = """Trump draws red line

Asked whether a look at his family's finances would cross a red line, Donald Trump told the New York Times: "I would say yeah. I would say yes."

Senator Mark Warner said: "The committee will follow the money wherever it leads."

Lawyer Jay Sekulow said: "The president has nothing to hide from the investigators."

Analyst Tom Baker said: "Nobody in Washington expected the question to come so soon."
"""
    stems = [c.draft.stem for c in who_said.candidates(article_of(text))]
    assert stems
    assert not any("I would say yeah" in stem for stem in stems)


def test_a_dateline_may_keep_a_dropped_dates_comma():
    # "LONDON, (Reuters) - ___ influential U.S. Congressmen ...": judges failed the
    # dateline left in the stem (-98).
    from quizzes.engine.nlp import DATELINE

    assert DATELINE.match("LONDON, (Reuters) - Two influential").group() == "LONDON, (Reuters) - "

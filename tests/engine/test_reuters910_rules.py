"""Rules for 2026.11-96, from strict judges' verdicts on reu9 and reu10 (24 more Reuters
articles of 2016-17, judged under -95): a name NER cut in two ("Aung San" and "Suu
Kyi") is one person; "the U.S. Congress" split after "U.S." is one sentence; a piece
of a judge's title ("U.S. District") is no place; and no blank after "v." in a
case's name."""

# ruff: noqa: E501

from quizzes.engine.kinds import entity
from tests.engine.conftest import article_of, entity_named

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
    assert entity.THEN_BEFORE.search("have cited the Supreme Court's ruling in Clinton v. ")
    assert entity.THEN_BEFORE.search("a Democrat appointed director by then-President ")
    assert not entity.THEN_BEFORE.search("have cited the Supreme Court's ruling against ")

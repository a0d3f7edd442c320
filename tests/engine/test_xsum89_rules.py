"""Rules from strict judges' verdicts on xsum8 and xsum9, 40 real BBC articles of
2010-17 (the XSum test set) judged under 2026.11-87, which had never seen them: a
description that names its own body ("The IS-affiliated Amaq news agency") is never
replaced by another body's name; "Greater Glasgow" is no person; "the big six" is a
name, never a blank; a "that" the parser took for "which" leans on the sentence
before; a word question whose sentence shows the stem of its key ("hoping" for
"hopeful") gives itself away; and "its spent" is a slip. From xsum10 (under -88): a
reply ("she responded") names its own speaker."""

# ruff: noqa: E501

from quizzes.engine import refer
from quizzes.engine.drafts import WHO_SAID, WORD_MEANING
from tests.engine.conftest import article_of, drafts_of, entity_named
from tests.engine.test_real_links_rules import _blanks, _refused_unless
from tests.engine.test_xsum_rules import _keys

AGENCY = """Ferry grounded off Carra

A ferry ran aground off the island of Carra on Tuesday, the Marine Safety Agency said.

The Marine Safety Agency has sent inspectors to the island.

The {}agency shared two images of the ferry on its website.
"""


def test_a_description_naming_its_own_body_is_not_replaced():
    def stands_for(text):
        article = article_of(text)
        sentence = next(s for s in article.sentences if "shared two images" in s.text)
        found = refer.opening(article, sentence)
        return None if found is None else found.entity.name

    # "The Amaq news agency" is Amaq, never the one agency the story named before.
    assert stands_for(AGENCY.format("Amaq news ")) is None
    assert stands_for(AGENCY.format("")) == "Marine Safety Agency"


def test_greater_and_a_place_is_no_person():
    article = article_of(
        """Hospitals spend 94p a meal

Some Scottish hospitals are spending just 94p per patient meal, figures show.

Greater Glasgow and Clyde NHS board said it was a challenge to control food waste.

Health secretary Aileen Campbell said boards must follow the nutritional guidelines.
"""
    )
    assert entity_named(article, "Greater Glasgow") is None
    assert entity_named(article, "Aileen Campbell") is not None


def test_the_big_six_is_a_name_not_a_blank():
    sentence = "The big six energy suppliers told the council Harbour Lines had lost £2m."
    assert "six" not in [k.lower() for k in _keys(sentence, "energy suppliers")]
    plain = sentence.replace("The big six", "Six")
    assert "Six" in _keys(plain, "energy suppliers")


def test_a_that_taken_for_which_leans_on_the_sentence_before():
    _refused_unless(
        "When the new Carra ferry is running, that will no longer happen to islanders.",
        "new Carra ferry is running",
        "that will no longer happen to islanders",
        "cancelled sailings will no longer trouble islanders",
    )


def test_a_word_question_whose_sentence_shows_its_keys_stem_is_not_asked():
    text = """Blind cricketers look ahead

Guyana's blind cricket team is preparing for its first international tournament in Trinidad.

"But we're {} that we can win it. We're always optimistic," says coach Ravi Singh.

The team trains three times a week at a ground in Georgetown.
"""

    def asked(word):
        return [
            d
            for d in drafts_of(text.format(word))
            if d.kind == WORD_MEANING and "optimistic" in d.stem
        ]

    assert not asked("hoping")
    assert asked("sure")


def test_its_for_it_has_is_a_slip():
    _refused_unless(
        "Harbour Lines said its spent £2m on the Carra route this year.",
        "Carra route this year",
        "said its spent",
        "said it spent",
    )
    # Nor blanked: the slip is the sentence's, whatever the question.
    assert not _blanks(
        "Harbour Lines said its spent £2m on the Carra route this year.", "Carra route this year"
    )


DEBATE = """Candidates clash in debate

Donald Trump and Hillary Clinton clashed over trade and taxes in their second debate.

Moderator Anderson Cooper said: "Both of you have promised to answer the voters' questions tonight."

Bill Clinton watched from the audience with Kathy Shelton, who said: "I came here to be heard by the voters."

Mr Trump said the country needed a special prosecutor to look into the email affair.

"Everything he just said is absolutely false and I am not surprised at all," she {}.
"""


def test_a_reply_names_its_own_speaker():
    # From xsum10 (judged under -88): the quotation was taken for Mr Trump's words
    # running on, so "Who said ...?" had him as its key.
    def keys(verb):
        return {d.key.text for d in drafts_of(DEBATE.format(verb)) if d.kind == WHO_SAID}

    assert "Donald Trump" not in keys("responded")
    assert "Donald Trump" not in keys("said")

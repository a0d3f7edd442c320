"""The word-in-context rules added from the verdicts on real news articles: a word the
headline uses is not asked; an apostrophe inside a word is no quotation mark; a noun
or an adjective is asked only when its options are of its own kind (hand-checked
sorts, or people for people), as moods are for a mood; a verb of judging that gives
its reason with "for" is offered only verbs that take one; a verb acting on a person
is offered only verbs that take a person; and "earmarked as" is not asked as money
set aside."""

# ruff: noqa: E501

from quizzes.engine import lexicon
from quizzes.engine.kinds import word_meaning
from tests.engine.conftest import article_of


def _asked(text):
    """{word asked about: draft} for the word questions of a short text."""
    return {c.draft.stem.split('"')[1]: c.draft for c in word_meaning.candidates(article_of(text))}


def _wrong(draft):
    return [c.text for c in draft.distractors]


# 1. A word the headline uses is not asked: the story's topic word, which the
#    opening lines explain.

CONDEMNED = """{title}

The minister condemned the plan to close the library on Monday, calling it short-sighted.

Council leaders said the building would cost too much to repair after the storm.
"""


def test_a_word_the_headline_uses_is_not_asked():
    assert "condemned" in _asked(CONDEMNED.format(title="Library faces closure"))
    assert "condemned" not in _asked(CONDEMNED.format(title="Minister condemns library plan"))


# 2. An apostrophe inside a word is no quotation mark.


def test_an_apostrophe_inside_a_word_hides_no_opening_mark():
    # A quotation opened and never closed in the sentence loses its opening mark,
    # whatever apostrophes ("council's") it holds.
    text = "\"The council's budget is not open to full scrutiny by the public."
    assert (
        word_meaning._quoted(text)
        == "The council's budget is not open to full scrutiny by the public."
    )
    # A sentence that is all one quotation loses both marks.
    text = "'The council's budget is open to scrutiny.'"
    assert word_meaning._quoted(text) == "The council's budget is open to scrutiny."


# 3. Nouns and adjectives are asked only with options of their own kind.

LOOSE = """Town news

Police launched a crackdown on shoplifting in the town centre after a spate of thefts.

Families on the estate were living on meagre wages through the long winter months.
"""

MOODS = """Cup draw made

The manager was upbeat about the draw for the next round of the cup on Monday.

The team will travel to the north coast in January to play the league leaders.
"""


def test_a_noun_or_an_adjective_without_sorts_is_not_asked():
    assert not {"crackdown", "meagre"} & set(_asked(LOOSE))


def test_a_mood_is_offered_only_other_moods():
    upbeat = lexicon.BY_WORD[("upbeat", lexicon.ADJECTIVE)]
    moods = {m.definition for m in lexicon.MEANINGS if "mood" in m.describes}
    draft = _asked(MOODS)["upbeat"]
    assert draft.key.text == upbeat.definition
    assert set(_wrong(draft)) <= moods, _wrong(draft)
    assert "unspoken" not in _wrong(draft) and "eager" not in _wrong(draft)


# 4. A verb of judging with "for" and a reason takes only verbs that take a reason.

REASON = """Audit published

The report lambasted the council for its waste of public money on the new offices.

The audit found that the building had cost twice as much as planned in 2004.
"""


def test_a_verb_with_a_reason_is_offered_only_verbs_that_take_one():
    for draft in _asked(REASON).values():
        for option in _wrong(draft):
            groups = {
                m.group
                for m in lexicon.MEANINGS
                if m.pos == lexicon.VERB
                and option in {lexicon.definition_for(m, t) for t in lexicon.VERB_TAGS}
            }
            assert groups <= word_meaning.FOR_REASON, (draft.stem, option)


# 5. A verb acting on a person takes only verbs that take a person.

SACKED = """Club in turmoil

The club has sacked Tom Reeve after a row over his pay, the chairman said on Monday.

Fans were shocked that the club had sacked him so soon after the cup final.
"""


def test_a_verb_acting_on_a_person_is_offered_only_verbs_that_take_one():
    # Too few verbs that act on a person fit beside "fired": no question, and never
    # "restarted" or "considered" Tom Reeve.
    for draft in _asked(SACKED).values():
        assert not {"restarted", "considered"} & set(_wrong(draft)), draft.stem
    sentence = article_of(SACKED).sentences[0]
    token = next(t for t in sentence.span if t.lower_ == "sacked")
    assert word_meaning._person_object(token)


MISPARSED = """Health chief named

Dr Anna Price, on her first full day in the post after Tom Reeve was sacked, admitted "big problems" but insisted the plans were sound.

The board will meet again in March to discuss the budget for next year.
"""


def test_a_person_among_two_subjects_of_a_misparse_still_counts():
    # The small model hangs both names on "sacked" as its passive subjects.
    assert "sacked" not in _asked(MISPARSED)
    token = next(t for t in article_of(MISPARSED).sentences[0].span if t.lower_ == "sacked")
    assert word_meaning._person_object(token)


# 6. "earmarked as" names a thing picked out, not money set aside.

EARMARKED = """New school plans

The old depot has been earmarked as a possible site for the new primary school.

The council has earmarked £5m for the new primary school, its leader said.
"""


def test_earmarked_as_is_not_money_set_aside():
    earmark = lexicon.BY_WORD[("earmark", lexicon.VERB)]
    first, second = article_of(EARMARKED).sentences[:2]
    picked = next(t for t in first.span if t.lower_ == "earmarked")
    money = next(t for t in second.span if t.lower_ == "earmarked")
    assert word_meaning._other_sense(picked, earmark)
    assert not word_meaning._other_sense(money, earmark)

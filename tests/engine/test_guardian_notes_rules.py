"""Rules for 2026.11-105, from strict judges' verdicts on 27 Guardian education
articles of autumn 2025: a correction note or a helpline under the story is a
footnote, never a question's source; a swap under "not" makes no false statement;
"as early as" and a reason given with "as" take no "not"; "27-year-old" tells "27
years"; "The school, which ...", "By 2021-22 that had fallen ..." and "The great
socialist thinker, who ..." need what an earlier sentence names; a sum restated with
"meaning" is arithmetic; a name the article calls a school is no person; a verb of a
quantity's move is offered only moves."""

# ruff: noqa: E501

from quizzes.engine import lexicon
from quizzes.engine.drafts import TRUE_FALSE
from quizzes.engine.kinds import contrary, referents, true_false, who_said, word_meaning
from quizzes.engine.kinds.common import first_word
from quizzes.engine.kinds.number import restated_sum
from quizzes.engine.text import BODY, FOOTNOTE_KIND, paragraphs
from quizzes.reading import blocks
from tests.engine.conftest import article_of, drafts_of, entity_named

CORRECTED = """Colleges report rise in applications

Applications to sixth-form colleges in Yorkshire rose by 12% this autumn, according to figures from the colleges' association.

Leaders said rising fees at private schools had pushed more families towards state colleges in Leeds and Bradford.

Mary Holt, who runs a college in Leeds, said demand for places in science had never been higher.

"We have had to open two new classes in chemistry," she said. \u2022 This article was amended on 3 October 2025 to correct a figure.

An earlier version said applications had risen by 21%.

Fees at one Bradford college were also wrongly given as \u00a39,500 a year.
"""

HELPLINE = """Inquiry into student death

A university in Glasgow failed to support a student who died last year, an inquiry has found.

The inquiry said staff at the university had missed three chances to offer him help.

His family said the university must now change how it treats students in distress.

In the UK and Ireland, Samaritans can be contacted on freephone 116 123.

In Australia, the crisis support service Lifeline is 13 11 14.
"""


def test_a_correction_note_and_all_after_it_are_footnotes():
    kinds = [p.kind for p in paragraphs(CORRECTED.partition("\n\n")[2])]
    # The last story paragraph is split where the bullet starts the note.
    assert kinds == [BODY, BODY, BODY, BODY, FOOTNOTE_KIND, FOOTNOTE_KIND, FOOTNOTE_KIND]
    body = CORRECTED.partition("\n\n")[2]
    notes = [p for p in paragraphs(body) if p.kind == FOOTNOTE_KIND]
    assert notes[0].text.startswith("\u2022 This article was amended")
    assert all(body[p.start : p.end] == p.text for p in paragraphs(body))


def test_nothing_is_asked_from_a_correction_note():
    cited = [e.text for d in drafts_of(CORRECTED) for e in d.evidence]
    assert cited  # the story itself is asked about
    assert not any("21%" in t or "9,500" in t or "amended" in t for t in cited)


def test_a_correction_early_in_the_text_is_the_story_s_own():
    body = (
        "This article was amended by the council on Monday, the clerk said, after a complaint.\n\n"
        + "The council met on Tuesday to discuss the budget for the coming year in detail.\n\n" * 3
    )
    assert [p.kind for p in paragraphs(body)] == [BODY] * 4


def test_a_helpline_under_the_story_is_a_footnote_shown_to_readers():
    body = HELPLINE.partition("\n\n")[2]
    kinds = [p.kind for p in paragraphs(body)]
    assert kinds == [BODY, BODY, BODY, FOOTNOTE_KIND, FOOTNOTE_KIND]
    shown = blocks(body)
    assert [b.kind for b in shown][-2:] == [FOOTNOTE_KIND, FOOTNOTE_KIND]
    assert "116 123" in shown[-2].before
    cited = [e.text for d in drafts_of(HELPLINE) for e in d.evidence]
    assert not any("Samaritans" in t or "Lifeline" in t for t in cited)


def test_a_swap_under_not_makes_no_false_statement():
    article = article_of(
        """Arms firm answers critics

BAE Systems said it did not sell 40 jets directly to the Israeli air force, a spokesperson for the company said on Monday.

BAE Systems said it sold 40 jets to the Italian air force, a spokesperson for the company said on Monday.
"""
    )
    denied, plain = article.sentences[0], article.sentences[1]
    assert true_false._swap(article, denied) is None
    swap = true_false._swap(article, plain)
    assert swap is not None and swap[2] == "40"


def test_as_early_as_and_a_reason_take_no_not():
    article = article_of(
        """Voters move

As early as 2022, Laura Hart's research was identified as a risk by the university.

Young voters are turning to the Green party as rents rise in the big cities.

Young voters are turning to the Green party in the big cities.
"""
    )
    early, reason, plain = article.sentences
    assert contrary.flip(early) is None
    assert contrary.flip(reason) is None
    assert contrary.flip(plain)[2:] == ("are turning", "are not turning")


def test_a_figure_s_move_keeps_its_reason_when_turned():
    article = article_of(
        """Ferry firm reports results

Profits at Harbour Lines fell 12% to \u00a34.1m last year as fuel costs climbed.
"""
    )
    assert contrary.flip(article.sentences[0])[2:] == ("fell", "rose")


GAZA = """Scholars from Gaza arrive

Thirty scholars from Gaza arrived in London on Monday to start their studies at British universities.

Omar Said, who is 27 years old, said: "Living in Gaza for 27 years, then arriving in London, it is completely shocking to me."

But 27-year-old Omar carries more of a burden than most.

He has left his wife and two daughters behind in Gaza, where they are still living in a tent.
"""


def test_an_age_in_a_stem_gives_a_span_of_years_away():
    from quizzes.engine.giveaways import _forms
    from quizzes.engine.kinds.common import contains_any

    class Question:
        class draft:
            answer_type = "number"

    stem = "True or false? According to the article, 27-year-old Omar left his family in Gaza."
    assert contains_any(stem, _forms("27 years", Question))
    assert "six-month" in _forms("six months", Question)
    assert not contains_any(stem, _forms("17 years", Question))


def test_a_link_before_a_figure_goes_and_than_most_points_back():
    statements = [d.stem for d in drafts_of(GAZA) if d.kind == TRUE_FALSE]
    assert not any(", but 27" in s for s in statements)
    assert not any("than most" in s for s in statements)
    assert true_false.LEANING_PHRASE.search("carries more of a burden than most.")
    assert not true_false.LEANING_PHRASE.search("earns more than most doctors in the city.")
    assert true_false.NOT_ALONE.match("If anything, things seem to be worse in the US.")
    article = article_of(GAZA)
    but = next(s for s in article.sentences if s.text.startswith("But 27"))
    assert first_word(but).text == "27"


def test_the_school_and_an_opening_that_need_the_sentence_before():
    article = article_of(
        """Arts subjects decline

Brighton College and the Bremen school both reported more applications this year.

The school, which is a charity, charges fees for day pupils of \u20ac12,500 a year.

By 2021-22 that had fallen to 38%, with the share taking music dropping to 24%.

Israel carried out strikes earlier this week that killed more than 100 people in Gaza.
"""
    )
    school, fallen, strikes = article.sentences[1:]
    assert not referents.usable(article, school)[0]
    assert not referents.usable(article, fallen)[0]
    assert referents.usable(article, strikes)[0]  # "that" after "this week" is relative


def test_an_epithet_for_a_named_thinker_points_back():
    sentence = (
        "The great socialist thinker, who co-wrote a manifesto with Karl Marx, lived in Manchester."
    )
    assert referents.EPITHET.match(sentence)
    assert not referents.EPITHET.match("The great hall of the library was closed for repairs.")


def test_a_father_is_no_it():
    article = article_of(
        """Friedrich Engels took liberties with Manchester, study finds

Friedrich Engels exaggerated how divided Manchester was, a study has found.

Engels was only 22 when he moved to the city in 1842, sent by his father to help run a mill in Salford.

His father hoped it would prepare his son for life as a businessman.

The mill closed in 1900 after it lost its biggest customer.
"""
    )
    hoped, mill = article.sentences[2:]
    assert not referents.usable(article, hoped)[0]  # it: the move, sentences before
    assert referents.usable(article, mill)[0]


def test_a_sum_restated_with_meaning_is_arithmetic():
    before = "The average fee per term stood at "
    after = " in January, meaning about \u00a322,100 for a year's fees."
    assert restated_sum("\u00a37,382", before, after)
    assert restated_sum(
        "about \u00a322,100", "The fee per term stood at \u00a37,382, meaning ", " a year."
    )
    assert not restated_sum("83 days", "A child spent ", " in isolation, equating to 500 hours.")
    assert not restated_sum("\u00a37,382", before, " in January, up from \u00a36,021.")


def test_a_name_the_article_calls_a_school_is_no_person():
    article = article_of(
        """Parents look abroad

Eva Jansen, the director of admissions at Beau Soleil, an international boarding school in Switzerland, said interest had doubled.

Kiran Gill of The Difference, an education charity, said: "Parents want smaller classes for their children."

Beau Soleil charges annual fees of 132,390 Swiss francs for its older pupils.
"""
    )
    people = {p.name for p in article.people}
    assert "Beau Soleil" not in people
    assert {"Eva Jansen", "Kiran Gill"} <= people
    assert entity_named(article, "Kiran Gill") is not None


def test_a_quantity_s_move_is_offered_only_moves():
    soar = next(m for m in lexicon.MEANINGS if m.headword == "soar")
    options, _ = word_meaning._distractors(soar, "VBG", "i", {"percentage"}, "rising sharply")
    assert options
    fields = {
        next(m.field for m in lexicon.MEANINGS if lexicon.definition_for(m, "VBG") == o)
        for o in options
    }
    assert fields <= set(word_meaning.FIGURE_FIELDS)
    assert not any(word_meaning.DOUBLE_ING.search(o) for o in options)
    assert word_meaning.DOUBLE_ING.search("stopping growing")


def test_a_parent_named_by_a_given_name_alone_is_a_speaker():
    article = article_of(
        """Parents describe school isolation

"He knew he was not allowed to run, so he walked quickly to the toilet," his mother, Beth, told reporters.

"She became very anxious and missed most of her exams that summer," said Sue.

Dan Rosenberg, a lawyer who has represented dozens of families, said: "Repeated isolation does not solve the problem for these children."

Sue has three children, and all of them have been sent to isolation at their school.
"""
    )
    assert {"Beth", "Sue", "Dan Rosenberg"} <= {p.name for p in article.people}
    assert entity_named(article, "Sue").type == "person"
    keys = {c.draft.key.text for c in who_said.candidates(article)}
    assert {"Beth", "Sue"} <= keys


def test_a_town_that_is_named_by_where_stays_a_place():
    article = article_of(
        """Festival moves

The festival will move to Sue in Japan next year, organisers said on Monday.

Tickets for the festival in Sue went on sale on Tuesday, the organisers said.
"""
    )
    assert not any(p.name == "Sue" for p in article.people)

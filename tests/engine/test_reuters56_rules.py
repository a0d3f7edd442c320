"""Rules for 2026.11-94, from strict judges' verdicts on reu5 and reu6 (24 more Reuters
articles of 2016-17, judged under -93) and the earlier Reuters rounds: a head of
state is no option for what an aide, a witness or a candidate did; "incoming" opens
no name, and a role may name an institute; the agency's "not independently
verified" caveat is never asked; shares of one whole ("62 percent to 34 percent",
"50 percent of the vote") never pass it, in options or in swaps, and a joining word
is no part of a figure; a dateline may name a state ("PATERSON, N.J."); "the they"
is a slip; a chamber is never swapped for its legislature; "Top" before a plural
loses its capital; a who-question with a bare "the" noun is anchored to the
article; and "avoid" is no option for "avert", nor "break" for "evade"."""

# ruff: noqa: E501

from quizzes.engine.kinds import entity, minor, number, slips, true_false
from quizzes.engine.kinds.worth import sloppy
from quizzes.engine.nlp import DATELINE
from tests.engine.conftest import article_of
from tests.engine.test_real_links_rules import _entity_stems, _refused_unless, _sentence
from tests.engine.test_reuters_rules import evade_options

GUILTY = """Campaign aide admits lying

George Papadopoulos, a former campaign adviser, has pleaded guilty to lying to FBI agents about his contacts with Russians.

President Donald Trump said he remembered little about the aide. Attorney General Jeff Sessions said he had opposed the contacts.

Former campaign chairman Paul Manafort has denied any wrongdoing, his lawyer said.
"""


def test_a_head_of_state_is_no_option_for_what_an_aide_did():
    article = article_of(GUILTY)
    [question] = [
        c.draft for c in entity.candidates(article) if c.draft.key.text == "George Papadopoulos"
    ]
    options = {c.text for c in question.distractors}
    assert "Jeff Sessions" in options
    assert "Donald Trump" not in options


def test_incoming_opens_no_name_and_a_role_may_name_an_institute():
    from quizzes.engine.kinds.who_is import _roles

    article = article_of(
        """Powell faces early test

Incoming Federal Reserve chair Jerome Powell said the economy remained underpowered. Mr Powell said rates would rise slowly.

Robin Brooks, the chief economist at the Institute of International Finance, said inflation was weak. Mr Brooks said wages had stalled.
"""
    )
    roles = {name: [r.text for r in found] for name, found in _roles(article).items()}
    assert roles["Jerome Powell"] == ["the incoming Federal Reserve chair"]
    assert roles["Robin Brooks"] == [
        "the chief economist at the Institute of International Finance"
    ]


def test_the_agencys_caveat_that_a_claim_is_unverified_is_never_stated():
    _refused_unless(
        "Reuters has not independently verified the accusations against Harbour Lines.",
        "accusations",
        "has not independently verified",
        "has published",
    )


def test_shares_of_one_whole_never_pass_it():
    sentence = "favoring him by 62 percent to 34 percent over Democrat Hillary Clinton"
    # 94 percent beside 34 percent is more than the whole, by arithmetic.
    assert minor.within_one_whole(sentence, 62, ["94 percent", "53 percent"]) == ["53 percent"]


def test_a_dateline_may_name_a_state():
    assert (
        DATELINE.match("PATERSON, N.J. (Reuters) - Sayfullo Saipov").group()
        == "PATERSON, N.J. (Reuters) - "
    )
    assert (
        DATELINE.match("SAN FRANCISCO, Calif. (Reuters) - The").group()
        == "SAN FRANCISCO, Calif. (Reuters) - "
    )


def test_an_article_before_a_pronoun_is_a_slip():
    _, slip = _sentence(
        "Neighbours said the they had seen the ferry leave Carra early.", "Neighbours"
    )
    assert sloppy(slip)
    _, plain = _sentence("Neighbours said they had seen the ferry leave Carra early.", "Neighbours")
    assert not sloppy(plain)


def test_a_chamber_is_never_swapped_for_its_legislature():
    assert slips.parent_body(article_of(WIRE_SENATE), "Senate", "Congress")
    assert slips.parent_body(article_of(WIRE_SENATE), "Congress", "the House")
    assert not slips.parent_body(article_of(WIRE_SENATE), "Senate", "Pentagon")


WIRE_SENATE = """Senate delays tax vote

The Senate delayed a vote on the tax bill, and Congress will return in January.

The Pentagon said the delay would not affect its budget.
"""


def test_top_before_a_plural_loses_its_capital():
    article = article_of(
        """Tax talks stall

Top Republicans from the House and the Senate are rushing to complete talks on the tax plan.

Mary Dunne said the talks would end next week.
"""
    )
    stems = [c.draft.stem for c in true_false.candidates(article) if c.sentence == 0]
    assert stems
    assert all("According to the article, top Republicans" in stem for stem in stems)


def test_a_who_question_with_a_bare_the_noun_is_anchored():
    # "Who helped create the program in 1990?": which program, only the anchor says.
    stems = _entity_stems(
        "Island councillor Peter Walsh helped create the winter timetable in 1990.",
        "winter timetable",
    )
    assert stems == ["According to the article, who helped create the winter timetable in 1990?"]
    stems = _entity_stems(
        "Island councillor Peter Walsh helped create a winter timetable in 1990.",
        "winter timetable",
    )
    assert stems == ["Who helped create a winter timetable in 1990?"]


def test_a_swapped_share_never_passes_the_whole():
    article = article_of(
        """Moore casts race as fight

Alabama voters backed Donald Trump in the 2016 election, favoring him by 62 percent to 34 percent over Hillary Clinton.

Roy Moore said the Senate race was a fight for the country. Moore is running against Doug Jones in the election on Dec. 12.

Doug Jones said voters wanted change in Alabama.
"""
    )
    swapped = [
        c.draft.stem
        for c in true_false.candidates(article)
        if c.sentence == 0 and c.draft.key.text == "False"
    ]
    assert swapped
    for stem in swapped:
        first = int(stem.split(" by ")[1].split(" percent")[0])
        assert first + 34 <= 100, stem


def test_a_share_written_as_percent_keeps_within_the_whole():
    article = article_of(
        """Moore campaign casts Alabama race

Roy Moore is running against Doug Jones in the Senate election on Dec. 12 in Alabama.

A Fox News poll released on Monday put Jones ahead of Moore, with Jones potentially taking 50 percent of the vote and Moore 40 percent.

Roy Moore said the Senate race was a fight for the country.

Doug Jones said voters wanted change in Alabama.
"""
    )
    [blank] = [c.draft for c in number.candidates(article) if c.draft.key.text == "50 percent"]
    assert blank.distractors
    assert all(int(d.text.split()[0]) + 40 <= 100 for d in blank.distractors)


def test_a_joining_word_is_no_part_of_the_figure():
    text = "favoring him by 62 percent to 34 percent over Hillary Clinton"
    start = text.index("62")
    assert (
        text[start : number.without_joiner(text, start, start + len("62 percent to"))]
        == "62 percent"
    )
    assert number.without_joiner(text, start, start + len("62 percent")) == start + len(
        "62 percent"
    )


def test_avoid_is_no_option_for_avert():
    from quizzes.engine.kinds import word_meaning

    text = """Shutdown looms

Trump called on Democrats to support a measure that would avert a government shutdown.

Mary Dunne said the vote would be close.
"""
    [draft] = [
        c.draft for c in word_meaning.candidates(article_of(text)) if '"avert"' in c.draft.stem
    ]
    assert draft.key.text == "prevent"
    assert "avoid" not in {c.text for c in draft.distractors}


def test_break_is_no_option_for_evade():
    assert "break" not in evade_options()


def test_a_head_of_state_is_no_option_for_what_a_scholar_said():
    article = article_of(
        """Trump push to cut federal jobs

President Donald Trump wants to cut thousands of federal jobs, officials said.

Ultimately, Congress controls the budgets, said David Lewis, whose research has largely focused on executive branch politics.

Scott Amey of the Project on Government Oversight said the cuts would hurt oversight. Mallory Barg Bulman of the Partnership for Public Service said agencies would lose staff.
"""
    )
    asked = [c.draft for c in entity.candidates(article) if c.draft.key.text == "David Lewis"]
    assert asked
    for draft in asked:
        assert "Donald Trump" not in {c.text for c in draft.distractors}

"""Rules from strict judges' verdicts on xsum6 and xsum7, 48 real BBC articles of
2010-17 (the XSum test set) judged under 2026.11-86, which had never seen them, and
on xsum5 under -85: no statement denies a sentence whose "not" would have an
unclear scope ("for the first time", "is to", "is what", "immediate and resounding");
a report that tells play as it happened asks no name question on a moment other than a
goal; "the Ms Williams", "goes onto play" and "the 'the" are slips; an entry of a
numbered list ("2. March 2009, ...") is no sentence; and the writer's "perhaps" is no
fact."""

# ruff: noqa: E501

from quizzes.engine.drafts import ENTITY
from tests.engine.conftest import drafts_of
from tests.engine.test_real_links_rules import _blanks, _refused_unless, _statements
from tests.engine.test_xsum5_rules import _undenied_unless

# Denials whose "not" would have an unclear scope.


def test_what_is_done_for_the_first_time_is_not_denied():
    _undenied_unless(
        "Mary Dunne was speaking for the first time since the vote on Carra.",
        "since the vote",
        "for the first time",
        "at the meeting",
    )


def test_an_aim_an_order_or_a_question_after_be_is_not_denied():
    _undenied_unless(
        "The aim of Harbour Lines was to provide support for islanders on Carra.",
        "islanders on Carra",
        "The aim of Harbour Lines was to provide",
        "Harbour Lines was providing",
    )
    _undenied_unless(
        "Harbour Lines is to take on 20 more staff on Carra by March.",
        "more staff",
        "is to take on",
        "is taking on",
    )
    _undenied_unless(
        "The big question for Harbour Lines is what becomes of the Carra route.",
        "Carra route",
        "what becomes of",
        "the future of",
    )


def test_two_qualities_after_be_are_not_denied():
    _undenied_unless(
        "The response from Harbour Lines was immediate and resounding.",
        "response from",
        " and resounding",
        "",
    )


# A report that tells play as it happened.

PLAY = """Ross County beat Kilmarnock

Ross County beat Kilmarnock 2-1 in the Scottish Premiership on Saturday.

Kilmarnock goalkeeper Jamie Macdonald made a fine save from Alex Schalk in the first half.

Michael Gardyne delivered a cross into the penalty area from the left and Schalk headed wide.

Liam Boyce scored the opener for County just before half-time.

In the second half, Craig Graham ran clear and played the ball to Boyce.

Boyce then scored his second goal from the edge of the area.
"""


def test_a_report_of_play_asks_no_name_question_on_a_moment_other_than_a_goal():
    def names(text):
        return [d.stem for d in drafts_of(text) if d.kind == ENTITY]

    assert not any("delivered a cross" in stem for stem in names(PLAY))
    # Told without the words of play, the same moment is asked about.
    plain = (
        PLAY.replace("goalkeeper ", "")
        .replace(" from the left and Schalk headed wide", "")
        .replace("into the penalty area", "to Schalk")
        .replace("In the second half, ", "Later, ")
        .replace(" just before half-time", "")
    )
    assert any("delivered a cross" in stem for stem in names(plain))


# A source's slips copied into no question.


def test_the_before_a_courtesy_title_is_a_slip():
    _refused_unless(
        "Islanders and the Ms Dunne campaigned for the winter sailings to Carra to stay.",
        "campaigned",
        "the Ms Dunne",
        "Ms Dunne",
    )


def test_onto_before_a_verb_is_a_slip():
    _refused_unless(
        "Mary Dunne goes onto play a part in the new ferry board for Carra next year.",
        "ferry board",
        "goes onto play",
        "goes on to play",
    )


def test_a_word_doubled_across_a_quotation_mark_is_a_slip():
    _refused_unless(
        "Mary Dunne urged islanders to join the 'the last sailing' protest on Carra.",
        "protest",
        "the 'the last",
        "the 'last",
    )


def test_the_writers_guess_is_no_fact():
    sentence = "Perhaps the 40 new jobs promised by Harbour Lines will save the Carra route."
    assert not _statements(sentence, "new jobs")
    assert not _blanks(sentence, "new jobs")
    plain = sentence.replace("Perhaps the", "The")
    assert _statements(plain, "new jobs")
    assert _blanks(plain, "new jobs")


def test_an_entry_of_a_numbered_list_is_no_statement():
    _refused_unless(
        "2. March 2009, Carra: Mary Dunne closes the island's fish market after 40 years of trading.",
        "fish market",
        "2. March 2009, Carra: ",
        "In March 2009, ",
    )

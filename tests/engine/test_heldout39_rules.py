"""The rules added from held-out sets 28 and 29: a sentence told "over the same period"
as an earlier one is never quoted alone; the other end of "from ___ to £90" bounds the
options; a round target year takes round options; an emergency number is a label; a
general trend is no statement worth making; the year of an earlier case cited as a
record is background; and scorecard tallies (fours, defenders beaten, a side player's
low score) are not asked."""

# ruff: noqa: E501

from quizzes.engine import numbers
from quizzes.engine.drafts import NUMBER, TRUE_FALSE
from quizzes.engine.kinds import minor, years
from quizzes.engine.kinds.number import phone_number
from quizzes.engine.kinds.referents import usable
from tests.engine.conftest import article_of, drafts_of

# Below this a draft is not published (see rank.py).
BAR = 0.5


def _usable(text, opening):
    article = article_of(text)
    sentence = next(s for s in article.sentences if s.text.startswith(opening))
    return usable(article, sentence)[0]


# 1. "over the same period": the period is the sentence before's.

HEDGEHOGS = """Rural hedgehogs in decline

A report published on Wednesday estimates that rural hedgehog populations fell by 46% between 2003 and 2023.

In towns the picture was more mixed. Numbers dropped by around 18% over the same period, but the report found little change over the past five years.
"""


def test_a_figure_over_the_same_period_is_not_quoted_alone():
    assert not _usable(HEDGEHOGS, "Numbers dropped")
    assert _usable(HEDGEHOGS, "A report published")
    drafts = [d for d in drafts_of(HEDGEHOGS) if d.kind in (NUMBER, TRUE_FALSE)]
    assert not any("same period" in d.stem for d in drafts)


# 2. "rise from ___ to £90": every option lies below £90.

PERMITS = """Parking fees to go up

The district council voted on Tuesday to raise parking charges across the town.

The council said the price of an annual residents' permit will rise from £75 to £90 in April.
"""


def test_the_other_end_of_a_change_bounds_the_options():
    blanks = [d for d in drafts_of(PERMITS) if d.kind == NUMBER and d.key.text == "£75"]
    assert blanks
    for draft in blanks:
        assert all(numbers.parse(c.text).value < 90 for c in draft.choices)


# 3. A target year takes round options.

HEDGEROWS = """Hedgerow pledge criticised

Campaigners said on Monday that farmland birds had fallen by a third since 2010.

A government spokesperson said farmers were already paid to plant hedgerows, and pointed to a commitment to restore 45,000 miles of hedgerow by 2050.
"""


def test_a_target_year_has_round_options():
    blanks = [d for d in drafts_of(HEDGEROWS) if d.kind == NUMBER and d.key.text == "2050"]
    assert blanks
    for draft in blanks:
        assert all(numbers.parse(c.text).value % 5 == 0 for c in draft.choices)


# 4. An emergency number names a service.

ALERTS = """Wildfire forces evacuations

A wildfire forced more than 3,000 people to leave their homes near Athens on Wednesday, officials said.

Authorities issued at least nine evacuation alerts through the 112 emergency messaging system, telling residents of several coastal villages to leave.
"""


def test_an_emergency_number_is_a_label():
    drafts = drafts_of(ALERTS)
    assert not any(d.kind == NUMBER and d.key.text == "112" for d in drafts)
    statements = [d for d in drafts if d.kind == TRUE_FALSE and "emergency messaging" in d.stem]
    assert all("the 112 emergency" in d.stem for d in statements)
    assert phone_number("telling them to dial ", numbers.parse("999"), " at once")
    assert not phone_number("Officers took ", numbers.parse("112"), " emergency calls")


# 5. A general trend is known without reading.

FIRES = """Wildfire near Athens

A wildfire forced more than 3,000 people to leave their homes near Athens on Wednesday, officials said.

Greece has endured increasingly severe fire seasons in recent years.
"""


def test_a_general_trend_is_no_statement():
    drafts = drafts_of(FIRES)
    assert not any(d.kind == TRUE_FALSE and "increasingly severe" in d.stem for d in drafts)


# 6. The year of an earlier case cited as a record is background.

FINES = """Regulator fines fitness app

Ireland's data regulator has fined a fitness app maker €38m for sharing users' health data without consent.

The regulator has issued some of the largest fines to date, including a record €1.2bn penalty against Meta in 2023 over data transfers to the United States.
"""


def test_the_year_of_a_record_cited_as_an_example_is_not_swapped():
    drafts = [d for d in drafts_of(FINES) if "against Meta" in d.stem]
    assert not any(d.kind == TRUE_FALSE and "Meta in 2023" not in d.stem for d in drafts)


def test_a_record_cited_as_an_example_is_history():
    article = article_of(FINES)
    cited, news = article.sentences[1], article.sentences[0]
    assert years.history(article, cited)
    assert not years.history(article, news)


# 7. Scorecard tallies and a side player's low score.

CRICKET = """Root guides Somerset to victory over Essex

Joe Root hit an unbeaten 98 as Somerset beat Essex by seven wickets at Taunton on Tuesday, with Jofra Archer taking nine wickets in the match.

Root hit 11 fours and a six in a patient 164-ball innings.

Root and captain Ben Stokes shared a stand of 112 for the third wicket. Stokes fell one short of a half-century, and Kieran Lott was leg before to Mistry for six soon afterwards.

Archer said Stokes had set the tone. Stokes said Archer had bowled superbly, and Root said the win meant a lot to the side.

Fiji winger Josaia Vakacegu outpaced three defenders from halfway to score in the other match.
"""


def test_scorecard_tallies_are_not_asked():
    drafts = drafts_of(CRICKET)
    tallies = [
        d
        for d in drafts
        if d.kind == NUMBER and ("___ fours" in d.stem or "___ defenders" in d.stem)
    ]
    assert len(tallies) == 2
    assert all(d.score < BAR for d in tallies)
    assert not any(
        d.kind == TRUE_FALSE and "fours" in d.stem and "11 fours" not in d.stem for d in drafts
    )
    assert not any(
        d.kind == TRUE_FALSE and "defenders" in d.stem and "three defenders" not in d.stem
        for d in drafts
    )


def test_a_side_players_low_score_is_small_print():
    drafts = drafts_of(CRICKET)
    low = [d for d in drafts if d.kind == NUMBER and "Mistry for ___" in d.stem]
    assert low
    assert all(d.score < BAR for d in low)
    assert not any(
        d.kind == TRUE_FALSE and "Lott" in d.stem and "for six" not in d.stem for d in drafts
    )
    article = article_of(CRICKET)
    sentence = next(s for s in article.sentences if "Kieran Lott" in s.text)
    at = article.body.index("six soon")
    assert sentence.text.startswith("Stokes fell")
    assert minor.minor_score(article, sentence, at, numbers.parse("six"), " soon afterwards.")


def test_the_score_at_a_wicket_is_the_scene():
    text = "Stokes edged Archer to second slip with the score on 158, and Root followed soon after."
    at = text.index("158")
    assert minor.scene_details(text, text[:at], text[at + 3 :], numbers.parse("158"), at, at + 3)
    news = "Somerset were bowled out for 158 on the final day."
    at = news.index("158")
    assert not minor.scene_details(
        news, news[:at], news[at + 3 :], numbers.parse("158"), at, at + 3
    )

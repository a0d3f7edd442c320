"""The rules added for held-out set 17 (2026.11-36): a capitalised name the tagger
took for an adjective or common noun at the start of a sentence keeps its capital
when the article tags it a name elsewhere and never writes it in lower case; "the
category", "the list" or "the scheme" with nothing saying which is not lifted out
alone; a blank the sentence states as a share or multiple of another of its figures
("more than a third of the £21,000") is arithmetic, not reading; the "10" of "four
in 10" is never blanked; a first-person ambition to play or win has only other
players for options; how far from somewhere an object was found and how many guests
watched a ceremony are scene-setting."""

# ruff: noqa: E501

from quizzes.engine.drafts import NUMBER, WHO_SAID
from quizzes.engine.generate import MIN_SCORE
from quizzes.engine.kinds import minor, number, true_false
from quizzes.engine.kinds.common import is_name
from quizzes.engine.kinds.referents import self_contained
from tests.engine.conftest import article_of, drafts_of

# 1. Capitals and referents.

REGULATOR = """Water firm fined

Ofwat said Dunmere Water had missed its leakage target for a third year running.

The company must now pay back £12m to its 400,000 customers through lower bills.

Ofwat figures show 14 firms missed their targets in 2005, up from nine a year earlier.

Police figures show 30 burst mains were reported in the town last winter, the police said.
"""


def test_a_name_tagged_a_common_word_at_the_start_keeps_its_capital():
    article = article_of(REGULATOR)
    ofwat = article.sentences[2].span[0]
    assert ofwat.text == "Ofwat" and ofwat.pos_ != "PROPN"  # the tagger's slip
    assert is_name(article, ofwat)
    statements = [c.draft.stem for c in true_false.candidates(article)]
    assert any("article, Ofwat figures show" in s for s in statements)
    assert not any("ofwat" in s for s in statements)


def test_a_capitalised_word_the_article_writes_in_lower_case_too_loses_its_capital():
    article = article_of(REGULATOR)
    police = article.sentences[3].span[0]
    assert police.text == "Police" and not is_name(article, police)  # "the police said"


PARKS = """Parks put on watch list

Councillors in Harlow have named 12 parks as "at risk" because of broken play equipment.

The council put 12 parks in the category last year, up from seven in 2004, a spokesman for Harlow Council said.

A council spokesman said the list of repairs would cost Harlow Council £80,000.
"""


def test_the_category_without_saying_which_is_not_lifted_out_alone():
    article = article_of(PARKS)
    category, repairs = article.sentences[1], article.sentences[2]
    assert not self_contained(article, category)  # which category? "at risk", before
    assert self_contained(article, repairs)  # "the list of repairs" says which list
    drafts = drafts_of(PARKS)
    assert not any("in the category" in d.stem for d in drafts)
    assert any("the list of repairs" in d.stem for d in drafts)


# 2. A figure stated as a share of another.

GRANT = """Club wins grant

Harbury Rowing Club has won a lottery grant to replace its boathouse roof.

The grant gives Harbury Rowing Club at least £9,000 in funding, more than half of the £15,000 it raised in the whole of 2004.
"""


def test_a_share_of_another_stated_figure_is_arithmetic():
    text = "The grant gives the club at least £9,000 in funding, more than half of the £15,000 it raised."
    at = text.index("£9,000")
    assert minor.related_figure(text, at, at + len("£9,000"))
    at = text.index("£15,000")
    assert minor.related_figure(text, at, at + len("£15,000"))
    halves = "Hale scored 3 goals in the first half and 2 goals in the second."
    assert not minor.related_figure(halves, halves.index("3"), halves.index("3") + 1)
    plain = "The grant gives the club £9,000 in funding, and it raised £15,000 itself."
    at = plain.index("£9,000")
    assert not minor.related_figure(plain, at, at + len("£9,000"))


def test_the_year_of_the_figure_a_share_is_taken_of_is_not_swapped():
    # "more than half of the £15,000 it raised in 2001" is false by a date behind the
    # news, the one the comparison's other figure belongs to (no year is swapped now).
    drafts = drafts_of(GRANT)
    assert not any(
        d.kind != NUMBER and "2004" not in d.stem and "raised in" in d.stem for d in drafts
    )


def test_a_blank_bounded_by_a_stated_share_is_not_published():
    money = [d for d in drafts_of(GRANT) if d.kind == NUMBER and d.answer_type == "number:£"]
    assert money and all(d.score < MIN_SCORE for d in money)


# 3. The denominator of a ratio.

COMPLAINTS = """Rail complaints rise

Passengers made 5,200 complaints about Westline Trains in 2005, the rail watchdog Passenger Focus said.

Nearly three in 10 of the complaints concerned late or cancelled trains on the Bristol line.
"""


def test_the_ten_of_three_in_ten_is_never_blanked():
    drafts = drafts_of(COMPLAINTS)
    blanks = [d.stem for d in drafts if d.kind == NUMBER]
    assert not any("three in ___" in s for s in blanks)
    assert any("Nearly ___ in 10" in s for s in blanks)  # the share itself is asked
    statements = [d.stem for d in drafts if d.kind != NUMBER and "complaints concerned" in d.stem]
    assert statements and all(" in 10 of" in s for s in statements)  # the 10 is never swapped


def test_a_ratio_denominator_is_no_figure_to_blank():
    three = number.numbers.parse("10")
    assert not number.worth_blanking("Nearly three in ", three, " of the complaints")
    assert not number.worth_blanking("nine out of ", three, " owners")
    assert number.worth_blanking("It rose by ", three, " per cent")


# 4. A first-person ambition to play.

FINAL = """Teenager reaches final

Teenager Sam Lowry reached the final of the Surrey Open in Guildford on Saturday, beating Dan Pryce in three sets.

His coach, Tony Marsh, said Lowry had worked hard on his fitness over the winter.

Tournament referee Alan Booth said the final would start at 2pm on Sunday.

"Of course I want to play in the Davis Cup one day. Every young player does," Lowry said.

{pryce} said he was proud of his run to the semi-final.
"""


# A second player beside Pryce: a who-said question needs three options.
CARTER = "\nScottish player Ben Carter said he would be back at Guildford next year.\n"


def _ambition_questions(text):
    return [d for d in drafts_of(text) if d.kind == WHO_SAID and "Davis Cup" in d.stem]


def test_an_ambition_to_play_has_only_players_for_options():
    [question] = _ambition_questions(FINAL.format(pryce="Welsh player Dan Pryce") + CARTER)
    assert {c.text for c in question.choices} == {"Sam Lowry", "Dan Pryce", "Ben Carter"}


def test_the_speakers_own_play_has_only_players_for_options():
    text = FINAL.replace(
        "Of course I want to play in the Davis Cup one day. Every young player does",
        "I was 3-1 down in the second set and I just kept fighting for every point",
    )
    [question] = [
        d
        for d in drafts_of(text.format(pryce="Welsh player Dan Pryce") + CARTER)
        if d.kind == WHO_SAID and "3-1 down" in d.stem
    ]
    assert {c.text for c in question.choices} == {"Sam Lowry", "Dan Pryce", "Ben Carter"}


def test_an_ambition_to_play_with_no_other_player_is_not_asked():
    # Pryce's role untold: the coach and the referee alone would give Lowry away.
    assert _ambition_questions(FINAL.format(pryce="Pryce")) == []


# 5. Scene-setting figures.

BURGLARY = """Burglar jailed

A man who stole jewellery from a house in Kendal has been jailed for three years at Carlisle Crown Court.

Detectives traced Paul Brennan through a rucksack found in a hedge about 300 yards from the house.

Brennan, 34, admitted burglary and was sentenced on Friday.
"""


def test_how_far_away_an_object_was_found_is_not_published():
    distance = [d for d in drafts_of(BURGLARY) if d.kind == NUMBER and "from the house" in d.stem]
    assert distance and all(d.score < MIN_SCORE for d in distance)
    sentence = "He was found in a field about 300 yards from the road."
    assert minor.found_distance_at(sentence, sentence.index("300"), sentence.index(" from"))
    walked = "He walked about 300 yards from the road."
    assert not minor.found_distance_at(walked, walked.index("300"), walked.index(" from"))


PRIZE = """Poet wins prize

Welsh poet Carys Pugh has won the Halden Prize for poetry for her collection Salt Roads.

The Halden Prize was presented to Pugh at Cardiff City Hall on Thursday, in front of about 180 guests from the arts world.

The Halden Prize was presented to Pugh at Cardiff City Hall on Thursday by the poet Owen Sheers.
"""


def test_a_ceremony_guest_count_is_scene_setting():
    article = article_of(PRIZE)
    guests, presenter = article.sentences[1], article.sentences[2]
    assert true_false._candidate(article, guests, None).draft.score < MIN_SCORE
    assert true_false._candidate(article, presenter, None).draft.score >= MIN_SCORE
    blanks = [d for d in drafts_of(PRIZE) if d.kind == NUMBER and "___ guests" in d.stem]
    assert blanks and all(d.score < MIN_SCORE for d in blanks)

"""The rules added after held-out set 18 (2026.11-22), one short test per class."""

# ruff: noqa: E501

from quizzes.engine import numbers
from quizzes.engine.drafts import ENTITY, NUMBER, TRUE_FALSE, WHO_SAID, Choice, Draft, Evidence
from quizzes.engine.kinds.common import Candidate
from quizzes.engine.kinds.entity import FLED_TO, MINOR_PLACE, _in_title
from quizzes.engine.kinds.given import self_answering
from quizzes.engine.kinds.known import capital_beside
from quizzes.engine.kinds.referents import usable
from quizzes.engine.kinds.who_said import _shorten
from quizzes.engine.kinds.worth import after_tally
from quizzes.engine.rank import gives_away, select
from tests.engine.conftest import build


def _candidate(kind, stem, key, others, sentence, score, evidence, answer_type=""):
    choices = (Choice(key, True), *(Choice(o, False) for o in others))
    draft = Draft(kind, stem, choices, "", tuple(evidence), score, answer_type=answer_type)
    return Candidate(draft, sentence, sentence % 3, f"{kind}:{stem}", key)


def _stems(text):
    _, drafts = build(text)
    return drafts


# 1. One stem gives away another's answer.

INTRO = Evidence("Site warden Ann Hale, no kin of Dr Hale, said the marsh drew otters.", 100, 170)
QUOTE = Evidence('"When I came here the fields were bare mud," Ms Hale said.', 172, 230)


def test_the_sentence_that_introduces_a_quotation_gives_its_speaker_away():
    who = _candidate(
        WHO_SAID,
        'Who said "When I came here the fields were bare mud"?',
        "Ann Hale",
        ["Ruth Hale", "Owen Pike"],
        3,
        0.83,
        [INTRO, QUOTE],
        "person",
    )
    statement = _candidate(
        TRUE_FALSE,
        "True or false? According to the article, site warden Ann Hale, no kin of Dr Hale, said the marsh drew otters.",
        "True",
        ["False"],
        2,
        0.6,
        [INTRO],
        "statement",
    )
    assert gives_away(statement, who)
    published, _ = select([who, statement], 10)
    assert published == [who]  # the stronger question stays


def test_the_lead_that_only_spells_out_a_speakers_name_gives_nothing_away():
    lead = Evidence("Ann Hale has run the reserve for a decade, the trust said today.", 0, 64)
    later = Evidence(QUOTE.text, 1500, 1558)
    who = _candidate(
        WHO_SAID,
        'Who said "When I came here the fields were bare mud"?',
        "Ann Hale",
        ["Ruth Hale", "Owen Pike"],
        3,
        0.83,
        [lead, later],
        "person",
    )
    statement = _candidate(
        TRUE_FALSE,
        "True or false? According to the article, Ann Hale has run the reserve for a decade.",
        "True",
        ["False"],
        0,
        0.6,
        [lead],
        "statement",
    )
    assert not gives_away(statement, who)


def test_a_stem_naming_the_speaker_beside_a_figure_of_the_quotation_gives_it_away():
    said = Evidence('"A cut of £412 a head is a teacher lost," he said.', 300, 350)
    who = _candidate(
        WHO_SAID,
        'Who said "A cut of £412 a head is a teacher lost"?',
        "Ivor Pugh",
        ["Mair Jones", "Ceri Lloyd"],
        6,
        0.78,
        [Evidence("Prof Ivor Pugh said money mattered.", 250, 285), said],
        "person",
    )
    cloze = _candidate(
        NUMBER,
        'Complete the sentence from the article: "Ivor Pugh estimates that funding per pupil is £412 lower than in ___."',
        "2009",
        ["2007", "2011"],
        8,
        0.7,
        [
            Evidence(
                "Ivor Pugh estimates that funding per pupil is £412 lower than in 2009.", 500, 570
            )
        ],
        "number",
    )
    assert gives_away(cloze, who)


def test_a_count_written_in_words_gives_away_the_blank_it_fills():
    count = _candidate(
        NUMBER,
        'Complete the sentence from the article: "Ministers from ___ African countries signed the accord in Accra."',
        "four",
        ["five", "six", "three"],
        0,
        0.72,
        [Evidence("Ministers from four African countries signed the accord in Accra.", 0, 60)],
        "number:",
    )
    statement = _candidate(
        TRUE_FALSE,
        "True or false? According to the article, officers from all four countries will monitor the ceasefire.",
        "True",
        ["False"],
        9,
        0.64,
        [Evidence("Officers from all four countries will monitor the ceasefire.", 900, 960)],
        "statement",
    )
    assert gives_away(statement, count)


# 2. The blanked sentence answers itself.


def test_a_count_whose_items_the_sentence_lists_is_not_blanked():
    assert self_answering(numbers.parse("Two"), "", " men, aged 19 and 22, were held.")
    assert self_answering(numbers.parse("three"), "", " women, named Ann, Beth and Cara, left.")
    assert not self_answering(numbers.parse("Two"), "", " men were held on Friday.")


def test_the_other_half_of_a_pair_of_counts_is_not_blanked():
    assert self_answering(numbers.parse("four"), "a group of three or ", " men")
    assert not self_answering(numbers.parse("12"), "rose from 10 to ", " a day")


def test_a_telephone_number_is_not_blanked():
    assert self_answering(numbers.parse("101"), "Anyone who saw it should call police on ", ".")
    assert self_answering(numbers.parse("999"), "Ring ", " in an emergency.")
    assert not self_answering(numbers.parse("101"), "The council has ", " parks.")


def test_a_country_beside_its_capital_is_given_away():
    assert capital_beside(
        "Rwanda", "Kinshasa accused ___ of arming rebels, a charge Kigali denies."
    )
    assert not capital_beside("Rwanda", "Kinshasa accused ___ of arming rebels.")


STRIKE = """Bus drivers in Ashdale to strike for two days

Bus drivers in Ashdale will walk out for two days next week in a row over rotas, the Unite union said on Monday.

The union said 420 drivers would take part, and that services across the town would stop.

It is the third strike at the company since 2009. A walkout over pay in May 2011 cancelled almost 900 journeys.

Results of the ballot varied widely between the 14 depots in the region.

Anyone with information about disruption is asked to call the company on 101.
"""


def test_an_earlier_event_a_background_count_and_a_phone_number_are_not_asked():
    article, drafts = build(STRIKE)
    earlier = next(s for s in article.sentences if "May 2011" in s.text)
    assert after_tally(article, earlier)
    for draft in drafts:
        if draft.kind == NUMBER and draft.key.text in ("900", "14"):
            assert draft.score < 0.5, draft.stem
        assert draft.key.text != "101", draft.stem
        if draft.kind == TRUE_FALSE:
            assert "May 2011" not in draft.stem and "101" not in draft.stem


TRIP = """Mayor goes to see vote on river plan

Lakeside's mayor, Joan Pratt, travelled to Harwich to watch the debate with her deputy, Dan Cole.

Councillors in Harwich voted 30 to 12 for the river plan, which will cost about £40m over six years.

"Our residents have waited long enough for clean water," Mrs Pratt said after the vote.
"""


def test_where_an_official_travelled_is_ranked_down():
    _, drafts = build(TRIP)
    for draft in drafts:
        if draft.kind == ENTITY and "travelled to ___" in draft.stem:
            assert draft.score < 0.5


# 4. A titled surname shared by two people.

NAMESAKES = """Phone maker to cut jobs

Chief executive Anders Lindqvist said the firm had been too slow to change.

Finance director Karin Lindqvist, who is not related to the chief executive, said costs had become too high.

Mr Lindqvist rejected suggestions that the company was up for sale. "We are not looking for a buyer at any price," he told analysts.
"""


def test_a_titled_surname_two_people_share_is_not_guessed():
    article, drafts = build(NAMESAKES)
    assert {"Anders Lindqvist", "Karin Lindqvist"} <= {p.name for p in article.people}
    for draft in drafts:
        if "looking for a buyer" in draft.stem:
            assert draft.key.text != "Karin Lindqvist"


# 5. Who-said options that the quotation talks about. (The neighbour is there so that
# the mother's quotation has the three options a who-said question needs.)

VICTIM = """Man hurt in street attack

Daniel Marsh, 27, was found unconscious in Mill Road on Saturday night, police said.

His mother, Joan Marsh, said the family were devastated. "Danny is a gentle lad who has never been in trouble in his life," she said.

Det Insp Ruth Cole said officers were keen to speak to a taxi driver who stopped nearby.

"Somebody saw what happened on that road and we need them to come forward," she said.

Neighbour Tom Baker said: "Mill Road has always been a quiet street after dark."
"""


def test_the_person_a_quotation_talks_about_is_no_option_for_its_speaker():
    _, drafts = build(VICTIM)
    danny = [d for d in drafts if d.kind == WHO_SAID and "Danny" in d.stem]
    assert danny
    for draft in danny:
        assert "Daniel Marsh" not in {c.text for c in draft.choices}


# 6. Phrases that need the sentence before.

LEANING = """Rail firm to close ticket offices

Northway Rail said it would close 40 ticket offices across Kent by next spring.

Catrin Jones, no relation, who leads the staff union, said members would be balloted.

A further £30m would be spent on new ticket machines at the busiest stations.

A replacement bus will run every 30 minutes between Leeds and York, it said, but journeys would take longer.

Dale Castle opens to visitors next month. Bus workers held a first rally there in 1990 with 300 members.
"""


def test_copied_sentences_that_lean_on_the_one_before_are_not_used():
    article, _ = build(LEANING)

    def ok(words):
        sentence = next(s for s in article.sentences if words in s.text)
        return usable(article, sentence)[0]

    assert ok("Northway Rail said")
    assert not ok("no relation")
    assert not ok("A further")
    assert not ok("it said")


def test_a_there_is_replaced_by_the_place_the_sentence_before_is_about():
    _, drafts = build(LEANING)
    rally = [d for d in drafts if "first rally" in d.stem]
    assert rally
    for draft in rally:
        assert " there " not in draft.stem
        assert "at Dale Castle" in draft.stem
        assert any("Dale Castle opens" in e.text for e in draft.evidence)


# 7. A quotation cut mid-phrase.


def test_a_quotation_a_few_words_too_long_is_kept_whole():
    quote = "People paying more than four thousand pounds a year for a season ticket from Chelmsford have every right to expect their train to turn up"
    assert _shorten(quote) == quote


def test_a_quotation_cut_at_a_comma_keeps_its_last_word():
    quote = "They want to replace people with machines that cannot tell you which platform your train is on, cannot help you with a wheelchair and cannot stop anybody from getting hurt late at night"
    assert _shorten(quote).endswith("which platform your train is on ...")


# 8. Options of another roundness.


def test_a_round_key_gets_round_alternatives():
    ten = numbers.alternatives(numbers.parse("10%"), 3)
    assert all(float(a.rstrip("%")) % 5 == 0 for a in ten)
    eighty = numbers.alternatives(numbers.parse("80"), 3)
    assert all(int(a) % 10 == 0 for a in eighty)


BODIES = """Union to fight station plans

The RMT union said Eastway would cut 300 jobs, a claim Eastway denied.

Eastway, which runs trains across the county, carries about 40 million passengers a year.

The Department for Transport and the Office of Rail Regulation must approve the plan.

Eastway said passengers would still get help at every station.
"""


def test_an_organisation_of_unknown_sort_is_not_set_among_public_bodies():
    _, drafts = build(BODIES)
    for draft in drafts:
        if draft.kind == ENTITY and draft.key.text == "Eastway":
            others = {c.text for c in draft.choices if not c.is_correct}
            assert not others & {"Department for Transport", "Office of Rail Regulation"}


# 9. True/false on an incidental detail.

RANKED = """Tennis player reaches semi-final

British number two Tom Reed reached his first semi-final on grass after saving two match points to beat Leo Park on Friday.

Separately, the Lawn Tennis Association said it would review how wildcards were given to players.

Reed will play the eighth seed, Diego Ruiz, on Saturday afternoon at the club.
"""


def test_a_false_statement_never_changes_a_ranking_label_and_an_opening_link_goes():
    _, drafts = build(RANKED)
    for draft in drafts:
        if draft.kind != TRUE_FALSE:
            continue
        assert "number two" in draft.stem or "number" not in draft.stem
        assert "Separately" not in draft.stem and "separately" not in draft.stem


ACCUSED = """Ministers agree Congo peace plan

Foreign ministers from five countries agreed a plan to end fighting in eastern Congo after talks in Kampala on Friday.

Kinshasa has repeatedly accused Rwanda of arming the rebels, a charge Kigali denies.

Uganda said it would host a summit of heads of state in Nairobi next month.
"""


def test_a_capital_standing_for_its_government_is_no_blank_nor_a_give_away():
    _, drafts = build(ACCUSED)
    for draft in drafts:
        if draft.kind == ENTITY and "a charge Kigali denies" in draft.stem:
            assert draft.key.text not in ("Rwanda", "Kinshasa"), draft.stem


def test_the_home_town_of_an_unnamed_person_is_a_minor_place():
    assert MINOR_PLACE.search("In April, a 20-year-old from ")
    assert MINOR_PLACE.search("The mayor travelled to ")
    assert not MINOR_PLACE.search("The council moved its offices to ")


def test_the_country_people_flee_is_no_option_for_where_they_fled():
    assert FLED_TO.search("and a further 18,000 have fled to ")
    assert _in_title("Ministers agree eastern Congo peace plan", "Democratic Republic of the Congo")
    assert not _in_title("Ministers agree eastern Congo peace plan", "Tanzania")

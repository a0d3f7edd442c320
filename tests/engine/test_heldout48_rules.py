"""The true/false rules added from held-out sets 46 and 47: a false statement never
swaps the story's home place, a nation a trend spreads "across", a side played
"against", a country in a sporting contest for one the article never names, a place
the rest of the sentence names again, where a speaker was "speaking from", or where
someone "is expected to arrive"; a side played "against" is never blanked; a swapped figure keeps its side of the sentence's other figures
written with the same unit; a linking adverb set off by commas ("has, however,
faced") leaves the statement; a share in words ("more than half of all children")
gives away a percentage blank on the same people; and a set never keeps more than
three statements of one answer beyond the other's."""

# ruff: noqa: E501

from quizzes.engine import generate, numbers
from quizzes.engine.drafts import ENTITY, NUMBER, TRUE_FALSE, Choice, Draft
from quizzes.engine.kinds import minor
from quizzes.engine.kinds.common import Candidate
from quizzes.engine.rank import MAX_TRUTH_SURPLUS, _balance_truth
from quizzes.engine.shares import share_in_words
from tests.engine.conftest import drafts_of, split


def _statements(text, words):
    return [d for d in drafts_of(text) if d.kind == TRUE_FALSE and words in d.evidence[0].text]


def _false(drafts):
    return [d for d in drafts if d.key.text == "False"]


BANK = """Bank to cut jobs in NI

Ulster Mutual is to cut about 60 jobs after closing nine branches, most of them in Northern Ireland.

The bank said the closures reflected a shift to online banking.

Customers in Northern Ireland will be able to use post offices for basic transactions.

Unions said staff in Northern Ireland had been told of the plans on Monday.

The bank has its headquarters in Belfast and employs 1,200 people.
"""


def test_home_place_is_never_swapped():
    statements = [d for d in drafts_of(BANK) if d.kind == TRUE_FALSE]
    for draft in _false(statements):
        if "Northern Ireland" in draft.evidence[0].text:
            assert "Northern Ireland" in draft.stem


VILLAGE = """Villagers buy their pub

Residents of a small Devon village have bought their local pub after raising more than £300,000 in six months.

The Plough had been due to close in January when its landlord retired.

Volunteers now run the bar on weekday evenings and a paid manager works at weekends.

The purchase comes amid growing concern about the closure of rural pubs across England.
"""


def test_nation_a_trend_spreads_across_is_not_swapped():
    for draft in _false(_statements(VILLAGE, "across England")):
        assert "across England" in draft.stem


CRICKET = """Kent sign young bowler

Kent have signed the fast bowler Liam Carver on a one-year contract.

Carver made his one-day international debut for New Zealand against Zimbabwe last winter but has yet to play a Test.

Carver, speaking from Auckland, said he was delighted to join the club.

Carver will arrive in Canterbury at the start of April, in time for the county's opening match against Essex.

Kent finished fifth in the second division last season.
"""


def test_side_played_against_is_not_swapped():
    statements = _statements(CRICKET, "against Essex")
    assert statements  # the sentence is asked about, so the loop below has drafts to check
    for draft in _false(statements):
        assert "against Essex" in draft.stem
    # Canterbury, where Carver will arrive, is kept by another rule: Essex is kept by
    # the opponent rule alone (without it, "against Auckland" is offered).
    sentence = "in time for the county's opening match against Essex."
    assert minor.opponent_at(sentence, sentence.index("Essex"))
    assert minor.opponent_at("a one-day debut v Zimbabwe", len("a one-day debut v "))
    arrive = "Carver will arrive in Canterbury at the start of April"
    assert not minor.opponent_at(arrive, arrive.index("Canterbury"))


def test_country_in_a_sporting_contest_is_swapped_only_for_one_the_article_names():
    for draft in _false(_statements(CRICKET, "debut for New Zealand")):
        assert "debut for New Zealand" in draft.stem


def test_where_a_speaker_spoke_from_is_not_swapped():
    for draft in _false(_statements(CRICKET, "speaking from Auckland")):
        assert "speaking from Auckland" in draft.stem


def test_where_someone_is_expected_to_arrive_is_not_swapped():
    for draft in _false(_statements(CRICKET, "arrive in Canterbury")):
        assert "arrive in Canterbury" in draft.stem


FARES = """Tram fares to rise in Leeds

Tram fares in Leeds are to rise by 20p from next month, the operator has said.

Passenger groups in Leeds said the increase would hit low-paid workers hardest.

Several councillors have asked ministers for powers to cap fares, as in London, where fares are set by Transport for London.

The operator said the rise was needed to cover higher energy bills.
"""


def test_place_named_again_in_its_sentence_is_not_swapped():
    for draft in _false(_statements(FARES, "Transport for London")):
        assert "in London, where" in draft.stem


SOUPS = """Soups found to be full of salt

Tinned soups sold in British supermarkets contain far too much salt, a consumer group has found.

Researchers from the Salt Action Group tested 80 soups bought at six chains in March.

Tomato and lentil soups were generally the worst offenders, with an average of 3.4g per tin, followed by vegetable soups at 2.7g.

The group said shoppers should check labels carefully before buying.
"""


def test_swapped_figure_keeps_its_rank_among_figures_of_its_unit():
    swaps = _false(_statements(SOUPS, "worst offenders"))
    assert swaps
    for draft in swaps:
        figure = draft.stem.split("average of ")[1].split("g")[0]
        assert numbers.parse(figure).value > 2.7


OFFICES = """Charity opens new offices

The charity Shelter Aid has opened new headquarters in Leeds after a two-year search.

The move will bring 120 jobs to the city, the charity said on Monday.

Shelter Aid has, however, faced criticism from donors for spending £4m on the building.

The old offices in Bradford will be sold next year.
"""


def test_linking_adverb_inside_the_sentence_is_dropped():
    statements = _statements(OFFICES, "faced criticism")
    assert statements
    for draft in statements:
        assert "however" not in draft.stem
        assert "has faced criticism" in draft.stem


def _candidate(kind, stem, choices, score=0.6, sentence=0, third=0):
    draft = Draft(kind, stem, choices, "", (), score)
    return Candidate(draft, sentence, third, f"{kind}:{sentence}", draft.key.text)


def test_share_in_words_gives_away_a_percentage_of_the_same_people():
    blank = _candidate(
        NUMBER,
        'Complete the sentence from the article: "A study says ___ of pupils in rural Wales travel over an hour to school."',
        (Choice("31%", False), Choice("53%", True), Choice("27%", False), Choice("40%", False)),
    )
    stem = "True or false? According to the article, more than half of all pupils in rural Wales face a long journey to school."
    assert share_in_words(stem, blank)
    other = (
        "True or false? According to the article, half of the teachers in rural Wales live in town."
    )
    assert not share_in_words(other, blank)


def test_a_lopsided_short_set_keeps_a_few_more_of_one_answer_at_most():
    truths = [
        _candidate(
            TRUE_FALSE,
            f"True or false? Statement {i}.",
            (Choice("True", True), Choice("False", False)),
            score=0.6 - i / 100,
            sentence=i,
            third=i % 3,
        )
        for i in range(MAX_TRUTH_SURPLUS + 3)
    ]
    kept = _balance_truth(truths, truths, 10, lambda *args: True)
    assert len(kept) == MAX_TRUTH_SURPLUS
    assert {c.sentence for c in kept} == set(range(MAX_TRUTH_SURPLUS))  # the strongest


def test_side_played_against_is_not_blanked():
    blanks = [d for d in drafts_of(CRICKET) if d.kind == ENTITY and "against ___" in d.stem]
    assert not blanks


def test_travel_plan_is_no_statement_worth_publishing():
    title, body = split(CRICKET)
    published = [d for d in generate(title, body).drafts if d.kind == TRUE_FALSE]
    assert not [d for d in published if "arrive in" in d.evidence[0].text]
    assert all(d.score < 0.5 for d in _statements(CRICKET, "arrive in Canterbury"))

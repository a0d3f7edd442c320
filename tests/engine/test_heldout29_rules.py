"""The rules added for held-out set 18 (2026.11-37): a parliamentary session ("First
Minister's Questions", "Question Time") is never a person; an opening description
whose noun the article used before it named anyone ("the route" ... "The Kilbrannan
route is ...") is not an epithet for the person of the sentence before; a blank a
stated change computes from a later figure ("a cut of roughly a third on her current
contract, which is reported to pay her £600,000") is arithmetic; options for a round
key close to its rivals are as round as the key; the target year of a programme an
event is only part of is an aside."""

# ruff: noqa: E501

from quizzes.engine import numbers, refer
from quizzes.engine.drafts import NUMBER, WHO_SAID
from quizzes.engine.entities import EVENT, ORG, PERSON
from quizzes.engine.kinds import minor
from quizzes.engine.kinds.number import _close_to
from tests.engine.conftest import article_of, drafts_of

# 1. Parliamentary sessions are not people.

SESSION = """Orkney pier plan backed

Ministers have agreed to pay for a longer pier at Stromness after complaints from hauliers.

Orkney MSP Fiona Baird, who raised the issue at First Minister's Questions in March, welcomed the money.

"We have waited far too long for this and the hauliers have paid the price," she said.

Council leader Tom Scollay said the work would start next spring.

"The pier is the lifeline of the whole county and it must be fit for bigger ships," he said.
"""


def test_first_ministers_questions_is_no_person():
    article = article_of(SESSION)
    assert not any("Questions" in e.name for e in article.entities if e.type == PERSON)


def test_session_is_no_speaker_option():
    # A third speaker: a who-said question needs three options.
    harbour = '\nHarbour master Ian Flett said: "The ferry is full every day in summer."\n'
    asked = [d for d in drafts_of(SESSION + harbour) if d.kind == WHO_SAID]
    assert asked
    for draft in asked:
        assert all("Questions" not in o.text for o in draft.choices), draft.stem


QUESTION_TIME = """Minister defends pier plan

Transport minister Alan Reid defended the plan on Question Time on Thursday.

"This is money well spent," he said.
"""


def test_question_time_is_no_person():
    article = article_of(QUESTION_TIME)
    named = [e for e in article.entities if "Question" in e.name]
    assert named and all(e.type == EVENT for e in named), [(e.name, e.type) for e in named]


def test_first_ministers_questions_is_an_event():
    article = article_of(SESSION)
    named = [e for e in article.entities if "Questions" in e.name]
    assert named and all(e.type == EVENT for e in named), [(e.name, e.type) for e in named]


def test_office_possessive_is_no_person():
    # No event word here: only the title's possessive says it is no one's name.
    article = article_of(
        "Pier plan backed\n\nOrkney MSP Ewan Fraser, who raised the issue at First Minister's Question Session in February, welcomed the funding."
    )
    assert [e.name for e in article.entities if e.type == PERSON] == ["Ewan Fraser"]


def test_office_possessive_keeps_an_office():
    article = article_of(
        "Plan drawn up\n\nThe plan was drawn up by the Chief Constable's Office in February."
    )
    assert [e.type for e in article.entities if "Office" in e.name] == [ORG]


# 2. A noun the article already used names a thing, not the person before.

ROUTE = """Ferry route to get bigger ship

Islanders have long complained about overcrowding on the route to the mainland.

Ministers said a new vessel would be ordered this year.

The operator's fleet director, Neil Gillies, said islanders would be consulted on the design.

The Kilbrannan route is one of the company's busiest outside the Clyde, and the island's population of about 1,800 doubles each summer.
"""


def test_earlier_noun_is_no_epithet():
    article = article_of(ROUTE)
    [sentence] = [s for s in article.sentences if s.text.startswith("The Kilbrannan route")]
    found = refer.opening(article, sentence)
    assert found is None or found.entity.name != "Neil Gillies"


def test_fresh_epithet_still_resolves():
    article = article_of(EPITHET)
    [sentence] = [s for s in article.sentences if s.text.startswith("The Munster number 10")]
    found = refer.opening(article, sentence)
    assert found is not None and found.entity.name == "Ronan O'Gara"


EPITHET = """Ireland beat England

Ireland beat England 19-13 at Lansdowne Road on Saturday to keep their title hopes alive.

Ronan O'Gara kicked four penalties and a conversion in a tense second half.

The Munster number 10 also set up the only try with a long pass to the wing.
"""


# 3. A change stated as a share of a later figure.

CUT = "The broadcaster offered her a deal worth about £400,000 a year, a cut of roughly a third on her current contract, which is reported to pay her £600,000."


def test_change_on_a_later_figure_is_arithmetic():
    at = CUT.index("£400,000")
    assert minor.related_figure(CUT, at, at + len("£400,000"))


def test_change_from_something_else_is_not():
    text = (
        "The firm made £5m last year, a rise of 20% from the year before, and plans to spend £2m."
    )
    at = text.index("£5m")
    assert not minor.related_figure(text, at, at + 3)


# 4. Round keys get round options.


def test_round_key_gets_round_close_options():
    key = numbers.parse("119,000")
    options = _close_to(key, [148000.0], set())
    assert len(options) == 3
    assert all(o.endswith(",000") for o in options), options


def test_precise_key_keeps_precise_close_options():
    key = numbers.parse("4,689")
    options = _close_to(key, [4812.0], set())
    assert options and all(numbers.parse(o).value < 4812 for o in options)
    assert any(not o.endswith("0") for o in options), options


# 5. The target year of a wider programme.

PROGRAMME = """Astronomers find small moon

Astronomers have found a small moon circling the asteroid 2004 JX12, the first known in its group.

The asteroid was first spotted in May 2004 by an automated telescope in New Mexico, part of a US effort to catalogue most near-Earth objects larger than 1km by 2008.

The moon is about 200 metres across and circles the asteroid every 40 hours.
"""


def test_programme_target_year_is_an_aside():
    before = "The asteroid was first spotted in May 2004 by an automated telescope in New Mexico, part of a US effort to catalogue most near-Earth objects larger than 1km by "
    assert minor.side_target(before, True)
    assert not minor.side_target("The telescope will be finished by ", True)


def test_programme_target_year_scores_low():
    drafts = [d for d in drafts_of(PROGRAMME) if d.kind == NUMBER and d.key.text == "2008"]
    assert drafts
    assert all(d.score < 0.5 for d in drafts), [(d.stem, d.score) for d in drafts]

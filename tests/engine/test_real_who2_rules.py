"""Who-said rules from strict judges' verdicts on real news articles, round two: a
person the article calls "late" before a role ("playing late screen legend X") is
dead and never offered as a speaker; a quotation that stops on an auxiliary whose
verb it leaves out ("I don't think he will") or that is shown as a phrase with no
verb is never asked about; and a first-person quotation naming the seat of the
speaker's office ("the door of 10 Downing Street") is never asked about."""

# ruff: noqa: E501

from quizzes.engine.drafts import WHO_SAID
from quizzes.engine.kinds import fates
from quizzes.engine.kinds.who_said import ELLIPSIS_END, _has_verb
from tests.engine.conftest import article_of, drafts_of, entity_named


def _asked(drafts, words):
    return [d for d in drafts if d.kind == WHO_SAID and words in d.stem]


def _options(draft):
    return [c.text for c in draft.choices]


# 1. "Late" before a role: the person is dead.

PRIZES = """Singer wins top film prize

Actress Mary Bell won best actress for playing late jazz singer Nora Vance in the film Blue Night.

"I never thought a girl from a small town would stand on this stage tonight," Bell told the audience.

Actor Tom Reed won best actor for his role as a fisherman in Cold Harbour. "I owe all of this to my wife and my children," Reed said.

Director Sam Cole won best director for Cold Harbour. "The whole crew worked through two winters on this film," Cole said.
"""


def test_late_before_a_role_makes_the_person_dead():
    article = article_of(PRIZES)
    vance = entity_named(article, "Nora Vance")
    assert vance is not None and fates.died(article, vance)
    asked = _asked(drafts_of(PRIZES), "stand on this stage")
    assert asked
    for draft in asked:
        assert "Nora Vance" not in _options(draft)


def test_a_late_time_or_a_late_player_is_no_death():
    text = """Cup tie settled

City won 2-1 after a late substitute Joe Hart scored. The team arrived late and Tom Lane said they were tired.
"""
    article = article_of(text)
    for name in ("Joe Hart", "Tom Lane"):
        person = entity_named(article, name)
        assert person is None or not fates.died(article, person)


# 2. A quotation that stops on an auxiliary leaves its verb out.

BANK = """Bank boss warns on spending

Business leader Sir Hugh Marsh urged the chancellor not to cut taxes before the election.

Sir Hugh said: "Please do not give money away to win votes." Sir Hugh added: "I don't believe that she would."

Chancellor Anne Gray said the budget would be prudent. "Every pound we spend has been paid for by savings elsewhere," Mrs Gray said.

Shadow chancellor Paul Webb said taxes had risen every year. "Families are paying more tax than at any time in thirty years," Mr Webb said.
"""


def test_a_quotation_ending_on_an_auxiliary_is_not_asked():
    drafts = drafts_of(BANK)
    assert _asked(drafts, "Every pound we spend")  # the others are asked
    assert not _asked(drafts, "she would")
    # A comparison or a "but" carries its verb inside the quotation.
    assert not ELLIPSIS_END.search("It is unfair that it has come out the way it did")
    assert not ELLIPSIS_END.search("I had three chances to win but didn't")
    assert not ELLIPSIS_END.search("Everyone worked hard - they know who they are")
    assert ELLIPSIS_END.search("Yes, we can.")


# 3. A quotation cut to a phrase with no verb.

SEATS = """Leader sets out election map

Party leader Kate Ward set out where her party would fight hardest at the election.

She said: "This is a contest between three parties. "In the northern towns and the coastal seats - above all in the far North East and along the whole of the Yorkshire coast from Whitby to Hull - the main contest is between us and Labour."

Rival leader John Hale said the map was fantasy. "Her party will not win a single seat in the north this time," Mr Hale said.

Pollster Ian Price said the race was close. "Nobody can say with any confidence who will win most seats," Mr Price said.
"""


def test_a_quotation_cut_to_a_verbless_phrase_is_not_asked():
    drafts = drafts_of(SEATS)
    assert _asked(drafts, "single seat in the north")  # the others are asked
    assert not _asked(drafts, "In the northern towns")
    # A whole quotation is never cut, verb or none: "A great judge and a great man".
    article = article_of(SEATS)
    found = next(s for s in article.sentences if "single seat" in s.text)
    quote = "Her party will not win a single seat in the north this time"
    assert _has_verb(found, quote, "Her party ...") is False
    assert _has_verb(found, quote, "Her party") is True


# 4. The seat of the speaker's own office gives the speaker away.

LEADERS = """Leaders clash over schools

Prime Minister Alan Frost said his government had rebuilt hundreds of schools.

Mr Frost said: "I have the same energy for this job as the day I first walked into Downing Street."

Opposition leader Mark Dean said the schools were still failing. "Too many children leave school unable to read and write," Mr Dean said.

Third party leader Carol Hay said both men had broken their promises. "Neither of them has kept a single promise on class sizes," Ms Hay said.
"""


def test_a_first_person_quotation_naming_the_seat_of_office_is_not_asked():
    drafts = drafts_of(LEADERS)
    assert _asked(drafts, "unable to read and write")  # the others are asked
    assert not _asked(drafts, "Downing Street")

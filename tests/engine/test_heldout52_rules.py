"""The true/false and name rules added from held-out sets 48 to 51: a place that
narrows a plural subject ("Rents in Leeds rose") is never swapped, since what
rents did elsewhere is unstated; a number heading a set phrase ("the back nine")
is never changed; the gap between two events in a sentence dated by month and
year ("two months after") is never the falsehood; a town is never offered a
county as a distractor; and a place's present name after its old one ("Eboracum,
now ___") is an aside, not published."""

# ruff: noqa: E501

from quizzes.engine import gazetteer
from quizzes.engine.drafts import ENTITY, TRUE_FALSE
from quizzes.engine.generate import MIN_SCORE
from quizzes.engine.kinds import true_false
from tests.engine.conftest import article_of, drafts_of


def _statements(drafts):
    return [d for d in drafts if d.kind == TRUE_FALSE]


def _wrong(draft):
    return [c.text for c in draft.choices if not c.is_correct]


# 1. A place narrowing a plural subject: another place's rents are merely unstated.

RENTS = """Rents climb fastest in the north

Private rents in England rose by an average of 3.2% in the year to June, according to figures published on Tuesday by a lettings firm.

Rents in Manchester rose faster than anywhere else in the country, while Liverpool and the north east also saw strong increases.

By contrast, rents fell slightly in parts of the south, where a surge in new flats has left landlords competing for tenants.

The firm's research director, Alison Kerr, said demand from young professionals had outstripped the supply of homes to let in the northern cities.

She said the gap between incomes and rents in the south had grown so wide that many tenants could no longer afford to move.

The government said it was building more homes and that a new code for landlords would come into force next spring.

Tenants' groups in Bristol and Brighton said the figures hid hardship among families renting older homes in poor repair.
"""


def test_a_place_narrowing_a_plural_subject_is_never_swapped():
    for draft in _statements(drafts_of(RENTS)):
        if "faster than anywhere else" in draft.stem:
            assert "ents in Manchester" in draft.stem, draft.stem


# 2. A number heading a set phrase: "the back ten" is no phrase at all.

GOLF = """Ramsay wins the Welsh Open after a play-off

Scotland's Euan Ramsay won the Welsh Open at Celtic Manor on Sunday, beating the American Dale Pruitt at the second extra hole.

Ramsay, who had not won on the tour for six years, finished on 11 under par after a closing round of 66.

Ramsay, 38, was roared on by the crowd on the back nine and made four birdies in the last seven holes.

Pruitt, who led by three shots at the turn, dropped two shots at the 15th and missed a short putt to win on the 18th.

Ramsay collects a cheque for £330,000 and climbs to 19th place on the Order of Merit.

"I have waited a long time for this and I'm not sure it has sunk in yet," Ramsay said.

The tournament moves to a new course near Newport next year after organisers signed a three-year deal.
"""


def test_a_number_heading_a_set_phrase_is_never_swapped():
    drafts = _statements(drafts_of(GOLF))
    back = [d for d in drafts if "roared on by the crowd" in d.stem]
    assert back
    for draft in back:
        assert "the back nine" in draft.stem, draft.stem


# 3. The gap between two events in a sentence dated by month and year.

HEAD = """Failing school turned round in two years

A secondary school in Rotherham that was among the worst in England two years ago has been rated good by inspectors.

The school's recovery has been credited largely to its headteacher, Paul Ainsley, who took over in September 2011, four months after the school was put in special measures.

Inspectors said teaching had improved in every subject and that pupils now behaved well in lessons and around the school.

The share of pupils gaining five good GCSEs has risen from 28% to 61%, one of the biggest rises in the country.

Mr Ainsley said the staff deserved the credit, and that the school now aimed to become one of the best in the county.

The local council said it would ask the school to help others in the town that were struggling.
"""


def test_a_gap_between_dated_events_is_never_the_falsehood():
    drafts = [d for d in _statements(drafts_of(HEAD)) if "took over in September 2011" in d.stem]
    for draft in drafts:
        assert "four months after" in draft.stem, draft.stem
    # The engine makes no statement of the sentence at all (without the rule it offers
    # "five months after"), so the loop above may be empty: ask the rule itself.
    sentence = next(s for s in article_of(HEAD).sentences if "took over in" in s.text)
    gap = sentence.text[sentence.text.index("four months after") :]
    assert true_false._dated_twice(sentence, gap)
    # A gap with no month and year beside it is the sentence's only dating: fair game.
    text = "School rated good\n\nMr Ainsley took over last year, four months after the school was put in special measures.\n"
    undated = article_of(text).sentences[0]
    gap = undated.text[undated.text.index("four months after") :]
    assert not true_false._dated_twice(undated, gap)
    assert not true_false._dated_twice(sentence, "the school was put in special measures.")


# 4. A town's options are towns, never a county (the story's own setting).

ABBEY = """Medieval abbey walls found under car park

The walls of a medieval abbey have been found beneath a car park in north Essex, archaeologists have said.

The remains were uncovered during work to lay new drains, and include the base of a tower and part of a cloister.

Abbeys of the same order have been dug at Lincoln and Norwich in recent years.

The district archaeologist, Dr Anna Priddy, said the monks had probably sold wool at the market in the nearby Roman town of Camulodunum, now Colchester.

Essex council said the car park would stay closed while the site was recorded, and that the walls would then be covered over again.

Dr Priddy said the find showed that the abbey had been far larger than records suggested, and that a fuller dig could follow in Essex in the summer.

Local historians said they were delighted, and hoped some of the finds could go on show at the town's museum.
"""


def test_a_town_is_never_offered_a_county():
    # "a fuller dig could follow in ___" (Essex) was offered among foreign towns the
    # gazetteer confuses with the county's name: with no county beside it, it goes.
    for draft in [d for d in drafts_of(ABBEY) if d.kind == ENTITY]:
        counties = {c.text in gazetteer.COUNTIES for c in draft.choices}
        assert len(counties) == 1, (draft.stem, [c.text for c in draft.choices])


RENAMED = """Medieval abbey walls found under car park

The walls of a medieval abbey have been found beneath a car park in north Essex, archaeologists have said.

The remains were uncovered during work to lay new drains, and include the base of a tower and part of a cloister.

The site lies near the village of Dedham, about five miles from the market town of Braintree.

The district archaeologist, Dr Anna Priddy, said the monks had probably sold wool at the market in the nearby Roman town of Camulodunum, now Colchester.

Essex council said the car park would stay closed while the site was recorded, and that the walls would then be covered over again.

Dr Priddy said the find showed that the abbey had been far larger than records suggested, and that a fuller dig could follow in Essex in the summer.

Local historians in Chelmsford and Colchester said they were delighted, and hoped some of the finds could go on show at the town's museum.
"""


def test_a_places_present_name_is_an_aside():
    drafts = [d for d in drafts_of(RENAMED) if d.kind == ENTITY and "now ___" in d.stem]
    assert drafts
    for draft in drafts:
        assert draft.score < MIN_SCORE, (draft.stem, draft.score)

"""The rules added from held-out sets 52 to 55: the length of a window of time
("over the past two years") is not blanked in place of the finding the same
sentence reports ("rose by 18%"), and ranks a little lower even alone; and a
figure in a relative clause dating another person's old record ("X, who won
eight stages in the 1960s") is a historical comparison, not the story."""

# ruff: noqa: E501

from quizzes.engine.drafts import NUMBER, TRUE_FALSE, Choice, Draft, Evidence
from quizzes.engine.generate import MIN_SCORE
from quizzes.engine.kinds.common import Candidate
from quizzes.engine.rank import select
from tests.engine.conftest import drafts_of


def _keyed(drafts, kind, key):
    return [d for d in drafts if d.kind == kind and d.key.text == key]


# 1. A window of time beside the sentence's finding: the finding is asked, not the window.

CINEMA = """Cinema audiences climb in market towns

Small cinemas in market towns are drawing bigger audiences, according to figures released on Thursday by a trade body.

The Independent Cinema Office said ticket sales at single-screen venues had risen by 27% over the past three years, helped by cheaper evening tickets and live broadcasts of plays.

Many of the venues are run by volunteers and rely on grants from district councils to replace their projectors.

The body's director, Owen Pryce, said the rise showed that people still wanted a night out close to home.

Ticket sales at the big multiplex chains were flat over the same period, the figures showed.
"""

HEDGEROWS = """Hedgerow grants stay popular

Farmers in Shropshire are still signing up to plant new hedgerows, according to the county's wildlife trust.

The trust said the number of farms taking part had stayed level for the past four years, though fewer large estates now applied.

Most of the new hedges are planted with hawthorn, hazel and blackthorn, which feed birds through the winter.

The scheme's manager, Lucy Brand, said the hedges would give cover to birds driven out by bigger fields.
"""


def test_a_window_beside_the_finding_falls_below_the_bar():
    drafts = drafts_of(CINEMA)
    window = _keyed(drafts, NUMBER, "three years")
    assert window and all(d.score < MIN_SCORE for d in window)
    finding = _keyed(drafts, NUMBER, "27%")
    assert finding and finding[0].score >= MIN_SCORE


def test_a_window_alone_ranks_lower_than_a_plain_figure():
    window = _keyed(drafts_of(HEDGEROWS), NUMBER, "four years")
    assert window and all(MIN_SCORE <= d.score < 0.7 for d in window)


# 2. Another person's dated record, in a relative clause: a historical comparison.

REGATTA = """Welsh rower takes Henley title

Rhys Morgan became the first Welsh sculler in more than a decade to win the Diamond Sculls at Henley Royal Regatta on Sunday.

Morgan, 24, from Chepstow, beat the Dutch favourite by a length and a half in a final held into a strong headwind.

He joins a short list of Welsh winners of the event which includes Tom Pritchard, who won five titles in the 1950s and 1960s, and Gareth Hale.

Morgan led from the start and was clear by the halfway mark, where his coach, Dai Evans, said the race was won.

Evans, who has coached at Chepstow Rowing Club for 20 years, said Morgan had trained through the winter on the Wye.

Chepstow Rowing Club will hold a reception for Morgan next week, and Evans said the club hoped to send two crews to Henley next year.

Morgan said he had dreamt of the title since he first rowed at Chepstow Rowing Club as a boy of 11.
"""


def test_another_persons_dated_record_is_background():
    record = _keyed(drafts_of(REGATTA), NUMBER, "five")
    assert record and all(d.score < MIN_SCORE for d in record)


# 3. A short set of "True" keys flips a statement to its background false form.


def _candidate(kind, sentence, score, stem, key, distractors, spare=False):
    choices = (Choice(key, True),) + tuple(Choice(d, False) for d in distractors)
    evidence = (Evidence(stem, sentence * 100, sentence * 100 + 50),)
    draft = Draft(kind, stem, choices, "", evidence, score)
    fact = f"{kind}:{key}:{sentence}"
    return Candidate(draft, sentence, sentence % 3, fact, fact, spare=spare)


ROOMS = ["library", "hall", "gym", "canteen", "office", "kitchen"]
MONTHS = ["May", "June", "July", "August", "March", "April"]


def _statement(sentence, truth, score, spare=False):
    room, month = ROOMS[sentence - 1], MONTHS[sentence - 1]
    year = 1981 + sentence if truth else 1971 + sentence
    stem = f"True or false? The {room} was painted in {month} {year}."
    return _candidate(TRUE_FALSE, sentence, score, stem, str(truth), [str(not truth)], spare)


def test_a_short_set_of_true_keys_takes_the_false_form_of_its_own_sentence():
    counts = [
        _candidate(
            NUMBER, 0, 0.74, "Complete: about ___ pupils came in.", "30", ["20", "45", "60"]
        ),
        _candidate(
            NUMBER, 7, 0.74, "Complete: the school has ___ pupils.", "212", ["150", "280", "340"]
        ),
    ]
    trues = [_statement(s, True, 0.6) for s in range(1, 7)]
    # The false forms swap a year of the story's history: background on their own.
    falses = [_statement(s, False, 0.64, spare=True) for s in (5, 6)]
    published, _ = select(counts + trues + falses, 10)
    keys = [c.draft.key.text for c in published if c.draft.kind == TRUE_FALSE]
    assert keys.count("False") >= 1
    assert len(published) >= 8


# 4. A plain length of time beside the sentence's count: the count comes first.

SANCTUARY = """Donkey sanctuary plans new fields

A donkey sanctuary near Sidmouth has bought 40 acres of farmland so that it can take in more animals from abroad.

About 640 donkeys live in rescue centres in Devon, and the Donkey Welfare Trust estimates that figure could pass 1,000 within five years as more owners give up their animals.

The charity said the new fields would be fenced and planted with hay by the spring.

Ms Hext said visitors would still be able to walk among the animals free of charge.
"""


def test_a_length_of_time_ranks_below_the_count_beside_it():
    drafts = drafts_of(SANCTUARY)
    span = _keyed(drafts, NUMBER, "five years")
    count = _keyed(drafts, NUMBER, "640")
    assert span and count and max(d.score for d in span) < count[0].score

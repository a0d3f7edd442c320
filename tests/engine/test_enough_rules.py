"""A short set gives up a question that keeps out two or more good ones (rank._enlarge),
and its note says, counted by rule, what kept the rest out (generate._notes)."""

import re
from collections import Counter

from quizzes.engine import generate
from quizzes.engine.drafts import ENTITY, NUMBER, TRUE_FALSE, Choice, Draft, Evidence
from quizzes.engine.generate import _notes
from quizzes.engine.kinds.common import Candidate
from quizzes.engine.rank import ENOUGH, GIVE_AWAY, REPEAT, refusal, select
from tests.engine.conftest import article_of, split

PLACES = ["Bristol", "Swindon", "Oxford"]


def _question(kind, sentence, score, stem, key, distractors, answer_type=""):
    choices = (Choice(key, True),) + tuple(Choice(d, False) for d in distractors)
    draft = Draft(
        kind, stem, choices, "", (Evidence(stem, sentence * 100, sentence * 100 + 50),), score
    )
    draft = Draft(**{**draft.__dict__, "answer_type": answer_type})
    return Candidate(draft, sentence, sentence % 3, f"{kind}:{sentence}", key)


def _count(sentence, score, stem):
    key = str(40 + 7 * sentence)
    return _question(NUMBER, sentence, score, stem, key, ["3", "5", "9"])


def _statement(sentence, score, truth):
    stem = f"True or false? Ward {sentence} was closed on day {sentence}."
    return _question(TRUE_FALSE, sentence, score, stem, str(truth), [str(not truth)])


def _place(sentence, score, key):
    stem = f"Complete the sentence: the unit at ___ stayed open on day {sentence}."
    return _question(ENTITY, sentence, score, stem, key, PLACES, "place")


def _short_set():
    """Four counts and two statements on their own sentences, and two counts whose
    stems name Cheltenham: the place key of the one entity question, which a stem
    naming it gives away (giveaways.singled_out)."""
    counts = [_count(s, 0.8 - s / 100, f"How many beds were on ward {s}?") for s in (0, 1, 2, 3)]
    statements = [_statement(4, 0.64, False), _statement(5, 0.62, True)]
    naming = [
        _count(6, 0.76, "How many patients at Cheltenham General Hospital fell ill?"),
        _count(7, 0.74, "How many operations at Cheltenham General Hospital were put off?"),
    ]
    return counts, statements, naming


def test_a_reserve_question_that_keeps_out_two_good_ones_gives_way_in_a_short_set():
    counts, statements, naming = _short_set()
    cheltenham = _place(8, 0.68, "Cheltenham")
    published, _ = select([*counts, *statements, *naming, cheltenham], 10)
    # The entity question gave the set its third kind, but kept out both counts that
    # name its key: without it the set holds one more question, of two kinds.
    assert cheltenham not in published
    assert all(c in published for c in naming)
    assert len(published) == len(counts) + len(statements) + len(naming)
    assert {c.draft.kind for c in published} == {NUMBER, TRUE_FALSE}


def test_the_third_kind_comes_back_another_way_when_it_can():
    counts, statements, naming = _short_set()
    cheltenham = _place(8, 0.68, "Cheltenham")
    # Another entity question, whose key no stem names: the set keeps three kinds.
    gloucester = _place(9, 0.55, "Gloucester")
    published, _ = select([*counts, *statements, *naming, cheltenham, gloucester], 10)
    assert cheltenham not in published and gloucester in published
    assert all(c in published for c in naming)
    assert {c.draft.kind for c in published} == {NUMBER, TRUE_FALSE, ENTITY}


def test_a_reserve_question_that_keeps_out_one_question_stays():
    # Giving way for a single question gains nothing and loses the third kind.
    counts, statements, naming = _short_set()
    cheltenham = _place(8, 0.68, "Cheltenham")
    published, _ = select([*counts, *statements, naming[0], cheltenham], 10)
    assert cheltenham in published and naming[0] not in published


def test_a_set_of_enough_questions_is_left_alone():
    # Enough questions without the two that name Cheltenham: nothing gives way.
    counts, statements, naming = _short_set()
    more = [_statement(10, 0.6, False), _statement(11, 0.58, True)]
    cheltenham = _place(8, 0.68, "Cheltenham")
    pool = [*counts, *statements, *more, *naming, cheltenham]
    published, _ = select(pool, ENOUGH)
    assert cheltenham in published and len(published) == ENOUGH
    assert not any(c in published for c in naming)


def test_refusal_names_the_rule_that_keeps_a_candidate_out():
    counts, statements, naming = _short_set()
    cheltenham = _place(8, 0.68, "Cheltenham")
    same_fact = Candidate(counts[1].draft, 12, 0, counts[0].fact, "other")
    assert refusal(same_fact, [counts[0]], 10) == REPEAT
    assert refusal(naming[0], [cheltenham], 10) == GIVE_AWAY
    assert refusal(counts[1], [counts[0]], 10) is None


FILLER = (
    "The council met again in the evening and talked for a long time about the plans. "
    "Members said the work was slow and that more meetings would be needed before a vote. "
    "Some wanted to wait for the spring, while others hoped to finish before the winter.\n\n"
)
MARKET = (
    "Market hall to close for repairs\n\n"
    "The market hall in Kirkby Lonsdale is to close for six weeks while its roof is mended, "
    "the town council has said.\n\n"
    "About 40 traders use the hall, which was built in 1888.\n\n"
    "Council leader Ruth Dalby said the repairs would cost £180,000.\n\n" + FILLER * 8
)


def test_the_note_of_a_short_set_counts_what_kept_each_draft_out():
    article = article_of(MARKET)
    assert article.word_count >= 400
    held = Counter({REPEAT: 9, GIVE_AWAY: 3, None: 1})
    counts, statements, _ = _short_set()
    notes = _notes(article, [*counts, *statements], 10, weak=2, held=held)
    assert notes[0].startswith(
        "Only 6 questions met the quality bar: 21 were drafted; 2 held back by the quality "
        "checks, 9 repeated a fact or sentence already asked, 3 would have given away another "
        "question's answer or had theirs given away and 1 set aside to keep the kinds of "
        "question and true/false answers balanced."
    )
    # The note of a real short set counts every draft left out, each under one rule.
    title, body = split(MARKET)
    generation = generate(title, body)
    [note] = [n for n in generation.notes if "met the quality bar" in n]
    reasons = note.split("; ")[1].split(". ")[0].rstrip(".")
    counted = [int(part.split()[0]) for part in re.split(r", | and (?=\d)", reasons)]
    assert sum(counted) == len(generation.rejected) > 0


def test_the_note_on_kinds_says_a_drafted_kind_was_refused():
    # A set of two kinds whose entity questions were drafted but refused says so,
    # rather than that no third kind could be made.
    article = article_of(MARKET)
    counts, statements, _ = _short_set()
    published = [*counts, *statements]
    [kinds] = [n for n in _notes(article, published, 10) if "kind(s)" in n]
    assert kinds == "Only 2 kind(s) of question could be made for this article."
    dropped = {'"which person, place or organisation"'}
    [kinds] = [n for n in _notes(article, published, 10, dropped=dropped) if "kind(s)" in n]
    assert kinds == (
        'Only 2 kind(s) of question made it into this set: the "which person, place or '
        'organisation" questions drafted repeated or gave away questions already asked.'
    )

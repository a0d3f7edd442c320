"""Entity questions are a reserve (rank.select): judges found them the weakest kind,
so one is published only to give a set its third kind or to bring a short set up to
what a teacher expects (rank.ENOUGH), before any repeat of a fact."""

from quizzes.engine.drafts import ENTITY, NUMBER, TRUE_FALSE, WHO_SAID, Choice, Draft, Evidence
from quizzes.engine.kinds.common import Candidate
from quizzes.engine.rank import ENOUGH, select

WORDS = [
    "harbour", "orchard", "quarry", "lantern", "meadow", "glacier", "canyon", "ferry",
    "bridge", "tunnel", "castle", "market", "garden", "stadium", "library", "museum",
    "factory", "airport", "chapel", "prison",
]  # fmt: skip


def _candidate(kind, sentence, score, answer=None, evidence=None, stem=None, truth=None):
    """A candidate about sentence (its own words, its own answer) in third sentence % 3;
    a statement's key is truth, or alternates with the sentence."""
    word = WORDS[sentence]
    if kind == TRUE_FALSE:
        stem = stem or f"True or false? The {word} was closed."
        if truth is None:
            truth = sentence % 2 == 0  # keys alternate, so the set needs no balancing
        choices = (Choice("True", truth), Choice("False", not truth))
        answer = answer or f"{kind}:{sentence}"
    elif kind == NUMBER:
        stem = stem or f"How many visitors came to the {word}?"
        answer = answer or str(100 + 17 * sentence)
        choices = (Choice(answer, True), Choice("3", False), Choice("5", False))
    else:
        stem = stem or (
            f'Who said "The {word} matters"?' if kind == WHO_SAID else f"Who built the {word}?"
        )
        answer = answer or f"Person {word.title()}"
        choices = (Choice(answer, True), Choice("Zed Ward", False), Choice("Yul York", False))
    evidence = evidence or (Evidence(stem, sentence * 100, sentence * 100 + 50),)
    draft = Draft(kind, stem, choices, "", evidence, score)
    return Candidate(draft, sentence, sentence % 3, f"{kind}:{sentence}", answer)


def _kinds(published):
    return {c.draft.kind for c in published}


def test_entity_questions_stay_out_when_other_kinds_fill_the_set():
    # The strongest candidate of every third is an entity question, and entity is a
    # kind the set has not got: still none is published, for three other kinds fill
    # the set (not the pass per third, nor the pass per kind, nor the fill takes one).
    entities = [_candidate(ENTITY, i, 0.95 - i / 100) for i in range(3)]
    others = [
        _candidate((WHO_SAID, NUMBER, TRUE_FALSE)[i % 3], i, 0.7 - i / 100) for i in range(3, 15)
    ]
    published, rejected = select([*entities, *others], 10)
    assert len(published) == 10
    assert _kinds(published) == {WHO_SAID, NUMBER, TRUE_FALSE}
    assert all(e in rejected for e in entities)
    assert {c.third for c in published} == {0, 1, 2}


def test_an_entity_question_gives_a_set_its_third_kind():
    # Two other kinds could fill the set alone; the weakest entity question comes
    # in, in place of the weakest of them, so the set shows three kinds.
    others = [_candidate((WHO_SAID, NUMBER)[i % 2], i, 0.8 - i / 100) for i in range(12)]
    entity = _candidate(ENTITY, 12, 0.5)
    published, _ = select([*others, entity], 10)
    assert len(published) == 10
    assert entity in published
    assert _kinds(published) == {WHO_SAID, NUMBER, ENTITY}
    # A set that already has three kinds leaves it out.
    statement = _candidate(TRUE_FALSE, 13, 0.5)
    published, _ = select([*others, entity, statement], 10)
    assert entity not in published and statement in published


def test_entity_questions_fill_a_short_set_up_to_enough_before_any_repeat():
    # Five other questions, one more who_said that repeats the first one's speaker
    # and introduction (a repeat, stronger than any entity question), and six entity
    # questions: the set takes entity questions up to what a teacher expects, and
    # neither the repeat nor entity questions beyond that.
    intro = Evidence("intro", 1500, 1550)
    first = _candidate(WHO_SAID, 0, 0.8, "Ann Cole", (intro, Evidence("a", 0, 50)), 'Who said "A"?')
    repeat = _candidate(
        WHO_SAID, 16, 0.79, "Ann Cole", (intro, Evidence("b", 1600, 1650)), 'Who said "B"?'
    )
    others = [first] + [
        _candidate((NUMBER, TRUE_FALSE, WHO_SAID, NUMBER)[i % 4], i, 0.75 - i / 100)
        for i in range(1, 5)
    ]
    entities = [_candidate(ENTITY, i, 0.6 - i / 100) for i in range(5, 11)]
    published, _ = select([*others, repeat, *entities], 10)
    assert len(published) == ENOUGH
    assert all(c in published for c in others)
    assert repeat not in published
    assert sum(c in published for c in entities) == ENOUGH - len(others)
    # Nor does the repeat fill a set the reserve cannot (2026.11-35): the rubric fails
    # a question citing the same sentence for the same answer, short set or not.
    published, _ = select([*others, repeat, entities[0]], 10)
    assert repeat not in published and entities[0] in published


def _statement(sentence, score, truth=True):
    """A true/false candidate whose key is truth."""
    return _candidate(TRUE_FALSE, sentence, score, truth=truth)


def test_a_swap_to_cover_a_third_takes_no_entity_question():
    # Only an entity question asks about the last third, and the set has three other
    # kinds and what a teacher expects: it stays out, though nearly as strong.
    others = [
        _candidate((WHO_SAID, NUMBER, TRUE_FALSE)[i % 3], s, 0.8 - i / 100)
        for i, s in enumerate(s for s in range(20) if s % 3 != 2)
    ][:10]
    entity = _candidate(ENTITY, 2, 0.72)
    published, _ = select([*others, entity], 10)
    assert entity not in published
    assert len(published) == 10 and len(_kinds(published)) == 3


def test_a_swap_to_cover_a_third_keeps_the_third_kind():
    # The one number question keeps out the only question on the last third (the same
    # fact): swapping it out would cover the third but leave the set two kinds.
    figure = _candidate(NUMBER, 0, 0.9)
    blocked = _candidate(WHO_SAID, 2, 0.85)
    blocked = Candidate(blocked.draft, 2, 2, figure.fact, blocked.answer)
    others = [_candidate(WHO_SAID, s, 0.8 - s / 100) for s in (1, 3, 4, 6)]
    others += [_statement(s, 0.75 - s / 100, truth=s % 2 == 0) for s in (7, 9, 10)]
    published, _ = select([figure, blocked, *others], 10)
    assert figure in published and blocked not in published
    assert _kinds(published) == {WHO_SAID, NUMBER, TRUE_FALSE}


def test_balancing_true_and_false_takes_an_entity_question_only_to_stay_at_enough():
    # Three "True" keys and no "False" one: a set above what a teacher expects drops
    # two of them rather than take the entity question in their place ...
    others = [_candidate(WHO_SAID, s, 0.8) for s in range(4)]
    others += [_candidate(NUMBER, s, 0.75) for s in range(4, 7)]
    truths = [_statement(s, 0.7) for s in range(7, 10)]
    entity = _candidate(ENTITY, 10, 0.65)
    published, _ = select([*others, *truths, entity], 10)
    assert entity not in published
    assert len(published) == ENOUGH and sum(t in published for t in truths) == 1
    # ... but a set that would fall short without the second one takes it instead.
    published, _ = select([*others[:4], *others[5:], *truths, entity], 10)
    assert entity in published and len(published) == ENOUGH
    assert sum(t in published for t in truths) == 1

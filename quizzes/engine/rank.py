"""Choosing which candidates to publish: best first, spread over the article.

Generation overproduces; this keeps at most one question per sentence, at most
two per answer, no repeated fact (nor two questions proving one answer with a
sentence in common, even in a short set), no question whose stem gives another's
answer away, a mix of kinds (the best of every kind gets in), and at least one
question from each third of the body when the article offers one. A spare
candidate (history behind the story) is taken last, only to bring a short set up to
what a teacher expects.

Entity questions (which person, place or organisation) are a reserve: judges found
them the weakest kind (58% acceptable, against 74-92% for the others: merged names,
options from the wrong side, the wrong member of a family), so one is published only
to give a set its third kind or to bring a short set up to what a teacher expects.
Since 2026.11-123 generate.py passes none here at all (see generate._publishable); the
reserve stays for callers that do, which the tests of this module are.

Word-meaning questions ("What does "plummeted" mean ...?") are a reserve too, for
another reason: they test vocabulary, not a fact of the story, so they never take a
place a question on the story could fill. They fill a short set before the entity
reserve (judges passed more of them), first only those that leave a background
question its place, at most MAX_WORD_MEANING to a set, and never to balance true
and false; like an entity question, one may be swapped in to give a set its third
kind. One may share its sentence with a question on the story whose key the sentence
it quotes does not print (see _one_sentence). A set that reaches what a teacher
expects without them is unchanged.

"Who is" questions are a reserve too, filling after the entity reserve: judges passed
8 of the 16 published on fresh articles under 2026.11-80 to -83 (an "a" key among
"the" options, a reporter's title).

A set still short of what a teacher expects gives up one or two chosen questions when
the places they free take more that fit without them (_enlarge): a reserve question
whose key other stems name keeps out every one of them.
"""

from .drafts import ENTITY, TRUE_FALSE, WHO_IS, WORD_MEANING
from .giveaways import common_words, gives_away, same_count, same_key, singled_out
from .kinds.common import Candidate, contains_any
from .kinds.facts import same_fact, same_swap

MAX_PER_ANSWER = 2
MAX_SHARE_PER_KIND = 0.4
ENOUGH = 8  # what a teacher expects of a 400-word article
# How much weaker a statement may be than the one it replaces to balance true and false.
MAX_BALANCE_LOSS = 0.1
# How many more statements of one answer than of the other even a short set keeps
# when nothing can balance them: six "True" keys and no "False" make the answer a
# guess, and the weakest of them tend to be the story's side details: four, tried in
# 2026.11-80 to -82, brought a sixth of short sets up to eight, but judges passed 19 of
# the 32 statements it added (a police description, a stray "that", a source's slip).
MAX_TRUTH_SURPLUS = 3
KINDS_WANTED = 3  # the variety a set must show, when the article offers it
# A quiz on the story, not a vocabulary test; word questions only ever fill a short
# set up to ENOUGH, and judges passed 30 of the 33 they judged (2026.11-38 to -43).
MAX_WORD_MEANING = 3
# "Who is X?" questions share one pool of roles for options: a second mirrors the
# first, and answering one answers the other (judges, 2026.11-80).
MAX_WHO_IS = 1


def select(
    candidates: list[Candidate], limit: int, body: str = ""
) -> tuple[list[Candidate], list[Candidate]]:
    """(published, rejected), both best first. body, the article's text, tells which
    words are the story's common currency (never a give-away on their own)."""
    everything = sorted(candidates, key=_order)
    ordered = [c for c in everything if not c.spare]
    # The reserves apart: every pass below takes the others first, and a reserve
    # question only to give the set its third kind or to bring it up to what a
    # teacher expects (see below for which reserve fills first).
    others = [c for c in ordered if not _reserve(c)]
    reserve = _reserves(ordered)
    common = common_words(body)

    def _fits(*args, **kwargs):
        return _fits_with(*args, common=common, **kwargs)

    chosen: list[Candidate] = []
    # One pass per third first, so the best question of each third gets in (never
    # the reserves: they get in only for the reasons below).
    for third in (0, 1, 2):
        for candidate in others:
            if candidate.third == third and _fits(candidate, chosen, limit):
                chosen.append(candidate)
                break
    # Then the best question of each kind not yet chosen, so a set shows variety; the
    # reserves' kinds come last, and only when the other kinds leave the set with
    # fewer than three.
    for kind in dict.fromkeys(c.draft.kind for c in others + reserve):
        if len(chosen) >= limit or any(c.draft.kind == kind for c in chosen):
            continue
        if kind == WORD_MEANING:
            # Not here: taken this early, a word question could claim a sentence or
            # give away a key a question on the story needs. The fill below and
            # _add_kind bring it in after every question on the story is placed.
            continue
        if kind in RESERVE_KINDS and len({c.draft.kind for c in chosen}) >= KINDS_WANTED:
            continue
        fitting = [c for c in ordered if c.draft.kind == kind and _fits(c, chosen, limit)]
        # One that keeps no stronger question out, if the kind has one; else the best.
        # Only a reserve's own pick minds keeping out a stronger reserve question: the
        # others' picks come before the reserves.
        rivals = ordered if kind in RESERVE_KINDS else others
        fair = [
            c for c in fitting if not _shuts_out_stronger(c, chosen, rivals, limit, _fits, common)
        ]
        if fitting:
            chosen.append((fair or fitting)[0])
    _fill(chosen, others, limit, limit, _fits)
    cap = min(limit, ENOUGH)
    spares = [c for c in everything if c.spare and not c.filler]
    spares = [c for c in spares if not _reserve(c)] + _reserves(spares)
    fillers = [c for c in everything if c.filler]
    words = [c for c in reserve if c.draft.kind == WORD_MEANING]
    entities = [c for c in reserve if c.draft.kind == ENTITY]
    roles = [c for c in reserve if c.draft.kind == WHO_IS]
    # The reserves fill what the other kinds leave short of what a teacher expects,
    # before any background question: a fresh fact of the story is worth more. Word
    # questions first (judges passed 4 of 4 of them and 2 of 8 entity questions in
    # 2026.11-38's sets), at this point only those that keep out no spare question
    # still to come (one on the same sentence, or whose key the word question's
    # sentence names); then the entity reserve.
    _fill_free(chosen, words, spares, cap, limit, _fits)
    _fill(chosen, entities, cap, limit, _fits)
    _fill(chosen, roles, cap, limit, _fits)
    # No pass takes a repeat (a question proving the same answer with a sentence a
    # chosen one cites) even to bring a short set up to what a teacher expects: the
    # rubric fails such a question outright, so a short set is better than a bad one.
    # Background questions last, and only up to what a teacher expects; the reserve's
    # after the others'. Then any word question that still fits.
    _fill(chosen, spares, cap, limit, _fits, stricts=(False,))
    _fill(chosen, words, cap, limit, _fits, stricts=(False,))
    _fill_truths(chosen, fillers, cap, limit, _fits)
    # A swap for the third kind takes an entity question before a word question: it
    # drops a question on the story, and an entity question is one too.
    chosen = _add_kind(chosen, others, reserve, limit, _fits)
    chosen = _enlarge(
        chosen, others + words + entities + roles + spares, others, reserve, cap, limit, _fits
    )
    chosen = _cover_thirds(chosen, ordered, limit, _fits)
    chosen = _balance_truth(chosen, ordered, limit, _fits, spares=spares)
    chosen.sort(key=_order)
    rejected = [c for c in everything if c not in chosen]
    return chosen, rejected


def _add_kind(chosen, others, reserve, limit: int, _fits) -> list[Candidate]:
    """A set short of three kinds swaps in the best question of a missing kind for a
    chosen one of a kind the set has twice or more (the weakest that lets it in):
    "Who echoed O'Gara's comments?" for "Who said ...?" on the same man's passage,
    which no set may take both of. Any place the swap frees is filled as before. A
    word question added to a short set is no third kind here: it adds to the set, and
    the swap takes place as it would without it."""
    chosen = list(chosen)
    kinds = {c.draft.kind for c in chosen}
    story = kinds - {WORD_MEANING}
    if not chosen or len(story) >= KINDS_WANTED:
        return chosen
    # A word question that clashes with no chosen question first: one on a chosen
    # question's sentence gets in only in that question's place, which may be the
    # strongest of the set, where another word question would take only the weakest.
    reserve = sorted(
        reserve,
        key=lambda c: c.draft.kind == WORD_MEANING and not _fits(c, chosen, limit + 1, False),
    )
    for candidate in others + reserve:
        if candidate.draft.kind in kinds or candidate in chosen:
            continue
        for victim in sorted(chosen, key=_order)[::-1]:
            rest = [c for c in chosen if c is not victim]
            if not any(c.draft.kind == victim.draft.kind for c in rest):
                continue  # the victim's kind would go with it
            if candidate.third != victim.third and not any(c.third == victim.third for c in rest):
                continue  # and so would the only question on its third of the article
            if _fits(candidate, rest, limit, False):
                chosen = rest + [candidate]
                _fill(chosen, others + reserve, min(limit, ENOUGH), limit, _fits, stricts=(False,))
                return chosen
    return chosen


def _enlarge(chosen, pool, others, reserve, cap: int, limit: int, _fits) -> list[Candidate]:
    """A set short of what a teacher expects gives up one chosen question (or two) when
    the places they free take more that fit without them: the entity question "the
    accident and emergency department at ___ remained open" (Cheltenham) keeps out
    every question whose stem names Cheltenham. The refill takes pool's candidates in
    order, as the passes above would. A swap keeps the set's kinds (up to three), its
    thirds and its questions on the story; only a reserve question that keeps out two
    or more questions on the story gives way at the cost of the set's third kind, when
    no other swap enlarges the set and no other question brings the kind back."""
    chosen = list(chosen)
    while chosen and len(chosen) < cap:
        kept, lost = None, None
        weakest = sorted(chosen, key=_order)[::-1]
        victims = [[v] for v in weakest]
        victims += [[a, b] for i, a in enumerate(weakest) for b in weakest[i + 1 :]]
        for gone in victims:
            rest = [c for c in chosen if all(c is not v for v in gone)]
            _fill(rest, [c for c in pool if c not in gone], cap, limit, _fits)
            if len(rest) <= len(chosen):
                continue
            if _keeps_shape(rest, chosen):
                if kept is None or len(rest) > len(kept):
                    kept = rest
            elif lost is None and _gives_way(gone, rest, chosen):
                lost = _add_kind(rest, others, reserve, limit, _fits)
        if kept is None and lost is not None and len(lost) > len(chosen):
            kept = lost
        if kept is None:
            return chosen
        chosen = kept
    return chosen


def _keeps_shape(after: list[Candidate], before: list[Candidate], kinds: bool = True) -> bool:
    """Whether after shows as many kinds (up to three) as before (unless kinds is
    False), covers every third before covers and asks as many questions on the story
    (word questions apart)."""
    if kinds and len(_story_kinds(after)) < min(KINDS_WANTED, len(_story_kinds(before))):
        return False
    if not {c.third for c in before} <= {c.third for c in after}:
        return False
    return sum(c.draft.kind != WORD_MEANING for c in after) >= sum(
        c.draft.kind != WORD_MEANING for c in before
    )


def _gives_way(gone, after, before) -> bool:
    """Whether the swap of gone for the newcomers of after is a reserve question making
    room for two or more questions on the story, its kind being the only loss."""
    if len(gone) != 1 or not _reserve(gone[0]):
        return False
    newcomers = [c for c in after if c not in before]
    return sum(c.draft.kind != WORD_MEANING for c in newcomers) >= 2 and _keeps_shape(
        after, before, kinds=False
    )


def _story_kinds(questions: list[Candidate]) -> set[str]:
    return {c.draft.kind for c in questions if c.draft.kind != WORD_MEANING}


def _fill(chosen, pool, cap: int, limit: int, _fits, stricts=(True, False)) -> None:
    """Add to chosen, best first, the candidates of pool that fit, until it holds cap;
    with the kind-share rule first and then without it, unless stricts says otherwise."""
    for strict in stricts:
        for candidate in pool:
            if len(chosen) >= cap:
                return
            if candidate not in chosen and _fits(candidate, chosen, limit, strict):
                chosen.append(candidate)


def _fill_truths(chosen, fillers, cap: int, limit: int, _fits) -> None:
    """The plain true statements last of all, and only while the set keeps within
    MAX_TRUTH_SURPLUS more "True" keys than "False": one more beyond that, and
    _balance_truth would drop a stronger statement for it, leaving the set no larger."""
    for candidate in fillers:
        if len(chosen) >= cap:
            return
        truths = [_truth(c) for c in chosen if _truth(c) is not None]
        if truths.count(True) + 1 - truths.count(False) > MAX_TRUTH_SURPLUS:
            return
        if candidate not in chosen and _fits(candidate, chosen, limit, False):
            chosen.append(candidate)


# The reserve kinds, in the order they fill a short set (see the module's docstring).
RESERVE_KINDS = (ENTITY, WORD_MEANING, WHO_IS)


def _fill_free(chosen, pool, later, cap: int, limit: int, _fits) -> None:
    """Like _fill without the kind-share rule, but only with candidates that keep out
    none of later that fits the set now."""
    for candidate in pool:
        if len(chosen) >= cap:
            return
        if candidate in chosen or not _fits(candidate, chosen, limit, False):
            continue
        after = chosen + [candidate]
        if any(
            c not in chosen and _fits(c, chosen, limit, False) and not _fits(c, after, limit, False)
            for c in later
        ):
            continue
        chosen.append(candidate)


def _reserve(candidate: Candidate) -> bool:
    """Whether candidate is of a reserve kind (see the module's docstring)."""
    return candidate.draft.kind in RESERVE_KINDS


def _reserves(pool: list[Candidate]) -> list[Candidate]:
    """The reserve questions of pool, entity first, then word and "who is", each kind
    best first."""
    return [c for kind in RESERVE_KINDS for c in pool if c.draft.kind == kind]


def _may_take(
    candidate: Candidate, victim: Candidate, rest: list[Candidate], refill: bool = False
) -> bool:
    """Whether a swap may put candidate in victim's place and leave the set the kinds
    it needs. No swap takes away the one question that gives a set its third kind, and
    a reserve question comes in only for the reserve's reasons: in the place of another
    reserve question (kept for the same reason), as the third kind the set lacks, or,
    with refill, to fill the place of a victim the set drops for a fault of its own
    (a surplus "True") when the set without it is short of what a teacher expects."""
    before = {c.draft.kind for c in rest + [victim]}
    after = {c.draft.kind for c in rest + [candidate]}
    if len(after) < min(KINDS_WANTED, len(before)):
        return False
    if not _reserve(candidate) or _reserve(victim) or refill:
        return True
    kinds = {c.draft.kind for c in rest}
    return candidate.draft.kind not in kinds and len(kinds) < KINDS_WANTED


def _shuts_out_stronger(candidate, chosen, ordered, limit, _fits, common) -> bool:
    """Whether taking candidate for variety would keep out a stronger question because
    one of the two gives the other away ("a public meeting in ___" beside "runs
    hospitals in Kidderminster"): of two such questions the stronger stays, and
    variety comes from another candidate of the kind when there is one."""
    for other in ordered:
        if other.draft.score <= candidate.draft.score:
            return False
        if other in chosen or not _fits(other, chosen, limit, False):
            continue
        if gives_away(other, candidate, common) or gives_away(candidate, other, common):
            return True
        if singled_out(chosen + [candidate, other]):
            return True
    return False


# How much weaker than the weakest published question a candidate may be and still
# be swapped in to cover a third of the article no question asks about.
MAX_SPREAD_LOSS = 0.15


def _cover_thirds(chosen: list[Candidate], ordered: list[Candidate], limit: int, _fits):
    """For a third of the article no published question covers, swap in its best
    candidate in place of the one question that keeps it out (a question on the same
    speaker's passage, say) or, in a full set, the weakest, when that leaves every
    other third covered and the newcomer is nearly as strong as the weakest."""
    chosen = list(chosen)
    if not chosen:
        return chosen
    for third in (0, 1, 2):
        if any(c.third == third for c in chosen):
            continue
        floor = min(c.draft.score for c in chosen) - MAX_SPREAD_LOSS
        for candidate in ordered:
            if candidate.third != third or candidate.draft.score < floor:
                continue
            swapped = None
            for victim in sorted(chosen, key=_order)[::-1]:
                rest = [c for c in chosen if c is not victim]
                if not any(c.third == victim.third for c in rest):
                    continue  # the victim alone covers its own third
                if not _may_take(candidate, victim, rest):
                    continue
                if _fits(candidate, rest, limit, False):
                    swapped = rest + [candidate]
                    break
            if swapped is not None:
                chosen = swapped
                break
    return chosen


def _truth(candidate: Candidate) -> bool | None:
    """True or False for the key of a true/false question, None for other kinds."""
    if candidate.draft.kind != "true_false":
        return None
    return next(c.text == "True" for c in candidate.draft.choices if c.is_correct)


def _balance_truth(chosen: list[Candidate], ordered: list[Candidate], limit: int, _fits, spares=()):
    """Swap the weakest statement of the commoner answer for an unpublished one of the
    other answer (often the same sentence in its other form) until true and false
    differ by at most one: a set of mostly "True" keys teaches students to guess.
    spares, the background candidates, stand in only as the victim's own sentence in
    its other form: "installed in 1976" (for 1978) is background as a swap of its
    own, but in place of the true statement of that sentence it asks nothing new, and
    without it a short set of "True" keys drops the statement altogether."""
    chosen = list(chosen)
    while True:
        truths = [_truth(c) for c in chosen if _truth(c) is not None]
        surplus = truths.count(True) - truths.count(False)
        if abs(surplus) <= 1:
            return chosen
        common = surplus > 0
        swapped = False
        for victim in sorted((c for c in chosen if _truth(c) is common), key=_order)[::-1]:
            rest = [c for c in chosen if c is not victim]
            thirds = {c.third for c in rest}
            # Another statement of the other answer; failing that, a question of
            # another kind (a set of three "True" keys is better two and a "who").
            # The same sentence in its other form first, whatever its score.
            others = [c for c in ordered if _truth(c) is (not common)]
            others += [
                c for c in spares if _truth(c) is (not common) and c.sentence == victim.sentence
            ]
            others.sort(key=lambda c: c.sentence != victim.sentence)
            # The reserve's last, and only to keep a set that would otherwise fall
            # short of what a teacher expects (the set above that drops the victim).
            others += [c for c in ordered if _truth(c) is None and not _reserve(c)]
            # Never a word question: it adds to a short set and stands in for none.
            others += [c for c in ordered if c.draft.kind == ENTITY]
            short = len(rest) < min(limit, ENOUGH)
            for other in others:
                if other in chosen:
                    continue
                flip = other.sentence == victim.sentence
                if not flip and other.draft.score < victim.draft.score - MAX_BALANCE_LOSS:
                    continue
                if not _may_take(other, victim, rest, refill=short):
                    continue
                if victim.third in thirds or other.third == victim.third:
                    if _fits(other, rest, limit, False):
                        chosen = rest + [other]
                        swapped = True
                        break
            if swapped:
                break
        if not swapped and (len(chosen) > ENOUGH or abs(surplus) > MAX_TRUTH_SURPLUS):
            # No other question can stand in: a set above the number a teacher
            # expects, or one lopsided beyond MAX_TRUTH_SURPLUS, drops its weakest
            # statement of the commoner answer instead.
            victim = max((c for c in chosen if _truth(c) is common), key=_order)
            chosen = [c for c in chosen if c is not victim]
        elif not swapped:
            return chosen


def _order(candidate: Candidate):
    return (-candidate.draft.score, candidate.sentence, candidate.draft.kind, candidate.draft.stem)


def _fits_with(
    candidate: Candidate,
    chosen: list[Candidate],
    limit: int,
    strict: bool = True,
    common: frozenset[str] = frozenset(),
) -> bool:
    return refusal(candidate, chosen, limit, strict, common) is None


# Why a set refuses a candidate (see refusal), in the order the rules are tried.
REPEAT = "repeat"  # a fact, sentence or count already asked, or the same proof
GIVE_AWAY = "give_away"  # it gives another question's answer away, or the reverse
SAME_ANSWER = "same_answer"  # the set already asks MAX_PER_ANSWER for its answer
WORDS = "words"  # the set already has MAX_WORD_MEANING word questions
ROLES = "roles"  # the set already has MAX_WHO_IS "who is" questions
KIND_SHARE = "kind_share"  # the set already has its share of the kind


def refusal(
    candidate: Candidate,
    chosen: list[Candidate],
    limit: int,
    strict: bool = False,
    common: frozenset[str] = frozenset(),
) -> str | None:
    """The first rule that keeps candidate out of chosen, or None if it fits."""
    if any(_one_sentence(c, candidate) or c.fact == candidate.fact for c in chosen):
        return REPEAT
    if any(c.draft.stem.casefold() == candidate.draft.stem.casefold() for c in chosen):
        return REPEAT  # a passage the copy prints twice asks its question twice (-129)
    if any(same_count(c, candidate) or same_key(c, candidate) for c in chosen):
        return REPEAT  # "more than 3,400 coins" and "3,412 coins": one count twice
    if any(_same_proof(c, candidate) for c in chosen):
        return REPEAT  # the rubric's repeat: one sentence cited twice for one answer
    if any(same_fact(c, candidate) for c in chosen):
        return REPEAT  # two true statements of one subject doing one thing
    if any(same_swap(c, candidate) for c in chosen):
        return REPEAT  # two statements of one swap ("Hammarby" for "Eastleigh")
    if any(gives_away(c, candidate, common) or gives_away(candidate, c, common) for c in chosen):
        return GIVE_AWAY
    if singled_out(chosen + [candidate]) and not singled_out(chosen):
        return GIVE_AWAY
    if candidate.draft.kind == WORD_MEANING and (
        sum(c.draft.kind == WORD_MEANING for c in chosen) >= MAX_WORD_MEANING
    ):
        return WORDS
    if candidate.draft.kind == WHO_IS and (
        sum(c.draft.kind == WHO_IS for c in chosen) >= MAX_WHO_IS
    ):
        return ROLES
    same_answer = sum(c.answer.casefold() == candidate.answer.casefold() for c in chosen)
    if same_answer >= MAX_PER_ANSWER:
        return SAME_ANSWER
    if strict:
        same_kind = sum(c.draft.kind == candidate.draft.kind for c in chosen)
        if same_kind >= max(2, round(limit * MAX_SHARE_PER_KIND)):
            return KIND_SHARE
    return None


def _one_sentence(a: Candidate, b: Candidate) -> bool:
    """Whether a and b are about one sentence, which a set takes one question on. A
    word question may share its sentence with a question on the story whose key the
    quoted sentence does not print ("Who said "..."?" on a quotation without its
    speaker): it tests a word, not the fact. Never with a statement, which the quoted
    sentence would show true (or false)."""
    if a.sentence != b.sentence:
        return False
    for word, other in ((a, b), (b, a)):
        if word.draft.kind == WORD_MEANING and other.draft.kind not in (WORD_MEANING, TRUE_FALSE):
            return contains_any(word.draft.stem, [other.draft.key.text])
    return True


def _same_proof(a: Candidate, b: Candidate) -> bool:
    """The same answer proved by a shared sentence: "Who said X?" about a quotation
    (citing the sentence that introduces its speaker) and "Who said Y?" about that
    sentence, or two questions that both need the one sentence giving the full name
    ("Margaret Ellison" before "Mrs Ellison"). The rubric counts any shared sentence
    for the same answer as a repeat."""
    if a.answer.casefold() != b.answer.casefold() or a.draft.kind == "true_false":
        return False
    first = {e.start for e in a.draft.evidence}
    second = {e.start for e in b.draft.evidence}
    return bool(first & second)

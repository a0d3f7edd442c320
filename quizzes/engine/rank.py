"""Choosing which candidates to publish: best first, spread over the article.

Generation overproduces; this keeps at most one question per sentence, at most
two per answer, no repeated fact, a mix of kinds (the best of every kind gets
in), and at least one question from each third of the body when the article
offers one.
"""

from .kinds.common import Candidate

MAX_PER_ANSWER = 2
MAX_SHARE_PER_KIND = 0.4
ENOUGH = 8  # what a teacher expects of a 400-word article


def select(candidates: list[Candidate], limit: int) -> tuple[list[Candidate], list[Candidate]]:
    """(published, rejected), both best first."""
    ordered = sorted(candidates, key=_order)
    chosen: list[Candidate] = []
    # One pass per third first, so the best question of each third gets in.
    for third in (0, 1, 2):
        for candidate in ordered:
            if candidate.third == third and _fits(candidate, chosen, limit):
                chosen.append(candidate)
                break
    # Then the best question of each kind not yet chosen, so a set shows variety.
    for kind in dict.fromkeys(c.draft.kind for c in ordered):
        if len(chosen) >= limit or any(c.draft.kind == kind for c in chosen):
            continue
        for candidate in ordered:
            if candidate.draft.kind == kind and _fits(candidate, chosen, limit):
                chosen.append(candidate)
                break
    for strict in (True, False):
        for candidate in ordered:
            if len(chosen) >= limit:
                break
            if candidate not in chosen and _fits(candidate, chosen, limit, strict):
                chosen.append(candidate)
    # A short set may ask a third time about the same person (another quotation,
    # another deed) rather than fall below the number a teacher expects.
    for candidate in ordered:
        if len(chosen) >= min(limit, ENOUGH):
            break
        if candidate not in chosen and _fits(candidate, chosen, limit, False, MAX_PER_ANSWER + 1):
            chosen.append(candidate)
    chosen.sort(key=_order)
    rejected = [c for c in ordered if c not in chosen]
    return chosen, rejected


def _order(candidate: Candidate):
    return (-candidate.draft.score, candidate.sentence, candidate.draft.kind, candidate.draft.stem)


def _fits(
    candidate: Candidate,
    chosen: list[Candidate],
    limit: int,
    strict: bool = True,
    per_answer: int = MAX_PER_ANSWER,
) -> bool:
    if any(c.sentence == candidate.sentence or c.fact == candidate.fact for c in chosen):
        return False
    same_answer = sum(c.answer.casefold() == candidate.answer.casefold() for c in chosen)
    if same_answer >= per_answer:
        return False
    if strict:
        same_kind = sum(c.draft.kind == candidate.draft.kind for c in chosen)
        if same_kind >= max(2, round(limit * MAX_SHARE_PER_KIND)):
            return False
    return True

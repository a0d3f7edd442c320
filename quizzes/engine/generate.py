"""The engine's entry point: article text in, ranked question drafts out."""

from .article import Article
from .drafts import DEFAULT_PIPELINE, Generation
from .entities import ORG, PERSON, PLACE
from .kinds import entity, number, true_false, who_said, word_meaning
from .rank import select

MIN_SCORE = 0.5
ENOUGH_WORDS = 400
TARGET = 8


def generate(
    title: str, body: str, *, limit: int = 10, pipeline: str = DEFAULT_PIPELINE
) -> Generation:
    """Ranked drafts for an article; the same input always gives the same output.

    Offsets in each draft's evidence index into body exactly as given.
    """
    article = Article.build(title, body, pipeline)
    candidates = []
    for kind in (who_said, number, entity, true_false, word_meaning):
        candidates.extend(kind.candidates(article))
    good = [c for c in candidates if c.draft.score >= MIN_SCORE]
    weak = [c for c in candidates if c.draft.score < MIN_SCORE]
    published, unpublished = select(good, limit, body)
    notes = _notes(article, published, limit, len(weak), len(unpublished))
    rejected = sorted(unpublished + weak, key=lambda c: -c.draft.score)
    return Generation(
        drafts=tuple(c.draft for c in published),
        rejected=tuple(c.draft for c in rejected),
        notes=tuple(notes),
    )


def _notes(article: Article, published, limit: int, weak: int = 0, held: int = 0) -> list[str]:
    notes = []
    wanted = min(limit, TARGET)
    drafted = len(published) + weak + held
    if len(published) < wanted and article.word_count >= ENOUGH_WORDS and drafted:
        # Say what happened, counted; claim the article is thin only when it is.
        note = (
            f"Only {len(published)} questions met the quality bar: {drafted} were drafted, "
            f"{weak} held back by the quality checks and {held} as repeats of a fact, "
            "sentence or answer already asked."
        )
        if _few_details(article):
            note += " The article names few people, places or figures to ask about."
        notes.append(note)
    elif not published:
        notes.append(
            "No questions could be generated: the article is too short or has no "
            "quotations, names or figures to ask about."
        )
    covered = {c.third for c in published}
    missing = [
        name for third, name in enumerate(("first", "middle", "last")) if third not in covered
    ]
    if published and missing:
        notes.append("No question covers the " + " or ".join(missing) + " third of the article.")
    kinds = {c.draft.kind for c in published}
    if published and len(kinds) < 3:
        notes.append(f"Only {len(kinds)} kind(s) of question could be made for this article.")
    return notes


# Fewer distinct names and figures than this and an article gives little to ask.
FEW_DETAILS = 6


def _few_details(article: Article) -> bool:
    names = {e.name for e in article.entities if e.type in (PERSON, ORG, PLACE)}
    figures = {
        ent.text
        for sentence in article.sentences
        for ent in sentence.span.ents
        if ent.label_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
    }
    return len(names) + len(figures) < FEW_DETAILS

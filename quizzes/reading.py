"""Turning an article body into blocks for the reading page, with evidence marked."""

from dataclasses import dataclass

from quizzes.engine.text import Paragraph, paragraphs


@dataclass(frozen=True)
class Block:
    """A paragraph as shown: body text or caption, split around the highlighted evidence."""

    kind: str
    before: str
    highlight: str = ""
    after: str = ""


def blocks(body: str, evidence: str = "") -> list[Block]:
    """The paragraphs of body; the first occurrence of evidence is split out to be marked."""
    start = body.find(evidence) if evidence else -1
    end = start + len(evidence)
    result = []
    for paragraph in paragraphs(body):
        if start >= 0 and paragraph.start <= start < paragraph.end:
            result.append(_split(paragraph, start, min(end, paragraph.end)))
        else:
            result.append(Block(paragraph.kind, paragraph.display_text))
    return result


def _split(paragraph: Paragraph, start: int, end: int) -> Block:
    text = paragraph.text
    offset = paragraph.start
    return Block(
        paragraph.kind,
        text[: start - offset],
        text[start - offset : end - offset],
        text[end - offset :],
    )

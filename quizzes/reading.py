"""Turning an article body into blocks for the reading page, with evidence marked."""

from dataclasses import dataclass

from quizzes.engine.text import NOTICE_KIND, paragraphs


@dataclass(frozen=True)
class Block:
    """A paragraph as shown: body text or caption, split around the highlighted evidence.

    anchor is set on the first block of the evidence, which carries the link target.
    """

    kind: str
    before: str
    highlight: str = ""
    after: str = ""
    anchor: bool = False


def blocks(body: str, evidence: str = "") -> list[Block]:
    """The paragraphs of body; the first occurrence of evidence is split out to be marked.

    Evidence may run over a paragraph break (a quote and the sentence naming its
    speaker): each paragraph it touches marks its own part.
    """
    start = body.find(evidence) if evidence else -1
    end = start + len(evidence)
    result = []
    anchored = False
    for paragraph in paragraphs(body):
        if paragraph.kind == NOTICE_KIND:
            continue
        touched = start >= 0 and start < paragraph.end and paragraph.start < end
        if touched and paragraph.is_body:
            text, offset = paragraph.text, paragraph.start
            cut_start = max(start, offset) - offset
            cut_end = min(end, paragraph.end) - offset
            result.append(
                Block(
                    paragraph.kind,
                    text[:cut_start],
                    text[cut_start:cut_end],
                    text[cut_end:],
                    anchor=not anchored,
                )
            )
            anchored = True
        else:
            result.append(Block(paragraph.kind, paragraph.display_text))
    return result

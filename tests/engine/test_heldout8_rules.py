"""The rules added after held-out set 7 (2026.11-11), one short test per class."""

import pytest

from quizzes.engine.entities import ORG, PERSON, PLACE
from tests.engine.conftest import build, entity_named

MOUNTAIN = """Walker rescued after fall on Ben Lurach

A walker has been rescued after falling near the summit of Ben Lurach on Saturday.

He fell about 30 metres onto a ledge above a gully.

Rescue leader Fiona Grant said 18 volunteers had climbed Ben Lurach in thick snow.

"We were lucky with the weather in the morning," she said. "The wind dropped just long \
enough for the helicopter to reach him."

"Without that break, we would have been there another night," she added.

He was taken to hospital in Inverness with a broken arm.

"I should have turned back when the snow started," the walker, Tom Reid, said from his bed.

Mountaineering Scotland said it would run winter safety courses in Aviemore next month.

Officials in Scotland said the number of call-outs had risen.
"""


@pytest.fixture(scope="module")
def mountain():
    return build(MOUNTAIN)


def test_a_ben_is_a_mountain_not_a_person(mountain):
    article, drafts = mountain
    assert "Ben Lurach" not in {e.name for e in article.people}
    assert entity_named(article, "Fiona Grant").type == PERSON
    for draft in drafts:
        assert "Ben Lurach fell" not in draft.stem
        assert "Ben Lurach was taken" not in draft.stem
        assert "Ben Lurach" not in [c.text for c in draft.choices]


def test_a_person_called_ben_stays_a_person():
    article, _ = build(
        "Coach praises striker\n\nBen Stokes scored twice on Saturday, the club said.\n\n"
        "Ben Stokes said he was delighted with the result."
    )
    assert entity_named(article, "Ben Stokes").type == PERSON


def test_a_country_at_the_end_of_a_name_is_an_organisation(mountain):
    article, drafts = mountain
    assert entity_named(article, "Mountaineering Scotland").type == ORG
    assert entity_named(article, "Scotland").type == PLACE  # "Officials in Scotland"
    for draft in drafts:
        if "winter safety courses" in draft.stem:
            assert draft.key.text != "Scotland"


def test_one_who_said_per_continuous_quote():
    # A third speaker: a who-said question needs three options.
    text = MOUNTAIN + (
        '\nHotel owner Alan Moss said: "Walkers come here all winter and most of them are well '
        'prepared."\n'
    )
    _, drafts = build(text)
    grant = [d for d in drafts if d.kind == "who_said" and d.key.text == "Fiona Grant"]
    facts = [d for d in grant if "lucky" in d.stem or "another night" in d.stem]
    assert len(facts) >= 1
    # The two quoted sentences of one quotation are one fact: rank keeps one.
    from quizzes.engine import generate
    from tests.engine.conftest import split

    published = generate(*split(text)).drafts
    said = [d for d in published if d.kind == "who_said" and d.key.text == "Fiona Grant"]
    assert sum("lucky" in d.stem or "another night" in d.stem for d in said) <= 1


def test_a_role_moved_mid_sentence_is_lower_case(mountain):
    _, drafts = mountain
    stems = [d.stem for d in drafts if d.stem.startswith("According to")]
    assert not any("According to Rescue leader" in s for s in stems)

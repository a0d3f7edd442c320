"""Rules added after the aw-az held-out round (2026.11-9), one short test each."""

# ruff: noqa: E501

import pytest

from quizzes.engine.entities import PERSON
from tests.engine.conftest import build

ZOO = """Zoo welcomes elephant calf

An Asian elephant has given birth to a female calf at Chester Zoo, keepers said on Sunday.

Mike Jordan, the zoo's director of animals, said the arrival was a special moment for everyone.

Dr Katie Edwards, a senior scientist at the zoo, said its researchers had been working with universities to develop a vaccine.

Keeper Lauren Bishop, who has worked with the herd for eight years, said the mother was proving calm and careful.
"""


@pytest.fixture(scope="module")
def zoo():
    return build(ZOO)


def test_a_title_word_after_a_given_name_is_a_surname(zoo):
    article, drafts = zoo
    people = {e.name for e in article.entities if e.type == PERSON}
    assert "Lauren Bishop" in people
    assert not any("Keeper" in name for name in people)
    for draft in drafts:
        assert "Keeper Lauren" not in {c.text for c in draft.choices}, draft.stem


def test_its_whose_owner_the_question_drops_is_not_asked(zoo):
    _, drafts = zoo
    assert not any(d.stem.startswith("Who said its ") for d in drafts)


TRIAL = """Drug slows memory loss, trial finds

An experimental drug slowed memory loss in people with early Alzheimer's disease, according to a large trial.

Professor Naomi Grant, who led the research, said the findings were encouraging for patients and families.

Dr Owen Pritchard, of the charity Alzheimer's Research UK, said it was a significant step after decades of failure. "For years families have been told there is nothing that can change this disease," he said. "That is starting to change."

Dr Fiona Walsh, a neurologist in Edinburgh, said the benefit was modest. "The health service would need a great deal of extra capacity," she said.
"""


def test_a_short_quote_opening_with_that_is_not_asked():
    _, drafts = build(TRIAL)
    assert drafts, "the text should give some questions"
    assert not any(d.stem == 'Who said "That is starting to change"?' for d in drafts)

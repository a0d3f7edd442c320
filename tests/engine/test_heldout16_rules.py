"""The rules added after held-out set 15 (2026.11-19), one short test per class."""

# ruff: noqa: E501

from quizzes.engine.entities import ORG, PERSON
from tests.engine.conftest import build, entity_named

HEAT = """Summer was warmest on record

This summer was the warmest in England since records began, the Met Office has said.

The average temperature for June, July and August was 17.8C, beating the previous record set in 1976.

Forecasters said the figures, taken from a temperature series which goes back to 1659, showed an unusually long spell of heat.

Met Office spokesman David Grange said the warm weather had been helped by high pressure over the North Sea. "We have seen very few cool nights this year," he said.
"""


def test_an_old_year_is_offered_only_beside_believable_years():
    _, drafts = build(HEAT)
    asked = [d for d in drafts if "goes back to ___" in d.stem]
    assert asked
    for draft in asked:
        for choice in draft.choices:
            value = int(choice.text)
            assert 1000 <= value and abs(value - 1659) <= 30, choice.text


DIG = """Row over plans for Roman fort in Chester

Plans to build offices on the site of a Roman granary in Chester have angered archaeologists.

The developer, Dee Quay Estates, wants to put up a six-storey block on the land near Watergate.

Dr Susan Marlow, who has led the excavation since April, said the granary was one of the best preserved in Britain. "We have found grain, coins and a stone floor in almost perfect condition," she said.

Welsh Heritage has asked the government to protect the remains as a scheduled monument.

Its regional director, Peter Caldwell, said the site should be kept open to the public.

Managing director Graham Fenwick said the company had already spent £800,000 on archaeology. "We have done far more than we were required to do," Mr Fenwick said.

Cllr Anne Bright, the council's planning chairman, said members would visit the site. "The history of this city matters to all of us," she said.
"""


def test_a_body_named_like_a_nation_is_not_a_person():
    article, drafts = build(DIG)
    for name in ("Welsh Heritage", "Dee Quay Estates"):
        body = entity_named(article, name)
        assert body is not None and body.type == ORG, name
    bodies = {"Welsh Heritage", "Dee Quay Estates"}
    spoken = [d for d in drafts if d.answer_type == PERSON]
    assert spoken
    for draft in spoken:
        assert not bodies & {c.text for c in draft.choices}, draft.stem

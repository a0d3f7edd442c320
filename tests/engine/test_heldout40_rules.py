"""Rules the lead added: from the verdicts on 2026.11-42 to -44 (held-out sets 26 to 31),
judges passed 1 of the 7 organisation questions published, so an organisation is
drafted as a name question's key (quality_report --all lists it) but never
published, while people and places stand; and a figure written in words keeps options
written in words."""

# ruff: noqa: E501

from quizzes.engine import generate
from quizzes.engine.drafts import ENTITY
from quizzes.engine.generate import MIN_SCORE
from tests.engine.conftest import split

RIVERS = """Marine zone plan divides opinion

A new marine protected area covering 312 sq km off the Cornish coast will ban bottom trawling from September.

The Cornwall Wildlife Trust said a ban on damaging fishing applied in only a small fraction of existing protected areas.

The South West Inshore Fishermen's Association said its members would lose access to grounds their families had fished for generations.

The Marine Management Organisation said it would review the zone after five years.

Fisherman Tom Pascoe, who has worked out of Newlyn for 30 years, said he might have to sell his boat.

Conservationist Alison Penrose said similar zones elsewhere had seen fish numbers recover within a decade.
"""


def _name_drafts(text):
    title, body = split(text)
    generation = generate(title, body)
    return generation, [d for d in generation.drafts + generation.rejected if d.kind == ENTITY]


def test_an_organisation_is_drafted_but_never_published():
    generation, drafts = _name_drafts(RIVERS)
    bodies = [d for d in drafts if d.answer_type == "org"]
    assert bodies, "no organisation question was drafted at all"
    assert all(d.score < MIN_SCORE for d in bodies)
    assert not [d for d in generation.drafts if d.kind == ENTITY and d.answer_type == "org"]


def test_a_figure_in_words_keeps_options_in_words():
    # "at least six weeks" took "21 weeks" beside "ten weeks" in a first draft of
    # 2026.11-46 (blind30): an option in digits stands out by its form.
    from quizzes.engine import numbers

    for written in ("at least six weeks", "six weeks", "nine days", "more than three years"):
        figure = numbers.parse(written)
        options = numbers.alternatives(figure, 6, lead=figure.lead)
        assert options, written
        assert all(not any(ch.isdigit() for ch in o) for o in options), (written, options)

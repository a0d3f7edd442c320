"""The rules added after the held-out review (2026.11-4), one short test per class."""

import pytest

from quizzes.engine import numbers
from quizzes.engine.entities import ORG, PERSON, PLACE
from quizzes.engine.kinds.common import quote_text
from quizzes.engine.kinds.distractors import _plural, _unrelated
from quizzes.engine.kinds.referents import self_contained
from quizzes.engine.orgs import compatible
from tests.engine.conftest import build, entity_named
from tests.engine.texts import HELDOUT, SORTS


@pytest.fixture(scope="module")
def heldout():
    return build(HELDOUT)


@pytest.fixture(scope="module")
def sorts():
    return build(SORTS)


def _sentence(article, text):
    return next(s for s in article.sentences if text in s.text)


def test_streets_and_companies_are_not_people(heldout):
    article, drafts = heldout
    people = {e.name for e in article.people}
    assert not {"Holme Lane", "Carrow Stanton", "Brightwell Labs", "Selby Town"} & people
    assert entity_named(article, "Carrow Stanton").type == ORG  # "the investment bank X"
    assert entity_named(article, "Brightwell Labs").type == ORG  # "X, a company founded ..."
    assert entity_named(article, "Selby Town").subtype == "team"
    for draft in drafts:
        assert "Holme Lane" not in {c.text for c in draft.choices}, draft.stem


def test_a_common_noun_is_not_an_organisation(heldout):
    article, _ = heldout
    assert entity_named(article, "Council") is None  # "Council leader Sarah Whitcombe"


def test_place_names_are_not_organisations(heldout):
    article, _ = heldout
    assert entity_named(article, "Moldania") is None  # GPE once, ORG once, no sort of org
    tarvik = entity_named(article, "Tarvik")
    assert tarvik is not None and tarvik.type == PLACE  # "the Kharun capital, Tarvik,"


def test_back_referring_and_tally_figures_are_not_blanked(heldout):
    _, drafts = heldout
    for draft in drafts:
        assert "the ___ countries" not in draft.stem
        assert "votes to ___" not in draft.stem and "___ votes" not in draft.stem
        assert not (
            draft.kind == "true_false" and "votes to" in draft.stem and not draft.key.text == "True"
        ), draft.stem
        assert "Both sides" not in draft.stem


def test_a_sentence_opening_figure_keeps_its_capital_in_every_option(heldout):
    _, drafts = heldout
    goals = [d for d in drafts if "___ late goals" in d.stem]
    assert goals
    for draft in goals:
        assert all(c.text[:1].isupper() for c in draft.choices)


def test_false_figures_stay_on_the_same_side_of_the_other_figure():
    figure = numbers.parse("£48.6m")
    options = numbers.alternatives(figure, 3, {48.6, 31.2}, {31.2})
    assert options and all(numbers.parse(o).value > 31.2 for o in options)


def test_but_sentences_are_used_without_the_but(heldout):
    article, drafts = heldout
    sentence = _sentence(article, "But Dr Tomasz Wieczorek")
    assert sentence.is_statement
    assert quote_text(article, sentence, sentence.start, sentence.end, None).startswith("Dr ")
    stems = [d.stem for d in drafts if "kidney disease" in d.stem]
    assert stems and not any("But" in stem for stem in stems)


def test_both_and_the_company_need_a_referent(heldout):
    article, drafts = heldout
    assert not self_contained(article, _sentence(article, "Both sides have"))
    assert not self_contained(article, _sentence(article, "the company was already"))
    assert not [d for d in drafts if "the company was already" in d.stem]


def test_a_name_keeps_its_capital_in_a_statement(heldout):
    _, drafts = heldout
    for draft in drafts:
        assert "lumen was created" not in draft.stem


def test_organisation_distractors_keep_the_keys_sort(sorts):
    article, drafts = sorts
    church = entity_named(article, "Catholic Church")
    assert compatible(church, entity_named(article, "Church of Wales"))
    assert not compatible(church, entity_named(article, "Westminster Cathedral"))
    think_tank = entity_named(article, "Northgate Institute")
    assert not compatible(think_tank, entity_named(article, "Heritage Lottery Board"))


def test_a_sort_named_in_the_stem_limits_the_distractors(sorts):
    _, drafts = sorts
    for draft in drafts:
        assert "think tanks the Northgate Institute and the ___" not in draft.stem
        assert "like ___" not in draft.stem and "like PhoneBack and ___" not in draft.stem


def test_plural_names_do_not_stand_against_singular_ones(sorts):
    article, _ = sorts
    doc = article.sentences[0].span.doc
    assert _plural(doc, "Coastal Grants Committees")
    assert not _plural(doc, "Centre for Fiscal Studies")
    assert not _plural(doc, "Heritage Lottery Board")


def test_one_thing_is_never_two_options():
    assert _unrelated(["Athletic", "Harrowgate Athletic", "Selby Town"]) == [
        "Athletic",
        "Selby Town",
    ]


def test_acronyms_and_venues_do_not_make_questions(sorts):
    _, drafts = sorts
    for draft in drafts:
        if draft.kind != "entity":
            continue
        assert "European Union (___)" not in draft.stem
        assert "(EU)" not in draft.stem or draft.key.text != "European Union"
        assert "in the ___ by" not in draft.stem


def test_people_stay_people(heldout):
    article, _ = heldout
    for name in ("Sarah Whitcombe", "Jonathan Pryce", "Callum Reid", "Ana Ferreira"):
        assert entity_named(article, name).type == PERSON

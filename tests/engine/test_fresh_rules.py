"""Rules found on held-out articles ac-ah (engine 2026.11-6), each on a short text."""

import pytest

from quizzes.engine import numbers
from quizzes.engine.entities import ORG, PERSON
from quizzes.engine.kinds.common import same_name
from quizzes.engine.kinds.referents import self_contained
from quizzes.engine.kinds.worth import sloppy
from quizzes.engine.text import BYLINE_KIND, paragraphs
from tests.engine.conftest import build, entity_named

SHOP = """Dairy farmers warn of losses after milk price cut

By Claire Mowbray, Business reporter

Harfield's, which has 420 stores across England and Wales, said it would pay farmers 38p per
litre from next month.

"Farmers are being asked to produce milk for less than it costs them," said NFU dairy board
chair Gwen Pritchard.

Historic England, which listed the old dairy in 1987, said the building had been restored to a
very high standard.

Dr Alan Whitcombe, a historian who studied the farm's account books, said they gave a rare
picture of rural business.

The dairy opened in 1863 and employed eight people, according to the records held at the county
archive in Taunton.

Budget airline easyJet, which bases 14 aircraft at Bristol, carried more than half of those
passengers last year.

Profits at the dairy group were dragged down by below part sales of cheese in the spring.
"""

TENNIS = """Ruud beats Draper in Queen's final

Britain's Jack Draper lost the final at Queen's Club to Norway's Casper Ruud in three sets on
Sunday.

But Ruud held his nerve in the deciding set against the British number one.

At 5-5 he hit two forehand winners and then broke Draper's serve to win the match.

Katie Boulter became the first British woman to reach the semi-finals since 2019, before losing
to Qinwen Zheng.

Former champion Tim Henman said Draper's serve would make him a real threat at Wimbledon this
summer.
"""


@pytest.fixture(scope="module")
def shop():
    return build(SHOP)


@pytest.fixture(scope="module")
def tennis():
    return build(TENNIS)


def _sentence(article, text):
    return next(s for s in article.sentences if text in s.text)


def test_a_capitalised_by_line_is_a_byline():
    kinds = [p.kind for p in paragraphs("By Claire Mowbray, Business reporter\n\nText here.")]
    assert kinds[0] == BYLINE_KIND


def test_an_acronym_of_a_name_with_an_initialism_in_it_is_the_same_body():
    assert same_name("UKRI", "UK Research and Innovation")


def test_a_victorian_year_is_a_year():
    assert numbers.parse("1863").is_year
    others = numbers.alternatives(numbers.parse("1863"), 3, set(), set())
    assert all(1840 <= int(o) <= 1890 for o in others)


def test_a_possessive_shop_name_keeps_its_s(shop):
    article, _ = shop
    assert entity_named(article, "Harfield's").type == ORG


def test_a_role_then_a_given_name_is_a_person_and_a_body_named_for_england_is_not(shop):
    article, _ = shop
    assert entity_named(article, "Gwen Pritchard").type == PERSON
    assert entity_named(article, "Historic England").type == ORG
    assert entity_named(article, "Claire Mowbray") is None  # the byline is not analysed


def test_no_question_loses_the_referent_of_they(shop):
    _, drafts = shop
    assert not any(d.stem.startswith("Who said they") for d in drafts)


def test_those_passengers_without_a_referent_is_not_self_contained(shop):
    article, _ = shop
    assert not self_contained(article, _sentence(article, "those passengers"))


def test_a_sentence_missing_a_word_is_sloppy(shop):
    article, _ = shop
    assert sloppy(_sentence(article, "below part sales"))
    assert not sloppy(_sentence(article, "employed eight people"))


def test_a_possessive_after_a_title_word_is_no_person(tennis):
    article, _ = tennis
    assert not any(e.name.startswith("'") for e in article.entities)


def test_he_is_not_the_person_the_sentence_names_again(tennis):
    _, drafts = tennis
    assert not any("Jack Draper hit" in d.stem for d in drafts)


def test_a_woman_in_the_stem_keeps_men_out_of_the_options(tennis):
    _, drafts = tennis
    for draft in drafts:
        if "British woman" in draft.stem and draft.kind == "entity":
            assert not {"Jack Draper", "Tim Henman", "Casper Ruud"} & {
                c.text for c in draft.distractors
            }

"""Rules from strict judges' verdicts on real articles no engine had been tuned on.

From real117-121 (judged under 2026.11-79): the source's slips ("his parents, They
could not ...", "in 46.68seconds") are copied into no question; a figure with a capital
letter run on to it ("3G networks") is never swapped.

From real122-125 (under -80): an opening "Then" before a name goes, and "But, ..." opens
no statement; no name is swapped for one spelt nearly alike ("Iraq", "Iran"), a firm
never for a big city or back ("Nokia", "Bangkok"), a place after "by" never, and no
"the" follows an owner's "'s".

From real126-129 (under -81): a player's position opening a sentence loses its capital
("prop Phil Vickery"); "First, ..." opens no statement."""

# ruff: noqa: E501

from quizzes.engine.entities import ORG, PLACE
from quizzes.engine.kinds.true_false import _fair_name_swap, _reads_after, _spelt_alike
from tests.engine.test_real_links_rules import _blanks, _refused_unless, _statements


def test_a_sentence_with_a_capital_after_a_comma_is_quoted_by_no_question():
    sentence = (
        "Mary Dunne left school at 15 to help her parents, They could not afford the ferry fares."
    )
    assert not _blanks(sentence, "ferry fares")
    assert _blanks(sentence.replace(", They could", ", who could"), "ferry fares")


def test_a_unit_run_on_to_its_figure_is_no_statement():
    _refused_unless(
        "Mary Dunne swam the harbour in 46.68seconds to win the island race.",
        "harbour",
        "46.68seconds",
        "46.68 seconds",
    )


def test_a_figure_naming_a_kind_of_network_is_never_swapped():
    sentence = "Harbour Lines has bought 3G mobile masts for 14 island ferries."
    swaps = {c.swap for c in _statements(sentence, "mobile masts")}
    assert swaps and all(old == "14" for old, _ in swaps), swaps


def test_an_opening_then_goes_and_a_conjunction_set_off_by_a_comma_is_no_statement():
    sentence = (
        "Then Mary Dunne, who had already been warned, was banned from the ferry for 12 months."
    )
    stems = [c.draft.stem for c in _statements(sentence, "banned")]
    assert stems and all("then" not in s.lower() for s in stems), stems
    _refused_unless(
        "But, after a long review, Harbour Lines cut 12 of its summer sailings.",
        "cut 12",
        "But, after",
        "After",
    )


def test_a_firm_and_a_city_are_never_swapped_for_each_other():
    # "HP was working with Bangkok", "will be held in Nokia": the tagger's types crossed.
    assert not _fair_name_swap(ORG, "Nokia", "Bangkok")
    assert not _fair_name_swap(ORG, "Bangkok", "Nokia")
    assert _fair_name_swap(ORG, "Nokia", "Siemens")
    assert _fair_name_swap(PLACE, "Bangkok", "Jakarta")


def test_no_name_is_swapped_for_one_spelt_nearly_alike():
    assert _spelt_alike("Iraq", "Iran") and _spelt_alike("Austria", "Australia")
    assert not _spelt_alike("Iraq", "Syria") and not _spelt_alike("Sweden", "Swindon")


def test_a_position_opening_a_sentence_loses_its_capital():
    sentence = "Prop Phil Vickery returns to the Carra squad after missing 12 weeks through injury."
    stems = [c.draft.stem for c in _statements(sentence, "Carra squad")]
    assert stems and all("article, prop Phil Vickery" in s for s in stems), stems


def test_a_count_of_blows_opens_no_statement():
    _refused_unless(
        "First, Mary Dunne crossed for a try after 12 minutes of the Carra cup final.",
        "Carra cup",
        "First, Mary",
        "Mary",
    )


def test_no_the_follows_an_owner():
    assert not _reads_after("The panel in the District of Columbia's ", "the Justice Department")
    assert _reads_after("The panel in ", "the Justice Department")
    assert _reads_after("The panel in the District of Columbia's ", "Court of Appeals")


def test_a_sentence_with_a_non_word_is_never_negated():
    sentence = "Harbour Lines is a non-profit company owned by the island council."
    assert not any(c.swap and "not" in c.swap[1] for c in _statements(sentence, "island council"))
    plain = sentence.replace("a non-profit", "a small")
    assert any(c.swap and "not" in c.swap[1] for c in _statements(plain, "island council"))

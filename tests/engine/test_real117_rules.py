"""Rules from strict judges' verdicts on real articles no engine had been tuned on.

From real117-121 (judged under 2026.11-79): the source's slips ("his parents, They
could not ...", "in 46.68seconds") are copied into no question; a figure with a capital
letter run on to it ("3G networks") is never swapped."""

# ruff: noqa: E501

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

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

"""The rules added from held-out sets 52 to 55, on number options a student could
rule out by size or pattern: a conventional period ("12 months") takes other
conventional periods; "roughly three times" takes options on both sides; a bounded
key's options stay within about twice it, stated figures too; a round thousand
from 3,000 up takes whole thousands, half ones only when those run out; "ten
years" in words takes round options; three distractors equally spaced off the
round values ("18, 28, 38") and two nearly equal ones ("68%", "70%") are avoided."""

# ruff: noqa: E501

from quizzes.engine import numbers


def _values(options):
    return sorted(numbers.parse(o).value for o in options)


# 1. "review the ban after 12 months": not among 11, 13 and 14 months.


def test_a_conventional_period_takes_conventional_periods():
    options = numbers.alternatives(numbers.parse("12 months"), 3)
    assert len(options) == 3
    assert set(_values(options)) <= {3.0, 6.0, 9.0, 18.0, 24.0, 36.0}, options
    assert any(v < 12 for v in _values(options)) and any(v > 12 for v in _values(options))


# 2. "roughly three times as many": not the one modest option among seven and nine.


def test_a_small_approximate_key_has_options_on_both_sides():
    options = numbers.alternatives(numbers.parse("three"), 3, lead="roughly")
    assert len(options) == 3
    assert "two" in options and all(v <= 6 for v in _values(options)), options
    # A larger one keeps its far steps ("about 12": not "about 13").
    assert 13.0 not in _values(numbers.alternatives(numbers.parse("12"), 3, lead="about"))


# 3. "more than 90mm" of a week's rain: not among 200mm and 320mm.


def test_a_bounded_key_keeps_its_options_within_reach():
    options = numbers.alternatives(numbers.parse("90mm"), 3, lead="more than")
    assert len(options) == 3
    assert all(135 <= v <= 200 for v in _values(options)), options
    options = numbers.alternatives(numbers.parse("12.5 million"), 3, lead="more than")
    assert len(options) == 3 and max(_values(options)) < 28, options
    # A figure the article gives for something else, over three times the key.
    options = numbers.alternatives(numbers.parse("20%"), 3, lead="more than", stated=[68.0])
    assert "68%" not in options and len(options) == 3, options


# 4. "3,000 members" among 3,500, 4,500 and 5,500: the one whole thousand.


def test_a_round_thousand_takes_whole_thousands():
    options = numbers.alternatives(numbers.parse("3,000"), 3)
    assert len(options) == 3
    assert all(v % 1000 == 0 for v in _values(options)), options
    # Half steps when the whole ones run out below a bound.
    options = numbers.alternatives(numbers.parse("£400,000"), 3, lead="up to")
    assert len(options) == 3, options


# 5. "the past ten years" among nine and eleven years: the one round period.


def test_ten_in_words_takes_round_options():
    options = numbers.alternatives(numbers.parse("ten years"), 3)
    assert len(options) == 3
    assert all(v % 5 == 0 for v in _values(options)), options


# 6. A pattern the key breaks, and two options that read as one.


def test_three_distractors_are_not_equally_spaced():
    for text, lead in (("11", "at least"), ("2,700", ""), ("17", "up to")):
        options = numbers.alternatives(numbers.parse(text), 3, lead=lead)
        low, middle, high = _values(options)
        assert middle - low != high - middle, options
    # Round values equally spaced are only the round values (30%, 40%, 50%).
    assert _values(numbers.alternatives(numbers.parse("20%"), 3, lead="more than")) == [30, 40, 50]


def test_two_nearly_equal_options_are_not_both_offered():
    options = numbers.alternatives(numbers.parse("40%"), 3, lead="more than", stated=[68.0, 70.0])
    assert not {"68%", "70%"} <= set(options), options
    assert len(options) == 3

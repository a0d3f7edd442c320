"""The number rules added from the judged real BBC articles: a figure the sentence
says lies close to another is not asked; neither is a price's move restated as a
share ("12.4 points, or ___"), nor last month's total beside this month's; a
central bank's rate is offered only among quarter points; a key alone in its number of
digits and far from every option is not asked, nor a share whose options differ only
in a decimal; a past year dating a participle ("the plan agreed in 1998") is
background; a target year's options never include the story's own, spent year; a
sentence with a lost word ("and but", "with 30 children were dying") is not quoted;
two number questions with one key and one list are a repeat; and a true/false swap
of a figure "down from X" keeps within the stated change."""

# ruff: noqa: E501

from types import SimpleNamespace

from quizzes.engine import numbers
from quizzes.engine.drafts import NUMBER, TRUE_FALSE
from quizzes.engine.giveaways import same_key
from quizzes.engine.kinds import number, years
from quizzes.engine.kinds.scales import policy_rate, quarter_point_options
from quizzes.engine.kinds.worth import sloppy
from tests.engine.conftest import article_of, drafts_of

MARKETS = """Pound steadies after rate decision

The Bank of England has kept interest rates on hold at 3.75% for a fourth month in a row, its policy committee said on Thursday.

The pound was trading at $1.4872 against the dollar in late trading, still close to the $1.5120 high set in March.

The FTSE 100 index closed up 12.4 points, or 0.21%, at 5,912.30 on a quiet day for the market in London.

There are 41,230 homes for sale in the county, down from 42,105 last month, estate agents said.

The city council plans to spend up to £145m on new roads before 2012 to ease traffic in the centre.

Officials will also review progress on the transport plan agreed in Leeds in 1998 to cut congestion.

Analysts at Corbin Securities said rates would stay at 3.75% for the rest of the year, although a strong winter could change that.
"""


DOLLAR = """Dollar slips against the euro

The dollar was trading at $1.3120 against the euro on Friday, close to its $1.3250 record.

The Dow Jones index closed down 25.4 points, or 0.24%, at 10,612.80.

There are 8,450 people on the housing list, down from 8,630 last month, the council said.

Traders said the market would stay quiet until the new year.
"""


def _numbers(drafts):
    return [d for d in drafts if d.kind == NUMBER]


def _wrong(draft):
    return [c.text for c in draft.choices if not c.is_correct]


def _keys(drafts):
    return {d.key.text for d in _numbers(drafts)}


# 1. A figure the sentence says lies close to another figure is not asked.


def test_a_figure_told_close_to_another_is_not_asked():
    assert number.near_stated("The pound was trading at ", ", still close to the $1.5120 high.")
    assert number.near_stated("The pound was trading at $1.4872, close to its ", " high.")
    assert not number.near_stated("The pound was trading at ", " against the dollar on Friday.")
    assert not number.near_stated("The fire started near the ", " mark.")
    keys = _keys(drafts_of(DOLLAR))
    assert "$1.3120" not in keys and "$1.3250" not in keys


# 2. A price's move given twice ("12.4 points, or 0.21%") is not asked either way.


def test_a_move_restated_as_a_share_is_not_asked():
    assert number.restated_move("The index closed up 12.4 points, or ", "")
    assert number.restated_move("The index closed up ", " points, or 0.21%, at 5,912.30.")
    assert not number.restated_move("Sales rose by ", " in the year to March.")
    keys = _keys(drafts_of(DOLLAR))
    assert "0.24%" not in keys and "25.4" not in keys


# 3. Last month's total beside this month's is not asked.


def test_last_months_total_is_not_asked():
    assert number.previous_period("There are 41,230 homes, down from ", " last month.")
    assert not number.previous_period("profits fell to 785m euros from ", " euros in 2003.")
    assert "8,630" not in _keys(drafts_of(DOLLAR))


# 4. A central bank's rate is offered only among whole quarter points.


def test_a_policy_rate_is_offered_among_quarter_points():
    key = numbers.parse("3.75%")
    assert policy_rate("", "The Bank has kept interest rates on hold at ", key)
    assert policy_rate("interest rates", "He said rates would stay at ", key)
    assert not policy_rate("interest rates", "Inflation rose to ", key)
    assert quarter_point_options(key, ["4.25%", "3.61%", "2.90%"], set())[:1] == ["4.25%"]
    rates = [d for d in _numbers(drafts_of(MARKETS)) if d.key.text == "3.75%"]
    assert rates
    for draft in rates:
        for option in _wrong(draft):
            value = numbers.parse(option).value
            assert value * 4 == int(value * 4), option


# 5. A key alone in its number of digits and far from its options is not asked.


def test_a_key_that_stands_out_by_its_length_is_not_asked():
    key = numbers.parse("£145m")
    assert number.odd_size(key, "£145m", ["£36m", "£58m", "£72m"])
    assert not number.odd_size(key, "£145m", ["£116m", "£174m", "£203m"])
    # Close enough to its nearest option, a shorter key still stands.
    nine = numbers.parse("$9.4bn")
    assert not number.odd_size(nine, "$9.4bn", ["$11.7bn", "$14.3bn", "$27.5bn"])


# 6. A share whose options differ only in a decimal is not asked.


def test_options_a_decimal_apart_are_not_asked():
    key = numbers.parse("12.6%")
    assert number.tenths_apart(key, ["12.3%", "13.1%", "12.9%"])
    assert not number.tenths_apart(key, ["9.8%", "15.2%", "13.1%"])
    # Small shares keep their ordinary options: 1.3% beside 1.6% is a fifth apart.
    assert not number.tenths_apart(numbers.parse("1.6%"), ["1.3%", "2.4%", "2.2%"])


# 7. A past year dating a participle that describes a noun is background.


def test_the_year_of_a_plan_agreed_earlier_is_not_asked():
    assert "1998" not in _keys(drafts_of(MARKETS))


# 8. A target year's options never include the story's own year, already spent.

RESULTS = """Carmaker hopes for recovery

Harrow Motors reported a loss of £40m for 2010, its first since the firm was founded.

The carmaker faces fierce competition in the family car sector but hopes to return to profit by 2012.

Chief executive Ann Morley said sales of the new model had been strong in Europe and Asia.
"""


def test_a_target_years_options_leave_out_the_spent_year():
    article = article_of(RESULTS)
    sentence = next(s for s in article.sentences if "by 2012" in s.text)
    key = numbers.parse("2012")
    kept = years.within_bounds(article, sentence, key, ["2010", "2013", "2014"], set())
    assert "2010" not in kept and len(kept) == 3


# 9. A sentence with a lost word is not quoted.

SLIPS = """Charity warns over aid

The charity faces fierce competition for donations from larger groups and but hopes to grow next year.

But with 300 families were losing their homes every month more help was needed, the charity said.

The charity said 300 families had lost their homes this year.
"""


def test_a_sentence_with_a_lost_word_is_not_quoted():
    article = article_of(SLIPS)
    first, second, third = article.sentences[:3]
    assert sloppy(first) and sloppy(second) and not sloppy(third)


# 10. Two number questions with one key and one list are a repeat.


def _asked(stem, key, options):
    choices = [SimpleNamespace(text=o, is_correct=o == key) for o in options]
    draft = SimpleNamespace(
        kind=NUMBER, stem=stem, key=SimpleNamespace(text=key), choices=choices, explanation=""
    )
    return SimpleNamespace(draft=draft)


def test_one_small_figure_asked_twice_with_one_list_is_a_repeat():
    options = ["0.5%", "0.2%", "0.9%", "1.2%"]
    first = _asked('Complete: "spend ___ of income on aid"', "0.5%", options)
    second = _asked('Complete: "agreed in 1980 to spend ___ of income"', "0.5%", options)
    other = _asked('Complete: "inflation of ___ a year"', "0.5%", ["0.5%", "0.3%", "0.8%", "1.4%"])
    assert same_key(first, second)
    assert not same_key(first, other)


# 11. A true/false swap of a figure "down from X last month" keeps within the change.

HOUSING = """Housing list shrinks in Ashford

The number of families waiting for a council home in Ashford has fallen for the third month running, figures show.

There are 8,450 people on the housing list, down from 8,630 last month.

Council leader Gareth Price said the new flats on the river had made the difference.

"We still have far too many families in bed and breakfast rooms," Mr Price said.
"""


def test_a_swapped_figure_keeps_within_the_stated_change():
    swaps = [
        d
        for d in drafts_of(HOUSING)
        if d.kind == TRUE_FALSE and "down from 8,630" in d.stem and "8,450" not in d.stem
    ]
    assert swaps
    for draft in swaps:
        figure = draft.stem.split("there are ")[1].split(" people")[0]
        assert 8450 * 0.8 <= numbers.parse(figure).value <= 8630, draft.stem

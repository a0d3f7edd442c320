"""Number facts the number kind used to leave undrafted: the length of a window of
time ("over the next three years", never "within the next six months", which is
within seven as well); a figure hedged or bounded as "as much as", "an estimated"
or "only about"; a share written in words ("about a quarter of residents", "cut
by half"), whose options are other shares in words; "one in eight" among far
denominators on the false side of any bound; "more than 40%" among 70% to 90%; a
count of minutes; a distance with its unit attached ("1.8km"); and an option of a
thousand or more beside a smaller key keeps its comma."""

# ruff: noqa: E501

from quizzes.engine import numbers
from quizzes.engine.drafts import NUMBER
from tests.engine.conftest import drafts_of


def _options(draft):
    return [c.text for c in draft.choices]


def _key(draft):
    return next(c.text for c in draft.choices if c.is_correct)


def _about(drafts, words, kind=NUMBER):
    return [d for d in drafts if d.kind == kind and words in d.evidence[0].text]


CLUB = """Rovers sold to local builder

Harbour Rovers have been bought by a group led by local builder Owen Pascoe, ending months of uncertainty at the club.

Mr Pascoe said the new owners would spend £4m on the Quayside ground over the next four years.

Harbour Rovers will pay off debts of £1.2m within the next nine months, according to a statement from Mr Pascoe.

Trains run by Coastway missed the national punctuality target in four of the past five years.

Supporters had raised money for the club through a series of concerts over the past two years.
"""


# 1. A window of time: its length is the figure, "the next" stays in the stem.


def test_the_length_of_a_window_of_time_is_asked():
    drafts = drafts_of(CLUB)
    window = [d for d in _about(drafts, "next four years") if "the next ___" in d.stem]
    assert window
    assert _key(window[0]) == "four years"
    assert all(o.endswith(" years") for o in _options(window[0]))
    past = [d for d in _about(drafts, "past two years") if "the past ___" in d.stem]
    assert past and _key(past[0]) == "two years"


def test_a_window_within_which_something_is_done_is_not_asked():
    # "within the next nine months" is within the next ten months as well.
    drafts = drafts_of(CLUB)
    assert _about(drafts, "nine months")  # the sentence is asked, of its £1.2m
    assert not [d for d in _about(drafts, "nine months") if "the next ___" in d.stem]
    # "four of the past ___": "four of the past three years" is no option.
    assert not [d for d in _about(drafts, "four of the past") if "the past ___" in d.stem]


# 2. Hedges and bounds that read a figure: "as much as", "an estimated", "only about".


def test_hedged_figures_are_read_with_their_hedge():
    assert numbers.parse("as much as £90m").lead == "as much as "
    assert numbers.parse("an estimated 450,000").value == 450000
    assert numbers.parse("Only about 5%").value == 5
    # "as much as" is the most it may be: the options lie below it.
    options = numbers.alternatives(numbers.parse("as much as 40%"), 3)
    assert options and all(numbers.parse(o).value < 40 for o in options)


FARMS = """Frost damages orchards

A late frost has damaged fruit orchards across Kent, growers said on Tuesday.

The National Fruit Growers' Union said apple harvests could fall by as much as 35% this year.

Frost affected an estimated 6,400 hectares of orchards in Kent.

Only about 8% of growers have insurance against frost damage.
"""


def test_questions_are_drafted_on_hedged_figures():
    drafts = drafts_of(FARMS)
    much = [d for d in _about(drafts, "35%") if "as much as ___" in d.stem]
    assert much and _key(much[0]) == "35%"
    assert all(numbers.parse(o).value <= 35 for o in _options(much[0]))
    estimated = [d for d in _about(drafts, "6,400") if "an estimated ___" in d.stem]
    assert estimated and _key(estimated[0]) == "6,400"
    only = [d for d in _about(drafts, "8%") if "Only about ___" in d.stem]
    assert only and _key(only[0]) == "8%"


# 3. A share in words is asked with other shares in words.


TOWN = """Cycling to work rises in Lincoln

Lincoln has one of the highest levels of cycling in England, with about a quarter of residents riding a bike to work, a survey has found.

The city council has cut the number of parking spaces in the centre by half since 2010.

More than 600 people answered the survey, which was carried out by the University of Lincoln.

The number of cycle lanes in Lincoln has risen by almost a third in five years, according to council figures.
"""


def test_a_share_in_words_takes_shares_in_words():
    drafts = drafts_of(TOWN)
    quarter = [
        d for d in _about(drafts, "a quarter of residents") if "about ___ of residents" in d.stem
    ]
    assert quarter and _key(quarter[0]) == "a quarter"
    # Options in words, none so near the key that it reads as the same rough fact.
    assert all(
        o in ("a tenth", "a third", "half", "two-thirds", "three-quarters")
        for o in _options(quarter[0])
        if o != "a quarter"
    )
    assert "a fifth" not in _options(quarter[0])
    half = [d for d in _about(drafts, "by half") if "by ___" in d.stem]
    assert half and _key(half[0]) == "half"
    third = [d for d in _about(drafts, "almost a third") if "almost ___" in d.stem]
    assert third and _key(third[0]) == "a third"


def test_a_bounded_share_keeps_its_options_on_the_false_side():
    text = TOWN.replace(
        "with about a quarter of residents", "with more than a quarter of residents"
    )
    drafts = drafts_of(text)
    quarter = [
        d for d in _about(drafts, "a quarter of residents") if "than ___ of residents" in d.stem
    ]
    assert quarter
    # "more than a quarter" is more than a tenth as well.
    assert "a tenth" not in _options(quarter[0])


def test_a_share_not_of_a_whole_is_not_asked():
    # "half the space": "a quarter the space" is no English.
    text = TOWN.replace(
        "The city council has cut the number of parking spaces in the centre by half since 2010.",
        "Smokers may use outdoor areas as long as at least half the space is open to the air.",
    )
    drafts = drafts_of(text)
    assert not [
        d for d in _about(drafts, "half the space") if "___" in d.stem and _key(d) == "half"
    ]


# 4. An option of a thousand or more beside a smaller key still takes its comma.


def test_an_option_past_a_thousand_takes_its_comma():
    figure = numbers.parse("More than 600")
    assert figure.format(2100.0) == "More than 2,100"
    assert numbers.parse("800 acres").format(1500.0) == "1,500 acres"
    assert numbers.parse("480").format(620.0) == "620"


def test_the_past_twelve_months_is_not_asked():
    # "the past 12 months" is a year: "the past 13 months" is no believable option.
    text = CLUB.replace("over the past two years", "over the past 12 months")
    drafts = drafts_of(text)
    assert not [d for d in _about(drafts, "12 months") if "the past ___" in d.stem]


def test_a_share_in_the_headline_is_not_asked():
    text = TOWN.replace("Cycling to work rises in Lincoln", "A quarter of Lincoln cycles to work")
    drafts = drafts_of(text)
    assert not [d for d in _about(drafts, "a quarter of residents") if _key(d) == "a quarter"]


def test_a_share_beside_its_percentage_is_not_asked():
    text = TOWN.replace("riding a bike to work, a survey", "riding a bike to work (24%), a survey")
    drafts = drafts_of(text)
    assert _about(drafts, "(24%)")
    assert not [d for d in _about(drafts, "(24%)") if _key(d) == "a quarter"]


# 5. "one in eight": options are other denominators reporters write, far apart.


SLEEP = """Pupils short of sleep

A survey of pupils in Wales found that more than a third felt too tired to work in the first two lessons, and one in eight fell asleep in class at least once a week.

Pupils in Cardiff slept an average of seven hours a night.
"""


def test_one_in_eight_is_asked_among_far_denominators():
    drafts = drafts_of(SLEEP)
    eight = [d for d in _about(drafts, "one in eight") if "one in ___" in d.stem]
    # "one in eight" is one figure: with "a third" and "two" the sentence is no table.
    assert eight and _key(eight[0]) == "eight"
    options = _options(eight[0])
    assert "nine" not in options and "seven" not in options
    assert all(o in ("five", "six", "ten", "twelve", "fifteen", "twenty", "eight") for o in options)


def test_one_in_words_keeps_its_options_in_words():
    from quizzes.engine.kinds.fractions import one_in_options

    # Beside "one in twenty" (with 10, 12 and 15 said elsewhere), never "one in 50".
    options = one_in_options(numbers.parse("twenty"), {10.0, 12.0, 15.0})
    assert options and all(o.isalpha() for o in options), options
    # "fewer than one in twenty" has no option in words on its false side: none at all.
    assert one_in_options(numbers.parse("twenty"), set(), "fewer than") == []


def test_fewer_than_one_in_ten_takes_larger_denominators():
    # Beside "fewer than one in 10", "fewer than one in 6" is true as well.
    text = SLEEP.replace("and one in eight fell asleep", "and fewer than one in 10 fell asleep")
    drafts = drafts_of(text)
    ten = [d for d in _about(drafts, "one in 10") if "one in ___" in d.stem]
    assert ten
    for draft in ten:
        assert all(int(o) > 10 for o in _options(draft) if o != "10")


# 6. "more than 40%": options on the far side of the bound, below 100%.


def test_a_share_above_a_bound_keeps_options_below_a_hundred():
    options = numbers.alternatives(numbers.parse("more than 40%"), 3)
    assert len(options) == 3
    # From half as much again (ABOVE) to 90%.
    assert all(60 <= numbers.parse(o).value <= 90 for o in options), options
    assert "more than 99%" not in numbers.alternatives(numbers.parse("more than 45%"), 3)


# 7. A length of time in minutes or hours, and a distance with its unit attached.


TIMES = """Screens cost pupils sleep

Pupils with a games console in their bedroom slept on average 38 minutes less than other pupils, a study by Bristol University has found.

Pupils in Bristol slept almost two hours less than doctors recommend.

The new flood wall along the River Ouse includes 2.4km of brick, the Environment Agency said.

Bristol pupils started lessons at 9am and spent six hours and 20 minutes in school.
"""


def test_minutes_and_kilometres_are_asked_in_their_unit():
    drafts = drafts_of(TIMES)
    minutes = [d for d in _about(drafts, "38 minutes") if _key(d) == "38 minutes"]
    assert minutes
    assert all(o.endswith(" minutes") and numbers.parse(o).value < 60 for o in _options(minutes[0]))
    distance = [d for d in _about(drafts, "2.4km") if _key(d) == "2.4km"]
    assert distance and all(o.endswith("km") for o in _options(distance[0]))


def test_a_time_of_day_or_hours_and_minutes_are_not_asked():
    drafts = drafts_of(TIMES)
    assert not [d for d in _about(drafts, "9am") if d.stem.count("___") and "9am" not in d.stem]
    assert not [
        d
        for d in _about(drafts, "six hours and 20 minutes")
        if "six hours and 20 minutes" not in d.stem
    ]
    # "almost two hours less than doctors recommend": "almost six hours" is absurd.
    assert not [d for d in _about(drafts, "almost two hours") if "almost ___" in d.stem]

"""Number and true/false rules from the judges' verdicts on real BBC articles under
2026.11-55: a blank the sentence nearly fills ("fell marginally to ___, from £180,444")
or places on one side of a missed or beaten target is not asked, nor a stock index's
move beside a story about one firm, nor last year's baseline, nor a count a list or
"the pair" gives away; a "he" after someone reports on another named person, and a
description carrying a nationality ("the Danish bank"), are not replaced by a name; a
sentence inside a quotation opened by the sentence before is never stated as the
article's own claim; true/false never swaps those figures, a whole "100%", or where a
rival known only by a rank comes from; and two grammar slips ("pushed ..., and
contributing"; "According to X sales surged") are never copied."""

# ruff: noqa: E501

from quizzes.engine import numbers, refer
from quizzes.engine.drafts import NUMBER
from quizzes.engine.kinds import number, true_false
from quizzes.engine.kinds.worth import sloppy
from tests.engine.conftest import article_of


def _number_keys(text):
    return {c.draft.key.text for c in number.candidates(article_of(text)) if c.draft.kind == NUMBER}


def _sentence(article, words):
    return next(s for s in article.sentences if words in s.text)


HOMES = """Flat prices ease in the county

The average flat price in the county fell marginally to £142,310, from £142,580 in March, the Norland Building Society said.

The building society said it would open 14 new branches in the county next year to meet demand.

Estate agents said buyers remained cautious after the recent rate rise, with first-time buyers hit hardest.

The society's chief economist, Helen Ward, said prices in the county would rise by about 3% over the whole of the year.

Flats in the city centre remained the most expensive, selling for an average of £188,400 in March.

Sales of new-build flats fell by a fifth over the winter, the society added.
"""


# 1. "fell marginally to ___, from X": the sentence tells the key nearly.


def test_a_small_move_from_a_stated_figure_is_not_asked():
    assert number.small_move_told("Prices fell marginally to ", ", from £142,580 in March.")
    assert number.small_move_told("Sales rose slightly from ", " to £9.1m.")
    assert not number.small_move_told("Prices fell sharply to ", ", from £142,580 in March.")
    assert not number.small_move_told("Prices fell marginally to ", " in March.")
    keys = _number_keys(HOMES)
    assert "£142,310" not in keys
    assert keys  # the article's other figures are still asked


SHOPS = """Toy shops miss Christmas target

Toy chain Playworld missed its sales target of a 6-8% rise, turning in a 4.1% increase over the Christmas period.

Rival chain Bricks and Blocks said its sales rose 9.3% over the same weeks, helped by strong demand for board games.

Analysts said the chains would cut prices in the new year to clear unsold stock from their shelves.

Playworld said it would close 12 of its smaller shops in the spring, with the loss of about 300 jobs.

Its chief executive, Tom Reed, said the company had been hit by warm weather and cautious shoppers.

Shares in Playworld fell 8p to 212p in London after the announcement on Thursday.
"""


# 2. Missing or beating a stated target tells on which side of it the key lies.


def test_a_figure_placed_by_a_missed_target_is_not_asked():
    assert number.target_side_told(
        "Playworld missed its sales target of a 6-8% rise, turning in a ", " increase."
    )
    assert number.target_side_told(
        "The firm beat analysts' forecasts of £2m, making ", " in profit."
    )
    assert not number.target_side_told("The firm set a sales target of ", " for the year.")
    keys = _number_keys(SHOPS)
    assert "4.1%" not in keys
    assert keys


BANK = """Norland bank buys Danish lender

Norland Bank said it would sell 90 million new shares to pay for its purchase of a Danish lender for $2.1bn.

The sale pushed Norland's share price down 4%, contributing to the FTSE 100's 0.4% decline on Tuesday.

The bank said the purchase would add 1,200 branches to its network across northern Europe.
"""


# 3. A stock index's day beside a story about one firm is market colour.


def test_an_index_move_beside_a_firms_story_is_not_asked():
    article = article_of(BANK)
    assert number.index_aside(article, "contributing to the FTSE 100's ", " decline on Tuesday.")
    assert not number.index_aside(article, "contributing to the firm's ", " decline on Tuesday.")
    market = article_of(BANK.replace("Norland bank buys Danish lender", "London shares slip"))
    assert not number.index_aside(market, "contributing to the FTSE 100's ", " decline on Tuesday.")
    keys = _number_keys(BANK)
    assert "0.4%" not in keys
    assert "1,200" in keys


# 4. "He" after one person reports on another named person is either of them.

REPORTED = """Minister to set out school plans

Education minister Ruth Kelly will set out new plans for schools on Monday.

Speaking before the speech, BBC correspondent Mark Easton said Mr Johnson would back the plans in the Commons.

He would contrast the plans with the opposition's proposal to cut school budgets by £2bn.

Teachers' unions said they would study the details.
"""

PLAIN = """Minister to set out school plans

Education minister Ruth Kelly will set out new plans for schools on Monday.

Speaking before the speech, BBC correspondent Mark Easton said the plans would be popular with parents.

He added that the opposition wanted to cut school budgets by £2bn.

Teachers' unions said they would study the details.
"""


def test_he_after_a_report_on_another_person_is_not_resolved():
    article = article_of(REPORTED)
    found = refer.opening(article, _sentence(article, "He would contrast"))
    assert found is None or found.entity.name not in ("Mark Easton", "Easton")
    plain = article_of(PLAIN)
    kept = refer.opening(plain, _sentence(plain, "He added"))
    assert kept is not None and "Easton" in kept.entity.name


# 5. A description singled out by a nationality may be another of its sort.

LENDERS = """Norland Bank buys Danish lender

UK-based Norland Bank said it would pay $2.1bn to buy one of Denmark's largest retail banks.

The Danish bank will also make up 15% of the group's total assets.

The bank said the deal would be completed by the end of the year.
"""


def test_a_description_with_a_nationality_is_not_resolved():
    article = article_of(LENDERS)
    found = refer.opening(article, _sentence(article, "The Danish bank"))
    assert found is None
    keys = {c.draft.key.text for c in number.candidates(article)}
    assert "15%" not in keys


# 6. A sentence inside a quotation the sentence before opened is the speaker's.

QUOTED = """Council attacked over housing

Residents in Norland have criticised the council's housing plans at a public meeting.

For the opposition, councillor Jane Hughes said: "The council leader's plan is all talk. He must be judged on what he has built in two terms, not what he promises for a third. That judgment will be harsh."

The council said it would publish its plans next month.
"""


def test_a_sentence_inside_an_opened_quotation_is_not_stated():
    article = article_of(QUOTED)
    inside = _sentence(article, "He must be judged")
    assert true_false._inside_quotation(article, inside)
    assert not true_false._inside_quotation(article, _sentence(article, "The council said"))
    statements = [
        c for c in true_false.candidates(article) if "judged" in c.draft.evidence[-1].text
    ]
    assert not statements


# 7. A true/false swap of a figure the sentence tells nearly contradicts the sentence.


def test_a_figure_told_nearly_is_never_swapped():
    statements = [
        c
        for c in true_false.candidates(article_of(HOMES))
        if "marginally" in c.draft.evidence[0].text
    ]
    assert not statements
    shops = [
        c for c in true_false.candidates(article_of(SHOPS)) if "missed" in c.draft.evidence[0].text
    ]
    assert not [c for c in shops if c.draft.key.text == "False"]


# 8. A participle joined to a finite verb by ", and" is a slip never copied.

SLIP = """Norland bank sells new shares

In London, Norland Bank's sale of 90 million new shares to investors pushed its share price down, and contributing to a 2% fall in bank shares.

The bank said it would close 40 branches next year, reducing its costs by £30m.
"""


def test_a_participle_joined_to_a_finite_verb_is_a_slip():
    article = article_of(SLIP)
    assert sloppy(_sentence(article, "and contributing"))
    assert not sloppy(_sentence(article, "reducing its costs"))


# 9. Last year's baseline beside the reported figure is not asked, nor swapped.

RETAIL = """Gift shops suffer at Christmas

Gift chain Treasure Box suffered as shoppers stayed away, leaving its December sales 3% higher, compared to a 7% rise last year.

Rival chain Norland Gifts said its sales rose 11% over the same weeks, helped by strong demand for candles.

Analysts said the chains would cut prices in the new year to clear unsold stock from their shelves.

Treasure Box said it would close 12 of its smaller shops in the spring, with the loss of about 300 jobs.
"""


def test_last_years_baseline_is_not_asked():
    assert number.baseline("sales 3% higher, compared to a ", " rise last year.")
    assert number.baseline("profit of £4m, compared with ", " a year earlier.")
    assert not number.baseline("sales 3% higher, compared to a ", " rise at its rival.")
    assert not number.baseline("profits fell to 785m euros from ", " euros in 2003.")
    article = article_of(RETAIL)
    assert "7%" not in {c.draft.key.text for c in number.candidates(article)}
    swaps = [c.swap for c in true_false.candidates(article) if c.swap]
    assert not [s for s in swaps if s[0] == "7%"]


# 10. "100%" of something is a whole the sentence's other words entail.

WHOLE = """Norland bank buys Danish lender

Norland Bank said it was buying 100% of Fjord Bank, an agreement that would bring an end to the lender's shared ownership.

The bank said the deal would add 1,200 branches to its network across northern Europe.
"""


def test_a_whole_is_never_swapped():
    swaps = [c.swap for c in true_false.candidates(article_of(WHOLE)) if c.swap]
    assert not [s for s in swaps if s[0] == "100%"]


# 11. "According to" run into the subject without its comma misreads.


def test_a_source_run_into_the_subject_is_a_slip():
    article = article_of(
        """Online sales climb

According to a survey by Norland Research and Webwatch Ratings sales surged 20% over the holiday season to $4.1bn.

According to a survey by Norland Research, sales of toys fell 4% over the same weeks.

Analysts said the figures showed shoppers moving online.
"""
    )
    assert sloppy(_sentence(article, "Ratings sales surged"))
    assert not sloppy(_sentence(article, "sales of toys fell"))


# 12. Where an unnamed rival comes from is an aside, never the swap.

MATCH = """Ward cruises into third round

Top seed Anna Ward beat Maria Costa 6-2 6-1 to reach the third round of the Sydney International on Tuesday.

The 14th seed from Portugal stayed with Ward until 2-2 in the first set before it became one-way traffic.

Ward, who served eight aces, plays Elena Ruiz of Spain in the next round.
"""


# 13. A count set after the list it counts is never swapped.

SECTORS = """Norland shares reach record

Shares in Norland hit a record high on Monday as foreign investors returned to the market.

Investors are now hoping that mining and farming, two of the strongest sectors in Norland, attract some of the new money.

The index has risen 40% since January, brokers said.
"""


def test_a_count_of_a_list_is_never_swapped():
    swaps = [c.swap for c in true_false.candidates(article_of(SECTORS)) if c.swap]
    assert not [s for s in swaps if s[0] == "two"]
    assert number.list_counted("hoping that mining and farming, ", " of the strongest sectors")
    assert "two" not in _number_keys(SECTORS)
    assert not number.list_counted("hoping that mining ", " of the strongest sectors")


# 14. A count of two or three beside "the pair" or "the trio" is given away.

PAIR = """Commission calls truce in deficit battle

The European Commission has called a truce in its battle with Norland and Estland over breaching deficit limits.

The move came after Norland and Estland vowed to run their budget deficits below the cap in 2005. But the Commission warned the pair were under close scrutiny.

The region's two biggest economies left the pact in tatters in November 2003 when they persuaded fellow members to put the threat of penalties on hold.

Norland's deficit is expected to reach 3.6% of national income this year, officials said.
"""


def test_a_count_named_by_a_group_word_is_not_asked():
    article = article_of(PAIR)
    assert number.group_named(article, numbers.parse("two"))
    assert not number.group_named(article, numbers.parse("two years"))
    assert not number.group_named(article, numbers.parse("3.6%"))
    plain = article_of(PAIR.replace("the pair were", "both were"))
    assert not number.group_named(plain, numbers.parse("two"))


OFFICE = """Leaders meet in Brussels

French President Jacques Chirac said Europe needed to reinforce its own unity.

The French president told reporters the summit had gone well.

The leaders agreed a new aid package worth $21m.
"""


def test_a_persons_office_with_a_nationality_is_still_resolved():
    article = article_of(OFFICE)
    found = refer.opening(article, _sentence(article, "The French president"))
    assert found is not None and "Chirac" in found.entity.name

"""The rules added after training set 11 (2026.11-27), one short test per rule."""

# ruff: noqa: E501

from quizzes.engine import numbers
from quizzes.engine.drafts import NUMBER, TRUE_FALSE, Choice, Draft, Evidence
from quizzes.engine.kinds.common import Candidate
from quizzes.engine.kinds.distractors import same_type_options
from quizzes.engine.kinds.fates import accused, died
from quizzes.engine.kinds.given import background_size
from quizzes.engine.kinds.known import fixed_count
from quizzes.engine.kinds.minor import founding_year, in_percent
from quizzes.engine.kinds.subjects import SAME_AGAIN
from quizzes.engine.kinds.true_false import _echoed
from quizzes.engine.nonnames import common_word
from quizzes.engine.rank import select
from tests.engine.conftest import build, plain_stem


def _blanks(drafts):
    return [d for d in drafts if d.kind == NUMBER]


def _false_statements(drafts):
    return [d for d in drafts if d.kind == TRUE_FALSE and d.key.text != "True"]


# 1. Background targets: the year a body was set up, the base of a rate.


def test_the_year_a_body_was_set_up_is_its_history():
    assert founding_year("the 60-employee Tea Board, set up in ", True)
    assert founding_year("The charity, which was founded in ", True)
    assert not founding_year("the board said sales had fallen in ", True)
    assert not founding_year("The bridge was set up in ", False)


FOUNDED = """Quangos under fire

The UK has 529 quangos financed with billions of pounds of taxpayers' cash, a report claims.

Author Dan Lowe said at least 111 of the bodies had been set up since 1997.

Mr Lowe branded the existence of the 40-employee Tea Council, set up in 1994 to research and promote overseas tea markets, "surprising".

The government said it would study the report carefully before responding.
"""


def test_a_founding_year_blank_is_ranked_below_the_bar():
    _, drafts = build(FOUNDED)
    founded = [d for d in _blanks(drafts) if "set up in ___" in d.stem]
    assert founded and all(d.score < 0.5 for d in founded)
    for draft in _false_statements(drafts):
        assert "Tea Council, set up in 1994" in draft.stem or "Tea Council" not in draft.stem


def test_the_round_base_of_a_rate_is_a_convention():
    before = "A breath test showed 78 microgrammes of alcohol in "
    assert fixed_count(100, before, " millilitres of breath.")
    assert fixed_count(100000, "There were 12 deaths per ", " people.")
    assert not fixed_count(100, "The council has invested in ", " schools.")
    assert not fixed_count(100, "It has 100 staff in ", " stores.")
    assert not fixed_count(120, "There were 12 deaths per ", " people.")


# 2. Blanks that arithmetic on the sentence's own figures answers.


def test_a_percentage_two_amounts_compute_is_arithmetic():
    fall = "Profits fell 18% to £61.4m, down from £74.9m in the same period last year."
    assert {18, 61.4, 74.9} <= in_percent(fall)
    shares = "Shares in the company fell 23p, or 7%, to 301p in morning trading."
    assert {7, 23, 301} <= in_percent(shares)
    assert not in_percent("Sales rose 2.4% to £300m in the 13 weeks to 30 July.")


GROCER = """Grocer's profits fall

Supermarket group Hallam Foods has reported a sharp fall in quarterly profits, blaming fierce price competition.

The grocer said pre-tax profits for the quarter fell 18% to £61.4m, down from £74.9m in the same period last year.

Chief executive Martin Greer said the figures reflected a deliberate decision to cut prices.

Shares in Hallam Foods fell 23p, or 7%, to 301p in morning trading.

Mr Greer said the group would open 14 new stores in Scotland next year.
"""


def test_no_blank_or_swap_on_a_figure_the_others_compute():
    _, drafts = build(GROCER)
    for draft in _blanks(drafts):
        assert draft.key.text not in ("18%", "7%", "£74.9m", "£61.4m"), draft.stem
    for draft in _false_statements(drafts):
        assert "fell 18% to £61.4m, down from £74.9m" not in draft.stem
        assert "fell 23p, or 7%, to 301p" not in draft.stem
        assert "Shares in" not in draft.stem and "pre-tax" not in draft.stem, draft.stem


FIXTURES = """Rovers face crucial run

Blackmoor Rovers sacked their manager on Monday after a run of seven successive defeats.

Rovers face Fulham, Wigan and Portsmouth in their next three matches, a run many supporters regard as crucial.

Chairman Derek Whitmore said the board had acted with great reluctance.

Caretaker boss Phil Catterall said his only concern was Saturday's game.
"""


def test_a_count_of_the_names_the_sentence_lists_is_given_away():
    _, drafts = build(FIXTURES)
    assert not [d for d in _blanks(drafts) if "next ___ matches" in d.stem]


# 3. Stems with no referent: "the 48-year-old".


AGED = """Rovers sack manager

Blackmoor Rovers have sacked manager Alan Hurst after a run of seven successive defeats.

The 48-year-old, who guided Rovers to promotion in 2004, was told of the decision at the club's training ground on Monday.

Chairman Derek Whitmore said the board had acted with great reluctance.

Caretaker boss Phil Catterall said his only concern was Saturday's game.
"""


def test_the_48_year_old_is_named_from_the_sentence_before():
    _, drafts = build(AGED)
    assert not [d for d in drafts if "The 48-year-old" in d.stem or "the 48-year-old" in d.stem]
    assert [d for d in drafts if "Alan Hurst, who guided Rovers" in d.stem]


# 4. Sums written "£14.2m", which the tokenizer splits as "£ 14.2 m".


def test_a_sum_is_read_with_its_sign_and_scale():
    text = "It lost £14.2m last year."
    start = text.index("14.2")
    assert numbers.widen(text, start, start + 4) == (start - 1, start + 5)
    assert numbers.widen("It lost £2.5bn.", 9, 14) == (8, 14)
    assert numbers.widen("It lost 14.2 more.", 8, 12) == (8, 12)


RAIL = """Rail firm cuts evening trains

A rail operator has announced it will cut a fifth of its evening services across the East Midlands.

Midshires Rail said it had lost £14.2m in the year to March, more than double its loss the previous year.

Managing director Graham Pell said the decision had not been taken lightly.

Passenger groups in Derby said the cuts would leave shift workers stranded.
"""


def test_a_split_sum_is_asked_whole():
    _, drafts = build(RAIL)
    lost = [d for d in _blanks(drafts) if "had lost ___ in the year" in d.stem]
    assert lost and lost[0].key.text == "£14.2m"
    assert all(c.text.startswith("£") and c.text.endswith("m") for c in lost[0].choices)


# 5. A figure subject that says what it counts ("46 of the 240 trains").


TRAINS = """Rail firm cuts evening trains

A rail operator in the East Midlands has announced cuts to its evening services.

From 4 September, 46 of the 240 trains that currently run after 1900 BST each weekday will be withdrawn by Midshires Rail.

Managing director Graham Pell said the decision had not been taken lightly.

Passenger groups in Derby said the cuts would leave shift workers stranded.
"""


def test_a_count_of_a_named_set_is_self_contained():
    _, drafts = build(TRAINS)
    assert [d for d in drafts if "of the 240 trains" in d.stem or "of the ___ trains" in d.stem]


# 6. False statements that contradict themselves: "sub-Saharan South America".


MALARIA = """Malaria vaccine trial begins

Scientists have begun testing a new malaria vaccine on 2,400 young children in Tanzania.

Malaria kills more than one million people a year, most of them young children in sub-Saharan Africa.

Dr Rehema Mwaka, the trial's principal investigator in Tanzania, said local communities had responded well.

The vaccine was developed by a team in Oxford with partners in Kenya and South America.
"""


def test_a_place_under_a_qualifier_of_its_own_is_not_swapped():
    _, drafts = build(MALARIA)
    for draft in _false_statements(drafts):
        assert "sub-Saharan" not in draft.stem, draft.stem


# 7. Year options a past event cannot take.


SALES = """Music sales slump

The music market in Germany peaked in 1997, with sales of 2.6bn euros.

Since 2000, sales have plummeted to just 1.6bn euros in 2003, the industry body said.

Tim Renner, a former record company chief, said the industry was struggling to survive.

He said record companies had been too slow to sell music online.
"""


def test_a_past_year_keeps_its_options_between_the_articles_bounds():
    _, drafts = build(SALES)
    blanks = [d for d in _blanks(drafts) if "euros in ___" in d.stem]
    assert blanks
    for draft in blanks:
        years = [int(c.text) for c in draft.choices]
        assert all(2000 < y <= 2003 for y in years), years


# 8. A set of mostly "True" statements with nothing to swap in.


def _candidate(kind, stem, key, others, sentence, score):
    choices = (Choice(key, True), *(Choice(o, False) for o in others))
    evidence = (Evidence(sentence * 100, sentence * 100 + 50, stem),)
    draft = Draft(kind, stem, choices, "", evidence, score)
    return Candidate(draft, sentence, sentence % 3, f"{kind}:{sentence}", key)


def test_a_full_set_drops_surplus_true_statements_it_cannot_swap():
    words = ["harbour", "orchard", "quarry", "lantern", "meadow", "glacier", "canyon"]
    names = ["Ann Cole", "Bo Dent", "Cy Eames", "Di Frost", "Ed Gale", "Flo Hart", "Gus Ives"]
    candidates = [
        _candidate("entity", f"Who visited the {w}?", n, ["Zed Ward", "Yul York"], i, 0.8)
        for i, (w, n) in enumerate(zip(words, names, strict=True))
    ]
    statements = ["The ferry sank in calm water.", "Crops failed twice.", "Snow closed roads."]
    candidates += [
        _candidate(TRUE_FALSE, f"True or false? {s}", "True", ["False"], 10 + i, 0.6)
        for i, s in enumerate(statements)
    ]
    published, _ = select(candidates, 10)
    truths = [c for c in published if c.draft.kind == TRUE_FALSE]
    assert len(published) >= 8
    assert len(truths) <= 1


# 9. "Who ...?" stems that compare with, or repeat, what another sentence told.


RALLY = """Rally leader crashes out

Welsh driver Owen Pryce won the Ardennes Rally on Sunday after a clean run through the forest stages.

Luca Ferri was less fortunate, crashing his car into a ditch on the final morning of the rally.

Erik Dahl fared better on the final day of the rally, climbing to third place overall.

Pryce said the car had been perfect all weekend.

Team principal Anne Roche said Ferri was unhurt.
"""


def test_no_stem_compares_with_an_untold_other():
    _, drafts = build(RALLY)
    for draft in drafts:
        assert "less fortunate" not in draft.stem and "fared better" not in draft.stem, draft.stem


def test_a_who_stem_never_repeats_an_untold_deed():
    assert SAME_AGAIN.search("did so in 2004 as well")
    assert SAME_AGAIN.search("followed suit")
    assert not SAME_AGAIN.search("did so much for the town")
    assert not SAME_AGAIN.search("said the plan was too costly")


# 10. The dead are no option for what was done or said since.


CRASH = """Driver guilty over crash that killed two friends

A man who drove while over the limit has been found guilty of causing the deaths of two teenage friends.

Darren Whitley, 34, of Radstock, had denied the charges, claiming another vehicle had caused the collision.

Emma Jones, 16, and Lucy Smith, 17, were walking home from a party when the car mounted the pavement.

Both girls died at the scene.

Prosecutor Richard Hague told the jury the car had been travelling at 60mph.

Judge Caroline Penrose adjourned sentencing until 18 November and remanded Whitley in custody.

Det Insp Paul Trevis praised the families for their dignity throughout the trial.
"""


def test_victims_are_never_options_for_what_others_did_after_their_death():
    article, drafts = build(CRASH)
    dead = {p.name for p in article.people if died(article, p)}
    assert dead == {"Emma Jones", "Lucy Smith"}
    asked = [d for d in drafts if plain_stem(d.stem).startswith("Who ")]
    assert asked
    for draft in asked:
        assert not dead & {c.text for c in draft.choices}, draft.stem


def test_a_person_who_died_is_told_several_ways():
    article, _ = build(
        """Museum given art collection

A museum has been given a collection of 300 paintings by a local man.

It was assembled by Harold Penrose, a textile manufacturer who died in March aged 91.

Gallery director Fiona Castle said the gift was the most important the museum had received.
"""
    )
    assert {p.name for p in article.people if died(article, p)} == {"Harold Penrose"}


# 11. "Who said the problem was structural?": which problem?


PROBLEM = """Rail firm axes evening trains

A rail operator has announced it will cut a fifth of its evening trains across the East Midlands.

Managing director Graham Pell said the decision had been taken after a fall in passenger numbers.

Industry analysts say several smaller rail franchises are under financial strain since charges rose last year.

Dr Helen Crabb, a transport economist at the University of Leicester, said the problem was structural.

Councillor David Ash said the council would ask the government to fund the trains for a year.
"""


def test_a_who_said_stem_names_what_it_speaks_of():
    _, drafts = build(PROBLEM)
    assert not [d for d in drafts if "the problem was structural" in d.stem and "Who" in d.stem]


# 12. "___ and X have also left": the people just named did the same.


ALSO_LEFT = """Rovers sack manager Hurst

Blackmoor Rovers have sacked manager Alan Hurst after a run of seven successive defeats.

Chairman Derek Whitmore said the board had acted with great reluctance.

Assistant manager Tony Drew and first-team coach Kevin Moss have also left the club.

Reserve team boss Phil Catterall will take charge for Saturday's game against Fulham.

Supporters' trust chairman Neil Stanway said fans wanted answers from the board.

Former striker Mick Delany said the decision had been coming for weeks.

Drew had worked alongside Hurst for four years at two clubs.
"""


def test_an_also_blank_never_offers_those_who_did_the_same():
    article, _ = build(ALSO_LEFT)
    drew = next(m for m in article.mentions if m.text == "Tony Drew")
    stem = "Assistant manager ___ and first-team coach Kevin Moss have also left the club."
    options, _ = same_type_options(article, drew, stem)
    assert len(options) >= 2
    assert not set(options) & {"Alan Hurst", "Derek Whitmore"}, options


# 13. A swapped name that clashes with its own sentence, or loses its "the".


def test_a_swapped_name_sharing_a_word_with_its_sentence_is_not_offered():
    assert _echoed("Brecon Beacons National Park Authority", "the site lies outside the park, ")
    assert not _echoed("Welsh Assembly Government", "the site lies outside the park, ")


WIND = """Wind farm plan sparks row

Plans for 18 wind turbines near the Brecon Beacons have triggered a row between campaigners and the Brecon Beacons National Park Authority.

The park authority's chief executive said the scheme would cause serious harm to the landscape.

Because the site lies just outside the park, the final decision rests with Rhondda Cynon Taf Council, which will consider the application in November.

The Welsh Assembly Government has identified seven areas of Wales as suitable for large wind farms.

The developers said the turbines would power 30,000 homes.
"""


def test_a_false_statement_keeps_the_park_out_and_the_article_in():
    _, drafts = build(WIND)
    for draft in _false_statements(drafts):
        assert "National Park Authority, which will" not in draft.stem, draft.stem
        assert "rests with Welsh" not in draft.stem, draft.stem


# 14. A common noun NER took for a name at the start of a sentence.


FEVER = """Vaccine trial begins

Scientists have begun testing a new malaria vaccine on 2,400 young children in Tanzania.

Malaria kills more than one million people every year, most of them young children in Africa and Asia.

Dr Rehema Mwaka, the trial's principal investigator, said local communities had responded well.

The first results from the trial are expected in 2008, the research team said.
"""


def test_a_word_the_article_writes_in_lower_case_is_no_name():
    article, drafts = build(FEVER)
    assert not [e for e in article.entities if e.name == "Malaria" and e.confirmed]
    stems = [d.stem for d in drafts if "alaria kills" in d.stem and d.kind == TRUE_FALSE]
    assert stems and all("article, malaria kills" in s for s in stems), stems


def test_how_many_generations_a_family_has_farmed_is_family_history():
    _, drafts = build(
        """Wind farm plan splits valley

Plans for 18 wind turbines on the edge of the national park have triggered a bitter row.

Sheep farmer Dafydd Llewelyn, whose family has farmed at Garreg for four generations, said the rent would secure the farm.

The park authority said the scheme would cause serious harm to the landscape.
"""
    )
    blanks = [d for d in _blanks(drafts) if "___ generations" in d.stem]
    assert all(d.score < 0.5 for d in blanks)


# 15. Options a bound or an "almost" leaves true as well.


def test_a_bounded_key_keeps_stated_figures_near_it_out():
    key = numbers.parse("£21,500")
    options = numbers.alternatives(key, 3, lead="above", stated=[22000.0, 25000.0])
    values = [numbers.parse(o).value for o in options]
    assert values and all(v >= 21500 * 1.6 for v in values), options
    under = numbers.alternatives(numbers.parse("£4m"), 3, lead="up to", stated=[3.0])
    assert "£3m" not in under


def test_just_under_an_almost_figure_is_no_option():
    options = numbers.alternatives(numbers.parse("almost 2,000"), 3, stated=[1900.0, 1800.0])
    values = [numbers.parse(o).value for o in options]
    assert values and not [v for v in values if 1700 <= v < 2000], options


def test_the_accused_is_no_option_for_what_the_court_or_police_did():
    article, drafts = build(CRASH)
    assert {p.name for p in article.people if accused(article, p)} == {"Darren Whitley"}
    praised = [d for d in drafts if plain_stem(d.stem).startswith("Who praised the families")]
    assert praised
    for draft in praised:
        assert "Darren Whitley" not in {c.text for c in draft.choices}
    denied = [d for d in drafts if plain_stem(d.stem).startswith("Who had denied the charges")]
    assert all(d.key.text == "Darren Whitley" for d in denied)


# 16. A place option the stem's own geography rules out, and shares over 100.


QUAKE = """Earthquake hits Japanese city

A strong earthquake has struck the city of Chiba, about 40km east of the capital, damaging hundreds of homes.

Officials in Chiba said at least 20 people had been injured.

The quake was also felt in Yokohama and Osaka, where trains were halted for an hour.

Prime Minister Taro Aso said the government would send emergency teams to Tokyo and Chiba.
"""


def test_the_capital_is_no_option_for_a_place_near_the_capital():
    _, drafts = build(QUAKE)
    near = [d for d in drafts if "east of the capital" in d.stem and d.kind == "entity"]
    assert near
    for draft in near:
        assert "Tokyo" not in {c.text for c in draft.choices}


def test_a_share_in_per_cent_stays_under_100():
    options = numbers.alternatives(numbers.parse("85 per cent"), 3)
    assert options and all(numbers.parse(o).value < 100 for o in options), options


# 17. A round key among options that are not as round.


def test_a_round_hundred_or_thousand_gets_options_as_round():
    for key in ("100", "1,000", "10,000"):
        figure = numbers.parse(key)
        options = [numbers.parse(o).value for o in numbers.alternatives(figure, 3)]
        step = figure.value / 2
        assert len(options) == 3 and all(v % step == 0 for v in options), (key, options)


# 18. Figures that size a body in passing, or sit in brackets.


def test_how_many_a_body_represents_or_employs_is_its_size():
    assert background_size("The LGA, which represents ", " councils in England, said")
    assert background_size("a union with about ", " members, said")
    assert not background_size("The council said it would cut ", " jobs")
    assert not background_size("a union with ", " years of history")


COUNCILS = """Councils warn over care funding

Councils in England face a £2.6bn gap in social care funding by 2020, the Local Government Association has warned.

The association, which represents 370 councils in England and Wales, said services for elderly people were at breaking point.

Its chairman, Lord Porter, said the government must act in the spending review.

The warning comes as 1,200 care homes closed in the past five years (a fall of 8%) according to industry figures.

Care minister Alistair Burt said an extra £900m had been made available.
"""


def test_a_membership_or_bracketed_figure_is_ranked_below_the_bar():
    _, drafts = build(COUNCILS)
    background = [
        d for d in _blanks(drafts) if "represents ___" in d.stem or "(a fall of ___)" in d.stem
    ]
    assert background and all(d.score < 0.5 for d in background)


# 19. "Who has since ...?": since what? (the tagger calls this "since" a conjunction)


def test_a_who_stem_never_says_has_since():
    _, drafts = build(
        """Church leaders criticise war

Cardinal John Murphy said billions spent on war should have been used to reduce poverty.

Both the cardinal and Archbishop Rowan Williams appealed for weapons inspectors to be given more time before the war started.

Dr Williams has since criticised the government over its case for war, saying the failure to find weapons had damaged faith in politics.

Prime Minister Tony Blair has said he will put Africa at the top of the agenda at the G8 summit.
"""
    )
    assert not [d for d in drafts if d.stem.startswith("Who has since")]


def test_a_who_stem_drops_a_later_that_leans_back():
    _, drafts = build(
        """Minister quits over expenses

Health minister Jane Holt admitted on Monday that she had claimed £12,000 for a second home she rarely used.

Opposition leader Mark Dean said the claims were a disgrace.

Mark Dean later wrote to the standards commissioner asking for an investigation.

Prime Minister Tony Blair thanked her for her work in the health department.
"""
    )
    assert [
        d
        for d in drafts
        if plain_stem(d.stem).startswith("Who wrote to the standards commissioner")
    ]
    assert not [d for d in drafts if plain_stem(d.stem).startswith("Who later")]


def test_the_dead_and_the_accused_speak_for_no_one_else():
    _, drafts = build(
        CRASH
        + """
Det Insp Paul Trevis said: "This was a tragedy that could so easily have been avoided by anyone."
"""
    )
    asked = [d for d in drafts if d.kind == "who_said"]
    assert asked
    for draft in asked:
        options = {c.text for c in draft.choices}
        assert not options & {"Darren Whitley", "Emma Jones", "Lucy Smith"}, options


def test_a_word_capitalised_inside_a_sentence_stays_a_name():
    class Line:
        def __init__(self, text):
            self.text = text

    said = [
        Line("Next said sales rose."),
        Line("Shares in Next fell."),
        Line("It opens next year."),
    ]
    assert not common_word("Next", said)
    assert common_word("Malaria", [Line("Malaria kills."), Line("A new malaria vaccine.")])

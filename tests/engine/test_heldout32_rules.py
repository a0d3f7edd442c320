"""The rules added for held-out set 32: a "he" whose referent is in doubt (the subject
before it a surname the parser took for a place) is never rewritten as a name; a title
before a name keeps its capital after "According to the article,", a common noun
opening the sentence does not; a statement the who-said question cites for its speaker,
telling of what the quotation tells, gives that question away; a body the parser cut in
two is named in full; a forecast's year is never changed; an adjective is offered only
meanings of things it can describe; two true statements of one subject doing one thing
are one fact."""

# ruff: noqa: E501

from quizzes.engine import lexicon, refer
from quizzes.engine.drafts import Choice, Draft, Evidence
from quizzes.engine.giveaways import gives_away
from quizzes.engine.kinds import facts
from quizzes.engine.kinds.common import Candidate, quote_text
from quizzes.engine.rank import select
from tests.engine.conftest import article_of, drafts_of

GOLF = """{S} claims first title

Ireland's Niall {S} held his nerve to win his first Challenge Tour title by three shots at the Algarve Classic on Saturday.

The 24-year-old from Sligo closed with a 67 at Vale do Lobo to finish on 15 under par, ahead of American Dean Whitlock.

{S}, who turned professional at the end of 2003 after a spell at college in Texas, started the final round two shots behind the leader.

He moved in front with birdies at the third, sixth and ninth holes, and a long putt for an eagle at the 14th gave him a four-shot lead.
"""


def test_he_after_a_surname_taken_for_a_place_is_not_the_other_player():
    # "Strachan, who ..., started ...": the parser took the surname for a place and the
    # mentions hold no person there, so the one other man named is no safe "he".
    for surname in ("Strachan", "Carrick"):
        text = GOLF.replace("{S}", surname)
        article = article_of(text)
        found = refer.opening(article, article.sentences[3])
        assert found is None or found.entity.name == f"Niall {surname}", found
        for draft in drafts_of(text):
            assert "Whitlock moved" not in draft.stem, draft.stem


RELICS = """Customs seize forged coins

Customs officers in Spain and Portugal say they have seized hundreds of forged Roman coins sold to collectors across Europe.

Inspector Carlos Almeida, of the Lisbon Bureau of Police, said the forgeries had been made in a workshop near Porto.

Forgeries of ancient coins have become more common in the past five years as cheap casting equipment has spread across southern Europe.

Police in Portugal said 14 people had been questioned and that more arrests were expected in the coming weeks.

The coins were offered online for between 200 and 900 euros each, and some had been sold to museums in Germany.
"""


def _statements(text):
    return [d.stem for d in drafts_of(text) if d.kind == "true_false"]


def test_a_title_before_a_name_keeps_its_capital():
    stems = [s for s in _statements(RELICS) if "Carlos Almeida" in s]
    assert stems
    for stem in stems:
        assert "Inspector Carlos Almeida" in stem, stem


def test_an_opening_common_noun_loses_its_capital_after_according_to():
    # "Forgeries" (a plural the tagger took for a name) and "Police" (the last word of
    # "Bureau of Police") are common nouns opening their sentences.
    stems = _statements(RELICS)
    assert any("article, forgeries of ancient coins" in s for s in stems), stems
    assert not any("article, Forgeries" in s for s in stems), stems
    assert not any("article, Police in" in s for s in stems), stems


def _evidence(text, start):
    return Evidence(text, start, start + len(text))


SPOTTED = _evidence(
    "The nest was spotted by Joan Pike, 58, from Alnmouth, after high winds shifted the dunes.",
    118,
)
WALKED = _evidence("Ms Pike, who has walked the beach for 20 years, said she knew the bird.", 472)
SAW = _evidence('"When I saw the pale pink breast, I knew I had to ring someone."', 587)


def _who_said():
    stem = 'Who said "When I saw the pale pink breast, I knew I had to ring someone"?'
    choices = (Choice("Joan Pike", True), Choice("Colin Reed", False))
    draft = Draft("who_said", stem, choices, "", (SPOTTED, WALKED, SAW), 0.7, answer_type="person")
    return Candidate(draft, 6, 2, "said:6", "Joan Pike")


def _statement(evidence, text):
    stem = f"True or false? According to the article, {text}"
    choices = (Choice("True", True), Choice("False", False))
    draft = Draft("true_false", stem, choices, "", (evidence,), 0.6, answer_type="statement")
    return Candidate(draft, 1, 0, "tf:1", "tf:1")


def test_a_statement_the_who_said_question_cites_for_its_speaker_gives_it_away():
    # The statement says what the speaker did; the quotation tells of the same thing.
    statement = _statement(SPOTTED, SPOTTED.text[:1].lower() + SPOTTED.text[1:])
    assert gives_away(statement, _who_said())


def test_a_statement_naming_the_speaker_elsewhere_does_not():
    other = _evidence("Joan Pike also sits on the parish council in Alnmouth.", 900)
    assert not gives_away(
        _statement(other, "Joan Pike also sits on the parish council."), _who_said()
    )


HOMES = """Councillors approve riverside homes

Plans to build 900 homes on meadows beside the River Lea have been approved, despite more than 2,000 objections from residents.

Ware Town and District Council's planning committee voted by six votes to four in favour of the scheme on Wednesday night.

The council has been told by ministers to find room for about 5,400 new homes in the district by 2016.

Campaigners said the meadows flooded every winter and that the homes would put hundreds of families at risk.
"""


def test_a_council_the_parser_cut_in_two_is_named_in_full():
    # "Ware Town and District Council": "The council" is never "District Council".
    article = article_of(HOMES)
    sentence = article.sentences[2]
    reference = refer.opening(article, sentence)
    assert reference is not None
    text = quote_text(article, sentence, sentence.start, sentence.end, reference)
    assert text.startswith("Ware Town and District Council has been told"), text


GADGETS = """Tablet sales to slow

The US tablet market is set to grow by over 6% in 2013.

The firm, Delta Insight, said shoppers were holding on to their old devices for longer because of the economic downturn.

Analysts at Delta Insight said prices had fallen sharply, with the cheapest models now selling for less than 80 euros.
"""


def test_the_year_of_a_forecast_is_never_changed_to_make_a_false_statement():
    # "set to grow by over 6% in 2013" made "in 2012" is merely unstated.
    for draft in drafts_of(GADGETS):
        if draft.kind == "true_false" and "set to grow" in draft.stem:
            assert "in 2013" in draft.stem, draft.stem


BATTERY = """Battery firm seeks backers

Engineers at a Cambridge start-up say their paper-thin battery could power a mobile phone for a week.

The firm has not yet sold any of the batteries, and its founder believes that two more years of work will be needed to make the design viable.

Investors have so far put about £3m into the company, which employs 14 people.
"""


def test_an_adjective_is_offered_only_meanings_of_things_it_can_describe():
    # "make the design viable": a plan or product is profitable, popular or out of date,
    # never "very careful" or "hard to find".
    [draft] = [d for d in drafts_of(BATTERY) if d.kind == "word_meaning" and '"viable"' in d.stem]
    ventures = {
        lexicon.definition_for(m, "JJ")
        for m in lexicon.MEANINGS
        if m.pos == lexicon.ADJECTIVE and "venture" in m.describes
    }
    assert {c.text for c in draft.distractors} <= ventures, draft.choices


SEABIRDS = """Machine helps clean oiled seabirds

Volunteers caring for hundreds of oiled seabirds in Cornwall are getting a helping hand from a new cleaning machine.

The machine, built by engineers at Exeter University, washes a bird in under four minutes.

Mr Trelawney, who runs the rescue centre, said the birds had been found on beaches near Newquay.

Rescue teams in Cornwall have been making good use of the machine.

Mr Trelawney believes more than 400 birds could be saved by the end of the month.
"""


def _true_statement(article, index):
    from dataclasses import replace

    sentence = article.sentences[index]
    candidate = _statement(_evidence(sentence.text, sentence.start), sentence.text)
    fact = f"tf:{index}"
    return replace(candidate, sentence=index, fact=fact, answer=fact, gist=facts.gist(sentence))


def test_two_true_statements_of_one_subject_doing_one_thing_are_one_fact():
    article = article_of(SEABIRDS)
    first, repeat = _true_statement(article, 0), _true_statement(article, 3)
    assert facts.same_fact(first, repeat)
    published, _ = select([first, repeat], 10)
    assert len(published) == 1


def test_two_facts_of_one_person_are_not_one_fact():
    article = article_of(SEABIRDS)
    found, believes = _true_statement(article, 2), _true_statement(article, 4)
    assert not facts.same_fact(found, believes)
    assert not facts.same_fact(_true_statement(article, 1), _true_statement(article, 3))
